#!/usr/bin/env python3
"""Build resume.docx of the heldout7-biorepository pair with the DOCX writer of build_examples.py.

The section headings are letter-spaced ("E X P E R I E N C E"), as many Word resume templates write them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("name", "TEODORA M. LINDQVIST"),
    ("contact", "Cincinnati, OH 45219  |  (513) 555-0137  |  teodora.lindqvist@example.com"),
    ("h", "S U M M A R Y"),
    (
        "p",
        "Biorepository technician with five years of biospecimen processing and storage in an NCI-designated "
        "cancer center biobank and a clinical trials central laboratory. I own a sample from accessioning to "
        "shipment: PBMC isolation, nucleic acid extraction, aliquoting and long-term storage, with a clean "
        "chain of custody and audit-ready records.",
    ),
    ("h", "S K I L L S"),
    (
        "b",
        "Processing: whole blood to serum, plasma and buffy coat; PBMC isolation (Ficoll-Paque density gradient, "
        "SepMate tubes); trypan blue counts on the Countess II; PBMCs frozen in Mr. Frosty containers",
    ),
    (
        "b",
        "Molecular: nucleic acid extraction on the QIAsymphony SP; NanoDrop One; RNA integrity number on the "
        "Agilent 2100 Bioanalyzer",
    ),
    ("b", "Tissue: flash-frozen tissue in OCT; formalin-fixed paraffin-embedded (FFPE) blocks and slides"),
    (
        "b",
        "Storage: -80 °C freezers (Thermo TSX series), liquid nitrogen vapor-phase tanks (MVE 1500 series), "
        "TempTrak alarm response",
    ),
    ("b", "Automation: Tecan Fluent 780 (wrote and validated aliquoting scripts)"),
    ("b", "Systems: caTissue Suite, OnCore, Excel (pivot tables, VLOOKUP)"),
    (
        "b",
        "Quality and regulations: Good Clinical Practice (ICH E6), GCLP, CAP BAP checklist, ISBER Best Practices, "
        "standard operating procedures, deviation reports, corrective and preventive actions",
    ),
    ("h", "E X P E R I E N C E"),
    ("job", "Biorepository Technician II - Queen City Cancer Institute Biobank, Cincinnati, OH - Jun 2021 to Present"),
    (
        "b",
        "Accessioned and processed about 11,000 specimens a year (blood, urine, tissue) for 60+ therapeutic and "
        "correlative trials.",
    ),
    (
        "b",
        "Centrifuged, aliquoted and labeled 2,000+ cryovials a week; cut median draw-to-freeze time from 2 hours "
        "to 55 minutes.",
    ),
    ("b", "Isolated PBMCs from 25-30 draws a week with a 92% median post-thaw viability."),
    (
        "b",
        "Maintained chain of custody for 380,000 stored aliquots in caTissue Suite and wrote the freezer-map "
        "clean-up plan that closed 1,400 location discrepancies.",
    ),
    ("b", "Led the annual inventory reconciliation of 14 freezers and 3 tanks; 99.96% location accuracy in 2024."),
    (
        "b",
        "Answered 40+ TempTrak alarms; moved samples during two compressor failures with no sample loss. "
        "Scheduled freezer defrosts and PMs with Facilities.",
    ),
    ("b", "Verified informed consent and future-use restrictions in OnCore before every distribution."),
    (
        "b",
        "Prepared the biobank for its first CAP BAP inspection (2023, zero deficiencies); wrote or revised 18 "
        "standard operating procedures.",
    ),
    ("b", "Covered the 11 AM - 7:30 PM late processing shift twice a week for the evening surgical cases."),
    ("job", "Clinical Trials Laboratory Technician - Meridian Central Laboratory Services, Covington, KY - Aug 2019 to May 2021"),
    ("b", "Accessioned about 250 sponsor kits a day from sites in 31 countries; resolved query discrepancies with site staff."),
    (
        "b",
        "Packed frozen shipments on dry ice (UN1845) and Category B biological substances for sponsors and "
        "reference labs; no rejected shipments in 2020.",
    ),
    ("b", "Ran nucleic acid extraction on the QIAsymphony SP for 3 pharmacogenomics studies (about 6,000 samples)."),
    ("b", "Worked in a Class II BSC for all open-tube handling."),
    ("b", "Hosted 9 sponsor audits with no critical findings."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Biological Sciences - Miami Valley State University, Oxford, OH, 2019"),
    ("h", "C E R T I F I C A T I O N S   &   T R A I N I N G"),
    ("b", "IATA Dangerous Goods Certification - Saf-T-Pak, 2024 (renewed every two years)"),
    ("b", "CITI human subjects research training (Biomedical track) and Good Clinical Practice course, 2025"),
    ("b", "OSHA Bloodborne Pathogens, annual"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote resume.docx in", HERE.name)
