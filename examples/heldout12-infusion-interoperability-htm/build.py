#!/usr/bin/env python3
"""Build posting.docx of the heldout12-infusion-interoperability-htm pair with the DOCX writer of build_examples.py.

The posting is the employer's own Word file, as HR sends it to applicants.
Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

POSTING = [
    ("name", "Clinical Engineering Specialist - Infusion Systems & Interoperability"),
    ("contact", "Lakeview Health System  |  Clinical Engineering  |  Lakeview Medical Center, Green Bay, WI"),
    (
        "p",
        "Requisition: 2026-CE-0419   |   Full-time, 1.0 FTE   |   Schedule: Monday-Friday, 7:00 AM - 3:30 PM, with "
        "a 1-in-5 weekend on-call rotation   |   Reports to: Manager, Clinical Engineering",
    ),
    ("h", "About the Role"),
    (
        "p",
        "Lakeview Health runs about 3,400 smart infusion pump channels across four hospitals and a home infusion "
        "pharmacy. Our pumps talk to Epic, and when they don't, medications get programmed by hand. The Clinical "
        "Engineering Specialist for infusion systems is the technical owner of that fleet and the clinical "
        "engineering lead for pump-EMR interoperability, working every day with pharmacy informatics, nursing "
        "informatics, the Epic Willow and ClinDoc teams, and IT networking.",
    ),
    ("h", "Responsibilities"),
    (
        "b",
        "Serve as technical lead for the BD Alaris and ICU Medical Plum 360 smart infusion pump fleets, including "
        "large-volume pumps, syringe pumps and PCA pumps.",
    ),
    (
        "b",
        "Partner with pharmacy informatics on drug library management: stage, test and deploy drug library updates "
        "through Alaris Systems Manager and ICU Medical MedNet, and monitor download compliance across the fleet.",
    ),
    (
        "b",
        "Support pump-EMR interoperability with Epic, including auto-programming and auto-documentation; work with "
        "the interface team on HL7 messaging between the pump servers and Epic.",
    ),
    (
        "b",
        "Troubleshoot interoperability failures at the bedside with nursing, including bar-code medication "
        "administration scanning, pump-to-patient association and network connectivity.",
    ),
    (
        "b",
        "Plan and run firmware upgrades and hardware refreshes for the pump fleet with minimal impact on patient care.",
    ),
    (
        "b",
        "Coordinate the 802.11 wireless configuration of infusion devices with IT networking, including "
        "WPA2-Enterprise authentication and certificate renewals.",
    ),
    (
        "b",
        "Perform and schedule preventive maintenance, performance verification with infusion device analyzers and "
        "electrical safety testing; document all work in the CMMS.",
    ),
    (
        "b",
        "Manage FDA recalls and manufacturer safety notices for infusion devices and track remediation to completion.",
    ),
    (
        "b",
        "Apply cybersecurity patches to pump servers and devices in line with manufacturer guidance; review MDS2 "
        "forms with Information Security.",
    ),
    (
        "b",
        "Support the alarm management program: pull pump alarm data and help the committee meet Joint Commission "
        "alarm safety requirements.",
    ),
    (
        "b",
        "Lead root cause analysis for infusion-related events and complete MedWatch reports when needed.",
    ),
    ("b", "Train biomedical technicians and nurse super-users on the pump systems and interoperability workflows."),
    ("h", "Required Qualifications"),
    (
        "b",
        "Associate degree in biomedical equipment technology, electronics or a related field, or equivalent "
        "military training.",
    ),
    (
        "b",
        "Four years of HTM experience, including at least two years supporting infusion pumps in a hospital.",
    ),
    ("b", "CBET certification, or the ability to obtain it within 18 months of hire."),
    ("b", "Experience documenting work in a CMMS."),
    ("b", "Working knowledge of TCP/IP networking and 802.11 wireless."),
    ("h", "Preferred Qualifications"),
    ("b", "Bachelor's degree in biomedical engineering or clinical engineering."),
    ("b", "CompTIA Network+ or Security+."),
    ("b", "CHTM certification."),
    ("b", "Experience with an IV interoperability implementation with Epic."),
    ("b", "Familiarity with IHE PCD profiles."),
    ("b", "Experience facilitating FMEA."),
    ("b", "Experience with ServiceNow."),
    ("h", "Pay and Benefits"),
    (
        "p",
        "Pay range $31.40 - $45.90 per hour based on experience and certification. Lakeview Health offers medical, "
        "dental and vision plans, a 403(b) with employer match, paid time off, tuition reimbursement and paid "
        "certification exam fees.",
    ),
    (
        "p",
        "Lakeview Health System is an equal opportunity employer. We consider all qualified applicants without regard "
        "to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, "
        "veteran status or any other protected characteristic.",
    ),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote posting.docx in", HERE.name)
