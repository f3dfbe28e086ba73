#!/usr/bin/env python3
"""Build resume.docx of the heldout7-robotics-fse pair with the DOCX writer of build_examples.py.

The contact line goes into the page header and the skills sit in a two-column table.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Darnell K. Whitcomb  |  Colorado Springs, CO 80916  |  (719) 555-0137  |  darnell.whitcomb@example.com"),
    ("name", "DARNELL K. WHITCOMB"),
    ("h", "Summary"),
    (
        "p",
        "Biomedical equipment technician (BMET II) with 11 years of medical device repair: 6 years as a U.S. Army 68A "
        "biomedical equipment specialist and 5 years in hospital Healthcare Technology Management (HTM). Biomed lead "
        "for a 14-suite surgical services department and first-line technical contact for its da Vinci Si robotic "
        "surgery program. Ready to move to the manufacturer side and keep surgical robots running for many hospitals "
        "instead of one.",
    ),
    ("h", "Certifications"),
    ("b", "Certified Biomedical Equipment Technician - AAMI Credentials Institute, 2019 (renewed 2025)"),
    ("b", "CompTIA A+ ce, 2018"),
    ("b", "Intuitive da Vinci Si biomed first-line support course, 2021"),
    ("b", "Stryker 1688 AIM 4K platform technical training, 2022"),
    ("b", "OSHA 10-Hour General Industry, 2020"),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Surgical & OR equipment",
                "da Vinci Si first-line support (surgeon console, patient cart, vision cart); Stryker 1688 AIM 4K "
                "camera systems and L11 light sources; Stryker PneumoSure insufflators; ESUs (Valleylab FT10, "
                "ERBE VIO 300 D); Stryker SwitchPoint Infinity 3 routers; Steris and Skytron surgical tables",
            ),
            (
                "Electromechanical",
                "Linear actuators, position encoders, motor controllers, pneumatics; LRU swaps and board-level "
                "repair from schematics",
            ),
            (
                "Test equipment",
                "Fluke ESA612, Fluke 87V DMM, Tektronix TBS1052B oscilloscope, Fluke ProSim 8, ESD-safe bench",
            ),
            ("Power", "UPS units (Eaton 9PX): battery replacement and runtime testing"),
            (
                "Networking & software",
                "TCP/IP, DHCP, VLANs; Windows 10; firmware updates on networked devices; Nuvolo",
            ),
            ("Safety & standards", "NFPA 99, IEC 62353, TJC EC standards, LOTO, BBP, ESD handling"),
        ],
    ),
    ("h", "Professional Experience"),
    ("job", "Biomedical Equipment Technician II - Pikes Crest Regional Hospital, Colorado Springs, CO - Jun 2020 to Present"),
    ("b", "Biomed lead for surgical services: 14 OR suites, 2 hybrid rooms and sterile processing, about 1,900 devices."),
    (
        "b",
        "First-line troubleshooting of the da Vinci Si surgeon console, patient cart and vision cart; escalate to "
        "the Intuitive field engineer with logs and photos in under 15 minutes.",
    ),
    ("b", "Provided in-room support during 120+ robotic surgery cases without breaking the sterile field."),
    (
        "b",
        "Complete 95-110 PMs a month at 98% on time; calibrated and repaired ESUs, insufflators, camera heads, light "
        "sources and UPS units.",
    ),
    (
        "b",
        "Replaced linear actuators and position encoders on Stryker and Hill-Rom beds and surgical tables, cutting "
        "bed downtime 30%.",
    ),
    ("b", "Installed and configured Stryker SwitchPoint Infinity 3 routers in 6 renovated ORs with the vendor."),
    ("b", "Performed electrical safety inspections to NFPA 99 and IEC 62353 on incoming and repaired equipment."),
    ("b", "Led 3 RCAs on repeat insufflator failures; the fix cut repeat calls 60%."),
    ("b", "Loaded firmware updates on 240 networked devices with IT and tracked versions in Nuvolo."),
    ("b", "Managed parts returns (RMAs) with 20+ vendors and recovered $38K in credits in 2024."),
    (
        "job",
        "Biomedical Equipment Specialist (68A), Sergeant - U.S. Army Medical Logistics Company, Fort Carson, CO and "
        "Camp Buehring, Kuwait - Jun 2013 to May 2019",
    ),
    (
        "b",
        "Performed field-level maintenance and PMCS on 1,100 medical devices for a deployable hospital, including "
        "anesthesia machines, ventilators, patient monitors and X-ray.",
    ),
    ("b", "Isolated faults to LRUs with a DMM and oscilloscope; 96% equipment readiness across two rotations."),
    ("b", "Kept the shop on LOTO and ESD procedures; trained 8 junior biomed soldiers as shift leads."),
    ("b", "Tracked work orders and repair parts in DMLSS."),
    ("h", "Education & Training"),
    ("p", "A.A.S., Electronics Technology - Ridgeline Community College, Colorado Springs, CO, 2021"),
    (
        "p",
        "Biomedical Equipment Specialist Course (68A) - Medical Education and Training Campus (METC), "
        "JBSA-Fort Sam Houston, TX, 2013",
    ),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
