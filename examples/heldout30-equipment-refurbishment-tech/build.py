#!/usr/bin/env python3
"""Build resume.pdf for heldout30-equipment-refurbishment-tech.

Layout that troubles an ATS: letter-spaced section headings and a two-column skills block whose
rows an extractor reads across both columns.
Run with /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DEVON A. OKAFOR"),
    ("contact", "Mesa, AZ 85203  |  (480) 555-0138  |  devon.okafor@example.com  |  U.S. Army Veteran"),
    ("h", "S U M M A R Y"),
    ("p", "Army-trained biomedical equipment specialist (68A) with five years maintaining field and garrison medical "
          "equipment, now hand-soldering and reworking circuit assemblies in a contract electronics plant. Strong on "
          "teardown, board-level troubleshooting and soldering; looking for a bench repair role with a medical "
          "equipment reseller."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "IPC J-STD-001 Certified IPC Specialist (CIS) - 2025"),
    ("b", "CBET - eligible; AAMI exam planned spring 2027"),
    ("b", "Forklift certified (sit-down counterbalance) - 2025"),
    ("b", "OSHA 10-Hour General Industry - 2025"),
    ("h", "S K I L L S"),
    ("cols", [
        ("Equipment:", "Test Equipment:"),
        ("Patient monitors (Propaq MD, MP50)", "Fluke ESA615 safety analyzer"),
        ("ZOLL R Series, Propaq MD, AED Plus", "Fluke Impulse 7000DP"),
        ("Alaris and SIGMA Spectrum IV pumps", "Fluke IDA-5"),
        ("SonoSite Edge II ultrasound", "Fluke ProSim 8"),
        ("Valleylab Force FX ESU", "Fluke 87V DMM, Tektronix scope"),
        ("Impact 731 ventilators, suction", "Hakko FX-951 soldering station"),
        ("Bench Skills:", "Systems:"),
        ("Teardown and reassembly", "GCSS-Army, DMLSS"),
        ("Board and module swaps", "SAP (work orders)"),
        ("Through-hole and SMT soldering", "Microsoft Excel, Word"),
        ("Schematic reading", ""),
        ("ESD-safe handling, LOTO", ""),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Electronics Assembler / Rework Technician  |  Sonoran Circuit Works, Chandler, AZ  |  Oct 2025 - Present"),
    ("b", "Hand-solder and rework through-hole and SMT parts on PCB assemblies for industrial and avionics customers "
          "in an ISO 9001 contract manufacturing plant."),
    ("b", "Inspect my own work to IPC J-STD-001 Class 2 and 3 criteria; log NCMRs for rejected boards and follow the "
          "plant QMS work instructions."),
    ("b", "Keep my station to the plant's 5S standard."),
    ("job", "Biomedical Equipment Specialist (68A), Sergeant  |  U.S. Army, Medical Logistics Company, Fort Cavazos, TX  |  Aug 2020 - Aug 2025"),
    ("b", "Performed scheduled services (PMCS), repairs and operational checks on 900+ pieces of medical equipment for "
          "a brigade medical company and its field hospital sets."),
    ("b", "Troubleshot and repaired ZOLL Propaq MD and R Series defibrillators, ZOLL AED Plus units, Impact 731 "
          "ventilators and SonoSite Edge II ultrasound systems; replaced blood pressure pumps and pulse oximetry "
          "boards down to the module level."),
    ("b", "Overhauled 60+ medical equipment sets returning from field rotations: teardown, cleaned and decontaminated "
          "housings and accessories, replaced worn parts, and returned sets to fully mission capable."),
    ("b", "Calibrated and verified equipment following OEM service manuals with the Impulse 7000DP, IDA-5, ProSim 8 "
          "and ESA615; performed electrical safety inspections and leakage current testing per NFPA 99."),
    ("b", "Performed acceptance inspections on newly fielded equipment and loaded firmware updates per OEM bulletins."),
    ("b", "Inspected ultrasound probes for cracked lenses and damaged cables before every field exercise."),
    ("b", "Maintained Alaris and SIGMA Spectrum IV pumps, Philips IntelliVue MP50 monitors and suction units at the "
          "garrison hospital."),
    ("b", "Documented all work on DA Form 2407 and in GCSS-Army; ordered parts through DMLSS."),
    ("job", "Lube and Light Repair Technician  |  Desert Star Auto Care, Mesa, AZ  |  Jun 2018 - Jul 2020"),
    ("b", "Oil changes and brake jobs; replaced fuel pumps and alternators; used a DMM and wiring diagrams to chase "
          "electrical faults."),
    ("h", "M I L I T A R Y   T R A I N I N G"),
    ("p", "Army 68A Biomedical Equipment Specialist Course - Medical Education and Training Campus (METC), "
          "JBSA-Fort Sam Houston, TX - 2021"),
    ("p", "Basic Leader Course (BLC) - 2023"),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Electronics Engineering Technology - in progress, expected May 2027 (evenings, GI Bill) - "
          "Salt River Valley Community College"),
    ("p", "High School Diploma - Superstition Ridge High School, Mesa, AZ - 2018"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")
