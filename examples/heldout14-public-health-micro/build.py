#!/usr/bin/env python3
"""Build the heldout14-public-health-micro pair with the writers of build_examples.py.

resume.docx: a two-column resume, most of it one label/content table (contact in the body, not the header).
posting.pdf: a state merit-system (civil service) job announcement with an announcement number and pay range.
Run with a Python that has python-docx and fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx, write_pdf  # noqa: E402

RESUME = [
    ("name", "Danielle K. Okafor, MLS(ASCP)CM"),
    (
        "contact",
        "Columbia, MO 65203  |  573-555-0119  |  danielle.okafor@example.com  |  linkedin.com/in/dkokafor-example",
    ),
    (
        "table",
        [
            (
                "Profile",
                "Clinical microbiologist with 6 years on the bench at a 400-bed hospital lab (bacteriology, "
                "enterics, blood cultures, AFB and the LRN sentinel bench) and an MPH in progress. Looking to move "
                "from the hospital side of foodborne surveillance, where I send the isolates, to the public "
                "health side, where the sequencing and the outbreak calls happen.",
            ),
            (
                "Certifications",
                "MLS(ASCP)CM, 2019 (CMP current through 2028)\n"
                "IATA Dangerous Goods shipper training, Division 6.2 - renewed Mar 2025\n"
                "N95 fit-tested annually; PAPR trained\n"
                "Sentinel Level Clinical Laboratory training (ASM protocols), state LRN workshop 2023",
            ),
            (
                "Bacteriology",
                "Stool cultures (SS, HE, SMAC, Campy-BAP, TCBS for Vibrio, CIN), Shigella serogrouping with "
                "antisera, Shiga toxin EIA, Gram stains, blood culture workups, anaerobes, ID/AST, Kirby-Bauer, "
                "CLSI M100 breakpoint updates, mCIM/eCIM and Cepheid Carba-R for CRE",
            ),
            (
                "Molecular",
                "PCR: BioFire FilmArray GI and BCID2 panels, BD MAX EBP, GeneXpert (C. diff, MRSA/SA, MTB/RIF); "
                "validation study for the BD MAX EBP; intro to Illumina library prep and MiSeq runs (MPH coursework)",
            ),
            (
                "Instruments",
                "VITEK MS, VITEK 2, MicroScan WalkAway, API 20E and API 20 NE strips, BacT/ALERT VIRTUO, BD MGIT 960, "
                "Class II BSC, ABI 7500 (research lab, 2018)",
            ),
            (
                "Safety & shipping",
                "BSL-3 suite (AFB), biosafety officer backup, Category B (UN3373) and exempt specimen packaging, "
                "spill response, bloodborne pathogens",
            ),
            (
                "Software",
                "Epic Beaker, Sunquest (legacy), VITEK MS Myla, Galaxy, R (basic), SAS (coursework), Excel",
            ),
        ],
    ),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist II, Microbiology - Riverbend Regional Medical Center, Columbia, MO - Jul 2021 to present"),
    (
        "b",
        "Day-shift bacteriology and enterics bench: read stool cultures, work up Salmonella, Shigella, "
        "Campylobacter and Vibrio, and run the Shiga toxin EIA and BD MAX EBP.",
    ),
    (
        "b",
        "Send CIDT-positive stools and all Salmonella, Shigella and STEC isolates on as required by the reportable "
        "disease rule; referred isolates to the state public health lab with the submission forms and tracked the "
        "results back into Beaker.",
    ),
    (
        "b",
        "LRN sentinel bench lead: rule-out of Bacillus anthracis, Brucella, Francisella tularensis and Yersinia "
        "pestis per ASM sentinel protocols; work suspect isolates only in the BSC and notify the state lab.",
    ),
    (
        "b",
        "Identify organisms by MALDI (VITEK MS) and VITEK 2; AST on MicroScan with Kirby-Bauer backups; mCIM/eCIM "
        "and Carba-R on carbapenem-resistant Enterobacterales, with isolates sent on to the regional AR lab.",
    ),
    (
        "b",
        "AFB processing, smears and MGIT cultures in the BSL-3 suite (PAPR) two weeks a month.",
    ),
    (
        "b",
        "Daily and weekly QC, media QC, CAP proficiency surveys, competency assessments for 6 new techs, and "
        "wrote or revised 14 SOPs. Part of the team for two CAP inspections and a CMS CLIA validation survey.",
    ),
    ("b", "Package Category B specimens and send-outs; trained the night processors on triple packaging."),
    ("job", "Medical Laboratory Scientist I (Generalist) - Riverbend Regional Medical Center, Columbia, MO - Jun 2019 to Jul 2021"),
    (
        "b",
        "Rotated micro, blood bank and core lab; covered the core bench on weekends (CBC, BMP, PT/INR, UA) "
        "on the night shift, 11 PM to 7:30 AM.",
    ),
    ("b", "Moved to micro full time after the COVID-19 surge, running SARS-CoV-2 PCR on GeneXpert and Panther."),
    ("h", "Education"),
    (
        "p",
        "MPH, Epidemiology - Boone Prairie University, Columbia, MO (part-time) - in progress, expected May 2027. "
        "Coursework: Foodborne Disease Epidemiology, Public Health Genomics (WGS project: assembled Salmonella MiSeq "
        "reads in Galaxy, 7-gene MLST and SNP trees), Biostatistics I-II, Outbreak Investigation practicum with a county "
        "health department.",
    ),
    (
        "p",
        "B.S., Clinical Laboratory Science - Boone Prairie University, 2019 (NAACLS-accredited program; clinical "
        "year at Riverbend Regional).",
    ),
    ("h", "Affiliations"),
    ("p", "American Society for Microbiology (ASM) member; Missouri Society for Microbiology, secretary 2024-2025."),
]

POSTING = [
    ("name", "PUBLIC HEALTH MICROBIOLOGIST II"),
    (
        "contact",
        "State of Missouri - Merit System Job Announcement  |  Announcement No. PHL-26-0417  |  Class Code 004417  |  "
        "Pay Grade 28",
    ),
    (
        "p",
        "Agency: Department of Health Services, Bureau of Public Health Laboratories (BPHL)  |  Location: 101 Chestnut "
        "Street, Jefferson City, MO 65101  |  Position No. 60-3318  |  Opening date: 11/16/2026  |  Closing date: "
        "12/14/2026 (11:59 PM CT)",
    ),
    (
        "p",
        "Salary range: $4,418 - $6,530 per month ($53,016 - $78,360 per year). New hires are normally appointed at "
        "the minimum; appointment above the minimum may be approved for exceptional qualifications.",
    ),
    ("h", "About the Bureau"),
    (
        "p",
        "BPHL is the state's reference and response laboratory. Our Enteric and Reference Bacteriology Unit tests "
        "isolates and specimens sent in by hospitals across the state and works with state and local epidemiologists "
        "to find and stop foodborne outbreaks.",
    ),
    ("h", "What you'll do"),
    (
        "b",
        "Perform enteric bacteriology on isolates and CIDT-positive stool specimens: culture, biochemical "
        "identification (VITEK 2, API strips), Salmonella and Shigella serotyping, and Shiga toxin-producing E. coli "
        "(STEC) and Campylobacter characterization.",
    ),
    (
        "b",
        "Perform reference bacteriology: identify unusual and fastidious organisms referred by clinical laboratories "
        "using MALDI-TOF MS (Bruker MALDI Biotyper), real-time PCR (ABI 7500 Fast Dx) and 16S rRNA gene sequencing.",
    ),
    (
        "b",
        "Perform whole genome sequencing (WGS) for PulseNet: nucleic acid extraction (QIAcube), library prep "
        "(Illumina DNA Prep), runs on Illumina MiSeq and NextSeq 2000, and analysis in BioNumerics and the PulseNet "
        "cgMLST pipeline, with SRA uploads to NCBI.",
    ),
    (
        "b",
        "Serve as a bench scientist in the Laboratory Response Network (LRN): rule-out and confirmatory testing for "
        "select agents and other biothreat agents sent in by sentinel laboratories, working in the BSL-3 laboratory "
        "with respiratory protection (PAPR).",
    ),
    (
        "b",
        "Package and ship Category A (UN2814) and Category B (UN3373) infectious substances to CDC and partner "
        "laboratories under DOT and IATA regulations.",
    ),
    (
        "b",
        "Support the AR Lab Network: carbapenemase detection (mCIM, Xpert Carba-R) and antimicrobial "
        "susceptibility testing by broth microdilution and disk diffusion per CLSI M100.",
    ),
    (
        "b",
        "Perform and document quality control, proficiency testing (CAP, CDC, APHL/PulseNet), competency assessment "
        "and method validation, and write and revise SOPs in keeping with CLIA and the Federal Select Agent Program "
        "(42 CFR Part 73).",
    ),
    ("b", "Enter, review and report results in the LIMS (STARLIMS) and answer calls from submitters."),
    (
        "b",
        "Take part in the after-hours emergency response rotation and outbreak investigation support.",
    ),
    ("h", "Minimum Qualifications"),
    (
        "p",
        "Education: A bachelor's degree in microbiology, biology, medical technology, or a closely related field, "
        "including at least 20 semester hours of biological sciences with coursework in microbiology.",
    ),
    (
        "p",
        "Experience: Two years of professional microbiology laboratory experience in a clinical, public health, "
        "or reference laboratory. A master's degree in microbiology or public health may substitute for one year "
        "of experience.",
    ),
    (
        "p",
        "Special requirement: Appointees must pass a DOJ/FBI Security Risk Assessment (SRA) for access to select "
        "agents and must be able to wear a PAPR or a fit-tested N95 respirator.",
    ),
    ("h", "Preferred Qualifications"),
    ("b", "MLS(ASCP), M(ASCP), or SM(ASCP) certification."),
    ("b", "Experience with whole genome sequencing, bioinformatics (CLC Genomics Workbench, BioNumerics), or PulseNet."),
    ("b", "LRN sentinel or reference-level training and experience working in a BSL-3 laboratory."),
    ("b", "A master's degree in public health (MPH) or microbiology."),
    ("h", "Examination"),
    (
        "p",
        "This is an unassembled examination. Applicants are rated on training and experience from the application "
        "and the supplemental questions. The names of eligible applicants are placed on the register in score order "
        "and certified to the hiring agency under merit system rules. Veterans' preference applies.",
    ),
    ("h", "Work schedule"),
    ("p", "Monday through Friday, 8:00 AM to 4:30 PM, with after-hours response about one weekend a month."),
    ("h", "Benefits"),
    (
        "p",
        "Health, dental and vision insurance, a defined-benefit pension, 10 paid holidays, annual and sick leave, "
        "and tuition reimbursement for graduate courses such as an MPH.",
    ),
    ("h", "Equal Opportunity"),
    (
        "p",
        "The State of Missouri is an equal opportunity employer and does not discriminate on the basis of race, "
        "color, religion, national origin, sex, ancestry, age, disability, or veteran status. Applicants who need "
        "an accommodation may contact the agency HR office at 573-555-0174.",
    ),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote resume.docx and posting.pdf in", HERE.name)
