#!/usr/bin/env python3
"""Build resume.pdf for heldout29-sud-reprocessing-test-tech (two-column skills block, letter-spaced headings)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "MARISOL T. VANCE, CRCST"),
    ("contact", "Mesa, AZ 85203  |  (480) 555-0163  |  marisol.vance@example.com  |  linkedin.com/in/marisolvance-example"),
    ("h", "P R O F I L E"),
    ("p", "Sterile processing technician with 4+ years in regulated work: hospital SPD, catheter final inspection in a "
          "medical device contract manufacturer, and electronics field repair before that. Comfortable with "
          "decontamination, 100% functional testing, test fixtures and the paperwork that goes with them. Looking to move "
          "into device reprocessing and quality."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "Certified Registered Central Service Technician (CRCST) - HSPA, 2023"),
    ("b", "ASQ Certified Quality Inspector (CQI) - exam scheduled January 2027"),
    ("b", "OSHA bloodborne pathogens training - renewed annually"),
    ("h", "S K I L L S"),
    ("cols", [
        ("Cleaning & Sterile Processing:", "Test & Inspection:"),
        ("Decontamination, manual cleaning", "100% functional testing on test fixtures"),
        ("Ultrasonic cleaning, washer-disinfectors", "Continuity checks, dielectric withstand"),
        ("Enzymatic detergent dosing", "Pressure decay testing (Uson Sprint iQ)"),
        ("STERIS AMSCO steam, STERRAD, V-PRO", "Visual inspection, calipers, micrometers"),
        ("Biological indicators, Bowie-Dick", "Fluke 87V, pin gauges, ESD-safe benches"),
        ("Quality & Documentation:", "Packaging & Systems:"),
        ("cGMP, FDA QSR (21 CFR 820)", "Tyvek pouches, impulse heat sealer"),
        ("ISO 13485:2016, SOPs, work instructions", "Peel tests (ASTM F88), label verification"),
        ("Good Documentation Practices", "SAP, ETQ Reliance, MS Excel"),
        ("NCMRs, CAPA, SPC charts, 5S", "Reading blueprints"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Sterile Processing Technician II  |  Saguaro Valley Medical Center, Mesa, AZ  |  Aug 2023 - Present"),
    ("b", "Decontaminate, inspect, assemble and sterilize instrument trays for 14 ORs and 2 procedure suites; manual cleaning, ultrasonic cleaning and washer-disinfectors."),
    ("b", "Run STERIS AMSCO steam sterilizers, STERRAD and V-PRO low-temperature units; daily Bowie-Dick tests and biological indicators on every implant load."),
    ("b", "Own the department's SUD collection program for our reprocessing vendor (Kendall SCD sleeves, pulse ox sensors, Harmonic shears, RF ablation catheters from the EP lab): bin audits, pickups and monthly compliance reports."),
    ("b", "Follow OSHA bloodborne pathogens rules and full PPE in decon; segregate regulated medical waste and sharps."),
    ("b", "Helped prepare SPD for the 2024 Joint Commission survey; zero findings in sterile processing."),
    ("job", "Assembly & Final Inspection Technician  |  Sonoran Catheter Products (medical device contract manufacturer), Chandler, AZ  |  Mar 2022 - Jul 2023"),
    ("b", "Performed 100% functional testing on steerable catheters at final inspection: continuity checks and dielectric withstand testing on calibrated test fixtures, pressure decay testing of lumens and visual inspection under a lighted magnifier."),
    ("b", "Verified calibration stickers on gauges and testers before each shift and pulled anything overdue."),
    ("b", "Worked in an ISO 7 cleanroom in full cleanroom gowning; ran weekly non-viable particle counts with a Lighthouse handheld counter."),
    ("b", "Sealed finished units in Tyvek pouches, ran peel tests and label verification, and staged pallets for EtO sterilization at the contract sterilizer; pulled bioburden samples for the micro lab."),
    ("b", "Filled out travelers and device history records to Good Documentation Practices; wrote NCMRs on line rejects and sat in on fishbone and 5 Whys sessions for CAPA."),
    ("b", "Entered lot and labor transactions in SAP and logged deviations in ETQ Reliance; supported an FDA inspection in 2023 with no 483 observations on the line."),
    ("job", "Field Service Technician I  |  NCR Voyix, Phoenix, AZ  |  Jun 2020 - Feb 2022"),
    ("b", "Repaired ATMs and self-checkout kiosks across the East Valley; swapped boards, card readers and dispensers and troubleshot with a Fluke 87V."),
    ("b", "Kept ESD-safe practice on every board swap and closed 6-8 calls per day."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Electronics Technology - Mesa Community College, in progress (evenings), expected May 2027"),
    ("p", "Sterile Processing Technician Certificate - Gateway Community College, Phoenix, AZ, 2023"),
    ("p", "High School Diploma - Westwood High School, Mesa, AZ, 2019"),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")


if __name__ == "__main__":
    main()
