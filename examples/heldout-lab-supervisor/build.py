#!/usr/bin/env python3
"""Build resume.docx for the heldout-lab-supervisor pair, with the shared writers of examples/build_examples.py."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

BLOCKS = [
    ("name", "RENATA OKONKWO-HALE, MT(ASCP)"),
    ("contact", "Rogers, AR 72756 · (479) 555-0191 · renata.okhale@example.com"),
    ("h", "Professional Summary"),
    ("p", "Lead technologist with 11 years in hospital core laboratories and 4 years as assistant supervisor. "
          "Hands-on with accreditation, quality and staff development; ready for a full supervisor role."),
    ("h", "Certifications"),
    ("b", "MT(ASCP), ASCP Board of Certification, 2013"),
    ("b", "Lean Six Sigma Yellow Belt, 2022"),
    ("h", "Experience"),
    ("job", "Lead Technologist / Assistant Supervisor, Core Lab - Ozark Valley Health, Fayetteville, AR (2020 - Present)"),
    ("b", "Named CLIA general supervisor for evening and night shifts; designated technical consultant for the "
          "moderate-complexity outreach clinic lab."),
    ("b", "Coordinated 2 CAP inspections (2021, 2023) and served on a CAP peer inspection team; zero "
          "hematology or chemistry deficiencies in 2023."),
    ("b", "Run annual competencies for 30 staff using the six CLIA elements."),
    ("b", "Review daily QC, L-J charts and Westgard multirules; review CAP and API proficiency testing and "
          "write corrective action."),
    ("b", "Performed new-method verification studies (CLSI EP15-A3, EP6, EP9) for 2 chemistry analyzers and "
          "the coagulation line."),
    ("b", "Wrote the lab's first IQCP documents for blood gas and urine pregnancy testing."),
    ("b", "Revised 40+ technical procedures and managed SOPs in PolicyStat."),
    ("b", "Led a 5S event and a VSM of the ED specimen flow; ED potassium TAT cut from 52 to 38 minutes."),
    ("b", "Led RCA for 3 mislabeled-specimen events; trained staff on the new process."),
    ("b", "Super user for the Epic Beaker go-live in 2021."),
    ("b", "Helped the manager with budget and scheduling as needed."),
    ("job", "Medical Technologist - Ozark Valley Health (2013 - 2020)"),
    ("b", "Generalist: hematology, chemistry, coag and urinalysis; PT/INR and D-dimer on the coag line."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - University of the Ozarks Plateau, 2013"),
    ("h", "Skills"),
    ("p", "MS Excel (pivot tables, QC dashboards), MS Visio, PowerPoint; Epic Beaker; PolicyStat"),
]


if __name__ == "__main__":
    write_docx(BLOCKS, HERE / "resume.docx")
