#!/usr/bin/env python3
"""Build resume.pdf of the heldout6-htm-cybersecurity pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DESHAWN K. MORROW-ELLIS"),
    ("contact", "Louisville, KY 40205  |  (502) 555-0191  |  deshawn.morrow@example.com"),
    ("h", "Summary"),
    (
        "p",
        "Medical device cybersecurity specialist with four years on the security side of clinical engineering "
        "and six years before that as a BMET II. The translator between biomeds, IT security and the OEMs; took "
        "a connected-device program from a spreadsheet to 19,000 profiled assets.",
    ),
    ("h", "Certifications"),
    ("b", "CompTIA Security+ ce, 2021"),
    ("b", "Certified Biomedical Equipment Technician (CBET), AAMI Credentials Institute, 2017"),
    ("b", "Cisco CCNA, 2019 (lapsed)"),
    ("h", "Skills"),
    (
        "b",
        "Device security: Medigate passive asset discovery, Nessus credentialed scans, CVE and CVSS triage, "
        "MDS2 review, software bill of materials requests",
    ),
    ("b", "Network: Cisco ISE profiling, medical device VLANs, Palo Alto firewall rules, TCP/IP, 802.1X Wi-Fi"),
    ("b", "Tools: Splunk, BeyondTrust, EQ2 HEMS, Microsoft Excel and Power BI"),
    ("b", "Frameworks: NIST CSF, HIPAA Security Rule, TJC Environment of Care standards"),
    ("h", "Experience"),
    (
        "job",
        "Medical Device Security Engineer - Ohio Valley Health Partners, Clinical Engineering, Louisville, KY  |  "
        "2021 - present",
    ),
    (
        "b",
        "Built the device inventory of 19,000 networked assets, reconciled monthly between Medigate and EQ2 HEMS; "
        "matching rate went from 61% to 97%.",
    ),
    (
        "b",
        "Vulnerability management for medical devices: weekly CVE triage weighted by CVSS and clinical impact, "
        "remediation tracking and exception approvals.",
    ),
    ("b", "Read ICS-CERT advisories within 48 hours of release and opened device-level tasks for the biomed shops."),
    (
        "b",
        "Risk assessments for about 120 new purchases a year: MDS2 review, software bill of materials requests and "
        "a pre-procurement security review before contract signature.",
    ),
    (
        "b",
        "OEM-validated patching for 2,300 devices; compensating controls for Windows XP Embedded and Windows 7 "
        "systems that cannot be patched.",
    ),
    (
        "b",
        "Moved 2,300 devices to dedicated medical device VLANs and wrote Cisco ISE profiling policies with network "
        "engineering.",
    ),
    ("b", "Replaced shared vendor VPN accounts with BeyondTrust sessions; reviewed Palo Alto firewall rules each quarter."),
    (
        "b",
        "Forwarded Medigate alerts into Splunk and escalated them to the SOC; took part in incident response during a "
        "2023 ransomware event at a partner hospital.",
    ),
    (
        "b",
        "Fixed network faults on BD Alaris infusion pumps, Philips IntelliVue bedside monitors and CT and MRI scanners.",
    ),
    ("b", "Prepared device security evidence for two TJC surveys."),
    ("job", "Biomedical Equipment Technician II - Derby City Medical Center, Louisville, KY  |  2015 - 2021"),
    ("b", "PMs and repairs on infusion pumps, monitors, defibrillators and ventilators for a 380-bed hospital."),
    ("b", "Biomed lead for the 2019 wireless network upgrade; re-certified 900 infusion pumps on the new SSID."),
    ("h", "Education"),
    ("p", "B.S., Information Technology (Cybersecurity concentration) - Falls City University, 2019"),
    ("p", "A.A.S., Biomedical Electronics Technology - Kentuckiana Technical College, 2015"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
