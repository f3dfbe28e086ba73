#!/usr/bin/env python3
"""Build resume.pdf and posting.pdf of the heldout9-lab-automation-fse pair with the PDF writer of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DARIUS K. OYELARAN"),
    (
        "contact",
        "2318 Sheridan Road, Kenosha, WI 53140  |  (262) 555-0137  |  d.oyelaran@example.com  |  Valid WI driver's license",
    ),
    ("h", "Summary"),
    (
        "p",
        "Field Service Engineer with 7 years on clinical lab automation, the last 4 of them owning TLA lines in "
        "hospital core labs, after 6 years as a U.S. Air Force avionics technician. Comfortable from the PLC "
        "cabinet to the LIS interface. Track record of 98.9% line uptime across a 14-site territory and the "
        "lowest repeat-call rate in the region for 2024.",
    ),
    ("h", "Certifications"),
    ("b", "Inpeco FlexLab Level 2 service certification (track, modules and Tube Tracker software), 2022"),
    ("b", "Abbott ARCHITECT c16000 / i2000SR and Alinity ci-series service training, 2021"),
    ("b", "DI Instrument Manager administrator course, 2023"),
    ("b", "CompTIA Network+ - exam scheduled March 2026 (completed CertMaster Learn course)"),
    ("b", "OSHA BBP and DOT/IATA Category B shipping, renewed annually"),
    ("h", "Technical Skills"),
    (
        "p",
        "Automation: FlexLab track system, front-end processing modules (input/output, centrifuge, uncapper), "
        "recapper, cold storage module, XYZ gantry robots and gripper fingers, Beckman Coulter Power Processor "
        "(legacy). Chemistry/immunoassay: Abbott ARCHITECT c16000 and i2000SR, Alinity ci-series, ISE module "
        "service. Electrical/mechanical: servo motors and drives, steppers, photo-eyes, bar-code scanners, "
        "vacuum pumps, pneumatic valves and regulators, Allen-Bradley CompactLogix PLCs, component-level "
        "board repair, schematics, DMM, oscilloscope, photo tachometer. IT: LIS and Instrument Manager middleware, "
        "HL7 v2.5 and ASTM E1394 interfaces, TCP/IP, PC hardware and networking, Windows 10, SQL queries, "
        "TeamViewer remote service. Quality: FDA QSR, ISO 13485, complaint handling, 5-Why root cause analysis.",
    ),
    ("h", "Professional Experience"),
    ("job", "Field Service Engineer II - Halvorsen Lab Solutions, Milwaukee, WI - Apr 2021 to Present"),
    (
        "b",
        "Own 14 hospital sites on Inpeco FlexLab TLA lines connected to Abbott ARCHITECT c16000 and i2000SR "
        "clinical chemistry systems and Alinity ci-series; first call for all line-down events.",
    ),
    (
        "b",
        "Installed 5 new lines (layout, leveling, module hand-off, analyzer connection) and 3 expansions; "
        "led acceptance testing with lab managers.",
    ),
    (
        "b",
        "Run quarterly PMs and break-fix on the track system, front-end processing modules, recapper and cold "
        "storage module; replace servo motors, steppers, gripper fingers, photo-eyes and bar-code scanners.",
    ),
    (
        "b",
        "Troubleshoot electromechanical, pneumatic and vacuum faults to component level with schematics, a DMM "
        "and an oscilloscope; verify centrifuge speed with a photo tachometer after drive replacements.",
    ),
    (
        "b",
        "Support HL7 and ASTM E1394 interfaces between the line, Instrument Manager middleware and the LIS "
        "(Epic Beaker, Cerner PathNet); write SQL queries to trace lost tubes.",
    ),
    (
        "b",
        "Resolve about a third of calls by TeamViewer remote service before dispatch; close every call in SAP FSM "
        "with FSRs, labor and parts the same day.",
    ),
    (
        "b",
        "Installed field modification instructions (FMIs) and software updates on all 14 sites; document "
        "complaint handling records under FDA QSR and ISO 13485.",
    ),
    (
        "b",
        "Decon of modules before service, LOTO on the track power cabinet, electrostatic discharge (ESD) control "
        "for board swaps.",
    ),
    (
        "b",
        "Trained 40+ super users on daily and weekly maintenance; manage $60k of trunk stock.",
    ),
    ("job", "Field Service Technician - Lakeview Instrument Services, Waukegan, IL - Jun 2018 to Mar 2021"),
    (
        "b",
        "Serviced Beckman Coulter Power Processor sample handling systems and standalone chemistry analyzers for "
        "an independent service organization; PMs, repairs and ISE module rebuilds.",
    ),
    (
        "b",
        "Worked the 3 PM to 11:30 PM dispatch shift for two years covering 24/7 hospital labs.",
    ),
    (
        "job",
        "Avionics Technician (2A3), SSgt - U.S. Air Force, Bradley ANGB, Windsor Locks, CT - 2012 to 2018",
    ),
    (
        "b",
        "Maintained flight-control and navigation electronics; troubleshooting to line-replaceable unit and "
        "component level with technical orders and wiring schematics.",
    ),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Technology - Gateway Technical College, Kenosha, WI, 2019"),
    ("p", "A.A.S., Avionics Systems Technology - Community College of the Air Force, 2016"),
]

POSTING = [
    ("name", "Field Service Engineer - Total Laboratory Automation"),
    (
        "contact",
        "Northgate Diagnostics  |  Requisition NGD-FSE-2291  |  Territory: Chicago North / Milwaukee, WI  |  "
        "Full time, field based",
    ),
    ("h", "About Northgate Diagnostics"),
    (
        "p",
        "Northgate Diagnostics develops, installs and services in vitro diagnostic systems for hospital and "
        "reference laboratories across North America. Our Northgate LinkLine platform joins sample processing, "
        "chemistry and immunoassay testing and sample storage on one track, so a core lab can move thousands of "
        "tubes an hour with fewer hands on each one.",
    ),
    ("h", "The role"),
    (
        "p",
        "As a Field Service Engineer you are the technical owner of the LinkLine total laboratory automation "
        "systems in your territory. You keep each line running, support the laboratory staff who depend on it, "
        "and are the customer's first point of contact for anything mechanical, electrical or software related.",
    ),
    ("h", "What you will do"),
    (
        "b",
        "Install, verify and hand over new automation lines, including track layout, leveling and the connection "
        "of chemistry analyzers and immunoassay analyzers from Northgate and third-party manufacturers.",
    ),
    (
        "b",
        "Perform scheduled preventive maintenance and corrective maintenance on track systems, pre-analytical "
        "modules (centrifuge, decapper, aliquoter) and post-analytical modules (recapper, refrigerated storage), "
        "meeting the uptime commitments of our service agreements.",
    ),
    (
        "b",
        "Troubleshoot electromechanical, pneumatic, vacuum and software faults to the component level using "
        "schematics, a digital multimeter and the LinkLine Service Console.",
    ),
    (
        "b",
        "Replace and adjust servo motors, stepper motors, grippers, barcode readers and optical sensors; align "
        "pick-and-place robotics and the camera-based tube inspection vision system.",
    ),
    ("b", "Verify centrifuge speed and temperature with a calibrated tachometer and thermometer."),
    (
        "b",
        "Support the interfaces between the line, middleware and the laboratory information system, including "
        "HL7 and ASTM messages; work with hospital IT on TCP/IP networking, VLANs and Windows workstations.",
    ),
    (
        "b",
        "Use remote diagnostics to resolve issues before dispatch, and document every visit in Salesforce Field "
        "Service with accurate labor, parts and field service reports.",
    ),
    ("b", "Implement field change orders and software upgrades on schedule."),
    (
        "b",
        "Follow complaint handling and service record requirements of 21 CFR Part 820 and ISO 13485, and lead root "
        "cause analysis on repeat failures.",
    ),
    (
        "b",
        "Work safely around patient specimens: bloodborne pathogens precautions, PPE, decontamination before "
        "service, lockout/tagout and ESD control.",
    ),
    (
        "b",
        "Train laboratory key operators on daily and weekly maintenance, and manage your spare parts inventory.",
    ),
    ("b", "Take part in the weekend on-call rotation (one weekend in five, 7 AM to 3 PM on site coverage)."),
    ("h", "Required qualifications"),
    (
        "b",
        "Associate degree in electronics, biomedical engineering technology or a related field, or equivalent "
        "military training.",
    ),
    (
        "b",
        "3+ years of field service experience on clinical laboratory instruments or comparable automated "
        "electromechanical equipment (packaging, semiconductor or warehouse robotics).",
    ),
    ("b", "Able to read electrical and pneumatic schematics and to use standard test equipment."),
    ("b", "Working knowledge of PC hardware, Windows and networking."),
    ("b", "Valid driver's license and a safe driving record; travel up to 40% with some overnights."),
    ("h", "Preferred qualifications"),
    ("b", "Bachelor's degree in electrical, mechanical or biomedical engineering."),
    (
        "b",
        "Experience with Beckman Coulter DxA 5000, Roche cobas connection modules (CCM), Siemens Aptio Automation "
        "or Inpeco FlexLab.",
    ),
    ("b", "Experience administering Data Innovations Instrument Manager."),
    ("b", "PLC troubleshooting (Allen-Bradley or Siemens S7)."),
    ("b", "CompTIA A+ or Network+ certification."),
    ("b", "Basic SQL."),
    ("b", "A clinical laboratory background (MLT or MLS) is a plus."),
    ("h", "What we offer"),
    (
        "p",
        "Company vehicle, fuel card, phone and laptop; medical, dental and vision coverage from day one; 401(k) "
        "with 6% match; 20 days PTO plus holidays; paid factory training at our Schaumburg, IL training center.",
    ),
    (
        "p",
        "Northgate Diagnostics is an Equal Opportunity Employer. All qualified applicants will receive "
        "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
        "identity, national origin, disability or protected veteran status.",
    ),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote resume.pdf and posting.pdf in", HERE.name)
