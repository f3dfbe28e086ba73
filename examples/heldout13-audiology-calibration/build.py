#!/usr/bin/env python3
"""Build resume.docx of the heldout13-audiology-calibration pair with the DOCX writer of build_examples.py.

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
        "Rhys A. Pemberton  |  742 Tamarack Ct, Westerville, OH 43081  |  (614) 555-0142  |  "
        "rhys.pemberton@example.com",
    ),
    ("name", "Rhys A. Pemberton"),
    ("h", "Profile"),
    (
        "p",
        "Biomed tech specialising in audiology and ENT equipment, with 11 years of calibration and repair in the "
        "NHS and in the US. Trained as a medical technical officer in an audiology physics section in England, "
        "where every audiometer went out with a cal cert traceable to NPL. Since 2019 I have run the service bench "
        "and field calibrations for an audiology equipment dealer in central Ohio. Happy on the road or on the bench.",
    ),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Audiometric equipment",
                "Diagnostic and screening audiometers (GSI 61, GSI 18, Interacoustics AC40 and AD629, Madsen "
                "Astera), tymps and middle-ear analysers (GSI TympStar Pro, Interacoustics Titan), OAE screeners, "
                "BERA (Interacoustics Eclipse)",
            ),
            (
                "Hearing aid equipment",
                "Hearing aid test boxes, REM systems, Verifit 2",
            ),
            (
                "Transducers",
                "TDH39 and TDH50 headphones, ER-3A inserts, B71 bone vibrators; cords, cushions and headbands",
            ),
            (
                "Acoustic test gear",
                "B&K ear simulator and 6cc and 2cc couplers, B&K 4930 mechanical coupler, Class 1 SLMs, "
                "measurement mics and preamps, sound calibrators",
            ),
            (
                "Standards",
                "ANSI S3.6, ANSI S3.1, BS EN 60645-1 and -5, IEC 60318-1, IEC 62353",
            ),
            (
                "Electronics",
                "Component-level fault-finding, SMD soldering and rework, oscilloscope, DMM, signal generator",
            ),
            (
                "Quality & software",
                "ISO 17025 quality system, as-found/as-left records, uncertainty budgets, "
                "ProCal, Excel",
            ),
        ],
    ),
    ("h", "Experience"),
    (
        "job",
        "Service & Calibration Technician - Midstate Hearing Instruments, Columbus, OH - Aug 2019 to Present",
    ),
    (
        "b",
        "On-site calibration of roughly 350 audiometers a year for audiology practices, ENT offices, "
        "paediatric clinics and school districts across central and southern Ohio.",
    ),
    (
        "b",
        "Calibrate audiometers to ANSI S3.6-2018: output against RETSPLs, attenuator linearity, frequency, "
        "masking and bone conduction output on the mechanical coupler.",
    ),
    (
        "b",
        "Calibrate tymps (probe tone, pressure, admittance) and run probe checks on OAE screeners.",
    ),
    (
        "b",
        "Background noise measurements in audiometric booths to ANSI S3.1 before booth installs and after "
        "clinic moves.",
    ),
    (
        "b",
        "Electrical safety testing to IEC 62353 on all mains-powered audiology equipment with a Rigel 288+ "
        "electrical safety analyser.",
    ),
    (
        "b",
        "Write cal certs with NIST traceable reference data and keep the reference mics and calibrators on "
        "their annual recall in ProCal.",
    ),
    ("b", "Bench repair of audiometer attenuators, headphone drivers and power supplies; ~90% fixed in house."),
    ("b", "Completed Interacoustics factory service training (Eclipse and Titan), 2021."),
    (
        "job",
        "Medical Technical Officer, Audiology Physics - Kingsmere Hospitals NHS Foundation Trust, Leicester, UK - "
        "Sep 2014 to Jul 2019",
    ),
    (
        "b",
        "Annual calibration and PPM of audiometers, tymps, BERA and OAE equipment for 14 adult and paediatric "
        "audiology clinics.",
    ),
    (
        "b",
        "Calibrated to BS EN 60645 using the B&K ear simulator (IEC 60318-1) and couplers in a UKAS-accredited "
        "ISO 17025 lab; calculated uncertainty budgets for our acoustic measurements.",
    ),
    (
        "b",
        "Calibrated hearing aid test boxes and REM systems for the hearing aid department.",
    ),
    ("job", "AV Technician - Marlow Audio Hire, Nottingham, UK - Jun 2011 to Aug 2014"),
    (
        "b",
        "Maintained PA rigs, radio mics and projectors; checked projector lamp CCT and set up vocal booths for "
        "recording sessions.",
    ),
    ("h", "Certifications"),
    ("b", "CBET (AAMI) - exam scheduled April 2027"),
    ("b", "IPC J-STD-001 soldering, 2020"),
    ("h", "Education"),
    (
        "p",
        "HND Electrical and Electronic Engineering - Trentside College, Nottingham, UK, 2011",
    ),
    ("p", "Ohio driver's license, clean record. US permanent resident."),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
