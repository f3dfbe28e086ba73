#!/usr/bin/env python3
"""Build resume.docx for the heldout27-vet-bmet pair.

Layout that troubles an ATS: contact details only in the Word page header, and the equipment
experience in a two-column table. Run with /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Tyler J. Okafor, CVT  |  Arvada, CO 80003  |  (720) 555-0138  |  tyler.okafor@example.com"),
    ("name", "TYLER J. OKAFOR"),
    ("h", "Summary"),
    ("p", "Biomedical equipment technician with 2 years of field service on veterinary, dental and in-house lab "
          "equipment, after 6 years as a certified veterinary technician in emergency and surgery. I know the "
          "anesthesia machines, fluid pumps and monitors from both sides of the table: how the staff use them and "
          "how they fail. Looking to move in-house with a specialty and emergency group."),
    ("h", "Certifications & Licenses"),
    ("b", "Certified Veterinary Technician (CVT) - Colorado Association of Certified Veterinary Technicians, 2017"),
    ("b", "CBET (AAMI Credentials Institute) - exam scheduled November 2026"),
    ("b", "CompTIA A+, 2024"),
    ("b", "OSHA 10-Hour General Industry, 2023"),
    ("b", "Valid Colorado driver's license, clean record"),
    ("h", "Equipment Experience"),
    ("table", [
        ("Anesthesia", "Veterinary anesthesia machines: SurgiVet, Midmark Matrx VMS; Hallowell EMC Model 2002 ventilators; "
                       "isoflurane and sevoflurane vaporizers; low-pressure leak tests, flow meters, check valves; "
                       "WAG / active scavenging"),
        ("Monitoring & fluids", "Vital signs monitors: Mindray ePM 10 Vet, Cardell Touch (EKG, SpO2, non-invasive BP, EtCO2)\n"
                                "Heska Vet/IV 2.2 fluid pumps; Medfusion 3500"),
        ("Imaging", "Sedecal digital X-ray rooms with flat-panel detectors; iM3 CR7 plate scanner; Canon CT (first-line); "
                    "Esaote MyLab Omega VET (probe checks); Ziehm C-arm; DICOM routing"),
        ("Dental", "Dental machines (iM3 GS Deluxe): high-speed handpieces, air compressors, piezo ultrasonic scalers; "
                   "wall-mount dental radiograph generators"),
        ("Laboratory", "IDEXX Catalyst One, ProCyte Dx, SNAP Pro; Zoetis VetScan VS2; VetScan i-STAT 1; centrifuges; "
                       "fridge/freezer temperature monitoring"),
        ("Sterilization & O2", "Tuttnauer 3870EA steam sterilizers, weekly spore tests; O2 concentrators; medical gas "
                               "manifolds; ICU oxygen kennels"),
        ("Surgery", "Ellman Surgitron radiosurgery units; surgical lights; HotDog and Bair Hugger warmers; suction units"),
        ("Test equipment", "Fluke ESA615, ProSim 4, VT650; DMM; oscilloscope"),
        ("Skills", "Electronics and pneumatics troubleshooting to board level; basic TCP/IP networking; soldering; "
                   "work orders and PM scheduling in UpKeep"),
    ]),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician I - Peak Veterinary Equipment Services, Denver, CO - Mar 2024 to Present"),
    ("b", "Field service on anesthesia, monitoring, dental and lab equipment for 60+ general practice and emergency "
          "veterinary clinics along the Front Range."),
    ("b", "Perform preventive maintenance and performance testing to OEM procedures, about 25 PMs a week; run "
          "electrical safety testing on every PM and repair to NFPA 99 limits."),
    ("b", "Replace bellows, check valves and pop-off valves on SurgiVet and Matrx machines; send vaporizers out for "
          "annual calibration and track their return."),
    ("b", "Worked with Dr. Hanna Kowalski (DACVAA) on a pre-use anesthesia checkout card that cut Monday-morning "
          "failed leak tests by half at our largest client."),
    ("b", "Set up DICOM routing from the X-ray rooms and Esaote units to Asteris Keystone with clinic IT."),
    ("b", "Perform incoming inspections on new equipment and track manufacturer recalls in UpKeep."),
    ("b", "Apply LOTO before servicing compressors and sterilizers; help clinics with radiation safety, including "
          "lead apron inspections and dosimetry badge exchanges."),
    ("job", "Certified Veterinary Technician - Mile High Veterinary Emergency & Surgery Center, Denver, CO - 2017 to 2023"),
    ("b", "Anesthesia technician for 8-12 surgical cases a day: machine checks, induction, monitoring and recovery."),
    ("b", "Ran the in-house lab (IDEXX Catalyst One, ProCyte Dx; VetScan VS2) and took digital X-ray and dental radiographs."),
    ("b", "Became the hospital's go-to equipment person for fluid pumps, monitors and O2 concentrators, which led me "
          "to BMET school."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology (biomedical option) - Red Rocks Valley Community College, Lakewood, CO, 2024"),
    ("p", "A.A.S., Veterinary Technology - Plains Community College, Garden City, KS, 2016"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
