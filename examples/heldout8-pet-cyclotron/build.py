#!/usr/bin/env python3
"""Build resume.docx of the heldout8-pet-cyclotron pair with the DOCX writer of build_examples.py.

Section headings are letter-spaced ("E X P E R I E N C E") and the skills sit in a two-column table.
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
    ("name", "ROWAN P. ABERNATHY"),
    ("contact", "Media, PA 19063  |  (610) 555-0148  |  rowan.abernathy@example.com"),
    ("h", spaced("Summary")),
    (
        "p",
        "Cyclotron engineer with 6 years in PET radiopharmaceutical production after 6 years as a U.S. Navy "
        "Electronics Technician (Nuclear). Keeps a GE PETtrace 800 and a Siemens Eclipse RD producing on schedule, "
        "runs radiochemistry and QC release testing, and writes the cGMP paperwork that goes with both. "
        "Comfortable on a 3 AM production start.",
    ),
    ("h", spaced("Certifications")),
    ("b", "40-hour Radiation Safety Officer course (broad-scope medical and industrial), 2022"),
    ("b", "DOT/IATA hazmat shipping of Class 7 radioactive materials, renewed 2025"),
    ("b", "GE Healthcare PETtrace 800 service training, level 2, 2021"),
    ("b", "IBA Synthera+ operator and maintenance course, 2023"),
    ("b", "Former Naval Nuclear Propulsion Plant Operator qualification (Reactor Electrical Division), 2013"),
    ("h", spaced("Technical Skills")),
    (
        "table",
        [
            (
                "Cyclotrons",
                "GE PETtrace 800 and Siemens Eclipse RD: ion source rebuilds, RF amplifier and dee tuning, "
                "diffusion pump and roughing pump service, target rebuilds, Havar foils, carbon extraction foils, "
                "beam tuning, target gases, DI water loop, chillers, Allen-Bradley PLC troubleshooting",
            ),
            (
                "Radiochemistry",
                "FASTlab 2, IBA Synthera+, GE TRACERlab MX; Tema Sinergie hot cells and ISO 5 dispensing hot cell; "
                "F-18 FDG, F-18 NaF, N-13 ammonia",
            ),
            (
                "QC",
                "HPLC (Agilent 1260 with radio detector, Empower 3), GC for residual solvents, Bioscan AR-2000, "
                "Capintec CRC-25PET, LAL testing on the Endosafe nexgen-PTS, bubble point test, pH, half-life, "
                "radionuclidic purity on a multichannel analyzer (MCA)",
            ),
            (
                "Quality",
                "cGMP, 21 CFR 212, USP <823>, master batch records, deviations, corrective and preventive actions, "
                "change control, SOPs, IQ/OQ/PQ, viable air and surface EM, aseptic process simulations",
            ),
            (
                "Radiation safety",
                "ALARA, 10 CFR 20, Agreement State license conditions, contamination and dose-rate surveys, wipe "
                "tests, area radiation monitors, TLD ring badges, Type A packages",
            ),
        ],
    ),
    ("h", spaced("Experience")),
    ("job", "Cyclotron Engineer - Schuylkill University PET Center, Philadelphia, PA - Aug 2020 to Present"),
    (
        "b",
        "Lead engineer for a GE PETtrace 800 running two FDG batches a day: cyclotron maintenance, ion source "
        "rebuilds every 8 weeks, target rebuilds and Havar foils; uptime 98.7% in 2025.",
    ),
    ("b", "Troubleshoot RF amplifier, diffusion pump and PLC faults to component level; cut unplanned downtime 40%."),
    (
        "b",
        "Run F-18 FDG and N-13 ammonia on FASTlab 2 and IBA Synthera+ synthesis modules inside Tema Sinergie "
        "hot cells; validated the Synthera+ for an investigational tracer under an IND.",
    ),
    (
        "b",
        "Perform QC release testing (HPLC, GC, radio-TLC on the AR-2000, endotoxin, filter bubble point test) and "
        "review master batch records before the release pharmacist signs.",
    ),
    (
        "b",
        "Own deviations and corrective and preventive actions for the cyclotron and radiochemistry lab; wrote 22 "
        "SOPs and the IQ/OQ/PQ for a replacement dose calibrator.",
    ),
    (
        "b",
        "Perform viable air and surface EM in the ISO 5 and ISO 7 cleanroom suite; passed three aseptic process "
        "simulations with aseptic technique signed off by QA.",
    ),
    (
        "b",
        "Support the FDA pre-approval inspection and ANDA annual report data for FDG; no 483 observations in 2023.",
    ),
    ("job", "Radiopharmaceutical Production Technician - Lehigh Nuclear Pharmacy Services, Allentown, PA - Jun 2018 to Jul 2020"),
    (
        "b",
        "Operated a Siemens Eclipse RD for PET radiopharmaceutical production; PMs on the cyclotron, water and "
        "helium systems.",
    ),
    ("b", "Ran FDG on GE TRACERlab MX modules and dispensed doses in the ISO 5 dispensing hot cell."),
    (
        "b",
        "Performed ALARA contamination and dose-rate surveys, wipe tests and area radiation monitor checks; "
        "packed and shipped doses in Type A packages.",
    ),
    (
        "job",
        "Electronics Technician (Nuclear), ETN2 - U.S. Navy, USS Theodore Roosevelt (CVN-71), Norfolk, VA - "
        "Jul 2011 to May 2017",
    ),
    (
        "b",
        "Maintained reactor plant instrumentation, control and power distribution electronics; qualified "
        "Reactor Operator and Electrical Operator.",
    ),
    ("b", "Worked under strict radiological controls, radiation safety and procedure compliance."),
    ("h", spaced("Education")),
    ("p", "B.S., Nuclear Engineering Technology - Thomas Edison State University, Trenton, NJ, 2019"),
    ("p", "Naval Nuclear Power School and Nuclear Prototype Training Unit, Goose Creek, SC, 2012"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote resume.docx in", HERE.name)
