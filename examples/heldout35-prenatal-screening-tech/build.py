#!/usr/bin/env python3
"""Build resume.pdf for heldout35-prenatal-screening-tech (plain single-column PDF)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "ALYSSA K. MARCHETTI, MLS(ASCP)CM"),
    ("contact", "418 Hamilton Street, Somerset, NJ 08873  |  (732) 555-0164  |  alyssa.marchetti@example.com"),
    ("h", "Summary"),
    ("p", "Medical Laboratory Scientist with 5 years in hospital clinical chemistry and immunology, including the "
          "second-trimester quad marker bench for a regional prenatal screening program. Molecular diagnostics rotation "
          "in a NIPS reference lab with hands-on cfDNA extraction and NGS library prep. Relocating to the Hudson Valley "
          "and completing New York State licensure."),
    ("h", "Certification"),
    ("b", "MLS(ASCP)CM - ASCP Board of Certification, 2021"),
    ("h", "Licensure"),
    ("b", "New York State Clinical Laboratory Technologist license - application and transcripts submitted to NYSED "
          "Office of the Professions, Aug 2026; license expected Jan 2027"),
    ("h", "Technical Skills"),
    ("b", "Immunoassay: Beckman Coulter UniCel DxI 800 - quad marker panel: alpha-fetoprotein (AFP), unconjugated "
          "estriol (uE3), total hCG, DIA; Roche cobas 6000 (e 601): TSH, FT4, troponin T, NT-proBNP"),
    ("b", "Immunology: ANA by IFA, tTG IgA ELISA, nephelometry (Siemens BN II), serum protein electrophoresis"),
    ("b", "Molecular (rotation): cfDNA extraction (QIAamp Circulating Nucleic Acid Kit), NGS library prep, real-time PCR, "
          "Qubit fluorometry, Tecan Freedom EVO, Illumina MiSeq"),
    ("b", "Specimens: serum, plasma, whole blood, Streck Cell-Free DNA BCT tubes (two-step centrifugation), CSF"),
    ("b", "Quality: QC review (Westgard multirules, L-J charts), corrective action, CAP surveys, CLIA, competency "
          "assessments, SOPs, HIPAA"),
    ("b", "Systems: Sunquest Laboratory, Data Innovations Instrument Manager, Excel"),
    ("h", "Experience"),
    ("job", "Medical Laboratory Scientist, Chemistry & Immunology - Raritan Valley Medical Center, New Brunswick, NJ - "
            "Jun 2021 to Present"),
    ("b", "Run the second-trimester quad marker panel (about 350 patients a month) on two DxI 800s for the hospital's "
          "prenatal screening program and transmit results to the outside risk-assessment service."),
    ("b", "Perform daily, weekly and monthly preventive maintenance on the DxI 800s, cobas 6000 and centrifuges; "
          "first call for analyzer troubleshooting on evenings."),
    ("b", "Review QC for 60+ analytes, document corrective action and submit CAP surveys for the chemistry and "
          "immunology sections."),
    ("b", "Specimen accessioning and processing for inpatient, ED and outreach draws during evening peak."),
    ("b", "Cross-cover coagulation on nights: PT/INR, aPTT, fibrinogen and D-dimer on the Stago STA R Max."),
    ("b", "Coordinate annual competency assessments for 14 chemistry staff and keep section SOPs current."),
    ("job", "Laboratory Assistant (part-time) - Raritan Valley Medical Center, New Brunswick, NJ - Sep 2019 to May 2021"),
    ("b", "Centrifuged, aliquoted and routed serum and plasma specimens; maintained HIPAA-compliant specimen logs."),
    ("h", "Clinical Rotations"),
    ("job", "Molecular Diagnostics Rotation (6 weeks) - Garden State Genomics Reference Laboratory, Piscataway, NJ - "
            "Feb to Mar 2021"),
    ("b", "Separated plasma from Streck Cell-Free DNA BCT tubes by two-step centrifugation in a BSC."),
    ("b", "Performed cfDNA extraction and NGS library prep under supervision for the NIPS assay; loaded an Illumina MiSeq "
          "run for a validation batch."),
    ("b", "Quantified libraries by Qubit and real-time PCR; set up extraction plates on a Tecan Freedom EVO."),
    ("b", "Followed a one-way workflow from pre-PCR to post-PCR rooms and logged reagent lots for every run."),
    ("job", "Chemistry, Hematology, Microbiology and Blood Bank Rotations - Raritan Valley Medical Center - 2020 to 2021"),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Delaware Valley State University, 2021 (NAACLS-accredited)"),
    ("h", "Continuing Education"),
    ("b", "Molecular Diagnostics Fundamentals, 12 P.A.C.E. contact hours - ASCP online, 2025"),
    ("b", "Prenatal Screening Program Quality Review, 3 contact hours - ADLM virtual workshop, 2024"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
