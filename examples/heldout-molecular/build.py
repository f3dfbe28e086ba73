#!/usr/bin/env python3
"""Build resume.docx for the heldout-molecular pair, with the shared writers of examples/build_examples.py."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

BLOCKS = [
    ("name", "MARCUS DELACROIX-OYELARAN, MB(ASCP)"),
    ("contact", "Federal Way, WA 98003 | (253) 555-0148 | marcus.do@example.com | linkedin.com/in/example-mdo"),
    ("h", "Summary"),
    ("p", "Molecular technologist with 4 years in a hospital molecular diagnostics laboratory and 2 years in "
          "a public health virology lab. Strong on qPCR troubleshooting, extraction automation and next-generation "
          "sequencing wet-lab work."),
    ("h", "Certification"),
    ("p", "Technologist in Molecular Biology, MB(ASCP) - ASCP Board of Certification, 2021"),
    ("h", "Technical Skills"),
    ("table", [
        ("Amplification", "qPCR, reverse transcription PCR, ddPCR (Bio-Rad QX200), multiplex PCR"),
        ("Platforms", "Cepheid GeneXpert Infinity-48s, Hologic Panther Fusion, Roche cobas 6800"),
        ("Extraction", "DNA/RNA extraction on QIAGEN QIAsymphony SP/AS and bioMerieux easyMAG"),
        ("Sequencing", "Illumina MiSeq, library prep (hybrid capture and amplicon), Sanger sequencing on ABI 3500xL"),
        ("Other", "fragment analysis (FLT3-ITD, MSI), environmental wipe tests, Sunquest LIS, Python (pandas), Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Molecular Technologist | Puget Lowlands Medical Center, Seattle, WA | March 2021 - Present"),
    ("b", "Run 150-250 qPCR and GeneXpert tests per shift; reviewed Ct values and amplification curves for every run."),
    ("b", "Perform library prep for a 50-gene solid tumor panel and load MiSeq runs (2 per week); run metrics "
          "pass rate 96% in 2024."),
    ("b", "Participated in validation studies for 3 laboratory-developed tests (BK virus, JAK2 V617F by ddPCR, "
          "FLT3-ITD), including accuracy, precision and LoD."),
    ("b", "Keep the one-way workflow between pre-amplification and post-amplification rooms; weekly wipe tests."),
    ("b", "Prepared the section for a CAP inspection against the MOL checklist; zero deficiencies."),
    ("b", "Review daily quality control and CAP surveys; wrote a Python script that flags late Ct drift."),
    ("b", "Maintain ABI 3500xL CE instrument and QIAsymphony; first call for instrument errors."),
    ("job", "Public Health Laboratory Scientist | Cascade State Public Health Laboratory | June 2019 - Feb 2021"),
    ("b", "SARS-CoV-2 RT-PCR surge testing, up to 1,200 samples a day."),
    ("b", "Various other duties in the virology section."),
    ("h", "Education"),
    ("p", "B.S., Molecular Biology - Evergreen Sound University, 2019"),
]


if __name__ == "__main__":
    write_docx(BLOCKS, HERE / "resume.docx")
