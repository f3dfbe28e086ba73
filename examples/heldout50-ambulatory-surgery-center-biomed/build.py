"""Build resume.pdf for heldout50-ambulatory-surgery-center-biomed.

Layout quirks: PDF with a summary, then skills in two columns (labels ending ':'), certifications and training
(one credential only scheduled), hospital OR experience plus an ISO field job, education last.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DEREK A. LINDQVIST"),
    ("contact", "41 Naugatuck Avenue, Milford, CT 06460  |  (203) 555-0147  |  derek.lindqvist@example.com"),
    ("h", "Summary"),
    ("p", "Biomedical equipment technician with six years in hospital and field HTM, the last five in surgical services: "
          "18 ORs, PACU, SPD and a hospital-owned ASC with six ORs. Strongest on anesthesia workstations, ESUs and "
          "laparoscopy towers; comfortable working alone, covering several sites in a day and walking a surveyor "
          "through the equipment binder."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Surgical and anesthesia equipment:", "Test equipment:"),
        ("Anesthesia: GE Aisys CS2, Draeger Fabius GS", "Fluke ESA612 safety analyzer"),
        ("Tec 7 vaporizers, leak checks, O2 cells", "Fluke QA-ES III ESU analyzer"),
        ("ESUs: Valleylab FT10, Force FX", "Fluke VT650"),
        ("Smoke evacuators, Zimmer A.T.S. 3000 tourniquets", "Impulse 7000DP defib analyzer"),
        ("OR tables (STERIS, Skytron), OR lights", "DMM, rework station"),
        ("Stryker 1688 AIM 4K laparoscopy towers, CCUs", "Software:"),
        ("Autoclaves: AMSCO Century; STERRAD 100NX", "Accruent TMS"),
        ("Physiological monitors: IntelliVue MX450", "MS Office (Excel, Outlook)"),
        ("IV pumps, ZOLL R Series defibrillators", "Codes and standards:"),
        ("Masimo Radical-7, blanket warmers", "NFPA 99, ANSI/AAMI ST79, AAAHC, TJC"),
    ]),
    ("h", "Certifications and Training"),
    ("b", "CBET (AAMI) - exam scheduled March 2027"),
    ("b", "GE Healthcare Aisys CS2 / Avance CS2 technical service training, Madison, WI, 2022"),
    ("b", "Stryker 1688 AIM 4K platform service course, 2023"),
    ("b", "STERIS AMSCO Century sterilizer operator maintenance course, 2021"),
    ("b", "Valid Connecticut driver's license, clean record"),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II - St. Brendan's Medical Center, Bridgeport, CT - Mar 2021 to Present"),
    ("b", "Primary technician for 18 ORs, PACU, SPD and the Fairfield Outpatient Surgery Pavilion (hospital-owned ASC, "
          "6 ORs): about 1,400 devices."),
    ("b", "Complete 95-110 PMs a month with 98% on time; performance verifications and electrical safety tests to NFPA 99 "
          "and OEM service manuals."),
    ("b", "Maintain 22 anesthesia workstations (GE Aisys CS2, Draeger Fabius GS): annual PMs, leak checks, O2 cell and "
          "flow sensor replacement, Tec 7 vaporizer exchanges; verify flows and pressures with a Fluke VT650."),
    ("b", "Output-test ESUs (Valleylab FT10, Force FX) with the QA-ES III; cut ESU-related first-case delays from 11 to 2 a "
          "quarter by stocking spare footswitches and return electrode cables."),
    ("b", "Service Stryker 1688 AIM 4K laparoscopy towers: CCUs, L11 LED light sources and PneumoSure insufflators; "
          "manage about 60 flexible scope repairs a year through the Olympus depot."),
    ("b", "First-line repair on four AMSCO Century autoclaves and two STERRAD 100NX units; review sterilizer printouts and BI "
          "logs weekly with SPD leadership against ANSI/AAMI ST79."),
    ("b", "Quarterly med gas checks on 140 outlets: flow and pressure, zone valves, master alarm panels; escort the "
          "third-party certifier each year."),
    ("b", "Acceptance testing on 310 new devices for the 2023 pavilion expansion, including 40 Philips IntelliVue MX450 "
          "physiological monitors with EtCO2 modules."),
    ("b", "Track FDA recalls and manufacturer field safety notices; all closed within 30 days in 2024 and 2025. "
          "Work orders and inventory in Accruent TMS."),
    ("b", "Equipment lead for TJC triennial survey (2022), DPH licensure inspections and the pavilion's first AAAHC "
          "survey (2024): zero equipment findings."),
    ("b", "Support GE OEC 9900 Elite C-arms with the imaging vendor; apply LOTO in restricted areas and during "
          "ceiling-mounted equipment work."),
    ("job", "Biomedical Equipment Technician I - Coastal Biomedical Services, New London, CT - Jun 2019 to Feb 2021"),
    ("b", "Field technician for 35 physician practices, two endoscopy centers and two ASCs; drove about 700 miles a week."),
    ("b", "PMs and repairs on IV pumps (Baxter Sigma Spectrum), ZOLL R Series defibrillators, Masimo Radical-7 monitors, "
          "blanket warmers, OR tables and OR lights (STERIS, Skytron), Stryker stretchers and smoke evacuators."),
    ("b", "Component-level repair from schematics with a DMM; rebuilt 30 Zimmer A.T.S. 3000 tourniquet regulators "
          "instead of replacing them (saved about $24,000)."),
    ("h", "Education"),
    ("p", "A.A.S. in Biomedical Equipment Technology - Naugatuck Shore Community College, Waterbury, CT, 2019. "
          "Internship: 400 hours, Yarrow Valley Hospital clinical engineering department."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
