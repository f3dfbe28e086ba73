"""Build resume.docx for heldout51-sterilizer-validation-engineer.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), a two-column
appointments table under the profile, Irish/UK spellings (steriliser, licence) and Irish standard prefixes (IS EN).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DECLAN FURLONG"),
    ("contact", "Ely, Cambridgeshire  |  07700 555-0148  |  declan.furlong@example.com"),
    ("h", "Profile"),
    ("p", "Decontamination test engineer with ten years on sterilisers and washer-disinfectors in Irish and English "
          "hospitals. Appointed Test Person for steam, low-temperature and washer-disinfector equipment, currently "
          "covering 11 NHS and independent hospital sites for a specialist service company. Known for clean, on-time "
          "validation reports and for training the people who run the daily tests."),
    ("h", "Appointments and Registration"),
    ("table", [
        ("Appointments", "Test Person (Sterilisers) - appointed in writing by the AE(D), 2021\n"
                         "Test Person (Washer-Disinfectors) - appointed 2023"),
        ("Registration", "EngTech, Engineering Council, 2022\n"
                         "IEng - application submitted, professional review interview scheduled March 2027"),
        ("Membership", "MIHEEM - Member, Institute of Healthcare Engineering and Estate Management"),
        ("Licence", "Full UK driving licence (exchanged from Irish licence, 2021)"),
    ]),
    ("h", "Technical Skills"),
    ("b", "Sterilisers: porous-load steam sterilisers (Getinge HS66, MMM Selectomat), benchtop vacuum sterilisers, "
          "STERRAD 100NX and STERIS V-PRO maX low-temperature VH2O2 sterilisers"),
    ("b", "Washer-disinfectors: Getinge, Belimed and Miele WDs; Wassenburg EWDs; ultrasonic cleaners"),
    ("b", "Standards: HTM 01-01, HTM 01-06, IS EN 285 / EN 285, BS EN 13060, EN ISO 15883-1/-2/-4, EN 554, ISO 11140-4"),
    ("b", "Test equipment: Ellab TrackSense Pro dataloggers, Kaye Validator 2000, thermocouples, reference PRT, "
          "dry-block calibrator, ValSuite reporting software"),
    ("b", "Safety: Pressure Systems Safety Regulations 2000, permit to work, COSHH"),
    ("h", "Career History"),
    ("job", "Decontamination Test Engineer (Test Person) - Anglia Decontamination Engineering Ltd, Cambridge - "
            "Sept 2021 to present"),
    ("b", "Test Person (Sterilisers) for 11 NHS and private hospital sites across East Anglia; 140+ machines on my "
          "schedule, from porous-load steam sterilisers to benchtop sterilisers and STERRAD 100NX and V-PRO maX units."),
    ("b", "Weekly, quarterly and yearly tests to HTM 01-01 Part C and EN 285: automatic control test, vacuum leak "
          "test, air detector function test, Bowie and Dick test, small load and full-load thermometric tests, and "
          "steam quality tests (NCG, superheat, dryness fraction)."),
    ("b", "Thermometric testing with Ellab TrackSense Pro dataloggers and a 12-channel Kaye Validator 2000 "
          "thermocouple system; reports built in ValSuite; calibration checks against a UKAS-calibrated dry-block "
          "and reference PRT before and after every test."),
    ("b", "IQ/OQ and full performance qualification on 23 new installs (Getinge, Belimed, MMM), including two FATs "
          "at the manufacturer's works in Sweden."),
    ("b", "Annual revalidation reports and logbook entries issued in 4 working days on average; no report returned "
          "by the AE(D) in 2024-25."),
    ("b", "Since 2023, Test Person (Washer-Disinfectors) for 38 WDs and 6 EWDs to EN ISO 15883 and HTM 01-06: "
          "thermometric disinfection (A0 values), cleaning efficacy with test soil, ninhydrin protein tests, "
          "chemical dosing test, load carrier checks and final rinse water quality (conductivity, total viable count)."),
    ("b", "Trained 60 sterile services technicians in daily user tests, including the Bowie and Dick test and helix "
          "test with a hollow-load process challenge device."),
    ("b", "Safety valve checks and pressure vessel isolations for the insurance inspector under the site written "
          "schemes of examination; all work under permit to work and COSHH assessments."),
    ("job", "Estates Technician - Decontamination - HSE South, Cork University Hospital, Cork - Mar 2016 to Aug 2021"),
    ("b", "Planned maintenance and breakdown repair of 9 porous-load sterilisers and 14 washer-disinfectors in the "
          "CSSD; jobs logged and closed in MICAD."),
    ("b", "Assisted the Test Person with annual validation to IS EN 285 and IS EN ISO 15883; placed and recovered "
          "thermocouples and kept the machine logbooks."),
    ("b", "Checked Bowie and Dick indicator sheets (ISO 11140-4) and chased every failure to a root cause; "
          "steriliser downtime down 30% over two years."),
    ("b", "Took part in HSE Code of Practice and notified body audits of the CSSD."),
    ("job", "Apprentice / Electrician - Lee Valley Electrical Contractors, Cork - Sep 2011 to Feb 2016"),
    ("b", "Commercial and hospital electrical installation; moved to hospital estates after a two-year contract at "
          "Cork University Hospital."),
    ("h", "Education and Training"),
    ("b", "Higher Certificate in Engineering, Electrical Engineering (NFQ Level 6) - Cork Institute of Technology, 2015"),
    ("b", "Advanced Certificate - Craft, Electrical (QQI Level 6), SOLAS apprenticeship, 2014"),
    ("b", "Steam Sterilisation Validation to EN 554 - short course, 2017"),
    ("b", "Ellab TrackSense and ValSuite operator training, 2021"),
    ("b", "Manual handling and confined spaces awareness, 2023"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
