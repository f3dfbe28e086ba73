#!/usr/bin/env python3
"""Build resume.docx of the heldout5-lis-analyst pair with the DOCX writer of examples/build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    (
        "contact",
        "Marcus D. Feld-Abernathy, MLS(ASCP)CM  |  Missoula, MT 59801  |  (406) 555-0107  |  "
        "marcus.feldab@example.com",
    ),
    ("name", "Marcus D. Feld-Abernathy"),
    ("h", "Summary"),
    (
        "p",
        "Medical laboratory scientist turned LIS analyst. Six years at the "
        "bench in chemistry and hematology, "
        "then three years building and supporting the laboratory system of a regional health system through "
        "an Epic go-live. I speak both bench and interface.",
    ),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM - ASCP Board of Certification, 2014"),
    ("b", "Epic Beaker Clinical Pathology certification, 2023"),
    ("h", "Technical skills"),
    (
        "table",
        [
            (
                "Laboratory systems",
                "Epic Beaker (CP), Sunquest Laboratory 8, DI Instrument Manager middleware, "
                "autoverification rules",
            ),
            (
                "Interfaces",
                "HL7 v2 ORM/ORU troubleshooting, instrument interfaces, send-out interfaces to reference "
                "labs, Rhapsody message tracing, Epic Bridges monitoring",
            ),
            ("Coding and billing", "LOINC mapping, CPT codes, CDM maintenance"),
            ("Data and reporting", "SQL (SQL Server), Crystal Reports, Microsoft Excel"),
            (
                "Quality and compliance",
                "validation scripts, CAP GEN checklist, CLIA, HIPAA, downtime procedures, "
                "change management in ServiceNow",
            ),
        ],
    ),
    ("h", "Experience"),
    ("job", "LIS Analyst - Bitterroot Regional Health, Missoula, MT  |  2023 - present"),
    (
        "b",
        "One of three analysts for four hospital laboratories; led chemistry and coagulation test build for "
        "the Sunquest Laboratory to Epic Beaker conversion (1,140 tests, go-live October 2024).",
    ),
    (
        "b",
        "Wrote 260 autoverification rules in DI Instrument Manager; autoverification rose from 61% to 84%.",
    ),
    (
        "b",
        "Troubleshoot HL7 v2 order and result messages with the integration team in Rhapsody; built three "
        "send-out interfaces to reference labs.",
    ),
    (
        "b",
        "Own LOINC mapping and CPT codes for laboratory tests; monthly CDM maintenance with Revenue "
        "Integrity.",
    ),
    ("b", "Write SQL queries and Crystal Reports for turnaround time and utilization."),
    (
        "b",
        "Wrote validation scripts for every change; change management in ServiceNow; CAP GEN checklist "
        "evidence for two inspections with no LIS findings.",
    ),
    ("b", "Rewrote downtime procedures and ran quarterly downtime drills."),
    ("job", "Medical Laboratory Scientist - Bitterroot Regional Health, Missoula, MT  |  2017 - 2023"),
    (
        "b",
        "Chemistry and hematology bench on days and evenings; super user for Sunquest and the DI middleware.",
    ),
    ("job", "Medical Laboratory Scientist - Clark Fork Valley Hospital, Plains, MT  |  2014 - 2017"),
    (
        "b",
        "Generalist in a critical-access laboratory: chemistry, hematology, "
        "coagulation (PT/INR), blood bank.",
    ),
    ("h", "Education"),
    ("p", "B.S., Medical Laboratory Science - Big Sky State University, Bozeman, MT, 2014"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", (HERE / "resume.docx").relative_to(HERE.parent.parent))
