"""Build resume.pdf for heldout40-lab-instrument-csv-validation.

Layout quirks: two-page PDF; a two-column skills block straight after the profile (instruments on the
left, systems and compliance on the right, so text extraction reads the two columns across each line);
instruments written by brand and model rather than by class (Acquity UPLC, Sievers M9, 905 Titrando);
the applicant writes "computer system validation", "Part 11", "CDS", "KF" and "GC" as analysts do; a
"CSV" that means comma-separated values; an early job at Alcoa (the aluminium company); the ASQ CQA
exam is scheduled, not passed; training and certifications come after education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Caleb M. Varga"),
    ("contact", "Apex, NC 27502  |  (919) 555-0138  |  caleb.varga@example.com  |  linkedin.com/in/caleb-varga-qc"),
    ("h", "Profile"),
    ("p", "QC chemist turned laboratory systems validation lead. Nine years in regulated laboratories, the last "
          "four and a half at a generic oral solid dose manufacturer where I moved from release and stability "
          "testing into analytical instrument qualification and computer system validation for the QC labs. "
          "I have written and executed the protocols, run the instruments myself, and defended the packages in "
          "front of an FDA investigator. Looking for a role that is fully focused on qualification and lab "
          "systems validation."),
    ("h", "Instruments and Systems"),
    ("cols", [
        ("Instruments (qualified and used):", "Lab systems and compliance:"),
        ("HPLC: Waters Alliance e2695, Agilent 1260", "Empower 3 FR5 (CDS administrator)"),
        ("Waters Acquity UPLC H-Class (PDA, QDa)", "Agilent OpenLab CDS 2.x (GC)"),
        ("GC: Agilent 8890 FID, 7697A headspace", "STARLIMS 11 (LIMS)"),
        ("Distek 2500 dissolution baths", "TrackWise Digital (deviations, CAPA)"),
        ("Cary 60 UV-visible spectrophotometer", "Kneat Gx paperless validation"),
        ("KF: Metrohm 851 coulometric, Mettler V30S", "GAMP 5 (2nd ed.), USP <1058>"),
        ("Metrohm 905 Titrando (potentiometric)", "Part 11 and EU GMP Annex 11"),
        ("Thermo Nicolet iS5 FT-IR (ATR)", "ICH Q9 risk assessment"),
        ("Sievers M9 TOC (USP <643>)", "Audit trail review, periodic review"),
        ("Mettler Toledo XPR microbalances", "Excel spreadsheet validation"),
        ("pH meters, conductivity meters", "URS, IQ/OQ/PQ, traceability"),
        ("ICH stability chambers (Caron)", "Minitab 21, Excel, SharePoint"),
    ]),
    ("h", "Experience"),
    ("job", "Lab Systems Validation Specialist (QC Chemist III) - Harwell Laboratories, Inc., Wilson, NC - "
            "Mar 2022 to present"),
    ("b", "Wrote and executed IQ/OQ/PQ for 63 QC instruments (HPLC, Acquity UPLC, GC, KF, dissolution, FT-IR, "
          "TOC, balances) under USP <1058> and the site analytical instrument qualification SOP, including "
          "requalification after two lab relocations."),
    ("b", "Computer system validation lead for the Empower 3 FR4 to FR5 upgrade (2023): validation plan, URS, "
          "functional risk assessment using failure mode and effects analysis, test scripts, traceability "
          "matrix and validation summary report, following a GAMP 5 Category 4 approach; authored and "
          "executed all protocols in Kneat Gx."),
    ("b", "Configured Empower user types, privileges and audit trail settings for Part 11 and EU GMP Annex 11 "
          "compliance; run quarterly audit trail review and annual periodic reviews for 14 lab systems."),
    ("b", "Verified CDS backup/restore and archive retrieval with site IT after the 2024 move to virtual servers; "
          "wrote the disaster recovery test script."),
    ("b", "Carried out dissolution mechanical calibration to ASTM E2503 on six Distek 2500 baths (paddles and "
          "baskets, USP <711>) every six months; maintained the calibration schedule for 40 lab instruments."),
    ("b", "Coordinated thermal mapping of nine ICH stability chambers and three walk-in rooms with an outside "
          "contractor; reviewed data and wrote the summary reports."),
    ("b", "Validated 46 Excel spreadsheet calculation templates (dissolution, assay, KF) and moved them to "
          "locked, version-controlled workbooks."),
    ("b", "Owned change control, deviations and CAPA for lab systems in TrackWise Digital; led a data integrity "
          "gap assessment of 22 stand-alone instruments against the FDA data integrity guidance (2018) and "
          "the MHRA GXP guidance, closing 31 of 34 gaps."),
    ("b", "Lab systems subject matter expert during the 2024 FDA pre-approval inspection (no 483 observations for "
          "QC) and two customer audits."),
    ("b", "Set up the weekly export of Empower system suitability results to CSV files for trending in Minitab."),
    ("job", "QC Chemist II - Harwell Laboratories, Inc., Wilson, NC - Jun 2019 to Feb 2022"),
    ("b", "Release and stability testing of tablets and capsules by HPLC, UPLC, GC (residual solvents, "
          "USP <467>), KF, UV and dissolution; 21 CFR 211 and cGMP laboratory controls."),
    ("b", "Method validation and transfer of 9 HPLC assay and related-substance methods per ICH Q2(R1)."),
    ("b", "Led Phase I laboratory investigations for OOS results (about 15 a year)."),
    ("b", "Wrote or revised 25 SOPs; peer reviewer for data and GDocP on the stability team."),
    ("b", "Entered and reviewed results in STARLIMS; super-user for the 2020 STARLIMS stability module rollout."),
    ("job", "QC Analyst I - Piedmont Contract Pharma Services, Morrisville, NC - Aug 2017 to May 2019"),
    ("b", "Raw material and finished product testing for CDMO clients: FT-IR identification, KF, pH, "
          "potentiometric titration, TOC on the Sievers M9, and dissolution."),
    ("b", "Performed daily balance checks on Mettler Toledo XPR microbalances and weekly pH meter calibration."),
    ("job", "Laboratory Technician - Alcoa Warrick Operations, Newburgh, IN - Jul 2015 to Jul 2017"),
    ("b", "Alloy chemistry by spark OES, ICP-OES and XRF for the casting and rolling mill; ISO 9001 and "
          "ISO/IEC 17025 laboratory records."),
    ("h", "Education"),
    ("p", "B.S., Chemistry (ACS-approved) - University of Southern Indiana, Evansville, IN, 2015"),
    ("h", "Training and Certifications"),
    ("b", "ASQ Certified Quality Auditor (CQA) - exam scheduled March 2027"),
    ("b", "ISPE GAMP 5 Second Edition: A Risk-Based Approach to Compliant GxP Computerized Systems, 2023"),
    ("b", "Waters Empower 3 System Administration (3-day course), 2022"),
    ("b", "Data Integrity for QC Laboratories, ECA Academy (online), 2021"),
    ("h", "Affiliations"),
    ("p", "ISPE member, Carolina-South Atlantic Chapter; attends the local GAMP community of practice meetings."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
