#!/usr/bin/env python3
"""Build resume.docx for heldout31-mri-safety-service.

Layout that troubles an ATS: contact details only in the page header, letter-spaced
section headings, and the skills section in a two-column table.
Run:  /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Tamsin R. Okafor, R.T.(R)(MR)(ARRT)  |  41 Laurel Hill Avenue, Norwich, CT 06360  |  (860) 555-0134  |  tamsin.okafor@example.com"),
    ("name", "TAMSIN R. OKAFOR"),
    ("p", "MRI Technologist  |  MR Safety  |  Scanner QA and Uptime"),
    ("h", "S U M M A R Y"),
    ("p", "Registered MRI technologist with 9 years on 1.5T and 3T scanners in a community hospital and a four-center "
          "outpatient group, the last 4 years as lead technologist and the group's acting MR safety officer. I run the "
          "daily QA, the helium and cold head logs and the safety screening program, and I am the one the OEM engineers "
          "call when a magnet goes down. Ready to move full time into MR safety and equipment service."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "ARRT Registered Technologist, Radiography and Magnetic Resonance Imaging - R.T.(R)(MR)(ARRT); R 2015, MR 2017"),
    ("b", "MR Safety Officer (MRSO), ABMRS - exam scheduled February 2027"),
    ("b", "BLS Provider, American Heart Association - current through 08/2027"),
    ("b", "Siemens MAGNETOM applications training, syngo MR XA (Vida), 2023"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("MR safety", "Zone I-IV access control per the ACR Manual on MR Safety; MRI safety screening of patients and staff; "
                      "implant look-ups on MRIsafety.com; MR Conditional pacemakers (Medtronic SureScan) and spinal cord "
                      "stimulators; SAR and B1+rms limits, slew-rate limited protocols; ASTM F2503 labeling (MR Safe, "
                      "MR Conditional, MR Unsafe); Kopp Ferroguard Assure walk-through units"),
        ("Scanners", "Siemens MAGNETOM Aera 1.5T and Vida 3T; GE SIGNA Explorer 1.5T; Hitachi Oasis 1.2T open"),
        ("QA / QC", "Daily QA with OEM phantoms; weekly ACR phantom QC (SNR, percent image uniformity, percent signal "
                    "ghosting, geometric accuracy, slice thickness); center frequency and transmit gain logs; coil checks"),
        ("Magnet site", "Helium level and vessel pressure logs; cold head and Sumitomo F-70 alarms; chiller faults; Siemens "
                        "Smart Remote Services (SRS); quench vent walk-downs; O2 monitor checks; ERDU tests; RF door "
                        "finger stock inspections"),
        ("MR equipment", "Invivo Expression MR400; Bayer MEDRAD MRXperion; IRadimed MRidium 3860+ infusion pump; "
                         "MR Conditional wheelchairs and stretchers"),
        ("Systems", "syngo MR, Epic Radiant, Sectra PACS, DICOM routing checks, Excel"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Lead MRI Technologist and Acting MR Safety Officer - Thames River Imaging Associates, Norwich, CT - Apr 2022 to Present"),
    ("b", "Lead technologist for four outpatient centers and five MRI systems; acting MR safety officer for the group, "
          "reporting to our MR medical director."),
    ("b", "Rebuilt the MRI safety screening workflow and Zone III/IV access control after a 2022 near-miss (an oxygen tank "
          "stopped at the Zone III door); no projectile events since."),
    ("b", "Placed Ferroguard walk-through units at three Zone III entries and added their daily function check to the "
          "opening QA list."),
    ("b", "Keep the daily helium level and vessel pressure log for all five magnets; caught a cold head failure on the Vida "
          "in 2024 and had Siemens on site within 20 hours, with boil-off held to 4% and no helium fill needed."),
    ("b", "Coordinate OEM service with Siemens and GE field engineers and track downtime in a shared Excel log; scanner "
          "uptime averaged 98.6% in 2025."),
    ("b", "Run weekly ACR phantom QC on every scanner, trend the results with our MR physicist and pull coils with failing "
          "elements; prepared two centers for ACR MRI accreditation renewal (2023, 2025) with no deficiencies."),
    ("b", "Worked with the physicist on annual physicist surveys and corrective actions, including an RF shielding repair "
          "after a damaged RF door seal let in RF noise (zipper artifacts and herringbone artifact on the 1.5T)."),
    ("b", "Teach annual MR safety training for Level 1 and Level 2 staff; wrote the group's quench response and Zone IV "
          "code procedures and run the drills with local EMS."),
    ("b", "Helped with the magnet install and ramp at our new Groton center in 2024, including RF shielding acceptance and "
          "DICOM routing to PACS."),
    ("b", "Verify orders, ICD-10 codes and prior authorizations before scheduling implant patients."),
    ("job", "MRI Technologist II - Shoreline Regional Hospital, New London, CT - Jun 2017 to Mar 2022"),
    ("b", "Scanned 18-22 patients per shift on Siemens Aera and GE SIGNA Explorer scanners, including inpatients, "
          "anesthesia cases and MR Conditional device patients."),
    ("b", "Member of the hospital MR Safety Committee: reviewed incident reports and took part in the RCA for two thermal "
          "injury events; added hearing protection checks to the pre-scan time-out."),
    ("b", "First-line troubleshooting of coil, table and reconstruction faults before calling the OEM; helped prepare the "
          "department for the 2019 and 2022 TJC surveys."),
    ("job", "Radiologic Technologist - Shoreline Regional Hospital, New London, CT - Jul 2015 to Jun 2017"),
    ("b", "General and portable radiography for the ED and inpatient floors; cross-trained into MRI in 2016."),
    ("h", "E D U C A T I O N"),
    ("p", "A.S., Radiologic Technology - Three Rivers Community College, Norwich, CT, 2015"),
    ("p", "MRI Certificate Program - Gateway Health Careers Institute, New Haven, CT, 2017"),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "MRSO preparation course (24 CE credits), 2025"),
    ("b", "ACR MRI Accreditation Program webinar series, 2023"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")


if __name__ == "__main__":
    main()
