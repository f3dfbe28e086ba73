"""Build resume.docx for heldout52-air-force-bmet-to-civilian.

Layout quirks: DOCX written the way a separating airman writes it (AFSC, rank, MERC, DMLSS, deployment),
skills in a two-column table, a Military Training block (read as education) before Education, and
certifications at the end with the CBET exam still to come.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TYLER J. BRANDVOLD"),
    ("contact", "Derby, KS 67037  |  (316) 555-0147  |  tyler.brandvold@example.com  |  Available April 2026 (terminal leave)"),
    ("h", "Summary"),
    ("p", "Biomedical Equipment Technician, AFSC 4A271 (7-skill level), separating from active duty in April 2026 "
          "after eight years in Air Force Medical Maintenance: a medical center, an outpatient clinic and a deployed "
          "expeditionary hospital. Strong in scheduled and unscheduled maintenance, component-level repair, "
          "electrical safety and equipment accountability in DMLSS. Held a Secret clearance. Looking for a civilian "
          "BMET position on a hospital HTM team."),
    ("h", "Technical Skills"),
    ("table", [
        ("Medical equipment",
         "Physiological monitors (Philips IntelliVue MX800 and MP70, GE Dash 4000, PIIC iX central monitoring "
         "station); ZOLL R Series and X Series; Physio-Control LIFEPAK 15; CareFusion Alaris 8015 infusion pumps; "
         "Welch Allyn Connex vital signs monitors; Hamilton-T1, ZOLL 731 and Puritan Bennett 840 ventilators; "
         "Drager Fabius GS anesthesia machines; Valleylab Force FX ESUs; OR tables and surgical lights; MinXray "
         "HF100+ portable X-ray; Abbott i-STAT; laboratory equipment (centrifuges, Sysmex XS-1000i)"),
        ("Test equipment",
         "Fluke ESA612 and ESA620 electrical safety analyzers; ProSim 8 vital signs simulator; Impulse 7000DP; "
         "IDA-5; QA-ES III ESU analyzer; VT305 gas flow analyzer; Tektronix TBS1052B oscilloscope; Fluke 87V DMM"),
        ("Standards / compliance",
         "NFPA 99; Joint Commission EOC; AFMAN 41-209 medical logistics guidance; MMQC messages and FDA recalls"),
        ("Systems / software",
         "DMLSS (Maintenance Activity, Inventory), LogiCole, DTS; MS Office (Excel, PowerPoint, Outlook)"),
        ("Technical",
         "Electronics (AC/DC, solid state), pneumatics, analog and digital circuit troubleshooting, component-level "
         "repair from schematics, static IP addressing, user training"),
    ]),
    ("h", "Military Experience"),
    ("job", "NCOIC, Medical Equipment Repair Center (MERC) - SSgt (E-5), 22d Medical Group, McConnell AFB, KS - "
            "Jun 2022 to Present"),
    ("b", "Lead a 5-person MERC responsible for a 1,480-line-item medical equipment account valued at $18.6M across "
          "the family health, dental, optometry, physical therapy and flight medicine clinics."),
    ("b", "Complete 2,300+ scheduled maintenance (SM) actions a year - inspections, calibration and electrical safety "
          "testing - with a 99.2% on-time rate tracked in DMLSS."),
    ("b", "Close about 640 unscheduled maintenance work orders a year; 85% back in service within 3 duty days through "
          "component-level repair using OEM schematics and technical manuals."),
    ("b", "Electrical safety testing to NFPA 99 with the Fluke ESA612/ESA620: chassis and patient leakage current, "
          "ground wire resistance and insulation checks on 1,100 line-powered items a year."),
    ("b", "Processed 210 initial inspections on new and loaned equipment and turned in 95 obsolete items through DLA "
          "Disposition Services."),
    ("b", "Worked 160 MMQC messages and FDA recalls; every affected item located, quarantined and tagged within 72 hours."),
    ("b", "Set static IP addressing for 38 networked medical devices with the base Communications Squadron and "
          "completed the RMF cybersecurity paperwork for each device type."),
    ("b", "Coordinated monthly emergency generator load tests and line isolation monitor checks with base Civil "
          "Engineering (CE); zero equipment findings on the 2024 AAAHC survey."),
    ("b", "Gave user training on defibrillators, infusion pumps and monitors to 140 nurses, medics and technicians."),
    ("job", "Biomedical Equipment Technician (4A251) - SrA/SSgt, 60th Medical Group, David Grant USAF Medical Center, "
            "Travis AFB, CA - Sep 2018 to May 2022"),
    ("b", "Maintained ICU, OR, ED and labor and delivery equipment in one of the Air Force's largest medical centers: "
          "IntelliVue monitors with the PIIC iX central monitoring station, Puritan Bennett 840 and Hamilton-T1 "
          "ventilators, Fabius GS anesthesia machines, Force FX ESUs, OR tables and surgical lights."),
    ("b", "Diagnosed pneumatic and electronic faults on anesthesia machines and ventilators in house; cut contract "
          "repair costs by $74K in FY21."),
    ("b", "Supported the 2020 Joint Commission survey with zero medical equipment findings; walked monthly EOC rounds "
          "with Facility Management."),
    ("b", "Calibrated and repaired laboratory equipment and Abbott i-STAT handhelds for the core lab and ED."),
    ("job", "Deployed: Biomedical Equipment Technician - 379th Expeditionary Medical Group, Al Udeid AB, Qatar - "
            "Jan 2021 to Jul 2021"),
    ("b", "Sole BMET for an EMEDS+25 expeditionary hospital: kept 600 items mission ready, including ZOLL 731 and "
          "Hamilton-T1 ventilators, ZOLL X Series monitors, MinXray HF100+ portable X-ray and i-STAT analyzers; "
          "98% equipment availability over 6 months."),
    ("b", "Set up and tested equipment for two aeromedical evacuation staging missions and ran power-quality checks "
          "on field generators."),
    ("h", "Military Training"),
    ("b", "Biomedical Equipment Technician Course, Medical Education and Training Campus (METC), JBSA-Fort Sam "
          "Houston, TX - 2018 (Honor Graduate)"),
    ("b", "OEM service school training: ZOLL R Series / X Series (2019), Philips IntelliVue MX-series (2021), "
          "Hamilton-T1 (2021)"),
    ("b", "DMLSS Maintenance Activity course (2022); Airman Leadership School (2021)"),
    ("h", "Education"),
    ("b", "Associate in Applied Science, Biomedical Equipment Technology - Community College of the Air Force (CCAF), 2021"),
    ("h", "Certifications"),
    ("b", "CompTIA A+ (2019); CompTIA Security+ CE (2022, DoD 8570 IAT Level II)"),
    ("b", "AAMI CBET (Certified Biomedical Equipment Technician) - exam scheduled March 2026"),
    ("b", "AAMI member since 2022"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", HERE / "resume.docx")
