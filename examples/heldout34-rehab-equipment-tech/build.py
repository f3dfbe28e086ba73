#!/usr/bin/env python3
"""Build resume.docx for heldout34-rehab-equipment-tech.

Layout quirks: contact line only in the page header, letter-spaced section headings,
technical skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "41 Greenwich Avenue, Warwick, RI 02886  |  (401) 555-0163  |  caleb.marchetti@example.com"),
    ("name", "CALEB J. MARCHETTI"),
    ("h", "S U M M A R Y"),
    ("p", "Biomedical equipment technician (BMET II) with 7 years of hospital HTM experience and 3 years before that "
          "as a field technician on commercial fitness equipment. At Narragansett Bay Medical Center I cover the "
          "inpatient rehab unit and two outpatient therapy clinics on top of general biomed, so I work on treadmills, "
          "UBEs, the Biodex and e-stim units as often as on IV pumps and monitors. Looking to work full time on rehab "
          "and therapy equipment."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET (Certified Biomedical Equipment Technician), AAMI Credentials Institute - exam scheduled for February 2027"),
    ("b", "Liko (Hill-Rom) ceiling lift service and load test training, 2023"),
    ("b", "Life Fitness Certified Service Technician - treadmills and cross-trainers, 2017"),
    ("b", "CompTIA A+, 2020"),
    ("b", "OSHA 10-Hour General Industry, 2019"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Rehab & therapy", "Biodex System 4 Pro; Intelect Legend XT and Vectra Genisys combo units (e-stim and "
                            "therapeutic ultrasound); Triton DTS; Kinetec CPMs; Hydrocollator heating units; "
                            "Whitehall extremity and lowboy whirlpools"),
        ("Fitness equipment", "Treadmills (Life Fitness 95T, Precor TRM 885, Woodway 4Front); SciFit Pro1 UBEs; "
                              "NuStep T5XR; upright and recumbent bikes; Keiser pneumatic strength machines"),
        ("Patient handling", "Liko Likorall ceiling lifts; Arjo Maxi Move floor lifts; Arjo Sara 3000 stand aids; "
                             "Stryker and Hill-Rom beds and stretchers"),
        ("General biomed", "BD Alaris 8015 pumps; Philips IntelliVue MX450 monitors; ZOLL R Series defibrillators; "
                           "suction regulators"),
        ("Test equipment", "Fluke ESA620; Fluke 87V DMM; Ohmic UPM-DT-1 ultrasound wattmeter; calibrated load test weights"),
        ("Systems & standards", "AIMS work orders; NFPA 99; TJC EOC standards; LOTO"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician II - Narragansett Bay Medical Center, Warwick, RI - Jan 2022 to Present"),
    ("b", "Primary BMET for the 32-bed inpatient rehab unit and two outpatient therapy clinics (about 600 devices), "
          "plus general biomed coverage for a 290-bed hospital."),
    ("b", "Complete 70-85 planned maintenance (PM) work orders a month in AIMS with 98% on time; electrical safety "
          "inspections per NFPA 99 (ground resistance, chassis leakage) with the Fluke ESA620."),
    ("b", "Annual PM and torque calibration on the Biodex System 4 Pro; output checks on therapeutic ultrasound "
          "heads with the Ohmic wattmeter, replacing 6 failed transducers in 2024."),
    ("b", "Run annual load testing and sling inspections on 140 Liko ceiling lifts and the floor lift fleet; pulled "
          "11 lifts for worn straps or failed emergency lowering."),
    ("b", "Rebuild whirlpool turbines and thermostatic mixing valves and replace GFI receptacles; worked with "
          "Infection Prevention on ATP swab checks after whirlpool disinfection."),
    ("b", "Incoming inspection and tagging of all new rehab equipment, including 9 treadmills and 4 NuStep T5XR "
          "units for the 2025 clinic expansion."),
    ("b", "Work FDA recall and ECRI alert notices for the rehab fleet; join EOC rounds with the rehab nurse manager "
          "ahead of each TJC survey."),
    ("b", "Follow LOTO on hardwired equipment and whirlpool pump motors."),
    ("job", "Biomedical Equipment Technician I - Narragansett Bay Medical Center, Warwick, RI - Sep 2019 to Dec 2021"),
    ("b", "PMs and repairs on IV pumps, monitors, defibrillators, beds, Kinetec CPMs and Arjo lifts."),
    ("b", "Component-level troubleshooting of motor control boards and lift actuators from OEM schematics."),
    ("b", "Moved 220 rehab and therapy assets from paper logs into AIMS."),
    ("job", "Fitness Equipment Service Technician - Volunteer State Fitness Service, Chattanooga, TN - Jun 2016 to Aug 2019"),
    ("b", "Field service on commercial fitness equipment for 60+ health clubs, YMCAs, hotel gyms and a hospital "
          "cardiac rehab program in southeast Tennessee and north Georgia."),
    ("b", "Rebuilt drive motors, lower boards and incline motors on treadmills that had logged tens of thousands of "
          "miles in 24-hour clubs; replaced belts and decks."),
    ("b", "Serviced Keiser pneumatic strength machines (compressors, valves, air lines) and SciFit UBEs."),
    ("b", "Ran up to 9 calls a day and kept parts and service reports current."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Equipment Technology - Chattanooga Valley Technical College, Chattanooga, TN, 2016"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
