#!/usr/bin/env python3
"""Build resume.docx for heldout22-carm-iso-tech (contact in the page header, skills in a 2-column table)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Enfield, CT 06082  |  (860) 555-0138  |  danielle.okoro@example.com"),
    ("name", "DANIELLE R. OKORO"),
    ("p", "Imaging / Biomedical Equipment Technician  •  USAF Veteran  •  Secret Clearance (current)"),
    ("h", "Summary"),
    ("p", "Biomedical equipment technician (AFSC 4A2X1) with six years in the U.S. Air Force and two years in "
          "civilian multi-vendor diagnostic imaging equipment service. Day-to-day work is mobile C-arms, fluoroscopy "
          "and mobile X-ray: PMIs, performance checks, component-level troubleshooting from schematics, and the "
          "compliance paperwork that goes with it. Comfortable working in the OR with a surgeon waiting."),
    ("h", "Certifications & Training"),
    ("b", "CRES (Certified Radiology Equipment Specialist), AAMI Credentials Institute - exam scheduled October 2026"),
    ("b", "CompTIA A+ - Core 1 passed May 2026; Core 2 in progress"),
    ("b", "Radiological Service Training Institute (RSTI): C-Arm Service Course, OEC 9800/9900, 2025"),
    ("b", "USAF Radiation Safety training (annual), ALARA program, TLD dosimetry"),
    ("h", "Technical Skills"),
    ("table", [
        ("C-arms & fluoro", "Mobile C-arms: GE OEC 9800, GE OEC 9900 Elite, Siemens Arcadis Orbic\n"
                            "Extremity: OrthoScan FD Pulse\n"
                            "R/F: Siemens Luminos dRF"),
        ("Radiography", "Mobile X-ray: GE AMX 4+, Shimadzu MobileDaRt Evolution\n"
                        "DR detectors and retrofits; CR readers (Fujifilm FCR)"),
        ("Image chain", "HV generator and tank, x-ray tubes, collimator and iris, image intensifiers (9 in. and 12 in.), "
                        "CCD cameras and video chain, flat-panel detectors, Sony UP-D898MD printer"),
        ("Radiation output", "kVp, mA/mAs, exposure time, HVL, ABC tracking and maximum air kerma rate per "
                             "21 CFR 1020.30-.32; FDA 2579 reporting; Leeds TOR 18FG image quality checks"),
        ("Test equipment (TMDE)", "RaySafe X2 and Unfors Xi non-invasive kVp meters, Fluke ESA612, Fluke 87V multimeter, "
                                  "Tektronix TBS1052B oscilloscope"),
        ("Networking & IT", "DICOM send, DICOM print, PACS, static IP setup, laptop service software"),
        ("Compliance", "NFPA 99, TJC EC standards, electrical safety inspections, lead apron inspections, "
                       "DMLSS work orders"),
    ]),
    ("h", "Experience"),
    ("job", "Field Service Technician - Diagnostic Imaging | Pioneer Valley Imaging Service, Springfield, MA | Oct 2024 - Present"),
    ("b", "Service about 70 C-arms and mobile X-ray units for 25 hospital, surgery center and orthopedic customers in "
          "western MA and northern CT."),
    ("b", "Replaced image intensifiers, CCD cameras and x-ray tubes on OEC 9800/9900 units; swapped HV tanks and "
          "rebuilt collimator iris assemblies."),
    ("b", "Run kVp, mA, HVL and air kerma rate checks after every tube or generator repair and complete FDA 2579 "
          "forms for reassembled components."),
    ("b", "Calibration of ABC and the camera/video chain after image intensifier replacement; image quality "
          "verified with the Leeds TOR 18FG."),
    ("b", "Configure DICOM send and print to customer PACS; worked with hospital IT to move 12 C-arms onto a new "
          "imaging subnet."),
    ("b", "Electrical safety inspections with the Fluke ESA612 on every PM; close calls in the company service portal "
          "before end of day."),
    ("job", "Biomedical Equipment Technician (4A2X1), SSgt | U.S. Air Force, David Grant USAF Medical Center, Travis AFB, CA | Jul 2018 - Aug 2024"),
    ("b", "Maintained 1,900 medical devices, including the radiology department's fluoro rooms, two Siemens Arcadis "
          "Orbic C-arms, an OEC 9800 and GE AMX 4+ portables."),
    ("b", "Performed PMIs, repairs and performance checks per technical orders and manufacturer service manuals; "
          "tracked work orders and TMDE calibration in DMLSS."),
    ("b", "Deployed 2021 with an EMEDS team, keeping field X-ray, ultrasound and lab equipment running."),
    ("b", "Radiation safety monitor for the medical maintenance shop; ran the annual lead apron inspections program "
          "for 140 aprons."),
    ("b", "Trained 6 Airmen on C-arm PMIs and TMDE handling."),
    ("h", "Military Training"),
    ("p", "Biomedical Equipment Technician Course - Medical Education and Training Campus (METC), JBSA-Fort Sam Houston, TX, 2018 (41 weeks)"),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Community College of the Air Force, 2021"),
    ("h", "Additional"),
    ("p", "Valid Connecticut driver's license, clean record. Available for on-call and overnight travel."),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
