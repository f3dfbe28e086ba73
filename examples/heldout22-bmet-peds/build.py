#!/usr/bin/env python3
"""Build resume.docx for heldout22-bmet-peds (contact in the page header, skills in a 2-column table)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Renata K. Solberg  |  Lincoln, NE 68516  |  (402) 555-0163  |  renata.solberg@example.com"),
    ("name", "RENATA K. SOLBERG"),
    ("h", "Professional Summary"),
    ("p", "Biomedical equipment technician with 12 years of hands-on service: four as a U.S. Air Force biomed, two in a "
          "community hospital and six in pediatric HTM, most of it on the NICU floor. Go-to tech for incubators, warmers "
          "and neonatal ventilators at a 180-bed children's hospital; comfortable troubleshooting to the board level and "
          "explaining the fix to a charge nurse at 3 a.m."),
    ("h", "Certifications & Factory Training"),
    ("b", "CompTIA A+ (ce), 2019"),
    ("b", "CBET - AAMI Credentials Institute: application approved, exam scheduled January 2027"),
    ("b", "CompTIA Network+ - studying, target exam date December 2026"),
    ("b", "Draeger Isolette 8000 plus and Babyleo TN500 factory service training, 2022"),
    ("b", "GE Giraffe OmniBed Carestation and Panda iRes factory service training, 2021"),
    ("b", "INOmax DSIR service certification (Mallinckrodt), 2023"),
    ("h", "Technical Skills"),
    ("table", [
        ("Neonatal", "Neonatal incubators: Isolette 8000 plus, Draeger Babyleo TN500, GE Giraffe OmniBed Carestation\n"
                     "Warmers: Panda iRes\n"
                     "Phototherapy lights: Natus neoBLUE, GE BiliSoft; Draeger JM-105\n"
                     "Transport isolettes: International Biomedical TI500 Globetrotter"),
        ("Ventilation & respiratory", "Neonatal ventilators: Draeger Babylog VN500, SLE6000\n"
                                      "HFOV: SensorMedics 3100A\n"
                                      "Transport: Hamilton T1\n"
                                      "Fisher & Paykel bubble CPAP, air/oxygen blenders, vacuum regulators, INOmax DSIR"),
        ("Infusion", "Alaris 8015 PC units with LVP and syringe modules; Medfusion 4000 syringe pumps; "
                     "smart pumps: drug library loads and Wi-Fi configuration"),
        ("Monitoring", "Bedside monitors: Philips IntelliVue MX450/MX800 with EtCO2 modules; PIIC iX central station; "
                       "Masimo Radical-7; Zoll R Series, Philips HeartStart MRx"),
        ("Test equipment", "Fluke ESA612, IDA-5, INCU II, Index 2XL, Impulse 7000DP; ProSim 8 vital signs simulator; "
                           "Fluke VT650 ventilator tester; neoBLUE radiometer; Fluke 87V DMM"),
        ("Systems & standards", "Nuvolo, DMLSS; MS Office (Excel, Word); NFPA 99, IEC 60601-1; TJC EC standards"),
    ]),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II - Prairie Sky Children's Hospital, Lincoln, NE - Jun 2020 to Present"),
    ("b", "Primary tech for a 48-bed Level III NICU and the pediatric ICU: scheduled PMs, repairs and performance testing "
          "on about 1,900 devices."),
    ("b", "Repair and PM neonatal ventilators, HFOV units and transport isolettes; cut average NICU repair turnaround from "
          "3.1 to 1.4 days in 2024."),
    ("b", "Performed electrical safety testing on every incoming and repaired device per NFPA 99; completed incoming "
          "inspections on 140 new Giraffe and Isolette beds during the 2023 NICU expansion."),
    ("b", "Led drug library updates on 620 Alaris smart pumps and supported the go-live of Alaris-Epic pump "
          "interoperability (EMR auto-programming) with pharmacy and IS."),
    ("b", "Work FDA recalls and ECRI alerts through to closure in Nuvolo; took part in 11 equipment-related incident "
          "investigations with Risk Management."),
    ("b", "Perform PMs and disinfection cycles on Maquet HCU 40 units for the cardiovascular OR."),
    ("b", "Walk monthly EOC rounds with Facilities; follow infection control procedures on every NICU job."),
    ("b", "Prepared NICU device records for two TJC surveys with no EC findings on clinical equipment."),
    ("b", "Train nurses and respiratory therapists on Babyleo and bubble CPAP setup; mentor two BMET I techs."),
    ("job", "BMET I - Spectrum Regional Medical Center, Council Bluffs, IA - Aug 2018 to May 2020"),
    ("b", "General biomed for a 210-bed community hospital: infusion pumps, bedside monitors, ESUs and sterilizers; "
          "closed about 90 work orders a month."),
    ("b", "Board-level troubleshooting from OEM schematics with a DMM; built a spare-parts swap kit that cut vacuum "
          "regulator repairs to under 2 hours."),
    ("job", "Biomedical Equipment Technician (4A2X1), Staff Sergeant - U.S. Air Force, Offutt AFB, NE - Jun 2014 to Jul 2018"),
    ("b", "Maintained 1,300 medical devices for a military treatment facility and tracked all maintenance in DMLSS."),
    ("b", "Deployed six months to an Expeditionary Medical Support (EMEDS) facility; kept ventilators, monitors and "
          "field X-ray running on generator power."),
    ("h", "Education & Military Training"),
    ("p", "A.A.S., Biomedical Equipment Technology - Community College of the Air Force, 2017"),
    ("p", "Biomedical Equipment Technician Program - Medical Education and Training Campus (METC), "
          "JBSA-Fort Sam Houston, TX, 2015"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
