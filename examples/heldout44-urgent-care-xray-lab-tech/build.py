"""Build resume.docx for heldout44-urgent-care-xray-lab-tech.

Layout quirks: contact details in the DOCX page header (header_contact=True), a two-column
table for skills, certifications and registrations near the bottom after Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Yesenia M. Carrizales  |  4410 CR 117, Floresville, TX 78114  |  (830) 555-0128  |  "
                "yesenia.carrizales@example.com"),
    ("name", "Yesenia M. Carrizales, LMRT, CCMA"),
    ("h", "Profile"),
    ("p", "X-ray and lab tech with five years in a busy rural urgent care that doubles as the occupational health "
          "provider for about 200 employers. I take the films, run the lab, do the drug screens and keep the logs "
          "inspection-ready. Bilingual (English/Spanish)."),
    ("h", "Skills"),
    ("table", [
        ("Radiography", "Chest, extremity and spine X-ray; positioning; exposure factors; ALARA and radiation "
                        "protection\nKonica Minolta AeroDR wireless detectors; PACS; teleradiology workflow"),
        ("Laboratory", "Waived testing: rapid strep, flu A/B, SARS-CoV-2 antigen, urine pregnancy tests, "
                       "capillary blood glucose, urine dipsticks\nModerate complexity testing: CBC with 3-part "
                       "diff (Sysmex pocH-100i); Abbott ID NOW; A1c (Abbott Afinion 2)\nQC, L-J charts, API surveys, "
                       "competency assessments, CLIA '88 compliance"),
        ("Collections", "Venipuncture, fingersticks, specimen processing, centrifuge, send-outs\nDOT urine "
                        "collections (49 CFR Part 40), chain of custody, CCF; non-DOT instant-cup drug screens"),
        ("Occupational Health", "Spirometry, audiograms, PPD placement and reading, 12-lead EKG, vitals"),
        ("Systems", "eCW (EMR), Medina Valley billing system, Microsoft Office"),
    ]),
    ("h", "Experience"),
    ("job", "X-Ray / Lab Technician - Medina Valley Family & Urgent Care, Hondo, TX - Apr 2022 to present"),
    ("b", "Take 15-25 X-ray exams a day (chest, hands, wrists, ankles, knees, L-spine) on a Konica Minolta AeroDR "
          "room; repeat rate 2.1% against a clinic goal of 4%."),
    ("b", "Send every study to PACS for teleradiology reads; flag wet-read fractures to the provider within "
          "10 minutes of exposure."),
    ("b", "Wear a Landauer Luxel+ badge; quarterly doses have stayed below 10 mrem."),
    ("b", "Run the clinic lab (about 60 tests a day): CBC on the Sysmex pocH-100i, A1c on the Afinion 2, "
          "molecular flu and COVID on the Abbott ID NOW, plus all waived testing."),
    ("b", "Log daily QC, plot L-J charts monthly and complete API surveys three times a year with 100% "
          "acceptable results since 2023."),
    ("b", "Perform about 30 venipunctures and fingersticks a day; handle specimen processing and send-outs to "
          "the reference lab."),
    ("b", "Perform 70+ DOT urine collections a month under 49 CFR Part 40 and the CCF; zero fatal flaws on "
          "MRO review in three years."),
    ("b", "Ran on-site collection days for Hill Country Cola Bottling Co. (140 donors in one shift, instant-cup "
          "drug screens with lab confirmation of non-negatives)."),
    ("b", "Perform spirometry, audiograms, PPD placement and reading, and 12-lead EKG for occupational health "
          "physicals; fax PT and ortho referrals for workers' comp patients."),
    ("b", "Enter CPT codes for X-ray and lab charges at checkout, cutting missed charges by about $3,800 a month."),
    ("job", "Clinical Medical Assistant - South Texas Family Clinic, Pleasanton, TX - Jun 2020 to Mar 2022"),
    ("b", "Rooming, vitals and medication lists for 35-40 patients a day; point-of-care testing and phlebotomy."),
    ("b", "Followed OSHA BBP and HIPAA policies; trained two new MAs on the eCW EMR."),
    ("h", "Education"),
    ("p", "Diploma, Medical Assistant with Limited Radiography - Alamo Career Institute, San Antonio, TX, 2020 "
          "(includes 160 clinical hours)"),
    ("h", "Certifications and Registrations"),
    ("b", "Limited Medical Radiologic Technologist (LMRT), Texas Medical Board - registered 2020, renewed 2024"),
    ("b", "Certified Clinical Medical Assistant (CCMA), National Healthcareer Association - 2020"),
    ("b", "DOT Qualified Collector (urine), proficiency demonstration 2022, refresher due 2027"),
    ("b", "BLS for Healthcare Providers, American Heart Association - exp. 08/2027"),
    ("h", "References"),
    ("p", "Dr. Ramon Ibarra, Medical Director, Medina Valley Family & Urgent Care - available on request"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
