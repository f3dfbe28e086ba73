#!/usr/bin/env python3
"""Build resume.pdf of the heldout12-mobile-imaging-fse pair with the PDF writer of build_examples.py.

Section headings are letter-spaced capitals, as the candidate typed them in his word processor.
Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "Travis J. Kettering"),
    (
        "contact",
        "Springfield, MA 01109  |  (413) 555-0174  |  travis.kettering@example.com  |  CDL-A, willing to travel",
    ),
    ("h", "P R O F I L E"),
    (
        "p",
        "Field service engineer with 7 years on mobile MRI and CT coaches and 6 years as a Navy electronics "
        "technician before that. I keep the scanner and the trailer it lives in running: magnet, gradients and "
        "RF on one side, gensets, shore power, HVAC and the rest of the coach on the other. Comfortable working alone at a "
        "hospital loading dock at 2 a.m. with a laptop, a scope and the schematics.",
    ),
    ("h", "E X P E R I E N C E"),
    (
        "job",
        "Field Service Engineer, Mobile Imaging - Northbridge Shared Imaging, Worcester, MA - Apr 2019 to Present",
    ),
    (
        "b",
        "Cover 14 mobile units across MA, NH and VT: 9 MRI coaches (GE Signa HDxt 1.5T, GE Signa Explorer, Siemens "
        "MAGNETOM Espree) and 5 CT coaches (GE LightSpeed VCT, GE Revolution EVO, Siemens SOMATOM go.Up).",
    ),
    (
        "b",
        "Covered our two Siemens Biograph mCT units for 8 months in 2023 while our molecular imaging engineer was out: daily QC "
        "with the Ge-68 cylinder phantom, normalization, detector block swaps under phone support.",
    ),
    (
        "b",
        "Magnet work: LHe top-offs, coldhead swaps, Sumitomo F-70 and CSW-71 compressors, magnet ramp-downs and "
        "ramp-ups for trailer relocations, passive and active shimming after each ramp. Two quench recoveries "
        "(one after a vent line ice plug).",
    ),
    (
        "b",
        "Coach power: shore power pedestals and cords, 480V 3-phase distribution panels, ATS service, 150 kW "
        "Cummins Onan diesel gensets (load bank tests, fuel and coolant service).",
    ),
    (
        "b",
        "Trailer HVAC and magnet cooling: KKT and Haskris units, glycol loops, condenser cleaning; refrigerant "
        "work under my EPA 608 Universal.",
    ),
    (
        "b",
        "RF cage leak checks after every move and door seal repair; replaced finger stock and penetration panel "
        "filters.",
    ),
    (
        "b",
        "Power Gear jacks, Ricon lifts, slide-out seals, door interlocks; DOT pre-trip inspections and short "
        "relocations with our drivers.",
    ),
    (
        "b",
        "PMs per OEM schedule, QA phantoms, ACR accreditation phantom testing support for the MR and CT techs; "
        "radiation safety surveys after CT tube and collimator work.",
    ),
    (
        "b",
        "DICOM send/query troubleshooting to hospital PACS, Cradlepoint router swaps, site-to-site VPN setup "
        "with customer IT.",
    ),
    (
        "b",
        "Board-level troubleshooting and repair of gradient amplifier and RF amplifier assemblies; logged all calls, "
        "parts and hours in Salesforce Field Service.",
    ),
    (
        "job",
        "In-House Imaging Service Technician - Pioneer Valley Medical Center, Springfield, MA - Jun 2017 to Apr 2019",
    ),
    (
        "b",
        "First-line service on CT, MRI, DR and fluoro rooms; PMs, tube warm-up issues, table and gantry faults; "
        "worked alongside the GE FSE on all major repairs.",
    ),
    (
        "job",
        "Electronics Technician Second Class (ET2) - U.S. Navy, USS Oak Hill (LSD-51) - Jun 2011 to May 2017",
    ),
    (
        "b",
        "Maintained shipboard radar, communication and navigation electronics; 440V 3-phase power, LOTO and "
        "tag-out program, electrical safety; work center supervisor for 6 technicians.",
    ),
    ("h", "T E C H N I C A L   S K I L L S"),
    (
        "p",
        "Test equipment: Fluke 87V, Fluke 376 clamp meter, Tektronix TBS1052 scope, function generator, "
        "megger, RF sniffer/leak detector, load bank.",
    ),
    (
        "p",
        "Safety: 70E arc-flash training (2025), LOTO, confined space awareness, cryogen safety, MR safety zones.",
    ),
    (
        "p",
        "Reading schematics and wiring diagrams, ladder logic basics, hydraulics, Windows and Linux service laptops.",
    ),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CRES (Certified Radiology Equipment Specialist), AAMI - eligible; exam scheduled March 2027"),
    ("b", "EPA 608 Universal technician certification, 2020"),
    ("b", "GE Signa HDxt and LightSpeed VCT factory training, GE Healthcare Institute, Waukesha, WI (2019, 2020)"),
    ("b", "Siemens MAGNETOM Espree system training, Cary, NC (2021)"),
    ("h", "L I C E N S E S"),
    ("b", "Massachusetts CDL-A with air brakes, 2020; DOT medical card current through Aug 2027"),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Electronics Engineering Technology - Springfield Technical Community College, Springfield, MA, 2018"),
    ("p", "U.S. Navy Electronics Technician 'A' School, Great Lakes, IL, 2011"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
