#!/usr/bin/env python3
"""Build resume.pdf for heldout26-iemls-nights (letter-spaced headings, skills in two PDF columns).

Run with: /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "MA. KRISTINE R. VILLANUEVA, RMT, MLS(ASCPi)CM"),
    ("contact", "Ocala, FL 34471  |  (352) 555-0138  |  kristine.villanueva@example.com  |  U.S. permanent resident"),
    ("h", "P R O F I L E"),
    ("p", "Registered Medical Technologist from the Philippines and internationally certified Medical Laboratory Scientist "
          "with 5 years of hospital generalist experience in the Philippines and Saudi Arabia, now living in Florida. "
          "Used to working alone on nights, keeping STAT work moving for the ER and keeping the analyzers running. "
          "Florida technologist license pending; available for nights and weekends."),
    ("h", "C R E D E N T I A L S"),
    ("b", "MLS(ASCPi)CM - Medical Laboratory Scientist, ASCP Board of Certification (international), 2023"),
    ("b", "Registered Medical Technologist (RMT) - Professional Regulation Commission (PRC), Philippines, 2019"),
    ("b", "Laboratory Specialist - Saudi Commission for Health Specialties (SCFHS), 2021 to 2024"),
    ("b", "Florida Clinical Laboratory Technologist license, all five specialties - application submitted Sep 2026, pending"),
    ("b", "Florida HIV/AIDS (2 hr) and Prevention of Medical Errors (2 hr) courses - completed Aug 2026"),
    ("b", "BLS (AHA) - class scheduled Jan 2027"),
    ("b", "Foreign credential evaluation: Educational Credential Evaluators (ECE), course-by-course, 2023 - "
          "U.S. equivalent of a Bachelor of Science in Medical Technology"),
    ("h", "L A B O R A T O R Y   S K I L L S"),
    ("cols", [
        ("Hematology:", "Clinical Chemistry:"),
        ("CBC (Sysmex XN-550, Mindray BC-5390)", "Abbott ARCHITECT ci4100 (chem/immunoassay)"),
        ("manual diff, peripheral smear", "troponin I, electrolytes, HbA1c"),
        ("ESR (Westergren)", "ABG (GEM Premier 3500)"),
        ("CSF and body fluid cell counts", ""),
        ("Coagulation:", "Immunohematology:"),
        ("PT/INR, APTT (Sysmex CA-600)", "blood typing (forward and reverse)"),
        ("Urinalysis:", "antibody screening, crossmatching"),
        ("urine sediment examination", "gel method (Bio-Rad ID-Cards), tube method"),
        ("CLINITEK Status+ strip reader", "direct Coombs test"),
        ("Microbiology:", "Serology / Immunology:"),
        ("Gram staining, plating of cultures", "RPR, HBsAg, dengue NS1"),
        ("blood culture bottles (BacT/ALERT 3D)", "pregnancy test (urine and serum)"),
        ("VITEK 2 Compact ID and sensitivity", "GeneXpert MTB/RIF"),
        ("Quality:", "Systems:"),
        ("QC, Levey-Jennings charts, Westgard rules", "LIS (TrakCare, Orion Health)"),
        ("calibration, preventive maintenance", "POCT glucometers (Accu-Chek Inform II)"),
        ("EQAS (RIQAS, NEQAS), panic values", "analyzer troubleshooting"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Specimen Processor (Laboratory Assistant) - SunCoast Reference Laboratories, Ocala, FL - Feb 2025 to Present"),
    ("b", "Night-shift specimen processing for 500+ specimens per shift: accessioning, centrifugation, aliquoting and send-out packaging."),
    ("b", "Resolve labeling and requisition problems with client offices; learned U.S. ordering, ICD-10 and LIS workflows while my Florida license application is processed."),
    ("job", "Laboratory Specialist (Medical Technologist) - Al Safwa General Hospital, Jeddah, Saudi Arabia - Mar 2021 to Dec 2024"),
    ("b", "Generalist on a rotating day/night roster in a 220-bed hospital; covered hematology, clinical chemistry, coagulation, urinalysis and immunohematology alone on nights."),
    ("b", "Ran STAT testing for the ER and ICU and called panic values to physicians with read-back."),
    ("b", "Performed blood typing, antibody screening, crossmatching by gel method and tube method, and direct Coombs test for the maternity and surgical wards."),
    ("b", "Ran daily QC, reviewed Levey-Jennings charts, applied Westgard rules, and documented calibration and preventive maintenance on the ARCHITECT ci4100 and Sysmex XN-550."),
    ("b", "Submitted RIQAS EQAS results for hematology and chemistry with 98% acceptable scores over three years."),
    ("b", "Helped prepare the laboratory for two CBAHI accreditation surveys."),
    ("job", "Medical Technologist - Our Lady of Mercy Medical Center, Iloilo City, Philippines - Jun 2019 to Feb 2021"),
    ("b", "Bench rotations in hematology, microbiology, serology and clinical chemistry at a DOH-licensed tertiary hospital laboratory."),
    ("b", "Blood extraction (venipuncture) for the wards and OPD; CBC, ESR and peripheral smear with manual diff."),
    ("b", "Microbiology: inoculation and plating of cultures, Gram staining, blood culture bottles on the BacT/ALERT 3D, and antibiotic sensitivity testing (Kirby-Bauer and VITEK 2 Compact)."),
    ("b", "Ran GeneXpert MTB/RIF testing for the TB-DOTS program and urine sediment examination for the OPD."),
    ("b", "Performed POCT glucometer QC checks for the wards."),
    ("h", "C L I N I C A L   I N T E R N S H I P"),
    ("job", "Medical Technology Intern - San Miguel Regional Medical Center, Iloilo City, Philippines - Jun 2018 to May 2019"),
    ("b", "12-month internship required for the BS Medical Technology degree, rotating through clinical chemistry, hematology, "
          "microbiology, parasitology, histopathology, urinalysis and immunohematology."),
    ("h", "E D U C A T I O N"),
    ("p", "Bachelor of Science in Medical Technology - Colegio de San Rafael, Iloilo City, Philippines, 2019 (cum laude)"),
    ("p", "Passed the Philippine Medical Technologist Licensure Examination, August 2019"),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "ASCP BOC Study Guide and LabCE MLS exam review, 2022-2023"),
    ("b", "LabCE courses: U.S. transfusion service regulations; body fluid morphology, 2025"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
