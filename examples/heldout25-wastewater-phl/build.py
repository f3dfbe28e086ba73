#!/usr/bin/env python3
"""Build posting.pdf for the heldout25-wastewater-phl pair (resume.txt is written by hand)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Public Health Laboratory Scientist II - Wastewater Surveillance (Molecular)"),
    ("contact", "Northfield State Department of Health  |  Public Health Laboratory, Division of Molecular Epidemiology  |  "
                "Eastport, NF  |  Full time, permanent  |  Recruitment #PHL-26-0418  |  Closes November 13, 2026"),
    ("h", "About the Laboratory"),
    ("p", "The Northfield State Public Health Laboratory (NSPHL) provides reference, outbreak and surveillance testing for "
          "the state's 4.1 million residents. Since 2020 our Wastewater Surveillance Unit has grown from a pilot at three "
          "utilities to 68 sewersheds sampled twice a week, and its data now feed the state respiratory dashboard and CDC's "
          "national program. We are adding a second-level scientist to help run the molecular bench and bring new targets "
          "online."),
    ("h", "Duties"),
    ("b", "Receive and accession 24-hour composite influent samples and primary sludge from participating utilities; verify "
          "chain of custody, sample temperature and holding times."),
    ("b", "Perform sample concentration by polyethylene glycol (PEG) precipitation, electronegative membrane filtration, or "
          "Nanotrap magnetic particle capture, followed by automated nucleic acid extraction on the KingFisher Flex or "
          "QIAcube Connect."),
    ("b", "Run RT-qPCR and digital PCR assays (Bio-Rad QX200 or QX600 ddPCR; QIAGEN QIAcuity) for SARS-CoV-2 (N1/N2), "
          "influenza A and B, H5 avian influenza, RSV, mpox (clade I and II), measles and norovirus GII."),
    ("b", "Include and interpret process controls: bovine coronavirus (BCoV) spike for matrix recovery, pepper mild mottle "
          "virus (PMMoV) for fecal normalization, extraction blanks, no-template controls, and inhibition testing by sample "
          "dilution."),
    ("b", "Prepare libraries for SARS-CoV-2 and influenza whole genome sequencing by tiled amplicon sequencing (ARTIC) on "
          "the Illumina MiSeq and NextSeq 2000; run Freyja for lineage abundance estimation; support Oxford Nanopore runs "
          "during outbreaks."),
    ("b", "Review and release results in the laboratory information management system (LIMS) and submit data to the CDC "
          "National Wastewater Surveillance System (NWSS) through the DCIPHER platform on the required weekly schedule."),
    ("b", "Perform and document QC: Levey-Jennings charts, Westgard rules, standard curve acceptance (efficiency and "
          "R-squared), limit of detection (LOD) studies, and method verification for new targets following the MIQE and "
          "dMIQE guidelines."),
    ("b", "Work at BSL-2 in a Class II biological safety cabinet (BSC); follow the laboratory biosafety plan, the OSHA "
          "Bloodborne Pathogens Standard and the chemical hygiene plan."),
    ("b", "Package and ship samples and isolates under IATA and DOT regulations for Category A and Category B infectious "
          "substances."),
    ("b", "Maintain laboratory equipment, including pipette calibration, centrifuges, thermal cyclers and ultra-low "
          "temperature freezers; keep temperature logs."),
    ("b", "Write and revise SOPs; document deviations and corrective and preventive action (CAPA); take part in "
          "proficiency testing and internal audits under the laboratory's ISO/IEC 17025 accreditation."),
    ("b", "Train new staff and students and complete their competency assessment."),
    ("b", "Prepare weekly summaries for the epidemiology team and the state respiratory dashboard."),
    ("h", "Minimum Qualifications"),
    ("b", "Bachelor's degree in a biological, chemical or clinical laboratory science."),
    ("b", "Two (2) years of full-time experience in a clinical, public health or research laboratory performing "
          "PCR-based testing."),
    ("b", "Meets CLIA personnel requirements for high-complexity testing (42 CFR 493.1489)."),
    ("b", "Demonstrated aseptic technique and BSL-2 practices."),
    ("b", "Able to pass an annual N95 respirator fit test."),
    ("h", "Preferred Qualifications"),
    ("b", "MLS(ASCP), MT(AMT) or an equivalent national certification."),
    ("b", "Technologist in Molecular Biology certification, MB(ASCP)."),
    ("b", "Master's degree in public health, microbiology or a related field."),
    ("b", "Experience with wastewater or other environmental samples."),
    ("b", "Droplet digital PCR experience, including QX Manager or QuantaSoft analysis."),
    ("b", "Next-generation sequencing (NGS) library preparation and bioinformatics pipelines (command line, Linux, Galaxy)."),
    ("b", "R or Python for data analysis; advanced Microsoft Excel."),
    ("b", "Current IATA Dangerous Goods certification."),
    ("b", "Experience with StarLIMS."),
    ("b", "Laboratory Response Network (LRN) training."),
    ("h", "Schedule"),
    ("p", "Monday through Friday, 7:00 a.m. to 3:30 p.m., with rotating Saturday coverage (about one Saturday a month) "
          "during respiratory season surges. Overtime is paid at time and a half."),
    ("h", "Salary"),
    ("p", "$5,410 - $7,285 per month (Laboratory Scientist II, Range 52), depending on qualifications. A recruitment "
          "incentive of $2,500 is available for candidates who hold a current national certification."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision coverage; state defined-benefit pension; 457(b) deferred compensation; 12 paid "
          "holidays; vacation and sick leave accrual starting at 13 days each a year; tuition assistance; Public Service "
          "Loan Forgiveness-qualifying employer."),
    ("h", "How to Apply"),
    ("p", "Apply through the Northfield State Careers portal with a resume and a cover letter. Candidates selected for "
          "interview will complete a short practical exercise on qPCR data review. Appointment depends on a background "
          "check."),
    ("h", "Equal Opportunity"),
    ("p", "The Northfield State Department of Health is an equal opportunity employer. We do not discriminate on the "
          "basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, "
          "genetic information or veteran status. Reasonable accommodation is available on request during the "
          "application process."),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
