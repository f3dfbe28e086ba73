#!/usr/bin/env python3
"""Build resume.pdf for heldout19-gulf-medtech (Gulf-style CV of a Philippine-trained RMT).

Single-column PDF with the personal-data block that Gulf recruiters still ask for,
a declaration at the end, and abbreviations as the bench writes them.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "MARIA CRISTINA D. VILLANUEVA, RMT"),
    ("contact", "Al Khobar, Eastern Province, Kingdom of Saudi Arabia  |  Mobile/WhatsApp: +966 555-0148  |  "
                "mcdvillanueva@example.com"),
    ("h", "Career Objective"),
    ("p", "Registered Medical Technologist with 10 years of laboratory experience in the Philippines and Saudi Arabia, "
          "the last 5 years in a 400-bed Ministry of Health (MOH) hospital laboratory rotating through hematology, "
          "clinical chemistry, immunology and blood banking. Seeking a Medical Technologist position in a JCI-accredited "
          "hospital in Abu Dhabi where I can use my generalist bench experience and keep growing in quality control."),
    ("h", "Licenses & Certifications"),
    ("b", "Registered Medical Technologist (RMT) - Professional Regulation Commission (PRC), Philippines, License No. 0087341, 2016, valid until 2028"),
    ("b", "SCFHS Professional Classification: Laboratory Specialist (Medical Laboratory), Registration No. 21-E-0093127, valid until Jun 2027"),
    ("b", "DOH Abu Dhabi: Prometric exam passed (Aug 2026); DataFlow PSV in progress; DOH licence to follow after DataFlow report"),
    ("b", "MLS(ASCPi) - eligibility approved, exam scheduled February 2027"),
    ("b", "Basic Life Support (BLS) Provider - American Heart Association, valid until 2027"),
    ("h", "Laboratory Skills & Instruments Handled"),
    ("b", "Hematology: CBC, retic count, ESR (Westergren), PBS reading and differential count; Sysmex XN-1000, Sysmex XS-1000i"),
    ("b", "Hemoglobinopathy screening: HbA1c and Hb variants by HPLC (Bio-Rad D-10); thalassemia and sickle cell screening; G6PD screening (fluorescent spot test)"),
    ("b", "Coagulation: PT/INR, aPTT, fibrinogen; Stago STA Compact Max"),
    ("b", "Clinical chemistry and immunoassay: Abbott ARCHITECT ci4100 and c8000; Troponin I, CK-MB, NT-proBNP; thyroid panel (TSH, FT3, FT4); "
          "CEA, AFP, PSA, CA-125; TDM (vancomycin, digoxin); ABG on GEM Premier 4000"),
    ("b", "Blood banking: ABO/Rh typing, antibody screening, antibody ID, IS and AHG crossmatch, direct Coombs test; gel card method "
          "(Bio-Rad ID-Cards) and Bio-Rad IH-500; blood component preparation (PRBC, FFP, platelet concentrate); transfusion reaction workup"),
    ("b", "Quality: internal QC, Westgard rules, L-J charts, EQAS (CAP proficiency testing surveys, RIQAS), calibration, lot-to-lot verification, correlation studies"),
    ("b", "Clinical microscopy: urinalysis, fecalysis"),
    ("b", "POCT: glucometer QC and nurse training (Accu-Chek Inform II)"),
    ("b", "LIS: InterSystems TrakCare LIS; MS Office"),
    ("b", "Others: venipuncture, specimen rejection criteria, biosafety, infection control, preventive maintenance and troubleshooting of analyzers"),
    ("h", "Work Experience"),
    ("job", "Medical Technologist (Laboratory Specialist) - Eastern Province Specialist Hospital, Ministry of Health, Dammam, KSA - Aug 2021 to Present"),
    ("b", "Rotate every 4 months through hematology, chemistry/immunology and blood bank in a CAP-accredited and CBAHI-accredited laboratory (~2,800 tests/day)."),
    ("b", "Perform STAT and routine testing on 12-hour day and night duty; call critical results to the wards with read-back."),
    ("b", "Prepare blood components and issue blood for the ER, OR and ICU; assisted in 60+ transfusion reaction investigations."),
    ("b", "Review internal QC daily and document corrective actions; prepare monthly L-J charts for the section head."),
    ("b", "Member of the team that passed the CAP inspection (2023) and CBAHI survey (2024) with no hematology deficiencies."),
    ("job", "Medical Technologist II - Western Visayas Doctors' Medical Center, Iloilo City, Philippines - Jun 2018 to Jul 2021"),
    ("b", "Generalist medtech in a DOH-licensed, PhilHealth-accredited 250-bed tertiary hospital: hematology, clinical chemistry, blood bank and clinical microscopy."),
    ("b", "Trained 20+ medical technology interns per year and helped with reagent lot-to-lot verification."),
    ("job", "Medical Technologist - Unity Diagnostic Laboratory, Iloilo City, Philippines - Sep 2016 to May 2018"),
    ("b", "Outpatient lab: venipuncture, CBC, urinalysis, routine chemistry; daily QC on the chemistry analyzer."),
    ("h", "Education"),
    ("p", "Bachelor of Science in Medical Technology - Iloilo Central College of Medical Sciences, 2016 (4-year program, 12-month internship at a tertiary hospital)"),
    ("p", "Medical Technologist Licensure Examination, PRC - passed August 2016 (rating 86.40%)"),
    ("h", "Trainings & Seminars"),
    ("b", "Immunohematology Update and Antibody Identification Workshop - Saudi Society of Transfusion Medicine, Riyadh, 2024"),
    ("b", "Quality Control in the Clinical Laboratory (Westgard Basic QC Practices) - online, 2023"),
    ("b", "Biosafety and Biosecurity Training - PAMET Iloilo Chapter, 2019"),
    ("h", "Personal Data"),
    ("p", "Date of Birth: 12 March 1994  |  Nationality: Filipino  |  Civil Status: Single  |  Passport No.: P4471938B (valid until 2031)  |  "
          "Iqama: transferable; available to join 60 days after offer"),
    ("h", "Declaration"),
    ("p", "I hereby certify that the above information is true and correct to the best of my knowledge and belief."),
    ("p", "MARIA CRISTINA D. VILLANUEVA"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
