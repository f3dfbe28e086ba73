"""Build resume.docx for heldout46-ophthalmic-diagnostics-biomed.

Layout quirks: DOCX with the contact line in the page header, skills in a two-column table
(label, content with line breaks), certifications after education, an Affiliations section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "KEON R. WHITFIELD"),
    ("contact", "Keizer, OR 97303  |  (503) 555-0162  |  keon.whitfield@example.com"),
    ("h", "Profile"),
    ("p", "Biomedical technician with six years in hospital clinical engineering, the last four as the on-site "
          "biomed for an eye surgery pavilion and its retina and glaucoma clinics. I keep optical coherence "
          "tomography, perimetry, retinal imaging, phaco and laser equipment running between OEM visits, and I "
          "keep the paperwork the surveyors ask for. Equally at home at the bench with a scope and a DMM or on "
          "the phone with a manufacturer's tech support line."),
    ("h", "Technical Skills"),
    ("table", [
        ("Ophthalmic diagnostics",
         "Optical coherence tomography: Heidelberg Spectralis, Cirrus HD-OCT 5000\n"
         "Perimeters: Humphrey HFA3 and legacy HFA II-i\n"
         "Retinal cameras: Optos Daytona, Topcon TRC-50DX\n"
         "Slit-lamp biomicroscopes (Haag-Streit BQ 900), Goldmann and iCare tonometers\n"
         "Optical biometry: IOL Master 700; Pentacam; A-scan/B-scan ultrasound"),
        ("Surgical and laser",
         "Alcon Centurion phaco units, Constellation vitrectomy systems\n"
         "Surgical microscopes: Zeiss OPMI Lumera 700\n"
         "YAG lasers, selective laser trabeculoplasty (Ellex Tango), Iridex IQ 532 photocoagulator\n"
         "LenSx (first-line support alongside the Alcon FSE)"),
        ("Safety and test equipment",
         "Electrical safety testing to NFPA 99 and IEC 62353 with a Fluke ESA620\n"
         "Ophir Nova II laser power meter with thermal head\n"
         "Tektronix TBS1052B oscilloscope, Fluke 87V DMM, hot-air rework station"),
        ("Systems and software",
         "AIMS (Phoenix Data Systems): work orders, PM scheduling, inventory\n"
         "Zeiss FORUM, HEYEX, DICOM modality worklist, Epic Kaleidoscope interfaces\n"
         "Windows 10/11 imaging workstations, static IP and VLAN changes with IT\n"
         "Microsoft Excel: uptime, contract and PM completion reports"),
        ("Compliance and vendors",
         "TJC Environment of Care, CMS survey readiness, AEM program\n"
         "ECRI alerts and FDA recalls, vendor coordination, service contract review"),
    ]),
    ("h", "Experience"),
    ("job", "Biomedical Technician II, Clinical Engineering - North Santiam Medical Center and Eye Surgery Pavilion, "
            "Salem, OR - Mar 2021 to Present"),
    ("b", "Sole on-site biomed for a nine-room eye surgery pavilion and three retina/glaucoma clinics: 620 devices, "
          "about 1,100 PMs and 480 corrective work orders a year, 98.6% PM completion in AIMS."),
    ("b", "Cut downtime on 11 OCT and retinal imaging systems from 41 to 12 hours a quarter by stocking spare "
          "SLD light sources, PCs and joysticks and by working remote sessions with Heidelberg and Zeiss support."),
    ("b", "Ran electrical safety testing at every PM and acceptance testing on 140 new and loaner devices with a "
          "Fluke ESA620 to IEC 62353; no electrical safety findings at the 2022 and 2024 TJC surveys."),
    ("b", "Power-checked YAG, SLT and 532 nm lasers every quarter with an Ophir Nova II meter; as deputy laser "
          "safety officer kept the laser inventory, eyewear and door signage audit current."),
    ("b", "First call on 6 Alcon Centurion phaco units and 2 Constellation vitrectomy systems: replaced fluidics "
          "pressure sensors, footpedals and handpiece cables; equipment-delayed cases fell from 19 to 4 a year."),
    ("b", "Managed 23 OEM service contracts (about $610K a year): tracked uptime guarantees, reviewed field "
          "service reports and recovered $48K in credits on an underperforming OCT contract."),
    ("b", "Closed 37 ECRI alerts and FDA recalls in 2024, each within five business days."),
    ("b", "Set up DICOM modality worklist and FORUM archiving for 14 devices with IT; moved nine review "
          "stations from Windows 7 to Windows 10."),
    ("b", "Wrote the AEM equipment list and risk scores with the clinical engineering manager (CMS S&C 14-07)."),
    ("b", "Trained 40 ophthalmic techs and surgical nurses on daily user checks for tonometers, biometry and "
          "phaco test chambers."),
    ("job", "Biomedical Technician I - Mid-Valley Regional Hospital, Albany, OR - Jun 2019 to Feb 2021"),
    ("b", "General biomed for a 180-bed hospital: infusion pumps, patient monitors, defibrillators, ESUs and "
          "OR tables; about 90 work orders a month."),
    ("b", "Component-level repair of power supplies and monitor boards from schematics; saved about $22K a year "
          "in depot fees."),
    ("b", "Covered eye clinic slit lamps and the OR's surgical microscopes on rotation."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Engineering Technology - Cascade Pacific Community College, Oregon City, OR, 2019. "
          "400-hour internship in clinical engineering at a 300-bed hospital."),
    ("h", "Certifications and Training"),
    ("b", "CBET (AAMI) - exam scheduled April 2027"),
    ("b", "Alcon Centurion Vision System factory service training, Fort Worth, TX, 2022"),
    ("b", "Heidelberg Engineering Spectralis service course (remote), 2023"),
    ("b", "Medical Laser Safety Officer course (LIA), 2022"),
    ("b", "CompTIA A+, 2020"),
    ("h", "Affiliations"),
    ("b", "AAMI member since 2019; Pacific Northwest Biomedical Association, newsletter volunteer"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
