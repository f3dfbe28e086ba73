#!/usr/bin/env python3
"""Build resume.pdf for heldout34-me-safety-test-engineer (plain single-column PDF)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "COLIN R. PELLETIER, EIT"),
    ("contact", "88 Stroudwater Street, Portland, ME 04102  |  (207) 555-0138  |  colin.pelletier@example.com"),
    ("h", "Summary"),
    ("p", "Clinical engineer with 10 years in hospital clinical engineering (CE), the last 6 running the electrical "
          "safety and incoming inspection program for a three-hospital system of about 14,000 medical devices. I "
          "write our test procedures, check new medical electrical equipment against its listing and the "
          "manufacturer's claims before it reaches a patient, and investigate the failures that get past us. "
          "Looking to move into third-party compliance testing."),
    ("h", "Licenses & Certifications"),
    ("b", "Engineer Intern (EIT), Maine State Board of Licensure for Professional Engineers, 2016 (FE Electrical and Computer)"),
    ("b", "Professional Engineer (PE), Electrical and Computer: Power - exam scheduled April 2027"),
    ("b", "Certified Clinical Engineer (CCE), Healthcare Technology Certification Commission, 2023"),
    ("b", "NFPA 70E electrical safety in the workplace training, 2025"),
    ("h", "Technical Skills"),
    ("b", "Electrical safety: leakage current (earth leakage, enclosure leakage and patient leakage, including "
          "open-ground and reversed-polarity conditions), ground wire resistance, insulation resistance; IEC 62353 "
          "and NFPA 99 methods"),
    ("b", "Standards: ANSI/AAMI ES60601-1 (listing and pre-purchase review), IEC 60601-1-2, IEC 60601-1-8, "
          "ISO 14971, AAMI TIR69 wireless coexistence, NFPA 99"),
    ("b", "Instruments: Fluke ESA620 and Rigel 288+ analyzers, Fluke 1587 FC insulation multimeter, Tektronix "
          "TBS2104 oscilloscope, Fluke 54 II thermocouple thermometer, Keysight FieldFox spectrum analyzer, Fluke "
          "1760 power quality recorder"),
    ("b", "Software: Python (pandas) for test data, Nuvolo, Excel and Power BI"),
    ("h", "Experience"),
    ("job", "Clinical Engineer II - Casco Bay Health, Portland, ME - Jun 2020 to Present"),
    ("b", "Own the electrical safety and incoming inspection program for three hospitals: about 2,300 incoming "
          "inspections and 9,000 scheduled electrical safety tests a year, carried out by 14 BMETs."),
    ("b", "Moved the system from NFPA 99-only testing to IEC 62353 methods with documented limits per device class; "
          "wrote the test procedures and trained every technician."),
    ("b", "Rejected 38 incoming devices in 2024-2025 for nonconformities: no NRTL mark, patient leakage over limit, "
          "failed ground continuity at the appliance inlet, wrong plug configuration."),
    ("b", "Ran pre-purchase technical reviews for 60+ capital projects: NRTL listings, CB Scheme certificates, FDA "
          "510(k) status, ANSI/AAMI ES60601-1 and IEC 60601-1-2 declarations, and MDS2 forms."),
    ("b", "Investigated electromagnetic compatibility and wireless coexistence problems with the spectrum analyzer; "
          "traced repeated telemetry monitor resets to ESD from new flooring on a step-down unit."),
    ("b", "Chaired the alarm management working group and mapped alarm priorities on 1,100 monitors to IEC "
          "60601-1-8 categories."),
    ("b", "Led ISO 14971 risk assessments for networked infusion pumps; wrote 12 incident test reports, 5 of which "
          "went to FDA MedWatch."),
    ("b", "Managed calibration of 70 test instruments through an A2LA-accredited vendor; reviewed ISO 17025 "
          "certificates and as-found data and wrote the out-of-tolerance impact procedure."),
    ("b", "Supported equipment planning and acceptance testing for two new IR suites and an EP lab (2023)."),
    ("b", "Wrote Python scripts that pull ESA620 results into Nuvolo and flag drift in leakage readings."),
    ("job", "Clinical Engineering Associate - Penobscot River Medical Center, Bangor, ME - Aug 2016 to May 2020"),
    ("b", "Incoming inspections and electrical safety testing on patient care equipment; tested line isolation "
          "monitors in 14 ORs."),
    ("b", "Verified infant warmer and blanket warmer temperatures with a thermocouple thermometer."),
    ("b", "Coordinated recall work and vendor service for the CE department."),
    ("h", "Education"),
    ("p", "B.S., Biomedical Engineering - Kennebec State University, Augusta, ME, 2016. Senior design: a low-cost "
          "leakage current trainer for BMET students."),
    ("h", "Continuing Education"),
    ("b", "AAMI: Understanding ANSI/AAMI ES60601-1, 3rd Edition (2024)"),
    ("b", "AAMI: Medical Device Risk Management with ISO 14971 (2022)"),
    ("h", "Affiliations"),
    ("b", "AAMI member; Northern New England Clinical Engineering Society (board member, 2023 to present)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
