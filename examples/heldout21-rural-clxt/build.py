#!/usr/bin/env python3
"""Build resume.pdf for heldout21-rural-clxt (single column, letter-spaced section headings)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "JENNA HALVORSEN, CLXT"),
    ("contact", "Box 418, Two Hills, AB  T0B 4K0  |  780-555-0138  |  jenna.halvorsen@example.com"),
    ("h", "P R O F I L E"),
    ("p", "Combined Laboratory and X-ray Technician with 14 months in a two-CLXT rural hospital, covering lab and "
          "diagnostic imaging on days, evenings and call. Comfortable being the only tech in the building at 3 a.m. "
          "with a trauma in the ER. Looking for a full-time permanent position closer to family in the Kestrel "
          "Lake area."),
    ("h", "R E G I S T R A T I O N   &   C E R T I F I C A T E S"),
    ("b", "Registered CLXT, Alberta College of Combined Laboratory and X-ray Technicians (ACCLXT), practice permit "
          "current to Dec 2026"),
    ("b", "BLS Provider (Heart and Stroke Foundation), expires March 2027"),
    ("b", "WHMIS 2015, renewed 2026"),
    ("b", "TDG (Transportation of Dangerous Goods) for specimen shippers - course booked, completion November 2026"),
    ("b", "N95 fit test (3M 1870+), May 2026"),
    ("b", "Alberta Class 5 operator's licence, own vehicle"),
    ("h", "S K I L L S"),
    ("b", "X-ray: general radiography of the chest (PA/lateral, AP), extremities, C/T/L-spine, pelvis and hips, "
          "abdomen (KUB); mobile x-ray on the wards and in ER; positioning for trauma and for elderly and pediatric "
          "patients; choosing exposure factors"),
    ("b", "Equipment: digital radiography (Carestream DRX-Evolution room, DRX-1 wireless detector); daily x-ray QC "
          "and detector calibration; Agfa Enterprise Imaging for QA and sending studies; Meditech RAD module"),
    ("b", "Radiation safety: ALARA, Safety Code 35, dosimetry badge program, lead aprons and thyroid collars"),
    ("b", "Collection: venipuncture (adult, pediatric, geriatric), fingersticks, infant heel punctures, blood "
          "cultures, urine and micro swabs"),
    ("b", "Hematology: CBC on Sysmex XN-550, smear making and staining for referral"),
    ("b", "POCT: i-STAT CHEM8+ (Na, K, Cl, Cr, glucose, Hct), cTnI, CG4+ blood gases; INR on Roche CoaguChek XS Pro; "
          "Accu-Chek Inform II meters"),
    ("b", "Urinalysis: Siemens Clinitek Status+ strips, urine microscopics, urine pregnancy tests"),
    ("b", "Transfusion: emergency release of O-neg RBCs per physician order; blood fridge temperature checks"),
    ("b", "Cardiology: 12-lead EKGs, Holter monitors"),
    ("b", "Quality: QC with Westgard rules, corrective action documentation, IQMH EQA surveys, CPSA accreditation "
          "prep"),
    ("b", "Systems: Meditech LIS, Meditech RAD"),
    ("b", "Safety: IPAC routine practices, spill response"),
    ("h", "E X P E R I E N C E"),
    ("job", "Combined Lab & X-Ray Technician (Perm PT, 0.6 FTE) - Willow Flats Health Centre, Willow Flats, AB - "
            "Aug 2025 to present"),
    ("b", "Average 25-40 x-ray exams and 60-80 lab patients per day shift; cover call every third weekend."),
    ("b", "Handled ER trauma radiography and emergency blood release for 2 MVC patients before STARS transport."),
    ("b", "Do routine maintenance on the XN-550 and i-STAT and first call troubleshooting on the x-ray room; place "
          "service calls with Biomed."),
    ("b", "Prepare referral specimens (centrifuge, aliquot, package) for the courier to the regional lab; microbiology "
          "specimen processing."),
    ("b", "Helped prepare the lab for the 2026 CPSA accreditation visit; rewrote the point-of-care glucose meter "
          "binder."),
    ("job", "Medical Laboratory Assistant (casual) - Beaver Hills Community Health Centre, Vegreville, AB - "
            "Summer 2024"),
    ("b", "Outpatient collections and specimen receiving."),
    ("h", "C L I N I C A L   P R A C T I C U M"),
    ("p", "Lab and DI practicum at two rural hospitals in northeast Alberta, Jan - May 2025: general radiography, "
          "portable chest, ER lab work-ups, EKGs and POCT sign-off."),
    ("h", "E D U C A T I O N"),
    ("p", "Combined Laboratory and X-Ray Technician program (Diploma) - Prairie Polytechnic, Edmonton, AB, 2025"),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")


if __name__ == "__main__":
    main()
