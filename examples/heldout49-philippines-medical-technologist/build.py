"""Build resume.pdf for heldout49-philippines-medical-technologist.

Layout quirks: PDF with the licence/certification block straight under the career objective, skills in two
columns grouped by laboratory section (labels ending ':'), an internship block after work experience,
trainings and seminars, and character references at the end. Philippine wording ("Hema", "Histopath",
"protime", "panic values").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "MA. KRISTINE D. VILLANUEVA, RMT"),
    ("contact", "Blk 12 Lot 8 Mabuhay Homes, Brgy. Pasong Tamo, QC 1107  |  555-0162  |  "
                "kristine.villanueva@example.com"),
    ("h", "Career Objective"),
    ("p", "Registered Medical Technologist with over three years of hospital laboratory work in all sections, "
          "seeking a position in a larger training hospital where I can deepen my skills in Blood Bank and "
          "Microbiology and help the laboratory deliver accurate and timely results."),
    ("h", "License and Certifications"),
    ("b", "PRC License No. 0098412 (Medical Technologist), valid until October 2027"),
    ("b", "Passed the Medical Technologist Licensure Examination, March 2022 - rating 86.40%"),
    ("b", "HIV Proficiency Certificate - SACCL, San Lazaro Hospital, 2023"),
    ("b", "BLS Provider - Philippine Heart Association, valid until 2026"),
    ("b", "Laboratory Biosafety and Biosecurity Training - RITM, 2022"),
    ("b", "DOH Drug Testing Analyst Training - enrolled, batch starts February 2026"),
    ("h", "Skills"),
    ("cols", [
        ("Clinical Chemistry:", "Hema & Coags:"),
        ("Beckman Coulter AU480", "Sysmex XN-550; Sysmex XN-1000 (intern)"),
        ("Tosoh AIA-360 immunoassay", "CBC, PBS reading, ESR"),
        ("HbA1c, lipid profile, Na, K, Cl", "Sysmex CA-600: protime, APTT"),
        ("Troponin I, ABG sampling", "Blood Bank:"),
        ("Clinical Microscopy:", "Blood typing, antibody screen"),
        ("Urinalysis, routine stool exam, FOBT", "Compatibility testing (DiaMed gel)"),
        ("Microbiology:", "Direct Coombs test, component separation"),
        ("Gram stain, Ziehl-Neelsen sputum smears", "TTI screening: HBsAg, anti-HCV, RPR"),
        ("Bacterial culture and ID, blood culture", "Histopath:"),
        ("Vitek 2, BacT/ALERT 3D", "Tissue processing, embedding"),
        ("Sensitivity testing (disc diffusion)", "Sectioning, H&E staining"),
        ("CLSI breakpoints, Xpert MTB/RIF", "Pap smear processing"),
        ("Quality and Systems:", ""),
        ("Daily QC, L-J charts, Westgard multirules", "NEQAS, Bio-Rad EQAS, corrective action"),
        ("LIS, Microsoft Office", "Infection control, waste segregation"),
    ]),
    ("h", "Work Experience"),
    ("job", "Medical Technologist - St. Jude Thaddeus Hospital (Level 2 hospital), Novaliches  |  June 2022 - Present"),
    ("b", "Rotate through all sections on a 3-shift schedule, processing about 350 samples per shift for the "
          "wards, ER and OPD."),
    ("b", "Venipuncture and capillary collection for adult and pediatric patients; assist ABG sampling in the ICU."),
    ("b", "Run chemistry and immunoassay panels on the Beckman Coulter AU480 and Tosoh AIA-360; perform daily and "
          "weekly maintenance and keep the instrument logbooks complete."),
    ("b", "Blood Bank: blood typing, antibody screen and compatibility testing with DiaMed gel cards; prepared "
          "1,100+ donor units into PRBC, FFP and platelet concentrate by component separation; TTI screening of "
          "donor units."),
    ("b", "Run daily QC on three levels, plot L-J charts and apply Westgard multirules; handled 14 QC rejections "
          "in 2024, each with documented corrective action."),
    ("b", "NEQAS for chemistry, hema and microbiology with passing results three years running; enrolled the lab "
          "in Bio-Rad EQAS for HbA1c in 2024."),
    ("b", "Call panic values to the wards within 30 minutes (98% compliance); encode and release results in the LIS."),
    ("b", "Xpert MTB/RIF testing and sputum smears for the hospital DOTS clinic, about 60 samples a month."),
    ("b", "Glucometer QC on 12 ward units; trained 40 nurses on proper glucose testing."),
    ("b", "Updated 22 section SOPs and the records for the 2024 DOH licensing inspection, passed with no major "
          "findings; member of the infection control and healthcare waste segregation team."),
    ("h", "Internship"),
    ("job", "Medical Technology Intern - Quezon Memorial Medical Center (tertiary hospital)  |  Jun 2021 - May 2022"),
    ("b", "Rotated through Clinical Chemistry, Hema, Clinical Microscopy, Blood Bank, Microbiology and Histopath."),
    ("b", "Microbiology: bacterial culture and ID, sensitivity testing by disc diffusion against CLSI breakpoints, "
          "Vitek 2 identification, blood culture on the BacT/ALERT 3D."),
    ("b", "Histopath: tissue processing, embedding, sectioning on a rotary microtome, H&E staining and Pap smear "
          "processing."),
    ("b", "CBC runs on the Sysmex XN-1000 and PBS reading under supervision; recognized as Intern of the Month, "
          "February 2022."),
    ("h", "Education"),
    ("p", "BS Medical Technology - Colegio de San Lorenzo Ruiz, Quezon City, 2022. Thesis: Comparison of manual "
          "and automated ESR methods in adult patients."),
    ("h", "Affiliations"),
    ("b", "PAMET - Quezon City Chapter, member since 2022"),
    ("h", "Trainings and Seminars"),
    ("b", "PAMET Annual Convention 2023 and 2024 - 30 CPD units earned toward the CPD Act of 2016 requirement"),
    ("b", "Republic Act 5527 and the Practice of Medical Technology - PAMET Quezon City Chapter, 2023"),
    ("b", "Basic Immunohematology Workshop - Philippine Blood Center, 2023"),
    ("h", "Character References"),
    ("p", "Available upon request."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
