"""Build resume.docx for heldout44-canada-medical-laboratory-assistant.

Layout quirks: contact details only in the DOCX page header (header_contact=True), Canadian spelling
(centre, labelling, harbour), a two-column skills table, a clinical placement block, and the
Certifications & Training section at the very bottom. The CSMLS MLA exam is booked, not passed.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Mélanie Tremblay-Osei  |  27 Orchard Crescent, Port Hope, ON  L1A 3K9  |  (905) 555-0138  |  "
                "melanie.tremblay-osei@example.com"),
    ("name", "Mélanie Tremblay-Osei"),
    ("h", "Profile"),
    ("p", "Bilingual (English/French) medical laboratory assistant with five years of specimen collection and "
          "processing in a hospital laboratory and a busy community patient service centre. Steady with adult and "
          "pediatric draws, careful with identification and labelling, and the person colleagues ask to untangle a "
          "requisition. Completing CSMLS certification to move into a hospital MLA/T role."),
    ("h", "Skills Summary"),
    ("table", [
        ("Collection", "Venipuncture and skin punctures (finger and heel); pediatric draws from 6 months; blood "
                       "cultures; 2-h and 3-h GTT; timed TDM draws; 12-lead ECGs (Mortara ELI 250c)"),
        ("Processing", "Accessioning, labelling, centrifuging, aliquoting and sorting; specimen rejection criteria; "
                       "Beckman Coulter AutoMate 2500 loading; send-outs packed as UN3373"),
        ("POCT", "Glucose on Accu-Chek Inform II meters; UA dipsticks; daily QC and lot-to-lot checks"),
        ("Microbiology", "Planting urine and swab cultures onto BAP, MAC and CNA plates in a Class II BSC"),
        ("Systems", "LIS (Orchard Harvest); MS Office (Outlook, Excel, Word); RL6 incident reporting"),
        ("Safety and privacy", "WHMIS 2015; IPAC and standard precautions; PHIPA; CLSI H3-A6 order of draw"),
    ]),
    ("h", "Work Experience"),
    ("job", "Medical Laboratory Assistant - Lakeshore Community Laboratories, Patient Service Centre, Oshawa, ON - "
            "June 2023 to present"),
    ("b", "Collect 55-70 patients per shift by venipuncture and skin punctures, including pediatric and geriatric "
          "patients; 96% first-attempt success on the 2025 collection audit."),
    ("b", "Confirm patient identification with two identifiers and follow the CLSI H3-A6 order of draw; no "
          "wrong-blood-in-tube events in three years."),
    ("b", "Perform about 15 12-lead ECGs a week and run 2-hour and 3-hour GTTs for the prenatal clinic; collect timed "
          "TDM trough levels for lithium and digoxin."),
    ("b", "Accession and label about 900 specimens a day in the LIS; apply specimen rejection criteria, and cut "
          "requisition queries to clinics by 30% with a one-page collection guide."),
    ("b", "Centrifuge, aliquot and sort specimens for the regional core laboratory; load the Beckman Coulter "
          "AutoMate 2500 on evening processing cover."),
    ("b", "Pack send-outs to the public health laboratory as UN3373 with Transportation of Dangerous Goods "
          "documentation; no rejected shipments in 2025."),
    ("b", "Keep fridge and freezer temperature logs and weekly centrifuge QC; report near misses as incident reports "
          "in RL6."),
    ("job", "Laboratory Assistant (casual) - Trent Hills Memorial Hospital, Campbellford, ON - May 2021 to May 2023"),
    ("b", "Blood collection on inpatient units and in the Emergency Department, including blood cultures from adult "
          "and pediatric patients."),
    ("b", "POCT glucose for 60 Accu-Chek Inform II meters on four units: daily QC review, operator lockouts and lot "
          "changes."),
    ("b", "UA dipsticks and urine pregnancy tests in the core lab on nights."),
    ("b", "Helped prepare for the 2021 IQMH accreditation visit by rebuilding the specimen collection manual; no "
          "collection non-conformances."),
    ("b", "Followed IPAC and standard precautions, including PPE donning and doffing in isolation rooms."),
    ("job", "Customer Service Associate (CSA) - Harbourfront Pharmacy, Port Hope, ON - 2016 to 2019"),
    ("b", "Served about 200 customers a day at the front counter and prescription pickup; trained 4 new staff."),
    ("h", "Clinical Placement"),
    ("job", "MLA/T Practicum - Bay of Quinte Regional Health, Belleville, ON - January to March 2021 (280 hours)"),
    ("b", "Microbiology: planted urine, swab and sputum specimens onto BAP, MAC and CNA plates in a Class II BSC."),
    ("b", "Specimen processing and referral desk; early-morning phlebotomy rounds on medicine and surgery."),
    ("h", "Education"),
    ("p", "Ontario College Certificate, MLA/T program - Cataraqui College of Applied Arts and Technology, Kingston, "
          "ON, 2021 (Dean's list). Coursework: medical terminology, phlebotomy, specimen processing, ECG, "
          "microbiology laboratory skills."),
    ("h", "Certifications & Training"),
    ("b", "CSMLS Medical Laboratory Assistant certification - exam booked for February 2027"),
    ("b", "CPR-C and Standard First Aid - Canadian Red Cross, 2025"),
    ("b", "WHMIS 2015, renewed 2026"),
    ("b", "Transportation of Dangerous Goods (Class 6.2) certificate, 2024"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
