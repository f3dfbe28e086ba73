#!/usr/bin/env python3
"""Build resume.docx for the heldout26-xray-tube-depot pair (contact line in the page header, skills in a table)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Kenji R. Albrecht  |  3318 NE 112th Ave, Vancouver, WA 98682  |  (360) 555-0163  |  kenji.albrecht@example.com"),
    ("name", "KENJI R. ALBRECHT"),
    ("p", "X-Ray Tube & DR Detector Repair Technician"),
    ("h", "Summary"),
    ("p", "Depot repair technician with 6 years on X-ray tubes, DR panels and collimators, after 3 years of field work on "
          "rad rooms and C-arms. I do 30 to 40 tube reloads a month, run the detector calibration bench, "
          "and write most of our teardown reports. Comfortable with high voltage, clean paperwork and a quality system "
          "that gets audited."),
    ("h", "Certifications & Training"),
    ("b", "IPC J-STD-001 Certified IPC Specialist (CIS), Soldering Requirements - 2023, renewed 2025"),
    ("b", "DOT Hazmat Employee Training, 49 CFR 172.704 (function-specific: Class 9 lithium batteries) - 2025"),
    ("b", "IATA Dangerous Goods Regulations, shipper course (lithium batteries, PI 965-970) - 2025"),
    ("b", "CRES (Certified Radiology Equipment Specialist), AAMI Credentials Institute - exam scheduled November 2026"),
    ("b", "Radiation safety for X-ray equipment assemblers, Washington DOH Office of Radiation Protection - 2018"),
    ("b", "Carestream DRX service training (DRX-1 / DRX-Plus detectors) - 2021"),
    ("h", "Technical Skills"),
    ("table", [
        ("Tubes", "Insert replacement (reloads) in Dunlee, Varex (Varian) and Toshiba housings; insulating oil filtering, vacuum fill "
                  "and degas; bellows, seals, stators and HV receptacles; seasoning and heat runs on a 150 kV test stand"),
        ("Tube testing", "Filament emission, mA and kVp accuracy, rotor/stator current, focal spot (star pattern and pinhole "
                         "camera), leakage radiation survey per 21 CFR 1020.30"),
        ("DR detectors", "Carestream DRX-1 / DRX-Plus, Canon CXDI-410C and 710C, Varex PaxScan 4336W; offset and gain "
                         "calibration, bad pixel maps, battery, tether and Wi-Fi module repair, phantom image checks"),
        ("Collimators", "Ralco R225 and R302 rebuilds; lamps, mirrors, shutter blade motors; light field / X-ray field "
                        "congruence"),
        ("Electronics", "Component-level troubleshooting from wiring diagrams and service manuals; hand soldering "
                        "and SMT rework under magnification"),
        ("Test equipment", "RaySafe X2, Tektronix TBS2000 oscilloscope, HV divider, Fluke 87V, Fluke 1587 insulation tester"),
        ("Quality & ops", "ISO 13485:2016 QMS (DHRs, NCRs, 8D failure analysis, CAPA), static-control (electrostatic "
                          "discharge) handling, HV safety, LOTO, 5S; SAP Business One ERP"),
    ]),
    ("h", "Experience"),
    ("job", "Tube & Detector Repair Technician - Northbank X-Ray Services, Portland, OR - Apr 2020 to Present"),
    ("b", "Reload and test 30-40 radiographic and R/F tube housings per month; first-pass yield at final test of 96% in 2025."),
    ("b", "Built the detector calibration bench and wrote the work instructions for DRX and CXDI offset/gain calibration and "
          "defect maps; cut panel turnaround from 9 to 4 working days."),
    ("b", "Rebuild 15-20 collimators per month and set light field to X-ray field alignment before release."),
    ("b", "Wrote 120+ teardown reports for RMA and warranty returns; two findings led to a supplier CAPA on stator windings."),
    ("b", "Fill in DHRs and NCRs for every unit; no findings on my work in the 2024 ISO 13485 surveillance audit by BSI."),
    ("b", "Pack and ship tubes and wireless detectors with lithium batteries by ground and air as the cell's trained hazmat shipper."),
    ("b", "Replace and high-pot test high-tension cables and check HV receptacles for tracking."),
    ("job", "Imaging Service Technician I - Columbia Diagnostic Imaging Service (ISO), Vancouver, WA - Jun 2017 to Mar 2020"),
    ("b", "Performed PMs and repairs on rad rooms, portables (GE AMX 4+, Carestream DRX-Revolution) and OEC 9800/9900 C-arms "
          "for 30 clinics and two critical access hospitals."),
    ("b", "Did tube swaps and filed FDA Form 2579 assembler reports; ran kVp, mA and timer checks after every tube change."),
    ("b", "Repaired collimators and swapped CR readers for DR retrofits."),
    ("job", "Generator Technician - Ridgefield Power Systems, Ridgefield, WA - Aug 2014 to May 2017"),
    ("b", "Serviced diesel and natural gas standby generators and automatic transfer switches for hospitals and data centers."),
    ("b", "Load-bank tested units to NFPA 110 and kept service records."),
    ("job", "AV / Network Technician - ESD 112 (Educational Service District), Vancouver, WA - Sep 2012 to Jul 2014"),
    ("b", "Installed classroom projectors and network switches for 14 school districts."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Lower Columbia Technical College, Longview, WA, 2012"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")


if __name__ == "__main__":
    main()
