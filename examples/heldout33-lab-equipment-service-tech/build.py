#!/usr/bin/env python3
"""Build resume.docx for heldout33-lab-equipment-service-tech.

Layout quirks: contact line only in the page header, letter-spaced section headings,
technical skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Evan R. Baker  |  62 Quarry Hill Road, Lansdale, PA 19446  |  (267) 555-0163  |  evan.baker@example.com"),
    ("name", "EVAN R. BAKER"),
    ("h", "S U M M A R Y"),
    ("p", "Biomedical equipment technician (BMET III) with 9 years of hospital HTM experience, the last 4 as the dedicated "
          "lab-support tech for a 410-bed medical center covering the clinical lab, blood bank, pharmacy and SPD. "
          "Strong in refrigeration, airflow and sterilizer work on top of the usual biomed fleet. Looking to move full "
          "time into laboratory and research equipment service."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "Certified Biomedical Equipment Technician - AAMI Credentials Institute, 2020"),
    ("b", "EPA 608 Type II Technician Certification - ESCO Institute, 2015"),
    ("b", "NSF Biosafety Cabinet Field Certifier accreditation - written exam passed June 2026; practical exam scheduled November 2026"),
    ("b", "OSHA 10-Hour General Industry - 2022"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Lab refrigeration", "Thermo Scientific TSX and Revco -80 freezers (two-stage cascade systems); Helmer blood bank "
                              "refrigerators and plasma freezers; compressor, condenser fan and controller replacement; "
                              "refrigerant recovery and charging; brazing with nitrogen purge"),
        ("Airflow / containment", "NuAire LabGard Class II A2 BSCs: inflow and downflow velocity checks, HEPA filter leak "
                                  "scans (ATI 2i photometer), filter and blower changes; face velocity checks on histology "
                                  "fume hoods"),
        ("Sterilization", "STERIS Amsco Century and Getinge 733HC steam sterilizers: door seals, steam traps, vacuum leak "
                          "tests, Bowie-Dick and BI failure troubleshooting"),
        ("Centrifuges / incubators", "Beckman Coulter Allegra X-15R and Thermo Sorvall ST 16R centrifuges (rotor inspection, "
                                     "drive and lid-lock repair); Heracell 150i CO2 incubators (CO2 checks with Vaisala GM70)"),
        ("Test equipment", "Fluke ESA620, Fluke 87V DMM, TSI VelociCalc 9565, Fluke 1587 insulation tester, Testo 550s "
                           "refrigeration manifold, NIST traceable thermometers and pressure gauges"),
        ("Systems / standards", "Nuvolo CMMS, TempTrak, MS Office; NFPA 99, NSF 49, AAMI ST79, TJC EC standards, LOTO"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "BMET III (Laboratory Support) - Laurel Valley Medical Center, Lansdale, PA - Mar 2022 to Present"),
    ("b", "Dedicated tech for about 1,150 devices in the clinical lab, blood bank, pharmacy and SPD; planned maintenance "
          "completion at 99% for two years running."),
    ("b", "Manage 17 OEM service agreements (Roche, Sysmex, Beckman Coulter, Bio-Rad, STERIS) worth $1.4M a year; review "
          "field service reports and dispute billing that does not match contract terms."),
    ("b", "Brought Thermo Scientific and Revco -80 freezer and Helmer refrigerator repairs in-house (compressors, "
          "controllers, refrigerant leaks); saved an estimated $86K in vendor call-outs in 2024."),
    ("b", "Run semiannual inflow and downflow velocity checks and HEPA leak scans on 9 BSCs in the BSL-2 microbiology suite "
          "and pharmacy compounding between annual outside certifications to NSF 49."),
    ("b", "Respond to TempTrak alarms on 260 refrigerators, freezers and incubators; second-tier on-call one week in five."),
    ("b", "Kept lab equipment PM and temperature records ready for College of American Pathologists and AABB inspections; "
          "zero equipment citations in 2023 and 2025."),
    ("b", "Wrote and closed the CAP for a 2024 TJC finding on SPD sterilizer records within 45 days."),
    ("b", "Perform electrical safety testing on all incoming lab equipment per NFPA 99 and follow LOTO on hard-wired units."),
    ("b", "Annual BBP, hazardous drug and respirator fit-test training."),
    ("job", "BMET II - Penn Valley Community Hospital, Doylestown, PA - Jun 2017 to Feb 2022"),
    ("b", "General biomed support for a 190-bed hospital: infusion pumps, monitors, defibrillators, ESUs, beds, plus the lab "
          "centrifuges and steam sterilizers."),
    ("b", "Only on-site biomed on the 2:30 PM to 11:00 PM shift for three years; handled ED, ICU and lab calls alone."),
    ("b", "Did component-level repair from schematics on sterilizer controller boards and power supplies, cutting board "
          "exchange costs by about $20K a year."),
    ("b", "Completed PMs and calibration checks on lab centrifuges, water baths and heat blocks with NIST traceable "
          "thermometers and a tachometer."),
    ("job", "Refrigeration Helper - Kessler Mechanical, Norristown, PA - May 2014 to Aug 2015"),
    ("b", "Assisted journeyman techs on walk-in coolers, reach-in units and ice machines; leak checks, recovery and brazing."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Equipment Technology - Perkiomen Valley Community College, Blue Bell, PA, 2017"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
