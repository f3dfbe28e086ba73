"""Build resume.pdf for heldout43-anti-doping-lab-analyst.

Layout quirks: British spelling (the applicant trained and worked in the UK: derivatisation, enzymic,
programme, analyse), technical skills in two columns, memberships and training at the bottom.
The applicant comes from equine (horseracing) anti-doping and forensic toxicology, not a WADA laboratory.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Priya N. Halloran-Desai, MChem, MRSC"),
    ("contact", "1460 Quince Street, Denver, CO 80220  |  (720) 555-0163  |  priya.halloran@example.com  |  "
                "US permanent resident"),
    ("h", "Profile"),
    ("p", "Analytical chemist with six and a half years in ISO/IEC 17025-accredited laboratories in the UK: four "
          "in equine anti-doping for British horseracing and two in forensic toxicology. Routine screening and "
          "confirmatory analysis by GC-MS/MS, LC-MS/MS and UHPLC-HRMS, method validation, instrument care and "
          "UKAS assessments. Relocated to Colorado in 2026 and keen to move into human sport."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Instruments:", "Sample preparation:"),
        ("Agilent 7010B GC/TQ (8890 GC)", "Solid phase extraction (mixed-mode)"),
        ("Waters Xevo TQ-XS LC-MS/MS", "LLE and supported liquid extraction"),
        ("Thermo Q Exactive Plus (Orbitrap)", "Enzymic hydrolysis (beta-glucuronidase)"),
        ("Thermo TSQ Altis LC-MS/MS", "TMS derivatisation (MSTFA/NH4I)"),
        ("Source cleaning, troubleshooting", "Dilute-and-shoot urine screens"),
        ("Software and data:", "Quality and validation:"),
        ("MassHunter, Xcalibur, TraceFinder", "ISO/IEC 17025:2017 (UKAS)"),
        ("MassLynx / TargetLynx", "Method validation to UKAS scope"),
        ("STARLIMS (LIMS), Q-Pulse QMS", "Specificity, LOQ, carry-over"),
        ("R (tidyverse) for batch QC checks", "Uncertainty of measurement"),
        ("Microsoft Excel, Word", "IQC, proficiency testing, blind QC"),
    ]),
    ("h", "Experience"),
    ("job", "Senior Analyst, Equine Anti-Doping - Fenland Racing Analytical Laboratory, Ely, UK - "
            "Jan 2022 to May 2026"),
    ("b", "Screened 28,000+ equine urine and plasma samples a year by LC-MS/MS and UHPLC-HRMS against a "
          "1,200-analyte target list covering anabolic steroids, SARMs, stimulants, diuretics and HIF-PH "
          "inhibitors such as roxadustat."),
    ("b", "Ran confirmatory analysis on about 70 suspect samples a year, matching RRT and ion ratio against the "
          "reference standard under the AORC identification criteria; reported 41 positive findings to the "
          "British Horseracing Authority with no successful challenge."),
    ("b", "Split every sample into primary and reserve samples at accessioning under a documented chain of "
          "custody in STARLIMS, and recorded SG by digital refractometer for dilute urines."),
    ("b", "Validated 9 methods (specificity, limit of detection, LOQ, carry-over, matrix effects, recovery, "
          "uncertainty of measurement) and wrote the validation reports for two UKAS extensions to scope."),
    ("b", "Looked after two Xevo TQ-XS and a Q Exactive Plus high-resolution accurate-mass (HRAM) system: weekly "
          "source cleaning, mass calibration, column changes; cut unplanned downtime by 30% in 2024."),
    ("b", "Logged non-conformances and CAPA in Q-Pulse; prepared the AORC proficiency testing returns and "
          "blind QC samples (100% correct identifications over four rounds)."),
    ("b", "Assembled litigation packs for reserve-sample analyses and disciplinary panel hearings (6 cases)."),
    ("b", "Kept COSHH assessments and SDS up to date for the extraction laboratory; trained 5 new analysts."),
    ("job", "Forensic Toxicology Analyst - Kestrel Forensic Services, Oxford, UK - Oct 2019 to Dec 2021"),
    ("b", "GC-MS/MS and LC-MS/MS analysis of post-mortem and road-traffic blood and urine for drugs of abuse and "
          "prescription drugs; about 2,400 cases a year under forensic chain of custody."),
    ("b", "Prepared samples by solid phase extraction, LLE, enzymic hydrolysis and TMS derivatisation for the "
          "GC-MS confirmation of opiates and benzodiazepines."),
    ("b", "Handled biological samples at Containment Level 2; hepatitis B vaccinated."),
    ("h", "Education"),
    ("p", "MChem (Hons) Chemistry, 2:1 - Northgate University, Norwich, UK, 2019. Master's project: GC-MS of "
          "organic residues in meteorite analogues for an ESA-funded sample-return study."),
    ("h", "Professional Memberships"),
    ("b", "Member, Royal Society of Chemistry (MRSC), 2023"),
    ("b", "Association of Official Racing Chemists (AORC), associate member, 2023"),
    ("h", "Training"),
    ("b", "UKAS ISO/IEC 17025:2017 internal auditor course, 2023"),
    ("b", "Thermo Fisher Orbitrap operator and maintenance course, 2022"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
