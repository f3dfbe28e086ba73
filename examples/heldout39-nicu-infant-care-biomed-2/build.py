"""Build resume.pdf for heldout39-nicu-infant-care-biomed-2 (a second author on the role).

Posting: posting.html, a saved job-board page (nav, cookie banner, "Similar jobs" aside, footer), edited by hand.
Resume layout quirks: two-page PDF, a two-column "cols" skills block; the applicant is a general BMET II from a
community hospital with a Level II NICU, and the CBET exam is scheduled but not passed.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "CORINNE A. VASQUEZ-HOLT"),
    ("contact", "1840 SE 17th Street, Ocala, FL 34471  |  (352) 555-0137  |  corinne.vasquezholt@example.com  |  "
                "Relocating to Tacoma, WA, January 2027"),
    ("h", "Summary"),
    ("p", "Biomedical Equipment Technician II with 7 years of community hospital clinical engineering, the last 4 as "
          "the lead technician for a 10-bed Level II NICU, L&D, Mother-Baby and OB triage in a 180-bed hospital. "
          "Hands-on with neonatal incubators, infant warmers, infant ventilators, EFM and OB TraceVue, plus general "
          "biomed work from infusion pumps to ESUs. CBET exam scheduled. Looking for a dedicated infant-care "
          "assignment in a larger NICU."),
    ("h", "Certifications"),
    ("b", "CBET (AAMI Credentials Institute) - exam scheduled January 16, 2027; eligibility approved October 2026"),
    ("b", "CompTIA A+, 2021"),
    ("b", "Basic Life Support Provider, American Heart Association, renewed 2025"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Infant care:", "Monitoring and OB:"),
        ("Air-Shields Isolette C2000 incubators", "Philips IntelliVue MX450 / MX800"),
        ("GE Giraffe OmniBed, Panda iRes", "Masimo Rad-97 (SpO2, SpHb)"),
        ("Combination incubator-warmer beds", "Radiometer TCM4 TcPO2/TcPCO2 monitors"),
        ("Natus neoBLUE LED bili lights", "EFM: Corometrics 259cx, Avalon FM50"),
        ("Drager JM-105 TcB meters", "Philips OB TraceVue central station"),
        ("Medela Symphony pumps, baby scales", "Hugs infant protection tags and readers"),
        ("Respiratory:", "Test equipment:"),
        ("Drager Babylog VN500 infant ventilators", "Fluke ESA612 (leakage, ground, insulation)"),
        ("SensorMedics 3100A oscillator", "Fluke INCU II incubator tester"),
        ("nCPAP drivers (F&P bubble CPAP)", "Fluke VT650 ventilator tester"),
        ("Hamilton C1, Philips Trilogy Evo", "Fluke ProSim 8, Fluke 87V DMM"),
        ("Systems and standards:", ""),
        ("Accruent TMS (work orders, PM scheduling)", "NFPA 99, IEC 60601-1"),
        ("ECRI alerts, MedWatch reporting", "Joint Commission EOC requirements"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Biomedical Equipment Technician II - Marion Oaks Community Hospital, Ocala, FL - Mar 2022 to Present"),
    ("b", "One of five BMETs supporting about 3,600 devices in a 180-bed hospital; lead for the 10-bed Level II NICU, "
          "L&D, Mother-Baby and OB triage (about 540 devices)."),
    ("b", "Complete 70-90 preventive maintenance (PM) work orders a month at 98% on time, including neonatal "
          "incubators, infant warmers, baby scales and Medela Symphony pumps."),
    ("b", "Tested 26 incubators and 8 combination incubator-warmer beds twice a year with the Fluke INCU II incubator "
          "tester (air temperature, humidity, airflow, noise, alarms); replaced 9 heater and fan assemblies in 2025 "
          "and cut repeat calls 40%."),
    ("b", "Perform performance inspections on Giraffe OmniBed and Panda iRes units after every repair; trained 60+ "
          "NICU and L&D nurses on both after the 2023 replacement project."),
    ("b", "Checked irradiance on 14 neoBLUE LED bili lights each quarter with the irradiance meter and replaced LED "
          "boards that fell below specification."),
    ("b", "Support the Drager Babylog VN500 infant ventilators and the SensorMedics 3100A oscillator with Respiratory "
          "Therapy; verify every ventilator after PM with the Fluke VT650 ventilator tester."),
    ("b", "Maintain 22 Corometrics 259cx and Avalon FM50 EFM units and the OB TraceVue central station; worked with "
          "IT on a 2024 network migration with zero lost strips."),
    ("b", "Keep Radiometer TCM4 TcPO2/TcPCO2 monitors and JM-105 TcB meters in service: calibration checks, "
          "membrane changes and sensor replacement per the manufacturer's instructions for use."),
    ("b", "Perform electrical safety inspections per NFPA 99 with the Fluke ESA612 on all incoming and repaired "
          "equipment (about 1,900 a year)."),
    ("b", "Follow infection control policy for decontamination of incubators and warmers between patients, using "
          "Super Sani-Cloth wipes and green ready-for-use tags; wrote the department's 1-page isolation-room "
          "checklist."),
    ("b", "Process ECRI alerts and FDA recall notices for 300+ device types; filed two MedWatch reports with Risk "
          "Management in 2024."),
    ("b", "Installed firmware updates on 38 IntelliVue MX450 monitors and 120 infusion pumps with IT Security."),
    ("b", "Prepared NICU and L&D equipment records for the 2024 Joint Commission survey: no EOC findings for "
          "clinical engineering."),
    ("b", "Perform PMs on blanket warmers, fluid warming cabinets and ESUs for the OR and ED."),
    ("b", "Take first call one week in four for the whole hospital; average NICU response under 12 minutes."),
    ("job", "Biomedical Equipment Technician I - Flagler Valley Hospital, Bunnell, FL - Jun 2019 to Feb 2022"),
    ("b", "General biomed for a 99-bed hospital: infusion pumps, patient monitors, defibrillators, ESUs, beds and the "
          "Hugs infant protection system in the birthing center."),
    ("b", "Closed 1,100+ corrective maintenance work orders in Accruent TMS with a 2.1-day average turnaround."),
    ("b", "Assisted with infant warmer and incubator PMs for the 4-bed special care nursery and troubleshot "
          "nCPAP drivers with the respiratory department."),
    ("b", "Used the Fluke ProSim 8, the 87V DMM and a bench oscilloscope for power-supply and monitor repairs."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Seminole Ridge State College, Sanford, FL, 2019"),
    ("h", "Factory and Continuing Training"),
    ("b", "GE Healthcare factory service school: Giraffe OmniBed and Panda iRes, Madison, WI, 2023"),
    ("b", "Drager factory service school: Babylog VN500, Telford, PA, 2022"),
    ("b", "Fluke Biomedical INCU II operator training (online), 2022"),
    ("b", "AAMI CBET exam preparation course (12 sessions), 2026"),
    ("h", "References"),
    ("p", "Available on request."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
