#!/usr/bin/env python3
"""Build resume.docx of the heldout9-radiation-safety pair with the DOCX writer of build_examples.py.

Section headings are letter-spaced ("E X P E R I E N C E"); posting.md is edited by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402


def spaced(text: str) -> str:
    """Letter-space a heading the way resume templates do: words apart by three spaces."""
    return "   ".join(" ".join(word) for word in text.upper().split())


RESUME = [
    ("name", "IMANI R. CASTELLANO"),
    (
        "contact",
        "412 Larchmont Avenue, Pittsburgh, PA 15217  |  (412) 555-0163  |  imani.castellano@example.com",
    ),
    ("h", spaced("Summary")),
    (
        "p",
        "Health physics technician with 4 years in a university hospital radiation safety program and 6 years "
        "of Navy radiological controls on a fast-attack submarine. Daily rad surveys, personnel monitoring, "
        "isotope inventory and rad waste for a broad-scope RAM license; annual X-ray equipment performance "
        "evaluations alongside the medical physicist. Calm in a spill, careful with paperwork, and used to "
        "inspectors.",
    ),
    ("h", spaced("Certifications")),
    ("b", "NRRPT - exam eligible, sitting for the April 2026 administration"),
    ("b", "IATA Dangerous Goods Regulations (DGR) certificate, Class 7, renewed 2025"),
    ("b", "Navy Engineering Laboratory Technician (ELT) qualification, Radiological Controls, 2016"),
    ("b", "BLS - American Heart Association, 2025"),
    ("h", spaced("Technical Skills")),
    (
        "table",
        [
            (
                "Instruments",
                "Ludlum Model 3 with 44-9 pancake probe, Fluke 451P, Capintec CAPRAC-t, Tri-Carb 4910TR LSC, "
                "Capintec CRC-55tR dose calibrator, RaySafe X2 R/F and MAM sensors, Ludlum Model 500 pulser",
            ),
            (
                "Dosimetry",
                "Personnel monitoring program for 1,100 badged staff, Luxel+ whole-body badges, TLD ring "
                "dosimeters, fetal dose monitoring, exposure reports, ALARA Level I and II notifications",
            ),
            (
                "Regulations",
                "NRC 10 CFR 19, 20, 35; 25 Pa. Code Chapters 215-240; 49 CFR 172-173 shipping; NCRP 147",
            ),
            (
                "Software",
                "Excel (pivot tables, inventory and decay workbooks), Access, Word",
            ),
            (
                "Isotopes",
                "F-18 FDG, Ga-68 DOTATATE, Tc-99m, I-131, Y-90, Cs-137 and Ge-68 sealed sources",
            ),
        ],
    ),
    ("h", spaced("Experience")),
    (
        "job",
        "Radiation Safety Technician I - Allegheny Ridge University Medical Center, Pittsburgh, PA - Jan 2022 to Present",
    ),
    (
        "b",
        "Perform daily and weekly rad surveys and swipe surveys in nuc med, the hot lab, the PET suite, the "
        "cardiac catheterization lab and 45 research labs; count swipes on the CAPRAC-t and the LSC.",
    ),
    (
        "b",
        "Run the personnel monitoring program: badge exchange, review of monthly exposure reports, ALARA Level I "
        "and II notifications and fetal dose monitoring for declared pregnancies.",
    ),
    (
        "b",
        "Check in RAM packages (surveys and wipe counts per 10 CFR 20.1906), keep the isotope inventory and "
        "perform semi-annual leak tests on sealed sources (Cs-137, Ge-68, Co-57).",
    ),
    (
        "b",
        "Dose calibrator QC: daily constancy, quarterly linearity by the decay method; survey meter calibrations "
        "with the Model 500 pulser and a Cs-137 check source.",
    ),
    ("b", "Manage rad waste, DIS logs and release of decayed waste; ship returns under 49 CFR and IATA DGR."),
    (
        "b",
        "Prepare I-131 ablation rooms, perform 10 CFR 35.75 release surveys and room decontamination; support "
        "SIR-Spheres and Pluvicto treatments with the authorized users.",
    ),
    ("b", "First responder for spill response and skin contamination events; 14 responses in 2024."),
    (
        "b",
        "With the medical physicist, test rad rooms, C-arms and dental intraoral units: kVp, half-value layer, "
        "output reproducibility and maximum air kerma rate with the RaySafe X2.",
    ),
    (
        "b",
        "Post-construction shielding verification for two new interventional suites (NCRP 147); annual "
        "protective apron inspections on a C-arm.",
    ),
    ("b", "Taught new-hire and annual radiation safety training to about 600 staff a year."),
    ("b", "Prepared audit binders for two PA DEP inspections with no violations."),
    (
        "job",
        "Engineering Laboratory Technician (ELT), MM1(SS) - U.S. Navy, Naval Submarine Base New London, Groton, CT - "
        "Jul 2013 to Aug 2019",
    ),
    (
        "b",
        "Radiological controls for a submarine reactor plant: radiological and contamination surveys, radiological "
        "work permits, frisking and control point operation, contamination control during maintenance.",
    ),
    ("b", "Reactor coolant and secondary chemistry sampling and analysis; kept the ship's ALARA records."),
    ("b", "Stood the 3 PM to 11 PM shutdown watch during two maintenance periods."),
    ("h", spaced("Education")),
    ("p", "B.S., Radiological Health Sciences - Three Rivers State University, Pittsburgh, PA, 2021"),
    ("p", "Naval Nuclear Power Training Command (Nuclear Power School and Prototype), Goose Creek, SC, 2014"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote resume.docx in", HERE.name)
