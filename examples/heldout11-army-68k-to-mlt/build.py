#!/usr/bin/env python3
"""Build posting.docx of the heldout11-army-68k-to-mlt pair with the DOCX writer of build_examples.py.

The resume of this pair is plain text (resume.txt); only the posting is a DOCX.
Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

POSTING = [
    ("name", "Medical Laboratory Technician (MLT) - Core Laboratory, Evenings"),
    (
        "p",
        "Cumberland Ridge Regional Medical Center  |  Clarksville, TN  |  Requisition LAB-26-1142  |  Full-time, "
        "1.0 FTE  |  Evening shift",
    ),
    ("h", "Who we are"),
    (
        "p",
        "Cumberland Ridge Regional Medical Center is a 270-bed regional hospital and Level III trauma center serving "
        "eight counties in middle Tennessee and southern Kentucky. Our laboratory performs about 1.1 million tests a "
        "year and is CAP-accredited, with an AABB-accredited transfusion service. We are proud to hire veterans and "
        "transitioning service members, and many of our techs started their careers in uniform.",
    ),
    ("h", "What you'll do"),
    (
        "b",
        "Perform routine and STAT testing in chemistry, hematology, coagulation, urinalysis, serology and the blood "
        "bank, and set up and read routine cultures on the microbiology rotation.",
    ),
    (
        "b",
        "Operate, troubleshoot and maintain our analyzers: Beckman Coulter AU680 and DxI 800 (chemistry and "
        "immunoassay), Sysmex XN-series hematology analyzers with DI-60, Stago STA R Max (PT/INR, aPTT, fibrinogen, "
        "D-dimer), Siemens CLINITEK Novus (urinalysis), BD BACTEC FX (blood cultures), bioMerieux VITEK 2 "
        "(identification and susceptibility), BioFire FilmArray (respiratory and GI panels), Cepheid GeneXpert "
        "(SARS-CoV-2/Flu/RSV and MRSA PCR) and Radiometer ABL90 FLEX (blood gases).",
    ),
    (
        "b",
        "Blood bank: ABO/Rh typing, antibody screens, crossmatches (electronic and immediate spin), direct "
        "antiglobulin tests (DAT), and issue of blood components, including during the massive transfusion "
        "protocol. Gel testing on the Ortho VISION.",
    ),
    (
        "b",
        "Hematology: manual differentials, peripheral smear review and body fluid cell counts.",
    ),
    (
        "b",
        "Microbiology: Gram stains, specimen plating and reading cultures under the direction of an MLS.",
    ),
    (
        "b",
        "Run and review quality control, apply Westgard rules, review Levey-Jennings charts, perform calibrations and "
        "document corrective action and preventive maintenance.",
    ),
    (
        "b",
        "Take part in proficiency testing (CAP surveys) and annual competency assessment.",
    ),
    (
        "b",
        "Verify results in Epic Beaker, investigate delta checks, and call critical values with read-back "
        "documentation.",
    ),
    (
        "b",
        "Help with specimen processing and inpatient phlebotomy when the evening draw volume is high.",
    ),
    (
        "b",
        "Support point-of-care testing on the units (Abbott i-STAT and glucose meters), including QC review.",
    ),
    (
        "b",
        "Follow CLIA, CAP, AABB, OSHA bloodborne pathogens and The Joint Commission requirements.",
    ),
    ("h", "Minimum qualifications"),
    (
        "b",
        "Associate degree in medical laboratory technology from a NAACLS-accredited program, OR successful "
        "completion of a 50-week U.S. military medical laboratory training course.",
    ),
    (
        "b",
        "MLT(ASCP) or MLT(AMT) certification, or eligible, with certification required within 12 months of hire.",
    ),
    (
        "b",
        "Tennessee Medical Laboratory Technician license, or eligible for a Tennessee license before the start "
        "date (a temporary license is accepted).",
    ),
    (
        "b",
        "Must meet CLIA personnel requirements for high complexity testing (42 CFR 493.1489).",
    ),
    ("h", "Nice to have"),
    ("b", "One or more years of hospital laboratory experience as a generalist."),
    ("b", "Blood bank experience, including antibody identification."),
    ("b", "Experience with Epic Beaker or another laboratory information system (LIS)."),
    ("b", "Bachelor's degree in medical laboratory science or biology."),
    ("h", "Schedule"),
    (
        "p",
        "Evening shift, 2:30 PM to 11:00 PM, five 8-hour shifts a week; every third weekend and a holiday rotation. "
        "Orientation is on day shift for the first six weeks.",
    ),
    ("h", "Pay and benefits"),
    (
        "p",
        "$26.40 - $37.80 per hour based on experience, plus a $3.25/hour evening differential and a $2.00/hour "
        "weekend differential. $5,000 sign-on bonus for experienced and certified candidates. Medical, dental and "
        "vision insurance; 403(b) with match; PTO from your first pay period; tuition reimbursement of up to "
        "$5,250 a year, including the MLT-to-MLS bridge program, with the MLS(ASCP) exam fee paid on completion; "
        "paid CE; employee assistance program.",
    ),
    ("h", "Equal opportunity"),
    (
        "p",
        "Cumberland Ridge Regional Medical Center is an equal opportunity employer and a VEVRAA federal contractor. "
        "We do not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, "
        "national origin, age, disability, genetic information or protected veteran status, and we provide "
        "reasonable accommodation on request.",
    ),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote posting.docx in", HERE.name)
