#!/usr/bin/env python3
"""Build posting.pdf of the heldout5-newborn-screening pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Public Health Laboratory Scientist II - Newborn Screening"),
    (
        "contact",
        "Tri-River State Public Health Laboratory  |  Frankfort, KY  |  PCN 00412877  |  Grade 15  |  "
        "Merit position, full-time, Monday-Friday 7:00 AM - 3:30 PM with rotating Saturdays",
    ),
    ("h", "About the program"),
    (
        "p",
        "The newborn screening program tests about 55,000 babies a year for "
        "more than 50 disorders on a state "
        "panel aligned with the RUSP. Results must reach physicians within five days of birth.",
    ),
    ("h", "What you will do"),
    (
        "b",
        "Accession dried blood spot specimens, judge specimen acceptability and punch them on automated "
        "punchers (Panthera-Puncher 9).",
    ),
    ("b", "Run MS/MS for amino acids and acylcarnitines with NeoBase 2 kits on Waters Xevo TQD instruments."),
    ("b", "Run TSH, 17-OHP and IRT immunoassays and GALT and biotinidase enzyme assays on GSP instruments."),
    ("b", "Perform hemoglobinopathy screening by HPLC on the Bio-Rad VARIANT nbs."),
    ("b", "Run the TREC real-time PCR assay for SCID and SMN1 testing for SMA."),
    ("b", "Perform second-tier testing and review results against analyte cutoffs."),
    ("b", "Release results in SpecimenGate and call presumptive positives to short-term follow-up."),
    ("b", "Perform QC and take part in the CDC NSQAP; work under BSL-2 practices."),
    ("h", "Required qualifications"),
    ("b", "Bachelor's degree in chemistry, biology or medical laboratory science"),
    ("b", "One year of clinical or public health laboratory experience"),
    ("b", "Must pass a state background check"),
    ("h", "Preferred qualifications"),
    ("b", "MLS(ASCP)"),
    ("b", "Screening for lysosomal storage disorders (Pompe, MPS I) and X-ALD"),
    ("h", "Salary and benefits"),
    (
        "p",
        "$52,104 - $68,900 a year. State retirement plan, health insurance, 12 paid holidays. The Tri-River "
        "State Public Health Laboratory is an equal opportunity employer M/F/D.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", (HERE / "posting.pdf").relative_to(HERE.parent.parent))
