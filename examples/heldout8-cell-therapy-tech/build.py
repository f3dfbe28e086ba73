#!/usr/bin/env python3
"""Build resume.pdf of the heldout8-cell-therapy-tech pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "ANNIKA S. LINDQVIST, MT(ASCP)"),
    ("contact", "2210 Bamber Valley Rd SW, Rochester, MN 55902  |  (507) 555-0164  |  annika.lindqvist@example.com"),
    ("h", "Summary"),
    (
        "p",
        "Cell therapy technologist with 10 years in a FACT-JACIE accredited HPC processing laboratory and 6 years of "
        "blood bank experience before that. Processes HPC(A), HPC(M) and cord blood products for autologous and "
        "allogeneic transplant, DLI and commercial immunotherapy products. Calm in the clean room, careful with "
        "paperwork, and the person new staff shadow for cryopreservation and bedside thaws. Relocating to the Tampa "
        "Bay area in early 2027.",
    ),
    ("h", "Certifications"),
    ("b", "MT(ASCP), ASCP Board of Certification, 2009"),
    ("b", "FACT-JACIE Standards and inspector preparation course, 2022"),
    ("b", "IATA dangerous goods shipping (biological substances and dry shippers), renewed 2025"),
    ("h", "Technical Skills"),
    (
        "b",
        "Processing: HPC processing, volume reduction, plasma depletion, RBC depletion, buffy coat preparation, "
        "CD34 selection on the CliniMACS Plus, Cytiva Sepax C-Pro",
    ),
    (
        "b",
        "Cryopreservation: dimethyl sulfoxide (10% final) freezing media, Thermo Scientific CryoMed 7452 freezers, "
        "vapor-phase LN2 storage (MVE 1500 series), LN2 dry shipper packing, water-bath and bedside thaws",
    ),
    (
        "b",
        "Testing: TNC counts on the Sysmex XN-L, single-platform ISHAGE CD34+ counts and 7-AAD on a BD FACSCanto II "
        "(flow cytometry), trypan blue exclusion, BacT/ALERT product cultures",
    ),
    (
        "b",
        "Clean room: ISO 7 clean room gowning, aseptic technique in a Class II BSC, viable and non-viable "
        "environmental monitoring",
    ),
    ("b", "Labeling and systems: ISBT 128, Cerner PathNet Blood Bank, Microsoft Excel, MasterControl"),
    (
        "b",
        "Regulatory: FACT-JACIE, AABB, 21 CFR Part 1271, Good Tissue Practice (GTP), CAP surveys, "
        "installation, operational and performance qualification",
    ),
    ("h", "Professional Experience"),
    (
        "job",
        "Cell Therapy Technologist III - Zumbro Valley Medical Center, Cell Therapy Lab, Rochester, MN - "
        "Aug 2016 to Present",
    ),
    ("b", "Process about 450 HPC(A), HPC(M) and cord blood units a year for adult and pediatric transplant programs."),
    (
        "b",
        "Cryopreserve products with dimethyl sulfoxide in CryoMed controlled freezing runs; manage a 6-tank vapor-phase "
        "LN2 inventory of 9,000+ bags with zero unplanned temperature excursions.",
    ),
    ("b", "Perform bedside thaws and deliver products for infusion on the transplant unit; prepare DLI doses."),
    ("b", "Receive, store and release Kymriah, Yescarta and Breyanzi shipments for the immunotherapy clinic."),
    (
        "b",
        "Run TNC counts, ISHAGE CD34+ counts and 7-AAD and trypan blue exclusion tests; collect BacT/ALERT product "
        "cultures.",
    ),
    ("b", "Ship and receive unrelated donor products with Be The Match couriers and dry shippers."),
    (
        "b",
        "Write deviation reports and corrective and preventive actions; revised 31 SOPs before the 2023 FACT-JACIE "
        "and AABB inspections, both with no processing citations.",
    ),
    (
        "b",
        "Lead QC, scheduled maintenance and installation, operational and performance qualification of two new "
        "CryoMed freezers and a Sepax C-Pro.",
    ),
    ("b", "Graded 100% acceptable on CAP surveys for CD34+ counts since 2018."),
    ("job", "Blood Bank Technologist - Prairie Lakes Hospital, Mankato, MN - Jun 2010 to Jul 2016"),
    ("b", "ABO/Rh, antibody screens and identification, crossmatches and product issue for a 260-bed hospital."),
    ("b", "Thawed plasma and irradiated products; kept blood bank QC and temperature logs."),
    ("job", "Laboratory Assistant (PT, 20 hrs/wk) - North Star Reference Laboratory, St. Paul, MN - 2006 to 2008"),
    ("b", "Accessioned and centrifuged specimens while finishing my degree."),
    ("h", "Education"),
    ("p", "B.S., Biology, minor in Chemistry - Bluestem State University, Mankato, MN, 2008"),
    ("p", "Medical Technology post-baccalaureate certificate (NAACLS-accredited) - Prairie Lakes Hospital School of Medical Technology, 2009"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
