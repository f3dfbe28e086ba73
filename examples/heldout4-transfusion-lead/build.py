#!/usr/bin/env python3
"""Build resume.docx of the heldout4-transfusion-lead pair with the writers of examples/build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("name", "Renata K. Vasquez-Lindqvist, MLS(ASCP)CM, BB(ASCP)CM"),
    ("contact", "York, PA 17403  |  (717) 555-0158  |  renata.vlindqvist@example.com"),
    ("h", "Summary"),
    (
        "p",
        "Blood bank technologist with nine years in hospital transfusion services, six of them at a Level I "
        "trauma center. Senior day-shift technologist who takes the hard workups, trains new staff and keeps "
        "the inspection binders. Ready for a lead role.",
    ),
    ("h", "Certifications"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2016"),
    ("b", "Technologist in Blood Banking, BB(ASCP)CM - ASCP Board of Certification, 2020"),
    ("b", "Completed the AABB eCast SBB review series, 2025"),
    ("h", "Skills"),
    (
        "table",
        [
            (
                "Serology",
                "Antibody ID (panels, selected cells, enzyme and DTT treatment), acid elutions, antigen "
                "typing, direct antiglobulin tests, computer crossmatch, rosette fetal screens with "
                "Rh immune globulin dose calculations",
            ),
            (
                "Instruments",
                "Ortho Vision Max (2 analyzers), Immucor Echo Lumena, TEG 6s, Rad Source RS 3400 "
                "irradiator, Helmer refrigerators and platelet incubators",
            ),
            (
                "Components",
                "MTP coordination with trauma surgery, irradiated components, NICU syringe aliquots, "
                "washed and volume-reduced products, inventory management and outdate reduction",
            ),
            (
                "Quality and regulatory",
                "AABB Standards for Blood Banks and Transfusion Services, FDA cGMP "
                "(21 CFR 606), CAP Transfusion Medicine checklist, biological product "
                "deviation reports, installation, operational and performance "
                "qualification, NHSN Hemovigilance Module, SOP writing, competency "
                "assessments",
            ),
            ("Systems", "Cerner PathNet Blood Bank Transfusion; Epic"),
        ],
    ),
    ("h", "Experience"),
    (
        "job",
        "Senior Medical Technologist, Transfusion Service - Susquehanna "
        "Regional Medical Center, York, PA  |  "
        "2019 - present",
    ),
    ("b", "Senior tech on days for a Level I trauma center issuing about 22,000 components a year."),
    (
        "b",
        "Resolve complex antibody ID cases (multiple alloantibodies, warm autoantibodies with acid elutions) "
        "and antigen typing of donor units for sickle cell patients.",
    ),
    (
        "b",
        "Run MTP activations with the trauma bay: cooler packing, product ratios, post-event review and "
        "wastage reporting; cut plasma outdates by 31% through inventory management changes.",
    ),
    ("b", "Prepare irradiated components on the Rad Source RS 3400 and NICU syringe aliquots."),
    (
        "b",
        "Lead transfusion reaction workups with the medical director and file biological product deviation "
        "reports; enter events in the NHSN Hemovigilance Module.",
    ),
    (
        "b",
        "Wrote the installation, operational and performance qualification protocol for two new Ortho Vision "
        "Max analyzers and the TEG 6s.",
    ),
    (
        "b",
        "Keep the CAP Transfusion Medicine checklist and AABB assessment binders; 2024 AABB assessment with "
        "zero nonconformances on the bench.",
    ),
    (
        "b",
        "Run annual competency assessments for 18 staff; SOP writing for the MTP and the emergency release "
        "procedure.",
    ),
    (
        "job",
        "Medical Technologist, Blood Bank and Generalist - Codorus Valley Hospital, Hanover, PA  |  "
        "2016 - 2019",
    ),
    (
        "b",
        "Blood bank on evenings: type and screen, computer crossmatch, direct antiglobulin tests, rosette "
        "fetal screens, Immucor Echo Lumena maintenance.",
    ),
    ("b", "Covered hematology and chemistry as a generalist."),
    ("h", "Education"),
    ("p", "B.S., Medical Technology - Keystone Ridge University, Shippensburg, PA, 2016"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", (HERE / "resume.docx").relative_to(HERE.parent.parent))
