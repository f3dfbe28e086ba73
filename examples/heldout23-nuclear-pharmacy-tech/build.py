#!/usr/bin/env python3
"""Build resume.pdf for heldout23-nuclear-pharmacy-tech (letter-spaced headings, single column).

The posting (posting.html) is hand-written. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DANA R. WHITFIELD, CNMT"),
    ("contact", "418 Maple Hollow Drive, Circleville, OH 43113  |  (740) 555-0163  |  dana.whitfield@example.com"),
    ("h", "S U M M A R Y"),
    ("p", "Certified nuclear medicine technologist with 11 years in hospital nuclear medicine, including daily hot lab "
          "duty: Tc-99m generator elution, cold kit preparation, unit dose drawing, dose calibrator QC and radioactive "
          "package receipt. Ready to move from the camera room into commercial radiopharmacy full time; Pharmacy "
          "Technician Trainee registration pending and PTCB exam scheduled."),
    ("h", "C R E D E N T I A L S"),
    ("b", "Certified Nuclear Medicine Technologist (CNMT), NMTCB, 2015 - current"),
    ("b", "Nuclear Medicine Technologist license, Ohio Department of Health, expires 06/2027"),
    ("b", "DOT hazmat employee training (49 CFR 172.704), renewed March 2025"),
    ("b", "BLS for Healthcare Providers, American Heart Association, 2026"),
    ("b", "Pharmacy Technician Trainee registration, State of Ohio Board of Pharmacy: application submitted November 2026 (pending)"),
    ("b", "PTCB Certified Pharmacy Technician (CPhT): exam scheduled February 2027"),
    ("b", "Radiopharmacy Technician Certificate (online, 16 weeks): enrolled, expected completion March 2027"),
    ("h", "H O T   L A B   S K I L L S"),
    ("b", "Generators: Tc-99m generator elution (Lantheus TechneLite, Curium Ultra-TechneKow V4); Mo-99 breakthrough and "
          "Al3+ breakthrough (colorimetric spot test)"),
    ("b", "Cold kits: MDP, Cardiolite, Myoview, MAA, sulfur colloid (filtered and unfiltered), Choletec, MAG3, DTPA, PYP, Ceretec"),
    ("b", "Radiopharmaceuticals QC: RCP by ITLC and paper chromatography; daily constancy with a Cs-137 source and "
          "quarterly linearity (Lineator) on Capintec CRC-55tR and CRC-25R dose calibrators"),
    ("b", "Dispensing: unit doses and multidose vials drawn in tungsten syringe shields"),
    ("b", "Radiation protection: daily area surveys with a Ludlum Model 3 (44-9 pancake probe); weekly wipe tests counted "
          "on the Captus 3000 well counter; ALARA; extremity ring badge and whole-body OSL badge"),
    ("b", "Aseptic work: aseptic technique in a shielded laminar airflow workbench (ISO 5); garbing per USP 797; annual "
          "media-fill testing and gloved fingertip testing (GFT); monthly surface sampling"),
    ("b", "Cell labeling: WBC labeling with Ceretec in a Class II BSC; in vitro RBC labeling (UltraTag RBC)"),
    ("b", "Other radionuclides: I-131 capsules, thallium-201, gallium-67, Xe-133, F-18 FDG for PET/CT"),
    ("b", "Regulations: USP <825>; Ohio Department of Health (Agreement State) rules; 10 CFR 35 medical event reporting"),
    ("b", "Software: Epic Radiant, Hermes, Microsoft Excel"),
    ("h", "E X P E R I E N C E"),
    ("job", "Nuclear Medicine Technologist II  -  Scioto Valley Medical Center, Chillicothe, OH  -  2018 to Present"),
    ("b", "Open the hot lab at 5:30 AM three days a week: elute the Tc-99m generator, run Mo-99 and Al3+ breakthrough, "
          "prepare 6-10 cold kits and draw the day's unit doses for a department doing 35-45 studies a day."),
    ("b", "Run RCP on every Ceretec, MAG3 and sulfur colloid preparation; no failed kit has reached a patient in seven years."),
    ("b", "Perform daily area surveys, weekly wipe tests and radioactive package receipt (survey and wipe within 3 hours), "
          "and report the results to the RSO each month."),
    ("b", "Package spent generators for return as Type A packages: calculate the TI, apply the labels and complete the shipping papers."),
    ("b", "Helped move the hot lab into a new ISO Class 7 buffer room and ante-room during the 2022 USP <825> renovation; "
          "wrote 9 of the new cleaning and garbing SOPs."),
    ("b", "Perform myocardial perfusion, bone, hepatobiliary, renal, thyroid and PET/CT studies on Siemens Symbia and GE Discovery systems."),
    ("b", "Audit Epic Radiant charges monthly; raised charge-entry accuracy from 94% to 99%."),
    ("b", "Trained 7 technologists and 12 students on hot lab procedures and radiation safety."),
    ("job", "Nuclear Medicine Technologist  -  Fairfield Regional Hospital, Lancaster, OH  -  2015 to 2018"),
    ("b", "Drew unit doses and prepared MDP, Cardiolite and Myoview kits for a two-camera department."),
    ("b", "Administered I-131 capsules for thyroid uptakes and hyperthyroid therapy under the authorized user."),
    ("b", "Assisted the lead technologist with WBC labeling twice a week in the Class II BSC."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Nuclear Medicine Technology - Columbus Hills Community College (JRCNMT-accredited), 2015"),
    ("h", "A D D I T I O N A L"),
    ("b", "Valid Ohio driver's license; clean driving record."),
    ("b", "Member, SNMMI Technologist Section."),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")


if __name__ == "__main__":
    main()
