#!/usr/bin/env python3
"""Build resume.docx for heldout32-tb-mycobacteriology-phl (contact only in the page header,
letter-spaced section headings, skills in a two-column table)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Danielle R. Okafor, MLS(ASCP)CM  |  62 Wethersfield Ave, Apt 3, Hartford, CT 06114  |  (860) 555-0137  |  d.okafor@example.com"),
    ("name", "DANIELLE R. OKAFOR"),
    ("h", "S U M M A R Y"),
    ("p", "Medical laboratory scientist with 8 years in clinical microbiology, the last 5 on the mycobacteriology and "
          "mycology bench of a 640-bed academic medical center with an on-site BL-3 suite. Hands-on with AFB smears, "
          "AFB culture on MGIT and solid media, M. tuberculosis complex identification and Xpert Ultra. Former USAF "
          "laboratory technician. Looking to move into public health TB work."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2018"),
    ("b", "Specialist in Microbiology, SM(ASCP) - exam scheduled November 2026"),
    ("b", "DOT/IATA Division 6.2 shipper training (UN 2814 / UN 3373 packaging) - Saf-T-Pak, current through 08/2027"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("AFB microscopy", "Auramine-rhodamine fluorochrome smears read by LED fluorescence microscopy; ZN and Kinyoun "
                           "confirmation; smear grading per CDC/ATS scale"),
        ("Processing", "NALC-NaOH digestion of sputum, BAL, CSF, tissue and gastric aspirates; Class II A2 BSC; "
                       "sealed safety-cup centrifugation; full PPE"),
        ("Culture", "BACTEC MGIT 960 with BD EpiCenter; Löwenstein-Jensen slants; Middlebrook 7H10/7H11 biplates"),
        ("Identification", "MPT64 antigen (SD Bioline TB Ag MPT64); Bruker MALDI Biotyper with Mycobacteria Library "
                           "v6; M. tuberculosis complex vs. MOTT, MAI and RGM workups"),
        ("Molecular", "Cepheid GeneXpert (Xpert Ultra) - NAAT on raw and concentrated sputum; qPCR for HSV/VZV "
                      "(virology cross-cover)"),
        ("Susceptibility", "Sensititre RAPMYCO broth microdilution; MIC reporting with CLSI M24 breakpoints"),
        ("Biosafety", "BL-3 entry and exit procedures; PAPR (3M Versaflo); annual N95 fit testing; autoclave "
                      "log and weekly spore strips; BBP and spill response"),
        ("Quality", "QC for stains, media and instruments; L-J charts; competency assessment; method verification; "
                    "SOPs; CAP and CLIA '88 inspection readiness"),
        ("Systems", "Epic Beaker LIS; BD EpiCenter; Microsoft Excel, Word"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Medical Laboratory Scientist II, Microbiology (Mycobacteriology/Mycology) - Charter Oak University "
            "Medical Center, Hartford, CT - Aug 2021 to Present"),
    ("b", "Process about 4,500 AFB specimens a year in the BL-3 suite: NALC-NaOH decontamination, concentrated smears, "
          "MGIT and solid-media inoculation; kept the MGIT contamination rate between 3% and 6%."),
    ("b", "Read and grade fluorochrome smears; confirm positives with Kinyoun and ZN and phone new smear-positive "
          "patients to Infection Prevention and the state TB program within 1 hour."),
    ("b", "Run Xpert Ultra on smear-positive and provider-requested respiratory specimens, reporting M. tuberculosis "
          "complex detection and rifampicin resistance; met a 24-hour NAAT turnaround on 96% of specimens in 2025."),
    ("b", "Identify isolates with the MPT64 antigen test and the Bruker MALDI Biotyper (bead-beating / ethanol "
          "extraction); refer M. tuberculosis complex isolates to the state laboratory for first-line susceptibility."),
    ("b", "Set up antimycobacterial susceptibility testing on RGM (M. abscessus, M. fortuitum) by Sensititre "
          "RAPMYCO and report MICs, including 14-day inducible clarithromycin resistance."),
    ("b", "Package and ship isolates as UN 2814 (infectious substance, affecting humans) and specimens as UN 3373 "
          "under DOT/IATA rules; about 150 shipments a year."),
    ("b", "Plot stain and instrument QC on L-J charts and document corrective action; complete CAP surveys for "
          "mycobacteriology with 100% acceptable results since 2022."),
    ("b", "Performed method verification of the MALDI Biotyper Mycobacteria Library and of Xpert Ultra on concentrated "
          "sediments; wrote or revised 11 SOPs."),
    ("b", "Deliver annual competency assessments for 9 technologists who rotate through the AFB bench; BL-3 trainer "
          "for PAPR donning/doffing."),
    ("job", "Medical Laboratory Scientist, Microbiology - Bay Harbor Community Hospital, New London, CT - "
            "Jun 2018 to Jul 2021"),
    ("b", "Full-bench bacteriology: blood, urine, wound and respiratory cultures; Gram stains; VITEK 2 ID/AST."),
    ("b", "Prepared and read fluorochrome AFB smears; packaged AFB culture send-outs to the reference laboratory."),
    ("job", "Medical Laboratory Technician (4T0X1), SSgt - USAF, 81st Medical Group, Keesler AFB, Biloxi, MS - "
            "2012 to 2018"),
    ("b", "Generalist MLT in a military medical center laboratory: chemistry, hematology, coagulation (PT/INR, aPTT), "
          "UA and bacteriology."),
    ("b", "Ran QFT-Plus for the base TB screening program and occupational health; batched and reported weekly."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Clinical Laboratory Science - Thames River State University, New London, CT, 2018"),
    ("p", "A.A.S., Medical Laboratory Technology - Gulf Coast Allied Health Institute, Biloxi, MS, 2013"),
    ("h", "P R O F E S S I O N A L   A F F I L I A T I O N S"),
    ("p", "American Society for Microbiology (ASM); Connecticut Valley Microbiology Society"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
