#!/usr/bin/env python3
"""Build posting.docx of the heldout6-apheresis-donor pair with the DOCX writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

POSTING = [
    ("name", "Apheresis Technologist II - Donor Collections"),
    (
        "contact",
        "Great Lakes Regional Blood Services  |  Toledo, OH  |  Full-time, 40 hours  |  Job #DC-5521  |  "
        "$21.50 - $27.80/hr plus shift differential after 3 PM",
    ),
    ("h", "Who we are"),
    (
        "p",
        "Great Lakes Regional Blood Services is a nonprofit blood supplier for 46 hospitals in northwest Ohio and "
        "southeast Michigan. We collect about 160,000 units a year at seven donor centers and on mobile drives.",
    ),
    ("h", "What you will do"),
    (
        "b",
        "Screen donors for donor eligibility: review the DHQ with each donor, take vital signs and perform "
        "hemoglobin screening by fingerstick.",
    ),
    ("b", "Perform venipuncture and collect whole blood, plateletpheresis, plasmapheresis and double red cell procedures."),
    ("b", "Set up, run and troubleshoot Terumo BCT Trima Accel or Fresenius Kabi Amicus separators."),
    ("b", "Watch donors throughout the procedure; recognize and treat donor reactions and citrate toxicity."),
    ("b", "Record every collection in the BECS (Hemasphere) and complete component paperwork."),
    ("b", "Perform and record daily QC of HemoCue analyzers and scales."),
    ("b", "Document deviations and help Quality Assurance write BPDRs."),
    ("b", "Follow cGMP, AABB Standards and FDA regulations (21 CFR 606 and 21 CFR 630)."),
    ("b", "Prepare apheresis platelets for pathogen reduction."),
    ("b", "Apply TRALI mitigation rules when qualifying plasma and platelet donors."),
    ("h", "What you need"),
    ("b", "High school diploma or GED"),
    ("b", "Phlebotomy certification, PBT(ASCP) or CPT (NHA), or able to obtain it within 12 months of hire"),
    ("b", "One year of donor collections or phlebotomy experience"),
    ("b", "Current BLS (CPR) card"),
    ("h", "Nice to have"),
    ("b", "HP(ASCP) or QIA(ASCP)"),
    ("b", "LPN, EMT or paramedic background"),
    ("b", "Experience with therapeutic apheresis on the Spectra Optia"),
    ("b", "Haemonetics MCS+ experience"),
    ("h", "Benefits"),
    (
        "p",
        "Medical, dental and vision coverage, 403(b) with employer match, 18 days of paid time off, tuition "
        "assistance and free parking at every site.",
    ),
    (
        "p",
        "Great Lakes Regional Blood Services is an Equal Opportunity Employer - Minorities/Females/Veterans/Disability. "
        "Applicants must pass a background check.",
    ),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote posting.docx in", HERE.name)
