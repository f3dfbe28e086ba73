#!/usr/bin/env python3
"""Build resume.docx for heldout30-drug-testing-certifying-scientist.

Layout: contact line in the DOCX page header (not in the body), technical skills in a
two-column table. Run with a Python that has python-docx:  python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Theodore J. Lindqvist, MLS(ASCP)CM  |  2817 NE Delaware Ave, Ankeny, IA 50021  |  (515) 555-0163  |  ted.lindqvist@example.com"),
    ("name", "Theodore J. Lindqvist"),
    ("h", "Professional Summary"),
    ("p", "Clinical toxicology and chemistry scientist with 12 years in hospital laboratories, the last 6 as technical lead "
          "of an academic medical center's mass spectrometry bench. Review and release about 1,100 LC-MS/MS and GC/MS "
          "confirmations a week for pain management, emergency department and neonatal drug testing. Experienced with "
          "legal chain-of-custody specimens, deposition testimony and CAP inspections; ready to move into forensic "
          "workplace testing."),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM - ASCP Board of Certification, 2014"),
    ("b", "Toxicological Chemist (TC-NRCC), National Registry of Certified Chemists - application approved, exam scheduled November 2026"),
    ("b", "Lean Six Sigma Yellow Belt, 2022"),
    ("h", "Technical Skills"),
    ("table", [
        ("LC-MS/MS", "SCIEX QTRAP 6500+ and Triple Quad 5500; Waters Xevo TQ-S micro; MRM method development and tuning; HPLC/UHPLC column troubleshooting"),
        ("GC/MS and GC", "Agilent 7890B/5977B GC/MS (EI, SIM); Agilent 7890 GC-FID with headspace for volatiles"),
        ("Drug screens", "Roche cobas c 502 and c 702 urine drug screens (KIMS, CEDIA, EMIT II Plus); specimen integrity checks (creatinine, pH, specific gravity)"),
        ("Sample preparation", "SPE (Biotage Extrahera), SLE, liquid-liquid extraction, enzymatic hydrolysis, derivatization (BSTFA, PFPA); pipetting on a Tecan Freedom EVO 150"),
        ("Data review", "SCIEX Analyst 1.7 and MultiQuant 3.0, Agilent MassHunter Quant, Waters TargetLynx; ion ratio, retention time and internal standard acceptance criteria"),
        ("Quality and regulatory", "Method validation (CLSI C62-A), LOD/LOQ, matrix effect and interference studies; Westgard rules; CAP proficiency testing; CAPA and nonconformance reports; CAP, CLIA; legal chain of custody"),
        ("Systems", "Epic Beaker LIS; MediaLab document control; MS Excel (pivot tables, VBA macros)"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Toxicology Lead Scientist, Clinical Chemistry - Raccoon River University Hospital, Des Moines, IA - Jun 2019 to Present"),
    ("b", "Technical lead for the mass spectrometry bench (6 scientists): urine and serum drug confirmations by LC-MS/MS "
          "(68-analyte opioid, benzodiazepine, stimulant and fentanyl panel) and GC/MS."),
    ("b", "Review and release results after checking calibration curves, QC, ion ratios, retention times, internal standard "
          "recovery, carryover and peak integration; about 1,100 confirmations a week."),
    ("b", "Validated 9 LC-MS/MS assays, including a urine fentanyl/norfentanyl method and an umbilical cord tissue panel; "
          "wrote the validation summaries signed by the medical director."),
    ("b", "Handle legal blood alcohol and law-enforcement specimens under chain of custody; gave deposition testimony twice "
          "(2022, 2024) on reported blood alcohol results."),
    ("b", "Led the chemistry section through CAP inspections in 2020, 2022 and 2024 with no toxicology deficiencies; run CAP "
          "proficiency testing for the mass spec bench."),
    ("b", "Wrote or revised 34 SOPs and keep the bench's nonconformance and CAPA log in MediaLab."),
    ("b", "Trained 11 scientists and pathology residents on LC-MS/MS data review and complete annual competency assessments for the bench."),
    ("job", "Medical Laboratory Scientist, Chemistry - Cedar Valley Regional Medical Center, Waterloo, IA - Jul 2014 to May 2019"),
    ("b", "Ran urine drug screens, therapeutic drug monitoring and general chemistry on Roche cobas c 502, c 702 and e 602 analyzers."),
    ("b", "Reviewed QC with Westgard rules and Levey-Jennings charts; covered the toxicology send-out desk."),
    ("b", "Super-user for the 2017 Epic Beaker go-live."),
    ("h", "Education"),
    ("p", "B.S., Chemistry (minor in Biology) - Prairie Lakes State University, 2013"),
    ("p", "Medical Laboratory Science Certificate (NAACLS-accredited) - Cedar Valley Regional Medical Center School of MLS, 2014"),
    ("h", "Continuing Education"),
    ("b", "ADLM (formerly AACC) short course: Mass Spectrometry in the Clinical Laboratory, 2021"),
    ("b", "SOFT Annual Meeting, 2024 - workshop on workplace drug testing"),
    ("h", "Professional Affiliations"),
    ("b", "Society of Forensic Toxicologists (SOFT), associate member since 2022"),
    ("b", "Association for Diagnostics & Laboratory Medicine (ADLM)"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", (HERE / "resume.docx").name)


if __name__ == "__main__":
    main()
