"""Build resume.pdf for heldout56-jamaica-medical-technologist-public-hospital.

Layout quirks: PDF, registration block under the profile, skills in two columns (labels ending ':'),
British/Jamaican spellings and local abbreviations (FBC, U&E, LFTs, MOHW, JANAAC, NBTS).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "KERRI-ANN D. MCFARLANE, B.Sc."),
    ("contact", "14 Lady Musgrave Close, Kingston 10, Jamaica  |  876-555-0147  |  kerriann.mcfarlane@example.com"),
    ("h", "Professional Profile"),
    ("p", "Registered Medical Technologist with six years in a busy public hospital laboratory in the South East "
          "Regional Health Authority (SERHA). Rotates through haematology, chemical pathology, serology and the "
          "blood transfusion laboratory, and has been the section's quality officer during our JANAAC "
          "pre-assessment for ISO 15189:2012. Looking to move to the western region with my family."),
    ("h", "Registration and Certification"),
    ("b", "Registered Medical Technologist, Council for Professions Supplementary to Medicine, Reg. No. MT-2019-0388 (current to 2027)"),
    ("b", "MLS(ASCPi) - application approved, exam scheduled March 2027"),
    ("b", "ISO 15189 Internal Auditor course (3 days), Bureau of Standards Jamaica, 2024"),
    ("b", "Basic Life Support, Heart Foundation of Jamaica, 2025"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Analysers:", "Tests:"),
        ("Sysmex XN-1000, Mindray BC-5380 (back-up)", "FBC, blood film, reticulocytes, Westergren ESR"),
        ("Roche cobas c311 and cobas e 411", "PT/INR, APTT, fibrinogen, D-dimer"),
        ("Stago STA Compact Max", "Sickle solubility, Hb electrophoresis"),
        ("ORTHO VISION, manual gel cards", "U&E, electrolytes, LFTs, HbA1c, hs-Troponin I"),
        ("Cepheid GeneXpert", "ABO/RhD blood grouping, antibody screening, DAT"),
        ("Quality:", "4th generation HIV Ag/Ab combo, HIV rapid tests"),
        ("IQC, Westgard rules, L-J charts", "Dengue NS1 Ag rapid test, urinalysis"),
        ("External quality assessment: Randox RIQAS", "Xpert MTB/RIF"),
        ("QMS documentation, GLP", "Other:"),
        ("Method verification", "LIS result entry and validation"),
        ("", "MS Excel, Word"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Technologist I - Laboratory Department, Harbour View General Hospital (SERHA), Kingston - "
            "Aug 2020 to Present"),
    ("b", "Run the haematology bench on days and nights: about 450 FBCs per shift on the Sysmex XN-1000, with "
          "blood film review for flagged samples and sickle solubility and Hb electrophoresis for the antenatal "
          "clinic."),
    ("b", "Perform daily calibration checks and preventive maintenance on the Sysmex, Roche cobas c311 and Stago "
          "analysers; cut analyser downtime from 31 to 12 hours a quarter by keeping a maintenance log."),
    ("b", "Blood transfusion laboratory: ABO/RhD blood grouping, antibody screening and compatibility testing on "
          "ORTHO VISION gel cards, DAT for haemolysis work-ups; issue about 260 units of blood products a month "
          "and investigate transfusion reactions with the haematologist, reporting to NBTS."),
    ("b", "Serology: HIV screening with 4th generation Ag/Ab combo assays and rapid tests; dengue NS1 Ag testing "
          "during the 2023-2024 outbreak (up to 120 requests a day) with weekly line lists to the parish "
          "surveillance officer as required by the MOHW."),
    ("b", "Quality officer for haematology and chemical pathology: review IQC daily against Westgard rules and "
          "L-J charts, submit Randox RIQAS external quality assessment returns (98% acceptable over 3 years) "
          "and write corrective and preventive actions for nonconformities."),
    ("b", "Led method verification for the replacement cobas c311 (precision, bias, linearity, reference "
          "intervals) and wrote 22 of the section's standard operating procedures for the ISO 15189 QMS."),
    ("b", "Took part in two internal audits and the JANAAC pre-assessment visit in 2025; four findings, all closed "
          "within 60 days."),
    ("b", "Phone critical results to wards and record read-back in the LIS; monitor TAT for emergency department "
          "samples (92% of potassium and troponin results within 60 minutes)."),
    ("b", "Handle stock control of reagents and controls for the haematology section (budget of about JMD 14 million a year)."),
    ("job", "Intern Medical Technologist - National Public Health Laboratory, Kingston - Jul 2019 to Jul 2020"),
    ("b", "Rotated through chemical pathology, haematology, serology and microbiology; specimen processing and "
          "venepuncture in the outpatient collection area (30-40 patients a day)."),
    ("b", "Worked in a Class II BSC for specimen handling under the laboratory's IPC and biosafety rules; ran "
          "Xpert MTB/RIF tests on the Cepheid GeneXpert."),
    ("h", "Education"),
    ("p", "B.Sc. Medical Technology - University of Technology, Jamaica (UTech), Kingston, 2019. Research project on "
          "HbA1c and fasting glucose agreement in a diabetic clinic population."),
    ("p", "CAPE Biology, Chemistry and Mathematics - St. Hugh's High School, Kingston, 2015"),
    ("h", "Continuing Professional Development"),
    ("b", "Immunohaematology refresher workshop, National Blood Transfusion Service, 2023"),
    ("b", "Jamaica Association of Medical Technologists (JAMT) annual conference, 2022-2025"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
