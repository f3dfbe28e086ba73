"""Build resume.docx for heldout45-new-zealand-medical-laboratory-scientist.

Layout quirks: contact details in the Word page header (header_contact=True), a Professional
Registration block straight under the name, a two-column table of technical skills, New Zealand
spelling and wording ("analysers", "fault-finding", "practising certificate"), and a short "Other"
section at the end with the driver licence and te reo Maori.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Hannah M. Rewi, BMLSc  |  27 Kererū Street, Hokowhitu, Palmerston North 4410  |  021 555-0134  |  "
                "hannah.rewi@example.com"),
    ("name", "Hannah Rewi"),
    ("h", "Professional Registration"),
    ("b", "Registered Medical Laboratory Scientist, Medical Sciences Council of NZ (MSCNZ), registration no. 40518, "
          "since December 2020"),
    ("b", "Annual Practising Certificate under the HPCA Act, 1 April 2026 to 31 March 2027"),
    ("h", "Profile"),
    ("p", "Medical laboratory scientist with nearly six years' post-registration experience, the last four in the "
          "24/7 core laboratory of a regional hospital. Confident across haematology, biochemistry and coagulation "
          "on automated analysers, signed off for after-hours transfusion science, and a steady hand with quality management and analyser "
          "fault-finding. Moving to Hawke's Bay in early 2027 to be closer to whānau."),
    ("h", "Technical Skills"),
    ("table", [
        ("Haematology", "Sysmex XN-1000 (x2) with SP-10 slide maker; CellaVision DM96; blood film review, manual "
                        "diffs, malaria films and BinaxNOW antigen tests; reticulocyte counts"),
        ("Biochemistry", "Abbott Alinity ci (replaced the ARCHITECT ci8200 in 2023): general chemistry, immunoassay, "
                         "hs-TnI; Bio-Rad D-100 HbA1c; Radiometer ABL90 FLEX blood gases"),
        ("Coagulation", "Werfen ACL TOP 750: PT/INR, APTT, D-dimer; thrombophilia screens (APC resistance, protein C, "
                        "protein S, lupus anticoagulant)"),
        ("Transfusion science", "Ortho Vision Max; group and screen, antibody ID, electronic crossmatch, issue of "
                                "blood products to New Zealand Blood Service guidance"),
        ("POCT", "i-STAT, CoaguChek INRange and Afinion 2 devices on wards and in rural clinics"),
        ("Quality and systems", "IQC with Westgard multirules; RCPA Quality Assurance Programs; Q-Pulse; Delphic LIS; "
                                "ISO 15189:2012"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist, Core Laboratory - Manawatū Regional Hospital Laboratory, Palmerston North - "
            "Feb 2022 to present"),
    ("b", "Work a 24/7 rotating roster (lates, nights, weekends) in a laboratory handling about 2,200 requests a day; "
          "sole scientist on night shift for haematology, biochemistry and transfusion."),
    ("b", "Review 50-70 blood films a shift on the CellaVision DM96 and refer abnormal films to the haematologist; "
          "picked up four new acute leukaemias on nights in 2025."),
    ("b", "Carry out daily maintenance, calibration and fault-finding on the XN-1000s, Alinity ci and ACL TOP; cut "
          "repeat service call-outs by a third after writing a first-line fault guide."),
    ("b", "Led assay verification for 12 assays when the Alinity ci replaced the ARCHITECT (precision, bias against "
          "EQA material, reference interval transference); signed off by the clinical biochemist in six weeks."),
    ("b", "Review IQC each shift and return EQA results; logged 35 non-conformances in Q-Pulse and helped prepare "
          "for the 2023 IANZ surveillance assessment (no corrective actions raised for the core lab)."),
    ("b", "Phone critical results to ED, wards and on-call GPs, within 15 minutes of authorisation 98% of the time."),
    ("b", "After-hours transfusion: group and screen, antibody ID and electronic crossmatch on the Ortho Vision Max; "
          "issue around 300 units of blood products a month, including massive transfusion packs."),
    ("b", "POCT super-user for 40 ward devices; trained 120 nurses on the i-STAT and CoaguChek INRange."),
    ("b", "HSWA 2015 health and safety representative for the core lab; run quarterly spill drills."),
    ("b", "Trained nine BMLSc placement students and three medical laboratory technicians."),
    ("job", "Medical Laboratory Scientist (graduate rotation) - Central Districts Community Laboratory, Whanganui - "
            "Dec 2020 to Jan 2022"),
    ("b", "Rotated through microbiology, serology, haematology and biochemistry in a community laboratory processing "
          "about 1,400 GP requests a day."),
    ("b", "Referred enteric isolates and measles and mumps sera to ESR (Institute of Environmental Science and "
          "Research) for reference testing and national surveillance."),
    ("b", "Ran INR testing for about 600 community anticoagulation patients each month."),
    ("h", "Education"),
    ("p", "BMLSc, majoring in Haematology and Clinical Biochemistry - Manawatū University, Palmerston North, 2020"),
    ("h", "Professional Development"),
    ("b", "NZIMLS member since 2019; completed the NZIMLS Continuing Professional Development cycle 2022-2025"),
    ("b", "NZIMLS Annual Scientific Meeting 2025, Rotorua: poster on XN-1000 platelet clumping flags"),
    ("h", "Other"),
    ("b", "Full NZ driver licence (clean)"),
    ("b", "Te reo Māori: conversational (Te Ara Reo, Level 2)"),
    ("p", "Referees available on request."),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
