"""Build posting.docx and resume.pdf for heldout56-australia-hospital-biomedical-engineer.

Layout quirks: the posting is a Word document as a Queensland hospital and health service attaches it to a
job-board ad (role description with mandatory and highly desirable requirements). The resume is a PDF with
skills in two columns (labels ending ':') and a Professional Memberships section.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Biomedical Engineer (PO3) - Biomedical Technology Services"),
    ("p", "Coral Coast Hospital and Health Service  |  Marramba Base Hospital, Marramba QLD  |  Permanent full-time  |  "
          "Job ad reference CC-HHS-2026-0733  |  Applications close Sunday 12 April 2026"),
    ("h", "About us"),
    ("p", "Coral Coast Hospital and Health Service provides public health care to more than 310,000 people across "
          "the Coral Coast region, from the 420-bed Marramba Base Hospital to 11 rural hospitals and "
          "multipurpose health services. Biomedical Technology Services (BTS) is a team of 24 engineers and "
          "technicians who look after some 19,000 medical devices across the region."),
    ("h", "About the role"),
    ("p", "Reporting to the Senior Biomedical Engineer, you will provide engineering support for clinical "
          "equipment across operating theatres, intensive care, emergency and medical imaging, and manage "
          "allocated equipment fleets from procurement through to disposal."),
    ("h", "Key responsibilities"),
    ("b", "Deliver the medical equipment management program in line with AS/NZS 3551, including acceptance "
          "testing, commissioning, scheduled preventive maintenance, corrective maintenance and decommissioning."),
    ("b", "Perform electrical safety testing of medical electrical equipment to AS/NZS 3551 and AS/NZS 3200, "
          "and verify body-protected and cardiac-protected patient areas to AS/NZS 3003 and AS/NZS 3000."),
    ("b", "Maintain and repair anaesthesia workstations (GE Aisys CS2, Dräger Perseus A500), ICU ventilators "
          "(Hamilton C6, Dräger Evita V800) and non-invasive ventilation devices."),
    ("b", "Support physiological monitoring systems (Philips IntelliVue, GE CARESCAPE) including central "
          "stations and their integration with the hospital network."),
    ("b", "Service defibrillators (ZOLL R Series), infusion pumps and syringe drivers (BD Alaris, Niki T34) "
          "and electrosurgical units (diathermy)."),
    ("b", "Provide first-line support for medical imaging equipment including mobile X-ray units, ultrasound and "
          "image intensifiers, working with vendor field service engineers."),
    ("b", "Use calibrated test equipment including the Fluke ESA620 electrical safety analyser, Fluke VT900A "
          "gas flow analyser, ProSim 8 vital signs simulator and Impulse 7000DP defibrillator analyser."),
    ("b", "Carry out fault-finding to component level and keep asset and work order records in the "
          "computerised maintenance management system (CMMS)."),
    ("b", "Action TGA recalls and hazard alerts, confirm ARTG inclusion for new devices, and report adverse "
          "events to the TGA and in RiskMan."),
    ("b", "Undertake risk assessments to AS ISO 31000 and ISO 14971, and contribute to procurement through "
          "technical specifications, tender evaluation and capital equipment replacement planning."),
    ("b", "Deliver in-service training on equipment to nursing and medical staff, and take part in the "
          "after-hours on-call roster."),
    ("h", "Mandatory requirements"),
    ("b", "Bachelor of Engineering (Biomedical, Electrical or Electronic) or an equivalent qualification "
          "recognised by Engineers Australia."),
    ("b", "Eligibility for membership of Engineers Australia."),
    ("b", "At least three years' post-graduate experience in a hospital biomedical engineering department or "
          "with a medical equipment service provider."),
    ("b", "Working knowledge of AS/NZS 3551, AS/NZS 3200 and AS/NZS 3000, and of TGA regulatory requirements "
          "for medical devices."),
    ("b", "Demonstrated experience servicing anaesthesia, ventilation and patient monitoring equipment."),
    ("b", "Current C class driver licence."),
    ("h", "Highly desirable"),
    ("b", "Registration as a Registered Professional Engineer of Queensland (RPEQ), or Chartered status "
          "(CPEng) with entry on the National Engineering Register (NER)."),
    ("b", "Electrical mechanic licence or restricted electrical licence issued in Queensland."),
    ("b", "Radiation use licence under the Radiation Safety Act 1999 (Qld)."),
    ("b", "Experience with health technology assessment and Power BI reporting."),
    ("b", "Knowledge of HL7 interfacing of networked medical devices."),
    ("h", "What we offer"),
    ("b", "Professional Officer Level 3 (PO3): $4,274.50 - $4,765.90 per fortnight, plus up to 12.75% "
          "employer superannuation contributions and salary packaging."),
    ("b", "76 hours per fortnight, Monday to Friday, with on-call allowances."),
    ("b", "Four weeks annual leave plus 17.5% leave loading, and professional development support."),
    ("h", "How to apply"),
    ("p", "Submit your resume, the contact details of two referees and a cover letter of no more than two pages "
          "outlining how your experience fits the role. Pre-employment screening, including criminal history "
          "checks, may be undertaken on recommended applicants."),
    ("p", "Coral Coast Hospital and Health Service is an equal opportunity employer committed to a diverse and "
          "inclusive workplace. Aboriginal and Torres Strait Islander peoples, people with disability, people "
          "from culturally and linguistically diverse backgrounds and people of all genders are encouraged to "
          "apply."),
]

RESUME = [
    ("name", "DECLAN P. MAHONY"),
    ("contact", "14 Gray Street, Hamilton VIC 3300  |  0400 555-0162  |  declan.mahony@example.com  |  "
                "linkedin.com/in/declanmahony"),
    ("h", "Profile"),
    ("p", "Biomedical engineer with six years in hospital clinical technology, four of them as the on-site engineer "
          "for a regional Victorian health service. Hands-on with anaesthetic machines, critical care ventilators "
          "and patient monitors, and comfortable running an equipment fleet from tender to disposal. Relocating "
          "to Queensland with my family in mid-2026."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Clinical equipment:", "Standards and regulation:"),
        ("Dräger Perseus A500, Primus anaesthetic machines", "AS/NZS 3551:2012 equipment management"),
        ("Dräger Evita V800, Savina 300", "AS/NZS IEC 60601.1, AS/NZS 3003:2018"),
        ("ResMed Astral, Philips V60 NIV", "Wiring Rules, AS/NZS 3760 test and tag"),
        ("Philips IntelliVue MX800, PIIC iX", "TGA, ISO 14971"),
        ("ZOLL R Series, Philips HeartStart defibrillators", "Test equipment:"),
        ("CareFusion Alaris GP, CME T34 syringe pumps", "Fluke ESA620, VT900A, ProSim 8"),
        ("ESU (Valleylab FT10), patient warming", "Fluke Impulse 6000D defibrillator analyser"),
        ("Mobile DR, ultrasound, GE OEC C-arms", "Systems:"),
        ("", "Infor EAM, VHIMS, HL7, Microsoft Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Biomedical Engineer - Glenelg Regional Health, Hamilton VIC - Mar 2021 to Present"),
    ("b", "Sole on-site biomedical engineer for a 180-bed regional hospital and four campuses; about 4,200 assets "
          "under a planned maintenance (PM) program run to AS/NZS 3551:2012, with PM compliance raised from "
          "78% to 96% in two years."),
    ("b", "Acceptance testing and commissioning of 650 new devices, including 14 Dräger Perseus A500 anaesthetic "
          "machines and a theatre fit-out of 8 Philips IntelliVue MX800 monitors with a PIIC iX central station."),
    ("b", "Breakdown repairs and troubleshooting to board level on critical care ventilators (Dräger Evita V800, "
          "Savina 300), NIV units, defibrillators and CareFusion Alaris GP volumetric pumps."),
    ("b", "Electrical safety testing with the Fluke ESA620 and verification of cardiac-protected and "
          "body-protected areas to AS/NZS 3003:2018 after every theatre and ICU electrical change."),
    ("b", "Performance checks with VT900A gas flow analyser, ProSim 8 and Impulse 6000D; kept test equipment "
          "calibration at 100% for three audit cycles."),
    ("b", "Logged every job and asset change in Infor EAM; built Excel dashboards for the executive on "
          "equipment age, downtime and PM compliance."),
    ("b", "Actioned 60+ TGA recalls and hazard alerts a year and lodged adverse event reports with the TGA and "
          "in VHIMS."),
    ("b", "Wrote technical specifications and sat on tender evaluation panels for $3.2M of capital purchasing, "
          "including ICU ventilators and a fleet of 120 infusion pumps; prepared the 5-year capital "
          "replacement plan."),
    ("b", "Risk assessments to ISO 14971 for device changes and networked monitoring; helped set up HL7 "
          "interfacing of the PIIC iX to the EMR."),
    ("b", "Ran 40 in-service sessions a year for nursing and anaesthetic staff; on-call one week in three."),
    ("job", "Biomedical Engineer (Graduate to Level 1) - Southbank Medical Technology Services, Melbourne VIC - "
            "Feb 2019 to Feb 2021"),
    ("b", "Field service for a contract maintenance provider covering 25 private hospitals and day surgeries; "
          "about 1,500 scheduled PMs a year on monitors, pumps, ESUs and sterilisers."),
    ("b", "Supported vendor engineers on mobile DR, ultrasound and GE OEC C-arms; logged radiation surveys for "
          "the clients' licence holders."),
    ("h", "Education"),
    ("p", "Bachelor of Engineering (Honours) (Biomedical) - Yarra Valley Institute of Technology, Melbourne, 2018. "
          "Final-year project: wireless alarm escalation for ward patient monitors."),
    ("h", "Professional Memberships and Licences"),
    ("b", "Member, Engineers Australia (MIEAust), 2021 - present"),
    ("b", "Chartered Professional Engineer (CPEng) - Engineers Australia Stage 2 assessment submitted Feb 2026, "
          "interview expected July 2026"),
    ("b", "Restricted Electrical Licence (Energy Safe Victoria), 2020 - present"),
    ("b", "Full Victorian driver licence (car)"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
