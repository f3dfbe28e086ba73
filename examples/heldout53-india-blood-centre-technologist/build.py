"""Build resume.pdf for heldout53-india-blood-centre-technologist.

Layout quirks: Indian-style PDF CV with a Career Objective, education first, a Registration block, skills in two
columns (labels ending ':'), and Personal Details plus a Declaration at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "SNEHAL VINAYAK PATWARDHAN"),
    ("contact", "Flat 7, Gangotri Apartments, College Road, Nashik 422005, Maharashtra  |  555-0162  |  "
                "snehal.patwardhan@example.com"),
    ("h", "Career Objective"),
    ("p", "Blood bank technologist with 5 years of bench experience in a licensed, NABH accredited blood centre "
          "handling about 7,000 units a year. Comfortable with donor selection, blood component preparation, "
          "plateletpheresis, TTI testing by ELISA and ECLIA, and gel technique grouping and crossmatching. Looking for "
          "a senior technologist post in a larger transfusion medicine department in Nashik."),
    ("h", "Educational Qualifications"),
    ("b", "M.Sc. Medical Laboratory Technology (Immunohaematology and Blood Transfusion) - Godavari Open University - "
          "final year, expected June 2027"),
    ("b", "Bachelor of Science (Medical Laboratory Technology) - Godavari Institute of Paramedical Sciences, Nashik, "
          "2020 - 74%"),
    ("b", "HSC (Science) - Maharashtra State Board, 2017 - 78%"),
    ("h", "Registration"),
    ("b", "Maharashtra Paramedical Council - registered Laboratory Technologist, Reg. No. LT-2021-4418"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Donor care:", "Component lab:"),
        ("Donor selection and deferral", "Blood component preparation"),
        ("Hb estimation - HemoCue Hb 301, CuSO4 method", "PRBC, FFP, RDP, CRYO, SDP"),
        ("Venepuncture, whole blood collection", "Quadruple bags (SAGM), tube sealer"),
        ("VBD camps, donor motivation", "Sorvall RC 12BP cooling centrifuge"),
        ("Vasovagal reaction management", "Plateletpheresis - Haemonetics MCS+"),
        ("TTI testing:", "Immunohaematology:"),
        ("ELISA - HIV, HBsAg, HCV", "ABO & Rh grouping"),
        ("ECLIA - Roche cobas e 411", "Forward and reverse grouping"),
        ("Syphilis (RPR), MP card test", "Du testing, antibody screening"),
        ("ID-NAT (Procleix Panther) - trained", "Crossmatching - tube technique and gel"),
        ("Quality and records:", "DAT/IAT, transfusion reaction work-up"),
        ("Component QC, reagent QC, IQC", "Software:"),
        ("EQAS (AIIMS New Delhi), calibration", "eRaktKosh, MS Excel, MS Word"),
        ("D&C Act, NABH, BMW Rules 2016", "MS-CIT (2016)"),
    ]),
    ("h", "Work Experience"),
    ("job", "Blood Bank Technologist - Sant Dnyaneshwar Charitable Hospital Blood Centre, Nashik - Aug 2021 to Present"),
    ("b", "Screen and bleed 20-35 donors a day at the hospital and at 60-70 VBD camps a year (largest camp: 412 units "
          "at a Nashik Road railway workshop)."),
    ("b", "Donor selection as per National Blood Transfusion Council criteria; Hb estimation on HemoCue Hb 301, with "
          "CuSO4 method as back-up at camps."),
    ("b", "Prepare PRBC, FFP, RDP and CRYO from 450 ml quadruple bags with SAGM using a Sorvall RC 12BP cooling "
          "centrifuge and a Terumo T-ACE II automatic component extractor; about 560 components a month."),
    ("b", "Run 15-20 plateletpheresis procedures a month on Haemonetics MCS+; SDP yields above 3 x 10^11 in 96% of "
          "QC-tested units."),
    ("b", "TTI testing of all units: ELISA for HIV 1 & 2, HBsAg and HCV (ELISA reader and washer), ECLIA on Roche "
          "cobas e 411 since 2023, RPR for syphilis and MP antigen card test. Reactive donors are informed and "
          "referred to the ICTC."),
    ("b", "Blood grouping by tube technique and gel technique on DiaMed ID cards (ID-Centrifuge and ID-Incubator), Du "
          "testing for Rh negative donors, 3-cell antibody screening and crossmatching; about 1,100 crossmatches a "
          "month."),
    ("b", "Store and issue from blood storage refrigerators, -40 °C plasma freezers and a platelet agitator-incubator; "
          "maintain the cold chain and temperature charts, including transport boxes for camps."),
    ("b", "Component QC on 1% of units each month as per D&C Act (volume, PCV, platelet count, factor VIII), daily "
          "reagent QC and IQC; EQAS with AIIMS New Delhi, all rounds satisfactory since 2022."),
    ("b", "Transfusion reaction work-up (DAT/IAT, repeat grouping, bag culture) and reporting to HvPI; 23 reports in "
          "2025."),
    ("b", "Enter donor, TTI and issue data in eRaktKosh; keep registers and SOPs ready for FDA licence inspections and "
          "two NABH assessments (2022, 2025)."),
    ("b", "Biomedical waste segregation as per BMW Rules 2016."),
    ("job", "Laboratory Technician (Trainee, then Junior) - Nirmal Pathology Laboratory, Nashik - Jun 2020 to Jul 2021"),
    ("b", "Blood grouping, CBC on Sysmex XN-350, serum biochemistry and Widal in a busy collection-centre lab; about "
          "150 samples a day."),
    ("h", "Trainings and Certificates"),
    ("b", "Procleix Panther ID-NAT hands-on training, Grifols, Mumbai, 2024 (5 days)"),
    ("b", "Internal Auditor training - ISO 15189:2022, 4 days, 2024"),
    ("b", "Plateletpheresis workshop on Haemonetics MCS+, 2022"),
    ("h", "Personal Details"),
    ("p", "Date of birth: 14 March 1999  |  Languages: Marathi, Hindi, English  |  Marital status: Single"),
    ("h", "Declaration"),
    ("p", "I hereby declare that the above information is true to the best of my knowledge and belief.  "
          "Place: Nashik"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
