#!/usr/bin/env python3
"""Build resume.docx for heldout20-gulf-biomed-senior.

Layout: contact details in the Word page header, skills and personal details in two-column tables
(typical of Gulf CVs; both trouble a plain-text ATS read).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Eng. Karim Hossam Farouk  |  Al Malqa District, Riyadh, Kingdom of Saudi Arabia  |  +966 50 555-0137  |  karim.farouk@example.com"),
    ("name", "KARIM HOSSAM FAROUK"),
    ("p", "Biomedical Engineering Supervisor  -  SCE Registered Engineer"),
    ("h", "Career Profile"),
    ("p", "Biomedical engineer with 15 years in government and private hospitals in Saudi Arabia and Egypt, the last 7 "
          "as department supervisor for a 350-bed general hospital. Owner of the hospital MEMP, with a strong record in "
          "accreditation (JCI and CBAHI), vendor management and planning for new buildings. Hands-on background in "
          "critical care, CSSD and imaging equipment; comfortable leading engineers, technicians and vendor engineers "
          "of many nationalities."),
    ("h", "Professional Registration"),
    ("b", "Saudi Council of Engineers (SCE) - classified Engineer grade, Membership No. 318842, valid to 2027. "
          "Upgrade to Professional Engineer grade: application submitted October 2026, under review."),
    ("b", "Egyptian Engineers Syndicate - member since 2010."),
    ("h", "Certifications"),
    ("b", "CHTM (Certified Healthcare Technology Manager), AAMI Credentials Institute - exam scheduled February 2027."),
    ("b", "LSSGB - Lean Six Sigma, 2022."),
    ("b", "ISO 9001:2015 Internal Auditor course, 2021."),
    ("b", "Basic Life Support (American Heart Association), valid to 2027."),
    ("h", "Technical Skills"),
    ("table", [
        ("Critical care & OR",
         "ICU ventilators (Hamilton C6, Draeger Evita V500, Servo-i); bedside monitors (Philips IntelliVue MX700/MX450, "
         "Mindray BeneVision N17); defibrillators (ZOLL R Series, Philips HeartStart XL+); volumetric and syringe pumps "
         "(B. Braun Infusomat Space, Perfusor Space); anaesthesia machines (Draeger Primus, GE Aisys CS2); "
         "ESU (Valleylab FT10); neonatal incubators (Draeger Isolette 8000)"),
        ("Imaging",
         "CT scanners (Siemens SOMATOM go.Up, GE Revolution EVO); 1.5T MR (Philips Ingenia); general radiography and "
         "fluoro rooms; mobile C-arm (Ziehm Vision RFD); GE LOGIQ E10 and Voluson E8; PACS/RIS link-up with IT"),
        ("Laboratory",
         "First-line support and vendor follow-up: Sysmex XN-1000, Roche cobas c 501 / e 411, Abbott ARCHITECT ci4100"),
        ("Renal & CSSD",
         "Fresenius 4008S and 5008S; CSSD autoclaves (Getinge HS66, Steelco VS series); STERRAD 100NX; Steelco and "
         "Getinge washer disinfectors"),
        ("Test equipment",
         "Fluke ESA615, Impulse 7000DP, IDA-5, VT650, vital signs simulator (ProSim 8); all test equipment sent for "
         "annual calibration to an ISO/IEC 17025 lab"),
        ("Systems & standards",
         "IBM Maximo (work orders, PM scheduling, medical equipment inventory); Microsoft Office (Excel pivot tables); "
         "IEC 60601-1, IEC 62353; JCI 7th Edition (Facility Management and Safety chapter); CBAHI National Hospital "
         "Standards; Saudi Food and Drug Authority (SFDA) medical device requirements"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Biomedical Engineering Supervisor - Al Qadisiyah General Hospital (Riyadh Second Health Cluster), Riyadh, KSA  |  Feb 2019 - Present"),
    ("b", "Lead a team of 11 engineers and technicians covering 6,800 devices; own the hospital MEMP and present the monthly "
          "KPI dashboard (uptime 97.8%, PM completion 98%, MTTR 2.1 days) to the Environment of Care committee."),
    ("b", "Schedule preventive maintenance (PM) and calibration in Maximo; cut the breakdown maintenance backlog from 310 to "
          "60 open work orders within one year."),
    ("b", "Perform electrical safety testing and performance inspection per IEC 62353 on all incoming and repaired devices."),
    ("b", "Manage 42 vendor maintenance contracts (about SAR 18 million a year) with service level agreements; applied "
          "penalties whenever uptime fell below 95%."),
    ("b", "Prepare technical specifications and technical bid evaluation for NUPCO and cluster tenders."),
    ("b", "Led medical equipment planning for the 120-bed new tower (Group 2 and 3 equipment), wrote the 5-year equipment "
          "replacement plan and completed equipment condemnation of 430 obsolete devices."),
    ("b", "Coordinated incoming inspection, T&C (testing and commissioning) and end-user training for 1,900 new devices."),
    ("b", "Close every recall and FSN from SFDA, ECRI and manufacturers within 10 working days; submit adverse incident "
          "reports to the National Center for Medical Devices Reporting; led RCA for 9 equipment-related incidents."),
    ("b", "Led the department through JCI reaccreditation (2022) and CBAHI surveys (2021, 2024) with no medical equipment "
          "findings."),
    ("job", "Biomedical Engineer - Dar Al Salam Hospital, Jeddah, KSA  |  Oct 2014 - Jan 2019"),
    ("b", "Second-line troubleshooting and repair for ICU, OR, NICU and renal unit equipment in a 220-bed private hospital."),
    ("b", "Completed factory service training on the Siemens SOMATOM go.Up CT (2017) and became site contact for CT uptime."),
    ("b", "Maintained CSSD autoclaves and washer disinfectors; validated Bowie-Dick and leak tests with the CSSD team."),
    ("b", "Kept spare parts stock for critical devices and reduced vendor call-outs by 25%."),
    ("job", "Biomedical Engineer - Nile Delta University Hospital, Mansoura, Egypt  |  Sep 2011 - Sep 2014"),
    ("b", "Repaired bedside monitors, defibrillators, syringe pumps and anaesthesia machines for the surgery and ICU departments."),
    ("b", "Maintained test equipment and device history files."),
    ("h", "Education"),
    ("p", "B.Sc. in Systems and Biomedical Engineering - Cairo University, Faculty of Engineering, 2010 (Very Good with Honours)"),
    ("h", "Training Courses"),
    ("b", "Philips Ingenia MR basic service course - Dubai, 2018"),
    ("b", "Draeger Evita V500 and Primus service training - Riyadh, 2020"),
    ("b", "AAMI HTM Leadership webinar series - online, 2023"),
    ("h", "Personal Details"),
    ("table", [
        ("Nationality", "Egyptian"),
        ("Date of birth", "14 March 1988"),
        ("Marital status", "Married"),
        ("Iqama", "Transferable"),
        ("Driving licence", "Saudi, valid"),
        ("Languages", "Arabic (native), English (fluent)"),
    ]),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
