"""Build posting.docx and resume.docx for heldout57-scotland-nhs-medical-equipment-clinical-technologist.

Layout quirks: NHS Scotland job-pack style posting (job details, key duties, person specification with
Essential / Desirable); resume DOCX with the contact line in the page header, skills in a two-column table,
English NHS trust (EBME) wording, a Professional Membership section.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Clinical Technologist - Medical Equipment Management (Band 5)"),
    ("p", "NHS Lochmore and Strathy  |  Medical Physics Department  |  Lochmore Royal Infirmary, Kilbrennan  |  "
          "Reference: LS/MP/2026/118"),
    ("h", "Job details"),
    ("b", "Salary: £33,247 - £40,725 per annum (Agenda for Change Band 5)"),
    ("b", "Hours: 37 hours per week, Monday to Friday, with participation in the departmental on-call rota"),
    ("b", "Contract: Permanent"),
    ("b", "Closing date: 30 October 2026"),
    ("h", "About us"),
    ("p", "NHS Lochmore and Strathy provides health services to around 410,000 people across the west of Scotland. "
          "The Medical Equipment Management Service, part of the Medical Physics Department, looks after more than "
          "38,000 medical devices across three acute hospitals, nine community hospitals and over 60 GP practice and "
          "health centre sites. We are a friendly team of 46 clinical technologists, engineers and support staff "
          "and we are proud of our ISO 9001:2015 certification."),
    ("h", "The role"),
    ("p", "We are looking for a motivated Clinical Technologist to join our acute team at Lochmore Royal Infirmary. "
          "You will provide a safe, effective technical service for a wide range of electro-medical equipment used "
          "in wards, theatres, critical care and the renal unit."),
    ("h", "Main duties and responsibilities"),
    ("b", "Carry out acceptance testing, planned preventive maintenance (PPM), calibration and repair of medical "
          "equipment in line with manufacturers' service manuals and departmental procedures."),
    ("b", "Perform electrical safety testing to IEC 62353 using Rigel 288+ electrical safety analysers, with an "
          "understanding of the design requirements of IEC 60601-1."),
    ("b", "Maintain infusion devices, including BD Alaris GP volumetric pumps, BD Alaris CC syringe pumps and "
          "B. Braun Space pumps, and verify their performance with Fluke IDA-5 analysers."),
    ("b", "Service Philips IntelliVue MX450 and MX750 patient monitors, pulse oximeters, 12-lead ECG machines, and "
          "ZOLL R Series and Philips HeartStart defibrillators, using Fluke ProSim 8 vital signs simulators and "
          "Fluke Impulse 7000DP defibrillator analysers."),
    ("b", "Support critical care with Hamilton C6 and Dräger Evita V800 ventilators, Philips Respironics V60 "
          "non-invasive ventilation (NIV) and anaesthetic machines, verifying performance with gas flow analysers."),
    ("b", "Support the renal unit with Fresenius 5008S haemodialysis machines and Baxter PrisMax continuous renal "
          "replacement therapy (CRRT) systems."),
    ("b", "Undertake fault finding to component level using oscilloscopes, multimeters and soldering and rework "
          "equipment."),
    ("b", "Keep records in the equipment management database (e-Quip) accurate and up to date: asset details, job "
          "histories, PPM schedules and test results."),
    ("b", "Act on MHRA National Patient Safety Alerts, IRIC (Incident Reporting and Investigation Centre) safety "
          "action notices and manufacturers' field safety notices; investigate adverse incidents involving medical "
          "devices and report them through Datix and to IRIC."),
    ("b", "Make sure equipment has been through decontamination before work starts, and follow COSHH and "
          "departmental risk assessments."),
    ("b", "Provide user training on medical devices for nursing, medical and allied health professional staff."),
    ("b", "Decommission and dispose of equipment in line with the WEEE Regulations."),
    ("b", "Work within the department's quality management system and in line with SHTN 00-04, the MHRA Managing "
          "Medical Devices guidance and the Medical Devices Regulations 2002."),
    ("h", "Person specification"),
    ("p", "Essential"),
    ("b", "HNC or HND in Electronic/Electrical Engineering, Clinical Engineering or a related discipline (SCQF level "
          "7/8), or a degree in Clinical Engineering, Electronic Engineering or Medical Physics Technology, or "
          "equivalent experience."),
    ("b", "Registration with the Register of Clinical Technologists (RCT) or HCPC, or eligibility to register within "
          "12 months of appointment."),
    ("b", "Experience of maintaining and repairing electro-medical equipment in a hospital or manufacturer setting."),
    ("b", "Working knowledge of IEC 60601-1 and IEC 62353."),
    ("b", "Full UK driving licence (the post covers several sites)."),
    ("p", "Desirable"),
    ("b", "Membership of IPEM (Institute of Physics and Engineering in Medicine)."),
    ("b", "Manufacturer service training on infusion, monitoring, ventilation or dialysis equipment."),
    ("b", "Experience with e-Quip, EBME Expert or a similar equipment management database."),
    ("b", "Knowledge of BS 7671 (IET Wiring Regulations)."),
    ("b", "Experience supporting critical care ventilators or haemodialysis."),
    ("h", "What we offer"),
    ("p", "NHS Scotland Pension Scheme; 27 days' annual leave rising to 33 days with service, plus public holidays; "
          "flexible working; cycle to work scheme; funded continuing professional development; relocation "
          "assistance of up to £8,000 where eligible."),
    ("h", "Equality and diversity"),
    ("p", "NHS Lochmore and Strathy is committed to equality, diversity and inclusion and welcomes applications from "
          "all sections of the community. We are a Disability Confident Leader, a Carer Positive employer and have "
          "signed the Armed Forces Covenant. This post requires membership of the Protecting Vulnerable Groups (PVG) "
          "Scheme through Disclosure Scotland. Applicants must have the right to work in the UK. This vacancy may "
          "close early if a high number of applications is received."),
    ("p", "For informal enquiries please contact the Head of Medical Equipment Management, Kilbrennan 555-0187."),
]

RESUME = [
    ("contact", "Callum J. Reid  |  27 Saltwell View, Gateshead NE8 4JY  |  (0191) 555-0129  |  callum.reid@example.com"),
    ("name", "Callum J. Reid"),
    ("h", "Profile"),
    ("p", "EBME technician with seven years maintaining electromedical equipment in NHS medical device management at a large teaching trust, the last "
          "four on the critical care and renal team. Relocating to Scotland in early 2027 and looking for a post in a "
          "Scottish medical physics department where I can keep working hands-on with ventilation and dialysis while I finish my "
          "part-time degree."),
    ("h", "Registration and Training"),
    ("b", "Register of Clinical Technologists (RCT) - application submitted, assessment panel March 2027"),
    ("b", "City & Guilds 2382-22 (18th Edition Wiring Regulations), 2021"),
    ("b", "Manufacturer-trained: CareFusion Alaris GP and GH/CC (2019), Fresenius 5008S (2022), Philips IntelliVue "
          "MP/MX (2020), Dräger Evita Infinity V500 (2023)"),
    ("b", "Full UK driving licence"),
    ("h", "Technical Skills"),
    ("table", [
        ("Infusion", "CareFusion Alaris GP volumetric pumps, Alaris GH/CC syringe drivers, B. Braun Infusomat Space"),
        ("Monitoring and cardiac", "Philips IntelliVue MP50/MX450 patient monitors, Masimo Radical-7, GE MAC 5500 "
                                   "ECG, ZOLL R Series and LIFEPAK 1000 defibrillators"),
        ("Ventilation and renal", "Dräger Evita Infinity V500, Hamilton-C1 transport ventilators, Breas Vivo 45 NIV, "
                                  "Fresenius 5008S haemodialysis machines"),
        ("Test equipment", "Rigel 288+ and Rigel 62353 safety testers, Fluke IDA-5, Fluke ProSim 4, Fluke Impulse "
                           "6000D defibrillator analyser, IMT Analytics FlowAnalyser PF-300, oscilloscope, DMM"),
        ("Standards and guidance", "IEC 60601-1, BS EN 62353, UK MDR 2002, ISO 9001, COSHH, WEEE"),
        ("Systems", "EBME Expert asset database, Ulysses incident reporting, Microsoft Office"),
    ]),
    ("h", "Experience"),
    ("job", "EBME Technician (Band 5), Critical Care and Renal - Tynebridge Hospitals NHS Foundation Trust, "
            "Newcastle upon Tyne - Apr 2022 to present"),
    ("b", "Look after about 2,400 devices across three ICUs, theatres recovery and a 36-station renal unit; complete "
          "98% of planned preventative maintenance on time (trust target 95%)."),
    ("b", "Planned preventative maintenance, calibration and repair of 64 Fresenius 5008S haemodialysis machines, "
          "including conductivity and temperature checks and annual kits."),
    ("b", "Service Dräger Evita Infinity V500 and Hamilton-C1 ventilators; verify flow, volume and oxygen delivery "
          "with an IMT Analytics FlowAnalyser PF-300 after every PPM."),
    ("b", "Fault-finding to board and component level with oscilloscope and DMM, including SMD soldering; brought "
          "monitor parameter module repairs in house and saved about £41,000 a year in exchange costs."),
    ("b", "Acceptance testing and commissioning of 180 new ZOLL R Series defibrillators and 210 Philips IntelliVue "
          "MX450 monitors in the 2024 fleet replacement, including electrical safety testing and asset set-up."),
    ("b", "Action MHRA National Patient Safety Alerts and manufacturer FSNs for the critical care fleet; investigated "
          "14 adverse incidents in 2025 and reported device faults through Ulysses and the MHRA Yellow Card scheme."),
    ("b", "Wrote risk assessments and safe systems of work for working on equipment returned from isolation rooms, "
          "with a decontamination declaration check at the workshop door."),
    ("b", "Delivered device training on infusion pumps and NIV to about 300 nurses, physios and junior doctors a year."),
    ("job", "Medical Equipment Technician (Band 4) - Tynebridge Hospitals NHS Foundation Trust - Sep 2019 to Mar 2022"),
    ("b", "PPM and repair of general ward equipment: infusion pumps, syringe drivers, patient monitors, ECG "
          "machines, suction units and thermometers; about 1,100 jobs a year closed on EBME Expert."),
    ("b", "Electrical safety testing to BS EN 62353 with Rigel 288+ and Rigel 62353 testers; performance checks on "
          "infusion pumps with a Fluke IDA-5 and on monitors with a Fluke ProSim 4."),
    ("b", "Helped keep the department's ISO 9001 QMS audit-ready: work instructions, test equipment calibration "
          "records, WEEE disposal certificates."),
    ("job", "Electronics Test Technician - Harthope Controls Ltd, Washington, Tyne and Wear - Jul 2016 to Aug 2019"),
    ("b", "Tested and reworked industrial control PCBs; IPC-A-610 trained hand soldering."),
    ("h", "Education"),
    ("b", "BEng (Hons) Clinical Engineering, part-time - Northumbria Valley University, year 3 of 4, "
          "expected completion June 2028"),
    ("b", "HNC Electrical and Electronic Engineering - Wearside College of Technology, 2016"),
    ("h", "Professional Membership"),
    ("b", "IPEM - Associate Member since 2021; attended the IPEM Clinical and Scientific Computing and EBME meetings"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "posting.docx", HERE / "resume.docx")
