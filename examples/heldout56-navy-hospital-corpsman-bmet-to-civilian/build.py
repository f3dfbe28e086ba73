"""Build resume.docx for heldout56-navy-hospital-corpsman-bmet-to-civilian.

Layout quirks: DOCX with a two-column skills table (bold labels); military wording and acronyms
(NEC, MTF, DMLSS, SM, EMF, HM2(SW/FMF)); a Military Training block (read as education) before Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "ANDRE L. BATISTE"),
    ("contact", "Chesapeake, VA 23320  |  (757) 555-0163  |  andre.batiste@example.com  |  linkedin.com/in/andrebatiste-bmet"),
    ("h", "Summary"),
    ("p", "Hospital Corpsman Second Class, HM2(SW/FMF), with seven years of Navy service and five years as a "
          "Biomedical Equipment Technician (NEC L24A, formerly HM-8478). Maintains and repairs physiological "
          "monitors, ventilators, IV pumps, anesthesia units and OR equipment at a 270-bed MTF and afloat. "
          "Separating from active duty June 2026; Secret clearance (inactive after separation)."),
    ("h", "Technical Skills"),
    ("table", [
        ("Medical equipment", "Physiological monitors: Philips IntelliVue MX800, GE CARESCAPE B450, Dash 4000\n"
                              "Ventilators: Draeger Evita V500, Hamilton T1, Impact 731 (transport)\n"
                              "IV pumps: BD Alaris PCU with LVP and syringe modules\n"
                              "Anesthesia units: GE Aisys CS2, Draeger Fabius GS Premium\n"
                              "Defibrillator/monitors: ZOLL R Series, ZOLL Propaq MD\n"
                              "Electrosurgical generators: Valleylab FT10, Force FX; surgical tables and lights"),
        ("Test equipment", "Fluke ESA620, ProSim 8, Fluke IDA-5, Impulse 7000DP, VT650 gas flow analyzer, "
                           "DMM, oscilloscope, LCR meter"),
        ("Maintenance and repair", "Scheduled maintenance (SM), calibration and performance checks, electrical "
                                   "safety inspections, board- and component-level repair using schematics and "
                                   "wiring diagrams, 2M miniature/microminiature soldering"),
        ("Systems and compliance", "DMLSS maintenance module, MEDLOG, NFPA 99, Joint Commission EC standards "
                                   "(EC.02.04.03), DLA MMQC and FDA recall messages, DoD RMF patching of networked "
                                   "medical devices, TCP/IP, MS Office (Excel, Word, PowerPoint)"),
    ]),
    ("h", "Military Experience"),
    ("job", "Biomedical Equipment Technician, Biomedical Engineering Division - Naval Medical Center Portsmouth, "
            "Portsmouth, VA - Jul 2022 to present"),
    ("b", "Completed 1,400+ SM and electrical safety inspections a year on a 6,200-device inventory; held a 98% "
          "on-time SM completion rate for three straight years."),
    ("b", "Troubleshot and repaired physiological monitors, Evita V500 ventilators, Alaris IV pumps and GE Aisys CS2 "
          "anesthesia units to board and component level; cut the average repair turnaround from 6 to 3.5 days."),
    ("b", "Performed acceptance inspections on 310 new devices during the ICU and OR equipment refresh and entered "
          "them into DMLSS."),
    ("b", "Worked 45 DLA MMQC and FDA recall messages to closure; pulled and tagged devices involved in patient "
          "incidents for the risk management team."),
    ("b", "Prepared the department for two Joint Commission surveys with zero EC findings on medical equipment."),
    ("b", "Applied DoD cybersecurity patches and IP configuration to 420 networked monitors and central stations "
          "with the hospital IT department."),
    ("b", "Gave operator training to 150+ nurses and corpsmen on defibrillator/monitors and IV pumps."),
    ("b", "Attended GE CARESCAPE monitor factory training (2024); coordinated OEM service calls for imaging and lab systems."),
    ("job", "Biomedical Equipment Technician - Expeditionary Medical Facility (EMF) / Fleet Surgical Team 2, "
            "embarked USS Bataan (LHD 5) - Jan 2021 to Jun 2022"),
    ("b", "Sole BMET for a 150-bed EMF and shipboard medical spaces; maintained 900 items of deployable medical "
          "equipment with a 97% readiness rate."),
    ("b", "Repaired ZOLL Propaq MD monitors, Impact 731 ventilators and suction units in austere conditions using "
          "2M soldering; rebuilt 12 power supplies at the component level."),
    ("job", "Hospital Corpsman - Naval Branch Health Clinic, Camp Lejeune, NC - Aug 2019 to Jan 2020"),
    ("b", "General duty corpsman in the acute care clinic before selection for BMET school."),
    ("h", "Military Training"),
    ("b", "Biomedical Equipment Technician Program, Medical Education and Training Campus (METC), JBSA-Fort Sam "
          "Houston, TX - Feb to Dec 2020 (41 weeks, electronics fundamentals through medical device repair)"),
    ("b", "Hospital Corps School, Great Lakes, IL - 2019"),
    ("b", "2M Miniature/Microminiature Electronic Repair course, 2021"),
    ("h", "Education"),
    ("b", "A.A.S. Biomedical Equipment Technology - Tidewater Community College, Virginia Beach, VA - in progress, "
          "expected December 2026 (48 of 64 credits, many through the Joint Services Transcript)"),
    ("h", "Certifications"),
    ("b", "CBET (AAMI) - eligible; exam scheduled March 2027"),
    ("b", "CompTIA Security+ CE, 2023"),
    ("b", "BLS (American Heart Association), current"),
    ("h", "Awards"),
    ("b", "Navy and Marine Corps Achievement Medal (2); Sailor of the Quarter, Biomedical Engineering Division, Q3 2024"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", HERE / "resume.docx")
