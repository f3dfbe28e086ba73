"""Build resume.pdf for heldout54-hong-kong-medical-technologist-chemical-pathology.

Layout quirks: PDF, Hong Kong style (surname first, British spellings), registration block under the
profile, skills in two columns (labels ending ':'), languages at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "CHEUNG Ka-yan, Karen"),
    ("contact", "Flat 12B, Block 3, Laguna Verde, Hung Hom, Kowloon, Hong Kong  |  +852 555-0147  |  karen.cheung@example.com"),
    ("h", "Profile"),
    ("p", "Medical Technologist with eight years in clinical chemistry and immunology, first in a high-volume "
          "commercial laboratory and now in a HOKLAS-accredited private hospital laboratory. Day-to-day work on "
          "chemistry analysers and immunoassay analysers, HbA1c by HPLC, protein electrophoresis and IQC/EQA "
          "review; trained internal auditor who has taken the section through two ISO 15189 surveillance visits. "
          "Looking to move into a public hospital chemical pathology service with a wider test menu."),
    ("h", "Professional Registration"),
    ("b", "Registered Medical Laboratory Technologist, Part I - MLTB, Hong Kong (Reg. No. MT 08231), since 2018"),
    ("b", "Member, Hong Kong Institute of Medical Laboratory Sciences, since 2019"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Analysers and platforms:", "Quality and accreditation:"),
        ("Roche cobas c 502 / e 602 modules", "ISO 15189, HOKLAS, HKAS surveys"),
        ("Beckman Coulter AU5800, DxI 800", "IQC with Westgard multi-rules"),
        ("Abbott Alinity c / Alinity i", "Bio-Rad Unity 2.0, L-J charts"),
        ("Tosoh G11 HPLC", "EQA: RCPAQAP, Bio-Rad EQAS"),
        ("Sebia Capillarys 2 Flex Piercing", "Method verification, MU estimation"),
        ("Sebia Hydrasys 2 Scan", "Reagent lot crossover, CAPA"),
        ("Radiometer ABL800 FLEX blood gas analysers", "Internal auditor (ISO 15189)"),
        ("Advanced Instruments 2020 osmometer", "Quality management system (QMS)"),
        ("Tests:", "Systems:"),
        ("HbA1c, Hb variants, thalassaemia screening", "LIS (Sunquest), HIS result enquiry"),
        ("SPE, IFE, kappa/lambda sFLC", "Data Innovations Instrument Manager middleware"),
        ("TDM: tacrolimus, ciclosporin, digoxin", "TLA: Inpeco FlexLab"),
        ("Tumour markers, hs-TnT, endocrinology", "MS Excel, Word, PowerPoint"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Technologist, Clinical Chemistry and Immunology - Pathology Laboratory, St Columba's Hospital, "
            "Happy Valley, Hong Kong - Jul 2021 to Present"),
    ("b", "Run the chemistry and immunoassay bench of a 520-bed private hospital, about 3,200 samples a day on "
          "Roche cobas c 502 / e 602 modules and two Beckman Coulter DxI 800 units; 24-hour shift and on-call roster."),
    ("b", "Perform HbA1c and Hb variant detection on a Tosoh G11 (about 450 samples a day) and thalassaemia "
          "screening for the antenatal clinic; refer suspected variants for DNA analysis."),
    ("b", "Run SPE on a Sebia Capillarys 2 Flex Piercing and immunofixation electrophoresis (IFE) on the Hydrasys 2 "
          "Scan; pre-interpret 60-80 paraprotein cases a month for the chemical pathologist."),
    ("b", "Review IQC daily on Bio-Rad Unity 2.0 and L-J charts using Westgard multi-rules; cut repeat QC runs by "
          "30% after moving six assays to sigma-based rules."),
    ("b", "Coordinate EQA returns for 140 analytes (RCPAQAP and Bio-Rad EQAS); led root-cause review and CAPA for "
          "all unsatisfactory returns, none repeated in 2024-2025."),
    ("b", "Wrote method verification and MU estimation files for 22 new assays, including 25-OH vitamin D and "
          "hs-TnT, and run reagent lot crossover checks for about 40 lots a year."),
    ("b", "Validate and release results in the LIS and phone critical values to wards within the 30-minute target "
          "(98.6% compliance in 2025)."),
    ("b", "First-line maintenance and troubleshooting on all chemistry and immunoassay analysers; logged and "
          "followed up 35 service calls with vendor engineers in 2025."),
    ("b", "Rewrote 28 SOPs for the 2022 move to ISO 15189:2022; trained internal auditor, audited the "
          "haematology and microbiology sections in 2024 and 2025."),
    ("b", "Pack and dispatch UN3373 referral samples to overseas reference laboratories following biosafety rules."),
    ("job", "Medical Technologist - Harbour Medical Laboratories Ltd (commercial laboratory), Kwun Tong, Hong Kong - "
            "Aug 2018 to Jun 2021"),
    ("b", "Operated Abbott Alinity c / Alinity i analysers on an Inpeco FlexLab TLA line processing 6,000 "
          "outpatient and clinic samples a day."),
    ("b", "Built autoverification rules in Data Innovations Instrument Manager middleware, raising the "
          "autoverified share of routine chemistry from 55% to 78%."),
    ("b", "Ran TDM for tacrolimus and ciclosporin, tumour markers (CEA, AFP, CA 125, PSA) and endocrinology "
          "panels (TFT, cortisol, reproductive hormones)."),
    ("b", "Measured serum and urine osmolality on an Advanced Instruments 2020 osmometer; albumin by BCG method."),
    ("b", "Kept QC and turnaround statistics in MS Excel for the monthly quality meeting."),
    ("h", "Education"),
    ("b", "MSc Clinical Biochemistry (part-time, distance learning) - Northbridge University, UK - in progress, "
          "expected completion June 2027"),
    ("b", "BSc (Hons) in Medical Laboratory Science - The Hong Kong Polytechnic University, 2018"),
    ("h", "Languages"),
    ("p", "Cantonese (native), English (fluent), Mandarin (good working level)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
