"""Build resume.docx for heldout46-arbovirus-public-health-microbiologist.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), skills as a two-column
table (label, content), certifications after Education, a Professional Affiliations section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Jackson, MS 39216  |  (601) 555-0163  |  danielle.whitcomb@example.com  |  "
                "linkedin.com/in/dwhitcomb-micro"),
    ("name", "Danielle R. Whitcomb"),
    ("h", "Summary"),
    ("p", "Public health microbiologist with six years at the bench, the last four in vector-borne "
          "disease and zoonoses surveillance (arboviruses, rabies). I test up to 600 mosquito pools a week in peak season by qRT-PCR, "
          "run DFA rabies testing and arbovirus serology, and work in a Biosafety Level 3 suite under FSAP. Comfortable "
          "with STARLIMS, ArboNET reporting and College of American Pathologists and CLIA inspections."),
    ("h", "Skills"),
    ("table", [
        ("Molecular", "qRT-PCR and PCR: WNV/SLEV/EEE multiplex, CDC Trioplex (DENV, CHIKV, Zika)\n"
                      "RNA extraction: KingFisher Flex with MagMAX kits\n"
                      "ABI 7500 Fast Dx, Bio-Rad CFX96 Touch\n"
                      "NGS on Illumina MiSeq; CLC Genomics Workbench"),
        ("Serology and virology", "IgM antibody-capture ELISA, IgG ELISA\n"
                                  "IFA for spotted fever group Rickettsia and other tickborne agents\n"
                                  "PRNT; tissue culture (Vero E6, C6/36)"),
        ("Rabies", "DFA per CDC NSP; brainstem and cerebellum sampling from animal heads"),
        ("Biosafety", "Biosafety Level 3; Class II A2 biosafety cabinets; PAPR; N95 fit-tested yearly"),
        ("Quality", "CLIA, College of American Pathologists checklists, PT surveys, QC and Levey-Jennings "
                    "review, assay validation, competency assessment, SOPs"),
        ("Data and reporting", "STARLIMS, ELR, ArboNET, Microsoft Excel, R (tidyverse)"),
        ("Shipping", "DOT and IATA: Category A/B infectious substances, dry ice"),
    ]),
    ("h", "Experience"),
    ("job", "Public Health Microbiologist I - Magnolia State Public Health Laboratory, Jackson, MS - Jun 2022 to Present"),
    ("b", "Test 4,800 to 5,500 mosquito pools a season for WNV, SLEV and EEE by qRT-PCR after bead-mill "
          "homogenization; 98% of positive pools reported to mosquito control within 24 hours."),
    ("b", "Run CDC Trioplex qRT-PCR for DENV, CHIKV and Zika on about 700 serum and CSF specimens a year from "
          "returning travelers and hospital patients."),
    ("b", "Extract RNA on the KingFisher Flex (MagMAX Viral/Pathogen); amplify on ABI 7500 "
          "Fast Dx and CFX96 Touch."),
    ("b", "Arbovirus serology by IgM antibody-capture ELISA and IgG ELISA for WNV and SLEV; set up PRNT on 60 "
          "equivocal sera a year in the Biosafety Level 3 suite."),
    ("b", "DFA rabies testing on about 1,900 animals a year per the CDC NSP, including brainstem and cerebellum "
          "collection; 24-hour turnaround on every human exposure case."),
    ("b", "Release results in STARLIMS, send ELR to the state epidemiology office and enter human arboviral "
          "cases in ArboNET."),
    ("b", "Led assay validation of the WNV/SLEV/EEE multiplex on 240 specimens and wrote or revised 11 SOPs; "
          "two College of American Pathologists inspections and one CLIA survey with no deficiencies."),
    ("b", "Review QC, coordinate PT surveys (100% acceptable since 2022) and run competency assessment for six "
          "microbiologists."),
    ("b", "Ship Category A specimens to CDC Fort Collins under DOT and IATA rules; LRN surge testing during the "
          "2024 EEE outbreak (1,100 pools in three weeks)."),
    ("job", "APHL-CDC Infectious Diseases Laboratory Fellow - Gulf Coast Regional Public Health Laboratory, "
            "Mobile, AL - Jul 2020 to May 2022"),
    ("b", "Built an NGS workflow for WNV genomic surveillance on the Illumina MiSeq; sequenced 180 positive "
          "mosquito pools and analyzed them in CLC Genomics Workbench and R."),
    ("b", "Maintained Vero E6 and C6/36 cell lines and ran virus isolation in tissue culture for confirmation."),
    ("b", "Cross-trained in tickborne disease serology by IFA; presented the WNV sequencing work at the 2022 "
          "APHL Annual Conference."),
    ("job", "Microbiology Technologist - Pearl River Medical Center, Jackson, MS - Jun 2018 to Jun 2020"),
    ("b", "Bench microbiology: blood, urine, wound and respiratory cultures; MALDI-TOF identification and "
          "BioFire FilmArray panels; about 120 cultures a shift."),
    ("b", "AFB cultures with AccuProbe confirmation of MAC and M. tuberculosis complex."),
    ("b", "Covered the core lab on weekends: CBC, BMP, PT/INR and D-dimer."),
    ("h", "Education"),
    ("p", "B.Sc., Microbiology - Delta Gulf University, Hattiesburg, MS - 2018. 38 semester hours of biological "
          "sciences; meets CLIA high complexity testing personnel requirements."),
    ("h", "Certifications"),
    ("b", "MB(ASCP) - eligible; exam scheduled March 2027"),
    ("b", "IATA Dangerous Goods shipper certification (Division 6.2), renewed 2025"),
    ("b", "Rabies PrEP series complete; rabies titer adequate (2025)"),
    ("b", "DOJ SRA approved, FSAP access - 2023"),
    ("b", "Bloodborne pathogens and chemical hygiene training - annual"),
    ("h", "Professional Affiliations"),
    ("b", "American Society for Microbiology (ASM)"),
    ("b", "Association of Public Health Laboratories (APHL)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
