"""Build resume.pdf for heldout52-malaysia-medical-laboratory-technologist.

Layout quirks: PDF, Malaysian CV style with a Professional Registration block before the skills,
skills in two columns (labels ending ':'), Courses and Languages sections at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "NURUL IZZATI BINTI RAZALI"),
    ("contact", "No. 14, Jalan Seroja 3/2, Taman Seroja, 43000 Kajang, Selangor  |  +60 12-555 0147  |  "
                "nurul.izzati.razali@example.com"),
    ("h", "Profile"),
    ("p", "Medical Laboratory Technologist with 6 years in Ministry of Health and private pathology laboratories. "
          "Currently Juruteknologi Makmal Perubatan U29 in a 600-bed state hospital laboratory accredited to "
          "MS ISO 15189, rotating through chemical pathology, haematology, blood bank and microbiology. Known on "
          "the bench for keeping IQC clean and for getting non-conformance reports closed on time."),
    ("h", "Professional Registration"),
    ("b", "Registered Medical Laboratory Technologist, MAHPC (Reg. No. JTMP 08841), registered under Act 774 in 2022"),
    ("b", "Practising Certificate valid until 31 December 2026"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Chemical pathology:", "Haematology:"),
        ("Roche cobas pro (c 503, e 801)", "Sysmex XN-1000, FBC, PBF"),
        ("Blood gas: ABL800 FLEX", "Sysmex CS-2100i: PT/INR, aPTT"),
        ("HbA1c: Tosoh HLC-723G8", "ESR (Westergren)"),
        ("RP, LFT, BUSE, cardiac markers", "Capillarys 2 Flex Piercing"),
        ("Serology: dengue NS1, HBsAg", "G6PD fluorescent spot test"),
        ("Blood bank:", "Microbiology:"),
        ("Blood grouping (ABO/Rh)", "C&S, Gram stain, ZN stain"),
        ("Antibody screening, GXM", "BacT/ALERT 3D blood culture"),
        ("DiaMed ID-Card gel technique", "VITEK 2 Compact ID and AST"),
        ("Transfusion reaction work-up", "CLSI M100 interpretation"),
        ("Quality and systems:", "Safety:"),
        ("IQC, L-J charts, Westgard multirules", "Biosafety, BSC Class II"),
        ("EQA: RCPAQAP, Bio-Rad EQAS", "Clinical waste segregation"),
        ("Document control, NCR / CAPA", "Venepuncture"),
        ("LIS (Lablink), Microsoft Excel", "BLS (valid to 2027)"),
    ]),
    ("h", "Working Experience"),
    ("job", "Juruteknologi Makmal Perubatan U29 (Medical Laboratory Technologist) - Jabatan Patologi, "
            "Hospital Tuanku Seri Melati, Seremban, Negeri Sembilan - Mar 2022 to Present"),
    ("b", "Rotate 3-monthly through chemical pathology, haematology, blood bank and microbiology for a laboratory "
          "handling about 3,000 samples a day; cover night shifts and on-call for the 24-hour emergency bench."),
    ("b", "Run and maintain the Roche cobas pro, Sysmex XN-1000 and CS-2100i; perform calibration, daily and weekly "
          "maintenance and first-line troubleshooting, cutting analyser downtime on the chemistry bench by 18% in 2024."),
    ("b", "Blood bank: blood grouping, antibody screening and GXM for about 70 requests a day using the DiaMed "
          "ID-Card gel technique; issue blood components and carry out transfusion reaction investigation following "
          "the MOH Transfusion Practice Guidelines."),
    ("b", "Microbiology: process 150 specimens a day for C&S; Gram stain, ZN stain for AFB, blood culture on "
          "BacT/ALERT 3D, identification and AST on VITEK 2 Compact read against CLSI M100; run Cepheid GeneXpert "
          "MTB/RIF Ultra for the chest clinic."),
    ("b", "Review IQC daily on L-J charts with Westgard multirules and submit EQA results for RCPAQAP chemistry, "
          "haematology and serology; 98% of EQA results within acceptable limits in 2024-2025."),
    ("b", "Trained internal auditor for MS ISO 15189; audited 4 sections in 2025 and raised 11 non-conformance "
          "reports (NCR), all closed within 60 days before the Jabatan Standard Malaysia surveillance visit."),
    ("b", "Verify and release results in the LIS (Lablink); phone critical results to wards within 30 minutes "
          "and record read-back; apply specimen rejection criteria for haemolysed and unlabelled samples."),
    ("b", "POCT coordinator assistant: trained 120 nurses on Accu-Chek Inform II glucometers and reviewed "
          "monthly QC records for 34 ward meters."),
    ("job", "Medical Laboratory Technologist - Makmal Diagnostik Cahaya Sdn. Bhd., Petaling Jaya, Selangor - "
            "Jun 2019 to Feb 2022"),
    ("b", "Ran chemistry, haematology and serology (dengue NS1 and IgM/IgG, HBsAg) for 60 GP clinics and two "
          "private hospitals; about 900 samples a day."),
    ("b", "Performed thalassaemia screening on the Sebia Capillarys 2 Flex Piercing and HbA1c on the Tosoh G8; "
          "G6PD screening for neonates by fluorescent spot test."),
    ("b", "Prepared documents for the laboratory's first MS ISO 15189:2014 accreditation; wrote 26 SOPs and "
          "work instructions under document control."),
    ("b", "Performed venepuncture at the collection centre on weekends (about 40 patients a day)."),
    ("b", "Followed biosafety and clinical waste segregation procedures; worked in a BSC Class II for "
          "serology and TB samples."),
    ("h", "Education"),
    ("b", "Bachelor of Biomedical Science (Hons), part-time - Universiti Seri Perdana, Nilai; in progress, "
          "expected graduation August 2027"),
    ("b", "Diploma in Medical Laboratory Technology - Kolej Sains Kesihatan Bersekutu, Kuala Lumpur, 2019 "
          "(CGPA 3.61)"),
    ("h", "Courses and Training"),
    ("b", "Post Basic in Transfusion Science - Pusat Darah Negara; enrolled, January to June 2027 intake"),
    ("b", "MS ISO 15189:2022 Internal Audit Course - Standards Malaysia, 2023"),
    ("b", "Pathology Laboratory Act 2007 and regulations briefing - Jabatan Patologi, 2022"),
    ("b", "Occupational Safety and Health Act 1994 (Act 514) awareness course, 2021"),
    ("h", "Languages"),
    ("p", "Bahasa Malaysia (native), English (fluent), Mandarin (basic)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
