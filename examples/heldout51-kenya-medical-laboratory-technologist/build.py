"""Build resume.docx for heldout51-kenya-medical-laboratory-technologist.

Layout quirks: DOCX, Kenyan CV layout: registration and licence block under the profile, skills in a
two-column table (section label, content), Professional Trainings and Membership after Education, a
community section and Referees at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "BRENDA CHEPKOECH ROTICH"),
    ("contact", "P.O. Box 4410-30100, Eldoret  |  +254 722 555-0147  |  brenda.rotich@example.com"),
    ("h", "Professional Profile"),
    ("p", "Medical Laboratory Technologist with seven years' experience in county and sub-county hospital "
          "laboratories, the last four as in-charge of the molecular bench (HIV viral load, EID and GeneXpert) at a "
          "Level 5 hospital that was accredited by the Kenya Accreditation Service in 2024. Strong bench skills in "
          "haematology, clinical chemistry and malaria microscopy, with a keen interest in quality and in training "
          "interns."),
    ("h", "Registration and Licensure"),
    ("b", "Registered Medical Laboratory Technologist, KMLTTB - Reg. No. B-21873 (2018)"),
    ("b", "KMLTTB Practising Licence No. PL/2026/08841, valid to 31st December 2026"),
    ("h", "Skills"),
    ("table", [
        ("Molecular", "HIV viral load and EID on Roche CAP/CTM 96 (qPCR); dried blood spots and plasma\n"
                      "Cepheid GeneXpert IV: Xpert MTB/RIF Ultra, RIF resistance reporting"),
        ("Haematology", "FHG on Sysmex XN-550 and Mindray BC-5380; PBF review; ESR; sickling test"),
        ("Clinical chemistry", "Cobas c311 and Mindray BS-240 clinical chemistry analysers; RFTs (U/E/Cs), LFTs, HbA1c\n"
                               "CD4 counts on BD FACSPresto"),
        ("Parasitology", "Malaria microscopy (Giemsa thick and thin smears, parasite density), mRDT, stool and "
                         "urine microscopy"),
        ("Quality", "IQC, L-J charts, Westgard rules, EQA (NHRL, UK NEQAS), CAPA, SOPs, QMS, internal audits, "
                    "ISO 15189:2012"),
        ("Biosafety", "Class II biosafety cabinet, personal protective equipment, spill kits, UN 3373 triple packaging"),
        ("Systems", "LIMS, KenyaEMR, DHIS2, NASCOP EID/VL web portal, MS Excel"),
    ]),
    ("h", "Work Experience"),
    ("job", "Medical Laboratory Technologist (In-charge, Molecular Section) - Ngamia County Referral Hospital, "
            "Ngamia County - March 2022 to date"),
    ("b", "Process 90-120 HIV viral load and early infant diagnosis samples a day on the Roche CAP/CTM 96, mostly "
          "dried blood spots and plasma from 34 spoke facilities on the county specimen referral network."),
    ("b", "Cut viral load turnaround time from 14 to 6 days by re-planning qPCR batches; cleared a 2,300-sample "
          "backlog in 2023."),
    ("b", "Run Xpert MTB/RIF Ultra on a 4-module Cepheid GeneXpert IV (about 25 cartridges a day) and phone RIF "
          "resistance results to the Sub-County TB coordinator the same day."),
    ("b", "Led the section through the 2024 Kenya Accreditation Service assessment to ISO 15189:2012; wrote 22 of "
          "the laboratory's 61 SOPs and closed all 9 non-conformities within 60 days through CAPA."),
    ("b", "Scored 100% in 11 consecutive NHRL viral load EQA panels."),
    ("b", "Ship referral specimens to KEMRI and the national reference laboratory as UN 3373 Category B in triple "
          "packaging; trained 12 riders on spill response."),
    ("b", "Compile the monthly FCDRRs for viral load and TB commodities and report them in DHIS2; upload results "
          "to the NASCOP EID/VL web portal."),
    ("b", "Supervise and mentor 6-8 KMTC interns per rotation."),
    ("job", "Medical Laboratory Technologist - Tulivu Sub-County Hospital, Ngamia County - June 2018 to February 2022"),
    ("b", "Rotated through haematology, clinical chemistry, parasitology and blood transfusion benches; 250-300 "
          "tests per shift."),
    ("b", "Ran FHG on the Sysmex XN-550 and Mindray BC-5380 and reviewed PBFs for all flagged results."),
    ("b", "Ran RFTs, LFTs and electrolytes on the Cobas c311 and Mindray BS-240; CD4 counts on the BD FACSPresto "
          "for 1,100 clients on ART."),
    ("b", "Malaria microscopy on Giemsa-stained thick and thin smears with parasite density reporting; "
          "re-examined mRDT-negative febrile cases."),
    ("b", "Plotted daily L-J charts, applied Westgard rules and kept IQC records; did preventative maintenance and "
          "kept logs for 7 analysers, cutting downtime by about 30%."),
    ("b", "Scored 90-100% in the UK NEQAS malaria microscopy scheme (2019-2021)."),
    ("b", "Entered and verified results in the hospital LIMS and the KenyaEMR laboratory module."),
    ("h", "Education"),
    ("b", "Higher Diploma in Molecular Biology - Kenya Medical Training College (KMTC), Nairobi - in progress, "
          "completion expected November 2026"),
    ("b", "Diploma in Medical Laboratory Sciences - KMTC Eldoret, 2017"),
    ("b", "Certificate in Computer Packages - Eldoret Institute of Computing, 2014"),
    ("b", "KCSE - Kapsabet Girls High School, Mean Grade B+, 2013"),
    ("h", "Professional Trainings"),
    ("b", "SLMTA, three workshops and site mentorship - County Department of Health, 2021-2022"),
    ("b", "Internal Auditor (ISO 15189) - Kenya Accreditation Service, 2023"),
    ("b", "Biorisk Management (BRM) course - KEMRI, 2021"),
    ("b", "IATA DGR Category B shipper course - 2023"),
    ("h", "Professional Membership"),
    ("b", "Association of Kenya Medical Laboratory Scientific Officers - member since 2018"),
    ("h", "Community Service"),
    ("b", "Volunteer science mentor for CBC Junior School learners (Grades 7-9), Kapsoya, 2023 to date"),
    ("h", "Referees"),
    ("p", "Available on request."),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", HERE / "resume.docx")
