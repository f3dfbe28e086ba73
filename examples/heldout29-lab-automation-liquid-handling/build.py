#!/usr/bin/env python3
"""Build resume.pdf for heldout29-lab-automation-liquid-handling.

Layout that troubles an ATS: letter-spaced section headings and a two-column skills block.
Run with /work/main/.venv/bin/python (needs fpdf2).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "NADIA K. BRENNAN, MB(ASCP)CM"),
    ("contact", "Olathe, KS 66062  |  (913) 555-0163  |  nadia.brennan@example.com  |  linkedin.com/in/nadia-brennan-example"),
    ("h", "S U M M A R Y"),
    ("p", "Laboratory automation scientist with 10 years in clinical molecular testing, the last 5 in liquid-handling automation, "
          "programming and validating automated liquid handlers for a high-throughput reference lab. I build Hamilton Microlab STAR "
          "methods in VENUS, write Python for worklists and file handling, and write the method validation packets that "
          "take a method through CAP inspection. Comfortable on the deck with a screwdriver and in the trace file at 2 a.m."),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("cols", [
        ("Liquid handlers:", "Software and scripting:"),
        ("Hamilton Microlab STAR (x4), STARlet (x2)", "VENUS 4 and VENUS 6 (HSL)"),
        ("Tecan Freedom EVO 150 / EVO 200", "Tecan EVOware Standard"),
        ("Beckman Biomek i5 (vendor evaluation)", "Python 3 (pandas, pyodbc)"),
        ("", "SQL (Microsoft SQL Server)"),
        ("", "Git (GitLab), code review"),
        ("Pipetting verification:", "Integration:"),
        ("Gravimetric (Mettler Toledo XPR)", "Sunquest LIS, HL7 order files"),
        ("Artel MVS photometric", "Data Innovations Instrument Manager"),
        ("Liquid class development", "Keyence barcode scanners"),
        ("Molecular / extraction:", "Quality and regulatory:"),
        ("KingFisher Flex, QIAcube", "CLIA '88, CAP checklists"),
        ("Hologic Panther, Roche cobas 6800", "21 CFR Part 11, CSV (IQ/OQ/PQ)"),
        ("Real-time PCR, NAAT", "Change control, deviations, CAPA"),
    ]),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "MB(ASCP)CM - Technologist in Molecular Biology, ASCP Board of Certification, 2017 (CMP current)"),
    ("b", "Lean Six Sigma Green Belt - in progress; coursework complete, ASQ CSSGB exam scheduled February 2027"),
    ("b", "Hamilton VENUS Advanced Programming course, Hamilton Company, Reno, NV, 2021"),
    ("h", "E X P E R I E N C E"),
    ("job", "Automation Scientist II - Heartland Diagnostic Laboratories, Kansas City, MO - Jun 2021 to Present"),
    ("b", "Own 14 production methods on four Hamilton Microlab STAR and two STARlet systems for primary tube aliquoting, "
          "5:1 and 10:1 sample pooling and tube-to-plate reformatting for CT/NG and SARS-CoV-2 NAAT; about 18,000 specimens a day."),
    ("b", "Write and maintain methods in VENUS 4 and VENUS 6 (HSL custom steps, error-recovery libraries); migrated 9 methods "
          "from VENUS 4 to 6 with no unplanned downtime."),
    ("b", "Built Python tools for worklist generation from LIS order exports, trace-file parsing and plate-map reconciliation "
          "against Data Innovations Instrument Manager; all code kept in Git with peer review before release."),
    ("b", "Set up the bi-directional interface between the LIS and two new STAR lines, plus middleware rules, with specimen tracking from "
          "primary tube to PCR plate well."),
    ("b", "Wrote and executed validation plans for every pooling method: accuracy, precision, carryover and "
          "cross-contamination (checkerboard high-positive / negative runs), barcode read rate and LoD of pooled versus neat specimens. Summary reports signed "
          "by the lab director; 2023 CAP inspection closed with no automation deficiencies."),
    ("b", "Verify pipetting on every channel and the CO-RE 96 head twice a year by gravimetric testing and Artel MVS; "
          "developed liquid classes for serum, plasma, urine and swab transport media."),
    ("b", "First-line troubleshooting of cLLD and pLLD failures, tip pickup errors, iSWAP and deck teaching and barcode misreads; "
          "escalate to Hamilton field service with logs and trace files. Cut method-related reruns 37% in 2024."),
    ("b", "Write SOPs and work instructions, route method changes through change control, and lead deviation "
          "investigations and CAPA for automation events."),
    ("b", "Perform high-complexity testing sign-off for automation runs; train MLSs and automation techs; weekend on-call 1 in 5."),
    ("job", "Clinical Laboratory Scientist, Molecular Diagnostics - Saint Adalbert Medical Center, Omaha, NE - Jul 2016 to May 2021"),
    ("b", "Ran real-time PCR and NAAT on Hologic Panther and Roche cobas 6800; extraction on KingFisher Flex and QIAcube."),
    ("b", "Programmed a Tecan Freedom EVO 150 in EVOware for ELISA plate setup, PCR setup and extraction plate prep, driven by LIS worklists."),
    ("b", "Validated 4:1 SARS-CoV-2 pooling on the Freedom EVO in 2020 as part of the hospital's pooling task force."),
    ("b", "Performed daily and weekly maintenance and decontamination of liquid handlers and Class II biological safety "
          "cabinets in the BSL-2 molecular suite."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Medical Laboratory Science - Platte Valley University, Kearney, NE, 2016 (NAACLS-accredited)"),
    ("h", "O T H E R"),
    ("p", "Languages: fluent in Spanish. Volunteer, Johnson County science fair judge (2019 to present)."),
]

DOCUMENTS = {"resume.pdf": RESUME}


def main() -> None:
    for name, blocks in DOCUMENTS.items():
        write_pdf(blocks, HERE / name)
        print(f"wrote {HERE.name}/{name}")


if __name__ == "__main__":
    main()
