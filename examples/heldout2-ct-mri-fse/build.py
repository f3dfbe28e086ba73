#!/usr/bin/env python3
"""Build resume.pdf for the heldout2-ct-mri-fse pair, with the shared writers of examples/build_examples.py."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

BLOCKS = [
    ("name", "ANDRE KOWALCZYK"),
    ("contact", "Waterbury, CT 06702 | (203) 555-0188 | andre.kowalczyk@example.com"),
    ("h", "Summary"),
    ("p", "Imaging service engineer with 7 years on CT and 3 years on MR, first in-house at a health system and "
          "now with a multi-vendor service company. Comfortable alone on a down scanner at 2 AM with a waiting ED."),
    ("h", "Certifications and Training"),
    ("p", "GE Healthcare factory training: LightSpeed VCT / Optima CT660, 2018; Revolution EVO, 2021"),
    ("p", "Siemens Healthineers factory training: SOMATOM Definition AS, 2019"),
    ("p", "Network+ (CompTIA, 2020); CBET (AAMI, 2016)"),
    ("h", "Experience"),
    ("job", "Imaging Field Engineer | Tri-State Diagnostic Imaging Service, Hartford | 2021 - Present"),
    ("b", "Cover 38 CT and 9 MR systems across central Connecticut and western Massachusetts: GE Revolution EVO, "
          "GE Optima CT660, Siemens SOMATOM Definition AS+, Toshiba Aquilion 64, GE Signa HDxt 1.5T."),
    ("b", "Run PMs and IQ checks with vendor phantoms; air cals and detector cals after every tube change."),
    ("b", "Completed 14 CT tube changes and two slip ring brush block replacements in 2024."),
    ("b", "MR: helium fills with the cryogen vendor, cold head swaps, receive coil repair and compressor service."),
    ("b", "Fixed DICOM send and DMWL failures with hospital IT and PACS admins; TCP/IP and AE title configuration."),
    ("b", "Used GE InSite remote sessions to pre-diagnose faults and bring the right parts on the first trip."),
    ("b", "LOTO on HV tanks and generators; radiation safety and MR safety Zone IV screening every visit."),
    ("b", "Tools: Tektronix oscilloscopes, RTI Piranha, Fluke 289, service laptops with vendor service software."),
    ("job", "Imaging Service Technician | Naugatuck Valley Health (in-house Clinical Engineering) | 2017 - 2021"),
    ("b", "First-line service for 6 CT scanners, 14 X-ray rooms and 2 MR scanners; OEM contract management."),
    ("b", "Logged all work in Salesforce Field Service and the hospital CMMS."),
    ("job", "Copier Field Technician | Nutmeg Office Systems | 2014 - 2017"),
    ("b", "Serviced Canon imageRUNNER and Ricoh copiers for 200+ business accounts."),
    ("h", "Military"),
    ("p", "US Navy, Electronics Technician (ET2), 2009 - 2014: radar and communications equipment maintenance."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Naugatuck Valley Technical College, 2016"),
]


if __name__ == "__main__":
    write_pdf(BLOCKS, HERE / "resume.pdf")
