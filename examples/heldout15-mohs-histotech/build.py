#!/usr/bin/env python3
"""Build resume.docx of the heldout15-mohs-histotech pair with the DOCX writer of build_examples.py.

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
        "Kirsten A. Lindqvist  |  2210 E. Sprague Ave, Apt 4, Spokane, WA 99202  |  (509) 555-0142  |  "
        "k.lindqvist@example.com",
    ),
    ("name", "Kirsten A. Lindqvist"),
    ("p", "Mohs Histotechnician"),
    ("h", "Profile"),
    (
        "p",
        "Mohs histotech with 5+ years running a busy two-surgeon Mohs lab on my own, and 3 years of hospital "
        "histology before that. I cut every layer myself, keep the lab survey-ready, and the surgeons rarely have "
        "to ask for a recut. Looking for a practice closer to home in Spokane.",
    ),
    ("h", "Skills"),
    (
        "table",
        [
            (
                "Frozen sections",
                "Leica CM1950 and CM1860 cryostats, Microm HM 525 (backup); cryo-embedding on the heat extractor "
                "and PrestoChill; 5 \u00b5m en face sections, 3-4 levels per slide",
            ),
            (
                "Tissue handling",
                "Orientation, inking with Davidson marking dyes, relaxing cuts, flattening, Mohs mapping, "
                "debulks and permanents to dermpath in NBF",
            ),
            (
                "Staining",
                "H&E (Leica Autostainer XL and manual dip line), toluidine blue (BCC cases), AFB/GMS/iron/trichrome "
                "from the hospital years",
            ),
            (
                "Coverslipping",
                "Glass coverslips by hand with Cytoseal XYL",
            ),
            (
                "Paraffin histology",
                "Tissue-Tek VIP processor, paraffin embedding, rotary microtome (Leica RM2235), special stains, "
                "loading the Ventana BenchMark ULTRA",
            ),
            (
                "Lab quality",
                "CLIA POL compliance, daily QC slide review, QC and temp logs, reagent lot/expiration tracking, "
                "proficiency surveys, SOP manual upkeep",
            ),
            (
                "Software",
                "EMA (maps, path orders), Cerner CoPathPlus (hospital), Excel logs",
            ),
            (
                "Safety",
                "Bloodborne pathogens, SDS binder, xylene and formalin waste handling, spill kits",
            ),
        ],
    ),
    ("h", "Experience"),
    (
        "job",
        "Mohs Histotechnician - Palouse Skin Surgery & Dermatology, Coeur d'Alene, ID - Mar 2020 to Present",
    ),
    (
        "b",
        "Process every Mohs stage for two surgeons, 18-30 cases a day; average 20 minutes from tissue in the lab "
        "to slides on the scope.",
    ),
    (
        "b",
        "Orient and ink specimens, make relaxing cuts and flatten epidermis down so the whole peripheral and deep "
        "margin is in one section; complete margins on first pass 95%+ of the time.",
    ),
    (
        "b",
        "Embed in O.C.T. compound on the heat extractor and cut frozen sections on a Leica CM1950; fix chatter, "
        "holes and folds by adjusting blade angle, block temp and anti-roll plate.",
    ),
    (
        "b",
        "Run H&E on the Leica Autostainer XL with a frozen program I set up and verified; hand-stain toluidine "
        "blue when Dr. Ferreira wants it for basal cell cases.",
    ),
    (
        "b",
        "Draw Mohs maps and enter path orders in EMA; check slide labels against the map and requisition with two "
        "patient identifiers before slides leave the lab.",
    ),
    (
        "b",
        "Daily cryostat defrost and decon with 70% alcohol, weekly deep clean, blade and brush changes, monthly PM "
        "checklist; handled the Leica service call when the compressor failed in 2022 and kept the lab running "
        "on the backup Microm.",
    ),
    (
        "b",
        "Keep QC logs (daily control slide, reagent changes, lot numbers and expirations) and temperature charts "
        "for the cryostat, two fridges and the -20 freezer.",
    ),
    (
        "b",
        "Lab is a CLIA-certified physician office lab: rewrote the SOP manual in 2021, enroll us in the histology "
        "proficiency surveys, and prepared for two CMS surveys with no deficiencies.",
    ),
    (
        "b",
        "Package debulk and permanent specimens in 10% formalin with requisitions for the outside dermpath lab.",
    ),
    (
        "b",
        "Order all lab supplies; also refill the liquid nitrogen dewar for the clinic's cryotherapy guns and help "
        "room patients when the schedule runs light.",
    ),
    (
        "job",
        "Histology Technician (on-the-job trainee) - St. Brendan Regional Medical Center, Spokane, WA - "
        "Jun 2017 to Feb 2020",
    ),
    ("b", "Accessioned and gross-assisted surgical specimens, loaded the Tissue-Tek VIP processors overnight."),
    ("b", "Embedded paraffin blocks and cut on a Leica RM2235 rotary microtome, about 250 blocks a shift."),
    ("b", "Ran routine H&E on the Sakura Prisma and coverslipped on the Prisma's glass coverslipper."),
    ("b", "Cut intraoperative frozen sections for the OR on the CM1860 under the pathologist's direction."),
    ("b", "Stained AFB, GMS, iron and trichrome; loaded IHC runs on the Ventana BenchMark ULTRA."),
    ("b", "Covered the lab some weekends until 5 PM and logged all instrument maintenance for CAP inspection."),
    ("h", "Certifications & Training"),
    ("b", "HT(ASCP) - eligible through the on-the-job route; exam scheduled February 2027"),
    ("b", "BLS for Healthcare Providers (AHA), current through 08/2027"),
    ("b", "American Society for Mohs Surgery Histotechnology Course, Orlando FL, 2021"),
    ("b", "Bloodborne pathogens training, yearly"),
    ("b", "Annual TB test and hepatitis B series on file"),
    ("h", "Education"),
    ("p", "B.S., Biology - Columbia Plateau University, Cheney, WA, 2016"),
    ("h", "Memberships"),
    ("p", "National Society for Histotechnology (NSH), member since 2018"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
