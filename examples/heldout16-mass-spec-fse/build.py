#!/usr/bin/env python3
"""Build posting.pdf of the heldout16-mass-spec-fse pair with the PDF writer of build_examples.py.

The resume of this pair is plain text (resume.txt), pasted into a job board's text box.
Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Field Service Engineer II - Mass Spectrometry & Chromatography"),
    (
        "contact",
        "Corvane Analytical Services, Inc.  |  Carolinas & Virginia territory (home-based, Raleigh-Durham "
        "preferred)  |  Full-time  |  Req. FSE-26-0388",
    ),
    ("h", "About Corvane"),
    (
        "p",
        "Corvane Analytical Services is an independent, multi-vendor service organization that keeps mass "
        "spectrometers and chromatography systems running in more than 600 laboratories across the Southeast. "
        "Our customers include hospital and reference clinical laboratories, pharmaceutical QC and CDMO sites, "
        "and state and commercial environmental testing labs. We are ISO 9001-registered, and our engineers "
        "service every major brand: SCIEX, Waters, Agilent, Thermo Fisher Scientific, Shimadzu and PerkinElmer.",
    ),
    ("h", "The Role"),
    (
        "p",
        "You will own installation, preventive maintenance and repair for a territory of roughly 140 instruments "
        "in North Carolina, South Carolina and southern Virginia, working mostly on your own with remote support "
        "from our Tier 2 specialists and OEM escalation contacts. Our customers run patient samples, batch "
        "release testing and regulatory compliance samples on these systems, so downtime matters.",
    ),
    ("h", "Responsibilities"),
    (
        "b",
        "Install, perform preventive maintenance (PM) on and repair LC-MS/MS triple quadrupole systems, "
        "including SCIEX Triple Quad 6500+, Waters Xevo TQ-S, Agilent 6470 and Thermo TSQ Altis, as well as "
        "high-resolution Orbitrap and Q-TOF instruments.",
    ),
    (
        "b",
        "Service ICP-MS systems (Agilent 7900, PerkinElmer NexION): torch, sampler and skimmer cones, "
        "nebulizers and spray chambers, collision/reaction cell and RF generator.",
    ),
    ("b", "Service GC-MS systems (Agilent 5977 MSD, Thermo ISQ): inlets, columns and EI sources."),
    (
        "b",
        "Maintain HPLC and UHPLC front ends (Waters ACQUITY UPLC, Agilent 1290 Infinity II, Shimadzu Nexera, "
        "Thermo Vanquish): pump seals, check valves, autosamplers, column ovens and UV/PDA detectors.",
    ),
    (
        "b",
        "Maintain vacuum systems, including rotary vane pumps, turbomolecular pumps and vacuum gauges; find "
        "and fix leaks with a helium leak detector.",
    ),
    (
        "b",
        "Clean and rebuild ion sources (ESI, APCI), ion optics and quadrupoles; replace electron multipliers.",
    ),
    (
        "b",
        "Tune and mass calibrate to OEM specifications using PPG and other calibration solutions, and verify "
        "sensitivity specifications before returning the system to the customer.",
    ),
    (
        "b",
        "Troubleshoot to the board level with a DMM and oscilloscope, including high-voltage power supplies and "
        "RF electronics, following lockout/tagout and high-voltage safety procedures.",
    ),
    (
        "b",
        "Execute IQ/OQ/PQ protocols and write qualification reports that meet customers' GMP, GLP, CLIA/CAP and "
        "ISO/IEC 17025 requirements; support environmental labs running EPA 200.8 and EPA 8270.",
    ),
    (
        "b",
        "Configure instrument PCs and data systems (Analyst, SCIEX OS, MassLynx, MassHunter, Xcalibur, Empower, "
        "Chromeleon, OpenLab CDS), including 21 CFR Part 11 audit trail and user access settings.",
    ),
    (
        "b",
        "Support lab infrastructure: nitrogen generators, argon and helium gas supplies, recirculating chillers "
        "and source exhaust.",
    ),
    ("b", "Document every visit in ServiceMax the same day; order parts and process RMAs."),
    ("b", "Train customer operators on routine maintenance after each install and major repair."),
    ("h", "Required Qualifications"),
    (
        "b",
        "Bachelor's degree in chemistry, engineering or a related science, or an associate degree in electronics "
        "with 4+ years of relevant experience.",
    ),
    (
        "b",
        "3+ years servicing LC-MS/MS or GC-MS instruments as a field service engineer, in-house instrument "
        "specialist or OEM engineer.",
    ),
    ("b", "Strong vacuum technology and analog/digital electronics troubleshooting skills."),
    ("b", "Working knowledge of GMP documentation and 21 CFR Part 11."),
    (
        "b",
        "Valid driver's license and a clean driving record; able to travel up to 50% with overnight stays.",
    ),
    ("b", "Able to lift 50 lb and to work in laboratories with chemical and biohazard exposure."),
    ("h", "Preferred Qualifications"),
    ("b", "OEM factory training on SCIEX, Waters, Agilent or Thermo Fisher mass spectrometers."),
    ("b", "ICP-MS service experience."),
    (
        "b",
        "Experience supporting clinical mass spectrometry, such as vitamin D, immunosuppressant or toxicology "
        "assays.",
    ),
    ("b", "Experience with high-resolution accurate mass (HRAM) systems."),
    ("b", "CompTIA A+ or Network+, and basic TCP/IP networking."),
    ("b", "Military electronics training."),
    ("h", "Compensation and Benefits"),
    (
        "p",
        "$82,000 - $104,000 base depending on experience, plus overtime, on-call pay and an annual bonus. Company "
        "vehicle, fuel card and mobile phone; 401(k) with 6% match; medical, dental and vision from day one; 20 "
        "days PTO; paid OEM schools. The on-call rotation is one week in five, covering weekday evenings from "
        "5:00 PM to 10:00 PM and Saturday mornings.",
    ),
    ("h", "Equal Opportunity"),
    (
        "p",
        "Corvane Analytical Services is an Equal Opportunity Employer. All qualified applicants will receive "
        "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
        "identity, national origin, disability or protected veteran status.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf in", HERE.name)
