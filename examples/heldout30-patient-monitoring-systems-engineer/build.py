#!/usr/bin/env python3
"""Build resume.docx for heldout30-patient-monitoring-systems-engineer.

Layout that troubles an ATS: contact line in the DOCX page header, technical skills in a two-column table.
Run with /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Priya N. Halvorsen, CBET  |  77 Linden Court, Mechanicsburg, PA 17055  |  (717) 555-0163  |  priya.halvorsen@example.com"),
    ("name", "PRIYA N. HALVORSEN, CBET"),
    ("h", "Summary"),
    ("p", "BMET III and patient monitoring lead with 10 years of hospital HTM experience, the last five owning the "
          "Philips monitoring system for a 480-bed tertiary hospital: 16 PIIC iX central stations, 640 IntelliVue "
          "bedside monitors and 320 MX40 telemetry packs on the 1.4 GHz smart-hopping network. Comfortable in the "
          "server room, on the bridge call and at the bedside; ready to move from device-level support into "
          "clinical systems engineering."),
    ("h", "Certifications & Training"),
    ("b", "Certified Biomedical Equipment Technician (CBET) - AAMI Credentials Institute, 2018"),
    ("b", "CompTIA Network+ - 2021"),
    ("b", "CompTIA Security+ - exam scheduled January 2027"),
    ("b", "Philips PIIC iX System Administration (factory school), 2022; IntelliVue MX-series and MX40 service training, 2019"),
    ("b", "HL7 Version 2 Fundamentals - HL7 International online course, 2023"),
    ("h", "Technical Skills"),
    ("table", [
        ("Monitoring", "Philips IntelliVue MX450 / MX550 / MX800, MX40 wearable telemetry, PIIC iX central and "
                       "surveillance stations, smart-hopping access points; GE Dash 4000, CARESCAPE B650 and "
                       "ApexPro telemetry (previous employer)"),
        ("Device Networking", "VLANs, DHCP scopes and reservations, static IP addressing plans, DNS records, Cisco "
                              "Catalyst switch port configs, Wi-Fi (Cisco WLC), Wireshark captures"),
        ("Interfaces", "HL7 v2 (ADT, ORU vitals) into Epic flowsheets, Cloverleaf message queues, GE MUSE ECG management"),
        ("Alarms", "Unit alarm profiles and default limits, alarm data reporting, secondary alarm notification via "
                   "Vocera Engage, TJC NPSG.06.01.01"),
        ("Servers & Security", "Windows Server 2016 / 2019, Windows 10/11, Active Directory service accounts, "
                               "Trellix antivirus, Tenable Nessus findings, MDS2 review"),
        ("Test & Tools", "Fluke ESA612, ProSim 8, Fluke 87V; Nuvolo work orders; ServiceNow"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Biomedical Equipment Technician III - Patient Monitoring Lead  |  Susquehanna Valley Medical Center, Harrisburg, PA  |  Apr 2021 - Present"),
    ("b", "Technical owner of the Philips monitoring system across 41 nursing units: 16 PIIC iX central stations, "
          "primary and database servers, 640 bedside monitors and 320 MX40 telemetry packs."),
    ("b", "Led the 2024 PIIC iX software upgrade with Philips and IT: wrote the test plan and downtime procedures, took "
          "it through IT change control, staged the servers and supported go-live on nights with no lost patient data."),
    ("b", "Partnered with the Epic interface analyst to bring up HL7 ADT and ORU vitals feeds from PIIC iX into Epic "
          "flowsheets; triage stuck messages in the Cloverleaf queue and missed-validation tickets."),
    ("b", "Walked RF surveys with the Philips field engineer for a 90-antenna expansion of the 1.4 GHz telemetry "
          "antenna system into two new step-down units."),
    ("b", "Technical member of the nursing alarm management committee; built monthly alarm data reports and changed "
          "SpO2 and arrhythmia default limits and delays, cutting nuisance alarms 31% on three pilot units."),
    ("b", "Configured secondary alarm notification from PIIC iX to Vocera Engage and tested end-to-end delivery times "
          "to nurses' smartphones."),
    ("b", "With network engineering, segmented the monitoring network onto dedicated VLANs behind firewall ACLs and "
          "documented the IP and DHCP plan."),
    ("b", "Apply Philips-validated Windows patches and antivirus updates to servers and central stations each quarter; "
          "remediated 140 Nessus scan findings with Information Security; review MDS2 forms for every monitoring purchase."),
    ("b", "Tier 2 support for the HTM shop on monitors and telemetry; 99% PM completion on the monitoring fleet, "
          "documented in Nuvolo."),
    ("b", "Taught 60+ in-services to nursing on central station use, tele pack troubleshooting and alarm settings."),
    ("job", "Biomedical Equipment Technician II  |  Cumberland Community Hospital, Carlisle, PA  |  Jun 2016 - Mar 2021"),
    ("b", "Generalist BMET for a 190-bed hospital: infusion pumps, defibrillators, ESUs, ventilators and physiologic monitors."),
    ("b", "Supported the GE monitoring system: Dash 4000 and CARESCAPE B650 bedside monitors, ApexPro telemetry and the "
          "GE central station; added monitors to the network and assigned IP addresses."),
    ("b", "Troubleshot MAC 5500 12-lead EKG carts and their transmissions to MUSE."),
    ("b", "Performed electrical safety testing per NFPA 99 with a Fluke ESA612; ran Cat6 patch cables and labeled "
          "switch ports for the new ED central station."),
    ("b", "Maintained capsule endoscopy recorders and review workstations for the GI lab."),
    ("h", "Education"),
    ("p", "B.S., Information Technology - Network Operations and Security, Western Governors University - in progress, expected June 2027"),
    ("p", "A.A.S., Biomedical Equipment Technology - Keystone Valley Community College, 2016"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")
