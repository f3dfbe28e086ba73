"""Build resume.pdf for heldout55-saudi-arabia-microbiology-laboratory-specialist.

Layout quirks: PDF with a licensure block under the summary, skills in two columns (labels ending ':'),
Gulf / Philippine wording (sensitivity testing, disc diffusion, panic values), a Continuing Education block.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "KRISTINE JOY B. MANALASTAS, RMT"),
    ("contact", "Al Safa District, Jeddah, Kingdom of Saudi Arabia  |  +966 555-0162  |  kristine.manalastas@example.com  |  "
                "Transferable Iqama"),
    ("h", "Professional Summary"),
    ("p", "Registered medical technologist with nearly eight years in clinical microbiology: four years as a "
          "Laboratory Specialist in a 300-bed Ministry of Health hospital in Jeddah and three and a half years in a "
          "tertiary hospital laboratory in Metro Manila. Strong in blood cultures, sensitivity testing, "
          "multidrug-resistant organism screening and TB laboratory work, and the section's first contact for the "
          "IPC team during outbreak investigations."),
    ("h", "Licensure and Certification"),
    ("b", "Saudi Commission for Health Specialties - Professional Classification: Laboratory Specialist "
          "(Microbiology), registration valid to August 2027"),
    ("b", "Prometric licensing exam passed, 2021; DataFlow primary source verification completed, 2021"),
    ("b", "PRC Registered Medical Technologist (RMT), Philippines, 2017"),
    ("b", "M(ASCPi) - eligible; exam scheduled March 2027"),
    ("b", "Basic Life Support (AHA), valid to November 2026"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Bacteriology:", "Identification and sensitivity:"),
        ("Blood, urine, wound, CSF and stool culture", "VITEK MS identification"),
        ("Anaerobic culture, fungal cultures", "VITEK 2 Compact"),
        ("Gram stain, ZN stain", "Disc diffusion, E-test, BMD (colistin)"),
        ("Ova and parasite (O&P) exams", "CLSI M100, MIC interpretation"),
        ("Mycobacteriology:", "Resistance screening:"),
        ("MGIT 960 liquid culture", "MRSA, ESBL, CRO"),
        ("Xpert MTB/RIF Ultra", "Carbapenem-resistant Enterobacteriaceae"),
        ("BSL-3 TB containment suite", "mCIM/eCIM carbapenemase tests"),
        ("Molecular testing:", "Quality and safety:"),
        ("BioFire FilmArray BCID2, ME, GI", "Daily QC with ATCC strains"),
        ("Multiplex PCR panels", "UK NEQAS proficiency testing"),
        ("MERS coronavirus PCR", "JCI and CAP inspections"),
        ("Systems:", "Class II biosafety cabinets"),
        ("BacT/ALERT 3D blood culture instruments", "IPC alert organism reporting"),
        ("TrakCare LIS, WHONET, Excel", "Panic values, HESN reporting"),
    ]),
    ("h", "Work Experience"),
    ("job", "Laboratory Specialist - Microbiology  |  Al Safa General Hospital (Ministry of Health), Jeddah, KSA  |  "
            "Feb 2022 - Present"),
    ("b", "Process 180-220 specimens a shift; read Gram stains and phone panic values to the wards within 30 minutes "
          "(98% compliance in the 2025 audit)."),
    ("b", "Load and unload BacT/ALERT 3D blood culture instruments (about 1,900 bottles a month) and work up "
          "positives with the BioFire FilmArray BCID2 panel, bringing organism ID forward by about 20 hours."),
    ("b", "Identify isolates on VITEK MS and run sensitivity testing on the VITEK 2 Compact; confirm with disc "
          "diffusion, E-test and colistin BMD, reading MICs against CLSI M100."),
    ("b", "Screen for multidrug-resistant organisms: MRSA, ESBL producers and carbapenem-resistant "
          "Enterobacteriaceae, with mCIM/eCIM for carbapenemase; flagged two CRO clusters to IPC in 2024."),
    ("b", "TB laboratory in the BSL-3 suite: ZN stain, MGIT 960 liquid culture and Xpert MTB/RIF Ultra on the "
          "GeneXpert, about 2,400 AFB specimens a year."),
    ("b", "Ran MERS coronavirus PCR for suspected cases and sent notifiable disease reports to the MOH through HESN."),
    ("b", "Compiled the 2023 and 2024 cumulative antibiogram in WHONET for the antimicrobial stewardship committee."),
    ("b", "Daily QC with ATCC strains; UK NEQAS proficiency testing with 100% acceptable scores in 2024; prepared the "
          "section for the Saudi Central Board for Accreditation of Healthcare Institutions survey (2023) and the "
          "JCI survey (2024)."),
    ("b", "Performed daily maintenance and first-line troubleshooting on VITEK, BacT/ALERT and FilmArray; section "
          "biosafety focal person and coordinator of annual Class II biosafety cabinet certification."),
    ("b", "Result entry and verification in TrakCare LIS; rewrote 12 SOPs ahead of the 2024 JCI survey."),
    ("job", "Medical Technologist II - Microbiology  |  St. Anselm Medical Center, Quezon City, Philippines  |  "
            "Jun 2018 - Jan 2022"),
    ("b", "Bacteriology bench: about 120 cultures a day, including anaerobic culture and fungal cultures; ova and "
          "parasite (O&P) exams for the outpatient clinics."),
    ("b", "Multiplex PCR panels (BioFire FilmArray ME and GI) and SARS-CoV-2 RT-PCR during 2020-2021."),
    ("b", "Member of the preparation team for the 2021 CAP inspection; no microbiology deficiencies."),
    ("h", "Education"),
    ("p", "Bachelor of Science in Medical Technology - Our Lady of Penafrancia College, Naga City, Philippines, 2017. "
          "Internship: 12 months, including 8 weeks in microbiology."),
    ("h", "Continuing Education"),
    ("b", "CLSI M100 35th edition update webinar, 2025"),
    ("b", "Saudi Society of Clinical Microbiology annual conference, Riyadh, 2024"),
    ("b", "42 CME hours in 2024 (accredited)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
