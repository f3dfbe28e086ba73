#!/usr/bin/env python3
"""Build posting.pdf of the heldout7-metrology-calibration pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Metrology Technician II - Calibration Services"),
    (
        "contact",
        "Halvorsen Biologics  |  Frederick, MD  |  Quality Control - Metrology  |  Full-time, non-exempt  |  "
        "Req 25-0419  |  Second shift, Monday-Friday, 2:30 PM - 11:00 PM  |  $29.00 - $38.50/hr",
    ),
    ("h", "About us"),
    (
        "p",
        "Halvorsen Biologics is a contract development and manufacturing organization making monoclonal antibodies "
        "and viral vectors for clinical and commercial supply. Our Metrology group keeps about 6,500 instruments "
        "in calibration across manufacturing, QC laboratories and the warehouse.",
    ),
    ("h", "What you will do"),
    (
        "b",
        "Perform in-house calibration of pipettes (single- and multichannel) by the gravimetric method to "
        "ISO 8655.",
    ),
    (
        "b",
        "Calibrate analytical balances and perform balance performance checks to USP <41> and USP <1251>.",
    ),
    (
        "b",
        "Calibrate thermometers and RTDs, pressure gauges, torque wrenches, pH meters and conductivity meters.",
    ),
    ("b", "Verify rotational speed of lab equipment with an optical tachometer."),
    (
        "b",
        "Perform temperature mapping of stability chambers with the Kaye Validator or Ellab TrackSense system.",
    ),
    (
        "b",
        "Use NIST-traceable standards: a multifunction calibrator (Fluke 5522A or equivalent), dry-well "
        "calibrators, pressure calibrators and deadweight testers.",
    ),
    (
        "b",
        "Calibrate and repair DMMs and oscilloscopes.",
    ),
    (
        "b",
        "Record as-found/as-left data in Blue Mountain RAM, our calibration management software, following good "
        "documentation practices (GDP) and 21 CFR Part 11.",
    ),
    (
        "b",
        "Investigate out-of-tolerance (OOT) results, write product impact assessments, and open deviations and "
        "CAPAs in Veeva Vault QMS.",
    ),
    (
        "b",
        "Keep a test uncertainty ratio (TUR) of 4:1 or better and help the metrology engineer maintain "
        "measurement uncertainty budgets.",
    ),
    ("b", "Review calibration intervals based on as-found history and recommend changes."),
    ("b", "Perform preventive maintenance on balances and pipettes, and troubleshoot instrument failures."),
    ("b", "Support IQ/OQ/PQ of new laboratory instruments."),
    ("h", "Required qualifications"),
    (
        "b",
        "Associate degree in electronics technology, or completion of a military calibration school (Air Force "
        "PMEL, Navy METCAL, or Army TMDE)",
    ),
    ("b", "Three years of hands-on calibration experience"),
    ("b", "Working knowledge of ISO/IEC 17025 and ANSI/NCSL Z540.3"),
    ("b", "Able to lift 50 lb and push carts of equipment between buildings"),
    ("h", "Preferred qualifications"),
    ("b", "ASQ CCT"),
    ("b", "Experience in a GMP-regulated pharmaceutical or biotech environment"),
    ("b", "Experience writing Fluke MET/CAL procedures"),
    ("h", "Pay and benefits"),
    (
        "p",
        "Second-shift differential of $2.50/hr. Medical, dental and vision coverage, 401(k) with 5% match, "
        "3 weeks of PTO, tuition reimbursement and an annual bonus plan.",
    ),
    (
        "p",
        "Halvorsen Biologics is an Equal Opportunity Employer, including disability and protected veterans. "
        "Veterans are encouraged to apply.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf in", HERE.name)
