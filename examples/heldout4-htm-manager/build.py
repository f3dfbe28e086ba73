#!/usr/bin/env python3
"""Build resume.docx and posting.pdf of the heldout4-htm-manager pair (build_examples.py writers)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx, write_pdf  # noqa: E402

POSTING = [
    ("name", "Manager, Healthcare Technology Management"),
    (
        "contact",
        "Prairie Ridge Health  |  Bismarck, ND  |  Full-time, exempt  |  Position # CE-30662  |  Grade M4",
    ),
    ("h", "About the role"),
    (
        "p",
        "Prairie Ridge Health runs two hospitals and 30 clinics across western "
        "North Dakota. The manager leads a "
        "22-person in-house team that supports about 14,000 medical devices and reports to the Director of "
        "Facilities and Support Services.",
    ),
    ("h", "Responsibilities"),
    (
        "b",
        "Lead the medical equipment program, including the medical equipment management plan and the AEM "
        "program, in line with ANSI/AAMI EQ89 and the CMS Conditions of Participation.",
    ),
    (
        "b",
        "Keep the department survey-ready for The Joint Commission or DNV, including the Environment of Care "
        "standards.",
    ),
    (
        "b",
        "Manage OEM and independent service organization (ISO) service contracts; own vendor management and "
        "evaluate total cost of ownership before renewals.",
    ),
    ("b", "Lead capital planning with Finance and manage a $5.8M operating budget."),
    (
        "b",
        "Build the medical device cybersecurity program with IT Security: MDS2 review, network segmentation, "
        "patch management and IEC 80001-1 risk management.",
    ),
    ("b", "Oversee recall management, ECRI hazard alerts and SMDA reporting."),
    ("b", "Report KPIs to senior leadership: PM completion, uptime and cost of service ratio."),
    ("b", "Administer the CMMS (Nuvolo, TMS or AIMS) and its data quality."),
    ("b", "Coordinate in-house support of imaging equipment with the OEMs."),
    ("b", "Ensure electrical safety and equipment practices meet NFPA 99."),
    ("h", "Required qualifications"),
    (
        "b",
        "Bachelor's degree in biomedical engineering technology, electrical engineering or business "
        "administration",
    ),
    ("b", "Seven years in clinical engineering, three of them supervising technicians"),
    ("b", "AAMI certification: CBET or CRES"),
    ("b", "Valid driver's license and ability to travel to regional clinics about 25% of the time"),
    ("h", "Nice to have"),
    ("b", "CHTM or CCE"),
    ("b", "MBA or other master's degree"),
    ("b", "Lean Six Sigma Green Belt"),
    ("b", "Experience with RTLS asset tracking"),
    ("h", "Benefits"),
    (
        "p",
        "Salary range $98,000 - $126,000. Medical, dental and vision, 401(k) "
        "with 6% match, $1,500 CE allowance "
        "a year, relocation assistance.",
    ),
    (
        "p",
        "Prairie Ridge Health is an Equal Opportunity/Affirmative Action employer. All qualified applicants "
        "will receive consideration without regard to race, color, religion, sex, national origin, "
        "disability or protected veteran status.",
    ),
]

RESUME = [
    ("name", "Terrence J. Bouchard-Nakamura, CBET"),
    ("contact", "Sioux Falls, SD 57105  |  (605) 555-0163  |  t.bouchardnakamura@example.com"),
    ("h", "Summary"),
    (
        "p",
        "HTM leader with 19 years in medical equipment support: 8 in the U.S. "
        "Air Force, 6 as a senior BMET and "
        "6 supervising an in-house clinical engineering team. I run a department on numbers (PM completion "
        "rate, uptime, COSR) and keep it ready for unannounced surveys.",
    ),
    ("h", "Certifications"),
    ("b", "CBET - AAMI Certified Biomedical Equipment Technician, 2011 (current)"),
    ("b", "Approved to sit for the AAMI Certified Healthcare Technology Manager exam, spring 2027"),
    ("b", "CompTIA Network+, 2020"),
    ("h", "Areas of expertise"),
    (
        "table",
        [
            (
                "Program",
                "MEMP authoring, alternate equipment management strategy, AAMI EQ89 risk-based maintenance, "
                "TJC EC.02.04.01 and EC.02.04.03 survey readiness, CMS CoPs, NFPA 99",
            ),
            (
                "Business",
                "$4.1M operating budget, capital equipment planning, service agreements with OEMs and "
                "third-party service vendors, vendor management",
            ),
            (
                "Safety and security",
                "recall and hazard alert tracking (ECRI alerts), Safe Medical Devices Act "
                "reporting, medical device security program, VLAN requests and patch "
                "management with IT",
            ),
            ("Systems", "CMMS: AIMS (Phoenix Data Systems); Epic; Microsoft Power BI dashboards"),
        ],
    ),
    ("h", "Experience"),
    ("job", "Clinical Engineering Supervisor - Big Sioux Health System, Sioux Falls, SD  |  2020 - present"),
    (
        "b",
        "Lead 14 technicians (BMET I-III and two imaging specialists) supporting 9,200 devices in a 310-bed "
        "hospital and 12 clinics; HTM department reports to the VP of Support Services.",
    ),
    (
        "b",
        "Wrote the MEMP and moved 38% of eligible inventory to an alternate equipment management strategy "
        "under AAMI EQ89 with no adverse events; PM completion rate held above 98%.",
    ),
    (
        "b",
        "Own a $4.1M operating budget; built the 5-year capital equipment planning model adopted by Finance.",
    ),
    (
        "b",
        "Renegotiated 11 service agreements, saving $640K over three years; vendor management scorecards for "
        "OEMs and third-party service vendors.",
    ),
    ("b", "Publish monthly key performance indicators: uptime by modality, PM completion rate and COSR."),
    (
        "b",
        "Started the medical device security program with IT: device inventory, VLAN requests, patch "
        "management windows.",
    ),
    ("b", "Coordinate first-call support for CT and MRI with the OEM engineers."),
    ("b", "Three TJC triennial surveys with no EC.02.04.01 findings."),
    ("job", "Senior BMET (BMET III) - Big Sioux Health System, Sioux Falls, SD  |  2014 - 2020"),
    (
        "b",
        "Lead technician for critical care and surgical equipment; recall and hazard alert tracking; Safe "
        "Medical Devices Act reporting with Risk Management.",
    ),
    ("job", "Biomedical Equipment Technician (4A2X1), Staff Sergeant - U.S. Air Force  |  2006 - 2014"),
    ("b", "Maintained deployable and fixed-facility medical equipment; NCOIC of a 6-person biomedical shop."),
    ("h", "Education"),
    ("p", "B.S., Biomedical Engineering Technology - Dakota Plains Polytechnic, Mitchell, SD, 2016"),
    ("p", "Community College of the Air Force - A.A.S., Biomedical Equipment Technology, 2009"),
    ("h", "Professional affiliations"),
    ("p", "AAMI member; Upper Midwest Biomedical Association, past treasurer"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote resume.docx and posting.pdf in", HERE.name)
