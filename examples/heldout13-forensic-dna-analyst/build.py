#!/usr/bin/env python3
"""Build resume.pdf of the heldout13-forensic-dna-analyst pair with the PDF writer of build_examples.py.

A hospital molecular MLS applying for a state crime laboratory DNA analyst post.
Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "Danielle M. Okafor, MLS(ASCP)CM, MB(ASCP)"),
    (
        "contact",
        "Columbia, MO 65203  |  (573) 555-0168  |  danielle.okafor@example.com  |  linkedin.com/in/example-dokafor",
    ),
    ("h", "Summary"),
    (
        "p",
        "Medical laboratory scientist with 7 years in hospital laboratories, the last 4 in molecular diagnostics, "
        "where I run STR-based chimerism testing on the 3500 Genetic Analyzer and real-time PCR assays every day. "
        "Now moving into forensic DNA: my coursework meets the FBI QAS education requirements and I am working "
        "toward an M.S. in forensic science. Used to writing reports that clinicians act on, and to having my "
        "work reviewed line by line.",
    ),
    ("h", "Education"),
    (
        "p",
        "M.S. Forensic Science (DNA concentration), Great Rivers State University Online - in progress, "
        "expected Dec 2027. Completed: Forensic DNA Analysis; Population Genetics & Statistics.",
    ),
    (
        "p",
        "B.S. Medical Laboratory Science, University of the Ozarks Plateau, Springfield, MO, 2019. "
        "Coursework includes biochemistry (2 semesters), genetics, molecular biology, statistics; "
        "transcripts available - meets FBI QAS Standard 5.1.2.",
    ),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM, 2019"),
    ("b", "MB(ASCP), 2022"),
    ("h", "Experience"),
    (
        "job",
        "Medical Laboratory Scientist II, Molecular Diagnostics - Boone Valley Medical Center, Columbia, MO - "
        "Mar 2022 to Present",
    ),
    (
        "b",
        "Perform post-transplant chimerism analysis for the BMT program: DNA extraction, STR amplification with "
        "PowerPlex 16 HS, capillary electrophoresis on the 3500 Genetic Analyzer and allele calling in "
        "GeneMapper 6; about 60 donor/recipient mixtures a month with % donor calculations.",
    ),
    (
        "b",
        "Extract DNA and RNA on the EZ1 Advanced XL, QIAcube and Maxwell RSC; DNA quantification by Qubit and "
        "NanoDrop.",
    ),
    (
        "b",
        "Run real-time PCR LDTs (factor V Leiden, prothrombin, HFE) on the QuantStudio 5 and review Ct values and "
        "melt curves; plate setup on the STARlet.",
    ),
    (
        "b",
        "Run NGS myeloid and solid tumor panels on the MiSeq Dx, from library prep through the variant report.",
    ),
    (
        "b",
        "Performed the validation studies for our STARlet plate setup and for the move from the 3130xl to the "
        "3500 (accuracy, precision, sensitivity, contamination checks), 2023.",
    ),
    (
        "b",
        "Second-person technical review of all chimerism and genotyping reports before release.",
    ),
    (
        "b",
        "Keep a unidirectional workflow with separate pre- and post-PCR rooms to prevent amplicon contamination; "
        "run the monthly wipe tests.",
    ),
    (
        "b",
        "Handle instrument maintenance, new reagent lot verification, CAP proficiency testing and annual "
        "competency assessments for the section; section lead for our ISO 15189 and CAP inspections.",
    ),
    (
        "job",
        "Medical Laboratory Scientist, Core Lab (Evenings) - Boone Valley Medical Center, Columbia, MO - "
        "Jul 2019 to Feb 2022",
    ),
    (
        "b",
        "Generalist bench: chemistry, hematology (manual diff microscopy), coagulation (PT/INR, aPTT) and "
        "urinalysis.",
    ),
    (
        "b",
        "Processed chain-of-custody urine drug screens and blood alcohol specimens for the ED and law enforcement "
        "requests.",
    ),
    ("h", "Skills"),
    (
        "p",
        "Molecular: DNA extraction, PCR, real-time PCR, STR, capillary electrophoresis, NGS, Sanger sequencing. "
        "Software: GeneMapper 6, QuantStudio Design & Analysis, Sunquest and Epic Beaker LIS. "
        "Safety: bloodborne pathogens, chemical hygiene.",
    ),
    ("h", "Professional Development"),
    ("b", "DNA mixture interpretation workshop (online, 16 h), 2025"),
    ("b", "AMP and ASCP webinars, 12 CE credits per year"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
