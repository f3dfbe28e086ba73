#!/usr/bin/env python3
"""Build resume.docx of the heldout9-probe-repair pair with the DOCX writer of build_examples.py.

The contact line sits in the page header and the skills in a two-column table.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("name", "DANA K. WHITFIELD"),
    ("contact", "118 Orchard Hill Rd, Hartford, CT 06106  |  (860) 555-0173  |  dana.whitfield@example.com"),
    ("h", "Professional Summary"),
    (
        "p",
        "Ultrasound transducer repair technician with 4 years at an independent service organization (ISO) and "
        "6 years of component-level electronics repair before that, including Navy avionics. Evaluates, repairs "
        "and tests linear, curvilinear and phased array transducers from GE, Philips and Toshiba, and keeps the "
        "paperwork audit-ready under an ISO 13485:2016 QMS. Currently on 2nd shift (3 PM - 11:30 PM) and looking "
        "for a day-shift bench role.",
    ),
    ("h", "Certifications"),
    ("b", "IPC-J-STD-001 Certified IPC Specialist (CIS), Class 3, recertified 2025"),
    ("b", "CBET - AAMI exam scheduled for May 2026"),
    ("b", "OSHA bloodborne pathogens (BBP) training, annual"),
    ("b", "Nanosonics trophon2 operator training"),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Transducers",
                "Linear, curvilinear and phased array; transesophageal probes (Philips X7-2t, GE 6VT-D); "
                "endovaginal and endorectal transducers; GE Logiq, Philips EPIQ and Toshiba Aplio families",
            ),
            (
                "Repair",
                "Lens replacement, lens delamination, strain reliefs, recabling, pin straightening and replacement "
                "on system connectors, housing repair, articulation control rebuilds on transesophageal probes, "
                "fluid invasion clean-up, epoxy encapsulation",
            ),
            (
                "Soldering",
                "Micro-coax under a stereo zoom microscope (Leica S9i), fine-pitch SMT rework, hand soldering to "
                "J-STD-001 Class 3, ANSI/ESD S20.20 workstation practice",
            ),
            (
                "Test and measurement",
                "FirstCall aPerio element tester, CIRS 040GSE phantom, leakage current testing, dielectric "
                "withstand testing, immersion leak checks, Tektronix TBS2000 oscilloscope, Fluke 87V, "
                "time-domain reflectometry",
            ),
            (
                "Quality",
                "ISO 13485:2016, FDA QSR, DHRs, work instructions, receiving inspection, RCA, corrective and "
                "preventive actions, IEC 60601-1",
            ),
            (
                "Software",
                "Epicor ERP, Excel, Salesforce service cloud",
            ),
        ],
    ),
    ("h", "Experience"),
    ("job", "Probe Repair Technician - Nutmeg Transducer Labs, Hartford, CT - Mar 2022 to Present"),
    (
        "b",
        "Evaluate and repair about 45 ultrasound transducers a week: receiving inspection, failure analysis and "
        "a written repair estimate against each return material authorization.",
    ),
    (
        "b",
        "Run acoustic testing on a FirstCall aPerio to map dropped elements, then confirm image quality on a CIRS "
        "040GSE phantom with Logiq E9 and EPIQ 7 test scanners.",
    ),
    (
        "b",
        "Perform lens replacement, recabling and housing repair; rebuild articulation controls on transesophageal "
        "probes; reseal after lens delamination and fluid invasion.",
    ),
    (
        "b",
        "Release every probe after leakage current testing, dielectric withstand testing and immersion leak checks "
        "to IEC 60601-1 limits.",
    ),
    (
        "b",
        "Disinfect incoming endovaginal and endorectal transducers in a trophon2 before bench work; wear personal "
        "protective equipment throughout.",
    ),
    (
        "b",
        "Wrote six work instructions and keep DHRs complete; led the RCA on a connector-crack trend that closed "
        "with two corrective and preventive actions.",
    ),
    ("job", "Electronics Technician - Farmington Circuit Assembly, Farmington, CT - Jun 2018 to Feb 2022"),
    (
        "b",
        "Component-level electronics repair and rework on Class 3 medical and aerospace assemblies in an "
        "FDA-registered contract manufacturer.",
    ),
    (
        "b",
        "Traced cable faults with time-domain reflectometry and a Tektronix oscilloscope; logged work in Epicor ERP.",
    ),
    ("job", "Aviation Electronics Technician (AT2) - U.S. Navy, NAS Jacksonville, FL - Jan 2012 to Jan 2018"),
    (
        "b",
        "Troubleshot and repaired radar and communications LRUs at the intermediate level (2M micro-miniature repair).",
    ),
    ("h", "Education"),
    ("p", "A.S., Electronics Engineering Technology - Capital Community College, Hartford, CT, 2020"),
    ("p", 'Navy Aviation Electronics Technician "A" School, Pensacola, FL, 2012'),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
