#!/usr/bin/env python3
"""Build resume.docx of heldout23-instrument-repair-mobile.

ATS-unfriendly layout on purpose: contact details only in the page header, letter-spaced
section headings, and the skills section in a two-column table.
Run with /work/main/.venv/bin/python build.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Dominic A. Ferreira  |  Jeffersonville, IN 47130  |  (812) 555-0137  |  dominic.ferreira@example.com"),
    ("name", "DOMINIC A. FERREIRA"),
    ("h", "P R O F I L E"),
    ("p", "Surgical services biomed tech with 7 years in hospital sterile processing and biomed: four years on the "
          "SPD floor, where I ran the in-house instrument repair bench, then three years as a BMET II covering the "
          "ORs, endoscopy and SPD. Hands-on with scissors, power tools, camera towers and light sources. Former "
          "auto technician, so I like a bench, a van and a full tool box. Looking for a mobile repair route."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CRCST - Certified Registered Central Service Technician, HSPA, 2018 (current)"),
    ("b", "Certified Biomedical Equipment Technician, AAMI Credentials Institute, 2024"),
    ("b", "Certified Instrument Specialist (CIS), HSPA - in progress, exam scheduled April 2026"),
    ("b", "Stryker System 8 and CORE power equipment service school, 2023"),
    ("b", "Valid Indiana driver's license, clean record"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Instrument repair",
         "Scissor sharpening and realignment (Mayo, Metzenbaum, iris); osteotomes, curettes, rongeurs and "
         "Kerrisons; box lock and ratchet adjustment; scissor cut-testing; stain removal; instrument milk"),
        ("Instrumentation",
         "Surgical instrument identification for general, ortho, CV and lap instruments and micro instruments "
         "(ophthalmic, neuro); needle drivers with TC inserts"),
        ("Scopes and video",
         "Storz and Wolf rigid endoscopes; fiber-optic light cords; Stryker 1688 camera towers and L11 light sources"),
        ("Power equipment",
         "Stryker System 7 and System 8 drills and sagittal saws; Stryker CORE consoles; pneumatic drills and hoses; "
         "cordless handpieces and battery chargers; tachometer speed checks"),
        ("Test equipment",
         "Fluke 87V; Fluke ESA612; leakage current, ground resistance and insulation testing per IEC 62353"),
        ("Systems and standards",
         "AIMS work orders; Censis CensiTrac; Excel; AAMI ST79; manufacturer's instructions for use; "
         "OSHA bloodborne pathogens; PPE"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician II - Clark Memorial Regional Health, Jeffersonville, IN - May 2022 to Present"),
    ("b", "Surgical services BMET for 14 ORs, two endoscopy rooms and the SPD; about 1,900 devices."),
    ("b", "Complete PMs and repairs on surgical power tools, camera towers, light sources, ESUs and tourniquets; "
          "97% on-time PM completion, all work documented in AIMS."),
    ("b", "Service Stryker System 7 and 8 handpieces: replace seals and triggers, check speed with a tachometer, and "
          "send units to the Stryker depot per OEM service manuals when internal repair is required."),
    ("b", "Electrical troubleshooting of battery chargers, light sources and camera control units down to the board."),
    ("b", "Triage rigid endoscopes and fiber-optic light cords for the OR; send scopes out for repair and track loaners."),
    ("b", "Work with the mobile repair vendor on quarterly visits; flag instruments as BER and write the replacement "
          "requests for the SPD manager."),
    ("job", "Sterile Processing Technician II / Repair Bench Lead - Clark Memorial Regional Health, Jeffersonville, IN - Mar 2018 to May 2022"),
    ("b", "Decontamination, prep and pack and sterilization for a 236-bed hospital; about 150 trays per shift."),
    ("b", "Ran the in-house instrument repair bench after two weeks of vendor training: sharpened Mayo and "
          "Metzenbaum scissors, osteotomes and curettes, realigned jaws, adjusted box locks, and tagged needle "
          "drivers and forceps for re-tip."),
    ("b", "Inspected every instrument under lighted magnification; disassembled and reassembled lap instruments."),
    ("b", "Processed instruments per AAMI ST79 and the manufacturer's instructions for use, using ultrasonic cleaners "
          "and washer-disinfectors; scanned every tray in Censis CensiTrac."),
    ("b", "Followed OSHA and infection control practices and wore full PPE in decontamination."),
    ("b", "Trained 6 new technicians on instrument identification."),
    ("job", "Automotive Service Technician - Kentuckiana Tire and Auto, Louisville, KY - Jun 2014 to Mar 2018"),
    ("b", "Replaced pads, rotors and brake calipers; measured rotor thickness with a micrometer."),
    ("b", "Diagnosed and repaired suspension, cooling and charging systems with hand tools, torque wrenches and scan tools."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Engineering Technology - Ivy Tech Community College, Sellersburg, IN, 2022"),
    ("p", "Sterile Processing Certificate - Jefferson Community and Technical College, Louisville, KY, 2017"),
    ("p", "High school diploma - Jeffersonville High School, Jeffersonville, IN, 2014"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
