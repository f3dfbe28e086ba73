#!/usr/bin/env python3
"""Build resume.docx for heldout21-anz-biomed-tech.

Layout that troubles an ATS: contact details in the page header, letter-spaced section headings,
technical skills in a two-column table.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Declan Featherstone  |  27 Banksia Crescent, Orange NSW 2800  |  (02) 6555-0163  |  "
                "declan.featherstone@example.com"),
    ("name", "DECLAN FEATHERSTONE"),
    ("p", "Biomedical Technician  |  Electronics Technician  |  Electrical Mechanic"),
    ("h", "P R O F I L E"),
    ("p", "Biomedical technician with 9 years in public hospital biomedical engineering departments in NSW and "
          "Queensland, currently technical lead for ICU, theatres and the emergency department at a 310-bed rural "
          "referral hospital. Strong on life-support equipment, electrical safety testing to AS/NZS 3551 and acceptance "
          "testing of new equipment. Comfortable allocating work to junior technicians and apprentices and covering a "
          "spread-out rural network on call."),
    ("h", "L I C E N C E S ,   C H E C K S   &   T R A I N I N G"),
    ("b", "Electrical Mechanic Licence (Queensland), held since 2015"),
    ("b", "Radiation user licence (servicing) - application lodged with NSW EPA, September 2026"),
    ("b", "Open C class driver licence (NSW)"),
    ("b", "WWCC (NSW), cleared 2024; NSW Health Category A compliant"),
    ("b", "Test and tag competency (UEERE0001), 2018"),
    ("b", "Factory service training: Philips IntelliVue MX-series and PIIC iX (2022); Draeger Perseus A500 and "
          "Primus (2020); BD Alaris GP and CC pumps (2019)"),
    ("b", "Provide First Aid (HLTAID011), renewed 2025"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Critical care & theatres",
         "Anaesthesia workstations (Draeger Perseus A500 and Primus, GE Aisys CS2); ventilators (Hamilton C6, Draeger "
         "Evita V500); diathermy (Valleylab FT10, Erbe VIO 3); defibrillators (Philips HeartStart MRx, Zoll R Series)"),
        ("Monitoring",
         "Philips IntelliVue MX450/MX800 patient monitors and PIIC iX central stations; GE CARESCAPE B650; "
         "12-lead electrocardiographs (GE MAC 5500 HD); cardiotocographs (Philips Avalon FM30)"),
        ("Infusion",
         "BD Alaris GP volumetric pumps; Alaris CC and Niki T34 syringe pumps; Alaris Systems Manager wireless set-up"),
        ("Ward, maternity & neonatal",
         "Humidicribs (Draeger Isolette 8000, GE Giraffe OmniBed); ceiling hoists (Arjo Maxi Sky 2); Hill-Rom and "
         "Stryker electric beds; BladderScan BVI 9400"),
        ("Renal & CSSD",
         "Haemodialysis machines (Fresenius 5008S); dialysis RO plant; CSSD washer-disinfectors (Getinge 46-series)"),
        ("Test equipment",
         "Rigel 288+ electrical safety analyser; Rigel Uni-Pulse 400 defib analyser; Fluke ProSim 8 patient simulator; "
         "Fluke IDA-5; Keysight oscilloscopes; Fluke 87V multimeter"),
        ("Standards & regulatory",
         "AS/NZS 3551:2012; IEC 60601-1; AS/NZS 4187; TGA recalls and hazard alerts; ARTG checks; National Safety and "
         "Quality Health Service Standards"),
        ("Systems & networks",
         "AFM Online; BEIMS; MS Office (Excel, Word, Visio); TCP/IP, DHCP and wireless troubleshooting for networked "
         "medical devices; ieMR device integration"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Technician (Electronics Technician) - Biomedical Engineering, Western Ranges Local Health "
            "District, Orange NSW  |  Feb 2021 - Present"),
    ("b", "Technical lead for ICU, operating theatres and ED equipment at a 310-bed rural referral hospital; allocate "
          "and check work for three technicians and a first-year apprentice."),
    ("b", "Complete 1,150+ planned preventive maintenance (PPM) and corrective maintenance work orders a year in AFM "
          "Online, holding PPM compliance at 96% or better for three years running."),
    ("b", "Electrical safety testing of medical electrical equipment to AS/NZS 3551 for the base hospital and four "
          "rural sites."),
    ("b", "Troubleshooting to component level on monitors, defibrillators and pumps; cut external repair spend by "
          "$68,000 in FY2024."),
    ("b", "Led acceptance testing and commissioning of 420 devices for the new ICU and ED build (2023), including "
          "ARTG and labelling checks before release to the wards."),
    ("b", "Action TGA recalls and hazard alerts across the district and submitted medical device incident reports to "
          "the TGA."),
    ("b", "Sat on two tender evaluation panels (patient monitoring and infusion) and wrote the capital replacement "
          "planning list for critical care equipment."),
    ("b", "Delivered in-service education to nursing and medical staff on Alaris pumps and HeartStart defibrillators."),
    ("job", "Biomedical Technician - Biomedical Technology Services, Capricorn Reef Hospital and Health Service, "
            "Rockhampton QLD  |  Jan 2017 - Jan 2021"),
    ("b", "PPM, repairs and safety testing on haemodialysis machines, humidicribs, ventilators and CSSD "
          "washer-disinfectors across one regional and six rural hospitals; work orders in BEIMS."),
    ("b", "Maintained the satellite renal unit's RO plant, including chlorine and conductivity checks with renal nurses."),
    ("b", "Test and tag of non-patient electrical equipment in wards and community sites."),
    ("b", "Supported ieMR device integration go-live for 60 bedside monitors."),
    ("b", "Followed workplace health and safety and infection control procedures, including decontamination of "
          "returned equipment."),
    ("job", "Apprentice Electrician / Electrical Mechanic - Pioneer Valley Electrical, Mackay QLD  |  2011 - 2016"),
    ("b", "Completed apprenticeship in commercial and industrial installation and maintenance; licensed 2015."),
    ("h", "E D U C A T I O N"),
    ("p", "Bachelor of Engineering Technology (Biomedical) - Inland Murray University, part-time online; 14 of 24 units "
          "complete, expected completion 2027"),
    ("p", "Diploma of Electronics and Communications Engineering (UEE50511) - TAFE Queensland, 2017"),
    ("p", "Certificate III in Electrotechnology Electrician (UEE30811) - TAFE Queensland, 2015"),
    ("h", "P R O F E S S I O N A L   M E M B E R S H I P S"),
    ("p", "Engineers Australia - Engineering Associate, College of Biomedical Engineers"),
    ("h", "R E F E R E E S"),
    ("p", "Available on request."),
]


if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")
