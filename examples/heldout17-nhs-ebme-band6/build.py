#!/usr/bin/env python3
"""Build the CV (DOCX) of the heldout17-nhs-ebme-band6 pair.

Layout that troubles an ATS: contact details only in the Word page header, and the
key skills in a two-column table. The posting (posting.html) is written by hand.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

CV = [
    ("contact", "Ffion Ashworth EngTech MIET  |  14 Rossendale Terrace, Accrington, BB5 2LN  |  07700 555 0138  |  ffion.ashworth@example.com"),
    ("name", "Ffion Ashworth"),
    ("h", "Personal Profile"),
    ("p", "Medical Engineering Technician (Band 5) with four years' post-qualification experience in an NHS acute trust "
          "EBME department, after a three-year engineering apprenticeship. I look after medical devices for critical care, "
          "theatres and the wards from acceptance checks to decommissioning, and I am the department's link for the "
          "anaesthetic workstation fleet. Looking to step up to a Band 6 role with more technical responsibility and "
          "supervision of junior staff."),
    ("h", "Key Skills"),
    ("table", [
        ("Devices", "Infusion devices (BD Alaris GP volumetric, Alaris CC syringe pumps); Philips IntelliVue MX450/MX550 and "
                    "GE CARESCAPE B450 monitors; Masimo Radical-7; defibs (ZOLL R Series, Physio-Control LIFEPAK 15, "
                    "AEDs); GE MAC 2000 ECG recorders; ICU ventilators (Hamilton C6, Hamilton T1); Laerdal LSU suction units"),
        ("Theatres", "Anaesthetic workstations (Draeger Primus, GE Aisys CS2); diathermy (Valleylab FT10, ERBE VIO 3); "
                     "Maquet theatre tables; Bair Hugger"),
        ("Wards", "Profiling beds and mattresses (Arjo, Linet); equipment library and bed store"),
        ("Test equipment", "Rigel 62353 safety analyser, Fluke Impulse 7000DP, Fluke IDA-5, Rigel UNI-SiM vital signs simulator, "
                           "oscilloscope, DMM"),
        ("Repair", "Fault-finding and component-level repair, SMD soldering, reading schematics, PSU and battery faults"),
        ("Standards & safety", "BS EN 62353, UK MDR 2002, EAWR 1989, COSHH, PUWER, IPC"),
        ("Systems", "e-Quip asset management system, Datix, MS Office"),
    ]),
    ("h", "Employment History"),
    ("job", "Medical Engineering Technician (Band 5) - Westmere Teaching Hospitals NHS Trust, Ribblesford General Hospital - Sept 2021 to present"),
    ("b", "Carry out PPMs, breakdown repairs and calibration on around 2,400 devices for critical care, theatres and the "
          "medical wards; completed 96% of PPMs on time in 2024/25."),
    ("b", "Electrical safety testing of all new and repaired equipment to BS EN 62353; acceptance checks and e-Quip "
          "records for 300+ new infusion devices during the 2023 Alaris fleet replacement."),
    ("b", "Link technician for the anaesthetic workstations in 14 theatres: leak and vaporiser checks, O2 cell changes, "
          "first-line repairs and liaison with the Draeger service engineer."),
    ("b", "Work through FSNs and CAS alerts with the Medical Devices Safety Officer, quarantine affected stock and "
          "raise Datix reports; reported two adverse incidents to the MHRA in 2024."),
    ("b", "Deliver user training on infusion devices and defibs to nursing staff and new starters."),
    ("b", "Carry out decontamination checks and risk assessments before equipment is released for repair or disposal."),
    ("b", "Supported the ICU equipment for the CALM-ICU RCT (a randomised controlled trial of sedation monitoring), "
          "including set-up and data download from the monitors."),
    ("b", "Took part in the department's BSI surveillance audits for our ISO 9001:2015 QMS."),
    ("job", "Engineering Technician Apprentice (Level 3) - Westmere Teaching Hospitals NHS Trust, EBME - Sept 2018 to Aug 2021"),
    ("b", "Rotated through the EBME workshop, the equipment library and Estates electrical."),
    ("b", "PAT testing of non-medical equipment and first-line repairs under supervision."),
    ("h", "Education and Qualifications"),
    ("b", "BEng (Hons) Electronic Engineering - The Open University, part-time, in progress (Year 2 of 4, expected 2028)"),
    ("b", "HNC Electrical and Electronic Engineering - Accrington and Rossendale College, 2021"),
    ("b", "Level 3 Engineering Technician Apprenticeship (Pass with Distinction), 2021"),
    ("b", "GCSEs: 8 at grades 9-5 including Maths and English"),
    ("h", "Professional Registration"),
    ("b", "EngTech MIET - Engineering Council registration through the IET, 2023"),
    ("b", "Register of Clinical Technologists - application submitted November 2025, awaiting assessment"),
    ("h", "Training Courses"),
    ("b", "BD Alaris GP and CC technical service course, 2023"),
    ("b", "Hamilton Medical C6/T1 technical training, 2022"),
    ("b", "Manufacturer training: ZOLL R Series service, 2022"),
    ("b", "Care Quality Commission fundamentals for support services (in-house), 2024"),
    ("b", "CPD log kept up to date for EngTech registration"),
    ("h", "Additional Information"),
    ("p", "Full UK driving licence (clean). On the on-call rota since 2022. References available on request."),
]


def main() -> None:
    write_docx(CV, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
