#!/usr/bin/env python3
"""Build resume.pdf of the heldout14-medical-laser-fse pair with the PDF writer of build_examples.py.

Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "MARCUS T. DELGADO"),
    (
        "contact",
        "Round Rock, TX 78664  |  512-555-0163  |  marcus.delgado@example.com  |  USAF veteran, Secret clearance "
        "(inactive)",
    ),
    ("h", "Summary"),
    (
        "p",
        "Laser and biomed service tech with 7 years on medical lasers (hospital OR and med spa/derm accounts) after "
        "6 years as a USAF avionics technician, where I worked on Sniper targeting pods and their Nd:YAG laser "
        "designators. Class 4 lasers, high-voltage supplies and coolant systems are my day job. I work alone in the "
        "field, drive 1,500+ miles a month and keep the customer in the loop.",
    ),
    ("h", "Experience"),
    (
        "job",
        "Field Service Technician, Aesthetic Lasers - Brightline Aesthetic Service Group, Austin, TX - "
        "Mar 2022 to Present",
    ),
    (
        "b",
        "Cover about 90 med spa, dermatology and plastics accounts across Central and South Texas: installs, PMs, "
        "calibration and repair of multi-vendor aesthetic lasers and energy devices.",
    ),
    (
        "b",
        "Platforms: GentleMax Pro (755 Alex / 1064 Nd:YAG), LightSheer Desire diode, PicoWay, Q-switched Nd:YAG "
        "tattoo units, M22, and the Cryo 6 cold-air skin coolers that go with them.",
    ),
    (
        "b",
        "Verify and recalibrate output with an Ophir Nova II and thermal head, plus a joulemeter for pulsed "
        "systems; record fluence checks on every PM report.",
    ),
    (
        "b",
        "Replace flash lamps, HVPS modules and handpiece fiber-optic delivery; bleed down the cap bank and apply "
        "LOTO before opening the head.",
    ),
    (
        "b",
        "Service the coolant loop: drain and flush DI water, change the DI cartridge and particle filter, replace "
        "circulation pumps and check the heat exchanger fan.",
    ),
    (
        "b",
        "Cross-referenced OEM part numbers against the illustrated parts list (IPL) in each service manual and cut "
        "repeat visits by stocking the van for the top 40 failures.",
    ),
    (
        "b",
        "Give in-services to providers and front-desk staff on daily checks, laser goggles OD ratings and door "
        "interlock signage; document customer complaints per the FDA QSR for the OEMs we service under contract.",
    ),
    ("b", "Log every call, part and hour in ServiceMax; first-time fix rate 88% in 2025."),
    (
        "job",
        "Biomedical Equipment Technician II - St. Brendan Regional Medical Center, Temple, TX - Aug 2018 to Feb 2022",
    ),
    (
        "b",
        "Lead tech for the OR laser fleet in a 22-room surgical suite: UltraPulse Encore CO2 (ENT and GYN), "
        "Pulse 100H Ho:YAG (urology, stone lithotripsy), a Nd:YAG for GI and pulmonary, plus ESUs and smoke evacs.",
    ),
    (
        "b",
        "Performed articulated-arm mirror alignment and aiming beam coincidence checks, inspected SMA-905 "
        "connectors and cleaved fibers, and verified power output before every case block.",
    ),
    (
        "b",
        "Electrical safety testing to IEC 62353 and NFPA 99 on all OR capital equipment; PMs tracked in the CMMS.",
    ),
    (
        "b",
        "Backup LSO for the hospital laser program: posted NHZ signage, checked door interlocks and key "
        "control, and audited laser goggles for each wavelength.",
    ),
    (
        "b",
        "Worked in the OR with sterile field awareness; kept my Vendormate badge current for vendor-side coverage "
        "at two affiliated ASCs.",
    ),
    (
        "job",
        "Avionics Test Station and Components Technician (AFSC 2A0X1), SSgt - U.S. Air Force, Hill AFB, UT - "
        "Jun 2012 to Jul 2018",
    ),
    (
        "b",
        "Tested and repaired F-16 avionics LRUs and Sniper ATP targeting pods, including the Nd:YAG laser "
        "designator/rangefinder: laser energy checks, boresight and optical alignment on the pod test set.",
    ),
    (
        "b",
        "Troubleshot SRUs to component level with an o-scope, Fluke 87V multimeter and TDR, working from "
        "schematics and technical orders; high-voltage work on radar transmitter supplies.",
    ),
    (
        "b",
        "Maintained ESD-safe work areas and performed hi-rel soldering and rework (J-STD-001 certified 2015).",
    ),
    (
        "b",
        "Serviced the PAO coolant carts for the test stations; trained and signed off 9 airmen as OJT trainer.",
    ),
    ("h", "Skills & Tools"),
    (
        "p",
        "Lasers: CO2, Nd:YAG, Q-switched, Ho:YAG, diode, 755 Alex  |  Test equipment: Ophir Nova II, thermal and "
        "pyroelectric heads, joulemeter, o-scope, Fluke 87V, Fluke ESA615  |  Repair: component level, schematics, "
        "HVPS, flash lamps, coolant loop  |  Software: ServiceMax, CMMS, MS Office  |  Standards: ANSI Z136.1, "
        "NFPA 99, IEC 62353",
    ),
    ("h", "Military Training"),
    ("p", "Avionics Test Station and Components Apprentice Course - Keesler AFB, MS, 2012"),
    ("p", "Sniper ATP Intermediate Maintenance Course - contractor-led, Hill AFB, 2014"),
    ("h", "Education"),
    (
        "p",
        "Associate in Applied Science, Avionic Systems Technology - Community College of the Air Force (CCAF), 2017",
    ),
    ("h", "Certifications & Training"),
    ("b", "CMLSO - Board of Laser Safety, exam scheduled February 2027"),
    ("b", "Medical Laser Safety Officer course (ANSI Z136.1 and hospital program), 2020"),
    ("b", "Candela factory service training (GentleMax Pro), 2023"),
    ("b", "OSHA 10-Hour General Industry"),
    ("b", "Texas driver's license, clean record"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
