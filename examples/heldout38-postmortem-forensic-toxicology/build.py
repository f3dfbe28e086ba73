"""Build resume.docx for heldout38-postmortem-forensic-toxicology.

Layout quirks: contact line only in the page header, letter-spaced section headings,
skills in a two-column table. The applicant moves from a hospital clinical toxicology lab.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Marisol T. Achterberg, MLS(ASCP)CM  |  48 Larchmont Terrace, Portland, ME 04103  |  (207) 555-0137  |  "
                "marisol.achterberg@example.com  |  Relocating to Pennsylvania"),
    ("name", "MARISOL T. ACHTERBERG"),
    ("h", "S U M M A R Y"),
    ("p", "Clinical toxicology scientist with 8 years in hospital laboratories, the last 6 running the LC-MS/MS and "
          "Q-TOF bench of a 610-bed academic medical center. I build and validate mass spec methods, keep the "
          "instruments up and sign out about 1,700 confirmation specimens a month. Finishing an online M.S. in "
          "forensic science and ready to move into medicolegal casework."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "MLS(ASCP)CM - Medical Laboratory Scientist, ASCP Board of Certification, 2018 (CMP current through 2027)"),
    ("b", "TC-NRCC - Toxicological Chemist, National Registry of Certified Chemists: eligible; exam scheduled March 2027"),
    ("b", "OSHA BBP refresher and DOT/IATA Division 6.2 shipping training, 2026"),
    ("h", "S K I L L S"),
    ("table", [
        ("Mass spectrometry", "LC-MS/MS: SCIEX Triple Quad 5500 with Analyst 1.7 and MultiQuant 3.0\n"
                              "Screening: Agilent 6545 Q-TOF, accurate-mass NIST library searches and retention time\n"
                              "Agilent 7890B/5977B GC-MSD with MassHunter Quantitative Analysis"),
        ("Chromatography", "Headspace GC-FID volatile screen (ethanol, methanol, isopropanol, acetone); UHPLC column "
                           "selection, mobile-phase prep, guard column changes"),
        ("Immunoassays", "EMIT II Plus and CEDIA on the Beckman Coulter AU5800 for the urine drug screen (UDS), serum "
                         "acetaminophen and salicylate"),
        ("Sample preparation", "Solid phase extraction (96-well mixed-mode), LLE, acetonitrile protein crash, "
                               "enzymatic hydrolysis with beta-glucuronidase"),
        ("Method work", "Method development and method validation per CLSI C62-A and the SWGTOX validation guidelines; "
                        "LOD/LLOQ, bias and precision, interference, ion suppression by post-column infusion, "
                        "uncertainty of measurement estimates"),
        ("Quality", "QC review with Levey-Jennings charts and Westgard rules; CAP PT; CAP self-inspection; "
                    "chain-of-custody for legal and employee drug testing; SOP writing"),
        ("Instrument care", "Weekly PM, ion source cleaning, autotunes and mass calibration on SCIEX and Agilent "
                            "systems; first-line troubleshooting of vacuum, spray and pump faults"),
        ("Systems / safety", "Epic Beaker LIS; Data Innovations Instrument Manager; Excel (pivot tables, XLOOKUP); "
                             "standard precautions, fume hood and solvent waste handling"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Clinical Laboratory Scientist III, Toxicology & Special Chemistry - Fore River University Medical Center, "
            "Portland, ME - Aug 2020 to Present"),
    ("b", "Run the hospital's LC-MS/MS confirmation service: about 1,400 urine and serum specimens a month for opioids, "
          "benzodiazepines, fentanyl and fentanyl analogues and buprenorphine, with quantification against 6-point "
          "calibration curves and deuterated internal standards."),
    ("b", "Screen about 350 emergency department and pain clinic specimens a month on the Agilent 6545 Q-TOF; flagged "
          "designer drugs (nitazenes, synthetic cathinones, xylazine) in 212 patients in 2025 and reported them to the "
          "state poison center."),
    ("b", "Review every batch for calibration, QC, internal standard recovery, qualifier ion ratios and carryover "
          "before release to the LIS; held the batch rejection rate under 2% through 2025."),
    ("b", "Built and validated a 42-analyte opioid and benzodiazepine panel (method development, method validation, "
          "LOD/LLOQ, ion suppression studies) that replaced a send-out and saves $310,000 a year."),
    ("b", "Run the headspace GC-FID volatile screen and co-oximetry for COHb and methemoglobin on the Radiometer "
          "ABL90 FLEX for toxic alcohol and smoke inhalation cases; median turnaround 48 minutes."),
    ("b", "Test vitreous fluid sodium, potassium, urea nitrogen and glucose for the hospital autopsy service, about 90 "
          "cases a year."),
    ("b", "Specimen accessioning and chain-of-custody for 60 legal blood alcohol and workplace cases a month; "
          "testified in district court (2023) as records custodian on a serum ethanol result."),
    ("b", "Weekly PM and ion source cleaning on three mass spectrometers; first-line troubleshooting cut vendor "
          "service calls from 11 to 4 a year."),
    ("b", "Order Schedule II reference standards from Cerilliant on DEA Form 222 and keep the controlled-substance "
          "logs; no discrepancies in four DEA-reportable inventories."),
    ("b", "Lead the toxicology section for CAP PT and the CAP self-inspection; wrote or revised 23 SOPs."),
    ("job", "Medical Laboratory Scientist, Chemistry - Penobscot Valley Hospital, Bangor, ME - Jun 2018 to Jul 2020"),
    ("b", "Rotating evening shift (3 PM - 11:30 PM) on the chemistry and immunoassay line, about 4,000 tests a shift."),
    ("b", "Ran tacrolimus and cyclosporine by LC-MS/MS after a zinc sulfate and methanol protein crash; "
          "TDM calls to pharmacy for PK-guided vancomycin and aminoglycoside dosing."),
    ("b", "Urine drug screen (UDS) by EMIT and CEDIA immunoassays with send-out confirmation."),
    ("h", "E D U C A T I O N"),
    ("p", "M.S., Forensic Science (Toxicology track) - in progress, expected May 2027 - Front Range University Online, "
          "Fort Collins, CO. Coursework: Forensic Toxicology, Forensic Pharmacology, Courtroom Testimony "
          "(moot court exercise, December 2025)."),
    ("p", "Post-baccalaureate Certificate, Medical Laboratory Science (NAACLS-accredited) - Penobscot Valley Hospital "
          "School of MLS, Bangor, ME, 2018"),
    ("p", "B.S., Chemistry (ACS-certified) - Casco State University, Gorham, ME, 2016"),
    ("h", "A F F I L I A T I O N S"),
    ("b", "Society of Forensic Toxicologists - student member since 2025"),
    ("b", "ADLM (formerly AACC) - member since 2019"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
