#!/usr/bin/env python3
"""Build resume.docx for the heldout-molecular pair (python-docx). Run from any directory."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

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


def main() -> None:
    doc = Document()
    doc.core_properties.author = ""
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    for kind, value in BLOCKS:
        if kind == "name":
            run = doc.add_paragraph().add_run(value)
            run.bold = True
            run.font.size = Pt(17)
            doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "contact":
            doc.add_paragraph(value).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            doc.add_heading(value, level=2)
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "b":
            doc.add_paragraph(value, style="List Bullet")
        elif kind == "job":
            doc.add_paragraph().add_run(value).bold = True
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, content in value:
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run(label).bold = True
                cells[1].text = content
        else:
            raise ValueError(kind)
    doc.save(str(HERE / "resume.docx"))


if __name__ == "__main__":
    main()
