#!/usr/bin/env python3
"""Build resume.docx of the heldout10-ophthalmic-fse pair with the DOCX writer of build_examples.py.

The contact line sits in the page header, section headings are letter-spaced ("E X P E R I E N C E")
and the skills are a two-column table. The applicant trained and worked in the UK first, so some
wording is British ("planned maintenance", "fibre-optic", "driving licence"). posting.html is edited
by hand.
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
    ("name", "GARETH O. LINDQVIST"),
    (
        "contact",
        "Dayton, OH 45429  |  (937) 555-0119  |  gareth.lindqvist@example.com  |  Field-based: Ohio, Indiana, Kentucky",
    ),
    ("h", spaced("Summary")),
    (
        "p",
        "Ophthalmic field service engineer with 10 years on diagnostic, surgical and refractive laser systems: five "
        "with an ophthalmic distributor in the UK and the last five with a US dealer's service division. Equally at "
        "home realigning a WaveLight EX500 after a premix change and sorting out DICOM for a busy retina practice. "
        "Started out fixing photocopiers and laser printers, which is where the board-level habits come from.",
    ),
    ("h", spaced("Certifications and Training")),
    (
        "b",
        "Alcon factory service training: Centurion Vision System, Constellation Vision System, WaveLight EX500 and "
        "FS200 (Fort Worth, TX, 2021 to 2023)",
    ),
    ("b", "Zeiss manufacturer service course: IOLMaster 700, Cirrus 5000, Humphrey HFA3 (Dublin, CA, 2022)"),
    ("b", "Medical LSO course, Laser Institute of America, 2020"),
    ("b", "CBET candidate - AAMI exam booked for January 2027"),
    ("b", "Full UK driving licence and Ohio driving licence, clean record"),
    ("h", spaced("Technical Skills")),
    (
        "table",
        [
            (
                "Diagnostic",
                "SD-OCT (Zeiss Cirrus 5000, Heidelberg Spectralis), retinal cameras (Topcon TRC-NW8, Optos California), "
                "slit-lamp biomicroscopes (Haag-Streit BQ 900, Zeiss SL 220), IOLMaster 700, A-scan biometry, "
                "auto-kerato-refractometers (Nidek ARK-1, Topcon KR-800), non-contact tonometers, Humphrey HFA3, "
                "Pentacam",
            ),
            (
                "Surgical",
                "phaco and vitrectomy consoles (Alcon Centurion and Constellation, B+L Stellaris Elite), phaco "
                "handpieces, fluidics and vacuum checks, surgical microscopes (Zeiss OPMI Lumera 700, Leica M844)",
            ),
            (
                "Lasers",
                "WaveLight EX500 and Allegretto, FS200 femtosecond laser, Nd:YAG, selective laser trabeculoplasty, "
                "532 nm photocoagulation lasers (Iridex IQ 532), premix changes, fluence calibration, beam alignment, "
                "fibre-optic delivery, recirculating chillers, HV power supplies, Class IV lasers",
            ),
            (
                "Safety",
                "laser safety, NHZ assessments, laser safety eyewear, interlock checks, ANSI Z136.1, BS EN 60825-1, "
                "electrical safety testing to IEC 62353 with the Fluke ESA615, ODH laser registration paperwork",
            ),
            (
                "Tools and IT",
                "oscilloscope, Fluke 87V, Ophir Nova II power meter, soldering, schematics, DICOM, Zeiss FORUM, "
                "HEYEX 2, TCP/IP, Windows 10/11, Salesforce Field Service",
            ),
        ],
    ),
    ("h", spaced("Experience")),
    (
        "job",
        "Field Service Engineer, Ophthalmic - Great Lakes Ophthalmic Supply, Service Division, Cincinnati, OH - "
        "Oct 2021 to Present",
    ),
    (
        "b",
        "Cover 140 practices and 11 surgery centers across Ohio, Indiana and Kentucky for installations, planned "
        "maintenance and repair of diagnostic and surgical ophthalmic systems; 94% first-visit fix rate in 2025.",
    ),
    (
        "b",
        "Keep 6 refractive suites running: WaveLight EX500 premix changes, fluence calibration, beam alignment and "
        "eye-tracker checks; FS200 femtosecond laser patient-interface and optics service.",
    ),
    (
        "b",
        "Service Alcon Centurion and Constellation consoles and B+L Stellaris Elite: phaco handpieces, fluidics, "
        "vacuum and irrigation tests, pneumatic vitrectomy cutters.",
    ),
    (
        "b",
        "Troubleshooting to board-level with schematics and an oscilloscope: HV power supplies, recirculating "
        "chillers, galvo scanner drivers.",
    ),
    (
        "b",
        "Run laser safety checks at every laser visit (interlocks, NHZ signage, optical density of laser safety "
        "eyewear) and prepare ODH laser registration paperwork for customers.",
    ),
    (
        "b",
        "Network SD-OCT units, retinal cameras and IOLMaster 700s to Zeiss FORUM and HEYEX 2 over DICOM; fix "
        "TCP/IP addressing after practice IT changes.",
    ),
    ("b", "Give in-services to ophthalmic technicians after installations and repairs; log every call in Salesforce Field Service."),
    ("job", "Service Engineer - Thameside Ophthalmic Ltd, Reading, UK - Sep 2016 to Sep 2021"),
    (
        "b",
        "Planned maintenance, calibration and repair of slit-lamp biomicroscopes, auto-kerato-refractometers, "
        "non-contact tonometers, retinal cameras and A-scan units for NHS eye clinics and high-street optometrists.",
    ),
    (
        "b",
        "Serviced selective laser trabeculoplasty and Nd:YAG lasers and 532 nm photocoagulation lasers, including "
        "fibre-optic delivery and slit-lamp adapters.",
    ),
    (
        "b",
        "Electrical safety testing to IEC 62353 with a Fluke ESA615; Class IV laser work under local rules to "
        "BS EN 60825-1.",
    ),
    ("job", "Field Technician - Wessex Office Systems, Swindon, UK - Jul 2012 to Aug 2016"),
    (
        "b",
        "Repaired Canon imageRUNNER copiers and laser printers on site: board swaps, fusers and high-voltage units.",
    ),
    ("h", spaced("Education")),
    ("p", "HNC in Electrical and Electronic Engineering - Kennet Vale College, Swindon, UK, 2012"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
