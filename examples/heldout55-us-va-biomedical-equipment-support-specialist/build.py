"""Build resume.docx for heldout55-us-va-biomedical-equipment-support-specialist.

Layout quirks: DOCX with the contact line in the page header, certifications before the skills table,
an Air Force training block read as education before the Education section.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TRAVIS M. OKAFOR"),
    ("contact", "41 Canal Street, Westerly, RI 02891  |  (401) 555-0147  |  travis.okafor@example.com"),
    ("h", "Summary"),
    ("p", "Biomedical equipment technician with 9 years in military and civilian hospitals: five years as a U.S. "
          "Air Force BMET (4A2X1) and four years as a BMET II in a 340-bed teaching hospital. Strong on patient "
          "monitors, IV pumps, network-connected medical devices and first-line imaging support. Veteran seeking "
          "a VA HTM position."),
    ("h", "Certifications"),
    ("b", "Certified Biomedical Equipment Technician (CBET), AAMI - 2021"),
    ("b", "CompTIA Network+ - 2023"),
    ("b", "CompTIA Security+ - exam scheduled January 2027"),
    ("b", "OSHA 10-Hour General Industry; NFPA 70E qualified electrical worker training - 2024"),
    ("h", "Technical Skills"),
    ("table", [
        ("Clinical equipment",
         "Patient monitors: Philips IntelliVue MX800/MX450, Mindray BeneVision; central stations and telemetry\n"
         "IV pumps: CareFusion Alaris 8015 PC units and modules; Baxter Sigma Spectrum\n"
         "Defibrillators: ZOLL R Series, Physio-Control LIFEPAK 15\n"
         "Puritan Bennett 980 ventilators, GE Aisys CS2, ESUs (Valleylab FT10), EKG carts (GE MAC 5500)\n"
         "SPD: STERIS autoclaves, Amsco V-PRO"),
        ("Imaging and lab support",
         "DR rooms, GE OEC 9900 C-arms, ultrasound, computed tomography (first-line)\n"
         "Lab analyzers: Sysmex XN-1000, Beckman Coulter AU480"),
        ("Test equipment",
         "Fluke ESA620 electrical safety analyzer, Impulse 7000DP, IDA 5, ProSim 8\n"
         "Tektronix oscilloscope, Fluke 87V DMM"),
        ("Networking",
         "TCP/IP, static IP and DHCP, VLANs, HL7 interfaces, MDS2 review, security patches"),
        ("Software and standards",
         "CMMS (Nuvolo, DMLSS/AMMS), Microsoft Excel\n"
         "NFPA 99, AAMI EQ56, Joint Commission EC standards, FDA recalls, ECRI alerts"),
    ]),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II - Shoreline Regional Medical Center, Westerly, RI - "
            "Aug 2021 to Present"),
    ("b", "Complete 95-110 PMs a month across a 6,200-device program, with performance verification and electrical "
          "safety testing per NFPA 99 and the hospital MEMP; department PM completion at 98.6% for FY2024."),
    ("b", "Component-level troubleshooting and repair of patient monitors, IV pumps, defibrillators and "
          "ventilators using service manuals and schematics; cut average repair turnaround from 4.1 to 2.6 days."),
    ("b", "First call for imaging systems and lab analyzers: clear basic faults, pull logs and open tickets with "
          "OEM FSEs; track vendor response against service contracts worth $1.9M a year."),
    ("b", "Connected 420 network-connected medical devices to isolated VLANs with hospital IT; reviewed MDS2 "
          "forms and tracked security patches for the monitoring and infusion systems."),
    ("b", "Ran pre-purchase evaluations and incoming inspections for 310 new devices, including the 2023 "
          "Alaris fleet upgrade (540 PC units)."),
    ("b", "Worked 60+ FDA recalls and ECRI alerts to closure; documented all work orders in the CMMS."),
    ("b", "Walked EC rounds monthly and prepared the department for two Joint Commission surveys with no "
          "medical equipment findings."),
    ("b", "Give in-services to nursing and respiratory staff on new monitors and pumps (about 25 a year)."),
    ("job", "Biomedical Equipment Technician (4A2X1), Staff Sergeant - U.S. Air Force, 88th Medical Group, "
            "Wright-Patterson AFB, OH - Jun 2016 to Jul 2021"),
    ("b", "Maintained 2,800 medical devices for a 90-bed military hospital; calibration, PM and repair logged "
          "in DMLSS/AMMS."),
    ("b", "Serviced STERIS autoclaves and SPD equipment, anesthesia machines (GE Aisys CS2) and ESUs for 6 ORs."),
    ("b", "Supported DR rooms, C-arms and ultrasound units with the OEM; shadowed GE FSEs on two computed "
          "tomography installs."),
    ("b", "Deployed 6 months as sole BMET for an expeditionary medical unit; kept 100% of mission equipment "
          "operational."),
    ("h", "Military Training"),
    ("b", "Biomedical Equipment Technician Apprentice Course (BMET), Medical Education and Training Campus (METC), "
          "Fort Sam Houston, TX - 2016 (41 weeks)"),
    ("b", "Philips IntelliVue and GE OEC 9900 factory service training"),
    ("h", "Education"),
    ("p", "Associate of Applied Science, Biomedical Equipment Technology - Community College of the Air Force, 2019"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
