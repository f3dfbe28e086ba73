"""Build posting.docx and resume.docx for heldout55-us-reference-lab-molecular-virology-technologist.

Layout quirks: DOCX posting; DOCX resume with the contact line in the page header and the skills
in a two-column table (label | multi-line content).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Clinical Laboratory Scientist II - Molecular Virology (Day Shift)"),
    ("p", "Northgate Reference Laboratories  |  Molecular Infectious Disease Department  |  Lake Success, NY  |  "
          "Full-time  |  Req. 26-0418"),
    ("h", "About Northgate"),
    ("p", "Northgate Reference Laboratories is an independent reference laboratory performing more than 40,000 tests "
          "a day for hospitals, physician offices and public health clients in 38 states. Our Molecular Virology "
          "section runs one of the largest HIV and viral hepatitis testing services in the Northeast, seven days a week."),
    ("h", "Position Summary"),
    ("p", "The Clinical Laboratory Scientist II performs high-complexity molecular testing in the Molecular Virology "
          "section, from specimen receipt through result release, and supports new assay introduction, quality "
          "management and inspection readiness."),
    ("h", "Essential Duties and Responsibilities"),
    ("b", "Perform quantitative HIV-1 RNA, HBV DNA and HCV RNA viral load testing on the Roche cobas 6800/8800 Systems "
          "and Abbott Alinity m, and CMV and BK virus quantitation for transplant patients."),
    ("b", "Perform HIV-1 genotypic drug resistance testing (protease, reverse transcriptase and integrase) by Sanger "
          "sequencing on the Applied Biosystems 3500xL Genetic Analyzer and by NGS on the Illumina MiSeq; edit "
          "sequences and interpret mutations with the Stanford HIVdb algorithm."),
    ("b", "Perform nucleic acid extraction on the QIAGEN QIAsymphony SP and Roche MagNA Pure 96 and set up real-time "
          "PCR for laboratory-developed tests (LDTs) on Bio-Rad CFX96 and Applied Biosystems QuantStudio 5 "
          "instruments; review amplification curves and Ct values before release."),
    ("b", "Maintain contamination control: follow the unidirectional workflow from reagent preparation through the "
          "pre-amplification and post-amplification rooms, perform bleach and UV decontamination, and run monthly "
          "environmental wipe testing."),
    ("b", "Handle specimens in a Class II biological safety cabinet under BSL-2 practices and the OSHA Bloodborne "
          "Pathogens Standard."),
    ("b", "Run and document quality control; evaluate Levey-Jennings charts against Westgard rules and perform "
          "calibration verification, reagent lot-to-lot verification and proficiency testing."),
    ("b", "Take part in method verification and validation studies (accuracy, precision, reportable range, limit of "
          "detection) for new assays."),
    ("b", "Perform daily, weekly and monthly preventive maintenance; troubleshoot instrument and assay failures and "
          "document corrective action and root cause analysis."),
    ("b", "Verify and release results in the laboratory information system (LIS) and Data Innovations Instrument "
          "Manager middleware; monitor turnaround time (TAT) for each assay."),
    ("b", "Keep the section inspection-ready under the CAP Molecular Pathology Checklist, CLIA (42 CFR Part 493) and "
          "the New York State Department of Health (NYSDOH) Clinical Laboratory Evaluation Program (CLEP) permit "
          "standards; protect patient information under HIPAA."),
    ("b", "Train new staff and take part in annual competency assessment."),
    ("h", "Minimum Qualifications"),
    ("b", "Bachelor's degree in Medical Laboratory Science, Clinical Laboratory Science, or a chemical, physical or "
          "biological science that meets CLIA personnel requirements for high-complexity testing."),
    ("b", "Current New York State Clinical Laboratory Technologist license, or a Clinical Laboratory Technologist "
          "license restricted to Molecular Diagnosis, by the start date."),
    ("b", "Certification as MLS(ASCP), MT(AMT), or equivalent."),
    ("b", "Two years of clinical laboratory experience, including at least one year in molecular diagnostics."),
    ("b", "Hands-on experience with real-time PCR and automated nucleic acid extraction."),
    ("b", "Working knowledge of a laboratory information system and Microsoft Excel."),
    ("h", "Preferred Qualifications"),
    ("b", "MB(ASCP) certification."),
    ("b", "Viral load experience on Roche cobas 6800/8800, Abbott Alinity m, or Hologic Panther platforms."),
    ("b", "HIV-1 genotyping by Sanger sequencing or NGS; familiarity with Stanford HIVdb."),
    ("b", "Sunquest LIS experience, including autoverification rule building."),
    ("b", "IATA dangerous goods shipping certification."),
    ("b", "Lean or Six Sigma training."),
    ("h", "Schedule and Compensation"),
    ("p", "Monday to Friday, 7:00 a.m. to 3:30 p.m., with one weekend every sixth week and a holiday rotation. "
          "Pay range $41.50 to $52.75 per hour depending on licensure, certification and experience, plus weekend "
          "and holiday differentials."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision coverage from day one; 401(k) with 5% match; 23 days of paid time off (PTO); "
          "tuition reimbursement, paid certification exam fees and New York license fee reimbursement; "
          "employee assistance program."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Northgate Reference Laboratories is an Equal Opportunity Employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, disability, protected veteran status, or any other characteristic protected "
          "by law. Reasonable accommodation in the application process is available on request."),
]

RESUME = [
    ("name", "IMANI R. CASTELLANOS, MLS(ASCP)CM"),
    ("contact", "Fort Lee, NJ 07024  |  (201) 555-0147  |  imani.castellanos@example.com"),
    ("h", "Summary"),
    ("p", "Medical laboratory scientist with six years in public health and hospital laboratories, the last four in "
          "molecular virology. Runs HIV-1, HCV and hepatitis B virus viral loads and in-house HIV-1 resistance "
          "genotyping, wrote the section's contamination SOPs and has taken two CAP inspections without a molecular "
          "deficiency. Looking for a high-volume reference laboratory."),
    ("h", "Certifications and Licensure"),
    ("b", "MLS(ASCP)CM - Board of Certification, 2019"),
    ("b", "MB(ASCP) - exam scheduled March 2027"),
    ("b", "New York State Clinical Laboratory Technologist license - application submitted to NYSED, Nov 2025 (pending)"),
    ("h", "Technical Skills"),
    ("table", [
        ("Molecular methods", "qPCR and RT-PCR, FDA-cleared assays and LDTs\n"
                              "DNA/RNA extraction, manual and automated\n"
                              "Sanger sequencing (BigDye Terminator v3.1)\n"
                              "HIV-1 resistance genotyping (PR/RT/IN)\n"
                              "Next-generation sequencing library prep (2024 workshop)\n"
                              "Method verification (accuracy, precision, AMR, limit of detection)"),
        ("Instruments", "Hologic Panther and Panther Fusion\n"
                        "Roche cobas 6800\n"
                        "QIAsymphony SP/AS\n"
                        "Bio-Rad CFX96 Touch, ABI 7500 Fast\n"
                        "ABI 3500xL Genetic Analyzer\n"
                        "Cepheid GeneXpert Infinity"),
        ("Quality and compliance", "QC, L-J charts, Westgard rules\n"
                                   "CalVer, new lot parallel testing\n"
                                   "CAP surveys, CAP MOL checklist\n"
                                   "CLIA '88, NYSDOH Wadsworth Center standards\n"
                                   "RCA and CAPA"),
        ("Lab safety", "One-way workflow, pre-PCR to post-PCR\n"
                       "Amplicon contamination prevention, surface swab monitoring\n"
                       "Class II BSC, BSL-2, OSHA BBP"),
        ("Software", "Epic Beaker, Data Innovations IM middleware, MS Excel (pivot tables, lookups), "
                     "Stanford HIV Drug Resistance Database, Sequencher 5.4"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Technologist II, Molecular Diagnostics - St. Brendan Regional Medical Center, Paterson, NJ - "
            "Mar 2022 to Present"),
    ("b", "Run 350-400 HIV-1, HCV and hepatitis B virus viral loads a week on two Hologic Panther systems (Aptima "
          "Quant Dx assays); cut median TAT from 3.1 to 1.4 days by moving to daily runs."),
    ("b", "Brought HIV-1 resistance genotyping in-house: Sanger sequencing on the ABI 3500xL, chromatogram editing in "
          "Sequencher, interpretation with the Stanford HIV Drug Resistance Database; 600+ genotypes reported."),
    ("b", "Automated DNA/RNA extraction on QIAsymphony SP/AS for CMV and EBV quantitative qPCR LDTs on the Bio-Rad "
          "CFX96 Touch; review amplification plots and Ct values before release."),
    ("b", "Wrote the contamination SOP: one-way pre-PCR to post-PCR workflow, bleach and UV decontamination, monthly "
          "surface swab monitoring; no amplicon contamination events in three years."),
    ("b", "Co-led method verification of the Panther Fusion respiratory assays and two LDTs; packets accepted at the "
          "2024 CAP inspection with no deficiencies."),
    ("b", "Daily QC with L-J review and Westgard rules; CalVer and new lot parallel testing for 14 assays; PM and "
          "troubleshooting on Panther, QIAsymphony and GeneXpert, with RCA and CAPA for every QC failure."),
    ("b", "Result verification in Epic Beaker; built nine delta-check and reflex rules in Data Innovations IM "
          "middleware."),
    ("b", "Trained seven technologists and performed their annual competency assessments."),
    ("b", "Cross-trained on coagulation (PT/INR, aPTT) for weekend coverage."),
    ("job", "Medical Laboratory Scientist - Garden State Public Health Laboratory, Ewing, NJ - Jun 2019 to Feb 2022"),
    ("b", "HIV-1 viral load testing on the Roche cobas 6800 for the state HIV surveillance program, about 1,200 "
          "specimens a month."),
    ("b", "SARS-CoV-2 RT-PCR on the ABI 7500 Fast during the pandemic surge, up to 900 specimens a shift."),
    ("b", "Specimen accessioning and handling in a Class II BSC under BSL-2 and OSHA BBP rules."),
    ("b", "Analyzed CAP surveys for the molecular section and kept the state's CLIA '88 records current."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Passaic Valley University, Wayne, NJ, 2019. Clinical practicum in "
          "molecular diagnostics and microbiology; transfer credits included CLEP College Composition."),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
