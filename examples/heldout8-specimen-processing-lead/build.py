#!/usr/bin/env python3
"""Build posting.docx of the heldout8-specimen-processing-lead pair with the DOCX writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

POSTING = [
    ("name", "Specimen Processing Lead - Central Accessioning (Evening Shift)"),
    ("contact", "Sierra Crest Reference Laboratories  |  Reno, NV  |  Full-time, non-exempt  |  Req. SCRL-24-1187"),
    ("h", "About Sierra Crest"),
    (
        "p",
        "Sierra Crest Reference Laboratories is a regional reference laboratory serving more than 900 physician "
        "offices, clinics, long-term care facilities and rural hospitals across Nevada, northern California and "
        "Idaho. Our central processing department receives 9,000 to 12,000 specimens a day by courier and "
        "overnight shipment, and every result we send starts with a specimen that was received, labeled and "
        "handled correctly.",
    ),
    ("h", "Position summary"),
    (
        "p",
        "The Specimen Processing Lead runs the evening shift in Central Accessioning: a team of 12 to 16 "
        "processors and accessioners. You will work the bench alongside the team, set priorities when the "
        "courier runs arrive, solve problem specimens, and make sure the night crew inherits a clean hand-off.",
    ),
    ("h", "Responsibilities"),
    ("b", "Lead specimen processing and accessioning for the shift; assign benches and monitor turnaround time."),
    (
        "b",
        "Perform order entry in the LIS from test requisitions, including ICD-10 codes, and apply barcode labels "
        "using positive patient identification.",
    ),
    (
        "b",
        "Centrifuge and aliquot serum, plasma and whole blood from SST, EDTA and sodium citrate tubes; prepare "
        "24-hour urine aliquots and route microbiology specimens.",
    ),
    (
        "b",
        "Apply specimen acceptability criteria: hemolysis, icterus and lipemia, quantity not sufficient, "
        "unlabeled and mislabeled specimens; document and notify clients.",
    ),
    ("b", "Prioritize STAT specimens and escalate delays to the section supervisors."),
    (
        "b",
        "Prepare send-outs to ARUP, Mayo Clinic Laboratories and Quest Diagnostics: package UN3373 specimens in "
        "triple packaging, ship frozen specimens on dry ice, and follow IATA and DOT dangerous goods rules.",
    ),
    ("b", "Oversee the pre-analytical automation line and clear tube errors."),
    (
        "b",
        "Perform centrifuge checks with a tachometer, verify pipettes, and complete temperature logs for "
        "refrigerators and freezers.",
    ),
    ("b", "Manage specimen storage and retrieval for add-on and repeat testing."),
    (
        "b",
        "Train new processors and complete competency assessments; follow OSHA Bloodborne Pathogens, PPE and "
        "safety data sheets requirements and keep the department inspection-ready for CAP and CLIA.",
    ),
    ("b", "Protect patient information under HIPAA."),
    ("h", "Required qualifications"),
    ("b", "High school diploma or GED."),
    ("b", "Two or more years of specimen processing in a high-volume reference or hospital laboratory."),
    ("b", "Working knowledge of medical terminology and accurate data entry (40 wpm)."),
    ("b", "Experience with an LIS; Sunquest or Orchard Harvest a plus."),
    ("b", "Microsoft Excel for workload and problem-log reports."),
    ("h", "Preferred qualifications"),
    ("b", "Associate degree in a science or health field."),
    ("b", "PBT(ASCP), CPT(NHA) or MLA(ASCP) certification."),
    ("b", "Lead or trainer experience; Lean or 5S experience."),
    ("h", "Schedule, pay and benefits"),
    (
        "p",
        "Monday to Friday, 3 PM to 11:30 PM PST, with every third Saturday. Pay $22.50 to $27.75 per hour, plus a "
        "$2.25 evening differential and $1.50 lead premium. Medical, dental and vision insurance, 401(k) with a 5% "
        "match, tuition reimbursement toward MLT programs, and 18 days PTO in year one.",
    ),
    (
        "p",
        "Sierra Crest Reference Laboratories is an equal opportunity employer and does not discriminate on the "
        "basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, "
        "disability or veteran status. Offers are contingent on a background check and drug screen. Reasonable "
        "accommodation is available on request.",
    ),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote posting.docx in", HERE.name)
