#!/usr/bin/env python3
"""Build resume.pdf of the heldout10-medical-gas-sterilizer pair with the PDF writer of build_examples.py.

Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DALE R. KOWALCZYK"),
    ("contact", "1127 Peach Street, Erie, PA 16501  |  (814) 555-0162  |  dale.kowalczyk@example.com"),
    ("h", "Summary"),
    (
        "p",
        "Hospital maintenance mechanic with 9 years in plant operations, the last 6 as the go-to tech for med gas "
        "and the SPD sterilizers at a 300-bed hospital. I keep autoclaves, low-temp sterilizers and the med gas "
        "plant running, and I keep the paperwork ready for TJC. Looking to move to northwest Ohio to be closer "
        "to family.",
    ),
    ("h", "Certifications and Licenses"),
    ("b", "ASSE/ANSI 6040 - Med Gas Maintenance Personnel, 2021 (renewed 2024)"),
    ("b", "ASSE 6030 Medical Gas Verifier - exam scheduled March 2026"),
    ("b", "EPA 608 Universal, 2017"),
    ("b", "Boiler Operator license, City of Erie (Low Pressure), 2019"),
    ("b", "OSHA 10-Hour General Industry, 2018"),
    ("b", "STERIS Technical School - AMSCO Century steam sterilizer course, 2022"),
    ("h", "Skills"),
    (
        "p",
        "Med gas and vacuum: NFPA 99 (2012 ed.) inspection and testing; O2, med air, N2O, N2, MSV and anesthesia "
        "scavenging; bulk LOX tank and reserve; Amico auto-changeover manifolds; master alarms and area alarm "
        "panels; zone valve boxes; Chemetron and Ohmeda outlets; med air compressors; Busch claw vacuum pumps; "
        "desiccant dryers; dew point and CO monitors.",
    ),
    (
        "p",
        "Sterilization: autoclaves (AMSCO Century, Getinge 88 Turbo); low-temp sterilizers (STERRAD NX, V-PRO "
        "maX); EtO sterilizer and abator; STERIS Reliance washers; clean steam generator; steam quality tests "
        "(dryness, NCG, superheat) to ST79; daily air removal tests and BI results.",
    ),
    (
        "p",
        "Mechanical and electrical: 480 V three-phase motors, variable frequency drives, Allen-Bradley MicroLogix, "
        "ladder diagrams, reading prints, steam traps, door gaskets, brazing (BCuP-5 silver braze), "
        "pumps, chillers.",
    ),
    (
        "p",
        "Safety and compliance: LOTO, permit-required confined space entry, hot work permits, ILSM, infection "
        "control risk assessments, TJC and state/CMS surveys, EOC rounds, TMS work orders.",
    ),
    ("h", "Experience"),
    ("job", "Plant Operations Mechanic II - St. Brendan Hospital, Erie, PA - May 2019 to Present"),
    (
        "b",
        "Own the med gas PM program for a 300-bed hospital under NFPA 99: monthly alarm tests, quarterly outlet "
        "checks, annual bulk LOX and manifold inspections; zero med gas findings on the last two TJC surveys.",
    ),
    (
        "b",
        "Rebuilt 140 Chemetron and Ohmeda outlets during a two-floor renovation and assisted the third-party "
        "verifier with med gas certification testing before the units reopened.",
    ),
    (
        "b",
        "Maintain 6 autoclaves (4 AMSCO Century, 2 Getinge 88 Turbo), 2 low-temp sterilizers (STERRAD NX, V-PRO "
        "maX), one EtO sterilizer and 4 STERIS Reliance washers for SPD; cut sterilizer downtime 35% in 2024.",
    ),
    (
        "b",
        "Run steam quality tests on the clean steam generator and sterilizer supply; review daily air removal "
        "tests and BI results with the SPD manager.",
    ),
    (
        "b",
        "PMs on med air compressors, Busch claw vacuum pumps, desiccant dryers and dew point and CO monitors; "
        "close all work orders in TMS.",
    ),
    (
        "b",
        "Plan utility shutdowns with ILSM and infection control risk assessments; issue hot work permits and "
        "follow LOTO and permit-required confined space entry.",
    ),
    ("b", "Inspect CO2 fire extinguishers and the kitchen hood system monthly."),
    ("b", "Work 7 AM - 3:30 PM; on-call one weekend a month."),
    ("job", "Maintenance Technician - Lakeshore Plastics, Inc., Erie, PA - Jun 2016 to Apr 2019"),
    (
        "b",
        "Kept 14 injection-molding lines running: 480 V three-phase motors, variable frequency drives, hydraulics, "
        "Allen-Bradley MicroLogix controls and ladder diagrams.",
    ),
    ("b", "Serviced plant air compressors, chillers and cooling towers; EPA 608 refrigerant work."),
    ("h", "Education"),
    ("p", "Diploma, Industrial Maintenance Mechanic program - Erie County Technical School, Erie, PA, 2016"),
    ("p", "GED - Commonwealth of Pennsylvania, 2014"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
