#!/usr/bin/env python3
"""Build resume.docx of the heldout11-digital-pathology pair with the DOCX writer of build_examples.py.

The contact block sits in the page header and the skills are a two-column table.
Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    (
        "contact",
        "Renata D. Villanueva, HT(ASCP)CM  |  1147 Oakland Dr, Kalamazoo, MI 49008  |  (269) 555-0162  |  "
        "renata.villanueva@example.com",
    ),
    ("name", "Renata D. Villanueva"),
    ("h", "Summary"),
    (
        "p",
        "Histotechnician with 8 years at the bench and the last 4 running the whole-slide scanners of a "
        "hospital digital pathology program. I set up our scanner QC, wrote the barcode and rescan SOPs, and co-led the "
        "WSI validation that let our pathologists sign out primary diagnosis on screen. Still happy to cut a "
        "block when the scanner room is quiet.",
    ),
    ("h", "Certifications"),
    ("b", "HT(ASCP)CM, Board of Certification, 2017 (Credential Maintenance current)"),
    ("b", "HTL(ASCP) - eligible since completing my B.S.; exam scheduled April 2026"),
    ("b", "Lean Yellow Belt, Bellmont Health Quality Academy, 2023"),
    ("b", "Leica Biosystems GT450 key operator and administrator training, 2022"),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Scanners",
                "GT450 (x2, clinical), Aperio AT2 (archive rescans), NanoZoomer S210 (research core, shared)",
            ),
            (
                "Image management / viewers",
                "Aperio eSlide Manager (admin: users, case folders, worklists), Sectra Digital Pathology viewer "
                "(pathologist side), ImageScope",
            ),
            (
                "LIS & interfaces",
                "Cerner CoPath Plus (AP-LIS), HL7 order messages to the scanner software, slide-level status "
                "messages back to CoPath",
            ),
            (
                "Image analysis",
                "HALO (Ki67, ER/PR nuclear quant), QuPath for research projects",
            ),
            (
                "Histology",
                "Grossing support, processing, embedding, microtomy, frozen sections (cryostat), H&E on Leica "
                "ST5020/CV5030, Tissue-Tek Film coverslipper, special stains (GMS, AFB, trichrome, iron, PAS), "
                "IHC on BenchMark ULTRA",
            ),
            (
                "Quality & regulatory",
                "Daily scanner QC, image QC, CAP ANP and GEN checklists, CLIA, SOP writing, document control "
                "(PolicyStat), validation studies",
            ),
            (
                "Computers",
                "Windows 10/11, mapped network drives, Excel (pivot tables), Visio workflow diagrams",
            ),
        ],
    ),
    ("h", "Experience"),
    (
        "job",
        "Digital Pathology Lead Technician - Bellmont Health, Kalamazoo General Hospital, Kalamazoo, MI - "
        "Mar 2022 to Present",
    ),
    (
        "b",
        "Run the scanning room for a 9-pathologist group: two GT450 scanners plus an Aperio AT2 for archive "
        "rescans, about 1,100 slides a day of H&E, special stains, IHC and frozen sections.",
    ),
    (
        "b",
        "Do daily scanner QC before the first rack goes in (calibration slide, focus points, tissue-finding "
        "check) and log it with every preventive maintenance visit from Leica.",
    ),
    (
        "b",
        "Image QC on every case before release: out-of-focus areas, missed tissue, stitching lines, bubbles and "
        "debris; send back for rescan or recuts and track our rescan rate (from 6.1% to 2.4% in 18 months).",
    ),
    (
        "b",
        "Moved the lab to 2-D barcodes from accessioning on: new slide labelers and cassette writers, label "
        "print-quality checks, and a slide-to-case reconciliation report that catches mismatches before the "
        "pathologist opens the case.",
    ),
    (
        "b",
        "Admin for eSlide Manager: user accounts, case folders and pathologist worklists; I also cover first-line "
        "PC and scanner-software troubleshooting before calling Pathology IT or Leica.",
    ),
    (
        "b",
        "Worked with IT on the CoPath Plus interface: HL7 order messages so the scanner pulls the case on barcode "
        "read, and status messages back so the case shows 'slides scanned' in the LIS.",
    ),
    (
        "b",
        "Co-led our WSI validation for primary diagnosis following the College of American Pathologists WSI "
        "validation guideline: 60 cases per service, 2-week washout, intra-observer agreement 97.8%. Repeated a "
        "smaller validation for frozen sections and for the scanner software upgrade in 2024.",
    ),
    (
        "b",
        "Set up telepath frozen sections for our Portage satellite OR, so the pathologist reads from the main "
        "campus; pull and scan slides for weekly tumor boards.",
    ),
    (
        "b",
        "Wrote the scanning SOPs and the downtime plan (back to glass, with a catch-up scan list); trained 14 "
        "histotechs and 6 residents.",
    ),
    (
        "b",
        "Prepared the digital pathology section for our 2023 and 2025 CAP inspections; zero deficiencies on the "
        "whole slide imaging items.",
    ),
    (
        "b",
        "Report monthly TAT from scan to sign-out and scanner downtime to the AP medical director.",
    ),
    ("job", "Histotechnician - Bellmont Health, Kalamazoo General Hospital, Kalamazoo, MI - Jun 2017 to Mar 2022"),
    (
        "b",
        "Embedding, microtomy, H&E staining and coverslipping for a 45,000-case surgical pathology service.",
    ),
    ("b", "Special stains and IHC on the BenchMark ULTRA; frozen sections on the cryostat for the OR."),
    (
        "b",
        "Ran the ST5020/CV5030 workstation and did its daily maintenance; kept the reagent inventory in our IMS "
        "(inventory management system).",
    ),
    ("b", "Pilot user for the first Aperio AT2 in 2019 (research and education scans)."),
    ("h", "Education"),
    ("p", "B.S., Biology - Western Lakes University, Kalamazoo, MI, 2021 (completed part-time while working)"),
    (
        "p",
        "Histotechnician Certificate - Lakeshore Community College, Benton Harbor, MI, 2017 "
        "(NAACLS-accredited histotechnician program)",
    ),
    ("h", "Professional Affiliations"),
    ("p", "National Society for Histotechnology (NSH) - member; Digital Pathology Association - member"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
