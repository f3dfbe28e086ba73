#!/usr/bin/env python3
"""Build resume.docx of the heldout12-veterinary-diagnostic-mt pair with the DOCX writer of build_examples.py.

The contact block sits in the page header and the skills are a two-column table.
Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    (
        "contact",
        "Dana K. Whitfield, MLS(ASCP)CM  |  418 W. Cottonwood St, Brookfield, KS 66502  |  (785) 555-0137  |  "
        "dana.whitfield@example.com",
    ),
    ("name", "Dana K. Whitfield"),
    ("h", "Summary"),
    (
        "p",
        "Medical technologist with 9 years in hospital labs, the last 6 on the core bench of a 280-bed regional "
        "medical center (CBC, chemistry, coag, urinalysis, serology). I like the morphology side of the job best and "
        "I am the person people call when the analyzer throws a flag nobody has seen before. I grew up on a cow-calf "
        "operation and would like to bring my bench and quality experience to animal health diagnostics.",
    ),
    ("h", "Certifications"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2016 (CMP current)"),
    ("b", "Technologist in Molecular Biology, MB(ASCP) - eligible; exam scheduled February 2027"),
    ("b", "UN3373 / Category B biological substance shipping training - Saf-T-Pak, 2024"),
    ("b", "BLS - American Heart Association, 2025"),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Hematology",
                "Sysmex XN-1000 (x2) with SP-10 slide maker, CellaVision DM96, manual diffs, peripheral smear "
                "review, retics, ESR, body fluid cell counts, cytospin preps",
            ),
            (
                "Chemistry & immunoassay",
                "Roche cobas 6000 (c 501 / e 601 modules), Abbott Architect i2000SR immunoassay analyzer, "
                "Radiometer ABL90 blood gas",
            ),
            (
                "Coag & urinalysis",
                "Stago STA R Max coag (PT/INR, PTT, fibrinogen, D-dimer, anti-Xa); urinalysis on iChem VELOCITY "
                "and iQ200, manual microscopics",
            ),
            (
                "Serology & molecular",
                "EIA (Lyme screen, H. pylori stool antigen), latex agglutination, mono and RPR; Cepheid GeneXpert "
                "(SARS-CoV-2/Flu/RSV, C. diff, MRSA), BioFire FilmArray panels",
            ),
            (
                "Quality",
                "Daily QC review, Westgard multirules, L-J charts, CAP Surveys, CAPA write-ups, new-analyzer "
                "verification studies, reference range studies, pipette calibration, CLIA and CAP checklists, "
                "TJC tracers",
            ),
            (
                "Safety",
                "BSL-2 practices, Class II BSC work, chemical hygiene plan, bloodborne pathogens, spill response",
            ),
            (
                "Systems",
                "Sunquest LIS, Epic Beaker (2023 conversion), Data Innovations Instrument Manager, Excel "
                "(pivot tables, QC trending), Word",
            ),
        ],
    ),
    ("h", "Experience"),
    (
        "job",
        "Medical Technologist II - Department of Clinical Pathology, Mercy Plains Regional Medical Center, "
        "Salina, KS - Jul 2019 to Present",
    ),
    (
        "b",
        "Core bench on days and rotating weekends, ~2,400 tests a shift: CBCs with manual diffs and peripheral smear "
        "review, chemistry and immunoassay panels, coag, urinalysis and body fluid cell counts.",
    ),
    (
        "b",
        "Prepare cytospin slides on CSF and serous fluids and flag atypical cells for pathologist review; trained 11 "
        "new techs and 20+ MLS students on smear morphology.",
    ),
    (
        "b",
        "Review quality control every shift: apply Westgard rules, read L-J charts, reject runs, troubleshoot and write "
        "up CAPA when a shift or trend holds; QC lead for the hematology bench since 2022.",
    ),
    (
        "b",
        "Run CAP Surveys for hematology and UA: testing, result entry, investigation of unacceptable results.",
    ),
    (
        "b",
        "Daily/weekly/monthly preventive maintenance on the XN-1000s, cobas 6000 and STA R Max; first call on "
        "hardware errors before the Sysmex or Roche FSE is dispatched.",
    ),
    (
        "b",
        "Helped with new-analyzer verification studies (accuracy, precision, AMR, carryover) when we replaced the "
        "coag line in 2021 and the UA line in 2023; collected samples for two reference range studies.",
    ),
    (
        "b",
        "Quarterly pipette calibration checks (gravimetric) for the core lab and the serology bench.",
    ),
    (
        "b",
        "Super-user for the Sunquest to Epic Beaker conversion: built test scripts, validated result flow from "
        "Instrument Manager, and covered go-live weekends.",
    ),
    (
        "b",
        "Revised 14 SOPs for the hematology and UA benches ahead of our 2024 CAP inspection.",
    ),
    (
        "job",
        "Medical Technologist (Generalist) - Bluestem Community Hospital, Council Grove, KS - Jun 2016 to Jul 2019",
    ),
    (
        "b",
        "Generalist in a 45-bed hospital lab: hematology, chemistry, UA, blood bank, serology and basic "
        "microbiology, including nights alone.",
    ),
    (
        "b",
        "Specimen accessioning and send-outs; collected and processed chain of custody urine drug screens for "
        "employer and court-ordered testing.",
    ),
    (
        "b",
        "Manual EIA and latex agglutination on the serology bench; worked in the Class II BSC for stool antigen and "
        "culture set-up.",
    ),
    (
        "b",
        "Completed our LRN sentinel lab rule-out training and packaged Category B specimens for the state lab.",
    ),
    ("h", "Education"),
    (
        "p",
        "B.S., Clinical Laboratory Science - Great Plains State University, Hays, KS, 2016 (NAACLS-accredited, "
        "clinical year at Mercy Plains)",
    ),
    ("h", "Volunteer"),
    (
        "p",
        "Riverbend Humane Society, Salina, KS - weekend kennel and intake volunteer, 2021 to present",
    ),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
