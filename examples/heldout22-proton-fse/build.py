#!/usr/bin/env python3
"""Build resume.pdf for heldout22-proton-fse (letter-spaced section headings, single column)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "GRAHAM T. VOSS"),
    ("contact", "Chattanooga, TN 37415  •  (423) 555-0163  •  graham.voss@example.com  •  Open to relocation"),
    ("h", "P R O F I L E"),
    ("p", "Senior linac field service engineer with 12 years servicing medical linear accelerators and MR-guided "
          "treatment delivery systems across an 11-site radiotherapy territory in Tennessee, north Georgia and "
          "Alabama, after 6 years as a U.S. Navy nuclear electronics technician. Strongest in RF, high voltage and "
          "beam tuning; regional escalation lead for Varian TrueBeam and Elekta Unity. Looking to bring that "
          "accelerator background to a resident site role."),
    ("h", "C E R T I F I C A T I O N S   &   T R A I N I N G"),
    ("b", "Varian TrueBeam Service Certification, Levels 1 and 2 (2014, 2016); Halcyon service certification (2019)"),
    ("b", "Elekta Unity MR-Linac service training, Crawley, UK (2021)"),
    ("b", "Varian ProBeam 360° system overview course, 5 days (2024)"),
    ("b", "NFPA 70E qualified electrical worker training (2025)"),
    ("b", "Radiation worker training, 10 CFR Part 20 (annual, current)"),
    ("b", "CompTIA Security+ (in progress, exam scheduled January 2027)"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("b", "Treatment delivery: Varian TrueBeam, Clinac iX and 21EX, Halcyon; Elekta Synergy; Elekta Unity 1.5 T MR-Linac"),
    ("b", "RF system and high voltage: klystron and magnetron replacement and tuning, thyratron and PFN modulator repair, "
          "HV power supplies, SF6 waveguide, circulators, electron gun and accelerating structure replacement"),
    ("b", "Beam: energy, flatness and symmetry tuning; bending magnet and bending magnet power supply; steering coils; "
          "transmission monitor chamber replacement; beam recommissioning with physics after structure or gun swaps"),
    ("b", "Vacuum and cooling: vacuum system leak checks, ion pump and turbo pump service, cooling water and DI water "
          "circuits, chiller interface"),
    ("b", "Magnet cryogenics (Unity): cold head and helium compressor service, 1.5 T superconducting magnet ramp support, "
          "helium fill coordination"),
    ("b", "Imaging and positioning: OBI kV imaging and kV generator, x-ray tube replacement, Varex PaxScan 4030CB "
          "detector, CBCT, IGRT, AlignRT SGRT cameras; patient positioning systems (PerfectPitch 6DoF couch, "
          "HexaPOD evo RT)"),
    ("b", "Controls and software: TrueBeam Supervisor and node software, machine log analysis, Linux (RHEL) and "
          "Windows, Python log-parsing scripts; safety interlock circuits; Allen-Bradley SLC 500 PLCs and ladder "
          "logic; wiring diagrams and schematics"),
    ("b", "Connectivity: DICOM RT, ARIA and MOSAIQ OIS interfaces, Eclipse TPS"),
    ("b", "Test equipment: Tektronix oscilloscope, Fluke 87V, Keysight RF power meter, Pfeiffer helium leak detector, "
          "Ludlum 9DP, IBA Blue Phantom² water tank (with physics)"),
    ("b", "QA and standards: monthly and annual machine QA with physics (AAPM TG-142), beam output checks, "
          "IEC 60601-2-1, IEC 61217, complaint handling under 21 CFR 820"),
    ("b", "Safety: radiation safety and ALARA, radiation surveys after beam-on work, handling of activated targets "
          "and flattening filters, LOTO, NFPA 70E"),
    ("h", "E X P E R I E N C E"),
    ("job", "Senior Field Service Engineer — Meridian Oncology Service Partners, Chattanooga, TN — Mar 2017 to Present"),
    ("b", "Territory engineer for 14 linacs and one Elekta Unity at 11 sites; 99.2% average uptime across the "
          "territory in 2025."),
    ("b", "Lead PMs, CMs and FCOs on TrueBeam, Clinac and Halcyon, including gantry drive and stand repairs; "
          "regional escalation lead for RF and beam faults."),
    ("b", "Replaced 9 klystrons, 14 magnetrons and 3 accelerating structures; handled vacuum bake-out, beam tuning "
          "and recommissioning with site physicists."),
    ("b", "Supported the territory's first Unity install: magnet ramp, cryogen monitoring, RF cage checks and "
          "MR/linac interlock verification."),
    ("b", "Worked with hospital IT to restore an ARIA-to-Epic charge interface after a server migration; set up "
          "DICOM RT exports to a third-party QA server."),
    ("b", "Coached 5 junior engineers through TrueBeam Level 1 certification."),
    ("b", "Log every call in Salesforce Field Service and write factory escalations with full log bundles."),
    ("job", "Field Service Engineer — Meridian Oncology Service Partners, Nashville, TN — Jun 2013 to Feb 2017"),
    ("b", "Serviced Clinac iX/21EX, Trilogy and Elekta Synergy units; OBI and kV imaging repairs; x-ray tube and "
          "imager swaps."),
    ("b", "Member of the territory's 24/7 on-call rotation (one week in three)."),
    ("job", "Electronics Technician (Nuclear), ET1(SS) — U.S. Navy, Submarine Force, Norfolk, VA — 2006 to 2012"),
    ("b", "Maintained reactor plant nuclear instrumentation, radiation monitoring and reactor protection circuits."),
    ("b", "Instructor tour at the Nuclear Power Training Unit: troubleshot Allen-Bradley SLC 500 PLCs and ladder "
          "logic on training-plant support systems."),
    ("b", "Qualified radiation worker; TLD dosimetry; radiological controls and surveys."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Electrical Engineering Technology — Tidewater State University (online), 2013"),
    ("p", "Naval Nuclear Power School and Nuclear Power Training Unit, Electronics Technician (Nuclear) pipeline, 2006-2007"),
    ("h", "A D D I T I O N A L"),
    ("p", "Valid driver's license and U.S. passport. Willing to relocate to the Knoxville area."),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")


if __name__ == "__main__":
    main()
