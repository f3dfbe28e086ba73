"""Build posting.docx and resume.pdf for heldout53-veterinary-imaging-service-engineer.

Layout quirks: posting is a DOCX with the title as a large bold line; resume is a PDF with a two-column
skills block (labels ending ':'), military service as a job line, certifications after education and a
References section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Field Service Engineer II - Veterinary Imaging"),
    ("p", "Summit Crest Veterinary Imaging  |  Fort Collins, CO (field-based: Front Range, southern Wyoming and "
          "western Nebraska)  |  Full-time  |  Req. 2025-114"),
    ("h", "About Us"),
    ("p", "Summit Crest Veterinary Imaging is an independent dealer and service organization supporting more than "
          "1,100 small-animal, equine, exotic and mixed-practice clinics. We sell, install and look after the "
          "imaging systems that veterinarians rely on every day, and the clinic networks that tie them together. "
          "Our engineers are the reason clinics keep calling us back."),
    ("h", "Position Summary"),
    ("p", "The Field Service Engineer II installs, calibrates, maintains and repairs veterinary imaging equipment at "
          "customer sites, from a one-doctor practice with a single table and a dental unit to 24-hour specialty and "
          "referral hospitals with CT. You will be the clinic's first call for anything that makes or moves an image."),
    ("h", "Key Responsibilities"),
    ("b", "Install, calibrate and perform preventive maintenance (PM) and corrective repairs on veterinary digital "
          "radiography (DR) systems, including Sedecal and Sound generators, elevating and floating-top tables, and "
          "wireless flat panel detectors (Canon CXDI, Vieworks VIVIX-S, Konica Minolta AeroDR)."),
    ("b", "Service computed radiography (CR) readers such as the Carestream Vita and Fujifilm FCR Capsula XLII, and "
          "intraoral dental CR plate scanners (iM3 CR7 VET, Air Techniques ScanX)."),
    ("b", "Set up and repair wall-mounted and mobile dental X-ray units and handheld generators (Aribex NOMAD Pro 2)."),
    ("b", "Service portable X-ray generators used for equine and ambulatory work (MinXray HF100H+, Poskom VET-20BT)."),
    ("b", "Support veterinary CT installations (Epica Vimago, Siemens SOMATOM go.Now), including site planning and "
          "acceptance testing, and work alongside the manufacturer's CT specialists."),
    ("b", "Perform first-line troubleshooting, transducer checks and software updates on veterinary ultrasound "
          "systems (Esaote MyLab, Mindray Vetus 8)."),
    ("b", "Install and support DICOM connectivity: PACS for clinics (Asteris Keystone, IDEXX Web PACS), DICOM "
          "modality worklist (MWL), DICOM Send and Storage Commitment, and links to practice management software "
          "(Cornerstone, AVImark, ezyVet)."),
    ("b", "Configure acquisition workstations and Windows 10/11 PCs, static IP addresses, VLANs and remote-support "
          "tools (TeamViewer)."),
    ("b", "Carry out radiation output checks with a non-invasive kVp meter (RaySafe X2 or Radcal Accu-Gold): kVp "
          "accuracy, timer accuracy, mAs linearity, HVL and reproducibility; record results on the service report."),
    ("b", "Perform area radiation surveys with an ion chamber survey meter, and help clinics with state radiation "
          "registration with the Colorado Department of Public Health and Environment (CDPHE) under 6 CCR 1007-1 "
          "and with Nebraska DHHS."),
    ("b", "Provide shielding plan input for new and remodeled X-ray rooms per NCRP Report No. 148 and NCRP Report "
          "No. 147, working with the clinic's qualified expert."),
    ("b", "File Form FDA 2579 (Report of Assembly of a Diagnostic X-Ray System) within 15 days of each "
          "certified-component installation, as required by 21 CFR 1020.30."),
    ("b", "Perform electrical safety testing with a Fluke ESA615 or equivalent analyzer per IEC 62353."),
    ("b", "Train clinic staff on technique charts, image QA and ALARA practices."),
    ("b", "Document all work orders, parts usage and travel time in ServiceMax; manage van stock."),
    ("h", "Required Qualifications"),
    ("b", "Associate degree in electronics technology, biomedical equipment technology, or equivalent military "
          "training (e.g., Army 68A Biomedical Equipment Specialist)."),
    ("b", "3+ years of field service experience on X-ray, DR or other diagnostic imaging equipment (human or "
          "veterinary)."),
    ("b", "Working knowledge of DICOM, TCP/IP networking and Windows."),
    ("b", "Able to read schematics and use a digital multimeter and oscilloscope."),
    ("b", "Understanding of radiation safety and the 21 CFR 1020 performance standards."),
    ("b", "Valid driver's license with a clean driving record; able to lift 50 lb; overnight travel up to 30%."),
    ("h", "Preferred Qualifications"),
    ("b", "CRES (Certified Radiology Equipment Specialist) or CBET from AAMI."),
    ("b", "CompTIA Network+ or A+."),
    ("b", "Factory training from Sedecal, Canon, Vieworks or Epica."),
    ("b", "Experience with veterinary CT or with computed tomography in human imaging."),
    ("b", "Ultrasound probe testing (e.g., FirstCall aPerio)."),
    ("b", "Experience with HL7 interfaces or SQL Server."),
    ("b", "Familiarity with AAHA accreditation standards for diagnostic imaging."),
    ("b", "Bilingual English/Spanish a plus."),
    ("h", "Schedule, Pay and Benefits"),
    ("b", "Monday-Friday, 7:30 AM - 4:30 PM, with a shared on-call rotation (one weekend in six)."),
    ("b", "$68,000 - $86,000 per year depending on experience, plus on-call pay."),
    ("b", "Company van, fuel card, phone and laptop."),
    ("b", "Medical, dental and vision insurance; 401(k) with 4% match; 15 days PTO plus 8 holidays; paid "
          "manufacturer training."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Summit Crest Veterinary Imaging is an equal opportunity employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, protected veteran status or any other characteristic "
          "protected by law. We participate in E-Verify."),
]

RESUME = [
    ("name", "DANIEL K. OYELARAN"),
    ("contact", "Loveland, CO 80538  |  (970) 555-0147  |  daniel.oyelaran@example.com"),
    ("h", "Summary"),
    ("p", "Imaging service technician with nine years on X-ray equipment: four years as an Army 68A, three as a "
          "hospital BMET and the last four running a dental and veterinary territory for a Front Range dealer. "
          "Installs about 40 DR and dental systems a year, handles the state paperwork and gets clinics back to "
          "taking radiographs the same day. Looking to work full-time in veterinary imaging."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Imaging equipment:", "Test and measurement:"),
        ("DR rooms and wireless DR panels", "RaySafe X2 X-ray multimeter"),
        ("Canon CXDI, Konica AeroDR", "Fluke 451P ion chamber"),
        ("Sedecal HF generators", "Fluke ESA620 safety analyzer"),
        ("CR readers, PSP plate scanners", "DMM, oscilloscope, schematics"),
        ("Dental X-ray, handheld X-ray units", "Regulatory:"),
        ("Esaote MyLab ultrasound (basic)", "21 CFR 1020.30, FDA 2579"),
        ("Networking and software:", "NCRP 148, ALARA, NFPA 99"),
        ("DICOM, MWL, PACS", "State X-ray registrations"),
        ("TCP/IP, VLAN, static IP addressing", "AAHA imaging standards"),
        ("Windows 10, TeamViewer", ""),
        ("Salesforce Field Service", ""),
    ]),
    ("h", "Experience"),
    ("job", "Imaging Service Technician - Front Range Dental & Veterinary Equipment, Greeley, CO - Mar 2021 to Present"),
    ("b", "Field service for 310 dental and veterinary practices in northern Colorado: installation, calibration, "
          "preventative maintenance and repair of DR, CR and dental X-ray equipment; about 1,050 work orders a year."),
    ("b", "Installed 74 veterinary DR systems (Sedecal generators on float-top tables with Canon CXDI or Konica "
          "AeroDR wireless DR panels), including pre-installation site surveys and acceptance testing."),
    ("b", "Serviced 120+ CR readers and PSP plate scanners (Carestream Vita, iM3 CR7 VET, Air Techniques ScanX Duo); "
          "cut repeat calls for plate-transport faults by 35%."),
    ("b", "Repaired and tested portable X-ray generators for 22 equine and ambulatory practices (MinXray HF100H+) "
          "and 30 NOMAD Pro 2 handheld units."),
    ("b", "Ran kVp accuracy, exposure time accuracy, mAs linearity, half-value layer and output reproducibility "
          "tests with a RaySafe X2; rewrote technique charts for 60 clinics after DR conversions."),
    ("b", "Did scatter radiation surveys with a Fluke 451P and drew up shielding plans for 18 new and remodeled "
          "rooms using NCRP 148, reviewed by a consulting health physicist."),
    ("b", "Filed FDA 2579 reports for every certified-component install under 21 CFR 1020.30 and handled X-ray "
          "registrations with the Colorado Department of Public Health and Environment for 90+ clinics."),
    ("b", "Set up DICOM Send, MWL and PACS routing to Asteris Keystone, with worklists from IDEXX Cornerstone "
          "practice-management systems; configured acquisition consoles on Windows 10 with static IP addressing, "
          "VLAN changes and TeamViewer remote support."),
    ("b", "First-line troubleshooting and software updates on 15 Esaote MyLab ultrasound systems; escalated "
          "hardware faults to the manufacturer."),
    ("b", "Trained clinic staff on positioning, image quality assurance and ALARA; helped 12 hospitals prepare "
          "the imaging section of their AAHA accreditation visits."),
    ("b", "Logged all work orders, parts and mileage in Salesforce Field Service."),
    ("job", "Biomedical Equipment Technician II - St. Brendan Regional Medical Center, Danbury, CT - "
            "Jun 2018 to Feb 2021"),
    ("b", "PMs and repairs on 2,400 devices; imaging shop support for six radiography rooms, four portables and two "
          "GE LightSpeed CT scanners (assisted the OEM engineer with tube changes and CT PMs)."),
    ("b", "Electrical safety testing with a Fluke ESA620 per NFPA 99; 98% on-time PM completion."),
    ("b", "Maintained DICOM connections between 14 modalities and the hospital PACS."),
    ("b", "Assisted the medical physicist with annual X-ray compliance testing on 12 rooms."),
    ("job", "68A Biomedical Equipment Specialist - US Army, Fort Carson, CO and Camp Arifjan, Kuwait - "
            "Jun 2014 to May 2018"),
    ("b", "Maintained field X-ray, laboratory and patient-care equipment for a combat support hospital; 400+ work "
          "orders a year."),
    ("b", "Repaired deployable DR and portable X-ray systems down to board level using schematics, a DMM and an "
          "oscilloscope."),
    ("h", "Education"),
    ("b", "A.A.S., Electronics Technology - Housatonic Valley Technical College, Danbury, CT, 2020 (evenings)"),
    ("b", "Biomedical Equipment Specialist (68A) course - Medical Education and Training Campus, Fort Sam "
          "Houston, TX, 2014"),
    ("h", "Certifications and Training"),
    ("b", "CompTIA A+, 2019"),
    ("b", "Radiation Safety for X-ray Service Engineers (16 hr), 2021"),
    ("b", "CRES (Certified Radiology Equipment Specialist), AAMI - exam scheduled April 2027"),
    ("b", "Sedecal factory training, HF generators and DR integration, 2022"),
    ("b", "Canon CXDI service training, 2023"),
    ("h", "Affiliations"),
    ("b", "AAMI member since 2019"),
    ("h", "References"),
    ("p", "Dr. Renata Solis, DVM, Medical Director, Big Thompson Animal Hospital - available on request"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
