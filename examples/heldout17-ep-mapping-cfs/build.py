#!/usr/bin/env python3
"""Build resume.docx for heldout17-ep-mapping-cfs.

Layout: contact line (with the candidate's name) in the Word page header, the skills
block in a two-column table. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Dana M. Okafor, RCES  |  77 Chapel Ridge Road, New Haven, CT 06511  |  (203) 555-0163  |  dana.okafor@example.com"),
    ("name", "DANA M. OKAFOR, RCES"),
    ("h", "Summary"),
    ("p", "Registered Cardiac Electrophysiology Specialist with 8 years in cardiac electrophysiology at a 540-bed academic "
          "medical center and a community hospital, the last 5 as the lead mapping tech. I have run the map on more than "
          "1,600 ablations (AF, flutter, SVT, PVCs and scar-related VT) and I am the person the fellows call when the map "
          "looks wrong. Looking to move into a field clinical role supporting mapping and ablation cases."),
    ("h", "Certifications"),
    ("b", "RCES - Registered Cardiac Electrophysiology Specialist, Cardiovascular Credentialing International (CCI), 2018"),
    ("b", "BLS and ACLS - American Heart Association, current through 09/2027"),
    ("b", "IBHRE Certified Electrophysiology Specialist (CEPS) exam - scheduled March 2027"),
    ("b", "CARTO 3 advanced user course, Biosense Webster, Irvine, CA, 2020"),
    ("h", "EP Lab Skills"),
    ("table", [
        ("3D mapping systems", "CARTO 3 V7/V8 (CONFIDENSE, CARTO PRIME, CARTOSOUND); EnSite Precision (2017-2020). "
                               "LAT maps, voltage maps, substrate mapping for scar VT, pace mapping, "
                               "window-of-interest and reference setup"),
        ("Catheters", "PENTARAY and OCTARAY; Advisor HD Grid; THERMOCOOL SMARTTOUCH SF; TactiCath SE; "
                      "Arctic Front Advance; FARAPULSE PFA (since 2024); Agilis and VIZIGO steerable sheaths"),
        ("Generators", "RF generators: SmartAblate, Ampere with Cool Flow; CryoConsole; FARAPULSE generator"),
        ("Recording & stim", "GE CardioLab 7.1 (Mac-Lab/CardioLab); Micropace EPS320; Bard LabSystem PRO (2017-2019)"),
        ("Imaging", "SOUNDSTAR ICE with CARTOSOUND; AcuNav; Philips Azurion fluoroscopy; radiation safety (ALARA) trained"),
        ("Procedures", "AF (PVI, posterior wall isolation); AFL (typical and atypical); SVT (AVNRT, AVRT/WPW, focal AT); "
                       "PVCs; VT (ischemic and non-ischemic); diagnostic EPS; Watchman LAAO; pacemaker and ICD implants"),
        ("Pacing & signals", "Programmed stimulation, entrainment, para-Hisian pacing; 12-lead EKG interpretation; "
                             "intracardiac EGM annotation; CF, impedance and Ablation Index monitoring"),
        ("Systems", "Epic Cupid; Merge Hemo; Hemochron Signature Elite (ACT)"),
    ]),
    ("h", "Experience"),
    ("job", "Lead EP Lab Technologist / Mapping Specialist - Elm City Medical Center, New Haven, CT - Jun 2020 to Present"),
    ("b", "Lead mapping tech for five EP rooms; run the CARTO 3 map on about 320 catheter ablation cases a year."),
    ("b", "Build LAT and voltage maps with the attending and fellow; run substrate mapping and pace mapping for ischemic VT and outflow-tract PVCs."),
    ("b", "Brought up the FARAPULSE PFA program in 2024: wrote the room setup checklist and in-serviced 22 nurses and techs."),
    ("b", "Troubleshoot 60-cycle noise, cable faults and patch placement across the map, CardioLab and generators; keep the rooms running before 7:00 AM starts."),
    ("b", "Scrub in, keep the sterile field, and set up for transseptal puncture under ICE guidance."),
    ("b", "Work with company reps on catheter consignment; cut expired EP inventory by 40% in 2023."),
    ("b", "Precept new techs preparing for RCES and first-year EP fellows on CARTO basics."),
    ("job", "Cardiovascular Technologist (Cath/EP) - Naugatuck Valley Regional Hospital, Waterbury, CT - Jul 2017 to May 2020"),
    ("b", "Rotated between the cath lab and EP lab; monitored and recorded on GE Mac-Lab/CardioLab and ran stim on the EPS320."),
    ("b", "Ran EnSite Precision for AF and flutter ablations; set up cryoballoon ablation cases with phrenic nerve monitoring."),
    ("b", "Assisted with pacemaker and ICD implants and device checks."),
    ("b", "Completed annual radiation safety training and badge dosimetry reviews for the fluoroscopy suites."),
    ("h", "Education"),
    ("p", "A.A.S., Cardiovascular Technology - Invasive (EP/Cath) - Long River Community College, Hartford, CT, 2017"),
    ("h", "Professional Affiliations"),
    ("p", "Heart Rhythm Society, Allied Professional member since 2019"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
