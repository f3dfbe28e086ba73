#!/usr/bin/env python3
"""Build resume.pdf for heldout19-patient-handling-fst (letter-spaced section headings)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "KYLE J. BRANNIGAN"),
    ("contact", "Cranberry Township, PA 16066  |  (724) 555-0138  |  kyle.brannigan@example.com  |  U.S. Army Veteran"),
    ("h", "S U M M A R Y"),
    ("p", "Army veteran and hospital maintenance technician with 12 years of hands-on electromechanical repair. For the "
          "last 5 years I have been the facilities tech the biomed shop calls for beds, stretchers and lifts at a 300-bed "
          "hospital: PMs, actuator and caster swaps, scale checks, ceiling lift installs and load tests. Ready to move "
          "into full-time field service."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET (AAMI Credentials Institute) - exam scheduled November 2026"),
    ("b", "Stryker bed & stretcher factory school (S3, InTouch, Prime series) - Stryker, Portage, MI, 2024"),
    ("b", "EPA Section 608 Universal, 2020"),
    ("b", "OSHA 30-Hour General Industry, 2021"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("b", "Beds and stretchers: Stryker S3, InTouch and ProCuity beds; Prime and Prime X stretchers; Hill-Rom TotalCare, "
          "Progressa and Centrella beds"),
    ("b", "Lifts: Hoyer HPL402 and Invacare Reliant mobile lifts; Liko ceiling lifts (LikoGuard, Likorall) and traverse track"),
    ("b", "Mattresses: alternating pressure and low air loss (Hill-Rom, ArjoHuntleigh)"),
    ("b", "OR equipment: STERIS and Amsco OR tables, OR lights"),
    ("b", "Test equipment: Fluke ESA612, Fluke 117 DMM, clamp meter, certified test weights, torque wrenches"),
    ("b", "Systems: hydraulics, pneumatics, actuators, motor control boards, circuit boards, wiring harnesses, 24 VDC battery packs"),
    ("b", "Software: Accruent TMS (CMMS), MS Office"),
    ("b", "Safety: LOTO, NFPA 99, infection control"),
    ("h", "E X P E R I E N C E"),
    ("job", "Facilities Maintenance Technician II - Allegheny Ridge Medical Center, Butler, PA - Mar 2021 to Present"),
    ("b", "Primary facilities tech for patient equipment, working alongside the biomed shop: PMs and repairs on 420 hospital beds, "
          "85 stretchers, 60 mobile lifts and 140 ceiling lifts."),
    ("b", "Replace actuators, motor control boards, casters, brake pedals and side-rail latches; trace faults on wiring harnesses "
          "and circuit boards using OEM service manuals and schematics."),
    ("b", "Bed scale calibration with certified test weights; ceiling lift load tests to 125% of rated load after every track job."),
    ("b", "Installed 38 LikoGuard ceiling lifts and 210 ft of traverse track in the new ICU tower with the vendor's installer."),
    ("b", "Electrical safety inspections (leakage current, ground-wire resistance) on beds and lifts with the Fluke ESA612 before "
          "return to service, documented to NFPA 99."),
    ("b", "Check nurse call cables and bed exit alarms after each bed repair; escalate board-level faults to Stryker and Hill-Rom tech support."),
    ("b", "Completed recall kits on 85 Stryker Prime stretchers within 30 days in 2023."),
    ("b", "Repair alternating pressure and low air loss mattresses (blower, hose and cell replacement); set up bariatric beds and lifts on request."),
    ("b", "Hydraulic leak and hand pendant repairs on STERIS OR tables; bulb and handle replacement on OR lights."),
    ("b", "Close work orders with parts and labor in Accruent TMS; pulled equipment histories for the 2023 TJC survey."),
    ("b", "Give nurse in-services on bed exit settings and lift use; follow LOTO and infection control procedures on every job."),
    ("b", "General facilities work between calls: HVAC filters, plumbing, door hardware; operate the JLG boom lift and scissor lifts "
          "for atrium work and keep the dock forklifts running."),
    ("job", "Wheeled Vehicle Mechanic (91B), Sergeant - U.S. Army, 1st Armored Division, Fort Bliss, TX - Jun 2013 to Feb 2021"),
    ("b", "Diagnosed and repaired hydraulic, pneumatic and electrical systems on HMMWVs and FMTV trucks from technical manuals."),
    ("b", "Shop foreman for 14 mechanics; ran PMCS and DA Form 5988-E inspections for a 120-vehicle motor pool."),
    ("b", "Kept a 94% operational readiness rate through two field rotations at the National Training Center."),
    ("h", "M I L I T A R Y   T R A I N I N G"),
    ("p", "91B Wheeled Vehicle Mechanic Course, U.S. Army Ordnance School, Fort Lee, VA, 2013"),
    ("p", "Basic Leader Course (BLC), 2016"),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Equipment Technology - Community College of Allegheny County (CCAC), in progress; expected May 2027 "
          "(evening program, 30 of 64 credits complete)"),
    ("p", "High School Diploma - Butler Area Senior High School, 2012"),
    ("p", "Valid PA driver's license, clean driving record"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
