#!/usr/bin/env python3
"""Build posting.pdf of the heldout15-cro-central-lab pair with the PDF writer of build_examples.py.

Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Clinical Laboratory Scientist II - Central Laboratory (Chemistry & Immunoassay)"),
    (
        "contact",
        "Meridian Crest Clinical Research  |  Central Laboratory Services  |  West Chester, OH  |  "
        "Requisition R-24-0873  |  Full-time, 2nd shift",
    ),
    ("h", "Who we are"),
    (
        "p",
        "Meridian Crest is a full-service contract research organization supporting Phase I-IV studies for "
        "pharmaceutical and biotech sponsors in more than 40 countries. Our West Chester central laboratory is "
        "CAP-accredited and CLIA-certified and holds a New York State clinical laboratory permit, and it tests "
        "specimens from thousands of trial sites every year alongside our sister labs in Brussels and Singapore.",
    ),
    ("h", "The opportunity"),
    (
        "p",
        "As a Clinical Laboratory Scientist II you will run protocol-specified safety and efficacy testing on "
        "clinical trial specimens and make sure every result we report to a sponsor can be defended in an audit. "
        "You will split your time between the bench and method work, and you will be a go-to person for new "
        "protocol setups.",
    ),
    ("h", "What you'll do"),
    (
        "b",
        "Perform testing on clinical trial specimens using Roche cobas 8000 (c 702 and e 801 modules), Siemens "
        "Atellica IM, Sysmex XN-Series hematology analyzers and the Stago STA R Max coagulation analyzer",
    ),
    (
        "b",
        "Review and release results in LIMS (LabVantage), and phone or e-mail alert values to investigator sites "
        "per the protocol-specific lab manual",
    ),
    (
        "b",
        "Accession ambient, refrigerated and frozen shipments: reconcile sample kits and requisitions, barcode "
        "aliquots, and open queries with sites for discrepancies",
    ),
    ("b", "Support the kit production team with study-specific collection kit builds and expiry checks"),
    (
        "b",
        "Run and review quality control, apply Westgard rules, monitor Bio-Rad Unity Real Time peer data, "
        "perform calibrations, and take part in CAP proficiency testing",
    ),
    (
        "b",
        "Carry out method validation and method transfer studies (precision, accuracy, linearity/AMR, "
        "carryover, reference interval verification) following CLSI EP05, EP06, EP09 and EP15 guidance, "
        "including transfers from our Brussels and Singapore labs",
    ),
    (
        "b",
        "Work under GCLP and ICH E6(R3) GCP, 21 CFR Part 11 and ALCOA+ good documentation practices; write and "
        "revise SOPs; document deviations, CAPA and change control in Veeva QualityDocs",
    ),
    (
        "b",
        "Support sponsor audits and regulatory inspections (FDA BIMO, CAP, NYSDOH), including pulling raw data, "
        "audit trails and instrument records on request",
    ),
    (
        "b",
        "Store long-term specimens in -80 \u00b0C freezers with continuous temperature monitoring (Rees Centron) "
        "and maintain chain of custody",
    ),
    (
        "b",
        "Pack and ship specimens to referral labs and sponsor biorepositories under IATA Dangerous Goods "
        "Regulations and DOT 49 CFR: UN3373 Biological Substance, Category B, and UN1845 dry ice",
    ),
    ("b", "Perform daily, weekly and monthly preventive maintenance and first-line troubleshooting on analyzers"),
    ("h", "Minimum qualifications"),
    (
        "b",
        "Bachelor's degree in medical laboratory science, clinical laboratory science, or a chemical or "
        "biological science that meets CLIA high complexity testing personnel requirements (42 CFR 493.1489)",
    ),
    (
        "b",
        "MLS(ASCP) or MLS(AMT) certification, or eligible to sit for the exam and certified within 12 months of "
        "hire. Foreign-educated candidates need a course-by-course credential evaluation",
    ),
    (
        "b",
        "2+ years of clinical laboratory experience in clinical chemistry, hematology or immunoassay testing",
    ),
    ("b", "Hands-on experience with an LIS or LIMS"),
    ("h", "Nice to have"),
    ("b", "Experience in a CRO central laboratory, pharmaceutical or GCLP-regulated lab"),
    ("b", "Current IATA Dangerous Goods certification"),
    ("b", "Roche Elecsys immunoassays, especially cardiac and endocrine panels"),
    ("b", "Manual or automated ELISA for exploratory biomarkers, and pharmacokinetic (PK) sample processing"),
    ("b", "Flow cytometry (BD FACSLyric) or LC-MS/MS exposure"),
    ("b", "Lean Six Sigma Green Belt"),
    ("h", "Schedule and pay"),
    (
        "p",
        "Tuesday to Saturday, 2:30 PM to 11:00 PM, with a rotating holiday. Pay range $34.00 to $44.00 per hour "
        "plus a 10% second-shift differential; final pay depends on experience and certification.",
    ),
    ("h", "Benefits"),
    (
        "p",
        "Medical, dental and vision from day one; 401(k) with 5% match; 20 days PTO; tuition assistance; ASCP "
        "exam fee reimbursement and a certification bonus; relocation help and green card sponsorship for "
        "qualified candidates; employee assistance program.",
    ),
    ("h", "Equal opportunity"),
    (
        "p",
        "Meridian Crest Clinical Research is an Equal Opportunity Employer. All qualified applicants will "
        "receive consideration for employment without regard to race, color, religion, sex, sexual orientation, "
        "gender identity, national origin, disability, protected veteran status or any other characteristic "
        "protected by law. We participate in E-Verify.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf in", HERE.name)
