"""Build resume.docx for heldout46-endocrine-esoteric-technologist.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), the name as the first
body line, a two-column skills table (label | content) and a Continuing Education block at the end.
The posting is posting.html, written by hand (careers page with a cookie banner, nav, sidebar, footer).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Priyanka N. Deshmukh, MLS(ASCP)CM"),
    ("contact", "2210 Poly Drive, Billings, MT 59102  |  (406) 555-0163  |  priyanka.deshmukh@example.com  |  "
                "relocating to Albany, NY in January 2027"),
    ("h", "Profile"),
    ("p", "Medical laboratory scientist with eight years of high complexity testing in clinical chemistry, the last "
          "five running LC-MS/MS confirmation testing and special chemistry immunoassays at a regional reference "
          "laboratory. Took four mass spec assays, including 25-OH vitamin D and serum testosterone, from method "
          "development through method validation and go-live. Moving to New York's Capital Region and looking for a "
          "bench role in endocrine testing."),
    ("h", "Certification and Licensure"),
    ("b", "MLS(ASCP)CM, ASCP Board of Certification, 2018"),
    ("b", "New York State Clinical Laboratory Technologist license - application submitted Sept 2026, approval "
          "expected Dec 2026"),
    ("h", "Laboratory Skills"),
    ("table", [
        ("Mass spectrometry", "SCIEX Triple Quad 4500 with Analyst and MultiQuant; Waters Xevo TQ-S micro with "
                              "MassLynx; Shimadzu Nexera X2 and Waters ACQUITY UPLC I-Class front ends; source "
                              "cleaning, tuning, mass calibration, column changes, nitrogen generator upkeep"),
        ("Sample preparation", "SPE in 96-well plates, SLE, LLE, protein crash, enzymatic hydrolysis; Hamilton "
                               "Microlab STAR"),
        ("Immunoassay", "Roche cobas e 801 and e 602, Beckman Coulter DxI 800, manual ELISA"),
        ("Quality", "Westgard rules, Levey-Jennings charts, CAP PT, calibration verification and AMR, CLSI C62, EP05, "
                    "EP06 and EP09 study designs"),
        ("Software", "Cerner PathNet LIS, Data Innovations IM, EP Evaluator, Bio-Rad Unity, Microsoft Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Laboratory Scientist III, Special Chemistry and Toxicology - Big Sky Regional Laboratory Services, "
            "Billings, MT - Mar 2021 to Present"),
    ("b", "Run LC-MS/MS confirmation testing for 38 drugs and metabolites and a 25-OH vitamin D2/D3 assay on a SCIEX "
          "Triple Quad 4500 and a Waters Xevo TQ-S micro, about 450 injections per shift."),
    ("b", "Did the bench work for four laboratory-developed test validations (25-OH vitamin D, serum testosterone, "
          "plasma free metanephrines, oral fluid drug panel): precision, linearity, accuracy against a reference "
          "laboratory, LLOQ, carryover, ion suppression by post-column infusion, and hemolysis, icterus and lipemia "
          "interference."),
    ("b", "Prepare calibrators, controls and specimens by SPE, SLE, LLE and protein crash with deuterated internal "
          "standards; moved the vitamin D extraction onto a Hamilton Microlab STAR, cutting hands-on time from 3 hours "
          "to 50 minutes per 96-well batch."),
    ("b", "Review every batch for peak integration, RT, ion ratios and internal standard response; release about "
          "120,000 results a year with a corrected-report rate under 0.05%."),
    ("b", "Section lead for LC-MS/MS maintenance: weekly source cleaning, quarterly mass calibration, mobile phases and "
          "column changes; cut unscheduled downtime from 31 to 9 hours a quarter."),
    ("b", "Run special chemistry immunoassays on the Roche cobas e 801 (testosterone, estradiol, cortisol, FT4, LH, "
          "FSH, prolactin, PTH) and manual ELISA batches for anti-Mullerian hormone."),
    ("b", "Investigated 7 CAP PT failures and 22 QC shifts with root cause reviews and corrective action; no repeat "
          "failures."),
    ("b", "Trained 9 MLS on LC-MS/MS data review and completed their six-month and annual competency assessments; "
          "wrote or revised 23 SOPs."),
    ("b", "Updated the section's Chemical Hygiene Plan annex for LC-MS solvents and fume hood use."),
    ("job", "Medical Laboratory Scientist, Core Chemistry and Coagulation - Yellowstone Valley Medical Center, "
            "Billings, MT - Jun 2018 to Feb 2021"),
    ("b", "General chemistry, immunoassay and coagulation testing on Roche cobas 8000 and Beckman Coulter DxI 800; "
          "PT/INR, aPTT and D-dimer on a Stago STA R Max."),
    ("b", "Applied Westgard rules and reviewed Levey-Jennings charts in Bio-Rad Unity Real Time for 140 analytes."),
    ("b", "Wrote autoverification rules in Data Innovations IM for the Cerner PathNet LIS; 78% of chemistry results "
          "autoverified."),
    ("b", "Performed calibration verification and AMR studies twice a year for 60 chemistry assays to CAP and CLIA "
          "requirements; no chemistry deficiencies at the 2019 and 2020 CAP inspections."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Montana Plains University, Great Falls, MT, 2018. NAACLS-accredited "
          "program; minor in chemistry."),
    ("h", "Continuing Education"),
    ("b", "ADLM (formerly AACC) Clinical Mass Spectrometry short course, 2024"),
    ("b", "MSACL 2023 Annual Conference, Monterey, CA - endocrine and hormone assay sessions"),
    ("b", "ASCLS Montana annual meeting, 2022 - poster on vitamin D extraction automation"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
