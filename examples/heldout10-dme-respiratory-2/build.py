#!/usr/bin/env python3
"""Build resume.docx of the heldout10-dme-respiratory-2 pair with the DOCX writer of build_examples.py.

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
        "Elliot R. Marchetti  |  318 Quarry Ridge Rd, Shelbyville, IN 46176  |  (317) 555-0137  |  "
        "elliot.marchetti@example.com",
    ),
    ("name", "Elliot R. Marchetti"),
    ("h", "Summary"),
    (
        "p",
        "Home medical equipment (HME) service technician with 6 years of DME delivery and respiratory equipment "
        "service, most of it with home vent and oxygen patients. Former electronics bench technician, so I fix "
        "what I can at the branch instead of swapping it. Currently finishing a respiratory therapy degree at night.",
    ),
    ("h", "Certifications & Training"),
    ("b", "American Heart Association BLS Provider, expires Nov 2026"),
    ("b", "DOT hazardous materials (HM-126F) training for compressed and cryogenic oxygen, renewed 2024"),
    ("b", "OSHA Bloodborne Pathogens training and HIPAA training, completed annually"),
    ("b", "Philips Respironics Trilogy Evo factory service training, 2023"),
    (
        "b",
        "Certified Respiratory Therapist (CRT), NBRC - will sit the exam after graduating from the A.S. program "
        "in 2027",
    ),
    ("h", "Skills"),
    (
        "table",
        [
            (
                "Respiratory equipment",
                "Home vents (Trilogy Evo, Trilogy 100), bilevel and CPAP including auto-CPAP, O2 concentrators "
                "(Invacare Perfecto2, Respironics EverFlo), Inogen One G5 and SimplyGo portables, liquid O2 base "
                "units and portables, E and D cylinders",
            ),
            (
                "Other home equipment",
                "Portable suction units, nebulizer compressors, Kangaroo Joey and EnteraLite Infinity pumps, "
                "CoughAssist T70, Nonin WristOx2 overnight oximetry recorders",
            ),
            (
                "Service & test equipment",
                "PMs and performance verification per OEM service manuals, MaxO2+ analyzer, TSI Certifier FA Plus, "
                "leakage current checks with a Fluke ESA612, digital manometer",
            ),
            (
                "Infection prevention",
                "Dirty/clean reprocessing, cleaning and disinfection, universal precautions",
            ),
            (
                "Systems",
                "TIMS Medical (equipment tracking, delivery tickets on iPad), AirView, EncoreAnywhere",
            ),
            (
                "Compliance",
                "ACHC survey readiness, Medicare supplier standards, HIPAA, serial/lot tracking",
            ),
            (
                "Driving",
                "Valid Indiana driver's license, clean MVR, 9 years without a moving violation",
            ),
        ],
    ),
    ("h", "Experience"),
    ("job", "Respiratory Service Technician - Crossroads Home Medical, Indianapolis, IN - Jun 2022 to Present"),
    (
        "b",
        "Deliver, set up and retrieve home vents, bilevel and CPAP units, O2 concentrators, liquid O2 base units "
        "and E and D cylinders on about 9 home visits a day.",
    ),
    (
        "b",
        "Handle transfilling of liquid portables at the branch and the DOT shipping papers and load securement "
        "for every van.",
    ),
    (
        "b",
        "Teach O2 safety, equipment use and cleaning to patients and families; complete delivery tickets and "
        "home safety evaluations before leaving the home.",
    ),
    (
        "b",
        "Run PMs and performance verification on the rental fleet: O2 purity checks, flow/pressure verification, "
        "alarm checks, filter changes and leakage current checks.",
    ),
    (
        "b",
        "Verify Trilogy Evo and Trilogy 100 vents on the TSI Certifier FA Plus and log each check in TIMS Medical.",
    ),
    (
        "b",
        "Lead the branch's Philips Respironics DreamStation recall remediation (2021-2023): about 400 patients "
        "swapped, with serial/lot tracking for every returned unit.",
    ),
    ("b", "Pull compliance downloads from AirView and EncoreAnywhere for insurance 90-day reviews."),
    ("b", "Serve as POC for two hospice accounts and cover on-call one weekend a month, Friday 3 PM to Monday 7 AM."),
    ("job", "Home Care Delivery Technician - Valley Oxygen & Medical, Waterbury, CT - Apr 2019 to May 2022"),
    (
        "b",
        "Delivered and set up portable suction units, nebulizer compressors, Kangaroo Joey pumps, CoughAssist T70 "
        "units and Inogen One G5 portables.",
    ),
    ("b", "Set up Nonin WristOx2 overnight oximetry studies and returned the data to the ordering physicians."),
    ("b", "Stocked trach and vent supplies for 30 pediatric home patients."),
    (
        "b",
        "Kept the clean room and dirty room separate and helped the branch pass its 2021 ACHC survey with no "
        "findings on infection prevention.",
    ),
    ("job", "Electronics Bench Technician - Naugatuck TV & Electronics Repair, Naugatuck, CT - Jun 2016 to Mar 2019"),
    ("b", "Component-level repair of CRT monitors, flat-panel TVs and audio amplifiers; read schematics daily."),
    ("h", "Education"),
    (
        "p",
        "A.S., Respiratory Therapy - Eastgate Community College, Indianapolis, IN - in progress (evening program), "
        "expected May 2027",
    ),
    ("p", "A.A.S., Electronics Engineering Technology - Mattatuck Valley Community College, Waterbury, CT, 2016"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
