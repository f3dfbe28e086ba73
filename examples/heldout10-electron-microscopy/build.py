#!/usr/bin/env python3
"""Build posting.pdf of the heldout10-electron-microscopy pair with the PDF writer of build_examples.py.

Run with a Python that has fpdf2. The resume is Markdown and is not built here.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Electron Microscopy Technologist II - Renal and Neuromuscular Pathology"),
    (
        "contact",
        "Northlake University Health - Department of Pathology, Electron Microscopy Laboratory - Evanston, IL\n"
        "Requisition 26-04418  |  Full-time, 40 hours  |  Monday-Friday, 7:00 AM - 3:30 PM  |  Posted October 2, 2026",
    ),
    ("h", "About Northlake University Health"),
    (
        "p",
        "Northlake University Health is an academic medical center with 780 beds, a regional kidney transplant "
        "program and a neuromuscular referral clinic. The Electron Microscopy Laboratory processes about 1,400 "
        "diagnostic cases a year for our own nephrologists and neurologists and for outside hospitals, and "
        "supports research groups across the medical school. The laboratory works alongside pathologists, "
        "residents and pathologists' assistants (PAs).",
    ),
    ("h", "Position summary"),
    (
        "p",
        "The Electron Microscopy Technologist II prepares, sections, stains and images diagnostic specimens for "
        "transmission electron microscopy (TEM), keeps the laboratory's instruments in service and helps train "
        "residents and new staff.",
    ),
    ("h", "Essential duties"),
    (
        "b",
        "Accession and process renal biopsies, peripheral nerve biopsies, muscle biopsies and endomyocardial "
        "biopsies for TEM.",
    ),
    (
        "b",
        "Fix tissue in glutaraldehyde, post-fix in osmium tetroxide, carry out graded ethanol dehydration and "
        "propylene oxide transition, and embed in epoxy resin (Embed 812), by hand or on the automated tissue "
        "processor (Leica EM TP).",
    ),
    ("b", "Cut semi-thin sections and stain them with toluidine blue so the pathologist can select areas."),
    (
        "b",
        "Perform ultramicrotomy: cut ultrathin sections with diamond knives on a Leica EM UC7 and make glass "
        "knives on the knifemaker.",
    ),
    (
        "b",
        "Pick up sections on copper grids or formvar-coated slot grids; perform grid staining with uranyl "
        "acetate and lead citrate, or with UranyLess where required.",
    ),
    (
        "b",
        "Operate the JEOL JEM-1400Flash and capture digital images with the AMT camera system; measure "
        "glomerular basement membrane thickness; file images and reports in the LIS (Epic Beaker AP).",
    ),
    ("b", "Reprocess paraffin blocks for EM when no glutaraldehyde-fixed tissue is available."),
    (
        "b",
        "Cut frozen sections on the cryostat for direct immunofluorescence on renal biopsies.",
    ),
    (
        "b",
        "Perform routine microscope maintenance: filament changes, cold trap filling with liquid nitrogen, "
        "column alignment and service logs.",
    ),
    (
        "b",
        "Handle osmium tetroxide, uranyl acetate and other hazardous chemicals in the fume hood; dispose of "
        "hazardous waste and radioactive waste following the chemical hygiene plan.",
    ),
    (
        "b",
        "Take part in quality assurance for CAP accreditation (CAP Anatomic Pathology checklist); track "
        "turnaround time.",
    ),
    (
        "b",
        "Support research projects, including scanning electron microscopy (SEM), negative staining and "
        "immunogold labeling.",
    ),
    ("h", "Required qualifications"),
    ("b", "Bachelor's degree in biology, chemistry, or a related science."),
    ("b", "Two years of electron microscopy experience in a clinical or research laboratory."),
    ("b", "Demonstrated skill in ultramicrotomy."),
    ("h", "Preferred qualifications"),
    ("b", "HT(ASCP) or HTL(ASCP) certification."),
    ("b", "Experience in renal pathology."),
    ("b", "Working knowledge of CLIA regulations."),
    ("b", "Image analysis with ImageJ and figure preparation in Adobe Photoshop."),
    ("b", "Membership in the Microscopy Society of America (MSA)."),
    ("h", "Physical demands"),
    (
        "p",
        "Fine hand-eye coordination for sectioning; able to sit at the ultramicrotome or microscope for long "
        "periods and to lift 25 lbs.",
    ),
    ("h", "Compensation and benefits"),
    (
        "p",
        "Pay range $62,000 - $78,500 per year depending on experience. Medical, dental and vision plans; 403(b) "
        "with employer contribution; 22 days paid time off; tuition benefits; paid ASCP exam fees.",
    ),
    (
        "p",
        "Northlake University Health is an equal opportunity and affirmative action employer. Qualified "
        "applicants will receive consideration for employment without regard to race, color, religion, sex, "
        "sexual orientation, gender identity, national origin, disability or protected veteran status. This "
        "position is subject to a background check.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf in", HERE.name)
