"""Build posting.docx and resume.pdf for heldout48-surgical-power-tools-repair-tech.

Layout quirks: the posting is a DOCX with bold-free headings and bullet lists; the resume is a PDF with
the skills in two columns (labels ending ':'), certifications after experience.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Surgical Power Tool Repair Technician II - Depot Service"),
    ("p", "Allegheny Surgical Repair Group  |  Canonsburg, PA (on-site)  |  Full-time, non-exempt  |  Req. 24-117"),
    ("h", "About Us"),
    ("p", "Allegheny Surgical Repair Group is an independent repair depot registered with FDA and certified to "
          "ISO 13485. We repair powered surgical equipment, rigid endoscopes and hand instruments for more than 400 "
          "hospitals and ambulatory surgery centers in the Mid-Atlantic, with a 10-business-day turnaround and a "
          "12-month warranty on every repair."),
    ("h", "Position Summary"),
    ("p", "The Repair Technician II evaluates, repairs and tests orthopedic, neuro and small-bone power equipment, "
          "battery systems and consoles. You will work from OEM service documentation, prove every repair on our "
          "test fixtures and keep the quality records a medical device servicer needs. You will also help decide "
          "when a job stays within servicing and when it becomes remanufacturing."),
    ("h", "Essential Duties and Responsibilities"),
    ("b", "Evaluate, disassemble, repair and reassemble powered surgical instruments: large-bone and small-bone "
          "drills, sagittal saws, reciprocating saws, acetabular reamers, high-speed neuro drills, "
          "cranial perforators and their attachments."),
    ("b", "Service equipment from Stryker (System 8, CORE 2 console), DePuy Synthes (Colibri II, TRS), "
          "Medtronic Midas Rex (MR8, IPC console), ConMed Hall and MicroAire."),
    ("b", "Diagnose and replace brushless DC motors, Hall-effect sensors, gearboxes and bearings; rebuild to OEM "
          "specifications from exploded views."),
    ("b", "Perform final performance testing: speed with a laser tachometer, stall torque with a torque analyzer "
          "and electrical safety testing per IEC 62353 with a Fluke ESA612 or "
          "equivalent analyzer."),
    ("b", "Test and rebuild battery packs (NiMH and lithium-ion) and verify chargers with a Cadex battery analyzer; "
          "package lithium batteries for shipment under the IATA Dangerous Goods Regulations."),
    ("b", "Confirm that each repair keeps the device compatible with reprocessing per the manufacturer's instructions "
          "for use (IFU): steam sterilization to ANSI/AAMI ST79, low-temperature hydrogen peroxide sterilization and "
          "washer-disinfector cycles. Use only sterilization-compatible lubricants and materials (for example "
          "PEEK and passivated stainless steel)."),
    ("b", "Decontaminate incoming devices under the OSHA Bloodborne Pathogens Standard (29 CFR 1910.1030) before "
          "teardown."),
    ("b", "Apply FDA's 2024 guidance on remanufacturing of medical devices to each job and escalate work that would "
          "significantly change a device's performance, safety specifications or intended use."),
    ("b", "Complete the device history record for every work order in Epicor, including parts, lot/serial numbers, "
          "UDI and test data."),
    ("b", "Open nonconformance reports, support CAPA investigations and complaint handling, and supply data for "
          "Medical Device Reporting (MDR)."),
    ("b", "Keep your ESD-safe workstation to ANSI/ESD S20.20 and your torque tools in calibration."),
    ("b", "Give in-service training to sterile processing department (SPD) and OR staff on the care and handling "
          "of power equipment."),
    ("h", "Required Qualifications"),
    ("b", "Associate degree in biomedical equipment technology, electronics technology or a related field; military "
          "biomedical equipment training (Army 68A, Air Force 4A2 or Navy BMET); or 4 years of equivalent repair "
          "experience."),
    ("b", "2+ years repairing powered surgical instruments, dental handpieces or other precision electromechanical "
          "devices."),
    ("b", "Mechanical and electrical troubleshooting and soldering skills; able to read schematics."),
    ("b", "Skilled with micrometers, calipers, torque wrenches, a digital multimeter and an oscilloscope."),
    ("b", "Working knowledge of ISO 13485:2016 and 21 CFR Part 820 (QMSR) quality records."),
    ("b", "Able to work under a stereo microscope for extended periods and lift 40 lb."),
    ("h", "Preferred Qualifications"),
    ("b", "CBET (AAMI) or CRCST (HSPA) certification."),
    ("b", "IPC J-STD-001 certification."),
    ("b", "OEM factory training from Stryker, Medtronic or DePuy Synthes."),
    ("b", "Knowledge of ISO 14971 risk management and IEC 60601-1."),
    ("b", "DOT hazardous materials shipping training."),
    ("b", "Experience with Epicor ERP or a CMMS such as TMS or Nuvolo."),
    ("b", "Lean, 5S or Six Sigma Yellow Belt."),
    ("h", "Schedule and Compensation"),
    ("p", "Monday to Friday, 7:00 a.m. to 3:30 p.m., with occasional Saturday overtime in peak season. Pay range "
          "$27.00 - $35.50 per hour depending on experience and certifications, plus a quarterly quality bonus."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision coverage from day one; 401(k) with 4% company match; 15 days of paid time off "
          "plus 8 holidays; $2,500 a year in tuition and certification reimbursement; paid travel for OEM training."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Allegheny Surgical Repair Group is an Equal Opportunity Employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, disability or protected veteran status. We participate in E-Verify. To "
          "request an accommodation during the application process, contact our HR team."),
]

RESUME = [
    ("name", "TOMASZ R. WIERZBICKI"),
    ("contact", "412 Jefferson Avenue, Washington, PA 15301  |  (724) 555-0147  |  tomasz.wierzbicki@example.com"),
    ("h", "Summary"),
    ("p", "Surgical power equipment technician with nine years of biomedical repair: four years in the U.S. Air "
          "Force, three on a hospital clinical engineering bench and two-plus at an independent repair depot. "
          "Rebuilds ortho, neuro and small-bone handpieces, batteries and consoles to OEM spec and documents every "
          "job for an ISO 13485 quality system. Comfortable at the stereo microscope all shift."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Power equipment serviced:", "Test equipment:"),
        ("Stryker System 7, System 8, CORE 2", "Monarch laser tachometer"),
        ("Stryker TPS handpieces", "Mark-10 torque gauge and test stand"),
        ("Midas Rex Legend, MR7, MR8, IPC", "Fluke ESA612 safety analyzer"),
        ("DePuy Synthes Colibri II", "Fluke 87V DMM"),
        ("ConMed Hall PowerPro", "Tektronix TBS1052B oscilloscope"),
        ("Aesculap Acculan 4", "Calipers, micrometers, torque wrenches"),
        ("Repair:", "Quality and regulatory:"),
        ("BLDC motor and Hall sensor repair", "ISO 13485 quality system"),
        ("Gearbox, bearing and seal rebuilds", "FDA QSR (21 CFR 820)"),
        ("Chuck and trigger assemblies", "DHR, NCRs, CAPA, UDI"),
        ("Soldering, board-level rework", "IEC 60601-1 and IEC 62353"),
        ("Schematics and exploded views", "AAMI ST79, manufacturer IFUs"),
        ("Troubleshooting, ESD-safe bench", "Software: TMS CMMS, SAP PM, Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Surgical Power Equipment Technician - Three Rivers Medical Repair, Bridgeville, PA - Mar 2023 to Present"),
    ("b", "Repair 70-90 powered surgical instruments a month - ortho drills (large and small bone), sagittal saws "
          "and recip saws, acetabular reamers, K-wire drivers and high-speed neuro drills - with a 3.1% warranty "
          "return rate against a 5% target."),
    ("b", "Replace BLDC motors, Hall sensors, gearboxes, bearings, seals and O-rings; cut average bench time on a "
          "System 8 drill from 3.2 to 2.1 hours with a bearing press fixture I designed."),
    ("b", "Final test every unit: RPM with a laser tachometer, stall torque on a Mark-10 torque gauge, temperature "
          "rise under load and IEC 62353 electrical safety testing on a Fluke ESA612."),
    ("b", "Rebuild NiMH and Li-ion battery packs and load-test chargers; about 45 packs a month."),
    ("b", "Check every repair against the OEM IFU so devices go back compatible with steam sterilization and "
          "STERRAD cycles; moved the shop to a sterilizable lubricant after two seal failures traced to a "
          "petroleum grease."),
    ("b", "Replaced worn PEEK bushings and re-passivated stainless shafts to ASTM A967 after rework."),
    ("b", "Flagged 6 jobs as remanufacturing rather than servicing under FDA's 2024 guidance and returned them to "
          "the OEM."),
    ("b", "Fill out the DHR for each work order (parts, lot and serial numbers, UDI, test data), open NCRs and write "
          "CAPA root-cause sections; no major findings in two ISO 13485 registrar audits."),
    ("b", "Led a 5S reset of the power tools bench that freed 30% of shelf space and cut parts search time."),
    ("b", "Run in-services for SPD techs at client hospitals on trigger care, battery handling and lubrication; "
          "drop-damage repairs at one client fell 40% in a year."),
    ("job", "Biomedical Equipment Technician II - Washington Regional Health System, Washington, PA - "
            "Jun 2020 to Feb 2023"),
    ("b", "Owned the OR power equipment bench for a 6-hospital system: 1,100 drills, saws, consoles and batteries on "
          "PM schedules in TMS; 98% PM completion for 10 straight quarters."),
    ("b", "Electrical safety inspections on OR equipment to NFPA 99; repaired ESUs, tourniquets and OR tables."),
    ("b", "Filed 4 user-facility MedWatch reports with risk management after handpiece overheating events."),
    ("b", "Cut OEM depot spend by $186K in FY2022 by bringing battery pack and chuck repairs in-house."),
    ("job", "Biomedical Equipment Technician (AFSC 4A251), Staff Sergeant - U.S. Air Force, 59th Medical Wing, "
            "JBSA-Lackland, TX - Aug 2016 to May 2020"),
    ("b", "Maintained and calibrated 2,400 medical devices, including orthopedic power tools, ESUs, patient "
          "monitors and infusion pumps; 99% mission-capable rate."),
    ("b", "Board-level soldering and mechanical and electrical troubleshooting with a DMM and oscilloscope; "
          "deployed 6 months to an expeditionary medical support hospital."),
    ("h", "Certifications and Training"),
    ("b", "AAMI CBET - exam scheduled March 2027"),
    ("b", "IPC J-STD-001 Certified IPC Specialist, 2024 - current"),
    ("b", "Stryker Instruments factory service training - System 8 and CORE 2, 2023"),
    ("b", "Medtronic Midas Rex MR8 service school, 2024"),
    ("b", "DOT hazmat employee training (49 CFR 172.704), 2024"),
    ("b", "OSHA bloodborne pathogens training, annual"),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Community College of the Air Force, 2019"),
    ("p", "Biomedical Equipment Technician program - Medical Education and Training Campus (METC), "
          "JBSA-Fort Sam Houston, TX, 2016"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
