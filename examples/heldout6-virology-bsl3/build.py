#!/usr/bin/env python3
"""Build posting.pdf of the heldout6-virology-bsl3 pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Public Health Laboratory Scientist II - Virology/Serology (BSL-3)"),
    (
        "contact",
        "High Plains State Public Health Laboratory  |  Cheyenne, WY  |  Position 22-0817  |  Pay grade 19  |  "
        "Classified, full-time, Monday-Friday 8:00 AM - 4:30 PM with rotating weekend and after-hours call",
    ),
    ("h", "About the laboratory"),
    (
        "p",
        "The High Plains State Public Health Laboratory is the state's reference laboratory for infectious "
        "disease testing. The Virology/Serology section tests about 90,000 specimens a year for outbreak "
        "response, surveillance and diagnosis.",
    ),
    ("h", "Duties"),
    (
        "b",
        "Perform real-time RT-PCR for influenza, SARS-CoV-2, measles and mpox on Applied Biosystems 7500 Fast Dx "
        "or QuantStudio 7 Pro instruments.",
    ),
    ("b", "Run automated nucleic acid extraction on the MagNA Pure 96 or KingFisher Flex."),
    ("b", "Perform influenza subtyping for the state surveillance program and ship specimens to CDC."),
    (
        "b",
        "Grow viruses in cell culture inside the BSL-3 suite and perform plaque reduction neutralization tests "
        "(PRNT).",
    ),
    ("b", "Perform serology, including IgM antibody capture ELISA (MAC-ELISA) for West Nile virus."),
    ("b", "Run the HIV diagnostic testing algorithm on the BioPlex 2200."),
    ("b", "Run automated plate assays on the Dynex DS2 or Agility."),
    ("b", "Perform rabies testing on animal specimens during the summer season."),
    ("b", "Support whole genome sequencing of SARS-CoV-2 and influenza on the Illumina MiSeq."),
    (
        "b",
        "Work with select agents under the Federal Select Agent Program and the BMBL; wear PAPRs and work in "
        "Class II biological safety cabinets.",
    ),
    ("b", "Serve as an LRN bench scientist for biothreat rule-out testing."),
    ("b", "Package and ship Category A and Category B infectious substances under IATA rules."),
    (
        "b",
        "Enter and release results in StarLIMS; review QC on Levey-Jennings charts; take part in proficiency "
        "testing under CLIA.",
    ),
    ("b", "Keep chain of custody for specimens submitted by law enforcement."),
    ("h", "Minimum qualifications"),
    ("b", "Bachelor's degree in microbiology, biology, chemistry or medical laboratory science"),
    ("b", "MLS(ASCP) or M(ASCP) certification, or eligibility within one year of hire"),
    ("b", "Two years of clinical or public health laboratory experience"),
    ("b", "Must pass the FBI Security Risk Assessment for select agent access"),
    ("h", "Preferred qualifications"),
    ("b", "SV(ASCP)"),
    ("b", "Experience with CT/NG testing"),
    ("b", "Wastewater surveillance experience"),
    ("h", "Working conditions"),
    (
        "p",
        "Work in BSL-3 requires a medical surveillance exam, respirator clearance and annual training. Able to lift "
        "25 lb. Valid driver's license for specimen courier backup.",
    ),
    (
        "p",
        "The High Plains State Public Health Laboratory is an equal opportunity employer. Reasonable accommodation "
        "is available on request. State benefits include a defined-benefit pension, health insurance and paid leave.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf in", HERE.name)
