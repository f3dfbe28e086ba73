#!/usr/bin/env python3
"""Build resume.docx of the heldout16-au-medical-scientist pair with the DOCX writer of build_examples.py.

A US-trained MLS(ASCP) generalist moving to Australia. Section headings are letter-spaced
("E X P E R I E N C E") and the technical skills are a two-column table. The resume keeps US
wording (hematology, blood bank, CBC, CAP/CLIA, LIS); the posting (posting.txt) uses Australian
wording. Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("name", "CAITLIN M. OKAFOR, MLS(ASCP)CM"),
    (
        "contact",
        "Sacramento, CA - relocating to Victoria, Australia, February 2027  |  (916) 555-0137  |  "
        "+61 4 0000 0137  |  caitlin.okafor@example.com",
    ),
    ("h", "P R O F E S S I O N A L   S U M M A R Y"),
    (
        "p",
        "Generalist Medical Laboratory Scientist with seven years in hospital labs, the last four as lead tech on "
        "the hematology and blood bank benches of a 420-bed Level II trauma center. Comfortable as the only tech "
        "in the building on nights, covering CBCs, coag, blood bank and STAT chemistry. My family is moving to "
        "Australia (permanent residency granted, subclass 189) and I am looking for a hematology and blood bank "
        "role in a regional lab.",
    ),
    ("h", "C E R T I F I C A T I O N   &   L I C E N S U R E"),
    (
        "b",
        "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2019; CMP current through 2028",
    ),
    ("b", "California Clinical Laboratory Scientist (CLS) license, generalist - active through 2027"),
    (
        "b",
        "AIMS skills assessment (ANZSCO 234611) - application submitted October 2026, outcome expected "
        "January 2027",
    ),
    ("b", "California driver's license"),
    ("h", "T E C H N I C A L   S K I L L S"),
    (
        "table",
        [
            (
                "Hematology",
                "Sysmex XN-Series (XN-2000, XN-1000) with SP-10 slide maker; CellaVision DM96\n"
                "Peripheral smear review, manual diffs, RBC morphology, retics, body fluid cell counts\n"
                "Sed rate (Westergren), Monospot, thick and thin malaria smears, BinaxNOW Malaria",
            ),
            (
                "Coag",
                "Stago STA R Max and STA Compact Max: PT/INR, aPTT, fibrinogen, D-dimer, heparin anti-Xa, "
                "mixing studies\nTEG 6s for trauma and OB hemorrhage",
            ),
            (
                "Blood Bank",
                "ABO/Rh typing, antibody screen, antibody panels, DAT, acid elutions\n"
                "Crossmatch: immediate spin, AHG and electronic crossmatch\n"
                "Ortho Vision analyzers and BioVue gel cards; tube testing\n"
                "Prenatal workups; Rh immune globulin (RhIG) dosing with rosette fetal screen and "
                "Kleihauer-Betke\nTransfusion reaction workups; massive transfusion protocol; blood product "
                "inventory",
            ),
            (
                "Quality",
                "Daily QC with Westgard rules and Bio-Rad Unity Real Time; CAP surveys (proficiency testing); "
                "CAP/CLIA inspection readiness; AABB Standards; MediaLab document control; RL Datix occurrence "
                "reports",
            ),
            (
                "Systems",
                "Epic Beaker LIS; Haemonetics SafeTrace Tx; Data Innovations Instrument Manager",
            ),
            ("STAT chemistry", "Beckman Coulter AU680, Access 2 (troponin, BNP)"),
        ],
    ),
    ("h", "E X P E R I E N C E"),
    (
        "job",
        "Lead Medical Laboratory Scientist, Hematology & Blood Bank - Sierra Oaks Regional Medical Center, "
        "Sacramento, CA - Jun 2022 to Present",
    ),
    (
        "b",
        "Lead tech for the hematology and blood bank benches of a 420-bed Level II trauma center; about 1,100 "
        "CBCs and 60 type and screens a day.",
    ),
    (
        "b",
        "Sole technologist on the night shift two nights a week, covering hematology, coag, blood bank and STAT "
        "chemistry for the hospital and ED.",
    ),
    (
        "b",
        "Issue blood products for trauma and OB hemorrhage under the massive transfusion protocol; first cooler "
        "out in under 10 minutes.",
    ),
    (
        "b",
        "Work up antibody panels, positive DATs and transfusion reactions, and write hemovigilance reports for "
        "the transfusion committee; blood bank representative on the hospital PBM committee.",
    ),
    (
        "b",
        "Manage blood product inventory and standing orders with the American Red Cross; cut platelet outdates "
        "28% in 2024.",
    ),
    (
        "b",
        "Prenatal workups (ABO/Rh, antibody screen, rosette and Kleihauer-Betke) for RhIG dosing on the L&D "
        "service.",
    ),
    (
        "b",
        "Validated a second Ortho Vision and the CellaVision DM96 (precision, accuracy, correlation); wrote "
        "14 SOPs.",
    ),
    (
        "b",
        "Review QC and CAP surveys and document corrective action; CAP and AABB inspections in 2023 and 2025 "
        "with zero blood bank deficiencies.",
    ),
    ("b", "Call critical values to nurses and providers with read-back; train new hires and MLS students."),
    (
        "job",
        "Medical Laboratory Scientist (Generalist) - Delta View Community Hospital, Stockton, CA - "
        "Jul 2019 to May 2022",
    ),
    ("b", "Rotated through hematology, coag, UA, chemistry and blood bank in a 180-bed hospital."),
    (
        "b",
        "CBCs with manual diffs, sed rates, Monospot and malaria smears; referred abnormal smears for "
        "pathologist review.",
    ),
    ("b", "Daily maintenance and first-line troubleshooting on the XN-1000 and STA Compact Max."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Clinical Laboratory Science - University of the Central Valley, Fresno, CA, 2018"),
    (
        "p",
        "Clinical Laboratory Scientist Trainee Program (California-approved, 12 months) - Sierra Oaks Regional "
        "Medical Center, 2018-2019",
    ),
    ("h", "A F F I L I A T I O N S"),
    ("b", "American Society for Clinical Laboratory Science (ASCLS), member since 2018"),
    ("b", "AABB, individual member since 2022"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote resume.docx in", HERE.name)
