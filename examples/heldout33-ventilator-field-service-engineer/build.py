#!/usr/bin/env python3
"""Build resume.pdf for heldout33-ventilator-field-service-engineer (plain single-column PDF)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DANIEL K. OSTROWSKI"),
    ("contact", "8817 NE Sacramento St, Portland, OR 97220  |  (503) 555-0138  |  daniel.ostrowski@example.com"),
    ("h", "Summary"),
    ("p", "Biomedical equipment specialist with 9 years in hospital HTM, the last 5 as the respiratory and anesthesia "
          "lead for a 520-bed Level I trauma center. I own a fleet of 110 ICU vents, 24 transport ventilators, 40 NIV "
          "units and 38 anesthesia machines across the ORs and off-site procedure areas. Factory trained on Puritan "
          "Bennett, Dräger and GE; ready to move into OEM field service and travel."),
    ("h", "Certifications & Factory Training"),
    ("b", "CompTIA A+ - 2019"),
    ("b", "CBET (AAMI Credentials Institute) - exam scheduled December 2026"),
    ("b", "Puritan Bennett 980 / 840 factory service training - Medtronic, 2021"),
    ("b", "Dräger Evita Infinity V500 and Babylog VN500 factory service training - 2022"),
    ("b", "GE Aisys CS2 / Aestiva 7900 factory service training - 2020"),
    ("b", "ZOLL EMV+ (731 Series) technical service course - 2023"),
    ("h", "Technical Skills"),
    ("b", "ICU vents: Puritan Bennett 980 and 840; Dräger Evita Infinity V500; Babylog VN500 (NICU); SensorMedics 3100A/3100B"),
    ("b", "Transport ventilators: ZOLL EMV+, Vyaire LTV 1200"),
    ("b", "NIV: Philips Respironics V60 and V60 Plus, Trilogy Evo"),
    ("b", "Anesthesia machines: GE Aisys CS2 and Aestiva 7900; Dräger Fabius GS and Perseus A500; Tec 7 vaporizer "
          "swaps and low-pressure leak checks"),
    ("b", "Humidification and gas: Fisher & Paykel MR850 servo-controlled heated humidifiers; air/O2 blenders (Bird, "
          "Precision Medical); med gas outlets and DISS fittings"),
    ("b", "Test equipment: Fluke VT900A, Fluke ESA620, Fluke 87V, Dwyer digital manometer"),
    ("b", "Connectivity: Capsule device integration to Epic; wireless setup, static IP and TCP/IP troubleshooting, VLAN "
          "requests; security patches and MDS2 review"),
    ("b", "Systems: Nuvolo CMMS, MS Excel, OEM service software"),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Specialist III, Respiratory & Anesthesia - Willamette Crest Medical Center, Portland, OR - Apr 2021 to Present"),
    ("b", "Lead tech for the respiratory therapy and anesthesia fleets; 98% on-time PMs on 212 high-risk devices for "
          "three straight years."),
    ("b", "Replace flow sensor, O2 cell, exhalation valve and compressor assemblies on PB 980/840 and run full "
          "performance verification on the Fluke VT900A after every repair; battery replacement on transport and NIV units."),
    ("b", "Led installation and acceptance of 46 PB 980 ICU vents for the new patient tower (2023), including software "
          "upgrades to the current release and Capsule connectivity to Epic."),
    ("b", "Installed Medtronic FCO kits and worked FDA recalls and ECRI alerts across the fleet; filed MedWatch reports "
          "on two ventilator events with Risk Management."),
    ("b", "Troubleshoot pneumatic faults from the OEM pneumatic and electrical schematics; repair to board level on "
          "anesthesia machine power supplies and vent display assemblies."),
    ("b", "Give 30+ in-services a year to RTs, CRNAs and Clinical Engineering staff on new vents and post-repair checks."),
    ("b", "Return failed boards and sensors to OEMs under RMA and track credits against our service budget."),
    ("b", "Work with hospital IT to push security patches to networked vents and anesthesia machines and keep MDS2 forms on file."),
    ("job", "Biomedical Equipment Technician II - Columbia Gorge Regional Hospital, The Dalles, OR - Jun 2017 to Mar 2021"),
    ("b", "General biomed for a 150-bed hospital: ICU vents, anesthesia machines in 6 OR suites, infusion pumps, monitors "
          "and defibrillators."),
    ("b", "Completed the RT department's vent modes class (PRVC, APRV, VC+, NIV) to talk through alarms and complaints with RTs."),
    ("b", "Helped Facilities verify med gas outlets after two OR renovations."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Hamilton Ridge Community College, Salem, OR - 2017"),
    ("h", "Professional Affiliations"),
    ("b", "Member, AAMI"),
    ("b", "Member, Columbia Basin Biomedical Association"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
