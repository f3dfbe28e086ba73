#!/usr/bin/env python3
"""Build resume.docx for heldout23-hemecoag-fse-senior.

Layout: contact line in the DOCX page header, technical skills in a two-column table.
The posting (posting.txt) is hand-written. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Teresa M. Vandergriff, MLS(ASCP)CM SH(ASCP)CM  |  27 Kresson Road, Cherry Hill, NJ 08003  |  "
                "(856) 555-0138  |  t.vandergriff@example.com"),
    ("name", "TERESA M. VANDERGRIFF"),
    ("p", "Laboratory Instrument Specialist  |  Hematology & Coagulation"),
    ("h", "Profile"),
    ("p", "Medical laboratory scientist with 18 years in hospital hematology and coagulation, the last 7 as the Laboratory "
          "Instrument Specialist for a four-hospital health system. First call for two Sysmex XN-9000 lines, six Sysmex "
          "CS-5100 and two Werfen ACL TOP 750 CTS coag analyzers. I handle first- and second-level repairs in house, work "
          "faults through with OEM phone support, and run the verification studies when new instruments arrive. Looking "
          "for a service engineering role with a manufacturer."),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM, ASCP Board of Certification (originally certified as MT(ASCP), 2008)"),
    ("b", "SH(ASCP)CM, Specialist in Hematology, 2016"),
    ("b", "CompTIA A+: Core 1 passed September 2026; Core 2 exam scheduled February 2027"),
    ("h", "Technical Skills"),
    ("table", [
        ("Hematology", "Sysmex XN-9000 (XN-10 modules, SP-50 slide maker/stainer, DI-60) and XN-1000; CellaVision DM96; "
                       "Abbott CELL-DYN Sapphire (2008-2016); sed rate analyzer (ALCOR iSED)"),
        ("Coagulation", "Sysmex CS-5100; Werfen ACL TOP 750 CTS; Stago STA-R Evolution (2008-2016). PT/INR, PTT, fibrinogen, "
                        "D-dimer, heparin anti-Xa, dRVVT, factor VIII and IX activity assays, VWF antigen and activity"),
        ("Measurement principles", "Impedance (Coulter principle); fluorescent flow cytometry (WDF, WNR, RET channels); "
                                   "clot detection: turbidimetric on CS-5100 and ACL TOP, viscosity-based on STA-R"),
        ("Hands-on repair", "PMs alongside the OEM; aspiration probes, pinch valves, syringe seals, shear valve cleaning, "
                            "flow cell clogs and bubbles, rack sampler jams, CS-5100 halogen lamp replacement; fluidics and "
                            "pneumatics leak checks; DMM (Fluke 117); basic schematic reading"),
        ("Quality", "Analyzer calibration and calibration verification; Westgard multirules, L-J charts, Bull's algorithm (XbarM); CAP and CLIA compliance; method verification "
                    "per CLSI H26-A2 and EP15-A3"),
        ("Systems", "Epic Beaker LIS; Data Innovations Instrument Manager (autoverification rules); Sysmex SNCS; HL7 "
                    "interface testing; Windows 10 instrument PCs"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Laboratory Instrument Specialist - Delaware Valley Health Partners Core Laboratory, Voorhees, NJ - 2019 to Present"),
    ("b", "First call for hematology analyzers and coag analyzers across one core lab and three hospital labs "
          "(about 1.1 million CBCs and 400,000 coag tests a year)."),
    ("b", "Provide first- and second-level in-house service: decontaminate the analyzer, swap probes, valves and seals, and "
          "clear flow cell clogs before calling the OEM; resolved 71% of faults without a service visit in 2025."),
    ("b", "Partnered with Sysmex and Werfen field service engineers on 140+ service visits: prepped the instrument, "
          "documented the fault history and ran post-repair performance verification."),
    ("b", "Led the install and method verification of two XN-9000 lines on the TLA track and six CS-5100s "
          "(precision, carryover, AMR verification, method comparison)."),
    ("b", "Hit 99.4% hematology analyzer uptime in 2025 across 14 analyzers."),
    ("b", "Wrote 38 autoverification rules in Data Innovations Instrument Manager and worked LIS interface outages with the "
          "Epic Beaker team and IT, reading HL7 message logs."),
    ("b", "Kept the Sysmex SNCS connection up for external QC review."),
    ("b", "Led CAP inspection readiness for hematology and coag; the 2025 CAP inspection closed with zero instrument deficiencies."),
    ("b", "Trained 60+ MLS and MLT staff on daily maintenance and troubleshooting; wrote 45 maintenance SOPs, including the "
          "analyzer decontamination and biohazard tagging procedure. Complete annual BBP training."),
    ("job", "Hematology Lead Technologist - St. Brendan Regional Medical Center, Camden, NJ - 2014 to 2019"),
    ("b", "Ran the hematology and coag bench: CBC with 5-part diff, retics, NRBC and body fluid counts; PT/INR, PTT, "
          "fibrinogen and D-dimer on the Stago STA-R Evolution."),
    ("b", "Led the 2016 replacement of the CELL-DYN Sapphire with Sysmex XN-1000s; reviewed smears on CellaVision DM96."),
    ("b", "Managed QC with Westgard multirules and L-J charts; added Bull's algorithm (XbarM) review."),
    ("b", "Ran specialty coag: dRVVT, factor VIII and IX activity assays, VWF panels."),
    ("job", "Medical Laboratory Scientist (generalist) - St. Brendan Regional Medical Center, Camden, NJ - 2008 to 2014"),
    ("b", "Rotated through hematology, coag, chemistry, UA and blood bank on the evening shift."),
    ("h", "Education"),
    ("p", "B.S., Medical Laboratory Science - Delaware River University, 2008"),
    ("p", "A.A.S., Electronics Engineering Technology (evening program) - Cooper River Community College: in progress, expected May 2027"),
    ("h", "Training"),
    ("b", "Sysmex XN-9000 key operator course, Sysmex America, 2019"),
    ("b", "Werfen ACL TOP key operator training, 2021"),
    ("b", "Sysmex CS-5100 advanced operator course, 2020"),
    ("h", "Affiliations"),
    ("p", "ASCLS, member since 2008"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")


if __name__ == "__main__":
    main()
