#!/usr/bin/env python3
"""Build resume.docx for heldout20-lab-safety-officer (contact in the page header, skills in a 2-column table)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Tamsin J. Hollowell, MLS(ASCP)CM  |  2814 Harbor View Ct, Sheboygan, WI 53081  |  (920) 555-0163  |  tamsin.hollowell@example.com"),
    ("name", "Tamsin J. Hollowell"),
    ("h", "Professional Summary"),
    ("p", "Medical Laboratory Scientist with 8 years of hospital laboratory experience, the last 4 as the part-time "
          "laboratory safety coordinator for a 260-bed regional medical center and its two outpatient labs. Designated "
          "CHO for the lab since 2023. I run the safety side of CAP and TJC inspections, chemical safety, biosafety and "
          "fire safety for the lab, and the shipping of specimens to our reference labs, and I still work the "
          "microbiology bench half time."),
    ("h", "Certifications & Training"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2018"),
    ("b", "Shipping of Infectious Substances & Diagnostic Specimens (DOT/IATA) - Saf-T-Pak, renewed Aug 2026"),
    ("b", "Certified Chemical Hygiene Officer (CCHO), NRCC - application approved; exam scheduled March 2027"),
    ("b", "24-Hour HAZWOPER Technician, 2024 (8-hour refresher current)"),
    ("b", "OSHA 10-Hour General Industry card, 2022"),
    ("b", "BLS - American Heart Association, 2025"),
    ("h", "Safety Program Skills"),
    ("table", [
        ("Chemical safety", "Chemical Hygiene Plan; OSHA Lab Standard (1910.1450); HazCom and GHS labeling; SDS access through "
                            "MSDSonline; chemical inventory; flammable storage cabinets; compressed gas cylinder storage; "
                            "liquid nitrogen dewars"),
        ("Biosafety", "BSL-2 practices; Biosafety Level 3 practices for the AFB and mycology room; biosafety risk assessments; "
                      "BMBL 6th edition; LRN sentinel lab drills and select agent rule-out; BSC certification tracking "
                      "(NSF/ANSI 49); autoclave spore testing"),
        ("Fire / electrical / facility", "Fire drills; RACE/PASS; monthly fire extinguisher checks; NFPA 45; Life Safety Code; "
                                         "NFPA 704 placards; GFCI checks; fume hood face velocity checks; eyewash stations "
                                         "and drench showers (ANSI Z358.1)"),
        ("Waste", "Hazardous waste management (RCRA, WDNR); SAAs; biohazard waste; sharps containers; EPA manifests"),
        ("Shipping", "DOT/IATA; 49 CFR; IATA DGR; Category A (UN2814); UN3373 Biological Substance, Category B; dry ice (UN1845)"),
        ("Compliance", "CAP inspections (GEN checklist); TJC EC and EM chapters; CLIA '88; mock inspections; safety audits; RCA"),
        ("Systems", "MediaLab (document control, competency assessments); MSDSonline; RL6; Excel; Epic Beaker"),
    ]),
    ("h", "Experience"),
    ("job", "Laboratory Safety Coordinator (0.5 FTE) / Medical Laboratory Scientist - Lakeshore Regional Medical Center, Manitowoc, WI - Jul 2022 to Present"),
    ("b", "Rewrote the laboratory Chemical Hygiene Plan and the Exposure Control Plan in 2024 and review both every year; "
          "serve as the designated Chemical Hygiene Officer for the main lab and two outpatient sites."),
    ("b", "Teach the BBP and HazCom parts of new employee safety orientation and annual safety training for 85 lab staff; "
          "built the safety competency assessments in MediaLab. Write and revise safety SOPs."),
    ("b", "Cut the chemical inventory from 1,140 to 620 containers and moved SDS access from paper binders to MSDSonline."),
    ("b", "Track BSC certification for 14 cabinets and annual fume hood checks; keep the weekly eyewash station and drench "
          "shower logs; do quarterly electrical safety checks with Clinical Engineering."),
    ("b", "Coordinate formalin and xylene exposure monitoring with the histology supervisor; all 2025 results were below "
          "the OSHA action level."),
    ("b", "Lead lab fire drills twice a year, quarterly mock inspections and safety audits, and track corrective action to "
          "closure. The 2024 CAP inspection closed with no GEN safety deficiencies and the 2025 TJC survey with no "
          "laboratory EC findings."),
    ("b", "Restocked and inspect spill kits in 11 areas; trained staff on spill response after a 4 L formalin spill in 2023."),
    ("b", "Review every laboratory event entered for incident reporting in RL6; led two RCAs (a needlestick cluster and "
          "the formalin spill) and moved formalin containers from snap caps to screw caps."),
    ("b", "Manage hazardous waste pickups, SAAs and sharps containers with the waste vendor; cut hazardous waste cost 18% "
          "by switching to a xylene substitute in two areas."),
    ("b", "Lab trainer for DOT/IATA shipping; package 40-60 reference lab shipments a week, including Category A isolates "
          "on dry ice."),
    ("b", "Performed PPE hazard assessments and ergonomic assessments for every bench; set up N95 fit testing with "
          "Employee Health for the AFB room staff."),
    ("b", "Laboratory member of the hospital EOC committee and lab lead for emergency preparedness drills."),
    ("b", "Microbiology bench (0.5 FTE): bacteriology, AFB and mycology; Gram stains, cultures, VITEK 2 and MALDI-TOF IDs."),
    ("job", "Medical Laboratory Scientist - Lakeshore Regional Medical Center, Manitowoc, WI - Jun 2018 to Jun 2022"),
    ("b", "Generalist on evenings: chemistry, hematology, coagulation, urinalysis and microbiology setup."),
    ("b", "Lab safety champion from 2021: monthly eyewash and fire extinguisher checks, SDS binders, and weekly autoclave "
          "spore testing and decontamination logs."),
    ("h", "Education"),
    ("p", "M.S., Environmental Health and Safety - Northern Prairie University (online), in progress; expected May 2027"),
    ("p", "B.S., Medical Laboratory Science - Lake Michigan State University, 2018"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
