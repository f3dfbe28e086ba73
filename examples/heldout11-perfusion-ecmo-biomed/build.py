#!/usr/bin/env python3
"""Build resume.docx and posting.pdf of the heldout11-perfusion-ecmo-biomed pair with the writers of
build_examples.py.

The resume is a plain single-column DOCX whose section headings are letter-spaced ("E X P E R I E N C E");
the contact line sits in the body under the name. The posting is a PDF.
Run with a Python that has python-docx and fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx, write_pdf  # noqa: E402

RESUME = [
    ("name", "Andre L. Whitcomb, CBET"),
    (
        "contact",
        "Salem, OR 97302  |  (503) 555-0148  |  andre.whitcomb@example.com  |  Open to relocation",
    ),
    ("h", "S U M M A R Y"),
    (
        "p",
        "Biomed with 10 years in hospital HTM, the last 6 as the dedicated tech for the perfusion department and "
        "the adult ECMO program at a 420-bed heart center. I keep the pumps, HCUs, cell savers and balloon pumps "
        "running, I know the circuits well enough to talk to the perfusionists in their own language, and I am "
        "usually the one they call when a console alarms in the middle of a case.",
    ),
    ("h", "E Q U I P M E N T   &   S K I L L S"),
    (
        "p",
        "Perfusion: HLMs - Terumo System 1, Sorin S5 and older Stöckert SIII; roller heads, Rotaflow and "
        "Revolution centrifugal pumps, Sechrist air/O2 blenders, air bubble detectors and level sensors, "
        "CDI 500 in-line blood gas monitors, oxygenator and circuit change-outs with the perfusionists.",
    ),
    (
        "p",
        "ECMO & mechanical support: Maquet Cardiohelp, Rotaflow ECMO setups and hand cranks; IABPs "
        "(Datascope CS300, CS100, AC3 Optimus); Impella CP controllers (AIC).",
    ),
    (
        "p",
        "Heater-coolers: HCU 40, Cincinnati Sub-Zero Hemotherm, Medtronic Bio-Cal 370; disinfection per "
        "the IFU (Puristeril 340, chlorine), 0.2 micron filter changes, monthly water cultures for HPC and "
        "M. chimaera.",
    ),
    (
        "p",
        "POCT used in the CVOR: Hemochron Signature Elite and Response ACT units, Medtronic HMS Plus, i-STAT 1, "
        "GEM Premier 4000 ABG analyzers; QC lockout setup and cal verification with the POC coordinator.",
    ),
    (
        "p",
        "Autotransfusion: Cell Saver 5+, Sorin Xtra.",
    ),
    (
        "p",
        "Test equipment: Fluke ESA612, Fluke 1524 reference thermometer (NIST-traceable), Fluke 87V, scope.",
    ),
    (
        "p",
        "Systems & compliance: AIMS (CMMS), NFPA 99, TJC EOC surveys, ECRI alerts.",
    ),
    ("h", "E X P E R I E N C E"),
    ("job", "BMET III - Perfusion/ECMO Support  |  Willamette Valley Medical Center, Salem, OR  |  2019 - Present"),
    (
        "b",
        "Sole biomed assigned to the perfusion service (9 perfusionists, ~900 CPB cases/yr) and the adult ECMO "
        "program; cover 4 CVORs, the CVICU and the hybrid room.",
    ),
    (
        "b",
        "Do all PMs, performance checks and repairs on 7 Terumo System 1 and Sorin S5 HLMs - pump head "
        "occlusion, RPM/flow calibration, pressure and temperature channels, gas blender checks, battery "
        "runtime tests.",
    ),
    (
        "b",
        "Keep 5 ECMO consoles ready for the unit and for ECMO transports: daily readiness checks on the backup "
        "Cardiohelp, hand crank inventory, drive and flow probe checks.",
    ),
    (
        "b",
        "Run the heater-cooler program written after the FDA safety communication on HCUs: weekly disinfection, "
        "water changes, sample pulls for HPC and AFB (M. chimaera) cultures, trending results for Infection "
        "Prevention, and exhaust positioning away from the sterile field.",
    ),
    (
        "b",
        "Service Cell Saver 5+ and Sorin Xtra units and the IABP fleet, including helium cylinder swaps and "
        "ECG/arterial trigger checks.",
    ),
    (
        "b",
        "Electrical safety checks on all perfusion equipment to NFPA 99 with a Fluke ESA612; document in AIMS.",
    ),
    (
        "b",
        "Manage recalls and vendor service contracts for perfusion/ECMO (Terumo, LivaNova, Getinge); "
        "coordinate OEM field engineers and loaner consoles.",
    ),
    (
        "b",
        "Led incident investigations for 3 perfusion events; wrote the equipment sections of the RCAs and filed "
        "the complaints with the OEMs.",
    ),
    (
        "b",
        "Give in-services on new consoles and HCU cleaning to perfusionists, ECMO specialists and CVICU RNs; "
        "do incoming inspections on all new perfusion equipment.",
    ),
    (
        "b",
        "On-call 1 week in 4 for ECMO and pump emergencies; average callback response 30 min.",
    ),
    ("job", "BMET II  |  Cascade Health System, Eugene, OR  |  2016 - 2019"),
    (
        "b",
        "General biomed for OR, ICU and cath lab: infusion pumps, monitors, anesthesia machines, defibs, "
        "ESUs.",
    ),
    (
        "b",
        "Covered the pump room as backup tech; trained at Terumo on System 1 and took over HLM PMs in 2018.",
    ),
    (
        "b",
        "Helped the imaging shop with coil QA on the 1.5T and 3T MRI and ran ESTs on the CT and cath lab "
        "tables.",
    ),
    ("job", "Electronics Technician  |  Pacific Range Instruments, Albany, OR  |  2014 - 2016"),
    (
        "b",
        "Bench repair of lab and industrial instruments; component-level troubleshooting from schematics.",
    ),
    ("h", "C E R T I F I C A T I O N S   &   T R A I N I N G"),
    ("b", "CBET - AAMI Certified Biomedical Equipment Technician, 2018 (current)"),
    ("b", "Terumo System 1 service school, Ann Arbor, MI, 2018"),
    ("b", "Sorin S5 service school, 2020"),
    ("b", "Maquet Cardiohelp technical training, 2021"),
    ("b", "Haemonetics Cell Saver 5+ service training, 2022"),
    ("b", "NFPA 70E arc flash awareness, 2024"),
    ("h", "E D U C A T I O N"),
    (
        "p",
        "B.S., Biomedical Engineering Technology - Klamath Polytechnic University (online) - in progress, "
        "expected 2027",
    ),
    ("p", "A.A.S., Biomedical Electronics Technology - Linn Valley Community College, Albany, OR, 2014"),
]

POSTING = [
    ("name", "Biomedical Equipment Specialist III - Perfusion & ECMO"),
    (
        "contact",
        "Calder Heart & Vascular Institute at Mercy Ridge University Hospital  |  Tacoma, WA  |  Clinical "
        "Engineering  |  Full time  |  Req #CE-24817",
    ),
    ("h", "About us"),
    (
        "p",
        "Calder Heart & Vascular Institute performs more than 1,400 open-heart cases a year and runs one of the "
        "busiest adult ECMO programs in the Pacific Northwest, including a mobile ECMO team that retrieves "
        "patients from 14 referring hospitals. Our Clinical Engineering department supports 21,000 devices "
        "across three campuses, and this position is its dedicated technical resource for the perfusion service.",
    ),
    ("h", "The role"),
    (
        "p",
        "You will own the service, preventive maintenance and safety of the equipment that takes over for the "
        "heart and lungs: in the cardiac ORs, the CVICU, the cath lab and on ECMO transport. You will work "
        "side by side with 11 perfusionists and the ECMO specialist team, and be the first call when something "
        "goes wrong at the bedside.",
    ),
    ("h", "What you'll do"),
    (
        "b",
        "Perform scheduled preventive maintenance (PM), performance verification, calibration and repair on "
        "heart-lung machines (Terumo Advanced Perfusion System 1, LivaNova S5), including roller pumps, "
        "centrifugal pumps, gas blenders, cardioplegia delivery modules and bubble detectors.",
    ),
    (
        "b",
        "Support ECMO consoles (Getinge Cardiohelp, Abbott CentriMag) in the unit, the cath lab and on "
        "transport; keep backup consoles and emergency hand cranks ready.",
    ),
    (
        "b",
        "Run the heater-cooler program for our LivaNova 3T and Getinge HCU 40 units: disinfection per the "
        "manufacturer IFU, water sampling for heterotrophic plate count and nontuberculous "
        "mycobacteria (NTM) testing, trending with Infection Prevention, and unit placement in line with FDA "
        "safety communications.",
    ),
    (
        "b",
        "Maintain the point-of-care testing devices the perfusionists use - ACT analyzers (Hemochron Signature "
        "Elite, Medtronic ACT Plus), blood gas analyzers (GEM Premier 5000, i-STAT) and in-line blood parameter "
        "monitors (Terumo CDI 550) - with the POC coordinator, including QC lockouts and electronic QC.",
    ),
    (
        "b",
        "Service cell savers (Haemonetics Cell Saver Elite+, LivaNova XTRA) and intra-aortic balloon pumps "
        "(Getinge Cardiosave Hybrid, Arrow AC3 Optimus), including helium tank changes and checks with a "
        "patient simulator.",
    ),
    (
        "b",
        "Perform electrical safety testing to NFPA 99 and IEC 62353 with an electrical safety analyzer; verify "
        "flow with an ultrasonic flow meter, pressures with a digital pressure meter and temperatures against "
        "NIST-traceable thermometers.",
    ),
    (
        "b",
        "Document all work in the CMMS (Nuvolo); manage recalls, FDA safety communications and MedWatch "
        "reporting; take part in root cause analyses (RCA) of equipment events.",
    ),
    (
        "b",
        "Keep the perfusion inventory survey-ready for The Joint Commission (EC.02.04.03).",
    ),
    (
        "b",
        "Manage service contracts and OEM field service visits; perform incoming inspections; give in-services "
        "to perfusionists, ECMO specialists and nurses.",
    ),
    (
        "b",
        "Take part in a 24/7 on-call rotation for ECMO and perfusion equipment emergencies.",
    ),
    ("h", "Minimum qualifications"),
    (
        "b",
        "Associate degree in biomedical equipment technology, electronics technology, or equivalent military "
        "training.",
    ),
    (
        "b",
        "3 years as a BMET in an acute care hospital, including at least 1 year supporting OR or critical care "
        "equipment.",
    ),
    (
        "b",
        "Working knowledge of extracorporeal circulation and perfusion circuits.",
    ),
    (
        "b",
        "Able to read schematics and use a DMM and oscilloscope to troubleshoot to board level.",
    ),
    ("b", "Able to be on site within 45 minutes when on call."),
    ("h", "Nice to have"),
    ("b", "CBET or CLES."),
    ("b", "OEM service training on Terumo System 1, LivaNova S5, or Cardiohelp."),
    ("b", "Bachelor's degree in biomedical engineering technology."),
    ("b", "ELSO ECMO specialist course or equivalent ECMO training."),
    ("b", "Experience with water management programs under ASHRAE 188."),
    ("b", "Experience with Impella and VAD controllers."),
    ("h", "Schedule"),
    (
        "p",
        "Monday - Friday, 6:30 AM - 3 PM, plus home call one week in five. Occasional travel with the mobile ECMO "
        "team.",
    ),
    ("h", "Pay and benefits"),
    (
        "p",
        "$36.50 - $52.80 per hour depending on experience and certification; on-call pay of $4.50/hour and "
        "callback at time and a half. Medical, dental and vision from day one, 403(b) with 6% match, tuition "
        "reimbursement, paid CBET exam fees and AAMI membership, and 26 days of paid time off.",
    ),
    ("h", "Equal opportunity"),
    (
        "p",
        "Mercy Ridge University Hospital is an equal opportunity employer. All qualified applicants will receive "
        "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
        "identity, national origin, age, disability or protected veteran status. If you need an accommodation "
        "to apply, contact Talent Acquisition at 253-555-0119.",
    ),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote resume.docx and posting.pdf in", HERE.name)
