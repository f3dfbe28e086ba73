#!/usr/bin/env python3
"""Build posting.pdf of the heldout8-alarm-nurse-call pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Clinical Systems Integration Specialist - Alarm Management and Nurse Call"),
    ("contact", "Cedar Hollow Health  |  Healthcare Technology Management  |  Salem, OR  |  Full time  |  Req. 26-04418"),
    ("h", "About Cedar Hollow Health"),
    (
        "p",
        "Cedar Hollow Health is a four-hospital, not-for-profit system serving the mid-Willamette Valley with 780 "
        "licensed beds, a Level II trauma center and a regional heart institute. Our Healthcare Technology Management "
        "department of 46 engineers, technicians and analysts supports more than 31,000 medical devices and was "
        "named a top workplace by our regional business journal three years running.",
    ),
    ("h", "The Role"),
    (
        "p",
        "The Clinical Systems Integration Specialist owns the systems that carry an alarm from the bedside to a "
        "caregiver's hand: patient monitoring networks, wireless telemetry, nurse call and the alarm notification "
        "middleware in between. You will work every day with clinical engineering, IS networking, nursing "
        "informatics and our Alarm Management Committee.",
    ),
    ("h", "What You Will Do"),
    (
        "b",
        "Install, configure, maintain and troubleshoot patient monitoring systems, including Philips IntelliVue "
        "bedside monitors, IntelliVue MX40 wearable telemetry transceivers and PIC iX central stations.",
    ),
    (
        "b",
        "Administer the Rauland Responder 5 nurse call system: bed and room configuration, pillow speakers, dome "
        "lights, staff terminals, code blue stations and bed exit inputs.",
    ),
    (
        "b",
        "Configure and support alarm notification middleware (Ascom Unite or Vocera Engage) that routes physiologic "
        "and technical alarms, nurse call events and bed exit alerts to caregiver smartphones.",
    ),
    (
        "b",
        "Build and test escalation rules and alarm delays with the Alarm Management Committee; pull alarm reports to "
        "reduce nuisance alarms and alarm fatigue.",
    ),
    (
        "b",
        "Support HL7 interfaces between monitoring, middleware and Epic, including ADT feeds and device integration "
        "of vital signs through Capsule.",
    ),
    (
        "b",
        "Perform Wi-Fi and WMTS site surveys with a spectrum analyzer and keep our WMTS registrations current with "
        "ASHE as frequency coordinator.",
    ),
    (
        "b",
        "Maintain the telemetry distributed antenna system and access points with IS networking; manage VLANs, "
        "DHCP reservations and firewall rules for medical device networks.",
    ),
    (
        "b",
        "Complete preventive maintenance, electrical safety testing and performance verification with patient "
        "simulators and electrical safety analyzers; document all work in the CMMS (Nuvolo).",
    ),
    (
        "b",
        "Apply manufacturer-approved security patches and anti-malware updates, keep MDS2 forms on file and take "
        "part in IEC 80001-1 risk assessments for networked medical devices.",
    ),
    (
        "b",
        "Validate every change through ServiceNow change management and end-to-end alarm testing; lead downtime "
        "procedures and failover testing.",
    ),
    (
        "b",
        "Support compliance with The Joint Commission National Patient Safety Goal NPSG.06.01.01, CMS Conditions of "
        "Participation and NFPA 99.",
    ),
    ("b", "Train nurses, monitor technicians and unit educators on new alarm configurations."),
    ("h", "Required Qualifications"),
    (
        "b",
        "Associate degree in biomedical engineering technology, electronics or network engineering, or equivalent "
        "military training.",
    ),
    ("b", "Three years supporting patient monitoring, telemetry or nurse call systems in an acute-care hospital."),
    ("b", "Working knowledge of TCP/IP, VLANs, DHCP and wireless (802.11) networks."),
    ("b", "Experience with HL7 messaging and reading interface logs."),
    ("b", "Valid driver's license; travel between our four campuses."),
    ("h", "Preferred Qualifications"),
    ("b", "CBET or CHTM from the AAMI Credentials Institute."),
    ("b", "CompTIA Network+ or CCNA."),
    ("b", "Factory service training on Philips or GE monitoring platforms."),
    ("b", "Nurse call certification (Rauland Certified Technician or Hillrom NaviCare certification)."),
    ("b", "Windows Server, VMware virtual machines and SQL queries."),
    ("b", "Knowledge of UL 1069 and IEC 60601-1-8."),
    ("b", "Experience with RTLS or infant protection systems."),
    ("h", "Schedule and Pay"),
    (
        "p",
        "Monday through Friday, 7:00 AM to 3:30 PM, with a one-week-in-five on-call rotation. Pay range $34.80 - "
        "$52.10 per hour depending on experience and certification, plus on-call pay and a $2,500 sign-on bonus.",
    ),
    ("h", "Benefits"),
    (
        "p",
        "Medical, dental and vision from day one; 403(b) with 6% match; paid time off; tuition assistance and paid "
        "certification exam fees; employee assistance program.",
    ),
    ("h", "Equal Opportunity Employer"),
    (
        "p",
        "Cedar Hollow Health is an equal opportunity employer. All qualified applicants will receive consideration "
        "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
        "origin, disability or protected veteran status.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf in", HERE.name)
