#!/usr/bin/env python3
"""Build resume.pdf and posting.docx of the heldout10-crm-device-specialist pair.

Uses the PDF and DOCX writers of build_examples.py. The applicant is an industry CRM clinical
specialist (independent distributor) with an earlier hospital EP lab job; the posting is a
hospital heart-rhythm program's device specialist opening.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx, write_pdf  # noqa: E402

RESUME = [
    ("name", "MARISOL T. VANCE, CCDS"),
    ("contact", "Bethlehem, PA 18018  |  (484) 555-0137  |  marisol.vance@example.com"),
    ("h", "Summary"),
    (
        "p",
        "Cardiac rhythm management specialist with 6 years as an industry clinical specialist covering implants, "
        "device clinics and remote monitoring for Boston Scientific CRM systems, and 4 years before that as a "
        "cardiovascular technologist in a hospital EP lab. Comfortable with CIED follow-up from implant day to "
        "ERI. Looking to move from the manufacturer side to a hospital device clinic where I can follow the same "
        "patients over time.",
    ),
    ("h", "Certifications"),
    ("b", "CCDS - Certified Cardiac Device Specialist, IBHRE, 2020 (recertified 2025)"),
    ("b", "CEPS (IBHRE) - approved exam candidate, testing window March 2027"),
    ("b", "RCIS - Registered Cardiovascular Invasive Specialist, CCI, 2016"),
    ("b", "Basic Life Support (AHA), current to 08/2027"),
    ("b", "ACLS - registered for the AHA provider course, November 2026"),
    ("b", "Valid Pennsylvania driver's license; about 35,000 territory miles a year"),
    ("h", "Skills"),
    (
        "p",
        "Devices: PPMs, ICDs, CRT-D and CRT-P, EMBLEM MRI S-ICD, insertable cardiac monitors (LUX-Dx, Reveal LINQ), "
        "Micra transcatheter pacing system (hospital)",
    ),
    (
        "p",
        "Follow-up: interrogations, programming, pacing thresholds, sensing, lead impedances, EGMs, antitachycardia "
        "pacing and shock review, AF burden, HeartLogic heart-failure alerts, ERI and lead integrity alerts, magnet "
        "response, troubleshooting lead noise and oversensing",
    ),
    ("p", "Remote: LATITUDE NXT, Medtronic CareLink, Merlin.net (cross-coverage), Paceart"),
    (
        "p",
        "Programmers: Boston Scientific LATITUDE Programming System, Medtronic CareLink SmartSync, St. Jude Merlin PCS",
    ),
    (
        "p",
        "EP lab: PSA testing, DFT testing, EP studies, CardioLab recording, Micropace EPS320 stimulator, Rhythmia HDx "
        "mapping, aseptic technique, radiation safety",
    ),
    ("p", "Other: 12-lead EKGs, arrhythmia interpretation, rhythm strips, peri-procedural reprogramming, Salesforce"),
    ("h", "Experience"),
    (
        "job",
        "Clinical Specialist, Cardiac Rhythm Management - Keystone Cardiac Solutions (independent Boston Scientific "
        "CRM distributor), Allentown, PA - Jun 2019 to Present",
    ),
    (
        "b",
        "Cover 9 implanting hospitals in the Lehigh Valley: case support for about 420 implants a year (PPMs, ICDs, "
        "CRT-D and CRT-P, S-ICD), box changes and upgrades, with PSA testing of new and chronic leads.",
    ),
    (
        "b",
        "Run manufacturer device checks in 6 physician-practice device clinics: interrogations, programming, "
        "threshold and sensing tests, EGM review, AF burden and HeartLogic trends.",
    ),
    (
        "b",
        "Enroll new implants in LATITUDE NXT remote monitoring, triage red and yellow alerts, and carry product "
        "advisories and recall letters to the territory's clinics.",
    ),
    (
        "b",
        "Provide peri-procedural reprogramming for surgery and endoscopy (tachy therapies off, asynchronous pacing) "
        "and MR-conditional scan programming with the radiology team.",
    ),
    (
        "b",
        "Support DFT testing at implant on physician request and S-ICD screening with the ECG-based screening tool.",
    ),
    ("b", "Take emergency interrogation calls on a shared rotation, weekdays 5 PM to 7 AM and one weekend a month."),
    ("b", "Trained 4 new hires on the LATITUDE Programming System; regional coverage award, 2023."),
    ("job", "Cardiovascular Technologist, EP Lab - St. Agnes Regional Hospital, Easton, PA - Jul 2015 to May 2019"),
    ("b", "Monitored and recorded EP studies and ablation cases on CardioLab; ran the Micropace EPS320 stimulator."),
    ("b", "Set up Rhythmia HDx mapping cases and assisted with DC cardioversions."),
    (
        "b",
        "Scrubbed and circulated for device implants, including the hospital's first Micra transcatheter pacing "
        "system cases and His-bundle pacing; kept aseptic technique and radiation safety (lead aprons, dosimetry).",
    ),
    (
        "b",
        "Covered the hospital device clinic one day a week: rhythm strips, 12-lead EKGs, patients with epicardial "
        "leads and LifeVest patients; entered in-clinic checks in Paceart and Cerner PowerChart.",
    ),
    ("h", "Education"),
    ("p", "B.S. in Biomedical Engineering - Lehigh Crest University, Bethlehem, PA, 2015"),
    ("p", "Industry clinical specialist training program (12 weeks, CRM), 2019"),
]

POSTING = [
    ("name", "Cardiac Device Specialist - Heart Rhythm Program"),
    ("contact", "Hollis Valley Medical Center  |  Heart & Vascular Institute  |  Full time, day shift  |  Req. HV-2291"),
    ("h", "About us"),
    (
        "p",
        "Hollis Valley Medical Center is a 540-bed teaching hospital and the regional heart center for four "
        "counties. Our Heart Rhythm Program runs a main device clinic, three satellite clinics and two "
        "electrophysiology labs, and follows more than 6,500 patients.",
    ),
    ("h", "Position summary"),
    (
        "p",
        "The Cardiac Device Specialist is the hospital's expert on cardiac implantable electronic devices (CIEDs). "
        "You will interrogate and program devices in clinic, review remote monitoring transmissions, support "
        "implants in the EP lab, and manage devices around surgery and MRI. This is a hospital-employed, "
        "vendor-neutral role: you will use programmers from Medtronic, Abbott, Boston Scientific and Biotronik "
        "every day.",
    ),
    ("h", "What you will do"),
    (
        "b",
        "Perform in-clinic device interrogations and programming for permanent pacemakers, ICDs, CRT devices, "
        "subcutaneous ICDs, leadless pacemakers and implantable loop recorders.",
    ),
    (
        "b",
        "Measure capture thresholds, sensing and lead impedance; review intracardiac electrograms, ATP and shock "
        "therapies, atrial fibrillation burden and heart failure diagnostics.",
    ),
    (
        "b",
        "Triage remote monitoring transmissions from CareLink, Merlin.net, LATITUDE and Biotronik Home Monitoring; "
        "act on elective replacement indicator, lead integrity and device advisories; document in Paceart Optima "
        "and Epic.",
    ),
    (
        "b",
        "Support device implants and generator changes in the EP lab, operating the pacing system analyzer (PSA) "
        "and assisting with defibrillation threshold testing.",
    ),
    (
        "b",
        "Assist electrophysiologists during electrophysiology studies and ablations with the EP recording system, "
        "cardiac stimulator and 3D electroanatomic mapping; set up for external cardioversion.",
    ),
    (
        "b",
        "Provide perioperative device management (reprogramming or placing a magnet before surgery and restoring "
        "settings afterwards) and program MRI-conditional systems before and after scans.",
    ),
    (
        "b",
        "Follow patients with a wearable cardioverter-defibrillator and patients with conduction system pacing.",
    ),
    ("b", "Interpret 12-lead ECGs and rhythm strips and escalate findings to the electrophysiologist on call."),
    (
        "b",
        "Assign ICD-10 and CPT codes for device checks and set follow-up intervals in line with HRS expert "
        "consensus statements.",
    ),
    (
        "b",
        "Teach patients and staff; follow HIPAA, the hospital's radiation safety program and sterile technique in "
        "the EP lab.",
    ),
    ("h", "Required qualifications"),
    (
        "b",
        "Bachelor's degree in biomedical engineering, nursing, cardiovascular technology or a related health "
        "science, or an associate degree with 4 years of device experience.",
    ),
    ("b", "Two or more years programming CIEDs in a hospital device clinic or as an industry clinical specialist."),
    ("b", "IBHRE Certified Cardiac Device Specialist (CCDS), or CCDS earned within 12 months of hire."),
    ("b", "Current BLS; ACLS within 6 months of hire."),
    ("b", "Strong arrhythmia recognition and pacing and ICD troubleshooting."),
    ("b", "Valid driver's license for travel between satellite clinics."),
    ("h", "Preferred qualifications"),
    ("b", "IBHRE CEPS or CCI RCES credential."),
    (
        "b",
        "Hands-on experience with CARTO 3 or EnSite X mapping and with GE CardioLab or Abbott WorkMate Claris "
        "recording systems.",
    ),
    ("b", "Experience supporting lead extractions and temporary transvenous pacing."),
    ("h", "Schedule"),
    (
        "p",
        "Monday to Friday, 7:00 AM to 5:30 PM, with a shared weekday pager rotation for urgent device checks "
        "(5 PM to 10 PM) and one Saturday remote-review shift a month.",
    ),
    ("h", "Benefits"),
    (
        "p",
        "Medical, dental and vision coverage from day one; 403(b) with a 5% match; tuition assistance and paid "
        "IBHRE exam fees; 25 days of paid time off; free parking.",
    ),
    ("h", "Equal opportunity"),
    (
        "p",
        "Hollis Valley Medical Center is an Equal Opportunity Employer. All qualified applicants will receive "
        "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
        "identity, national origin, disability or protected veteran status. We participate in E-Verify.",
    ),
    ("p", "Posted 09/14/2026  |  Job ID 2291  |  Apply at careers.example.com/hollisvalley"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote resume.pdf and posting.docx in", HERE.name)
