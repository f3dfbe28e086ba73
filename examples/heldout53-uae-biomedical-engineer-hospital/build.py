"""Build posting.pdf and resume.docx for heldout53-uae-biomedical-engineer-hospital.

Layout quirks: posting is a PDF job advert from a Dubai hospital (AED salary line); the resume is a Gulf-style
DOCX CV with a Licences & Certifications block before a two-column skills table and a Personal Details block at
the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Biomedical Engineer - Medical Equipment Maintenance and Planning"),
    ("contact", "Al Safwa Specialty Hospital, Al Barsha, Dubai, United Arab Emirates  |  Department: Biomedical "
                "Engineering  |  Job ref: BME-26-114  |  Full-time, permanent"),
    ("h", "About Al Safwa"),
    ("p", "Al Safwa Specialty Hospital is a 280-bed JCI-accredited tertiary hospital in Dubai with adult and paediatric "
          "intensive care, 12 operating theatres, a cardiac catheterisation lab, an oncology centre and a busy emergency "
          "department. Our Biomedical Engineering department looks after more than 6,500 medical devices and supports "
          "the hospital's expansion programme, which will add a 90-bed wing in 2027."),
    ("h", "The Role"),
    ("p", "Reporting to the Head of Biomedical Engineering, you will keep clinical equipment safe, available and "
          "compliant with local regulations and accreditation standards, and take part in planning and commissioning "
          "new medical equipment for the expansion."),
    ("h", "Key Responsibilities"),
    ("b", "Plan and carry out planned preventive maintenance, corrective maintenance and calibration of medical "
          "equipment in ICU, NICU, operating theatres, emergency and outpatient areas."),
    ("b", "Maintain and troubleshoot life-support equipment: ventilators (Dräger Evita V500, Hamilton-C6, Maquet "
          "Servo-u), anaesthesia machines, defibrillators and infusion pumps (B. Braun Space, BD Alaris)."),
    ("b", "Support patient monitors and central monitoring systems (Philips IntelliVue MX series, GE CARESCAPE, "
          "Mindray BeneVision)."),
    ("b", "Give first-line imaging support for X-ray, CT, MRI and ultrasound systems and coordinate repairs with OEM "
          "field service engineers."),
    ("b", "Perform electrical safety testing to IEC 62353 at acceptance, after repair and during routine maintenance, "
          "using a Fluke ESA615 or Rigel 288+ analyser."),
    ("b", "Carry out acceptance testing and commissioning of new equipment, asset tagging, and user training for "
          "clinical staff."),
    ("b", "Keep the equipment inventory, work orders and maintenance history up to date in the CMMS (EQUIP or Infor "
          "EAM) and report KPIs: maintenance completion rate, equipment uptime and mean time to repair."),
    ("b", "Prepare technical specifications, take part in tender evaluation and contribute to equipment replacement "
          "planning."),
    ("b", "Manage vendors and local agents against service level agreements and monitor service contracts."),
    ("b", "Act on field safety notices and recalls from the FDA, MHRA and manufacturers, and report adverse events "
          "and device incidents."),
    ("b", "Maintain the Medical Equipment Management Plan (MEMP) and the evidence for the Facility Management and "
          "Safety (FMS) chapter of the JCI standards."),
    ("b", "Follow infection prevention procedures when working in clinical areas and take part in the on-call rota."),
    ("h", "Minimum Qualifications"),
    ("b", "Bachelor's degree in Biomedical Engineering, Electrical/Electronics Engineering, or equivalent."),
    ("b", "Valid DHA Professional License (Biomedical Engineer), or DHA eligibility letter at the time of joining. "
          "Holders of a DOH or MOHAP licence are welcome to apply."),
    ("b", "Minimum 3 years of post-qualification hospital biomedical engineering experience, preferably in a "
          "JCI-accredited facility."),
    ("b", "Hands-on experience with ventilators, infusion pumps, patient monitors, defibrillators and electrosurgical "
          "units."),
    ("b", "Working knowledge of IEC 62353 and IEC 60601-1; familiarity with NFPA 99 and ISO 14971 risk management."),
    ("b", "Able to read schematics and use test equipment: digital multimeter, oscilloscope, patient simulator, gas "
          "flow analyzer (e.g., Fluke VT900A) and defibrillator analyzer (Fluke Impulse 7000DP)."),
    ("b", "Experience with CMMS software, vendor management and Microsoft Excel."),
    ("b", "Fluent spoken and written English."),
    ("h", "Preferred Qualifications"),
    ("b", "CBET (Certified Biomedical Equipment Technician) or CHTM (Certified Healthcare Technology Manager) from AAMI."),
    ("b", "OEM service training on Dräger, GE HealthCare, Philips or Mindray equipment."),
    ("b", "Experience in medical equipment planning for new hospital projects (room data sheets, equipment lists)."),
    ("b", "Knowledge of Healthcare Technology Management (HTM) and risk-based maintenance."),
    ("b", "Master's degree in Clinical Engineering."),
    ("b", "NEBOSH IGC or an equivalent health and safety certificate."),
    ("b", "Valid UAE driving licence; Arabic language is an advantage."),
    ("h", "Salary and Benefits"),
    ("p", "Tax-free monthly salary AED 14,000 - 18,000 depending on licence and experience, plus housing allowance, "
          "annual return air ticket, medical insurance for the employee and family, 30 calendar days' annual leave "
          "and end-of-service gratuity as per UAE Labour Law. Working hours: 48 hours per week over six days (Monday "
          "to Saturday), rotating day shifts with a share of the on-call rota."),
    ("h", "Equal Opportunity"),
    ("p", "Al Safwa Specialty Hospital is an equal opportunity employer and welcomes applications from all "
          "nationalities. We do not charge any recruitment fees at any stage. Only shortlisted candidates will be "
          "contacted."),
    ("p", "To apply, send your CV with copies of your licence and degree certificate to careers@example.com, quoting "
          "BME-26-114 in the subject line."),
]

RESUME = [
    ("name", "ANWAR SADIQ PALLIKKARA"),
    ("contact", "Biomedical Engineer  |  Mussafah, Abu Dhabi, UAE  |  555-0147  |  anwar.pallikkara@example.com"),
    ("h", "Professional Summary"),
    ("p", "Biomedical engineer with 9 years of hospital experience in Abu Dhabi and Kerala, currently responsible for "
          "critical care and theatre equipment in a 250-bed Joint Commission International accredited hospital. DOH "
          "licensed. Strong on life-support equipment, PPM planning, CMMS administration and vendor contracts; looking "
          "for a Dubai hospital role with more equipment planning work."),
    ("h", "Licences & Certifications"),
    ("b", "DOH (Department of Health - Abu Dhabi) Professional Licence - Biomedical Engineer, valid to Aug 2027"),
    ("b", "DHA Professional Licence - PQR assessment passed, Dataflow verification in process (expected Dec 2026)"),
    ("b", "CBET (AAMI) - exam scheduled February 2027"),
    ("b", "Dräger factory service training, Evita V500 and Savina 300 ventilators, Lübeck, 2022"),
    ("b", "Philips IntelliVue MX series technical training, Dubai, 2021"),
    ("b", "IOSH Managing Safely, 2023"),
    ("b", "ISO 9001:2015 Internal Auditor, 2020"),
    ("h", "Technical Skills"),
    ("table", [
        ("Life-support equipment", "Ventilators: Dräger Evita V500, Savina 300, Hamilton-C6, Hamilton-G5\n"
                                   "Anaesthesia workstations: Dräger Primus, GE Aisys CS2\n"
                                   "Defibrillators and AEDs: ZOLL R Series, Philips HeartStart XL+"),
        ("Infusion", "IV pumps and syringe drivers: B. Braun Space (Infusomat, Perfusor), CareFusion Alaris GP, "
                     "Fresenius Kabi Agilia"),
        ("Monitoring", "Bedside monitors and central stations: Philips IntelliVue MX450/MX800 with PIC iX, "
                       "GE Carescape B650, Nihon Kohden Life Scope"),
        ("Imaging (first line)", "Digital X-ray, mobile X-ray, C-arms (Siemens Cios Alpha), CT, USG; fault logging "
                                 "and OEM liaison"),
        ("Theatre and other", "Diathermy units (Valleylab FT10, Erbe VIO 300 D), OT lights and tables, haemodialysis "
                              "machines (Fresenius 4008S), autoclaves"),
        ("Test equipment", "Fluke ESA615 and ESA620 electrical safety analysers, Fluke ProSim 8, Fluke Impulse 7000DP, "
                           "gas flow analysers (Fluke VT650, Fluke VT900A), DMM, thermometers and pressure meters"),
        ("Standards", "IEC 62353, IEC 60601-1, ISO 9001:2015, DOH medical device regulations"),
        ("CMMS and software", "Infor EAM (CMMS administrator), SAP PM, MS Excel (pivot tables, dashboards), Power BI"),
        ("Management", "PPM scheduling, risk-based PPM (Fennigkoh-Smith scoring), vendor management, SLA monitoring, "
                       "equipment replacement planning, technical specifications"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Biomedical Engineer - Al Reem Specialty Hospital, Abu Dhabi, UAE - Mar 2021 to Present"),
    ("b", "Responsible for about 2,400 devices in ICU, NICU, CCU, OT, ED and the dialysis unit; kept PPM compliance at "
          "98.6% in 2024 and 2025 (target 95%)."),
    ("b", "Handle breakdown repairs and calibration of ventilators, monitors, IV pumps and diathermy units; board-level "
          "fault-finding from schematics on monitor power supplies saved AED 180,000 in spare parts in 2024."),
    ("b", "Run electrical safety tests to IEC 62353 on every incoming, repaired and PPM device with Fluke ESA615/ESA620; "
          "11,800 tests logged since 2021."),
    ("b", "CMMS administrator for Infor EAM: migrated 2,400 asset records from spreadsheets, set up PPM schedules and "
          "work orders, and publish a monthly KPI dashboard (equipment uptime 97.9%, MTTR 2.6 days)."),
    ("b", "Acceptance inspection and commissioning of 310 new devices for the 2023 oncology wing; ran in-service "
          "training for 140 nurses and anaesthesia technicians."),
    ("b", "Supported equipment planning for the oncology wing with the planning consultant and the MEP contractor: "
          "technical specifications for 22 items (ventilators, anaesthesia workstations, monitors) and Group 1 "
          "equipment schedules."),
    ("b", "Manage 14 OEM and local agent service contracts worth AED 3.2 million a year; tightened SLA response times "
          "and recovered penalties from two under-performing vendors."),
    ("b", "Actioned 37 FSNs and recalls from the FDA, MHRA and ECRI alerts; reported 6 adverse incidents to DOH and "
          "closed all within 30 days."),
    ("b", "Owner of the MEMP and the FMS medical equipment evidence for the 2024 Joint Commission International "
          "triennial survey: no findings on medical equipment."),
    ("b", "Introduced risk-based PPM intervals using Fennigkoh-Smith scoring, cutting PPM hours by 18% with no rise in "
          "breakdowns."),
    ("b", "Prepared the 5-year equipment replacement planning list (AED 11 million) using age, condition and support "
          "status scores."),
    ("b", "Follow infection control procedures in isolation rooms and take part in the on-call rota (1 week in 4)."),
    ("job", "Biomedical Engineer - St. Gregorios Mission Hospital, Kochi, Kerala, India - Jul 2017 to Feb 2021"),
    ("b", "Maintained 900 devices in a 400-bed NABH accredited hospital: ventilators, monitors, dialysis machines, ECG "
          "machines and OT equipment."),
    ("b", "Gave first-line imaging support for Siemens and GE digital X-ray, CT and USG systems; logged calls and "
          "escalated to OEM engineers, cutting imaging downtime by 30%."),
    ("b", "Repaired monitor and ECG boards to component level; ran electrical safety testing with a Fluke ESA620."),
    ("b", "Built the department's first preventive maintenance calendar in MS Excel for 900 assets."),
    ("h", "Education"),
    ("p", "B.Tech, Biomedical Engineering - Malabar College of Engineering, Thrissur, Kerala, India, 2017 (first class; "
          "degree attested by the UAE Ministry of Education)"),
    ("h", "Personal Details"),
    ("p", "Nationality: Indian  |  UAE residence visa (transferable)  |  UAE driving licence (light vehicle)  |  "
          "Languages: English, Malayalam, Hindi, basic Arabic  |  Notice period: 30 days"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", HERE / "resume.docx")
