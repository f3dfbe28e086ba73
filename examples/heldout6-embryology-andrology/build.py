#!/usr/bin/env python3
"""Build resume.docx of the heldout6-embryology-andrology pair with the DOCX writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("name", "Mara J. Vandersloot"),
    ("contact", "Worcester, MA 01609  |  (508) 555-0163  |  mara.vandersloot@example.com  |  relocating to Colorado"),
    ("h", "Summary"),
    (
        "p",
        "Clinical embryologist with six years in a high-volume fertility program (900+ egg retrievals a year) "
        "after two years as an andrology technologist. Independent in intracytoplasmic sperm injection, TE biopsy "
        "and vitrification; steady on double-booked retrieval days and patient about teaching.",
    ),
    ("h", "Experience"),
    ("job", "Embryologist II - Bay Colony Fertility Center, Worcester, MA - Mar 2019 to Present"),
    ("b", "Oocyte search, denudation and maturity scoring for 900+ egg retrievals per year."),
    (
        "b",
        "Intracytoplasmic sperm injection on about 1,100 cycles a year; conventional insemination for the rest.",
    ),
    (
        "b",
        "Embryo culture to day 5/6 in EmbryoScope+ and Planer BT37 incubators; blastocyst grading and "
        "morphokinetic annotation in EmbryoViewer.",
    ),
    (
        "b",
        "TE biopsy for PGS, now over 400 biopsies a year, with laser-assisted hatching on an Olympus IX73 and "
        "RI Integra Ti micromanipulation station.",
    ),
    (
        "b",
        "Vitrification and warming of oocytes and blastocysts (Kitazato Cryotop); prepared and loaded embryos for "
        "fresh transfers and FET cycles.",
    ),
    ("b", "Cryostorage: yearly inventory audits and weekly fill-level checks on 14 MVE cryostorage tanks."),
    ("b", "Witnessed every step with RI Witness; case records kept in Meditex IVF."),
    (
        "b",
        "Daily QC on incubators (temperature, CO2, pH); lot acceptance of culture media and dishes by human sperm "
        "survival assay.",
    ),
    (
        "b",
        "Kept the lab ready for two CAP inspections with no deficiencies; submitted cycle data for SART reporting; "
        "graded CAP andrology and embryology surveys.",
    ),
    ("job", "Andrology Technologist - Nashoba Reproductive Associates, Gardner, MA - Jun 2017 to Feb 2019"),
    ("b", "Semen analysis on about 1,800 specimens a year for the infertility and urology practices."),
    ("b", "Sperm preparation for IUI by density gradient and swim-up, 6-10 preps a day."),
    ("b", "Sperm cryopreservation for oncology patients and a small directed-donor program."),
    ("h", "Skills"),
    (
        "table",
        [
            ("Embryology", "Egg retrievals, intracytoplasmic sperm injection, embryo culture, TE biopsy, "
                           "laser-assisted hatching, vitrification, FET"),
            ("Andrology", "Semen analysis to the WHO 2021 laboratory manual, Kruger morphology, "
                          "Hamilton Thorne IVOS II, IUI preps, sperm cryopreservation"),
            ("Equipment", "EmbryoScope+, Planer BT37, Olympus IX73, RI Integra Ti, MVE cryostorage tanks"),
            ("Systems", "Meditex IVF, RI Witness, EmbryoViewer, Microsoft Excel"),
        ],
    ),
    ("h", "Education"),
    ("p", "B.S., Biology - Green Mountain University, Burlington, VT, 2015"),
    ("h", "Certifications"),
    ("b", "Embryology Laboratory Scientist (ELS), AAB Board of Registry, 2021"),
    ("b", "BLS, American Heart Association, 2025"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote resume.docx in", HERE.name)
