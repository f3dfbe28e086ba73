#!/usr/bin/env python3
"""Build resume.pdf for heldout20-mdi-engineer.

Layout: single-column PDF whose section headings are letter-spaced ("S U M M A R Y"), as some
resume templates do; a plain-text ATS read sees them as strings of single letters.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DEVON A. MARCHETTI, CBET"),
    ("contact", "Wyoming, MI 49509  |  (616) 555-0162  |  devon.marchetti@example.com"),
    ("h", "S U M M A R Y"),
    ("p", "Clinical systems integration specialist and former biomedical equipment technician with 9 years in hospital "
          "HTM departments, since mid-2022 in medical device integration. Connected more than 900 physiologic "
          "monitors, vents and infusion pumps to the Epic EMR at a 480-bed academic medical center. At home on both "
          "sides of the wall: bench repair in the morning, switch port and interface troubleshooting after lunch."),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("b", "Integration: Capsule MDIP (Neuron 3 hubs, Axon), device drivers, bed mapping and patient/device association, "
          "Epic flowsheet row mapping, Epic Anesthesia device data"),
    ("b", "Standards and messaging: HL7 v2.6 (ORU^R01, ADT A01/A02/A03), IHE Patient Care Device profiles "
          "(Device Enterprise Communication, ACM), NPSG 06.01.01 alarm reporting"),
    ("b", "Devices: IntelliVue MX800, MX450 and X3 with PIC iX central station and telemetry; CARESCAPE Gateway; "
          "Alaris 8015 PC units with Alaris Systems Manager; Hamilton C6, Maquet Servo-u; GE Aisys CS2 and Draeger "
          "Perseus A500 anesthesia workstations; PrisMax CRRT; MUSE ECG management"),
    ("b", "Alarms: Vocera Engage alarm routing, alarm management dashboards (alarms per bed per day, escalation rates)"),
    ("b", "Networking: TCP/IP, VLAN design for biomed, static IP addressing and DHCP reservations, Cisco Catalyst and "
          "Meraki, Wi-Fi (WPA2-Enterprise), Lantronix device servers for RS232 devices, Wireshark"),
    ("b", "Systems: Windows Server 2019, vSphere, SQL (read-only reporting queries), Python scripts, ServiceNow, Medigate"),
    ("b", "Security: MDS2 review, vendor-approved patching, medical device security assessments for new purchases"),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET - AAMI Credentials Institute, 2019"),
    ("b", "CompTIA Network+, 2021 (renewed 2024)"),
    ("b", "ITIL 4 Foundation, 2023"),
    ("b", "CCNA - exam scheduled January 2027"),
    ("b", "Epic Bridges certification - employer-sponsored, in progress (expected Q1 2027)"),
    ("h", "E X P E R I E N C E"),
    ("job", "Clinical Systems Integration Specialist  |  Lakeview University Health, Grand Rapids, MI  |  Jun 2022 - Present"),
    ("b", "Own the Capsule MDIP build for 14 inpatient units and 22 ORs; wrote or tuned 60+ device driver configurations."),
    ("b", "Led the Alaris-Epic IV pump interoperability go-live (auto-program and auto-document) for 1,100 pumps; "
          "manual pump programming dropped to 6% of infusions."),
    ("b", "Built Vocera Engage alarm routing for 6 ICUs; cut alarms sent to nurse phones 38% under the TJC alarm safety goal."),
    ("b", "Wrote and ran end-to-end testing scripts for three unit openings and the downtime procedures for "
          "monitor-to-EMR outages."),
    ("b", "Work with the interface analysts in Cloverleaf to trace ORU^R01 and ADT problems; most fixes are bad bed "
          "mapping or duplicate device association."),
    ("b", "Submit change control records in ServiceNow for every driver, routing-table and network change."),
    ("b", "Partner with IT Security on Medigate alerts and vendor-approved patching of 2,300 networked devices."),
    ("job", "Biomedical Equipment Technician II  |  Lakeview University Health, Grand Rapids, MI  |  Dec 2019 - May 2022"),
    ("b", "PM and repair of physiologic monitors, vents, infusion pumps, anesthesia workstations and PrisMax CRRT units."),
    ("b", "Moved 300 IntelliVue monitors to the biomed VLAN with Network Engineering; set static IPs and DHCP reservations."),
    ("b", "Closed 1,800 work orders a year in AIMS; kept integrated devices flagged in the inventory."),
    ("b", "Fitted 1,100 Alaris channels with AeroScout tags."),
    ("job", "Biomedical Equipment Technician I  |  Shoreline Community Hospital, Muskegon, MI  |  Jul 2017 - Nov 2019"),
    ("b", "Electrical safety and PM on general biomed equipment for a 210-bed hospital; first call for telemetry."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Equipment Technology - West Michigan Technical College, 2017"),
    ("p", "B.S., Information Technology (online) - Great Lakes Online University, in progress, expected 2028"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
