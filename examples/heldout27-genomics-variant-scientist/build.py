#!/usr/bin/env python3
"""Build resume.pdf for the heldout27-genomics-variant-scientist pair.

Layout that troubles an ATS: letter-spaced section headings and a two-column skills block.
Run with /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DANA K. WHITFORD, MS, MB(ASCP)CM"),
    ("contact", "Norwalk, CT 06851  |  (203) 555-0163  |  dana.whitford@example.com"),
    ("h", "S U M M A R Y"),
    ("p", "Clinical variant scientist with 6 years of germline variant interpretation in a CAP-accredited, "
          "CLIA-certified NGS laboratory, after 4 years at the bench as a molecular technologist. I classify "
          "35-45 variants a week across hereditary cancer and cardiogenetics panels, draft patient reports for "
          "director sign-out, and am the lab's go-to reviewer for copy-number variants and splice-region calls."),
    ("h", "C E R T I F I C A T I O N   &   L I C E N S U R E"),
    ("b", "MB(ASCP)CM - Technologist in Molecular Biology, ASCP Board of Certification, 2017 (CMP current through 2029)"),
    ("b", "NYS Clinical Laboratory Technologist license (restricted: molecular diagnosis) - application submitted to NYSED, pending"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("cols", [
        ("Interpretation:", "Data review:"),
        ("ACMG/AMP 2015 criteria, VCEP rules", "Illumina MiSeq and NovaSeq 6000 run QC"),
        ("SVI recommendations (PVS1, PP3/BP4)", "Q30, read depth, allele fraction, % on-target"),
        ("ACMG/ClinGen copy-number scoring", "BAM/VCF review in Integrative Genomics Viewer"),
        ("HGVS nomenclature, MANE Select transcripts", "GATK Best Practices pipeline output"),
        ("Tools:", "Resources:"),
        ("Alamut Visual, Golden Helix VSClinical", "ClinVar, gnomAD, HGMD Professional"),
        ("Mutation Surveyor, Clarity LIMS", "OMIM, PubMed, UCSC Genome Browser"),
        ("Python (pandas), Linux/bash", "REVEL, SpliceAI and other in silico tools"),
        ("Microsoft Excel (pivot tables, XLOOKUP)", "HPO terms; ClinGen gene-disease validity"),
    ]),
    ("h", "P R O F E S S I O N A L   E X P E R I E N C E"),
    ("job", "Clinical Variant Scientist II - Ridgeline Genomics, Fairfield, NJ - Aug 2020 to Present"),
    ("b", "Curate and classify SNVs and indels for hereditary cancer (41-gene) and cardiogenetics (HCM, DCM, ARVC, "
          "long QT) panels using ACMG/AMP criteria and ClinGen Variant Curation Expert Panel rules; about 2,000 "
          "classifications to date."),
    ("b", "Draft patient reports and variant summaries for sign-out by the laboratory directors; met the 14-day "
          "turnaround target on 97% of cases in 2025."),
    ("b", "Review copy-number variants called from read depth, score them with the 2019 ACMG/ClinGen points-based "
          "framework, and order orthogonal confirmation by MLPA."),
    ("b", "Review capillary sequencing traces in Mutation Surveyor to confirm SNVs and indels before release."),
    ("b", "Lead the quarterly re-review of variants of uncertain significance: reclassification of 130+ variants "
          "since 2022, each followed by a ClinVar submission."),
    ("b", "Wrote the interpretation section of the method validation for two panel expansions (18 genes) and "
          "assembled the packages for NYSDOH CLEP approval."),
    ("b", "Review results of CAP PT surveys for the germline NGS program; support CAP inspections and CLIA compliance."),
    ("b", "QI project lead: cut the re-review rate for low-coverage exons from 11% to 4% by adding a coverage "
          "check to the curation checklist."),
    ("b", "Wrote a Python script that pulls gnomAD allele frequencies into our Excel curation template, saving "
          "about 20 minutes per case; trained 6 new variant scientists on our SOPs."),
    ("b", "Volunteer biocurator, ClinGen Hereditary Cancer GCEP: gene-disease validity curations for 9 genes (2023-2024)."),
    ("job", "Molecular Technologist - St. Sophia Children's Hospital, Molecular Diagnostics Laboratory, Newark, NJ - "
            "Jun 2016 to Jul 2020"),
    ("b", "Prepared hybrid-capture NGS libraries and ran Illumina MiSeq and NovaSeq 6000 sequencers for the "
          "pediatric rare disease program."),
    ("b", "Ran capillary sequencing (ABI 3500xL) and MLPA for germline confirmations; tracked batches in Clarity LIMS."),
    ("b", "Pulled evidence and drafted variant summaries for WES trio reanalysis under director supervision."),
    ("h", "E D U C A T I O N"),
    ("p", "Doctor of Clinical Laboratory Science (DCLS) - Passaic Valley University - in progress, expected May 2027"),
    ("p", "M.S., Molecular Genetics - Passaic Valley University, 2016"),
    ("p", "B.S., Biochemistry and Molecular Biology - Franklin Hollow College, 2014"),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "Genomic Variant Interpretation course - Wellcome Connecting Science, Wellcome Sanger Institute campus, "
          "Hinxton, UK, 2022"),
    ("b", "ASHG Annual Meeting 2023 - poster: Calibrating SpliceAI thresholds for hereditary cancer genes"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
