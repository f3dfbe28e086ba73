"""Build resume.docx for heldout52-uk-transfusion-practitioner.

Layout quirks: UK-style CV in DOCX, contact line in the page header, registration block before the
profile, key skills in a two-column table, training/CPD and memberships after education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "RHIANNON K. PRYCE"),
    ("contact", "14 Gorse Lane, Northfleet  |  555-0147  |  rhiannon.pryce@example.com"),
    ("h", "Professional Registration and Qualifications"),
    ("b", "HCPC registered Biomedical Scientist (BS081442), registered 2014"),
    ("b", "IBMS Specialist Diploma in Transfusion Science, 2016"),
    ("b", "Level 3 Award in Education and Training (AET), 2022"),
    ("b", "MSc Transfusion and Transplantation Science, part-time - Year 2 of 3, expected completion 2027"),
    ("h", "Personal Profile"),
    ("p", "Senior BMS with twelve years in NHS blood transfusion laboratories, including a nine-month secondment "
          "as Transfusion Practitioner. Day-to-day lead for haemovigilance reporting in the laboratory, "
          "experienced trainer and auditor, and confident working with ward, theatre and maternity staff. Looking "
          "for a permanent TP post where I can combine laboratory knowledge with clinical practice."),
    ("h", "Key Skills"),
    ("table", [
        ("Haemovigilance", "SHOT and MHRA SABRE reporting, Datix, incident investigation and RCA, WBIT and TACO reviews, "
                           "transfusion reaction investigations"),
        ("Regulation and guidance", "Blood Safety and Quality Regulations 2005 (BSQR), JPAC 'Red Book', "
                                    "British Society for Haematology guidelines, NICE NG24"),
        ("Laboratory", "Blood group serology, antibody ID, serological crossmatch, electronic issue, DAT, "
                       "anti-D immunoglobulin issue, irradiated and CMV-negative component selection"),
        ("Automation and IT", "Ortho Vision Max (x2), Grifols Erytra, WinPath Enterprise LIMS, Haemonetics "
                              "BloodTrack Courier and BloodTrack Manager, Q-Pulse, MS Office (Excel, PowerPoint, Teams)"),
        ("Quality", "QMS, UKAS ISO 15189 assessments, EQA (UK NEQAS BTLP), SOPs, non-conformance, "
                    "corrective and preventive actions, clinical audit"),
        ("Education", "Transfusion training, competency assessment, LBT modules, IBMS registration portfolio "
                      "training officer"),
    ]),
    ("h", "Employment History"),
    ("job", "Transfusion Practitioner (secondment, Band 7) - Severnside University Hospitals NHS Trust - "
            "Jan 2025 to Sep 2025"),
    ("b", "Covered the substantive TP's maternity leave as part of the hospital transfusion team (one consultant, "
          "laboratory manager and two TPs) for a 780-bed trust."),
    ("b", "Triaged 212 transfusion incidents logged on Datix; reported 37 to SHOT and 4 to SABRE, and wrote RCA "
          "reports for 3 serious incidents including two WBIT events."),
    ("b", "Delivered 46 face-to-face transfusion training sessions (about 610 staff) and completed 180 "
          "competency assessments for blood collection and bedside administration."),
    ("b", "Raised LBT compliance for registered nurses from 71% to 89% and presented quarterly figures to the HTC."),
    ("b", "Ran the trust's returns for the 2025 National Comparative Audit of the medical use of red cells and "
          "platelets; action plan closed within six months."),
    ("b", "Supported patient blood management work on TXA use in elective orthopaedics; red cell use per "
          "primary hip replacement fell by 18%."),
    ("b", "Reviewed every activation of the massive haemorrhage protocol (41 in 8 months) for speed of issue and "
          "FFP and cryoprecipitate ratios."),
    ("b", "Promoted PPID at the bedside through ward walk-rounds and spot audits of 300 transfusion episodes."),
    ("job", "Senior Biomedical Scientist (Band 6), Blood Transfusion - Severnside University Hospitals NHS Trust - "
            "Apr 2018 to Present"),
    ("b", "Section senior for a blood transfusion laboratory issuing about 24,000 components a year across two sites, "
          "24/7 shift pattern."),
    ("b", "Laboratory haemovigilance lead: first-line investigation of transfusion reactions, traceability "
          "reconciliation and the annual BCR submission to the MHRA."),
    ("b", "Kept fate-of-unit traceability above 99.9% for three years running using the electronic transfusion "
          "tracking system and monthly paper-return chasing."),
    ("b", "Owned cold chain validation for 9 blood fridges and 3 transport box configurations; mapped and "
          "requalified every fridge after a 2023 relocation."),
    ("b", "Cut wastage of red cells from 2.6% to 1.4% and O RhD negative issue from 13% to 9% of red cells; "
          "monthly BSMS returns."),
    ("b", "Wrote or reviewed 38 SOPs in Q-Pulse, managed non-conformance logs and prepared for two MHRA "
          "inspections and four UKAS assessments with no major findings."),
    ("b", "Validated a second Ortho Vision Max and the WinPath Enterprise upgrade (2021); trained 14 BMS staff on "
          "the new electronic issue rules."),
    ("b", "Member of the Regional Transfusion Committee laboratory working group since 2022; liaison with the "
          "NHSBT Red Cell Immunohaematology (RCI) reference service."),
    ("job", "Biomedical Scientist (Band 5), Blood Sciences - Tamar Valley Hospitals NHS Trust - "
            "Sep 2014 to Mar 2018"),
    ("b", "Rotational BMS in blood transfusion, haematology and clinical biochemistry; completed transfusion "
          "specialist training in 2016."),
    ("b", "Routine ABO and RhD grouping, antibody screening and crossmatching on Grifols Erytra; about 90 samples "
          "per shift."),
    ("h", "Education"),
    ("p", "BSc (Hons) Biomedical Science (IBMS accredited), University of the West Moors, 2013 - 2:1."),
    ("h", "Training and CPD"),
    ("b", "SHOT Annual Symposium 2024 and 2025"),
    ("b", "NHSBT Transfusion Practitioner induction programme (online modules), 2025"),
    ("b", "FFP3 respirator fit tester (Fit2Fit accredited), 2021"),
    ("h", "Memberships"),
    ("b", "Member, Institute of Biomedical Science (MIBMS)"),
    ("b", "British Blood Transfusion Society (BBTS)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
