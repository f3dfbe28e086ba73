"""Build resume.pdf for heldout57-sri-lanka-hospital-medical-laboratory-technologist.

Layout quirks: PDF with a Professional Registration block straight under the profile, technical skills in two
columns (labels ending ':'), Sri Lankan / British spelling, a Referees section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DILINI SEWWANDI JAYASEKARA"),
    ("contact", "No. 42/3, Temple Road, Maharagama  |  555-0162  |  dilini.jayasekara@example.com"),
    ("h", "Profile"),
    ("p", "SLMC-registered Medical Laboratory Technologist with six years in private hospital laboratories in Colombo "
          "and Kandy, working across clinical biochemistry, haematology, blood bank and microbiology under an "
          "ISO 15189 quality system. Confident on Roche, Abbott and Sysmex platforms, with IQC and EQA review, and "
          "on single-handed night duty in a 24-hour laboratory."),
    ("h", "Professional Registration"),
    ("b", "Sri Lanka Medical Council (SLMC) - Medical Laboratory Technologist, Reg. No. MLT/3318 (valid)"),
    ("b", "MLS(ASCPi) - eligibility confirmed, examination scheduled March 2027"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Clinical biochemistry:", "Haematology and coagulation:"),
        ("Roche cobas c 311", "FBC on Sysmex XS-1000i"),
        ("Olympus AU480, ion-selective electrode", "Mindray BC-6200 5-part analyser"),
        ("Abbott ARCHITECT i1000SR (CMIA)", "ESR (Westergren), reticulocyte counts"),
        ("HbA1c by HPLC (Bio-Rad D-10)", "Peripheral blood smear staining"),
        ("Radiometer ABL800 FLEX blood gas", "Prothrombin time / INR, APTT"),
        ("Blood bank:", "Sysmex CA-600 series (CA-660)"),
        ("ABO and Rh(D) grouping", "Microbiology:"),
        ("Antibody screening, crossmatch", "Gram stain, ZN stain, cultures"),
        ("Column agglutination (Ortho BioVue)", "VITEK 2 Compact ID and susceptibility"),
        ("Direct Coombs test", "Kirby-Bauer disc diffusion, CLSI M100"),
        ("Issue of blood components", "BD BACTEC FX40 blood cultures"),
        ("Quality:", "Serology and bedside testing:"),
        ("IQC with Westgard rules", "Dengue NS1 Ag, dengue IgM/IgG"),
        ("Levey-Jennings charts", "Rapid ICT kits (HBsAg, anti-HCV)"),
        ("EQA: Randox RIQAS", "Point-of-care testing, glucometers"),
        ("ISO 15189 documentation", "UFR with microscopy"),
        ("Laboratory information system", "Microsoft Office (Excel, Word)"),
    ]),
    ("h", "Work Experience"),
    ("job", "Medical Laboratory Technologist - Kandy Hillcrest Hospital (Pvt) Ltd, Kandy - Aug 2022 to Present"),
    ("b", "Rotate through clinical biochemistry, haematology, blood bank and microbiology in a 24-hour laboratory "
          "handling about 1,800 samples a day; single-handed night duty six to seven nights a month."),
    ("b", "Operate and maintain the Roche cobas c 311 and Olympus AU480 chemistry line and the Abbott ARCHITECT "
          "i1000SR immunoassay analyser (troponin I, TSH, FT4, PSA, ferritin): daily maintenance, calibration, "
          "reagent loading and first-line troubleshooting with the vendor engineer; 98.6% uptime in 2025."),
    ("b", "Review IQC every shift on Levey-Jennings charts with Westgard rules (1-2s warning; 1-3s, 2-2s, R-4s "
          "rejection) before releasing results; investigated more than 40 rule violations and recorded corrective "
          "action."),
    ("b", "Coordinate Randox RIQAS EQA for chemistry and immunoassay (12 programmes), 96% of results within target in "
          "2024-2025."),
    ("b", "Blood bank: ABO and Rh(D) grouping, antibody screening and crossmatch by column agglutination on Ortho "
          "BioVue cards, about 25 crossmatches a day; issue of blood components under National Blood Transfusion "
          "Service guidelines."),
    ("b", "Phone panic values to wards within 20 minutes and log them in the laboratory information system; helped "
          "cut emergency turnaround time for troponin I from 72 to 48 minutes."),
    ("b", "One of four MLTs who prepared the laboratory for its 2024 Sri Lanka Accreditation Board surveillance "
          "visit (ISO 15189:2022 transition); wrote 18 SOPs and work instructions."),
    ("b", "Biosafety and infection prevention and control: clinical waste segregation, spill kits, staff hepatitis B "
          "vaccination records."),
    ("job", "Medical Laboratory Technologist - Kirulapone Family Hospital, Colombo 06 - Jan 2020 to Jul 2022"),
    ("b", "FBC on the Sysmex XS-1000i and Mindray BC-6200, ESR, reticulocyte counts and peripheral blood smear "
          "staining for haematologist review, about 400 FBCs a day."),
    ("b", "Prothrombin time / INR and APTT on the Sysmex CA-600 series (CA-660) for the anticoagulant clinic."),
    ("b", "Chemistry: renal and LFT panels (AST, ALT, ALP, GGT), lipid profile, HbA1c by HPLC on the Bio-Rad D-10, "
          "electrolytes on the ion-selective electrode module; arterial blood gases on the Radiometer ABL800 FLEX."),
    ("b", "Microbiology: Gram stain and ZN stain, urine, pus and blood cultures (BD BACTEC FX40), identification and "
          "antimicrobial susceptibility testing by Kirby-Bauer disc diffusion and VITEK 2 Compact against CLSI M100."),
    ("b", "Dengue outbreak 2022: ran up to 350 dengue NS1 Ag and dengue IgM/IgG rapid ICT kits a day."),
    ("b", "COVID-19 response: SARS-CoV-2 RT-qPCR on a Bio-Rad CFX96, about 120 samples per shift "
          "(Jun 2020 - Dec 2021)."),
    ("b", "Venepuncture at OPD and wards, including children; point-of-care testing with ward glucometers, including "
          "QC checks and nurse operator training."),
    ("h", "Education"),
    ("b", "BSc (Hons) in Medical Laboratory Science (top-up) - Colombo Metropolitan Campus - final year, in progress, "
          "expected November 2027"),
    ("b", "Diploma in Medical Laboratory Technology (two and a half years, full time) - Lanka College of Health "
          "Sciences, Colombo, 2019. SLMC-recognised; rotations in clinical biochemistry, haematology, microbiology, "
          "blood transfusion and parasitology."),
    ("b", "GCE Advanced Level (2015) - Biological Science stream: Biology B, Chemistry B, Physics C"),
    ("h", "Training and CPD"),
    ("b", "ISO 15189:2022 internal auditor course - Sri Lanka Accreditation Board, 2024"),
    ("b", "Basic Life Support (BLS) provider course, 2023"),
    ("b", "Annual Scientific Sessions, Sri Lanka Association of Medical Laboratory Technologists, 2023 and 2025"),
    ("h", "Referees"),
    ("p", "Dr. N. K. Wijesinghe, Consultant Haematologist, Kandy Hillcrest Hospital  |  "
          "Mr. R. M. Dissanayake, Chief Medical Laboratory Technologist, Kirulapone Family Hospital"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
