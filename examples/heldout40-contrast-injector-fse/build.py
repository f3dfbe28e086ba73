"""Build resume.docx for heldout40-contrast-injector-fse.

Layout quirks: contact line (with the CBET post-nominal) sits only in the DOCX page header; the skills are a
bordered two-column table (label | content) placed before the experience; certifications and training come after
the experience, not near the top; the applicant's employer is written with its in-house abbreviation (EMC);
military service is listed as a job and the Army 68A course again under education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Andre L. Whitcomb, CBET  |  212 Prospect Hill Road, Chicopee, MA 01013  |  (413) 555-0163  |  "
                "andre.whitcomb@example.com  |  linkedin.com/in/andre-whitcomb-bmet"),
    ("name", "ANDRE L. WHITCOMB, CBET"),
    ("p", "Imaging BMET  |  Contrast Injectors  |  CT / MRI / Cath Lab  |  U.S. Army veteran (68A)"),
    ("h", "Summary"),
    ("p", "Imaging biomedical equipment technician with five years as the in-house contrast injector and CT/MRI "
          "support tech at a 480-bed regional trauma center, three years of general biomed before that, and six "
          "years as an Army 68A. I look after the hospital's 41 contrast injectors from install to retirement: PMs, "
          "board-level repairs, scanner interfacing, software loads and the paperwork that keeps surveyors happy. "
          "Now looking to move to the injector field service side."),
    ("h", "Technical Skills"),
    ("table", [
        ("Contrast injectors",
         "MEDRAD Stellant D and Stellant FLEX (CT)\n"
         "MEDRAD MRXperion and Spectris Solaris EP (MRI)\n"
         "Mark 7 Arterion (angio / special procedures)\n"
         "Bracco EmpowerCTA+ and ACIST CVi (cath lab)\n"
         "Mallinckrodt / Liebel-Flarsheim Optivantage DH"),
        ("Scanners and interfaces",
         "Bayer Imaging System Interface to Siemens SOMATOM Force and Definition AS+, GE Revolution and "
         "Toshiba Aquilion ONE; CAN bus and arming/scan-start troubleshooting"),
        ("Test equipment",
         "Fluke ESA620, Fluke 87V, Tektronix TBS1052B scope, Fluke Biomedical DPM4, Fluke 62 MAX IR thermometer, "
         "graduated cylinders and stopwatch (flow rate / volume accuracy)"),
        ("Standards and compliance",
         "IEC 62353, NFPA 99, IEC 60601 (working knowledge), TJC Environment of Care, FDA recall and ECRI alert "
         "handling, MRI Zone 4 safety"),
        ("Software and IT",
         "AIMS (work orders, PM scheduling), Radimetrics dose monitoring, DICOM, OEM service software on Windows "
         "laptops, Microsoft 365"),
    ]),
    ("h", "Experience"),
    ("job", "Imaging Equipment Specialist (BMET III), Clinical Engineering  |  Eastbrook Medical Center (EMC), "
            "Springfield, MA  |  Jun 2021 - present"),
    ("b", "Sole imaging BMET for contrast delivery: 41 contrast injectors across 7 CT scanners, 4 MRI suites, 3 cath "
          "labs, 2 special procedures rooms and the ED; 98.6% injector uptime in FY2025."),
    ("b", "Complete scheduled PMs on every injector to the OEM service manual: flow rate and volume accuracy checks, "
          "pressure transducer and piston position calibrated against the DPM4, head, pedestal and power pack "
          "inspections."),
    ("b", "Board-level troubleshooting with schematics and a scope; replaced drive boards, power supplies, encoder "
          "assemblies and control-room displays, cutting OEM call-outs from 26 to 7 a year."),
    ("b", "Installed and commissioned 14 injectors during the 2022-2024 CT and MRI replacement program, including "
          "the Bayer Imaging System Interface on Siemens SOMATOM Force and GE Revolution scanners; confirmed "
          "synchronized arming and scan start with the scanner vendors' engineers."),
    ("b", "Electrical safety testing of injectors, contrast warmers and patient tables per IEC 62353 and NFPA 99 "
          "with a Fluke ESA620 (leakage current, ground wire resistance); monthly warmer temperature checks with an "
          "IR thermometer."),
    ("b", "Support MRXperion and Solaris EP injectors in MRI Zone 4: keep MRI-conditional pedestals outside the "
          "marked gauss line, use a non-ferrous tool kit, and refresh MRI safety training every year."),
    ("b", "Loaded firmware updates across the Stellant and MRXperion fleet; worked with IT to keep the Radimetrics "
          "server receiving DICOM injection reports from CT."),
    ("b", "Worked FDA recall notices and ECRI alerts for the imaging fleet through AIMS; closed every work order the "
          "same shift."),
    ("b", "Prepared injector maintenance and electrical safety records for the 2022 and 2025 TJC surveys (no "
          "imaging equipment findings)."),
    ("b", "Trained CT, MRI and cath lab technologists on daily care, syringe loading and first-line error clearing."),
    ("job", "BMET II, Clinical Engineering  |  Eastbrook Medical Center (EMC), Springfield, MA  |  Mar 2018 - Jun 2021"),
    ("b", "General biomed on infusion pumps, physiological monitors, defibrillators, ESUs and ventilators for "
          "the ICU, OR and ED."),
    ("b", "Backup coverage for Radiology's contrast injectors; did Stellant and Optivantage PMs under the senior "
          "imaging tech from 2019."),
    ("job", "Biomedical Equipment Specialist (68A), Sergeant  |  U.S. Army  |  Jun 2011 - Feb 2018"),
    ("b", "Maintained fixed-facility and field hospital equipment at William Beaumont Army Medical Center, Fort "
          "Bliss, TX and a deployable combat support hospital: portable X-ray, ultrasound, anesthesia machines, "
          "lab analyzers and patient monitors."),
    ("b", "Ran the section's maintenance schedule and supervised four junior 68A technicians."),
    ("h", "Certifications and Training"),
    ("b", "CBET - Certified Biomedical Equipment Technician, AAMI Credentials Institute, 2020"),
    ("b", "CRES - Certified Radiology Equipment Specialist: eligibility approved, exam scheduled February 2027"),
    ("b", "Bayer MEDRAD factory school: Stellant and MRXperion service (2019), Mark 7 Arterion (2022)"),
    ("b", "Bracco EmpowerCTA+ service course (2023)"),
    ("b", "CompTIA A+ (2018)"),
    ("h", "Education"),
    ("b", "A.A.S., Biomedical Engineering Technology - Pioneer Falls Community College, Holyoke, MA, 2019"),
    ("b", "68A Biomedical Equipment Specialist course - Medical Education and Training Campus (METC), "
          "Fort Sam Houston, TX, 2011"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
