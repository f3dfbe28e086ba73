#!/usr/bin/env python3
"""Build posting.pdf for heldout24-anesthesia-tech (the resume is plain text, written by hand)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

POSTING = [
    ("name", "Anesthesia Technician II - Surgical Services"),
    ("contact", "Harbor Pointe Regional Medical Center  |  Norfolk, VA  |  Full time, 40 hours/week  |  Req #SS-26-0418  |  Posted 11/24/2026"),
    ("h", "About Harbor Pointe"),
    ("p", "Harbor Pointe Regional Medical Center is a 540-bed teaching hospital and Level I trauma center serving "
          "coastal Virginia. Our Department of Anesthesiology staffs 34 operating rooms, a hybrid OR and 12 off-site "
          "anesthetizing locations, with anesthesia technicians in house 24 hours a day."),
    ("h", "Position Summary"),
    ("p", "The Anesthesia Technician II prepares, checks and maintains the equipment used to deliver anesthesia care and "
          "assists anesthesiologists and CRNAs during induction, emergence and emergencies. You will be the first call "
          "for equipment problems in the OR and the link between the anesthesia care team, Sterile Processing and "
          "Clinical Engineering."),
    ("h", "Essential Functions"),
    ("b", "Perform the daily checkout of anesthesia machines following the ASA Pre-Anesthesia Checkout (PAC) "
          "recommendations, including high- and low-pressure leak tests, and record results in the machine log."),
    ("b", "Fill, exchange and leak-check vaporizers (sevoflurane, desflurane, isoflurane) using agent-specific filling "
          "systems; replace CO2 absorbent and verify the scavenging system."),
    ("b", "Stock and maintain anesthesia carts, the difficult airway cart and the malignant hyperthermia cart to "
          "established par levels; rotate stock and pull expired supplies."),
    ("b", "Prepare rooms for general anesthesia and MAC cases; assist providers during induction, intubation and line "
          "placement, and respond to anesthesia STAT pages and airway emergencies."),
    ("b", "Set up, troubleshoot and clean airway equipment, including video laryngoscopes (GlideScope), fiberoptic "
          "bronchoscopes, supraglottic airways and jet ventilation equipment."),
    ("b", "Set up invasive hemodynamic monitoring (arterial lines, central venous pressure, pulmonary artery catheters); "
          "zero and level transducers and troubleshoot waveform problems."),
    ("b", "Set up and maintain specialty monitoring: BIS, cerebral oximetry, quantitative neuromuscular monitoring and "
          "capnography."),
    ("b", "Set up rapid infusers, fluid warmers and forced-air warming units, and support cell salvage on high blood "
          "loss cases."),
    ("b", "Prepare ultrasound and block supplies for ultrasound-guided regional blocks in the OR and block room."),
    ("b", "Perform point-of-care testing (ACT, blood gas, hemoglobin and glucose), including QC, documentation and "
          "annual competency as required by CLIA, CAP and hospital point-of-care policy."),
    ("b", "Decontaminate and high-level disinfect laryngoscope blades, TEE probes and other reusable equipment per the "
          "manufacturer's IFU, AORN guidelines and infection prevention policy; complete room turnover between cases."),
    ("b", "Check defibrillators, suction and medical gas cylinders at the start of every shift; tag out malfunctioning "
          "equipment and enter work orders for Clinical Engineering."),
    ("b", "Document equipment checks, supply charges and point-of-care results in Epic."),
    ("b", "Help orient new anesthesia technicians, students and residents to equipment setup."),
    ("h", "Required Qualifications"),
    ("b", "Completion of an anesthesia technology program, or 2 years of experience as an anesthesia technician in an "
          "acute care hospital."),
    ("b", "Certified Anesthesia Technician (Cer.A.T.) through ASATT, or ability to certify within 18 months of hire."),
    ("b", "Current BLS certification from the American Heart Association."),
    ("b", "Working knowledge of breathing circuits, patient monitors and airway equipment."),
    ("b", "Knowledge of sterile technique, standard precautions and medical terminology."),
    ("b", "Able to push and pull equipment up to 250 lb and stand for long periods."),
    ("h", "Preferred Qualifications"),
    ("b", "Associate degree in anesthesia technology from a CAAHEP-accredited program."),
    ("b", "Certified Anesthesia Technologist (Cer.A.T.T.)."),
    ("b", "Experience with GE Aisys CS2 and Dräger Perseus A500 anesthesia machines."),
    ("b", "Experience supporting cardiac anesthesia, pediatric anesthesia or transplant cases."),
    ("b", "Experience with viscoelastic testing (TEG 6s or ROTEM)."),
    ("b", "ACLS."),
    ("b", "Familiarity with The Joint Commission standards for the perioperative environment."),
    ("h", "Schedule"),
    ("p", "Four 10-hour shifts (0630-1700), every third weekend, and home call one week in five. Holidays rotate."),
    ("h", "Pay"),
    ("p", "$24.80 - $34.15 per hour depending on experience, plus a $1.50/hour certification differential for "
          "Cer.A.T. or Cer.A.T.T., evening/weekend differentials and call pay."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision coverage starting the first of the month after hire; 403(b) with up to 6% match; "
          "PTO that starts at 24 days a year; tuition assistance and paid ASATT exam fees; free parking and on-site "
          "child care."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Harbor Pointe Regional Medical Center is an equal opportunity employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, genetic information or protected veteran status. If you need an "
          "accommodation to apply, call Human Resources at (757) 555-0100."),
]


def main() -> None:
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote posting.pdf")


if __name__ == "__main__":
    main()
