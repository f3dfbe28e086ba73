"""Build resume.docx for heldout44-surgical-energy-equipment-biomed.

Layout quirks: contact details in the DOCX page header (header_contact=True), skills in a
two-column table (label, content), military training listed inside Education, and the
Certifications & Training block at the very bottom. The CBET is pursued, not held.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "DeShawn R. Mattingly  |  2874 Orchard Heights Rd NW, Salem, OR 97304  |  (503) 555-0162  |  "
                "deshawn.mattingly@example.com  |  Relocating to the Chicago area, January 2027"),
    ("name", "DESHAWN R. MATTINGLY"),
    ("h", "Summary"),
    ("p", "Biomedical Equipment Technician with nine years in HTM: four as a U.S. Air Force BMET and five in civilian "
          "hospitals, the last three as the dedicated surgical services technician for a 22-OR regional medical "
          "center. Day-to-day owner of electrosurgical units (ESUs), LigaSure and Harmonic platforms, smoke "
          "evacuation, tourniquets and warming equipment. Comfortable being called into a live case in OR attire "
          "and keeping clear of the sterile field."),
    ("h", "Technical Skills"),
    ("table", [
        ("Energy platforms", "Valleylab FT10 and Force Triad; Ethicon GEN11 (Harmonic, Enseal); LigaSure; "
                             "Erbe VIO 300 D"),
        ("Support equipment", "Zimmer A.T.S. 3000 and Delfi PTSii tourniquet systems; 3M Bair Hugger 675 "
                              "forced-air warmers; Gentherm Blanketrol III; Enthermics warming cabinets; Belmont "
                              "Rapid Infuser RI-2; Buffalo Filter VisiClear smoke evacuation units; Neptune 3; "
                              "Ohio Medical vacuum regulators"),
        ("Test equipment", "Fluke QA-ES III ESU analyzer; Fluke ESA620; Netech DigiMano 2000; Fluke 87V; "
                           "Fluke Impulse 7000DP"),
        ("Standards", "NFPA 99; IEC 62353; AAMI EQ56; TJC EOC rounds; SMDA reporting"),
        ("Software", "TMS (Accruent); DMLSS; Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II, Surgical Services - Willamette Crest Medical Center, Salem, OR - "
            "Oct 2023 to Present"),
    ("b", "Sole surgical services BMET for 22 ORs, two endoscopy rooms and an ASC - about 1,150 devices; 97-99% of "
          "scheduled PMs completed on time every quarter."),
    ("b", "Tested about 140 electrosurgical units a year on the Fluke QA-ES III: output power at five loads per mode, "
          "REM alarm thresholds and RF leakage; pulled 6 generators with drifting output before any patient event."),
    ("b", "Component-level repair of Force Triad footswitch and handset boards from schematics, saving about "
          "$38,000 in depot repairs in 2025."),
    ("b", "Led the 2024 investigation of two patient return electrode burns and one surgical fire (drape ignition): "
          "sequestered devices, supported the RCA and drafted the SMDA reporting summary for Risk Management."),
    ("b", "Completed incoming inspections and performance verification on 300+ new, loaner and rental devices during "
          "the 2024 OR renovation; joined pre-purchase evaluations for smoke evacuation and forced-air warming."),
    ("b", "Closed 41 manufacturer recalls and ECRI alerts; wrote the AEM justification for warming cabinets and "
          "vacuum regulators, accepted without comment at the 2025 TJC survey."),
    ("b", "Delivered in-service training on electrosurgical safety and smoke evacuation to 180 OR nurses and "
          "surgical techs."),
    ("b", "Logged every PM and CM work order in TMS the same day; zero documentation findings in EOC rounds."),
    ("job", "Biomedical Equipment Technician - Cascade Valley Hospital, Corvallis, OR - Jun 2021 to Sep 2023"),
    ("b", "General biomed for a 160-bed hospital: infusion pumps, monitors, ESUs and tourniquets; 90+ PM work "
          "orders a month at 96% on-time completion."),
    ("b", "Performed electrical safety tests to NFPA 99 with the Fluke ESA620 on incoming and repaired equipment."),
    ("b", "Used service manuals and the Fluke 87V to trace power supply faults on forced-air warmers and suction "
          "pumps; cut vendor repair spend 18% in 2022."),
    ("job", "Biomedical Equipment Technician (4A2X1) - U.S. Air Force, base medical group, California - "
            "Jul 2017 to May 2021"),
    ("b", "Maintained about 2,400 devices for a 47-bed military hospital and tracked all work orders in DMLSS."),
    ("b", "Deployed six months with an expeditionary medical team; kept field ESUs, suction units and patient "
          "warmers mission-ready with 99% availability."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Mid-Valley Community College, Salem, OR, 2023 (completed while "
          "working full time)"),
    ("p", "Biomedical Equipment Technician Apprentice Course - Medical Education and Training Campus, "
          "Fort Sam Houston, TX, 2017"),
    ("h", "Certifications & Training"),
    ("b", "CBET (AAMI Credentials Institute) - eligible; exam scheduled March 2027"),
    ("b", "Valleylab FT10 / Force Triad factory service training, Medtronic, 2022"),
    ("b", "Ethicon GEN11 factory service training, 2024"),
    ("b", "CompTIA Security+, 2019"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
