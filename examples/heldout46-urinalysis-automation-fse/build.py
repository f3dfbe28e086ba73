"""Build posting.docx and resume.pdf for heldout46-urinalysis-automation-fse.

Layout quirks: the posting is a DOCX with the job title as a large first line and the requisition line
under it; the resume is a PDF with certifications straight under the summary, skills in two columns
(labels ending ':') and a Continuing Education block at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Field Service Engineer II \u2013 Urinalysis & Body Fluid Automation"),
    ("p", "Kestrel Diagnostics, Inc.  |  Field-based, Mid-Atlantic territory (Philadelphia, Wilmington, Baltimore)  |  "
          "Full-time  |  Requisition FS-24-1187"),
    ("h", "About Kestrel Diagnostics"),
    ("p", "Kestrel Diagnostics designs and manufactures in vitro diagnostic (IVD) systems for urinalysis and body "
          "fluid testing. Our urine chemistry, urine particle and modular workcell systems run in more than 2,300 "
          "hospital, reference and physician office laboratories across North America, and our field service team "
          "is a big part of why customers keep choosing us. Kestrel is privately held and headquartered in "
          "Raleigh, NC."),
    ("h", "Position Summary"),
    ("p", "The Field Service Engineer II is the customer's primary on-site technical contact for installation, "
          "preventive maintenance (PM), troubleshooting and repair of Kestrel urine chemistry strip readers, urine "
          "sediment and flow particle analyzers, and automated urine workcells within an assigned territory of about "
          "140 installed systems. You will work independently, represent Kestrel at the customer site, and follow our "
          "medical device quality system on every call."),
    ("h", "Key Responsibilities"),
    ("b", "Install new systems at customer sites: uncrating, leveling, fluidic priming, software configuration, and "
          "installation qualification (IQ) and operational qualification (OQ) documentation before hand-off to the "
          "laboratory."),
    ("b", "Perform scheduled preventive maintenance and field calibration on urine chemistry analyzers (reflectance "
          "photometry), specific gravity refractometer modules and flow cytometry-based urine particle analyzers, "
          "including laser power checks, sheath fluidics and flow cell cleaning."),
    ("b", "Diagnose and repair electromechanical, pneumatic, fluidic, optical and electronic faults to board level or "
          "module level using schematics, service manuals, a digital multimeter, an oscilloscope and the Kestrel "
          "remote diagnostics portal."),
    ("b", "Connect analyzers and workcells to the customer's Laboratory Information System (LIS) and middleware "
          "(Data Innovations Instrument Manager, Sysmex WAM, or equivalent); troubleshoot HL7, ASTM E1394 / CLSI "
          "LIS2-A2, TCP/IP and RS-232 serial interfaces together with hospital IT."),
    ("b", "Deliver customer training for laboratory staff and key operators on daily maintenance, quality control "
          "(QC), calibration and basic troubleshooting; support customers through method comparison and verification "
          "studies and CAP and CLIA inspection readiness."),
    ("b", "Document every service event, part and labor hour in ServiceMax within 24 hours, following Good "
          "Documentation Practices (GDP)."),
    ("b", "Follow Kestrel's complaint handling procedures: recognize, document and escalate product complaints and "
          "potential adverse events under 21 CFR Part 820 (QMSR) and 21 CFR Part 803 Medical Device Reporting (MDR); "
          "support complaint investigations, root cause analysis and CAPA."),
    ("b", "Carry out field change orders (FCOs), software upgrades and field safety corrective actions as directed by "
          "Technical Support."),
    ("b", "Work safely in the laboratory: OSHA Bloodborne Pathogens Standard (29 CFR 1910.1030), instrument "
          "decontamination, electrostatic discharge (ESD) precautions and lockout/tagout."),
    ("b", "Manage a trunk stock of spare parts and return defective parts under RMA within 10 business days."),
    ("b", "Share a rotating after-hours and weekend on-call schedule with the regional team."),
    ("h", "Required Qualifications"),
    ("b", "Associate degree in electronics technology, biomedical equipment technology, medical laboratory technology, "
          "or a related field, or equivalent military technical training (e.g., Army 68A Biomedical Equipment "
          "Specialist, Navy Electronics Technician)."),
    ("b", "Two or more years servicing laboratory instruments or medical devices, OR three or more years of clinical "
          "laboratory bench experience that includes urinalysis or body fluid testing."),
    ("b", "Working knowledge of basic electronics, fluidics, and Windows PC and network troubleshooting."),
    ("b", "Understanding of quality control, calibration and laboratory safety in a CLIA-certified laboratory."),
    ("b", "Valid driver's license with a clean driving record; ability to travel up to 50% within the territory, with "
          "occasional overnight stays."),
    ("b", "Ability to lift 50 lb and to stand for extended periods."),
    ("h", "Preferred Qualifications"),
    ("b", "Bachelor's degree in Biomedical Engineering, Electrical Engineering or Medical Laboratory Science."),
    ("b", "MLT(ASCP) or MLS(ASCP) certification, or CBET from AAMI."),
    ("b", "Hands-on experience with automated urinalysis systems such as Sysmex UN-Series, Siemens CLINITEK Novus, "
          "Beckman Coulter DxU Iris or ARKRAY AUTION ELEVEN."),
    ("b", "Body fluid cell counting on hematology analyzers (for example, Sysmex XN-Series body fluid mode)."),
    ("b", "CompTIA A+ or Network+ certification."),
    ("b", "Experience under ISO 13485 or another FDA-regulated quality management system."),
    ("b", "Familiarity with CLSI GP16 (urinalysis) and CLSI H56 (body fluid analysis) guidelines."),
    ("h", "Schedule, Pay and Benefits"),
    ("b", "Monday to Friday, generally 8:00 AM to 5:00 PM in the customer's time zone, plus the on-call rotation."),
    ("b", "Base salary $78,000 to $96,000, on-call pay and an annual bonus."),
    ("b", "Company vehicle, mobile phone, laptop and tool kit."),
    ("b", "Medical, dental and vision insurance; 401(k) with 6% match; 20 days PTO; tuition reimbursement."),
    ("b", "Ten weeks of paid factory training at our Raleigh, NC technical center."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Kestrel Diagnostics is an equal opportunity employer. All qualified applicants will receive consideration "
          "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
          "origin, disability, protected veteran status, or any other characteristic protected by law. If you need a "
          "reasonable accommodation during the application process, contact talent@kestreldx.example."),
]

RESUME = [
    ("name", "DANIELLE R. OKAFOR, MLT(ASCP)"),
    ("contact", "412 Perkiomen Avenue, Reading, PA 19602  |  (610) 555-0147  |  danielle.okafor@example.com"),
    ("h", "Summary"),
    ("p", "Medical laboratory technician with eight years in a hospital clinical laboratory, the last five as key operator "
          "for the urinalysis and body fluid bench, and two and a half years before that as a field service "
          "technician on production printers and mailing systems. Comfortable with fluidics, electromechanical "
          "troubleshooting and instrument interfaces, and used to explaining instruments to the people who run "
          "them. Looking for an IVD field service role in the Mid-Atlantic; open to 50% travel."),
    ("h", "Certifications"),
    ("b", "MLT(ASCP), ASCP Board of Certification, 2018"),
    ("b", "CompTIA A+: Core 1 passed Aug 2026; Core 2 exam scheduled Jan 2027"),
    ("b", "OSHA BBP and chemical hygiene training, annual"),
    ("b", "Pennsylvania driver's license, clean driving record"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Laboratory instruments:", "Electronics and IT:"),
        ("Sysmex UN-2000: UC-3500, UF-5000, UD-10", "DMM (Fluke 87V), Tektronix scope"),
        ("Sysmex XN-1000 with BF mode", "Schematics and service manuals"),
        ("Beckman Coulter iQ200 (backup analyzer)", "Board-level swaps, harnesses, sensors"),
        ("CLINITEK Status+ at outpatient sites", "Pneumatics, vacuum pumps, solenoid valves"),
        ("Refractometer, manual microscopy", "Fluidics: peristaltic pumps, sheath filters"),
        ("Quality and compliance:", "Windows 10/11, TCP/IP, RS-232 serial"),
        ("QC, Westgard rules, Levey-Jennings", "Epic Beaker LIS, HL7 and ASTM messages"),
        ("CAP and CLIA inspections", "Data Innovations IM middleware"),
        ("Root cause analysis, corrective action", "ESD-safe handling, LOTO"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Laboratory Technician II, Urinalysis and Body Fluids Key Operator - St. Brendan Regional Medical "
            "Center, Reading, PA - Jun 2018 to Present"),
    ("b", "Key operator for the Sysmex UN-2000 urine line (UC-3500 chemistry, UF-5000 fluorescence flow cytometry, "
          "UD-10 imaging): about 350 urinalyses a day, plus manual microscopic review of flagged urine sediment."),
    ("b", "Do daily and weekly maintenance, flow cell and probe cleaning, and calibration; assisted the Sysmex engineer "
          "on 12 semiannual PMs and two software upgrades, and replaced sheath filters, syringes and pinch valves "
          "under phone guidance from Sysmex technical support."),
    ("b", "Cut UA turnaround from 74 to 41 minutes by moving manual reflex microscopy to the UD-10 and rewriting "
          "autoverification rules in Data Innovations IM."),
    ("b", "Ran the body fluid verification study when the lab moved body fluid cell counts from the hemocytometer to "
          "the Sysmex XN-1000 BF mode: 120 samples, method comparison against manual counts, carryover and linearity."),
    ("b", "Worked with hospital IT on the 2022 Epic Beaker go-live: mapped 64 urinalysis test codes, moved the UN-2000 "
          "from an RS-232 serial link to a TCP/IP connection, and traced HL7 and ASTM message errors with the Beaker "
          "analyst."),
    ("b", "Trained 26 technologists and lab assistants on daily maintenance, QC and troubleshooting; wrote 14 SOPs for "
          "the UA and body fluid bench."),
    ("b", "Reviewed QC daily with Westgard rules; wrote corrective action reports with root cause analysis for 30 QC "
          "failures; bench lead for CAP inspections in 2020, 2022 and 2024 with no urinalysis deficiencies."),
    ("b", "Member of the lab safety committee; decontaminated analyzers before every service visit and kept the "
          "decontamination log."),
    ("b", "Cross-trained on hematology analyzers and microbiology set-up, including weekend MDR organism screening "
          "cultures (CRE, VRE)."),
    ("job", "Field Service Technician - Keystone Business Systems (Canon and Ricoh dealer), Allentown, PA - "
            "Mar 2014 to Aug 2016"),
    ("b", "Installed, repaired and serviced about 180 production printers, folder-inserters and mailing systems for "
          "60 customers across the Lehigh Valley; 6-8 calls a day."),
    ("b", "Diagnosed electromechanical, paper-path and vacuum feed faults with schematics, service manuals, a DMM and "
          "a scope; board-level swaps on controllers and power supplies."),
    ("b", "Ran preventive maintenance on a 90-day cycle; first-time fix rate 87%."),
    ("b", "Set up network printing and scan-to-email on customer networks (TCP/IP, static IPs, SMB)."),
    ("b", "Managed a $40,000 trunk stock and returned defective boards under RMA."),
    ("b", "Ran key operator training at customer sites after every install."),
    ("h", "Education"),
    ("p", "A.A.S., Medical Laboratory Technology - Berks Valley Community College, Reading, PA, 2018. Clinical "
          "practicum at St. Brendan Regional Medical Center."),
    ("p", "Diploma, Electronics Technology - Lehigh Technical Institute, Allentown, PA, 2014."),
    ("h", "Continuing Education"),
    ("b", "Sysmex UN-Series key operator course, Sysmex America, Lincolnshire, IL, 2019"),
    ("b", "ASCLS webinar: CLSI GP16-A3 urinalysis guideline update, 2023"),
    ("b", "CompTIA A+ Core 1 and Core 2 prep course, 2026"),
    ("b", "PA Society for Clinical Laboratory Science annual meeting, 2024 - body fluid morphology workshop"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
