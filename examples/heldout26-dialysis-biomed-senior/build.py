#!/usr/bin/env python3
"""Build resume.docx for heldout26-dialysis-biomed-senior.

Layout that troubles an ATS: contact details only in the page header, letter-spaced
section headings, and the skills in a two-column table.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Darnell R. Okafor, CBET, CHT  |  2271 E. Brown Rd, Mesa, AZ 85213  |  (480) 555-0138  |  darnell.okafor@example.com"),
    ("name", "DARNELL R. OKAFOR"),
    ("p", "Lead Dialysis Biomedical Technician  -  relocating to West Michigan, spring 2027"),
    ("h", "P R O F E S S I O N A L   S U M M A R Y"),
    ("p", "Dialysis biomedical technician with 14 years in chronic kidney care: 3 years on the floor as a patient care "
          "technician and 11 on the biomed side, the last 5 as lead tech for 8 in-center HD clinics and a home program. "
          "I run the water room like it is a patient, because it is one. Strong on Fresenius machines, RO troubleshooting, "
          "water testing and getting clinics through state surveys without water findings."),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Dialysis equipment", "Fresenius 2008T and 2008K2 HD machines; NxStage home HD; Liberty Select cyclers; "
                               "Renatron II dialyzer reuse systems"),
        ("Water treatment", "Mar Cor and AmeriWater RO systems, twin carbon beds, water softeners, DI tanks, "
                            "endotoxin-retentive filters, distribution loop; hot-water disinfection and Minncare "
                            "disinfection with residual checks"),
        ("Water testing", "Total chlorine, hardness, pH, conductivity, TDS and % rejection trending; water cultures "
                          "and endotoxin (LAL) sampling; annual chemical analyses"),
        ("Concentrates", "Bicarb mixing tanks and central acid delivery; acid concentrate jug and bulk systems"),
        ("Test equipment", "Fluke ESA612, IBP HDM97 dialysate meter, Druck digital manometer, Myron L Ultrameter II"),
        ("Standards", "AAMI RD52 / RD62, ESRD CfC (CMS V-tags), NFPA 99, QAPI, plans of correction"),
        ("Systems", "TMS (Accruent), Excel, Outlook"),
        ("Safety", "LOTO, MSDS and chemical handling, bloodborne pathogens"),
    ]),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET - Certified Biomedical Equipment Technician, AAMI Credentials Institute, 2019"),
    ("b", "CHT - Certified Hemodialysis Technician, BONENT, 2013"),
    ("b", "CBNT (NANT) - application approved; exam scheduled March 2027"),
    ("h", "E X P E R I E N C E"),
    ("job", "Lead Biomedical Technician  |  Sonoran Kidney Centers, Mesa, AZ  |  Jun 2021 - Present"),
    ("b", "Technical lead for 8 in-center HD clinics and one home program: 212 Fresenius 2008T/2008K2 machines, "
          "NxStage home HD and Liberty Select cyclers."),
    ("b", "Plan and complete PMs, repairs and calibration for the region; 99% PM completion three years running and "
          "machine-related missed treatments down 38%."),
    ("b", "Installed and commissioned water rooms for two new clinics (Mar Cor RO, twin carbon beds, "
          "PEX distribution loop)."),
    ("b", "Own water testing for all 8 clinics: total chlorine before every shift, monthly water cultures and LAL, "
          "% rejection and TDS trending; no water V-tags in four state surveys."),
    ("b", "Wrote plans of correction for two equipment V-tags and closed both on resurvey; present water and machine "
          "data at the monthly QAPI meeting."),
    ("b", "Electrical safety checks on every machine annually and after repair, logged in TMS."),
    ("b", "Work recalls and manufacturer field notices from receipt to closure."),
    ("b", "Train and mentor 4 biomedical technicians; teach PCTs chlorine testing and water room safety."),
    ("job", "Biomedical Technician  |  Desert Valley Dialysis, Phoenix, AZ  |  Aug 2015 - May 2021"),
    ("b", "PMs, repairs and calibration on Fresenius 2008K and 2008T machines for 5 clinics."),
    ("b", "Troubleshoot electronics, plumbing and hydraulic faults from the schematics; board-level repair where "
          "Fresenius allowed it."),
    ("b", "Maintained Renatron II systems for dialyzer reuse until the program ended in 2019."),
    ("b", "Ran the hot-water disinfection and Minncare schedule for 5 RO systems and loops."),
    ("job", "Patient Care Technician  |  Desert Valley Dialysis, Phoenix, AZ  |  Mar 2012 - Jul 2015"),
    ("b", "Cannulation, machine setup and monitoring for 12-14 patients per shift; pre-treatment total chlorine and "
          "conductivity checks."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Electronics Technology - East Valley Community College, Mesa, AZ, 2015"),
    ("h", "T R A I N I N G"),
    ("b", "Fresenius 2008T Technical Service Training, Fresenius Medical Services, 2016"),
    ("b", "NxStage service school, 2020"),
    ("b", "Mar Cor Dialysis Water Systems Service School, 2021"),
    ("b", "AAMI Water Quality for Dialysis course, 2022"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
