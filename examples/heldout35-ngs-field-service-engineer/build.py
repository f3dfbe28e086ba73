#!/usr/bin/env python3
"""Build resume.pdf for heldout35-ngs-field-service-engineer."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "GAVIN R. STOLTZFUS"),
    ("contact", "417 Millikin Street, Hamilton, OH 45013  |  (513) 555-0163  |  gavin.stoltzfus@example.com"),
    ("h", "Summary"),
    ("p", "Field service engineer with 6 years servicing clinical laboratory analyzers (hematology, chemistry, "
          "immunoassay and flow cytometry) across southwest Ohio, northern Kentucky and eastern Indiana, after "
          "3 years as an in-house hospital BMET. Component-level troubleshooting of fluidics, optics, lasers and "
          "motion systems; 95% first-time fix rate in 2024. Looking to bring that depth to next-generation "
          "sequencing platforms."),
    ("h", "Certifications & Training"),
    ("b", "CompTIA A+ (2016)"),
    ("b", "CompTIA Network+ - exam scheduled January 2026"),
    ("b", "Sysmex XN-Series field service certification, factory school (2020)"),
    ("b", "Beckman Coulter DxH 900 / DxH 520 service training (2021)"),
    ("b", "Laser Safety for Service Personnel, ANSI Z136.1 - Class 3B lasers (2021, refreshed 2024)"),
    ("b", "Lean Six Sigma Yellow Belt (2022)"),
    ("h", "Technical Skills"),
    ("b", "Hematology: Sysmex XN-1000 / XN-3000 with SP-50 slide makers; Beckman Coulter DxH 900, DxH 520; "
          "CellaVision DM1200 (CCD camera, motorized stage, autofocus, oil dispenser)"),
    ("b", "Chemistry / immunoassay: Roche cobas 6000 (c 501 / e 601), cobas pro; Beckman Coulter AU680"),
    ("b", "Flow cytometry: BD FACSCanto II and FACSLyric flow cytometers (405/488/633 nm laser diodes, PMT "
          "detectors, fluidics cart)"),
    ("b", "Molecular (in-house BMET support): Illumina MiSeq, Cepheid GeneXpert, Bio-Rad CFX96 real-time PCR "
          "thermal cyclers"),
    ("b", "Subsystems: syringe pumps, Sysmex sampling rotor valves, pinch and solenoid valves, pressure/vacuum "
          "pneumatics, optical benches, stepper motors and encoders, Peltier coolers and thermistors"),
    ("b", "Electromechanical troubleshooting to board-level from schematics; Fluke 87V DMM, Tektronix TBS2000 "
          "oscilloscope, Thorlabs PM100D optical power meter, ESD mat and wrist strap, Fluke ESA615"),
    ("b", "IT: Windows 10/11, Linux command line (bash, grep, journalctl), IP networking (static addressing, "
          "VLANs, Wireshark captures), LIS and middleware interfaces"),
    ("b", "Quality: IQ/OQ documentation, FSRs and complaint records under FDA QSR, GDP, FCOs, RMA returns, "
          "Ishikawa root-cause analysis"),
    ("h", "Experience"),
    ("job", "Field Service Engineer II - Ridgeline Lab Service Partners, Cincinnati, OH - Apr 2019 to Present"),
    ("b", "Service about 120 hematology, chemistry, immunoassay and flow cytometry systems at 31 hospital, "
          "reference and university core labs for a multivendor ISO (independent service organization)."),
    ("b", "Run site surveys (power, network, bench space, ambient temperature) and complete installs with IQ/OQ "
          "documentation; 14 installs since 2021, including two CLIA-certified molecular labs."),
    ("b", "Replace and align laser diodes on FACSCanto II and FACSLyric optical benches; verify laser power with "
          "the Thorlabs meter and CS&T beads after every optics repair."),
    ("b", "Rebuild fluidics on Sysmex XN and DxH analyzers: syringe pumps, sampling rotor valves, pinch valves and "
          "vacuum/pressure regulators; chase down leaks and air bubbles in the sample path."),
    ("b", "Troubleshoot reagent cooler and incubator temperature control (Peltier modules, thermistors, fan "
          "assemblies) on cobas and AU680 systems."),
    ("b", "Calibrate the CellaVision motorized stage, autofocus and CCD camera; perform optical alignment after "
          "objective and lamp replacement."),
    ("b", "Load firmware and software updates and FCOs on FDA-cleared IVD analyzers; keep 98% of PMs inside the "
          "contract window."),
    ("b", "Write FSRs and complaint records; manage trunk stock and RMA parts in SAP and ship failed boards to "
          "the depot by UPS Ground the same day."),
    ("b", "Provide service records for customer CAP inspections; train bench staff on daily maintenance and GDP "
          "for instrument logs."),
    ("b", "Led an Ishikawa review of repeat DxH 900 aspiration failures that cut repeat calls 40%; wrote Bash "
          "scripts to pull and grep instrument error logs."),
    ("job", "Biomedical Equipment Technician II - Butler County Regional Hospital, Hamilton, OH - Jun 2016 to Mar 2019"),
    ("b", "In-house service for lab, pharmacy and patient care equipment in a 260-bed hospital; covered the "
          "3 PM to 11:30 PM shift for two years."),
    ("b", "PMs and electrical safety tests on centrifuges, lab refrigerators, analyzers and molecular lab "
          "equipment (Illumina MiSeq, GeneXpert, CFX96)."),
    ("b", "Decontaminated instruments to BSL-2 practice and applied LOTO before opening any lab equipment."),
    ("b", "Coordinated OEM service visits and closed work orders in TMS."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Great Miami Technical College, Hamilton, OH, 2016"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
