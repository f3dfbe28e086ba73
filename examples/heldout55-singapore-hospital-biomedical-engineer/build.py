"""Build posting.pdf and resume.docx for heldout55-singapore-hospital-biomedical-engineer.

Layout quirks: posting as a PDF (headings upper-cased by the writer); resume as DOCX with the contact line in
the page header, a two-column skills table, Singapore/British spelling (analyser, anaesthesia, programme).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Biomedical Engineer (Medical Equipment Management)"),
    ("p", "Biomedical Engineering Department  |  Kallang Bay General Hospital  |  Full-time, Permanent  |  "
          "Job ID KBGH-BME-2611"),
    ("h", "About Us"),
    ("p", "Kallang Bay General Hospital is a 1,100-bed public acute hospital in the Eastern Straits Health cluster. "
          "We are licensed by the Ministry of Health and accredited by Joint Commission International. Our "
          "Biomedical Engineering (BME) Department looks after more than 14,000 medical devices, from bedside "
          "monitors to a 3 Tesla MRI, and is equipping the hospital's new Surgical and Specialist Outpatient Block, "
          "which opens in 2028."),
    ("h", "Key Responsibilities"),
    ("b", "Manage the full life cycle of medical equipment in your assigned areas (Intensive Care Units, Operating "
          "Theatres and Diagnostic Radiology): equipment planning, specification, acceptance testing, "
          "commissioning, maintenance and condemnation."),
    ("b", "Plan and run a risk-based maintenance programme: set preventive maintenance (PM) frequencies from "
          "equipment risk scores and manufacturer recommendations, and track PM completion and corrective "
          "maintenance in the computerised maintenance management system (CMMS)."),
    ("b", "Carry out and verify electrical safety testing to IEC 62353 and performance verification against "
          "IEC 60601-1 and its particular standards, using electrical safety analysers (Fluke ESA612 or "
          "equivalent), gas flow analysers and defibrillator analysers."),
    ("b", "Act as equipment owner for critical care and theatre equipment: ventilators (Hamilton-C6, Dräger Evita "
          "V800), patient monitoring systems (Philips IntelliVue), infusion pumps and syringe drivers (B. Braun "
          "Space), defibrillators, anaesthesia workstations (GE Aisys CS2), electrosurgical units and haemodialysis "
          "machines."),
    ("b", "Support imaging equipment projects for CT, MRI, general radiography, mobile C-arms and ultrasound, and work "
          "with the Radiation Safety Officer on licences for irradiating apparatus under the Radiation Protection "
          "Act 2007 and NEA requirements."),
    ("b", "Oversee point-of-care testing devices such as blood gas analysers (Radiometer ABL90 FLEX) and glucometers "
          "together with the Department of Laboratory Medicine."),
    ("b", "Handle medical device adverse event reporting, Field Safety Corrective Actions (FSCA) and recalls in "
          "line with the Health Sciences Authority (HSA) Health Products (Medical Devices) Regulations 2010."),
    ("b", "Prepare tender specifications and technical evaluations for purchases through GeBIZ and ALPS; manage "
          "vendor maintenance contracts, service level agreements (SLAs) and vendor performance."),
    ("b", "Lead equipment planning and commissioning for new and renovated clinical areas, including room data "
          "sheets, equipment schedules and handover to clinical departments."),
    ("b", "Keep documentation and key performance indicators ready for JCI surveys (Facility Management and "
          "Safety standards) and for MOH licensing inspections under the Healthcare Services Act."),
    ("b", "Conduct user training for nursing and medical staff, and lead root cause analysis of equipment-related "
          "incidents."),
    ("h", "Requirements"),
    ("b", "Degree in Biomedical Engineering, Electrical and Electronic Engineering, or a related engineering "
          "discipline."),
    ("b", "At least 3 years of hands-on experience in clinical engineering or medical equipment maintenance in a "
          "hospital or with a medical device company."),
    ("b", "Working knowledge of IEC 60601-1, IEC 62353 and ISO 14971 risk management."),
    ("b", "Familiarity with the HSA medical device regulatory framework (risk Classes A to D, registration and "
          "reporting obligations)."),
    ("b", "Experience with a CMMS such as Infor EAM, Nuvolo, or equivalent."),
    ("b", "Project management and vendor management experience, ideally in equipment planning for a new "
          "healthcare facility."),
    ("b", "Proficient in Microsoft Excel."),
    ("b", "Willing to join the after-hours on-call roster."),
    ("h", "Preferred"),
    ("b", "Certified Biomedical Equipment Technician (CBET) or Certified Clinical Engineer (CCE)."),
    ("b", "Project Management Professional (PMP) or an equivalent project management certification."),
    ("b", "Chartered Engineer registration with the Institution of Engineers Singapore (IES)."),
    ("b", "Experience with angiography or cardiac catheterisation laboratory systems."),
    ("b", "AutoCAD for equipment layout drawings; Power BI dashboards."),
    ("b", "Knowledge of medical device cybersecurity and device integration with NGEMR (Epic)."),
    ("h", "Work Arrangement and Remuneration"),
    ("b", "Office hours Monday to Friday, 8.30 am to 5.30 pm, plus a 1-in-6 weekend on-call roster with on-call "
          "allowance."),
    ("b", "Salary commensurate with qualifications and experience. Annual Wage Supplement (AWS), performance "
          "bonus, 18 days' annual leave, medical and dental benefits, and sponsorship for professional "
          "certification."),
    ("h", "Fair Employment"),
    ("p", "Kallang Bay General Hospital is an equal opportunity employer and abides by the Tripartite Guidelines on "
          "Fair Employment Practices. We select candidates on merit, regardless of age, race, gender, religion, "
          "marital status, family responsibilities or disability. Only shortlisted candidates will be notified."),
]

RESUME = [
    ("contact", "Blk 412 Serangoon Central #08-215, Singapore 550412  |  (+65) 555-0147  |  "
                "jolene.koh@example.com  |  linkedin.com/in/jolenekohmx"),
    ("name", "KOH MEI XUAN, JOLENE"),
    ("h", "Profile"),
    ("p", "Biomedical engineer with six years in healthcare technology management (HTM): four in a public "
          "regional hospital BME department and two as a field service engineer for a medical device distributor. "
          "Equipment owner for ICU and OT equipment, comfortable running tenders on GeBIZ, commissioning new "
          "wards and keeping the department ready for JCI and MOH licensing inspection."),
    ("h", "Core Skills"),
    ("table", [
        ("Equipment", "Hamilton-C6 / G5 ventilators, Philips IntelliVue MX800 and MX550 bedside monitors,\n"
                      "B. Braun Space infusion pumps and syringe pumps, ZOLL R Series defibrillators,\n"
                      "GE Aisys CS2 anaesthesia machines, Valleylab FT10 diathermy, ABL90 FLEX blood gas analysers"),
        ("Testing", "Electrical safety testing (IEC 62353, IEC 60601-1), performance testing,\n"
                    "Fluke ESA615, Fluke VT650, Fluke Impulse 7000DP"),
        ("Regulatory", "HSA adverse event reporting, FSCA, HCSA, JCI FMS chapter, NEA irradiating apparatus licences"),
        ("Systems", "CMMS (Infor EAM), MS Excel, MS Project, Tableau"),
        ("Management", "Project management, vendor management, tender specs, SLA monitoring, KPIs, RCA"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Biomedical Engineer, Biomedical Engineering Department - Serangoon Vale Hospital, Singapore - "
            "Jul 2021 to Present"),
    ("b", "Equipment owner for 2,300 devices across 3 ICUs, the HD ward and 14 operating theatres (OT); average "
          "uptime of critical equipment 99.2% in FY2025."),
    ("b", "Rebuilt the risk-based PM schedule for 9,000 assets in Infor EAM using function, risk and maintenance "
          "scores; cut PPM workload by 18% with no rise in breakdown maintenance calls."),
    ("b", "Ran electrical safety testing and performance testing on 1,100 devices a year with a Fluke ESA615, "
          "VT650 gas flow analyser and Impulse 7000DP."),
    ("b", "Did equipment planning for a new 120-bed ward block: RDS input, equipment schedule, tender specs, "
          "technical evaluation on GeBIZ and ALPS purchase orders (S$6.4 million, 840 items), then acceptance "
          "tests and commissioning in 11 weeks."),
    ("b", "Managed 46 service contracts with 19 vendors; set up quarterly SLA and KPI reviews that brought vendor "
          "response-time compliance from 81% to 96%."),
    ("b", "Filed 27 adverse event reports to HSA and closed 60 FSCA and recall notices within the hospital's "
          "10-working-day target."),
    ("b", "Coordinated POCT equipment with the lab: 34 ABL90 FLEX blood gas analysers and 210 Accu-Chek Inform II "
          "glucose meters."),
    ("b", "Worked with the RSO on renewals of NEA irradiating apparatus licences under the Radiation Protection Act "
          "for general X-ray, CT (Siemens SOMATOM go.Up), ultrasound rooms and 6 mobile C-arm units."),
    ("b", "Led the FMS chapter tracer for the 2024 JCI survey (no findings for medical equipment) and prepared "
          "records for two MOH licensing inspections under the HCSA."),
    ("b", "Delivered in-service training to 300+ nurses a year; led 12 RCA reviews of equipment incidents."),
    ("b", "Chaired write-off and disposal board reviews for 400 end-of-life items."),
    ("job", "Field Service Engineer - Straits Meditech Pte Ltd, Singapore - Jun 2019 to Jun 2021"),
    ("b", "Installed and serviced Philips IntelliVue patient monitors and Hamilton ventilators in 9 public and "
          "private hospitals; 95% first-time fix rate."),
    ("b", "Integrated 180 bedside monitors with the Epic EMR through Philips IntelliBridge for one hospital."),
    ("h", "Education"),
    ("p", "Bachelor of Engineering (Biomedical Engineering), Nanyang Technological University (NTU), 2019. "
          "Final-year project: alarm fatigue in ICU monitors."),
    ("h", "Certifications and Memberships"),
    ("b", "PMP (Project Management Professional) - exam scheduled March 2027, 35 contact hours completed"),
    ("b", "Graduate Member, Institution of Engineers Singapore (IES)"),
    ("b", "Hamilton Medical C6 service training, 2022; Philips IntelliVue service certification, 2020"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "posting.pdf", HERE / "resume.docx")
