"""Build resume.docx for heldout41-breath-alcohol-instrument-tech.

Layout quirks: contact details in the DOCX page header, certifications straight after the summary,
technical skills in a two-column table, military service listed as a job. The applicant writes
vendor and model names (Intoximeters EC/IR II, Fluke 87V, JusticeTrax) and trade abbreviations
(TMDE, MU, PT, CAPA) where the posting uses generic wording.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Daniel K. Oyelaran  |  2241 Juniper Hollow Road, Pocatello, ID 83201  |  (208) 555-0136  |  "
                "daniel.oyelaran@example.com"),
    ("name", "DANIEL K. OYELARAN"),
    ("p", "Breath Alcohol Instrument Technician  |  Calibration & Metrology  |  Courtroom Expert Witness"),
    ("h", "Summary"),
    ("p", "Breath alcohol instrument technician with four years in an ISO/IEC 17025:2017 accredited forensic "
          "breath-testing program and ten years of calibration and electronics repair before that, including active "
          "duty as a Marine Corps TMDE calibration technician. I keep a fleet of 96 evidential breath analyzers "
          "court-ready, teach operator classes, and have been qualified as an expert witness 23 times."),
    ("h", "Certifications & Training"),
    ("b", "Breath Alcohol Technician certification - Intoxilyzer 9000 and Intoximeters EC/IR II, Snake River Regional "
          "Forensic Laboratory, 2022 (recertified 2024 and 2026)"),
    ("b", "CMI factory service school, Intoxilyzer 9000 (IR spectroscopy and fuel cell theory modules) - Owensboro, KY, "
          "2023"),
    ("b", "ASQ CCT (Certified Calibration Technician) - exam scheduled 13 March 2027"),
    ("b", "IPC J-STD-001 Certified IPC Specialist (hand soldering), renewed 2025"),
    ("b", "ISO 9001:2015 Internal Auditor course, 2019"),
    ("b", "NHTSA/IACP Standardized Field Sobriety Testing (SFST) practitioner course, 2022"),
    ("h", "Technical Skills"),
    ("table", [
        ("Breath alcohol instruments", "Intoxilyzer 9000 and Intoxilyzer 8000 (CMI); Intoximeters EC/IR II; "
                                       "Alco-Sensor FST and Alco-Sensor V XL handhelds"),
        ("Simulators & standards", "Guth 2100 wet bath simulators; simulator solutions (0.020, 0.080 and 0.150 g/210 L); "
                                   "compressed ethanol gas standards and regulators; NIST traceable thermometers"),
        ("Electronics", "Component-level fault isolation; schematics and wiring diagrams; soldering and rework; "
                        "IR sample chamber, fuel cell sensor and heated breath hose replacement"),
        ("Test equipment (TMDE)", "Fluke 87V, Fluke 5522A multi-product calibrator, Tektronix TBS2000 oscilloscope, "
                                  "Keysight 34461A, Hart 1524 reference thermometer, dry-block calibrators"),
        ("Quality & metrology", "ISO/IEC 17025:2017; ANAB assessments (2023, 2025); metrological traceability; "
                                "MU budgets (GUM method); calibration recall intervals; control charts; PT; internal "
                                "audits; CAPA; SOPs"),
        ("Software", "JusticeTrax, MS Excel (control charts, uncertainty budgets), MET/TEAM calibration software"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Breath Alcohol Technician II - Snake River Regional Forensic Laboratory, Breath Testing Program, "
            "Pocatello, ID - Jun 2022 to Present"),
    ("b", "Certify, calibrate and repair 96 evidential breath analyzers for 31 agencies: Intoxilyzer 9000 since the 2023 "
          "fleet replacement, Intoxilyzer 8000 and Intoximeters EC/IR II before that; about 2,600 road miles a month."),
    ("b", "Prepare and value-assign simulator solutions in 10 L lots, run them in Guth 2100 wet bath simulators and "
          "verify simulator temperature (34.0 +/- 0.2 C) against a NIST traceable reference thermometer."),
    ("b", "Moved 40 instruments from wet bath simulators to compressed ethanol gas standards in 2024; track cylinder "
          "lots, certificates and expiration dates."),
    ("b", "Component-level fault isolation on IR sample chamber lamps and detectors, fuel cell sensors, heated breath "
          "hose circuits, pumps and main boards; cut average turnaround for a failed instrument from 9 to 4 days."),
    ("b", "Keep every instrument file court-ready (maintenance logs, certification records, chain-of-custody forms); "
          "answered 340 discovery requests and subpoenas for records since 2022."),
    ("b", "Qualified as an expert witness in 23 district court trials and DMV administrative per se hearings on "
          "instrument function and maintenance history."),
    ("b", "Taught initial and refresher classes to 410 breath analyzer operators at four police academies; service "
          "Alco-Sensor FST and Alco-Sensor V XL handhelds for agencies."),
    ("b", "Maintain MU budgets, control charts and PT records for the breath program; performed internal audits, led "
          "CAPA for two ANAB assessment findings and revised 11 SOPs."),
    ("b", "Log instrument, solution and certification records in JusticeTrax."),
    ("job", "Calibration Technician - Ridgeline Metrology Services, Salt Lake City, UT - Aug 2018 to May 2022"),
    ("b", "Calibrated 2,000+ items a year (electrical, temperature, pressure, dimensional) in an ISO 9001 certified and "
          "A2LA-accredited commercial calibration lab; set calibration recall intervals from as-found data."),
    ("b", "Wrote uncertainty budgets for 14 electrical and temperature procedures; documented metrological "
          "traceability to national standards for every reference standard in the lab."),
    ("b", "Repaired power supplies, function generators and process calibrators to component level from schematics."),
    ("job", "Sergeant, U.S. Marine Corps - TMDE Calibration Technician, 1st Maintenance Battalion, Camp Pendleton, CA - "
            "Jul 2012 to Jul 2018"),
    ("b", "Calibrated and repaired TMDE (oscilloscopes, signal generators, power meters, torque tools) for a battalion "
          "of 900 Marines; promoted to Cpl in 2014 and Sgt in 2016."),
    ("b", "Ran the shop's calibration recall program for 3,100 items with a 98% on-time rate."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Palomar Valley Community College, Oceanside, CA, 2017 "
          "(evening program, completed on active duty)"),
    ("h", "Affiliations"),
    ("p", "Southwest Association of Forensic Scientists (SWAFS), member since 2023"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
