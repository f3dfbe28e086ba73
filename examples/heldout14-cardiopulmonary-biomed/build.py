#!/usr/bin/env python3
"""Build posting.docx of the heldout14-cardiopulmonary-biomed pair with the DOCX writer of build_examples.py.

The posting is a health system HR (Workday-style) export: job code, grade and requisition lines first.
Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

POSTING = [
    ("name", "Biomedical Equipment Technician II - Cardiopulmonary Diagnostics"),
    (
        "p",
        "Requisition: R-0048817  |  Job Code: 60412 (BMET II)  |  Grade: T07  |  FLSA: Non-Exempt  |  "
        "Regular Full Time, 1.0 FTE",
    ),
    (
        "p",
        "Cost Center: 8410 Clinical Engineering - Heart & Lung Services  |  Location: Lindenhurst Medical Center, "
        "2200 Marlowe Avenue, Fort Collins, CO 80525  |  Posting date: 11/18/2026  |  Internal/External",
    ),
    ("h", "About Front Range Health"),
    (
        "p",
        "Front Range Health is a not-for-profit system of six hospitals and 40 clinics in northern Colorado. Our "
        "Clinical Engineering team of 48 HTM professionals supports more than 31,000 medical devices and is proud "
        "of a PM completion rate above 99% for five years running.",
    ),
    ("h", "Position summary"),
    (
        "p",
        "The Biomedical Equipment Technician II (BMET II) is dedicated to the cardiology and pulmonary diagnostic "
        "departments at Lindenhurst Medical Center and our Loveland and Windsor Heart & Lung clinics. You will keep "
        "the noninvasive cardiology lab, the echo lab and the pulmonary function (PFT) lab running, working side by "
        "side with cardiac sonographers, respiratory therapists and EKG technicians.",
    ),
    ("h", "What you'll do"),
    (
        "b",
        "Perform scheduled preventive maintenance (PM), performance verification, calibration and repairs on 12-lead "
        "ECG carts (GE MAC 5500 HD, Philips PageWriter TC70), Holter monitors and event monitors, and exercise stress "
        "testing systems (GE CASE, Q-Stress) and their treadmills.",
    ),
    (
        "b",
        "Support the ECG management system (GE MUSE v9): cart connectivity, order download and results transfer to "
        "Epic, working with IT on HL7 interface and network issues.",
    ),
    (
        "b",
        "Maintain echocardiography ultrasound systems (Philips EPIQ CVx, GE Vivid E95), including TEE probe leakage "
        "testing and inspection after high-level disinfection.",
    ),
    (
        "b",
        "Keep the PFT lab in service: spirometers, body plethysmographs and DLCO systems (Vyaire Vyntus BODY, MGC "
        "Diagnostics Platinum Elite), metabolic carts used for cardiopulmonary exercise testing (CPET), 3-liter "
        "calibration syringes, gas analyzers and CO/He test-gas cylinders, and the biological control program required by "
        "the ATS/ERS standards.",
    ),
    (
        "b",
        "Inspect and test defibrillators (ZOLL R Series, LIFEPAK 15) and AEDs with a defibrillator analyzer, "
        "including energy output, synchronized cardioversion and pacer checks.",
    ),
    (
        "b",
        "Perform electrical safety testing per NFPA 99 and IEC 62353 with an electrical safety analyzer; use patient "
        "simulators, an oscilloscope and a digital multimeter (DMM) to troubleshoot to component level.",
    ),
    (
        "b",
        "Document every PM, repair and incoming inspection as a work order in our CMMS (Nuvolo) before the end of "
        "the shift.",
    ),
    (
        "b",
        "Act on FDA recalls and ECRI hazard alerts, and support incident investigations and user-error reviews with "
        "department managers.",
    ),
    (
        "b",
        "Coordinate vendor service and depot repairs, and help prepare for The Joint Commission and CMS surveys under "
        "the Environment of Care (EC) standards and our alternative equipment maintenance (AEM) program.",
    ),
    ("b", "Follow infection control practices in procedure rooms and isolation areas."),
    ("b", "Share the clinical engineering on-call rotation (about one week in six)."),
    ("h", "Minimum qualifications"),
    (
        "b",
        "Associate degree in biomedical equipment technology, electronics technology, or a related field, OR "
        "completion of a military biomedical equipment program (Army 68A, Air Force 4A2X1).",
    ),
    (
        "b",
        "Three years of BMET experience, at least one with diagnostic cardiology or pulmonary equipment. Dialysis, "
        "surgical or imaging biomed experience will be considered.",
    ),
    (
        "b",
        "Working knowledge of electronic troubleshooting, schematics and medical device test equipment (ESA, defib "
        "analyzer, patient simulators).",
    ),
    ("b", "BLS (American Heart Association) within 90 days of hire."),
    (
        "b",
        "Valid driver's license and the ability to travel between the medical center and the Loveland and Windsor "
        "clinics.",
    ),
    ("h", "Nice to have"),
    ("b", "CBET (AAMI). BMET II staff without CBET are expected to certify within 24 months of hire."),
    ("b", "Experience with GE MUSE or Philips IntelliSpace ECG."),
    ("b", "Knowledge of the 2019 ATS/ERS spirometry standard and IEC 60601-1."),
    ("b", "CompTIA A+ or Network+, and a basic understanding of DICOM and HL7."),
    ("h", "Schedule"),
    (
        "p",
        "Monday through Friday, 7:00 AM to 3:30 PM, with flexibility to start at 6:00 AM on PFT lab calibration days. "
        "On-call one week in six.",
    ),
    ("h", "Pay"),
    (
        "p",
        "Grade T07: $29.40 - $44.10 per hour, based on experience and certification. On-call pay $4.00 per hour "
        "plus time-and-a-half when called in. Colorado pay transparency: this posting will close no earlier than "
        "12/09/2026.",
    ),
    ("h", "Benefits"),
    (
        "b",
        "Medical, dental and vision coverage from the first day of the month after hire; 403(b) with up to 6% "
        "employer match.",
    ),
    ("b", "Paid time off starting at 24 days a year, plus paid parental leave."),
    (
        "b",
        "Tuition assistance up to $5,250 a year, paid AAMI CBET exam fees and study materials, and paid OEM service "
        "schools.",
    ),
    ("h", "Equal opportunity employer"),
    (
        "p",
        "Front Range Health is an equal opportunity employer. All qualified applicants will receive consideration "
        "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
        "origin, disability, protected veteran status or any other characteristic protected by law. If you need an "
        "accommodation to apply, call Human Resources at 970-555-0162.",
    ),
    ("p", "Exported from Workday 11/18/2026 14:02 MST  |  R-0048817  |  Page 1 of 1"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote posting.docx in", HERE.name)
