#!/usr/bin/env python3
"""Build resume.docx for the heldout25-rpm-biomed-tech pair (posting.txt is written by hand).

Layout meant to trouble an ATS: contact details in the page header, letter-spaced section
headings (typed with spaces between the letters, as many Word templates do) and the skills
in a two-column table.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Holland, MI 49423  |  (616) 555-0158  |  deshawn.ortega@example.com"),
    ("name", "DESHAWN K. ORTEGA"),
    ("h", "S U M M A R Y"),
    ("p", "Biomedical equipment technician (BMET I) with three years on a hospital IT help desk before moving into "
          "clinical engineering. I set up and support the small equipment patients take home - tablets, cellular hubs, "
          "BP cuffs and weight scales - and I am used to walking a nervous patient through a fix over the phone. Strong "
          "on iOS, Android, Intune and ServiceNow, and learning the medical device side fast."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CompTIA A+ (2022)"),
    ("b", "ITIL Foundation (v4), 2023"),
    ("b", "CompTIA Network+ - in progress, exam scheduled November 2026"),
    ("b", "AAMI CABT (Certified Associate in Biomedical Technology) - eligible; sitting for the exam in spring 2027"),
    ("b", "HIPAA Privacy & Security training, completed annually (most recent 2026)"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("RPM / hospital-at-home", "RPM kits: cellular hubs, Bluetooth BP cuffs, weight scales, pulse ox; Bluetooth pairing; "
                                   "SIM cards and LTE activation; device inventory for the pilot"),
        ("Medical equipment", "BD Alaris infusion pumps, Welch Allyn Connex vital signs monitors and SureTemp Plus, "
                              "Masimo Rad-97, patient scales, telehealth carts, wall-mounted otoscopes/ophthalmoscopes"),
        ("Test equipment", "Fluke ESA615, Fluke ProSim 4, Fluke 87V multimeter"),
        ("Mobile & endpoints", "iPhones and iPads (iOS), Android tablets, Windows 10/11, macOS; Microsoft Intune enrollment, "
                               "app deployment, remote wipe; Wi-Fi (802.1X) and LTE troubleshooting"),
        ("Systems", "ServiceNow (incidents, requests, SLA tracking), Accruent TMS, Epic (Rover, Hyperspace access), "
                    "Active Directory, SCCM"),
        ("Compliance & cleaning", "HIPAA, ePHI handling, NIST 800-88 media sanitization, low-level disinfection with Super "
                                  "Sani-Cloth per the manufacturer's instructions for use"),
    ]),
    ("h", "P R O F E S S I O N A L   E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician I - Grand Lakes Regional Medical Center, Muskegon, MI - January 2026 to Present"),
    ("b", "Complete PM inspections and electrical safety tests on about 60 devices a week (infusion pumps, vital signs "
          "monitors, patient scales) with the ESA615 and ProSim 4; close work orders in Accruent TMS."),
    ("b", "Do incoming inspection and operational checks on new equipment and set up asset tracking records (serial "
          "number, and IMEI for cellular devices)."),
    ("b", "Load firmware updates on Alaris pumps; replace batteries, NIBP hoses and SpO2 cables."),
    ("b", "Pull and quarantine devices under manufacturer recalls and track each one to closure."),
    ("b", "Helped Virtual Care build 40 RPM kits for the hospital-at-home pilot: paired cellular hubs with BP cuffs, "
          "weight scales and pulse ox, swapped SIM cards, and checked that test readings landed in Epic flowsheets."),
    ("b", "Keep the loaner device inventory for the pilot (tablets and hubs) and chase down unreturned units."),
    ("job", "IT Help Desk Technician (Tier 1/Tier 2) - Meridian Shore Health System, IT Service Desk, Holland, MI - "
            "June 2022 to December 2025"),
    ("b", "Closed 45-60 ServiceNow tickets a shift on second shift (2 PM - 10:30 PM), with 96% resolved within SLA."),
    ("b", "Enrolled and supported 350+ nurse iPhones and iPads in Microsoft Intune; ran remote wipe on lost devices "
          "and reissued replacements the same day."),
    ("b", "Deployed Windows security patches with SCCM and imaged laptops for 30 clinics."),
    ("b", "Set up Pulse Secure VPN for remote coding and billing staff."),
    ("b", "Walked clinic staff through Epic login, Rover scanning and badge-tap problems; rounded weekly on the 4 North "
          "telemetry unit to fix workstations on wheels and label printers."),
    ("b", "Troubleshot telehealth carts and video visit connectivity for the outpatient clinics."),
    ("b", "Shipped loaner laptops to remote staff by FedEx and tracked them back."),
    ("h", "E D U C A T I O N"),
    ("p", "Biomedical Equipment Technology Certificate (24 credits, with clinical practicum) - Lakeshore Technical "
          "Institute, 2025"),
    ("p", "A.A.S., Information Technology - Gateway Technical & Community College, Muskegon, MI, 2022"),
    ("h", "T R A I N I N G"),
    ("b", "Medical Terminology (HIT 110), 2024"),
    ("b", "BD Alaris System maintenance, online course, 2026"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
