"""Build resume.pdf for heldout45-state-xray-inspector.

Layout quirks: PDF with the credentials block straight under the contact line, skills in two columns
(labels ending ':'), a References section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "MARISOL T. BENAVIDES, R.T.(R)(M)(ARRT)"),
    ("contact", "88 Wethersfield Avenue, Apt 2, Hartford, CT 06114  |  (860) 555-0138  |  marisol.benavides@example.com"),
    ("h", "Credentials"),
    ("b", "R.T.(R)(M)(ARRT) - radiography 2013, mammography 2015"),
    ("b", "Connecticut Radiographer License, current"),
    ("b", "40-hour Radiation Safety Officer course for medical X-ray users, 2023"),
    ("b", "RaySafe X2 and Radcal factory measurement training, 2022"),
    ("h", "Profile"),
    ("p", "Radiologic technologist turned X-ray service and compliance specialist with 12 years in medical imaging: "
          "six years as a radiography and mammography technologist and seven years testing, installing and "
          "documenting X-ray systems for a regional imaging service company. Has readied more than 300 practices "
          "for state inspections and MQSA inspections and now wants to work on the regulator's side of the table."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Equipment and modalities:", "Tests and instruments:"),
        ("Radiography, DR panels, computed radiography", "kVp accuracy, mAs linearity, HVL"),
        ("Fluoroscopy: C-arms and R/F rooms", "Exposure time accuracy"),
        ("Mammography, 3D mammography", "Output reproducibility, collimation"),
        ("Dental: intraoral, panoramic, CBCT", "Light field congruence"),
        ("Chiropractic and podiatry X-ray rooms", "Fluoroscopic air kerma rate"),
        ("Computed tomography (CTDI support)", "RaySafe X2, Unfors Xi"),
        ("Regulations and guidance:", "Victoreen 451P ionization chamber"),
        ("21 CFR 1020.30-1020.33, MQSA", "Ludlum 3 with 44-9 GM pancake probe"),
        ("SSRCR Part F, NCRP 147", "Software:"),
        ("ACR accreditation, ALARA", "Microsoft Excel, Word, Access"),
        ("", "ServiceMax field service app"),
    ]),
    ("h", "Experience"),
    ("job", "X-Ray Field Service Engineer and Compliance Specialist - Nutmeg Imaging Services LLC, Rocky Hill, CT - "
            "Nov 2019 to Present"),
    ("b", "Install, calibrate and repair diagnostic X-ray equipment for about 260 registered practices across "
          "Connecticut and western Massachusetts: hospitals, imaging centers, dental, chiropractic and podiatry offices."),
    ("b", "Performed acceptance testing on 140 new rooms and filed the Form FDA 2579 assembler report for every "
          "install within 15 days."),
    ("b", "Measured kVp accuracy, exposure time accuracy, output reproducibility, mAs linearity, HVL and collimation "
          "with a RaySafe X2; corrected 90% of out-of-tolerance findings on the first visit."),
    ("b", "Ran area radiation surveys with a Victoreen 451P ionization chamber survey meter after installs and room "
          "changes; drew up shielding plans with the consulting medical physicist for 38 new or remodeled rooms "
          "using NCRP 147 methods."),
    ("b", "Checked fluoroscopic air kerma rate limits and last-image-hold on 45 C-arms and R/F rooms a year."),
    ("b", "Assisted the medical physicist with CTDI measurements using a 100 mm pencil ion chamber on 12 computed "
          "tomography scanners."),
    ("b", "Helped 70 clients close out state inspection deficiencies; rewrote technique charts and ALARA policies "
          "and audited occupational dose records (Landauer) for 40 practices."),
    ("b", "Moved 55 practices from computed radiography to DR panels with no registration lapses."),
    ("b", "Built the company's compliance tracker in Microsoft Excel (1,900 X-ray tubes, due dates, survey results)."),
    ("job", "Mammography and Radiography Technologist - Pioneer Valley Women's Imaging, Springfield, MA - "
            "Jun 2015 to Oct 2019"),
    ("b", "Performed 22-28 screening and diagnostic mammograms a day, including 3D mammography on Hologic Selenia "
          "Dimensions units from 2017."),
    ("b", "Lead QC technologist: daily, weekly and monthly QC, ACR DM phantom images and QA program records; hosted "
          "four annual MQSA inspections with no Level 1 or Level 2 findings."),
    ("b", "Coordinated ACR accreditation renewals for three units and the annual medical physicist survey."),
    ("b", "Trained nine technologists on MQSA personnel requirements and continuing education tracking."),
    ("job", "Staff Radiologic Technologist - Mercy Riverside Hospital, Springfield, MA - Jul 2013 to May 2015"),
    ("b", "General radiography and fluoroscopy in the ED, inpatient units and OR; about 60 exams per shift."),
    ("b", "Portable and intraoperative imaging with GE OEC 9900 C-arms."),
    ("h", "Education"),
    ("p", "B.S., Radiologic Sciences - Eastern Shoreline University, New Haven, CT, 2013. Coursework in radiation "
          "physics, radiobiology and radiation protection; capstone on dose optimization in medical imaging."),
    ("h", "Professional Development"),
    ("b", "CRCPD Annual Meeting, 2024 - X-ray and mammography sessions"),
    ("b", "AAPM/ACR webinar series on fluoroscopy dose management, 2023"),
    ("h", "References"),
    ("p", "Dr. Priya Ramanathan, Medical Physicist, Ramanathan Physics Consulting - available on request"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
