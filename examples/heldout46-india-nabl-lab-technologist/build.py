"""Build resume.pdf for heldout46-india-nabl-lab-technologist.

Layout quirks: Indian-style PDF resume: Career Objective, Professional Registration straight after it,
education with percentages before the skills, skills in two columns (labels ending ':'), then
Personal Details and a signed Declaration at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "SNEHAL PRAVIN KULKARNI"),
    ("contact", "Flat 7, Shivkrupa Apartments, Kothrud, Pune 411038  |  +91 555-0147  |  snehal.kulkarni@example.com"),
    ("h", "Career Objective"),
    ("p", "Medical laboratory technologist (B.Sc.) with 7+ years in clinical biochemistry and immunoassays at NABL "
          "accredited laboratories, currently shift in-charge on fully automated biochemistry analysers and "
          "immunoassay analysers. Looking for a senior technologist position where my experience in internal "
          "quality control, EQAS and NABL documentation will be used fully."),
    ("h", "Professional Registration"),
    ("b", "MPC Reg. No. MPC/MLT/2017/04512 (Maharashtra), valid till March 2027"),
    ("h", "Educational Qualifications"),
    ("b", "B.Sc. in Medical Laboratory Technology - Deccan Institute of Paramedical Sciences, Pune "
          "(affiliated to MUHS, Nashik), 2017 - 78.4% (First Class with Distinction)"),
    ("b", "H.S.C. (Science) - Maharashtra State Board, 2014 - 81.2%"),
    ("b", "S.S.C. - Maharashtra State Board, 2012 - 88.6%"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Analysers:", "Quality:"),
        ("Roche cobas 6000 (c 501 + e 601)", "Internal quality control, 2 levels"),
        ("Roche cobas c 311, cobas e 411", "L-J charts, Westgard rules"),
        ("Beckman Coulter AU480", "Bio-Rad EQAS, 42 analytes"),
        ("Architect i1000, Erba XL-640", "Calibration, calibration verification"),
        ("Bio-Rad D-10 HbA1c (HPLC)", "MU, precision and bias studies"),
        ("Mindray BS-480", "RCA, CAPA, NC closure"),
        ("ISE module electrolytes", "Internal audit, MRM minutes, SOPs"),
        ("ELISA reader and washer (Robonik)", "Software:"),
        ("Immunoassays:", "LIS (CrelioHealth)"),
        ("TFT, Trop-I, NT-proBNP, PCT", "Hospital Information System (Suvarna)"),
        ("25-OH vitamin D, ferritin, PSA, CA-125", "Bio-Rad Unity Real Time"),
        ("ECLIA and CLIA platforms", "MS Office (Word, Excel)"),
        ("Pre- and post-analytical:", "Biosafety:"),
        ("Barcoding, centrifugation, HIL indices", "BMW Rules 2016, colour coding"),
        ("Specimen rejection criteria", "Blood spill management, PPE"),
        ("Critical alerts, turnaround time", "Standard precautions"),
    ]),
    ("h", "Work Experience"),
    ("job", "Technologist - Clinical Biochemistry  |  Sanjeevani Superspeciality Hospital, Pune (NABL accredited, "
            "ISO 15189)  |  Aug 2021 - Present"),
    ("b", "Shift in-charge of the biochemistry and immunoassay section with two juniors, processing 1,600-1,900 "
          "samples per shift on Roche cobas 6000 (c 501 + e 601) and cobas c 311."),
    ("b", "Run 2-level internal quality control (Bio-Rad Lyphochek) at the start of every shift; review L-J charts "
          "against Westgard rules in Unity Real Time; closed 100% of QC failures with RCA and CAPA."),
    ("b", "Handle Bio-Rad EQAS for 42 analytes; 96% of 2025 results within acceptable limits, with corrective "
          "action documented for every outlier."),
    ("b", "Perform calibration and calibration verification after reagent lot changes and engineer visits; keep "
          "calibration traceability records."),
    ("b", "Part of the new method verification team for PCT and NT-proBNP as per CLSI EP15-A3: precision and bias "
          "studies, MU calculation and reference range verification."),
    ("b", "Validate 300+ reports per shift in LIS; phone critical alerts to clinicians with read-back; emergency "
          "turnaround time under 60 minutes in 94% of samples."),
    ("b", "Faced NABL surveillance and reassessment visits in 2022, 2024 and 2025 with zero NCs raised in the "
          "biochemistry section."),
    ("b", "Prepare the monthly reagent indent and stock register; cut reagent expiry loss by Rs. 1.8 lakh a year."),
    ("b", "Worked with IT on the bi-directional interface go-live for six analysers; trained nine paramedical "
          "diploma interns."),
    ("job", "Laboratory Technician - Biochemistry  |  Shreeram Pathology Laboratory & Diagnostic Centre, "
            "Ahilyanagar (Ahmednagar)  |  Jul 2017 - Jul 2021"),
    ("b", "Ran routine biochemistry, TFT and lipid profiles on Beckman Coulter AU480, Erba XL-640 and Architect "
          "i1000; 600-800 samples a day."),
    ("b", "HbA1c by HPLC on Bio-Rad D-10; manual ELISA for HBsAg, HCV and HIV screening."),
    ("b", "Coagulation (PT/INR, APTT) and urine routine during night duties."),
    ("b", "Sample collection, barcoding, centrifugation and rejection of haemolysed and lipaemic samples."),
    ("b", "Helped the lab get NABL accreditation in 2019: wrote 36 SOPs, set up temperature charts and equipment "
          "logbooks, and did daily, weekly and monthly maintenance of all analysers."),
    ("b", "Segregated biomedical waste by colour coding as per BMW Rules 2016 and trained housekeeping staff."),
    ("h", "Trainings, Workshops & CME"),
    ("b", "ISO 15189:2022 Internal Auditor course (4 days) - registered, batch starting January 2027"),
    ("b", "ISO 15189:2022 transition awareness workshop, Pune, 2024"),
    ("b", "Bio-Rad QC workshop on Westgard rules and EQAS interpretation, Mumbai, 2023"),
    ("b", "CME on cardiac biomarkers, Department of Biochemistry, B. J. Government Medical College, Pune, 2022"),
    ("b", "Fire safety and basic life support training, 2025"),
    ("h", "Personal Details"),
    ("p", "Date of Birth: 12 March 1996  |  Gender: Female  |  Marital Status: Married  |  Languages Known: "
          "Marathi, Hindi, English  |  Notice Period: 30 days"),
    ("h", "Declaration"),
    ("p", "I hereby declare that the information given above is true to the best of my knowledge and belief."),
    ("p", "Place: Pune                                                  (Snehal P. Kulkarni)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
