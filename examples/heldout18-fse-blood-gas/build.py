#!/usr/bin/env python3
"""Build resume.docx for heldout18-fse-blood-gas (contact in the page header, skills in a two-column table)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Elias J. Brannigan  |  Beavercreek, OH 45431  |  (937) 555-0163  |  elias.brannigan@example.com"),
    ("name", "ELIAS J. BRANNIGAN, BMET III"),
    ("h", "Summary"),
    ("p", "Biomedical equipment technician with 9 years of hands-on service: 4 years as a U.S. Air Force BMET and 5 years "
          "in civilian hospital HTM, the last 3 as the lab and critical care equipment specialist for a 520-bed Level I "
          "trauma center. First-line service on 17 Radiometer blood gas analyzers and 60 i-STAT 1 handhelds. Primary POC "
          "for respiratory therapy and the core lab when an analyzer goes down. Looking to move into multi-vendor field service."),
    ("h", "Certifications & Training"),
    ("b", "CBET - AAMI Credentials Institute - exam scheduled February 2027"),
    ("b", "CompTIA A+ - 2019"),
    ("b", "Radiometer ABL90 FLEX / ABL800 FLEX OEM service school (biomed level) - Radiometer America - 2023"),
    ("b", "OSHA Bloodborne Pathogens - annual refresher, current"),
    ("b", "USAF Biomedical Equipment Technician course (4A231) - Medical Education and Training Campus, Fort Sam Houston, TX - 2015"),
    ("h", "Technical Skills"),
    ("table", [
        ("Critical care analyzers", "Blood gas, electrolyte and CO-ox analyzers: Radiometer ABL90 FLEX (x14), ABL800 FLEX (x3)\n"
                                    "Abbott i-STAT 1 handhelds, electronic simulators and downloaders\n"
                                    "Nova StatStrip glucose meters (POCT)"),
        ("Repairs", "Sensor cassettes, electrodes (pH, pCO2, pO2, Na+, K+, iCa, glucose, lactate), peristaltic pump tubing, "
                    "pinch valves, fluidics flushing and clog removal, CO-ox module (tHb, O2Hb, COHb)"),
        ("Lab equipment", "Sysmex XN-1000 (first line), Beckman Coulter AU480 (first line), centrifuges, lab refrigerators and freezers, BSCs"),
        ("Test equipment", "Fluke ESA615, Fluke 87V DMM, Tektronix TBS1052B oscilloscope, Fluke ProSim 8"),
        ("Networking", "TCP/IP, static IPs, VLAN requests, HL7 results interfaces, Radiometer AQURE, POC data management system (RALS)"),
        ("Standards & systems", "NFPA 99, IEC 62353, TJC EC chapter, CAP equipment records; Nuvolo CMMS; Epic (LIS interfaces)"),
    ]),
    ("h", "Experience"),
    ("job", "BMET III - Lab & Critical Care Equipment Specialist | Gem City Regional Medical Center, Dayton, OH | Jun 2021 - Present"),
    ("b", "Own installation, preventive maintenance and first-line repair for 17 blood gas analyzers in the core lab, 5 ICUs, "
          "the ED and the cardiac ORs; escalate board-level failures to Radiometer technical support."),
    ("b", "Troubleshoot sensor and fluidics faults; replace sensor cassettes, electrodes, peristaltic pump tubing and pinch valves; clear clogs and run "
          "calibration and QC before releasing the analyzer to patient testing."),
    ("b", "Cut average blood gas analyzer downtime from 6.1 to 2.4 hours by stocking critical spares on site and training "
          "second-shift techs on cassette swaps."),
    ("b", "Worked with the POCT coordinator and hospital IT to roll out 60 i-STAT 1 handhelds: set downloaders on static IPs, "
          "tested HL7 results flow to the LIS and verified operator lists in RALS."),
    ("b", "Moved all 17 analyzers to a new AQURE server and clinical VLAN with zero lost results; documented connectivity "
          "settings for each unit."),
    ("b", "Perform electrical safety testing per IEC 62353 on lab and ICU equipment; 99% PM completion three years running."),
    ("b", "Decontaminated analyzers per infection prevention policy before opening covers; close CM work orders in Nuvolo the same day."),
    ("b", "Returned failed boards and pumps under RMA; filed two FDA MedWatch adverse event reports with risk management."),
    ("b", "Pulled equipment records for the 2023 CAP inspection and 2024 TJC survey with no equipment findings."),
    ("b", "Provided in-service training to RTs and ICU nurses on daily ABL90 maintenance and i-STAT simulator checks."),
    ("job", "BMET II | Buck Creek Medical Center, Springfield, OH | Aug 2019 - May 2021"),
    ("b", "General biomed for a 210-bed hospital: infusion pumps, patient monitors, defibrillators, ventilators and lab equipment."),
    ("b", "Maintained Nova StatStrip meters for the POCT program; primary POC for the lab on equipment issues."),
    ("job", "Biomedical Equipment Technician (4A251) | U.S. Air Force, 88th Medical Group, Wright-Patterson AFB, OH | 2015 - 2019"),
    ("b", "Maintained 1,800 devices including i-STAT analyzers, chemistry analyzers, ventilators and anesthesia machines."),
    ("b", "Performed scheduled PMs, electrical safety checks and repairs; deployed 6 months with an expeditionary medical support team."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Community College of the Air Force, 2018"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")
