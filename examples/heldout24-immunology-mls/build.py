#!/usr/bin/env python3
"""Build resume.docx for heldout24-immunology-mls.

Layout that troubles an ATS: contact details in the page header, letter-spaced section
headings, and the skills block in a two-column table.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Danielle R. Whitacre, MLS(ASCP)CM  |  318 Laurel Ridge Road, Easton, PA 18042  |  (610) 555-0138  |  danielle.whitacre@example.com"),
    ("name", "DANIELLE R. WHITACRE, MLS(ASCP)CM"),
    ("h", "S U M M A R Y"),
    ("p", "Medical laboratory scientist with 9 years of clinical experience, the last 6 in a hospital immunology "
          "section that also takes outreach work. Daily bench work in autoimmune serology, celiac and allergy "
          "serology and specific proteins, and the section's go-to person for IIF pattern questions. Relocating "
          "to the lower Hudson Valley in spring 2026."),
    ("h", "C E R T I F I C A T I O N   &   L I C E N S U R E"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2016; CMP current through 2027"),
    ("b", "SI(ASCP) Specialist in Immunology - exam scheduled April 2026"),
    ("b", "New York State Clinical Laboratory Technologist license - application submitted January 2026, pending NYSED review"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Autoimmune IIF", "ANA by IIF on HEp-20-10 (EUROIMMUN) with endpoint titration and ICAP AC-code reporting; "
                           "CLIFT for anti-dsDNA; ANCA on ethanol and formalin neutrophils; EMA IgA on monkey esophagus; "
                           "epifluorescence microscopy (EUROStar III Plus)"),
        ("IIF automation", "IF Sprinter slide processor; EUROPattern Suite"),
        ("ELISA / CIA", "ELISA on Dynex DSX and Agility: ENA, MPO and PR3, glomerular basement membrane, tissue "
                        "transglutaminase IgA, deamidated gliadin IgG, cyclic citrullinated peptide IgG; "
                        "chemiluminescent immunoassay (CLIA) on the BIO-FLASH"),
        ("Multiplex", "Multiplex flow immunoassay on the BioPlex 2200: ANA Screen, Vasculitis and Celiac IgA panels"),
        ("Specific proteins", "Nephelometry on the Siemens BN II: quantitative immunoglobulins, complement C3/C4, RF, "
                              "haptoglobin; Freelite kappa/lambda; SPEP and IFE on Sebia HYDRASYS 2"),
        ("Allergy", "ImmunoCAP on the Phadia 250: sIgE and total IgE"),
        ("Quality", "QC review with Westgard multirule and L-J charts in Bio-Rad Unity Real Time; calibration; "
                    "CalVer/AMR; reagent lot-to-lot studies; method validations; CAP surveys; CAP and NYSDOH "
                    "inspection readiness"),
        ("Systems", "Epic Beaker (laboratory information system); DI Instrument Manager; auto-verification rules"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Medical Laboratory Scientist II, Immunology - Helios Regional Medical Center, Allentown, PA - Aug 2019 to Present"),
    ("b", "Screen and titer about 450 ANAs a day by IIF; review every EUROPattern Suite classification and sign out "
          "patterns with ICAP AC codes."),
    ("b", "Run the ELISA, BIO-FLASH and BioPlex 2200 benches for the autoimmune, celiac and vasculitis workups "
          "sent in by 40 outreach clients; keep the daily run under a 24-hour TAT."),
    ("b", "Led the method validations for the BioPlex 2200 Vasculitis panel and the Phadia 250 (precision, accuracy, "
          "reportable range, reference interval transfer); both went live on schedule."),
    ("b", "Perform instrument maintenance and troubleshooting on the BN II, Phadia 250, BioPlex 2200 and IF Sprinter; "
          "cut repeat service calls on the IF Sprinter from 9 to 2 a year by rewriting the daily maintenance checklist."),
    ("b", "Super-user for the 2022 Epic Beaker go-live; wrote and tested 46 auto-verification rules for the section."),
    ("b", "Serve as the laboratory liaison to the rheumatology and allergy clinics for add-on, reflex and send-out questions."),
    ("b", "Perform competency assessments for 7 technologists and train MLS students from two affiliated programs."),
    ("b", "Prepared the section for two CAP inspections and a NYSDOH permit inspection (the hospital holds a New York "
          "permit for its NY outreach patients) with no immunology deficiencies."),
    ("b", "Follow OSHA bloodborne pathogens and chemical hygiene practices; section safety representative since 2023."),
    ("job", "Medical Laboratory Scientist (Generalist) - Lackawanna Valley Hospital, Scranton, PA - Jun 2016 to Jul 2019"),
    ("b", "Evening-shift generalist across hematology, chemistry, urinalysis and coagulation, with backup blood bank coverage."),
    ("b", "Ran RF, CRP and mono screens in the small serology area; performed QC and calibration on the Beckman Coulter AU680."),
    ("b", "Precepted new graduates on the evening shift."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Clinical Laboratory Science - Keystone Highlands University, Bethlehem, PA, 2016 (NAACLS-accredited program; "
          "clinical practicum at Lackawanna Valley Hospital)"),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "ASCP SI exam review course, 2025"),
    ("b", "EUROIMMUN IIF pattern recognition workshop, Lubeck (virtual), 2023"),
    ("b", "ICAP anti-cell pattern webinar series, 2021 to 2024"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")


if __name__ == "__main__":
    main()
