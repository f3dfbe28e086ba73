#!/usr/bin/env python3
"""Build resume.docx of the heldout10-dme-respiratory pair with the DOCX writer of build_examples.py.

The contact line sits in the page header and the skills are a two-column table.
Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Jordan K. Ellery  |  48 Quarry Lane, Newington, CT 06111  |  (860) 555-0137  |  jordan.ellery@example.com"),
    ("name", "JORDAN K. ELLERY"),
    ("h", "Summary"),
    (
        "p",
        "Home respiratory service technician with 5 years in durable medical equipment (DME): delivering, setting up "
        "and servicing home oxygen, PAP and home vent patients across central Connecticut. Known for clean survey "
        "results, on-time PMs and patient teaching that keeps repeat service calls low. Relocating to Lancaster, PA "
        "in June 2026.",
    ),
    ("h", "Certifications and Training"),
    ("b", "AHA BLS Provider, American Heart Association - expires 03/2027"),
    ("b", "Hazmat employee training, DOT 49 CFR 172.704 (general awareness, function-specific, security) - 2024"),
    ("b", "OSHA BBP training (bloodborne pathogens), annual - 2025"),
    ("b", "Philips Respironics Trilogy 100/200 service training (factory course) - 2022"),
    ("b", "Valid CT driver's license, clean MVR (no violations since 2016)"),
    ("h", "Skills"),
    (
        "table",
        [
            (
                "Oxygen",
                "5 LPM units (Philips EverFlo, Invacare Perfecto2); portable concentrators (Inogen One G5, Philips "
                "SimplyGo); compressed O2 cylinders (M6, D, E); LOX reservoirs and portables; conserving devices; "
                "cylinder transfill under FDA 21 CFR 210/211",
            ),
            (
                "PAP and ventilation",
                "CPAP and APAP (ResMed AirSense 10/11, DreamStation), bi-level PAP (ResMed AirCurve 10 VAuto), mask "
                "fitting and resupply; Respironics Trilogy 100/200 life-support vents, circuits, humidification, "
                "trach supplies",
            ),
            (
                "Other home equipment",
                "Portable aspirators (DeVilbiss Vacu-Aide), nebulizer compressors, Kangaroo Joey and Moog EnteraLite "
                "Infinity pumps, CoughAssist E70, pulse oximeters (Nonin, Masimo Rad-5), hospital beds, patient lifts",
            ),
            (
                "Testing and repair",
                "PMs to OEM specs; O2 concentration checks with a MaxO2+ analyzer; flow and pressure checks (calibrated "
                "flowmeter, digital manometer); alarm testing; electrical safety tests (leakage current); "
                "electromechanical troubleshooting with a Fluke 117",
            ),
            (
                "Infection prevention",
                "Soiled-to-clean flow, EPA-registered disinfectants, PPE, bag-and-tag of processed equipment",
            ),
            (
                "Systems and compliance",
                "HDMS, delivery tickets and signed PODs on iPad, lot and serial number tracking, HIPAA, CHAP "
                "accreditation surveys, Microsoft Office",
            ),
        ],
    ),
    ("h", "Experience"),
    ("job", "Respiratory Service Technician - Nutmeg Home Medical, Newington, CT - Mar 2021 to Present"),
    (
        "b",
        "Run 8-10 deliveries and service calls a day across Hartford and Tolland counties; set up respiratory "
        "equipment and teach patients and caregivers to use it (2% repeat-visit rate in 2025).",
    ),
    (
        "b",
        "Set up and maintain Trilogy 100/200 vents for 40+ home vent patients, including pediatric "
        "patients with trachs; check circuits, humidification and alarm settings against the prescription and report problems "
        "to the on-call RT.",
    ),
    (
        "b",
        "Transfill M6 and E cylinders at our fill plant; keep fill logs, lot records and pre-fill and post-fill "
        "checks under 21 CFR 210/211; passed an FDA inspection in 2023 with no 483.",
    ),
    ("b", "Drive a company van with cylinders and LOX; secure and placard loads per 49 CFR hazmat rules."),
    (
        "b",
        "Complete PMs and repair on 600+ rental concentrators, PAP units and aspirators; replace sieve beds, "
        "compressors, blowers and boards.",
    ),
    ("b", "Process returned equipment through the soiled-to-clean flow: clean, disinfect, test, tag and bag."),
    (
        "b",
        "Complete delivery tickets, signed PODs and work orders in HDMS; scan serial numbers for recall tracking "
        "and swapped 300+ DreamStation units during the Philips Respironics recall.",
    ),
    ("b", "Perform home safety evaluations for oxygen patients (smoking, candles, cords) at every setup."),
    ("b", "Prepared the service department for two CHAP accreditation surveys with no equipment findings."),
    ("b", "Schedule: 7 AM - 3 PM, plus one on-call week in six."),
    ("job", "Warehouse and Delivery Associate - Charter Oak Medical Supply, Berlin, CT - Jun 2019 to Feb 2021"),
    ("b", "Delivered and assembled hospital beds, wheelchairs, patient lifts and nebulizers."),
    ("b", "Cleaned and disinfected returns and kept the infection prevention log."),
    ("b", "Served as POC for two hospice accounts."),
    ("h", "Education"),
    (
        "p",
        "A.A.S., Electronics Engineering Technology (in progress, expected May 2027) - Capital Community College, "
        "Hartford, CT (online evening program; 34 of 62 credits)",
    ),
    ("p", "High School Diploma - Newington High School, Newington, CT, 2016"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
