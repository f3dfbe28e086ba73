#!/usr/bin/env python3
"""heldout18-ihc-lead-htl: build resume.docx.

ATS-hostile layout on purpose: contact line in the page header, letter-spaced section
headings, and the technical skills laid out as a two-column Word table. The posting is
a hand-written plain-text file (posting.txt) and is not built here.

Run:  /work/main/.venv/bin/python build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Kelsey M. Aaltonen, HT(ASCP)  |  2207 East 7th Avenue, Hibbing, MN 55746  |  (218) 555-0163  |  kelsey.aaltonen@example.com"),
    ("name", "KELSEY M. AALTONEN, HT(ASCP)"),
    ("h", "P R O F I L E"),
    ("p", "HT(ASCP) histotechnician with 8 years in hospital and reference anatomic pathology labs, the last 5 as the "
          "primary immunohistochemistry tech for a 4-pathologist hospital lab. I brought HER2 dual ISH and the MMR panel "
          "in-house, wrote the IHC validation SOPs, and have trained every new tech on our IHC bench since 2022. "
          "Ready to step into a lead role in a high-volume IHC section."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "HT(ASCP) - Histotechnician, ASCP Board of Certification, 2018"),
    ("b", "QIHC(ASCP) - Qualification in Immunohistochemistry: application approved, exam scheduled November 2026"),
    ("b", "BLS - American Heart Association, 2025"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("IHC / ISH platforms", "Ventana BenchMark ULTRA (2 units); BenchMark XT (retired 2022); Leica BOND-MAX (backup at prior lab)"),
        ("Detection & retrieval", "OptiView and ultraView DAB detection; HIER (CC1, CC2) and protease digestion; antibody titration"),
        ("Markers", "Breast predictive markers (ER, PR, HER2 4B5) per ASCO/CAP; Ki-67 (30-9); MMR panel (MLH1, PMS2, MSH2, MSH6); "
                    "PD-L1 (SP263); p16, CK7/CK20, TTF-1, CDX2, GATA3, SOX10"),
        ("ISH", "INFORM HER2 Dual ISH; EBER ISH"),
        ("Special stains", "PAS, PAS-D, GMS, AFB, Fite, Masson trichrome, reticulin, Prussian blue, Congo red, mucicarmine, "
                           "Alcian blue pH 2.5, Verhoeff-Van Gieson, Giemsa, Brown-Hopps, Warthin-Starry; Dako Artisan Link Pro"),
        ("Controls & quality", "antibody validations, new-lot parallel testing, external positive and negative controls, on-slide controls, "
                               "multitissue control blocks, daily QC, CAP surveys, CAP ANP checklist"),
        ("Routine histology", "microtomy (3-4 µm), paraffin embedding, frozen sections (Leica CM1950), H&E on Leica ST5020/CV5030"),
        ("Systems & safety", "Sunquest CoPathPlus; barcode cassette and slide tracking; xylene and formalin handling; formaldehyde "
                             "monitoring (OSHA)"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Histotechnician II (IHC) - Iron Range Medical Center, Hibbing, MN - Apr 2021 to Present"),
    ("b", "Primary IHC tech for a 4-pathologist hospital AP lab: run 700-900 IHC slides a month on two Ventana BenchMark ULTRAs, "
          "with about 120 antibodies on the menu."),
    ("b", "Completed antibody validations for 22 new antibodies (20+ positive and negative cases each) for medical director sign-off."),
    ("b", "Set up new-lot parallel testing for every primary antibody and detection kit; logged results in the reagent binder and LIS."),
    ("b", "Built multitissue control blocks from residual tissue (tonsil, appendix, liver, placenta, breast) and cut the use of "
          "send-out control slides to zero."),
    ("b", "Brought HER2 dual ISH and the MMR panel in-house in 2023, cutting send-out turnaround from 9 days to 2."),
    ("b", "Ran CAP surveys for HER2, ER/PR and general IHC with 100% acceptable results since 2021."),
    ("b", "Lead tech for IHC during CAP inspections in 2022 and 2024; zero ANP checklist deficiencies."),
    ("b", "Wrote or revised 17 SOPs; run annual competencies for three histotechs as the supervisor's designee."),
    ("b", "Manage reagent inventory and standing orders for the IHC bench (about $210,000 a year)."),
    ("b", "Handle instrument maintenance and first-line troubleshooting on the BenchMarks before calling Roche service."),
    ("job", "Histotechnician - Arrowhead Reference Pathology, Duluth, MN - Jun 2018 to Apr 2021"),
    ("b", "Embedded and cut 160-200 blocks a day; H&E and coverslipping on the Leica ST5020/CV5030 workstation."),
    ("b", "Special stains bench two days a week, manual and on the Dako Artisan Link Pro."),
    ("b", "Ran the Leica BOND-MAX for overflow IHC and frozen sections for the outreach surgery center."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Biology (online, part-time) - Northern Pines State University - in progress, expected May 2027"),
    ("p", "A.A.S., Histotechnology - Mesabi Lakes Community College, Virginia, MN - 2018. NAACLS-accredited histotechnician program; "
          "clinical practicum at Iron Range Medical Center."),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "NSH Annual Symposium/Convention, 2024: IHC validation and troubleshooting workshops"),
    ("b", "Roche Tissue Diagnostics: BenchMark ULTRA advanced user course, 2022"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote heldout18-ihc-lead-htl/resume.docx")


if __name__ == "__main__":
    main()
