#!/usr/bin/env python3
"""Build resume.docx for heldout19-ua-body-fluids-lead (contact in the page header, skills in a two-column table)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Danielle R. Hartley, MLS(ASCP)CM  |  Rockford, IL 61107  |  (815) 555-0163  |  danielle.hartley@example.com"),
    ("name", "Danielle R. Hartley"),
    ("h", "Summary"),
    ("p", "Medical Laboratory Scientist with 10 years of hospital experience, the last 7 on the urinalysis and body fluids "
          "bench of a 420-bed regional core lab. Go-to person for urine sediment, CSF and joint fluid counts, crystal "
          "identification and PVSA; I run the section's QC review, PT and competency files and led our move to a "
          "fully automated UA line. Looking for a lead role in an academic medical center."),
    ("h", "Certifications"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2016 (CMP current through 2028)"),
    ("b", "Diplomate in Laboratory Management, DLM(ASCP) - eligible; exam scheduled for March 2027"),
    ("b", "Lean Six Sigma Green Belt - coursework in progress, Rock Valley Workforce Institute (expected January 2027)"),
    ("h", "Technical Skills"),
    ("table", [
        ("Urinalysis", "Sysmex UN-2000 (UC-3500 urine chemistry + UF-5000 urine particle analyzer); Siemens CLINITEK Novus "
                       "and CLINITEK Status+; dipstick-to-micro correlation; urine sediment microscopy, bright-field and "
                       "phase-contrast microscopy; SSA protein; urine pregnancy tests; Hemoccult"),
        ("Body Fluids", "Body fluid cell counts and diffs on CSF, synovial fluid and pleural, peritoneal and pericardial fluid; "
                        "Sysmex XN-1000 BF mode; Neubauer chamber counts; Cytospin 4 slide prep"),
        ("Crystals", "Crystal identification with a polarizing microscope and first-order red compensator (MSU, CPPD, "
                     "cholesterol, steroid crystals)"),
        ("Semen", "PVSA: sperm presence and motility per AUA guidelines"),
        ("Quality", "QC review with L-J charts and Westgard multirules; corrective action; cal ver; PT (CAP Clinical "
                    "Microscopy and urinalysis surveys); competency assessment; method verification; reference range studies"),
        ("Systems", "Cerner PathNet LIS; Sysmex WAM; auto-verification and reflex rules; PolicyStat document control; Excel"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist II, Urinalysis & Body Fluids - Iris Valley Medical Center, Rockford, IL - Aug 2019 to Present"),
    ("b", "Bench MLS and technical resource for the UA/body fluids section of a 420-bed core lab; about 350 UAs and 25 body fluids per day."),
    ("b", "Led the 2021 move from CLINITEK Novus with manual micro review to the Sysmex UN-2000; wrote the verification plan, ran "
          "240-sample correlations and built reflex rules that cut manual microscopic reviews by 41%."),
    ("b", "Wrote and maintain 60+ auto-verification rules in Sysmex WAM and the LIS; ED UA TAT dropped from 52 to 31 minutes."),
    ("b", "Review daily QC and monthly L-J charts for the section, document corrective action and write up PT investigations."),
    ("b", "Assess competency for 22 MLS and MLT staff across the six CLIA elements, including direct observation of urine micro "
          "and body fluid counts and blind crystal challenges."),
    ("b", "Set up the polarizing microscope with a red compensator and a photo atlas for synovial fluids; no crystal PT failures since 2020."),
    ("b", "Brought PVSA in-house from a reference lab and wrote the SOPs to the AUA guidelines."),
    ("b", "Perform daily, weekly and monthly analyzer maintenance and troubleshoot the UN-2000 and XN-1000 with Sysmex tech support."),
    ("b", "Call critical results with read-back; section lead for the 2022 and 2024 CAP inspections and the 2023 TJC survey; "
          "served on a CAP peer inspection team in 2025."),
    ("b", "Precept MLS students during their UA/body fluids rotation."),
    ("job", "Medical Technologist (Generalist) - Northgate Community Hospital, Freeport, IL - Jun 2016 to Jul 2019"),
    ("b", "Rotated through hematology, chemistry, coagulation and UA on evening shift in a 90-bed hospital."),
    ("b", "Ran UAs on the CLINITEK Status+ with manual micro review, and counted body fluids on the Neubauer chamber."),
    ("b", "Department safety representative: OSHA BBP training, chemical hygiene plan updates and spill drills."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Northern Prairie University, DeKalb, IL, 2016 (NAACLS-accredited program)"),
    ("h", "Volunteer"),
    ("p", "Volunteer advocate, Winnebago County CASA (Court Appointed Special Advocates), 2020 to Present"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
