#!/usr/bin/env python3
"""Build resume.pdf of the heldout16-tissue-bank-tech pair with the PDF writer of build_examples.py.

The technician moved from eye and tissue recovery (with a CEBT) into musculoskeletal allograft processing;
the processing bank still says "Class 100" for its ISO 5 hoods. posting.txt is pasted by hand from a
careers page and is not generated. Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "CELESTE M. OKAFOR"),
    (
        "contact",
        "Broken Arrow, OK 74012  |  (918) 555-0137  |  celeste.okafor@example.com  |  "
        "Relocating to the Kansas City area in 2027",
    ),
    ("h", "Summary"),
    (
        "p",
        "Tissue processing technician with seven years in tissue banking: four in an AATB-accredited "
        "musculoskeletal processing bank and three on the recovery team of an eye and tissue bank. Gowned aseptic "
        "processing in Class 100 hoods, freeze drying, graft packaging and donor chart review. I read a chart "
        "against AATB Standards and 21 CFR 1271 and flag what is missing before a lot goes to release, and I stay "
        "calm on a 2 a.m. recovery call.",
    ),
    ("h", "Certifications"),
    ("b", "Certified Eye Bank Technician (CEBT), Eye Bank Association of America - 2020"),
    ("b", "Certified Tissue Bank Specialist (CTBS), AATB - exam scheduled March 2027"),
    ("b", "Gowning certified for Class 100 processing, requalified every six months"),
    ("b", "BLS Provider, American Heart Association - 2025"),
    ("b", "Annual BBP and hazardous chemicals training; Hep B vaccinated"),
    ("h", "Skills"),
    (
        "b",
        "Allograft processing: femurs, tibias, humeri, hemi-pelvis; soft tissue (Achilles and patellar tendons, "
        "fascia lata); cortical struts, cancellous chips, crushed cancellous, DBM putty and fibers",
    ),
    (
        "b",
        "Equipment: band saw, bone mill, pulse lavage, sonication baths, VirTis Genesis freeze dryers, "
        "Planer Kryo 560 CRF, LN2 vapor-phase dewars, BSCs and LAF hoods, autoclave, Karl Fischer titrator",
    ),
    (
        "b",
        "Micro and EM: bioburden and final swab cultures, aerobic/anaerobic cultures (BacT/ALERT bottles), "
        "RODAC plates, settle plates, non-viable particle counts (Met One)",
    ),
    (
        "b",
        "Donor records: UDRAI review, IDT results and serologies, hemodilution worksheets, donor eligibility "
        "packets",
    ),
    (
        "b",
        "Quality and regulatory: AATB Standards, 21 CFR 1271 (HCT/P), GTP, EBAA Medical Standards, good "
        "documentation practice, deviations, NCRs, CAPA, lot records",
    ),
    ("b", "Software: TrackWise, MS Office (Excel, Word, Outlook), in-house donor database"),
    ("h", "Experience"),
    ("job", "Tissue Processing Technician II - Prairieland Tissue Services, Tulsa, OK - Jan 2022 to Present"),
    (
        "b",
        "Process six to ten musculoskeletal donors a month in Class 100 BSCs inside a Class 10,000 cleanroom, "
        "using aseptic technique from opening the recovery package to final pack.",
    ),
    (
        "b",
        "Cut and mill grafts on the band saw and bone mill: cortical struts, cancellous chips, crushed cancellous "
        "and DBM; cut and size Achilles and patellar tendons and fascia lata.",
    ),
    (
        "b",
        "Run the cleaning steps: pulse lavage, sonication, 3% H2O2 and 70% IPA soaks, and antibiotic soaks "
        "(bacitracin/polymyxin B).",
    ),
    (
        "b",
        "Pull bioburden samples before processing, plate aerobic/anaerobic cultures, and collect final swabs and "
        "sterility samples for our contract lab.",
    ),
    (
        "b",
        "Load and unload three VirTis Genesis freeze dryers; pull Karl Fischer residual moisture samples from "
        "every lot. Helped with the IQ/OQ of a fourth unit in 2024.",
    ),
    (
        "b",
        "Cryopreserved tendons in the Planer Kryo 560 CRF and moved them to LN2 vapor-phase storage.",
    ),
    (
        "b",
        "Package and label grafts and stage finished lots for low-dose gamma at the contract irradiator "
        "(STERIS AST).",
    ),
    (
        "b",
        "EM sampling on every processing day: non-viable particle counts, settle plates and RODAC plates.",
    ),
    (
        "b",
        "Write deviations and NCRs in TrackWise; helped close a CAPA on a freeze-dryer door seal failure.",
    ),
    (
        "b",
        "Assemble donor eligibility packets for the medical director (UDRAI, IDT results and serologies, "
        "hemodilution worksheets). Zero lot-record findings in our 2024 AATB inspection and 2025 FDA inspection.",
    ),
    (
        "job",
        "Recovery Technician / Eye Bank Technician - Red River Eye & Tissue Bank, Oklahoma City, OK - "
        "Jun 2019 to Dec 2021",
    ),
    (
        "b",
        "Recovered musculoskeletal tissue, skin (dermatome) and whole hearts for valve processing in hospital ORs "
        "and at the medical examiner's office as one of a two-person team, keeping a sterile field throughout.",
    ),
    (
        "b",
        "Corneal recovery (in-situ excision) with slit lamp and specular microscopy evaluation; earned the CEBT in "
        "2020.",
    ),
    (
        "b",
        "Drew donor blood for serologies and completed recovery paperwork to EBAA Medical Standards and AATB "
        "Standards.",
    ),
    (
        "job",
        "Forensic Autopsy Assistant - Central Oklahoma Forensic Center, Norman, OK - Aug 2017 to May 2019",
    ),
    (
        "b",
        "Assisted forensic pathologists with about 900 autopsies a year; evisceration, specimen collection, "
        "photography and chain of custody.",
    ),
    ("h", "Education"),
    ("p", "B.S., Biological Sciences (minor in Chemistry) - Cimarron State University, Stillwater, OK, 2017"),
    ("h", "Affiliations"),
    ("b", "Member, American Association of Tissue Banks (AATB)"),
    ("b", "Member, Eye Bank Association of America (EBAA)"),
    ("h", "Additional"),
    (
        "p",
        "Valid Oklahoma driver's license, clean record. Comfortable with on-call rotation and overnight recoveries.",
    ),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
