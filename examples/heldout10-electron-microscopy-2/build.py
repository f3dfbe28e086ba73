#!/usr/bin/env python3
"""Build posting.pdf of the heldout10-electron-microscopy-2 pair with the PDF writer of build_examples.py.

The resume of this pair is Markdown (resume.md) and is edited by hand.
Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Electron Microscopy Technologist II"),
    (
        "contact",
        "Harrowgate University Medical Center  |  Department of Pathology  |  Columbus, OH  |  Req. 26-04417  |  "
        "Full time, days",
    ),
    ("h", "About the laboratory"),
    (
        "p",
        "The Renal and Neuromuscular Pathology Laboratory at Harrowgate University Medical Center reads about 2,400 "
        "renal biopsies, 450 muscle biopsies and 150 nerve biopsies a year for our own hospitals and for 40 referring centers "
        "in four states. Our diagnostic electron microscopy suite supports patient care, resident teaching and "
        "funded research, and the laboratory has been CAP-accredited since 1994.",
    ),
    ("h", "Position summary"),
    (
        "p",
        "The Electron Microscopy Technologist II prepares, sections, stains and images tissue for diagnostic "
        "transmission electron microscopy (TEM), keeps the instruments in good order and helps train new staff, "
        "pathology residents and fellows.",
    ),
    ("h", "Responsibilities"),
    (
        "b",
        "Perform specimen accessioning for renal, nerve, muscle and ciliary biopsies in our laboratory information "
        "system (Epic Beaker Anatomic Pathology).",
    ),
    (
        "b",
        "Divide renal biopsy cores under a dissecting microscope for light microscopy, immunofluorescence and "
        "electron microscopy.",
    ),
    (
        "b",
        "Process tissue for TEM: primary fixation in glutaraldehyde, osmium tetroxide post-fixation, dehydration and "
        "epoxy resin embedding; run microwave-assisted processing on the PELCO BioWave for rush cases.",
    ),
    ("b", "Retrieve tissue from paraffin blocks for EM when no fixed tissue was submitted."),
    (
        "b",
        "Cut 1-micron thick sections stained with toluidine blue for the pathologist to select areas, then cut "
        "ultrathin sections on Leica EM UC7 ultramicrotomes with diamond knives; make glass knives.",
    ),
    (
        "b",
        "Pick up sections on copper grids and Formvar-coated slot grids and perform grid staining with uranyl "
        "acetate and lead citrate.",
    ),
    (
        "b",
        "Image grids on our JEOL JEM-1400 series TEM with Gatan cameras and DigitalMicrograph software; measure "
        "glomerular basement membrane thickness in ImageJ.",
    ),
    (
        "b",
        "Process ciliary biopsies for primary ciliary dyskinesia and perform negative staining of fluid specimens "
        "for viral particles.",
    ),
    (
        "b",
        "Carry out routine microscope care, including filament changes, and arrange service visits with the "
        "manufacturer's field engineer.",
    ),
    ("b", "Keep quality control records and documentation to the CAP Anatomic Pathology checklist."),
    (
        "b",
        "Handle, store and dispose of osmium tetroxide, uranyl acetate and epoxy resins under the chemical hygiene "
        "plan, working in a chemical fume hood with the right PPE; uranyl acetate waste goes through the Radiation "
        "Safety Office.",
    ),
    ("h", "Required qualifications"),
    ("b", "Bachelor's degree in biology, chemistry or a related science."),
    ("b", "Two years of hands-on experience in electron microscopy, including ultramicrotomy."),
    ("b", "Knowledge of laboratory safety, including OSHA standards for hazardous chemicals."),
    ("h", "Preferred qualifications"),
    ("b", "HT(ASCP) or HTL(ASCP) certification."),
    ("b", "Experience in a histology laboratory."),
    ("b", "Scanning electron microscopy (SEM), including critical point drying and sputter coating."),
    ("b", "Immunogold labeling for research projects."),
    ("b", "Experience in a diagnostic laboratory working under CLIA."),
    ("h", "Schedule and pay"),
    (
        "p",
        "Monday to Friday, 8 AM to 4:30 PM, no weekends. Salary range $58,000 to $74,000 a year, depending on "
        "experience and certification.",
    ),
    ("h", "Benefits"),
    (
        "p",
        "Medical, dental and vision plans; 403(b) retirement plan with university match; 22 days of paid time off "
        "plus university holidays; tuition benefit for employees and dependants; relocation assistance for "
        "qualified candidates.",
    ),
    (
        "p",
        "Harrowgate University Medical Center is an equal opportunity, affirmative action employer. All qualified "
        "applicants will receive consideration for employment without regard to race, color, religion, sex, sexual "
        "orientation, gender identity, national origin, disability or protected veteran status. Apply online at "
        "careers.harrowgate.example.com by referencing Req. 26-04417.",
    ),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf in", HERE.name)
