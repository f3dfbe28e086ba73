"""Build posting.docx and resume.pdf for heldout51-hearing-aid-repair-tech.

Layout quirks: posting as a DOCX with the title in a large bold line; resume as a PDF with bench skills in
two columns (labels ending ':'), Canadian spellings, certifications after education and a References section.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Hearing Aid Repair Technician - Electroacoustic Testing & In-House Repair Lab"),
    ("p", "Northgate Audiology Partners - Repair & Verification Center  |  Willamette Crossing, OR  |  Full-time, on-site"),
    ("h", "About Us"),
    ("p", "Northgate Audiology Partners is a physician-owned network of 14 audiology clinics and two ENT practices "
          "across the Pacific Northwest. Our central Repair & Verification Center handles more than 9,000 hearing "
          "instrument repairs a year and keeps our patients out of the manufacturer repair queue whenever a same-day "
          "fix is possible."),
    ("h", "Position Summary"),
    ("p", "The Hearing Aid Repair Technician diagnoses, repairs and verifies hearing aids, earmolds and accessories "
          "for all of our clinics. You will work alongside our audiologists and Hearing Instrument Specialists, carry "
          "out electroacoustic testing to ANSI and IEC standards, and decide which devices can be fixed in-house and "
          "which go back to the manufacturer."),
    ("h", "Key Responsibilities"),
    ("b", "Perform electroacoustic analysis of incoming and repaired hearing aids in a hearing aid test box using the "
          "Audioscan Verifit 2 or Frye FONIX 8000; compare OSPL90, full-on gain, frequency response, equivalent input "
          "noise and total harmonic distortion with the manufacturer's specification sheet per ANSI S3.22-2014."),
    ("b", "Run tests in 2cc couplers (HA-1 and HA-2) and the ear simulator in line with IEC 60118-0 and IEC 60118-7; "
          "test telecoils and directional microphones."),
    ("b", "Troubleshoot and repair BTE, RIC, ITE, ITC and CIC hearing aids: replace receivers, microphones, battery "
          "doors, volume controls, wax guards and receiver wires; re-shell and repair custom shells."),
    ("b", "Solder fine-pitch components and wiring under a stereo microscope; perform battery drain tests and check "
          "rechargeable lithium-ion units and their chargers."),
    ("b", "Modify, buff, revent and retube earmolds; log ear impressions and prepare them for the earmold lab; carry "
          "out UV-curing shell repairs with acrylic and light-cured resins."),
    ("b", "Clean and dehumidify hearing instruments using ultrasonic cleaners, vacuum pumps and drying systems (Dry & "
          "Store or equivalent); carry out listening checks with a stethoset."),
    ("b", "Support real-ear measurement (REM) and speech mapping set-ups for the audiologists: replace probe tubes, "
          "run RECD measurements and keep REM equipment to ANSI S3.46."),
    ("b", "Read and reprogram devices with NOAH 4 and manufacturer fitting software (Phonak Target, Oticon Genie 2, "
          "Signia Connexx, ReSound Smart Fit, Starkey Pro Fit) via Noahlink Wireless or HI-PRO 2 interfaces."),
    ("b", "Triage cochlear implant sound processors and Roger / FM systems to the right manufacturer."),
    ("b", "Log repairs, parts and warranty returns (RMA) in Sycle and track turnaround time; keep the loaner hearing "
          "aid inventory."),
    ("b", "Perform daily calibration checks on the hearing aid analyzers and keep annual calibration certificates on "
          "file; follow infection control and OSHA Bloodborne Pathogens procedures for cerumen-contaminated devices."),
    ("h", "Required Qualifications"),
    ("b", "High school diploma or GED."),
    ("b", "Two or more years of hearing aid repair, hearing instrument lab, or small-electronics repair experience."),
    ("b", "Hands-on experience with a hearing aid analyzer (Audioscan, Frye FONIX, or equivalent) and ANSI S3.22 test "
          "sequences."),
    ("b", "Fine soldering and microscope work; ability to read schematics and use a digital multimeter."),
    ("b", "Working knowledge of NOAH and at least two manufacturers' fitting software."),
    ("b", "Valid driver's license for courier runs between clinics."),
    ("h", "Preferred Qualifications"),
    ("b", "State Hearing Aid Specialist or Hearing Instrument Specialist (HIS) license, or eligible to sit for the "
          "state exam."),
    ("b", "Board certification from the National Board for Certification in Hearing Instrument Sciences (NBC-HIS)."),
    ("b", "ASHA Audiology Assistant Certification (C-AA)."),
    ("b", "Associate degree in electronics technology or biomedical equipment technology."),
    ("b", "IPC J-STD-001 soldering certification; ETA Certified Electronics Technician (CETa)."),
    ("b", "Experience with Otometrics Aurical FreeFit or Interacoustics Affinity Compact."),
    ("b", "Manufacturer repair training (Starkey, Sonova, Oticon, or WS Audiology)."),
    ("h", "Schedule and Pay"),
    ("p", "Monday-Friday, 8:00 a.m. - 4:30 p.m.; no weekends or evenings. $24.00 - $31.50 per hour depending on "
          "experience and credentials."),
    ("h", "Benefits"),
    ("b", "Medical, dental and vision insurance from day one"),
    ("b", "401(k) with 4% employer match"),
    ("b", "15 days PTO plus 7 paid holidays"),
    ("b", "$1,000 yearly continuing education allowance and paid licensing fees"),
    ("b", "Employee and family hearing aid discount"),
    ("h", "Equal Opportunity Employer"),
    ("p", "Northgate Audiology Partners is an Equal Opportunity Employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, protected veteran status, or any other characteristic "
          "protected by law. Reasonable accommodations are available on request during the hiring process."),
]

RESUME = [
    ("name", "MAREN THIBODEAU"),
    ("contact", "Salem, OR 97301  |  (503) 555-0162  |  maren.thibodeau@example.com"),
    ("h", "Profile"),
    ("p", "Hearing aid repair technician with eight years at the bench: two in an Oregon repair lab, four in a "
          "high-volume Ontario repair lab and two in a busy hearing clinic. Repairs BTE, RITE and custom hearing aids "
          "to manufacturer specification, checks every device with electroacoustic testing before it goes back to the "
          "patient, and trains clinic staff on in-office troubleshooting. College-trained in electronics; relocated "
          "from Kitchener, Ontario to Oregon in 2024."),
    ("h", "Bench Skills"),
    ("cols", [
        ("Repair:", "Test and verification:"),
        ("BTE, RITE, ITE, ITC, CIC and IIC", "Audioscan Verifit VF2, Frye FONIX 8000"),
        ("Receivers, microphones, VC, T-coils", "Hearing aid analyser and test box"),
        ("Battery doors, speaker wires, switches", "ANSI S3.22, IEC 60118-0"),
        ("Custom shell repair, reshell, UV cure", "SSPL90, FOG, frequency response"),
        ("Micro-soldering, stereo microscope", "EIN, THD, battery current drain"),
        ("Earmolds: retube, re-vent, buff", "Speechmap and probe-mic verification"),
        ("Cleaning:", "Programming:"),
        ("Ultrasonic cleaner, Redux vacuum dryer", "Phonak Target, Genie 2, ReSound Smart Fit"),
        ("Dry & Store, listening check", "Starkey Inspire, HiPro, Noahlink Wireless"),
        ("Hearing aid stethoscope", "Tools: DMM, schematics, Sycle.net"),
    ]),
    ("h", "Experience"),
    ("job", "Senior Repair Technician - Cascade Hearing Instrument Repair, Salem, OR - Apr 2024 to Present"),
    ("b", "Repair 25-35 hearing aids a day for 60 independent clinics in Oregon and Washington: BTE, RITE, ITE, ITC, "
          "CIC and IIC from Phonak, Oticon, ReSound, Starkey and Signia."),
    ("b", "Run the full ANSI S3.22 test on every repaired unit in the Frye FONIX 8000 test box (SSPL90, FOG, "
          "frequency response, EIN, THD, battery current drain) and attach the printout to the ticket; first-pass "
          "yield 97%."),
    ("b", "Replace receivers, microphones (including directional mic pairs), VC pots, T-coils, battery doors, "
          "cerumen filters and speaker wires; micro-soldering on flex circuits down to 0.3 mm pitch under a stereo "
          "microscope."),
    ("b", "Reshell and repair custom shells with UV cure acrylic; cut remakes for cracked ITE faceplates from 18% to 6%."),
    ("b", "Sort units the bench cannot fix into manufacturer RMA and warranty returns; average TAT down from 6 to 3.5 "
          "business days."),
    ("b", "Daily calibration checks on the FONIX 8000 and its 2 cc coupler microphones; test Li-ion rechargeable "
          "aids and charging cases."),
    ("job", "Hearing Aid Repair Technician - Grand River Hearing Repair Lab, Kitchener, ON - Jun 2020 to Mar 2024"),
    ("b", "Electro-acoustic testing of 40-plus hearing aids a day on an Audioscan Verifit VF2, with IEC 60118-0 test "
          "sequences for European-market units."),
    ("b", "Cleaned and dried devices with an ultrasonic cleaner, Redux vacuum dryer and Dry & Store units; first-level "
          "listening check with a hearing aid stethoscope before bench triage."),
    ("b", "Reprogrammed repaired aids to the last fitting in manufacturer fitting software (Phonak Target, Genie 2, "
          "ReSound Smart Fit, Starkey Inspire) through HiPro and Noahlink Wireless."),
    ("b", "Traced faults from manufacturer schematics with a DMM; rebuilt 300+ BTE and RITE units a year."),
    ("b", "Followed infection control steps for wax-soiled returns: disinfection, PPE and bloodborne pathogens "
          "procedures."),
    ("b", "Completed Starkey factory repair training (2021) and a Sonova in-house repair course (2022)."),
    ("job", "Hearing Clinic Technician - Waterloo Hearing Centre, Waterloo, ON - Sep 2018 to May 2020"),
    ("b", "Front-line repairs and earmolds: retubed, re-vented and buffed 15-20 earmolds a week; logged ear "
          "impressions and shipped them to the earmold lab."),
    ("b", "Set up probe-mic verification and Speechmap sessions on the Verifit VF2 for three audiologists, changed "
          "probe tubes and ran the daily calibration so they could match NAL-NL2 and DSL v5.0 targets."),
    ("b", "Paired Phonak Roger Pen and Roger Select microphones with clients' hearing aids."),
    ("b", "Booked loaner aids and logged every repair in Sycle.net."),
    ("h", "Education"),
    ("b", "Diploma, Electronics Engineering Technician - Conestoga College, Kitchener, ON, 2016"),
    ("b", "Ontario Secondary School Diploma (OSSD) - Kitchener, ON, 2014"),
    ("h", "Certifications and Licences"),
    ("b", "IPC J-STD-001 Certified IPC Specialist (CIS), renewed 2025"),
    ("b", "Oregon Hearing Aid Specialist licence: trainee licence held; International Licensing Exam (ILE) "
          "scheduled March 2027"),
    ("b", "Bloodborne pathogens training, 2025"),
    ("b", "Oregon driver's licence"),
    ("h", "References"),
    ("p", "Noah Brightwater, Au.D., Clinical Director, Waterloo Hearing Centre - contact details on request"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
