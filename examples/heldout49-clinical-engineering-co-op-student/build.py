"""Build resume.pdf for heldout49-clinical-engineering-co-op-student.

Layout quirks: a student's PDF resume with Education straight under the objective, skills in two
columns (labels ending ':'), a Projects section, a pursued certification and an Activities section.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DECLAN M. FAIRWEATHER"),
    ("contact", "Portland, OR 97214  |  (503) 555-0147  |  declan.fairweather@example.com  |  "
                "linkedin.com/in/declanfairweather"),
    ("h", "Objective"),
    ("p", "Third-year biomedical engineering student looking for a Spring/Summer 2027 clinical engineering co-op. "
          "Ten weeks of hospital HTM experience: acceptance testing, electrical safety tests and preventative "
          "maintenance support on more than 500 devices, plus recall screening and equipment data clean-up. "
          "Happy on the bench and careful in patient care areas."),
    ("h", "Education"),
    ("p", "B.S. Biomedical Engineering (in progress, expected May 2028) - Cascadia Polytechnic University, "
          "Portland, OR. GPA 3.62/4.00, Dean's List five terms."),
    ("p", "Relevant coursework: Circuit Analysis I and II, Bioinstrumentation (with lab), Human Physiology for "
          "Engineers, Signals and Systems, Medical Device Design and Regulation (FDA 510(k), CE marking, "
          "IEC 60601-1), Engineering Statistics."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Test equipment:", "Software and data:"),
        ("Fluke ESA615", "MATLAB and Simulink"),
        ("ProSim 8 vital signs simulator", "Python (pandas, openFDA API)"),
        ("Fluke IDA-5 pump analyzer", "MS Office: Excel pivot tables, Word"),
        ("Defib analyzer", "TMS (Accruent) work orders and assets"),
        ("Oscilloscope, function generator, DMM", "Fusion 360, Arduino IDE, Git"),
        ("Standards and compliance:", "Shop and bench:"),
        ("NFPA 99, IEC 60601-1, AAMI EQ56", "Soldering, through-hole and SMD"),
        ("TJC survey prep, LOTO", "Hand tools, reading schematics"),
        ("FDA recalls, ECRI alerts, MAUDE", "3D printing (Prusa MK4, FDM)"),
    ]),
    ("h", "Experience"),
    ("job", "Clinical Engineering Intern - Mt. Tabor Community Hospital, Portland, OR - Jun 2025 to Aug 2025"),
    ("b", "Completed acceptance testing on 186 new devices, including 140 BD Alaris IV pumps and 24 GE CARESCAPE "
          "B450 bedside monitors, and created each asset record in TMS before release to the units."),
    ("b", "Ran electrical safety tests on 310 devices with a Fluke ESA615 to NFPA 99 limits under BMET "
          "supervision; flagged 7 failures (5 damaged line cords, 2 high enclosure leakage)."),
    ("b", "Assisted two BMETs with preventative maintenance on 52 ZOLL R Series defibrillators, 30 EKG machines "
          "and 8 Valleylab Force FX electrosurgical generators, following the service manuals and AAMI "
          "EQ56-based maintenance intervals."),
    ("b", "Did performance verification with the defib analyzer, a Fluke IDA-5 and a ProSim 8 and recorded "
          "every result in the work order."),
    ("b", "Closed 420 work orders and led an inventory audit of 1,150 assets in two ICUs, correcting 96 wrong "
          "locations."),
    ("b", "Screened weekly FDA recalls, ECRI alerts and urgent medical device correction letters against the "
          "equipment inventory; matched 14 notices to 380 affected devices and tracked 12 to closure."),
    ("b", "Attached CenTrak asset tags to 240 IV pumps and checked their locations on the tracking dashboard."),
    ("b", "Co-wrote an RCA on repeated pump door failures; troubleshooting traced them to a worn latch, and the "
          "fix cut repeat work orders for that fault by 60%."),
    ("b", "Built the maintenance completion summary in Excel pivot tables for the TJC survey binder."),
    ("b", "Followed LOTO, isolation signage and infection control cleaning steps before working on any device "
          "in patient care areas."),
    ("job", "Undergraduate Research Assistant - Neuromuscular Bioinstrumentation Lab, Cascadia Polytechnic "
            "University - Sep 2024 to Present"),
    ("b", "Built and tested a two-channel surface EMG amplifier (INA128, 4th-order filters); verified gain and "
          "CMRR with an oscilloscope and function generator."),
    ("b", "Hand-soldered 35 through-hole and SMD boards; wrote MATLAB scripts for filtering and fatigue analysis "
          "of 1,200 recorded trials."),
    ("job", "Makerspace Technician (part-time) - Cascadia Poly Engineering Makerspace - Jan 2024 to Present"),
    ("b", "Run and maintain 12 Prusa MK4 3D printers and a laser cutter; trained 150+ students a year on hand "
          "tools and shop safety."),
    ("b", "Design test fixtures and enclosures in Fusion 360 for student teams and research labs."),
    ("h", "Projects"),
    ("b", "Recall Matcher (Python, 2025): script that pulls openFDA recall and MAUDE adverse event data and "
          "matches it by model number to a TMS inventory export; cut weekly recall screening from 3 hours to 40 "
          "minutes during my internship."),
    ("b", "Reflectance Pulse Oximeter (team of 4, 2025): Arduino-based SpO2 prototype with a leakage current "
          "and risk review against IEC 60601-1; 2nd place at department design day."),
    ("h", "Certifications"),
    ("b", "AAMI CABT (Certified Associate in Biomedical Technology) - exam scheduled March 2027"),
    ("b", "American Heart Association BLS Provider, 2025"),
    ("b", "OSHA 10-Hour General Industry, 2024"),
    ("h", "Activities"),
    ("b", "Biomedical Engineering Society (BMES), Cascadia Poly student chapter - treasurer, 2025-2026"),
    ("b", "Engineers Without Borders - water filter testing team, 2023-2024"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
