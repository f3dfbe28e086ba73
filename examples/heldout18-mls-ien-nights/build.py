#!/usr/bin/env python3
"""Build resume.pdf for heldout18-mls-ien-nights (letter-spaced headings, Philippine-style resume)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "MARIA CRISTINA D. VILLANUEVA, RMT, MLS(ASCPi)CM"),
    ("contact", "Blk 12 Lot 7 Sampaguita St., Brgy. San Isidro, Cainta, Rizal 1900, Philippines\n"
                "Mobile/Viber/WhatsApp: +63 917 555-0148  |  Email: mc.villanueva.rmt@example.com"),
    ("h", "C A R E E R   O B J E C T I V E"),
    ("p", "To obtain a position as a Medical Technologist in a reputable hospital in the United States where I can utilize "
          "my seven (7) years of clinical laboratory experience, especially in Blood Banking and Clinical Chemistry, and "
          "continue to grow professionally while contributing to quality patient care."),
    ("h", "P R O F E S S I O N A L   L I C E N S E S   A N D   C E R T I F I C A T I O N S"),
    ("b", "Registered Medical Technologist (RMT) - Professional Regulation Commission (PRC), Philippines. "
          "PRC License No. 0098765, passed the Medical Technologist Licensure Examination, August 2019; valid until June 2028"),
    ("b", "Medical Laboratory Scientist, MLS(ASCPi)CM - American Society for Clinical Pathology Board of Certification "
          "(International), passed March 2024"),
    ("b", "New York State Clinical Laboratory Technologist License - application and foreign credentials submitted to NYSED "
          "Office of the Professions, October 2026 (pending evaluation)"),
    ("b", "VisaScreen Certificate (CGFNS / ICHP) - in process, expected February 2027"),
    ("b", "Basic Life Support (BLS) Provider - American Heart Association, valid until 2027"),
    ("h", "T E C H N I C A L   S K I L L S   /   I N S T R U M E N T S   H A N D L E D"),
    ("b", "Blood Banking: ABO and Rh(D) blood typing, antibody screening, antibody identification (panel cells), "
          "crossmatching (immediate spin, 37C and AHG phase), Direct Coombs test, Rh phenotyping (C, c, E, e) and Kell typing"),
    ("b", "Blood bank methods: gel technology (Bio-Rad DiaMed ID-System, IH-500) and conventional tube method"),
    ("b", "Blood component preparation: packed RBC, FFP, platelet concentrate and cryoprecipitate"),
    ("b", "Clinical Chemistry: Roche cobas c 311 and cobas e 411 immunoassay analyzer, Roche cobas c 501 with ISE, "
          "Radiometer ABL800 FLEX blood gas analyzer"),
    ("b", "Hematology and coagulation: Sysmex XN-550, Sysmex CA-600 (PT, APTT, fibrinogen)"),
    ("b", "Quality: internal quality control (IQC), Westgard multi-rules, Levey-Jennings chart, External Quality Assessment "
          "Scheme (EQAS), ISO 15189"),
    ("b", "Computer: LIS (Orion HIS / LIS), MS Office"),
    ("h", "W O R K   E X P E R I E N C E"),
    ("job", "Senior Medical Technologist - Blood Bank Section\nVisayas Unity Medical Center, Cebu City, Philippines\nSeptember 2022 - Present"),
    ("b", "Performs ABO and Rh(D) blood typing, antibody screening and antibody identification for a 350-bed tertiary "
          "hospital with 24-hour blood bank service."),
    ("b", "Performs crossmatching using gel technology and conventional tube method; releases around 1,100 blood units a month."),
    ("b", "Prepares blood components (packed RBC, FFP, platelet concentrate, cryoprecipitate) and monitors blood inventory "
          "with the regional blood center."),
    ("b", "Performs transfusion reaction workup (clerical check, repeat ABO/Rh, Direct Coombs) and reports to the pathologist."),
    ("b", "Performs daily QC of reagents and gel cards; records blood bank refrigerator temperatures."),
    ("b", "Trains medical technology interns and newly hired staff on blood bank procedures."),
    ("b", "Takes graveyard shift (10:00 PM - 6:00 AM) duty on rotation."),
    ("job", "Medical Technologist I (Generalist)\nBayanihan General Hospital and Medical Center, Pasig City, Philippines\n"
            "October 2019 - August 2022"),
    ("b", "Rotated in Clinical Chemistry, Hematology, Clinical Microscopy, Serology and Blood Bank sections of a "
          "CAP-accredited hospital laboratory."),
    ("b", "Operated, performed calibration and preventive maintenance, and did troubleshooting of Roche cobas c 311, "
          "cobas c 501 and cobas e 411 analyzers."),
    ("b", "Ran cardiac markers (high-sensitivity troponin T, CK-MB), TDM (vancomycin, digoxin, phenytoin) and "
          "arterial blood gas on the ABL800 FLEX for the ICU and ER."),
    ("b", "Checked serum indices and delta check flags before release of results; reported panic values to the ward "
          "nurse or attending physician and logged them in the LIS."),
    ("b", "Performed internal quality control, plotted Levey-Jennings chart and applied Westgard multi-rules; "
          "participated in EQAS for chemistry and hematology."),
    ("b", "Performed venipuncture for in-patients and out-patients; observed universal precautions and proper waste segregation."),
    ("b", "Assisted the CAP inspection in 2021. Familiar with AABB Standards through ASCPi review."),
    ("h", "C L I N I C A L   I N T E R N S H I P"),
    ("p", "Medical Technology Internship (12 months) - Bayanihan General Hospital and Medical Center, Pasig City, "
          "June 2018 - May 2019. Rotations: Clinical Chemistry, Hematology, Blood Bank, Microbiology, Clinical Microscopy, "
          "Histopathology, Serology."),
    ("h", "E D U C A T I O N"),
    ("p", "Bachelor of Science in Medical Technology - Eastwood Colleges of Allied Health, Quezon City, 2019 (Cum Laude)"),
    ("h", "T R A I N I N G S   A N D   S E M I N A R S   A T T E N D E D"),
    ("b", "Transfusion Medicine Update: Antibody Identification and Problem Solving - Philippine Blood Coordinating Council, 2024"),
    ("b", "Quality Management System in the Clinical Laboratory (ISO 15189:2022) - 2023"),
    ("b", "ASCPi MLS Review Course (online) - 2023"),
    ("b", "PAMET Annual Convention and Scientific Seminar - 2021, 2022, 2023"),
    ("h", "A F F I L I A T I O N S"),
    ("b", "Philippine Association of Medical Technologists (PAMET) - Member, Cebu Chapter"),
    ("h", "P E R S O N A L   D A T A"),
    ("p", "Date of Birth: 14 May 1997  |  Citizenship: Filipino  |  Civil Status: Single  |  Languages: English, Filipino, Cebuano"),
    ("h", "C H A R A C T E R   R E F E R E N C E S"),
    ("p", "Available upon request."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")
