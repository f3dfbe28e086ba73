#!/usr/bin/env python3
"""Build resume.pdf of the heldout11-ngs-oncology-mls pair with the PDF writer of build_examples.py.

A UK-trained biomedical scientist now in a US hospital molecular lab: British spellings, NHS and US wording side
by side. Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "Eleanor J. Whitfield-Osei, MB(ASCP)CM"),
    (
        "contact",
        "Kettering, OH 45429  |  (937) 555-0163  |  eleanor.whitfield@example.com  |  US permanent resident",
    ),
    ("h", "Profile"),
    (
        "p",
        "Molecular scientist with 8 years in clinical cancer genomics: 5 in an NHS Genomic Laboratory Hub in "
        "England and 3 in a US community hospital molecular lab. Hands-on across the NGS workflow for solid "
        "tumour and haematological malignancies, from macrodissection to variant pre-classification, and the "
        "person my lab hands a new validation to.",
    ),
    ("h", "Certification & Registration"),
    ("b", "MB(ASCP)CM - Technologist in Molecular Biology, ASCP Board of Certification, 2023"),
    ("b", "HCPC registered Biomedical Scientist (UK), 2016 - 2022, lapsed on emigration"),
    ("b", "IBMS Specialist Portfolio - Molecular Pathology, 2019"),
    (
        "b",
        "Foreign degree evaluated by WES (course-by-course evaluation): equivalent to a US bachelor's degree in "
        "biomedical science",
    ),
    ("h", "Experience"),
    (
        "job",
        "Molecular Technologist II  |  St. Anselm Regional Medical Center, Dayton, OH  |  Aug 2022 - present",
    ),
    (
        "b",
        "Run the lab's solid tumour NGS: TSO500 on the NextSeq 550Dx (about 60 samples a month) and the "
        "Oncomine Focus Assay on the Ion S5 for rapid lung cases.",
    ),
    (
        "b",
        "Review H&E slides with the pathologist, estimate tumour cellularity and do manual macrodissection of "
        "FFPE sections; DNA/RNA extraction on the QIAsymphony SP from FFPE, bone marrow and EDTA bloods.",
    ),
    (
        "b",
        "Quantify and QC extracts on the Qubit 4 and TapeStation 4200 (DIN/DV200 checks); library prep by "
        "hybridisation capture and amplicon-based chemistry.",
    ),
    (
        "b",
        "Sign off run QC before the data goes to the pathologist: cluster density, %Q30, PF reads, "
        "duplication rate, NTCs and the Seraseq run control.",
    ),
    (
        "b",
        "Review the bioinformatics pipeline output (VCF, BAM) in IGV; pre-classify SNVs, indels, copy number "
        "changes, RNA fusions, TMB (mut/Mb) and MSI using AMP/ASCO/CAP tiers, ClinVar, COSMIC and CIViC.",
    ),
    (
        "b",
        "Haem molecular: Archer VariantPlex Myeloid panel, FLT3-ITD fragment analysis on the 3130xl Genetic "
        "Analyzer and BCR::ABL1 RT-qPCR.",
    ),
    (
        "b",
        "Wrote and ran the validation of our TSO500 RNA fusion add-on: accuracy, precision and LoD against "
        "Horizon and Seraseq reference materials, to the 2017 AMP/CAP NGS guidelines (Jennings et al.). Also run "
        "instrument verification after service.",
    ),
    (
        "b",
        "Quality: CAP MOL checklist owner for the pre-analytical section, CAP PT (NGSST, MHO) and instrument "
        "maintenance logs; helped prepare the lab for its 2024 CAP inspection; non-conformances and CAPA in "
        "MediaLab; results released in the Sunquest LIS.",
    ),
    (
        "job",
        "Specialist Biomedical Scientist (Band 6)  |  Pennine Genomic Laboratory Hub, Royal Aire Infirmary, "
        "Bradford, UK  |  2017 - 2022",
    ),
    (
        "b",
        "Somatic cancer NGS for the regional Genomic Medicine Service: TSO500 and amplicon panels on MiSeqDx and "
        "NextSeq, plus plasma ctDNA testing (EGFR, ESR1) for the lung and breast pathways.",
    ),
    (
        "b",
        "Sanger confirmations, pyrosequencing (KRAS, MGMT) and real-time PCR with CE-IVD marked kits.",
    ),
    (
        "b",
        "Kept the one-way workflow and the pre- and post-amplification rooms running; UV and bleach "
        "decontamination rota; EQA with UK NEQAS and GenQA.",
    ),
    (
        "b",
        "Training officer for two trainee biomedical scientists on the IBMS registration portfolio.",
    ),
    ("job", "Biomedical Scientist (Band 5), Haematology  |  Royal Aire Infirmary, Bradford, UK  |  2016 - 2017"),
    ("b", "Full blood counts, coagulation and film review on Sysmex XN; blood bank cover on nights."),
    ("h", "Education"),
    (
        "p",
        "MSc Clinical Bioinformatics - University of Northfleet (part-time, distance learning) - in progress, "
        "expected 2027",
    ),
    ("p", "BSc (Hons) Biomedical Science, IBMS-accredited - University of Northfleet, UK, 2016"),
    ("h", "Technical Skills"),
    (
        "p",
        "Instruments: NextSeq 550Dx, MiSeqDx, Ion S5, QIAsymphony SP, Qubit 4, TapeStation 4200, "
        "3130xl, QuantStudio 5, PyroMark Q24.",
    ),
    (
        "p",
        "Software: IGV, Illumina Connected Insights, Ion Reporter, Alamut Visual, R (tidyverse), "
        "Sunquest, MediaLab, Q-Pulse.",
    ),
    (
        "p",
        "Techniques: NGS, DNA/RNA extraction, PCR and RT-qPCR, fragment analysis, Sanger, pyrosequencing, "
        "ctDNA workflows.",
    ),
    ("h", "Courses & Conferences"),
    ("b", "AMP Annual Meeting, Salt Lake City, 2024 - poster on TSO500 RNA fusion validation"),
    ("b", "ASCP Molecular Pathology review course, 2023"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
