#!/usr/bin/env python3
"""Build resume.docx for heldout34-pgx-technologist (contact only in page header, skills in a table,
letter-spaced skills heading)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Missoula, MT 59801  |  (406) 555-0163  |  tessa.lindqvist@example.com"),
    ("name", "Tessa M. Lindqvist, MLS(ASCP)CM"),
    ("h", "Summary"),
    ("p", "Medical laboratory scientist with 7 years of hospital laboratory experience, the last 5 on the molecular "
          "infectious disease PCR bench of a 310-bed regional referral center. Runs high complexity molecular testing "
          "from nucleic acid extraction through result release: sample-to-answer syndromic panels, high-throughput "
          "qPCR and laboratory-developed assays. Brought up CYP2C19 pharmacogenetic testing for our cath lab and is "
          "looking to move into dedicated pharmacogenetic reference work."),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM - ASCP Board of Certification, 2019; Credential Maintenance Program current through 2028"),
    ("b", "MB(ASCP) certification, ASCP Board of Certification - exam scheduled August 2026"),
    ("h", "S K I L L S"),
    ("table", [
        ("Extraction", "Roche MagNA Pure 96; bioMérieux EMAG; QIAcube with QIAamp DNA Mini Kit; "
                       "NanoDrop One (A260/280, A260/230)"),
        ("Amplification", "qPCR and RT-PCR: Roche cobas 6800, Cepheid GeneXpert Infinity, Applied Biosystems "
                          "QuantStudio 5 and Veriti 96-Well; TaqMan probe-based LDTs; BioFire FilmArray Torch"),
        ("Genotyping", "Genomadix Cube CYP2C19 System (buccal swab); GenMark eSensor XT-8 warfarin sensitivity "
                       "(CYP2C9, VKORC1) and thrombophilia (Factor V Leiden, prothrombin G20210A)"),
        ("Sequencing", "16S rRNA gene sequencing: BigDye Terminator v3.1, ABI 3500 Genetic Analyzer, SmartGene IDNS"),
        ("Quality", "Daily quality control review, NTC and extraction controls, PT, one-way workflow, "
                    "LDT validation, method verification, competency assessments"),
        ("Systems", "Epic Beaker LIS; Data Innovations Instrument Manager; Excel"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist II, Molecular Diagnostics - Clark Fork Regional Medical Center, "
            "Missoula, MT - Jun 2021 to Present"),
    ("b", "Perform high complexity molecular testing on the infectious disease PCR bench, about 220 specimens per "
          "shift: respiratory, GI and meningitis/encephalitis panels, C. difficile, HSV/VZV, and CMV and EBV viral "
          "loads from EDTA whole blood and plasma."),
    ("b", "Run the BioFire FilmArray Pneumonia panel on BAL and sputum for ICU patients with suspected CAP or VAP; "
          "phone resistance-gene detections (mecA/C, CTX-M, KPC) to the antimicrobial stewardship pharmacists."),
    ("b", "Set up Genomadix Cube CYP2C19 genotyping from buccal swab specimens so cath lab patients have a result "
          "before the clopidogrel decision; wrote the Epic alert text with cardiology and pharmacy using Clinical "
          "Pharmacogenetics Implementation Consortium dosing recommendations."),
    ("b", "Ran warfarin sensitivity genotyping (CYP2C9/VKORC1) and Factor V Leiden testing on the GenMark eSensor "
          "XT-8 until the platform was retired in 2022."),
    ("b", "Led the LDT validation of a TaqMan mpox (non-variola orthopoxvirus) qPCR assay in 2022: accuracy, "
          "precision, LoD, analytical specificity and reportable range; live in 5 weeks."),
    ("b", "Sequence culture isolates that fail MALDI-TOF identification by 16S rRNA gene sequencing (BigDye "
          "Terminator cycle sequencing on the ABI 3500 Genetic Analyzer) and review traces in SmartGene."),
    ("b", "Perform nucleic acid extraction on the MagNA Pure 96 and EMAG; keep the one-way workflow from reagent "
          "prep to extraction to amplification and run monthly bleach wipe tests of the bench surfaces."),
    ("b", "Review daily quality control, NTC and extraction control results and viral load Levey-Jennings charts; "
          "perform semiannual competency assessments for 6 technologists; wrote or revised 18 SOPs."),
    ("b", "Graded PT events for the molecular section with 100% acceptable results, 2022-2025; bench lead for the "
          "2024 College of American Pathologists inspection (no molecular deficiencies) and CLIA recertification."),
    ("job", "Medical Laboratory Scientist - Sapphire Range Community Hospital, Hamilton, MT - May 2019 to May 2021"),
    ("b", "Generalist in a 25-bed critical access hospital: chemistry, hematology, coagulation, urinalysis and blood "
          "bank on rotating day and evening shifts."),
    ("b", "Stood up SARS-CoV-2 RT-PCR on the Cepheid GeneXpert in three weeks during the 2020 surge; ran up to 90 "
          "NP swabs a day."),
    ("b", "Performed instrument maintenance and calibration and kept the QA binders ready for survey."),
    ("h", "Education"),
    ("p", "B.S., Medical Laboratory Science - University of the Northern Rockies, Bozeman, MT - 2019. "
          "NAACLS-accredited program; clinical practicum at Clark Fork Regional Medical Center."),
    ("h", "Continuing Education"),
    ("b", "AMP Annual Meeting & Expo, 2024 - infectious disease and pharmacogenetic testing sessions"),
    ("b", "ASCP webinar series: Pharmacogenetic Testing in the Clinical Laboratory, 2025"),
    ("b", "Annual OSHA BBP and chemical hygiene training, current"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
