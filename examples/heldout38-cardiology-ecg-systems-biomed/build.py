"""Build resume.pdf for heldout38-cardiology-ecg-systems-biomed.

Layout quirks: two-page PDF, skills as a two-column block, certifications after experience.
Applicant is a hospital BMET II moving toward clinical systems, with IT certifications in progress.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Kendra L. Oyelaran, BMET II"),
    ("contact", "118 Cloverleaf Dr, Enfield, CT 06082  |  (860) 555-0158  |  kendra.oyelaran@example.com  |  "
                "linkedin.com/in/kendra-oyelaran-example"),
    ("h", "Profile"),
    ("p", "BMET II with 6 years in hospital clinical engineering, the last 4 as the cardiology lead for a 480-bed "
          "teaching hospital: 74 resting EKG carts, 110 Holter monitors and 9 exercise stress systems, plus the MUSE "
          "EKG management system and its HL7 and DICOM connections to Epic. Strong on device integration and "
          "Wi-Fi onboarding; now adding formal networking and IT service management credentials."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Cardiology devices:", "Interfaces and data:"),
        ("GE MAC 5500 HD, MAC 2000", "HL7 v2.3 / v2.5.1: ADT, ORM^O01, ORU^R01"),
        ("Philips PageWriter TC50", "Rhapsody integration engine (routes, filters)"),
        ("SEER 1000, Hillrom H3+ Holter monitors", "DICOM: DMWL, DICOM 12-lead waveform, AE titles"),
        ("GE CASE with T2100 treadmill", "Philips IntelliSpace Cardiovascular, vendor neutral archive"),
        ("Hillrom H-Scribe Holter scanning software", "Epic order and results workflows"),
        ("Test equipment:", "Network and servers:"),
        ("Fluke ESA615 (NFPA 99 / UL 60601-1 limits)", "TCP/IP, VLAN tagging, DHCP, MAC address reservations"),
        ("Fluke ProSim 4 vital signs simulator", "Wi-Fi 5, WPA2-Enterprise, 802.1X with PEAP"),
        ("Oscilloscope, DMM, soldering (IPC J-STD-001)", "Windows Server 2019, MS SQL backups, vSphere 7"),
        ("Quality and systems:", "Security:"),
        ("AIMS work orders, ServiceNow incidents/changes", "device cybersecurity, AV exclusions, patch testing"),
        ("JCAHO / Environment of Care, CMS CoPs", "Manufacturer Disclosure Statement reviews"),
    ]),
    ("h", "Experience"),
    ("job", "BMET II, Cardiology Systems Lead - Saint Aldric Medical Center, Springfield, MA - Jan 2022 to Present"),
    ("b", "Own preventive maintenance, repair and electrical safety testing for 74 resting EKG carts (GE MAC 5500 HD, "
          "MAC 2000, Philips PageWriter TC50); 100% on-time completion for 16 straight quarters, first-time-fix rate "
          "92%."),
    ("b", "Service 110 Holter monitors (SEER 1000 and Hillrom H3+) and 9 exercise stress systems (GE CASE, T2100 "
          "treadmill); replaced 140 patient cables and 60 lead-wire sets a year and cut Holter rescans by half "
          " with a battery and cable swap program."),
    ("b", "Site administrator for MUSE v9 (about 800 EKGs a day): user and location set-up, cart configuration, "
          "nightly backup checks; led the MUSE v8 to v9 upgrade with the vendor and IT in 11 weeks, 4 hours of "
          "planned downtime."),
    ("b", "Support HL7 feeds between MUSE and Epic through the Rhapsody integration engine: ADT, ORM^O01 orders and "
          "ORU^R01 results; cleared a backlog of 2,300 orphan EKGs and cut the daily orphan queue from 60 to under 8."),
    ("b", "Set up DMWL on 74 carts so techs pick the order at the bedside; configured DICOM 12-lead waveform export "
          "to Philips IntelliSpace Cardiovascular and the vendor neutral archive (AE titles, ports, storage commit)."),
    ("b", "Moved every cart from a shared-key network to WPA2-Enterprise with 802.1X (PEAP) on a dedicated biomed "
          "VLAN; worked with Network Engineering on DHCP scopes and MAC address reservations."),
    ("b", "Keep the MUSE and Holter servers (Windows Server 2019, MS SQL) patched and backed up on vSphere 7 with "
          "the IT Infrastructure team."),
    ("b", "Device integration lead for the new electrophysiology lab: 2 recording systems, 6 EKG carts and "
          "Epic orders in 5 months."),
    ("b", "Review Manufacturer Disclosure Statement for Medical Device Security forms for every new cardiology "
          "device, request AV exclusions and test vendor patches before release; act on FDA recalls and ECRI "
          "alerts within 72 hours."),
    ("b", "Log all work in AIMS and every system change in ServiceNow; present cardiology changes at the weekly CAB."),
    ("b", "Trained 140 cardiology techs and nurses on cart use, order selection and lead placement checks."),
    ("job", "BMET I - Saint Aldric Medical Center, Springfield, MA - Jun 2020 to Dec 2021"),
    ("b", "General biomed coverage for med-surg, ED and ICU: infusion pumps, physiological monitors, defibrillators, "
          "SCDs and beds; about 70 work orders a month."),
    ("b", "Ran incoming inspections and electrical safety testing on 1,200 new devices for a tower opening."),
    ("b", "Supported JCAHO survey prep in 2021 with zero clinical engineering findings."),
    ("job", "Biomedical Technician Intern - Mill River Imaging Partners, Holyoke, MA - Jan 2020 to May 2020"),
    ("b", "Assisted with preventive maintenance on patient monitors and ultrasound units; kept AIMS records."),
    ("h", "Certifications"),
    ("b", "Certified Biomedical Equipment Technician, AAMI Credentials Institute, 2023"),
    ("b", "CompTIA A+, 2021"),
    ("b", "CompTIA Network+: in progress, exam scheduled December 2026"),
    ("b", "ITIL 4 Foundation: course complete, exam scheduled January 2027"),
    ("b", "GE MUSE v9 System Administration (factory course), 2023"),
    ("b", "Hillrom H-Scribe and Holter monitors service training, 2022"),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Electronics Technology - Nipmuck River Technical College, Willimantic, CT, 2020"),
    ("h", "Continuing Education"),
    ("b", "AAMI eXchange 2025: medical device cybersecurity and network segmentation sessions"),
    ("b", "HL7 v2 Fundamentals (online, 24 hours), 2024"),
    ("b", "DICOM for Biomeds webinar series, 2023"),
    ("h", "Affiliations"),
    ("b", "Northeast Healthcare Technology Society, member since 2020"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
