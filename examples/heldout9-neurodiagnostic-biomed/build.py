#!/usr/bin/env python3
"""Build resume.pdf of the heldout9-neurodiagnostic-biomed pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "JORDAN E. MAKOWSKI"),
    ("contact", "402 Dogwood Lane, Starkville, MS 39759  |  (662) 555-0129  |  jordan.makowski@example.com"),
    ("h", "Summary"),
    (
        "p",
        "BMET II with 9 years in medical equipment support, the last 4 as the neurosciences specialist for a "
        "three-hospital system: neurodiagnostic equipment for EEG, sleep and neuromuscular studies, plus the networks and PCs they run on. Former "
        "U.S. Army biomedical equipment specialist. Relocating to the Dayton area in 2026.",
    ),
    ("h", "Certifications and Training"),
    ("b", "Certified Biomedical Equipment Technician (AAMI), 2021"),
    ("b", "Natus factory service training, NeuroWorks/Xltek EEG and LTM systems, 2022"),
    ("b", "Compumedics Grael amplifier service course, 2023"),
    ("b", "CompTIA A+, 2019"),
    ("h", "Technical Skills"),
    (
        "p",
        "Neurodiagnostics: Xltek EEG systems (EMU40EX headbox, Brain Monitor amplifiers), Trex HD ambulatory "
        "recorders, cEEG carts in the neuro ICU, LTM video-EEG, Cadwell Sierra Summit electromyography and nerve "
        "conduction systems, SSEP and VEP stimulators, photic strobes, impedance testing of electrode inputs, "
        "pan-tilt-zoom IP cameras.",
    ),
    (
        "p",
        "Sleep: overnight sleep study systems (Compumedics Grael, Embla N7000), ResMed ApneaLink Air home sleep test "
        "units, CPAP and BiPAP units, Nonin Xpod oximetry modules, Respironics LoFlo capnographs.",
    ),
    (
        "p",
        "IT: Windows 10 and 11 acquisition/review PCs, NAS shares for video archives, domain joins and AD service "
        "accounts, VLANs, IP addressing and DHCP reservations, monthly OEM-validated Windows patching.",
    ),
    (
        "p",
        "Test equipment: Fluke ESA612, Fluke ProSim 4, function generator, Tektronix oscilloscope. CMMS: TMS.",
    ),
    (
        "p",
        "Compliance: TJC EC.02.04.03, NFPA 99, alternative equipment maintenance program, electrical safety testing.",
    ),
    ("h", "Experience"),
    (
        "job",
        "BMET II - Neurosciences Equipment Specialist - Golden Triangle Medical Center, Columbus, MS - "
        "Apr 2022 to Present",
    ),
    (
        "b",
        "Own scheduled PMs, repair and electrical safety testing for 310 neurodiagnostic and sleep devices at three "
        "hospitals; 98% on-time PM completion in 2025.",
    ),
    (
        "b",
        "Support 22 Xltek EEG systems, 8 beds of LTM video-EEG in the EMU and 6 cEEG carts in the neuro ICU; "
        "replaced headbox and amplifier boards to board level.",
    ),
    (
        "b",
        "Keep 12 overnight sleep study systems and 40 home sleep test units running; swapped Grael amplifiers and "
        "re-aimed pan-tilt-zoom IP cameras after room renovations.",
    ),
    (
        "b",
        "Moved the EEG video archive to NAS shares with IT, set VLANs and AD service accounts, and apply monthly "
        "OEM-validated Windows patching.",
    ),
    (
        "b",
        "Run incoming inspections and installs, and decommissioned 14 legacy Nicolet units; manage depot repairs "
        "and two service agreements with the OEMs.",
    ),
    (
        "b",
        "Also cover the cardiac EP lab recording systems (GE CardioLab) and the AvaSure TeleSitter fleet on weekends.",
    ),
    (
        "job",
        "BMET I - Magnolia Regional Health, Tupelo, MS - Jun 2017 to Mar 2022",
    ),
    (
        "b",
        "PMs and repairs on infusion pumps, ECG carts, monitors and defibrillators; documented work orders in TMS.",
    ),
    ("b", "Prepared for TJC surveys and kept the alternative equipment maintenance inventory current."),
    (
        "job",
        "Biomedical Equipment Specialist (U.S. Army 68A) - U.S. Army Medical Department, Fort Hood, TX - "
        "Aug 2013 to May 2017",
    ),
    (
        "b",
        "Maintained field medical equipment sets and fixed-facility equipment for a combat support hospital.",
    ),
    ("h", "Education"),
    ("p", "B.S., Biomedical Engineering Technology - Excelsior University (in progress, expected Dec 2026)"),
    ("p", "Biomedical Equipment Specialist Course, METC, Joint Base San Antonio-Fort Sam Houston, TX, 2013"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
