#!/usr/bin/env python3
"""Build resume.docx of the heldout8-mammo-xray-fse pair with the DOCX writer of build_examples.py.

The contact line goes into the page header and the skills sit in a two-column table.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Renata J. Halvorsen, CRES  |  48 Orchard Dr., Norwich, CT 06360  |  (860) 555-0123  |  renata.halvorsen@example.com"),
    ("name", "RENATA J. HALVORSEN"),
    ("h", "Professional Summary"),
    (
        "p",
        "Imaging field service engineer with 15 years on diagnostic imaging equipment: 6 years as a U.S. Air Force "
        "biomedical equipment technician, 4 years in-house at a regional hospital and 5 years in the field for a "
        "multi-vendor service company. Mammography and general radiography are my core: Hologic 2D and DBT systems, "
        "rad/fluoro rooms, flat-panel detectors and HV generators. Comfortable working side by side with the "
        "medical physicist and the breast center manager when a room has to be back up before the next patient.",
    ),
    ("h", "Certifications & Training"),
    ("b", "Certified Radiology Equipment Specialist - AAMI Credentials Institute, 2020"),
    ("b", "Hologic Selenia Dimensions / 3Dimensions factory service school, Newark, DE, 2021"),
    ("b", "Carestream DRX-Revolution and DRX-1 service training, 2019"),
    ("b", "CompTIA Network+, 2018"),
    ("b", "Registered X-ray service provider, CT DEEP Radiation Division (since 2019)"),
    ("b", "Valid Connecticut driver's license, clean record; about 32,000 territory miles a year"),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Mammography",
                "Hologic Selenia Dimensions (2D and DBT), Hologic AWS and SecurView workstations, Hologic Affirm "
                "Prone Biopsy System; GE Senographe Essential; mobile mammo coach support",
            ),
            (
                "General radiography",
                "Rad/fluoro rooms (Siemens Ysio Max, Philips DigitalDiagnost, Shimadzu RADspeed Pro); Carestream "
                "DRX-Revolution portables; Carestream DirectView CR 975",
            ),
            (
                "Generators & tubes",
                "CPI Indico 100 HV generators; X-ray tube replacement and seasoning; collimators; automatic "
                "exposure control setup",
            ),
            (
                "Detectors",
                "Flat-panel detectors (Carestream DRX-1, Canon CXDI-710C, Hologic); gain and defect-map "
                "calibrations",
            ),
            (
                "Test equipment",
                "RTI Black Piranha (kVp, dose, half-value layer), ACR DM phantom, Fluke 87V, Tektronix TBS2000 "
                "oscilloscope",
            ),
            ("Connectivity", "DICOM, PACS, MWL, TCP/IP, static IP and AE title setup, Windows 10"),
            (
                "Compliance",
                "MQSA, Form FDA 2579, CT DEEP Radiation Division registration, radiation protection, LOTO",
            ),
            ("Software", "Salesforce Field Service, Microsoft Excel"),
        ],
    ),
    ("h", "Professional Experience"),
    ("job", "Imaging Field Service Engineer II - Harborline Medical Imaging Service, Groton, CT - Apr 2020 to Present"),
    (
        "b",
        "Cover 52 systems at 31 sites across eastern Connecticut and Rhode Island: mammography, rad rooms, "
        "portables and one mobile mammo coach; 97% uptime on contract systems in 2024.",
    ),
    (
        "b",
        "Completed 14 installs of Hologic Selenia Dimensions and rad rooms, filing Form FDA 2579 "
        "for each assembly.",
    ),
    (
        "b",
        "Perform PMs and repair on HV generators, X-ray tube and collimator assemblies and flat-panel detectors; "
        "run gain and defect-map calibrations after every detector swap.",
    ),
    (
        "b",
        "Board-level troubleshooting from schematics with the Fluke 87V and oscilloscope; cut repeat calls on CPI "
        "generators by 40% after tracing a failing filament board.",
    ),
    (
        "b",
        "Measure kVp accuracy, timer, mA linearity, half-value layer and dose with the RTI Black Piranha and hand "
        "results to the medical physicist for MEEs and annual surveys.",
    ),
    ("b", "Score the ACR DM phantom after service and review technologist QC with breast center staff under MQSA."),
    ("b", "Set up DICOM send, MWL and PACS routing with hospital IT for 9 new rooms."),
    ("b", "Close every call in Salesforce Field Service the same day."),
    ("job", "Imaging Equipment Specialist - Thames River Regional Hospital, Norwich, CT - Jun 2016 to Mar 2020"),
    (
        "b",
        "In-house service for 3 mammography rooms, the Hologic Affirm Prone Biopsy System, 6 rad/fluoro rooms, "
        "portables and a Carestream DirectView CR 975.",
    ),
    ("b", "Followed radiation protection and LOTO rules on every rad call; trained two new biomeds on tube swaps."),
    ("b", "Covered the 3 PM to 11:30 PM imaging support shift for two years."),
    (
        "job",
        "Biomedical Equipment Technician (4A2X1), Staff Sergeant - U.S. Air Force, 88th Medical Group and Aviano AB, "
        "Italy - 2010 to 2016",
    ),
    ("b", "Repaired X-ray, fluoro C-arms, patient monitors and lab equipment for a 90-bed medical center."),
    ("b", "Led the shop's diagnostic imaging equipment section, 4 technicians."),
    ("h", "Education"),
    ("p", "A.S., Electronics Engineering Technology - Shetucket Technical Community College, Norwich, CT, 2018"),
    ("p", "Biomedical Equipment Technician Course - Medical Education and Training Campus (METC), Fort Sam Houston, TX, 2010"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
