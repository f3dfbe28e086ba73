#!/usr/bin/env python3
"""Build resume.docx of the heldout16-cleanroom-certifier pair with the DOCX writer of build_examples.py.

The contact line sits in the page header (header_contact=True) and the skills are a two-column table.
The certifier worked in Ontario before moving to Pennsylvania, so a few spellings and terms are Canadian
("licence", "centre", containment level 3). posting.html is a hand-saved job-board page kept next to this
script; it is not generated. Run with a Python that has python-docx.
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
        "Desmond K. Achterberg  |  Bethel Park, PA 15102  |  (412) 555-0158  |  d.achterberg@example.com",
    ),
    ("name", "Desmond K. Achterberg"),
    ("h", "Summary"),
    (
        "p",
        "Field certifier with eight years of testing biosafety cabinets, cleanrooms and sterile compounding suites, "
        "four in the Greater Toronto Area and four in western Pennsylvania. NSF-accredited for biosafety cabinets "
        "since 2019. I can run a full USP 797 pharmacy certification on my own, from PEC smoke studies to viable "
        "sampling, and explain a failed room to a pharmacy director at 6 a.m. before the first compounding run. "
        "Started out in HVAC air balancing, so I am at home above the ceiling tiles.",
    ),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Biosafety cabinets",
                "Class II A2, B1 and B2 cabinets (NuAire LabGard, Thermo Scientific 1300 Series, Labconco Logic+, "
                "Baker SterilGARD)\n"
                "NSF 49 field tests: downflow velocity, inflow by DIM and constructed-tunnel method, HEPA leak scans, "
                "smoke pattern tests, site alarm checks\n"
                "Thimble connections and hard-ducted exhaust, exhaust alarm set-up",
            ),
            (
                "Cleanrooms & compounding",
                "ISO 14644-1:2015 classification of ISO 5, 7 and 8 rooms; IEST-RP-CC006 test methods\n"
                "ACPH, supply CFM, room pressure cascades, smoke studies (static and dynamic), temp/RH\n"
                "USP 797 and USP 800 certification to CETA CAG-003; CAI/CACI testing to CAG-002\n"
                "PECs: horizontal laminar flow hoods, powder containment hoods, biosafety cabinets; SCAs, buffer "
                "and ante rooms",
            ),
            (
                "Fume hoods & clean benches",
                "Lab fume hoods: face velocity grids, smoke visualization, sash and flow alarms to ANSI/AIHA Z9.5\n"
                "Vertical and horizontal clean benches (IEST-RP-CC002)",
            ),
            (
                "Filters, motors & decon",
                "HEPA filter changes and pre-filters; bag-in/bag-out housings\n"
                "ECM and PSC motor speed adjustments\n"
                "Paraformaldehyde, ClO2 (ClorDiSys) and STERIS VHP decontamination of BSCs",
            ),
            (
                "Test instruments",
                "ATI TDA-2i and TDA-2G photometers; Laskin-nozzle generators with Emery 3004 PAO\n"
                "Lighthouse Solair 3100 and Met One 3445 particle counters\n"
                "TSI Alnor EBT731 capture hood; VelociCalc thermoanemometers; Shortridge ADM-860 micromanometer\n"
                "MAS-100 NT active air sampler, RODAC contact plates\n"
                "Instrument calibration tracking (NIST-traceable, annual)",
            ),
            (
                "Reporting & safety",
                "FieldEdge on iPad; MS Excel and Word\n"
                "LOTO, cleanroom gowning, half-face respirator (fit-tested annually)",
            ),
        ],
    ),
    ("h", "Professional Experience"),
    (
        "job",
        "Senior Field Certification Technician - Allegheny Contamination Control, Inc., Pittsburgh, PA - "
        "Jun 2021 to Present",
    ),
    (
        "b",
        "Certify about 1,100 biosafety cabinets a year for university, hospital and biotech labs in western PA and "
        "northern West Virginia to NSF 49, including canopy (thimble) connected A2s and hard-ducted B2s.",
    ),
    (
        "b",
        "Lead the semi-annual USP 797 and USP 800 certifications for 34 hospital pharmacies and one 503B "
        "outsourcing facility: PEC and room certification, smoke studies under dynamic conditions, particle counts "
        "at rest and in operation, and active air and contact-plate sampling sent to a partner micro lab.",
    ),
    (
        "b",
        "Run ISO 14644-1 classifications, HEPA leak scans of terminal ceiling filters, ACPH and pressure cascade "
        "checks for a contract manufacturer's fill-finish suites (GMP); executed the OQ and PQ protocols written by "
        "the client's validation group.",
    ),
    (
        "b",
        "Decontaminate cabinets with paraformaldehyde, ClO2 or STERIS VHP before filter changes and relocations; "
        "replace roughly 300 HEPA filters a year and re-certify on the same visit.",
    ),
    (
        "b",
        "Traced repeat downflow failures on a batch of cabinets to an ECM controller setting and worked with the "
        "manufacturer on the fix across 40 units.",
    ),
    (
        "b",
        "Moved our branch from paper test sheets to FieldEdge reports on iPads; report turnaround dropped from "
        "five business days to same day.",
    ),
    (
        "b",
        "Trained three new technicians through their NSF field certifier exams; all passed on the first attempt.",
    ),
    (
        "job",
        "Certification Technician - Lakeshore Containment Testing Ltd., Mississauga, ON, Canada - "
        "Mar 2017 to May 2021",
    ),
    (
        "b",
        "Certified biosafety cabinets to NSF 49 and the legacy CSA Z316.3 for hospital, university and federal labs "
        "across the GTA, including containment level 3 (CL3) labs at a public health laboratory.",
    ),
    (
        "b",
        "Certified hospital pharmacy cleanrooms and hazardous drug rooms against the NAPRA model standards and USP "
        "797; tested horizontal laminar flow hoods, CAIs and powder containment hoods.",
    ),
    (
        "b",
        "Ran face velocity surveys on about 600 fume hoods each summer for two universities and a cancer research "
        "centre.",
    ),
    ("b", "Kept the branch's photometers and particle counters on their calibration schedule."),
    (
        "job",
        "Air Balancing Technician (apprentice) - Peel Air Balance Inc., Brampton, ON, Canada - Jul 2014 to Feb 2017",
    ),
    (
        "b",
        "Air balancing of commercial HVAC systems: duct traverses, capture hood readings, static pressure profiles, "
        "fan sheave and damper adjustments, and final balance reports.",
    ),
    ("h", "Certifications & Licences"),
    ("b", "NSF-Accredited Biosafety Cabinetry Field Certifier, NSF International - 2019 (renewed 2024)"),
    ("b", "CETA RCCP-SC (CNBT) - exam scheduled March 2027"),
    ("b", "OSHA 30-Hour Construction - 2016"),
    ("b", "EPA 608 Universal - 2021"),
    ("b", "Pennsylvania driver's licence, Class C, clean record"),
    ("h", "Education"),
    (
        "p",
        "Diploma, Heating, Refrigeration and Air Conditioning Technician - Credit River College of Applied Arts and "
        "Technology, Mississauga, ON, 2014",
    ),
    ("p", "Two years toward a B.Sc. in Biology - Grand River University, Kitchener, ON, 2010-2012"),
    ("h", "Professional Affiliations"),
    ("b", "Member, Controlled Environment Testing Association (CETA), since 2018"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
