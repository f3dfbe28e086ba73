#!/usr/bin/env python3
"""Build resume.pdf of the heldout10-medical-gas-sterilizer-2 pair with the PDF writer of build_examples.py.

Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DARNELL K. OSEI"),
    ("contact", "77 Millstone Court, Lititz, PA 17543  |  (717) 555-0162  |  darnell.osei@example.com"),
    ("h", "Summary"),
    (
        "p",
        "Hospital facilities mechanic with 13 years in the trades, the last 9 in hospitals. I own the med gas and "
        "vacuum systems and the sterilizers at a 280-bed community hospital: planned maintenance, repairs, "
        "tie-ins and the paperwork surveyors ask for. Started out in HVAC/R and still carry the refrigerant card.",
    ),
    ("h", "Certifications & Licenses"),
    ("b", "Medical Gas Maintenance Personnel, ASSE/IAPMO/ANSI 6040 - 2019, renewed 2025"),
    ("b", "ASSE 6010 Medical Gas Installer - course completed Oct 2026, exam scheduled Feb 2027"),
    ("b", "EPA 608 Type I and Type II technician certification, 2012"),
    ("b", "New Jersey Black Seal boiler license (low pressure), 2014"),
    ("b", "STERIS factory training: AMSCO 400 sterilizers and V-PRO maX, 2022"),
    ("b", "OSHA 30-Hour General Industry, 2020; arc flash (70E) training, annual"),
    ("h", "Skills"),
    (
        "b",
        "Med gas and vacuum: O2, medical air, N2O, nitrogen, CO2, med-surg vacuum and waste anesthetic gas disposal; "
        "bulk LOX tank, automatic changeover manifolds, zone valve boxes, master and area alarms, outlet rebuilds "
        "(Ohmeda, Chemetron, Puritan Bennett), DISS connections",
    ),
    (
        "b",
        "Plant equipment: BeaconMedaes scroll compressors, twin-tower desiccant dryers, dewpoint sensors, CO monitors, "
        "Busch rotary vane vacuum pumps, brazing with nitrogen purge",
    ),
    (
        "b",
        "Sterilizers: steam sterilizers (AMSCO 400, AMSCO Century), low-temp sterilizers (STERRAD NX, V-PRO maX, "
        "3M Steri-Vac EtO sterilizer), STERIS Reliance washers, door gaskets, steam traps, PRVs, 120 VAC control "
        "circuits",
    ),
    (
        "b",
        "Testing: cross-connection testing with the verifier, Bowie-Dick, vacuum leak tests, dryness and "
        "non-condensable gas tests, BI failure investigations",
    ),
    (
        "b",
        "Codes and standards: NFPA 99, NFPA 101, ST79, manufacturer instructions for use, TJC Environment of Care "
        "(EOC rounds), LOTO, hot work permits",
    ),
    ("b", "Tools and systems: Fluke 117, as-built drawings, ladder diagrams, TMA Systems work orders, MS Excel"),
    ("h", "Experience"),
    (
        "job",
        "Plant Operations Mechanic, Medical Gas & Sterilizers - Conestoga Valley Hospital, Lancaster, PA - "
        "Aug 2021 to Present",
    ),
    (
        "b",
        "Sole med gas mechanic on 2nd shift (3 PM to 11:30 PM): planned maintenance on two BeaconMedaes scroll "
        "compressor packages, desiccant dryers, dewpoint sensors, CO monitors and three Busch rotary vane vacuum pumps.",
    ),
    (
        "b",
        "Rebuilt about 140 outlets in 2024 and replaced two master and area alarms; no medical gas findings on the "
        "2023 TJC survey.",
    ),
    (
        "b",
        "Prepared zones for medical gas certification testing after every tie-in and stood by during "
        "cross-connection testing with the outside verifier.",
    ),
    (
        "b",
        "Maintain six steam sterilizers (AMSCO 400 and AMSCO Century), two STERRAD NX units, a V-PRO maX and the "
        "EtO sterilizer; replace door gaskets, steam traps and PRVs; run Bowie-Dick and vacuum leak tests.",
    ),
    (
        "b",
        "Ran dryness and non-condensable gas tests on the steam supply after wet packs and helped SPD close two BI "
        "failure investigations.",
    ),
    ("b", "Maintain four STERIS Reliance washers in decontam."),
    ("job", "Facilities Technician - Blackstone Memorial Hospital, Worcester, MA - Mar 2016 to Jul 2021"),
    (
        "b",
        "Med gas and vacuum rounds, bulk LOX tank checks with the gas vendor, automatic changeover manifolds and "
        "zone valve box labelling.",
    ),
    ("b", "Assisted the in-house HVAC team with chillers, air handlers and 120 VAC control circuits."),
    ("b", "Logged all work in TMA Systems; took part in EOC rounds and Life Safety rounds with the safety officer."),
    ("job", "HVAC/R Service Technician - Pine Barrens Mechanical, Vineland, NJ - Jun 2012 to Feb 2016"),
    ("b", "Residential and light commercial heating, cooling and refrigeration; low-pressure boiler service."),
    ("h", "Education"),
    ("p", "High school diploma - Cumberland Regional High School, Seabrook, NJ, 2010"),
    ("p", "HVAC/R Certificate - Cumberland County Technical Education Center, Vineland, NJ, 2012"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
