#!/usr/bin/env python3
"""Build resume.pdf of the heldout5-hla-tech pair with the PDF writer of examples/build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "Yusuf H. Brennan-Adeyemi, CHT (ABHI)"),
    ("contact", "Omaha, NE 68105  |  (402) 555-0119  |  yusuf.brennan@example.com"),
    ("h", "Summary"),
    (
        "p",
        "Histocompatibility technologist with three years in a transplant immunology laboratory supporting "
        "kidney and stem cell programs, after two years as a generalist medical technologist. Comfortable "
        "with molecular typing, antibody work and overnight deceased donor calls.",
    ),
    ("h", "Certifications"),
    ("b", "Certified Histocompatibility Technologist, CHT (ABHI), 2024"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM, 2019"),
    ("h", "Technical skills"),
    (
        "b",
        "HLA typing: sequence-specific oligonucleotide probe typing (LABType on the Luminex 200), LinkSeq "
        "real-time typing, next-generation sequencing (GenDx NGSgo-MX6 library prep on the MiSeq)",
    ),
    ("b", "DNA extraction: Promega Maxwell RSC"),
    (
        "b",
        "Antibody: HLA antibody screening (LABScreen Mixed), LABScreen Single "
        "Antigen, donor-specific antibody "
        "assessment, calculated PRA",
    ),
    ("b", "Crossmatch: T/B-cell flow crossmatches, virtual crossmatch"),
    ("b", "Software: HLA Fusion 4.6, UNet DonorNet, Epic"),
    (
        "b",
        "Quality: UCLA Cell Exchange surveys, ASHI inspection preparation, CAP and CLIA records, reagent QC",
    ),
    ("h", "Experience"),
    (
        "job",
        "Histocompatibility Technologist I - Missouri Valley Transplant "
        "Laboratory, Omaha, NE  |  2023 - present",
    ),
    ("b", "Molecular HLA typing of 900 patients and donors a year at intermediate and high resolution."),
    (
        "b",
        "On-call deceased donor typing (about 6 donors a month) with results entered in UNet DonorNet within "
        "the OPO's time target.",
    ),
    (
        "b",
        "Read LABScreen Single Antigen results in HLA Fusion and draft "
        "donor-specific antibody interpretations "
        "for the director; update unacceptable antigens and calculated PRA under UNOS policy.",
    ),
    (
        "b",
        "Set up T/B-cell flow crossmatches and prepare virtual crossmatch worksheets for living donor "
        "evaluations.",
    ),
    ("b", "Helped validate next-generation sequencing (GenDx NGSgo-MX6) against LABType, 2024."),
    ("b", "Prepared records for an ASHI inspection with no technical deficiencies."),
    ("job", "Medical Technologist - Platte River Community Hospital, Fremont, NE  |  2019 - 2023"),
    ("b", "Generalist: chemistry, hematology, blood bank ABO/Rh typing and antibody screens."),
    ("h", "Education"),
    ("p", "B.S., Biochemistry - Loess Hills University, Council Bluffs, IA, 2019"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", (HERE / "resume.pdf").relative_to(HERE.parent.parent))
