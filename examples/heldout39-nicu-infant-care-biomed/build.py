"""Build resume.pdf for heldout39-nicu-infant-care-biomed (the posting is a hand-edited job-board HTML page).

Layout quirks: two-page PDF, certifications before skills, skills in a two-column "cols" block with
bold group labels, references at the end. The applicant is a general BMET II from a community hospital
who covers its Level II NICU and birth center; the CBET exam is booked but not passed.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DARNELL K. WHITCOMB"),
    ("contact", "7810 NE 112th Avenue, Vancouver, WA 98662  |  (360) 555-0172  |  darnell.whitcomb@example.com"),
    ("h", "Summary"),
    ("p", "BMET II with nine years in hospital HTM, the last six as the main biomed for the Labor & Delivery, "
          "Mother/Baby and 10-bed Level II NICU of a 160-bed community hospital. Hands-on PMs, repairs and electrical "
          "safety testing on neonatal incubators, warmers, bili lights, nCPAP and neonatal ventilators, plus fetal "
          "monitors and lactation equipment. CBET exam booked for January 2027; looking to work full time in infant "
          "care at a larger NICU."),
    ("h", "Certifications & Training"),
    ("b", "CBET (AAMI Credentials Institute) - application approved; exam scheduled January 14, 2027"),
    ("b", "GE Healthcare factory service training: Giraffe OmniBed and Panda iRes, 2022"),
    ("b", "Draeger Babylog VN500 technical service course, Telford, PA, 2023"),
    ("b", "CompTIA A+, 2019"),
    ("b", "NFPA 70E electrical safety awareness, 2024"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Infant care:", "Test equipment:"),
        ("Draeger Isolette C2000 neonatal incubators", "Fluke INCU II"),
        ("Giraffe OmniBed; Panda iRes warmers", "Fluke ESA612"),
        ("Airborne Voyager transport incubator", "Fluke VT900A"),
        ("Natus neoBLUE bili lights", "ProSim 8 vital signs simulator"),
        ("Draeger JM-103 TcB meters", "Irradiance meter (neoBLUE)"),
        ("Seca 376 baby scales", "NIST-traceable test weights"),
        ("Respiratory and monitoring:", "OB and lactation:"),
        ("Draeger Babylog VN500", "GE Corometrics 259cx fetal monitors"),
        ("SensorMedics 3100A (2017-2020)", "OB TraceVue central stations"),
        ("F&P bubble nCPAP drivers", "Medela Symphony pumps"),
        ("Masimo Radical-7 SpO2", "Medela Waterless Milk Warmer"),
        ("Radiometer TCM4 TcPO2/TcPCO2", ""),
        ("Systems and standards:", "General biomed:"),
        ("TMS work orders (Accruent)", "Alaris infusion pumps"),
        ("NFPA 99; Joint Commission EC; CMS", "ZOLL R Series defibrillators"),
        ("ECRI Alerts; FDA recalls", "Philips IntelliVue MX450 monitors"),
    ]),
    ("h", "Experience"),
    ("job", "BMET II - Avalon Valley Community Hospital, Longview, WA - Mar 2020 to present"),
    ("b", "Primary biomed for Labor & Delivery, Mother/Baby and the 10-bed Level II NICU: about 640 of the hospital's "
          "4,100 devices, with 98.6% PM completion on time since 2021."),
    ("b", "Did PMs, repairs and performance verification on 14 Isolette C2000 neonatal incubators, 6 Giraffe OmniBed "
          "units, 9 Panda iRes warmers and one Airborne Voyager transport incubator; replaced heater, humidifier and "
          "skin-temperature probe assemblies."),
    ("b", "Checked incubator air temperature, humidity, airflow, sound level and alarms with the Fluke INCU II at every "
          "PM and after each repair; cut repeat calls on the incubator fleet from 11 to 3 a quarter."),
    ("b", "Measured neoBLUE bili lights with an irradiance meter at every PM and after LED panel swaps; pulled two "
          "units that could no longer reach 30 uW/cm2/nm at the set distance."),
    ("b", "Maintained 2 Draeger Babylog VN500 neonatal ventilators and 6 F&P bubble nCPAP drivers with Respiratory "
          "Therapy; ran flow, pressure and FiO2 checks on the Fluke VT900A."),
    ("b", "Supported 22 GE Corometrics 259cx fetal monitors and the OB TraceVue central stations; tested ultrasound "
          "and toco transducers and replaced 31 cables and transducers in 2025."),
    ("b", "Serviced Draeger JM-103 TcB meters, Radiometer TCM4 TcPO2/TcPCO2 monitors and Masimo Radical-7 SpO2 "
          "monitors; verified Seca 376 baby scales with NIST-traceable test weights every six months."),
    ("b", "Kept 42 Medela Symphony pumps and 8 Medela Waterless Milk Warmers in service for Mother/Baby and "
          "lactation; turned pump repairs around in under two days."),
    ("b", "Performed electrical safety testing with the Fluke ESA612 on incoming, repaired and PM'd equipment to "
          "NFPA 99."),
    ("b", "Followed infection control rules for between-patient disinfection of incubators and warmers per the "
          "manufacturer's instructions for use, with Super Sani-Cloth wipes and a clean/dirty hold area; no "
          "equipment findings in two Joint Commission surveys."),
    ("b", "Closed work orders in TMS (Accruent) and worked ECRI Alerts and FDA recalls for the birth center and NICU "
          "within 10 days; kept EC documentation ready for CMS and state surveys."),
    ("b", "Covered the main hospital one week in five on call: Alaris infusion pumps, ZOLL R Series defibrillators "
          "and Philips IntelliVue MX450 monitors."),
    ("job", "Biomedical Technician I - Cascade Regional Medical Center, Tacoma, WA - Jun 2017 to Feb 2020"),
    ("b", "Did PMs on three SensorMedics 3100A high-frequency oscillatory ventilators and conventional neonatal "
          "ventilators for a 40-bed Level III NICU, working under the lead infant-care technician."),
    ("b", "Ran incoming inspections, electrical safety tests and PMs on general equipment with the ProSim 8 vital "
          "signs simulator and Fluke ESA612; about 180 work orders a month."),
    ("b", "Helped move 380 devices into the new women's and children's tower in 2019."),
    ("job", "Biomedical Equipment Repair Intern - Cascade Regional Medical Center, Tacoma, WA - Jan 2017 to May 2017"),
    ("b", "Shadowed the HTM team on incubator, warmer and infusion pump PMs; built a parts cabinet inventory in Excel."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Cowlitz Valley Technical College, Kelso, WA, 2017"),
    ("p", "Coursework: DC/AC circuits, medical electronics, anatomy and physiology for technicians, networking "
          "basics; 240-hour hospital externship."),
    ("h", "Affiliations"),
    ("b", "AAMI member since 2018"),
    ("b", "Columbia Basin HTM Society - newsletter editor, 2023 to present"),
    ("h", "References"),
    ("p", "Dale Bunnell, Biomedical Supervisor, Avalon Valley Community Hospital - (360) 555-0119"),
    ("p", "Renee Ostrander, RRT, NICU Respiratory Lead, Avalon Valley Community Hospital - (360) 555-0188"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
