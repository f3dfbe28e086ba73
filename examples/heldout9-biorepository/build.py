#!/usr/bin/env python3
"""Build posting.docx of the heldout9-biorepository pair with the DOCX writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

POSTING = [
    ("name", "Biorepository Technician II"),
    (
        "contact",
        "Halvorsen University Medical Center - Department of Pathology, Biorepository Core - Madison, WI",
    ),
    (
        "p",
        "Job ID: 2026-11873  |  Full-time, 1.0 FTE  |  Tuesday - Saturday, 10:00 AM - 6:30 PM  |  Grade T24",
    ),
    ("h", "About the Biorepository Core"),
    (
        "p",
        "The Halvorsen Biorepository Core collects, processes, stores and distributes human biospecimens for more "
        "than 140 IRB-approved studies, from cancer cohorts to the Halvorsen Precision Health Initiative. We hold "
        "about 1.6 million aliquots and serve investigators across the university and our Clinical and "
        "Translational Science Institute (CTSI).",
    ),
    ("h", "What you will do"),
    (
        "b",
        "Accession and process blood, urine and saliva specimens: centrifugation, aliquoting of serum, plasma and "
        "buffy coat, and PBMC isolation by density gradient separation.",
    ),
    (
        "b",
        "Cryopreserve PBMCs using a controlled-rate freezer and transfer them to liquid nitrogen vapor phase storage.",
    ),
    (
        "b",
        "Perform DNA extraction and RNA extraction on automated extraction platforms; check yield and purity on "
        "the NanoDrop and Qubit and RNA integrity (RIN) on the Bioanalyzer or TapeStation.",
    ),
    (
        "b",
        "Support tissue procurement in the surgical pathology gross room: snap freezing, OCT embedding and "
        "tracking of FFPE blocks.",
    ),
    (
        "b",
        "Label cryovials and 2D barcoded tubes; run the automated liquid handler and the automated sample storage "
        "system (Azenta BioStore III).",
    ),
    (
        "b",
        "Monitor -80 C freezers and LN2 tanks through the continuous temperature monitoring system and take part "
        "in after-hours alarm response; perform LN2 fills and inventory audits.",
    ),
    (
        "b",
        "Record every specimen event in the LIMS (OpenSpecimen) and maintain chain of custody from collection to "
        "distribution.",
    ),
    (
        "b",
        "Verify informed consent and IRB approval before release, apply de-identification rules, and follow HIPAA "
        "and 21 CFR Part 11 requirements for electronic records.",
    ),
    (
        "b",
        "Pack and ship specimens on dry ice under IATA dangerous goods regulations (UN3373 Biological Substance, "
        "Category B) and prepare material transfer agreements paperwork.",
    ),
    (
        "b",
        "Follow SOPs and ISBER Best Practices; support our CAP Biorepository Accreditation Program inspection and "
        "our move toward ISO 20387.",
    ),
    ("b", "Work in a biosafety cabinet under BSL-2 practices with universal precautions."),
    ("h", "Required qualifications"),
    ("b", "Bachelor's degree in biology, biomedical science or a related life science."),
    ("b", "1+ year of hands-on wet-lab experience, including pipetting and sterile technique."),
    ("b", "Current bloodborne pathogens training (or completion within 30 days of hire)."),
    ("b", "Ability to lift 40 lb and to work with cryogenic liquids in PPE."),
    ("h", "Preferred qualifications"),
    ("b", "MLT(ASCP) or MLS(ASCP) certification."),
    ("b", "Phlebotomy experience."),
    ("b", "CITI Program human subjects research and GCP training."),
    ("b", "Experience with REDCap and Microsoft Excel."),
    ("b", "IATA shipping certification."),
    ("h", "Why Halvorsen"),
    (
        "p",
        "Comprehensive medical, dental and vision plans, WRS pension, 22 days of paid leave plus 9 holidays, "
        "tuition remission and free bus pass. Relocation assistance available.",
    ),
    (
        "p",
        "Halvorsen University Medical Center is an equal opportunity and affirmative action employer. Qualified "
        "applicants will receive consideration for employment without regard to race, color, religion, sex, "
        "sexual orientation, gender identity, national origin, disability, or protected veteran status. "
        "Employment is contingent on a background check.",
    ),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote posting.docx in", HERE.name)
