#!/usr/bin/env python3
"""Build resume.pdf for heldout27-plasma-qa (letter-spaced headings, two-column skills block)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "ALYSSA M. BRANDVOLD"),
    ("contact", "Aurora, CO 80012  |  (720) 555-0193  |  alyssa.brandvold@example.com  |  "
                "Relocated 08/2026 with my spouse's PCS to Buckley SFB"),
    ("h", "S U M M A R Y"),
    ("p", "Recent Medical Laboratory Technology graduate (A.A.S., May 2026) with two years on the donor floor of an "
          "IQPP-certified source plasma center and three years in cGMP medical device manufacturing. Meets CLIA "
          "qualifications for moderate complexity testing personnel. Looking for an entry-level Quality Associate or "
          "MLT role in plasma. MLT(ASCP) exam scheduled October 2026."),
    ("h", "S K I L L S"),
    ("cols", [
        ("Plasma Center:", "Quality & Compliance:"),
        ("Donor screening: DHQ, vitals, fingerstick", "cGMP, FDA-regulated manufacturing"),
        ("Total protein (Reichert TS Meter) and Hct", "GDP; standard operating procedures"),
        ("HemataSTAT II microhematocrit", "Nonconformance reports (NCRs), CAPA"),
        ("Venipuncture; Haemonetics NexSys", "Root cause analysis (5 Whys, fishbone)"),
        ("NDDR and CDCS checks", "Internal audits; document control"),
        ("Donor management system (DMS) entry", "IQ/OQ/PQ protocols; MasterControl"),
        ("Laboratory:", "Computer:"),
        ("QC and calibration checks", "MS Office (Excel, Word), SAP"),
        ("Proficiency survey samples", "Typing 55 wpm"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Plasma Center Technician II - VitaCore Plasma, Goldsboro, NC - 06/2024 to 07/2026 (part-time, 24-30 hrs/week)"),
    ("b", "Screened 40-60 donors per shift at an FDA-licensed, IQPP-certified source plasma center: reviewed DHQ "
          "answers, took vitals and weight, ran fingerstick total protein and Hct, and confirmed donor eligibility "
          "before sending each donor to the floor."),
    ("b", "Ran daily QC on the Reichert TS Meters and the HemataSTAT II and logged the calibration checks."),
    ("b", "Performed venipuncture and set up and monitored plasmapheresis on 14 Haemonetics NexSys machines; handled "
          "alarms, citrate reactions and other donor reactions per center procedure."),
    ("b", "Checked NDDR and CDCS before every new donor's first donation and entered deferrals in the donor "
          "management system."),
    ("b", "Collected and labeled samples for viral marker testing, NAT and SPE; moved bottles to the plasma freezer "
          "within the required time and recorded freezer temperatures twice a shift."),
    ("b", "Reviewed my donor files for completeness before they went to QA; fewest documentation errors on the floor "
          "in Q1 2026. Trained 6 new technicians as a donor floor trainer."),
    ("job", "Manufacturing Associate II - Brightwater Medical Products, Goldsboro, NC - 03/2021 to 05/2024"),
    ("b", "Assembled and packaged sterile IV administration sets in an ISO 13485-certified, FDA-registered plant "
          "under cGMP and 21 CFR Part 820."),
    ("b", "Completed device history records and line logbooks to GDP standards; back-up for document control "
          "(filing and retrieving controlled copies)."),
    ("b", "Opened nonconformance reports (NCRs) for line defects and supported root cause analysis and CAPA with the "
          "quality engineer."),
    ("b", "Executed IQ/OQ/PQ protocols for two new heat sealers as the production representative."),
    ("b", "Followed standard operating procedures and work instructions in MasterControl; kept my training records "
          "100% current."),
    ("b", "Took part in internal audits and one FDA inspection (2023, no 483 observations)."),
    ("h", "C L I N I C A L   R O T A T I O N S"),
    ("job", "MLT Clinical Practicum - Neuse Valley Regional Hospital, Goldsboro, NC - 01/2026 to 04/2026 (480 hours)"),
    ("b", "Rotated through chemistry and immunoassay (Roche cobas), hematology (Sysmex XN-1000), coag, urinalysis, "
          "blood bank (type and screen, crossmatch), microbiology and serology including RPR."),
    ("b", "Ran QC and reviewed Levey-Jennings charts; ran CAP proficiency survey samples with my preceptor; "
          "checked new reagent lots against the old lot before use."),
    ("b", "Passed the competency checklists for every section; performed phlebotomy in the outpatient draw room."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Medical Laboratory Technology - Wayne Coastal Community College, Goldsboro, NC - May 2026 "
          "(NAACLS-accredited program; GPA 3.7; Phi Theta Kappa)"),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "MLT(ASCP) - eligible; exam scheduled October 2026"),
    ("b", "BLS for Healthcare Providers - American Heart Association, 2025"),
    ("b", "OSHA Bloodborne Pathogens training - annual, most recent 03/2026"),
]


if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
