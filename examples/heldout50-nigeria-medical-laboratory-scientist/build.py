"""Build posting.docx and resume.pdf for heldout50-nigeria-medical-laboratory-scientist.

Layout quirks: the posting is a DOCX with the job title as the big title line and a reference line under it;
the resume is a PDF with a Professional Registration block before the two-column skills (labels ending ':'),
a Certificates & Trainings block after Education, and Referees at the end (a referee holds FMLSCN, the
candidate does not).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Senior Medical Laboratory Scientist - Core Laboratory & Quality"),
    ("p", "Lagoon Crest Diagnostics Limited  |  Lekki Phase 1, Lagos State  |  Full-time  |  Job Ref: LCD/MLS/2025/014"),
    ("h", "About Us"),
    ("p", "Lagoon Crest Diagnostics Limited is an indigenous medical diagnostic company with a central reference "
          "laboratory in Lekki Phase 1 and eleven patient service centres across Lagos, Ogun and Oyo States. Our central laboratory "
          "is enrolled in SLIPTA (currently 3 stars) and is preparing for ISO 15189:2022 accreditation."),
    ("h", "Job Summary"),
    ("p", "We are recruiting a Senior Medical Laboratory Scientist to lead the core laboratory bench rotation "
          "(haematology, chemical pathology, medical microbiology and blood transfusion science), supervise junior "
          "staff and act as deputy to the Quality Manager on our accreditation programme. The role reports to the "
          "Head of Laboratory Services."),
    ("h", "Key Responsibilities"),
    ("b", "Perform, validate and release haematology results: full blood count on the Sysmex XN-series and Mindray "
          "BC-6800 analysers, peripheral blood film review, erythrocyte sedimentation rate, haemoglobin electrophoresis, "
          "G6PD screening and coagulation tests (PT/INR, APTT) on the Stago STart Max."),
    ("b", "Run chemical pathology assays (electrolytes, urea and creatinine; liver function tests; lipid profile; HbA1c) "
          "on the Beckman Coulter AU680 and Roche cobas c 311, and hormone and tumour marker immunoassays on the Roche "
          "cobas e 411."),
    ("b", "Process microbiology specimens for microscopy, culture and sensitivity (M/C/S): Gram staining, Ziehl-Neelsen "
          "staining, identification on the bioMerieux VITEK 2 Compact and antimicrobial susceptibility testing by "
          "Kirby-Bauer disc diffusion interpreted to CLSI M100."),
    ("b", "Perform GeneXpert MTB/RIF testing and malaria microscopy (thick and thin films)."),
    ("b", "Blood transfusion science: ABO and Rhesus D grouping, antibody screening and compatibility testing by tube and "
          "column agglutination techniques; screen donor units for transfusion-transmissible infections in line with "
          "National Blood Service Commission (NBSC) guidelines."),
    ("b", "Cover the histopathology and cytology bench during leave: tissue processing, microtomy, H&E staining and "
          "Pap smear preparation."),
    ("b", "Run internal quality control daily, review Levey-Jennings charts against Westgard rules and document "
          "corrective action before patient results are released."),
    ("b", "Coordinate external quality assessment (EQA) schemes, investigate unacceptable returns and report them to "
          "the Quality Manager."),
    ("b", "Write and review standard operating procedures, manage document control, log non-conformities, follow "
          "through corrective and preventive action (CAPA) and conduct internal audits against ISO 15189:2022 and the "
          "WHO AFRO SLIPTA checklist."),
    ("b", "Plan method verification for new assays, instrument calibration and preventive maintenance; keep equipment "
          "logs and liaise with vendor engineers."),
    ("b", "Enter and authorise results in the laboratory information system; prepare monthly turnaround time (TAT) and "
          "QC reports in Microsoft Excel."),
    ("b", "Work in a Class II biological safety cabinet where required; enforce biosafety, specimen rejection criteria "
          "and healthcare waste segregation."),
    ("b", "Supervise phlebotomy at the main centre and mentor intern scientists, Medical Laboratory Technicians and "
          "SIWES students."),
    ("b", "Refer notifiable specimens (Lassa fever, cholera, mpox) to the Nigeria Centre for Disease Control (NCDC) "
          "reference laboratories."),
    ("h", "Requirements"),
    ("b", "Bachelor of Medical Laboratory Science (BMLS) from a university approved by the Medical Laboratory Science "
          "Council of Nigeria."),
    ("b", "Full registration with the Medical Laboratory Science Council of Nigeria (MLSCN) and a current practising "
          "licence."),
    ("b", "Completed one-year internship and NYSC discharge certificate or exemption letter."),
    ("b", "Minimum of 5 years post-internship experience in a teaching hospital, federal medical centre or accredited "
          "private laboratory, with at least 2 years at senior or bench-lead level."),
    ("b", "Hands-on experience with automated haematology analysers and clinical chemistry analysers (Sysmex, Mindray, "
          "Roche, Beckman Coulter or equivalent)."),
    ("b", "Working knowledge of ISO 15189, SLIPTA, IQC and EQA."),
    ("b", "Membership of the Association of Medical Laboratory Scientists of Nigeria, in good standing."),
    ("b", "Proficiency in Microsoft Office."),
    ("h", "Added Advantage"),
    ("b", "M.Sc. in Medical Laboratory Science (Haematology, Chemical Pathology or Medical Microbiology) or Fellowship "
          "of the Medical Laboratory Science Council of Nigeria (FMLSCN)."),
    ("b", "Training in laboratory quality management systems (LQMS), ISO 15189 internal auditing or SLMTA."),
    ("b", "Experience with CD4 enumeration on BD FACSPresto or flow cytometry."),
    ("b", "IFBA certification in biorisk management."),
    ("b", "Experience with DHIS2 reporting for HIV and TB programme samples."),
    ("b", "Sound knowledge of the MLSCN Act 2003."),
    ("h", "Schedule, Remuneration and Benefits"),
    ("b", "Monday to Saturday on a rotating roster, including night and weekend call duty (one weekend in three)."),
    ("b", "Gross monthly salary of N520,000 - N680,000 depending on experience, plus call duty allowance."),
    ("b", "HMO cover for staff, spouse and up to four children; contributory pension; 13th-month pay; 21 working days' "
          "annual leave."),
    ("b", "Sponsorship for MLSCN Mandatory Continuing Professional Development (MCPD) credits and one conference a year."),
    ("h", "How to Apply"),
    ("p", "Qualified candidates should send a CV and cover letter, with a copy of their current MLSCN practising licence, "
          "to careers@lagooncrest.example.com using the job title as the subject of the mail, on or before 14 November "
          "2025. Only shortlisted candidates will be contacted."),
    ("p", "Lagoon Crest Diagnostics is an equal opportunity employer. We do not discriminate on the basis of ethnicity, "
          "religion, state of origin, gender, disability or marital status. We do not charge any fee at any stage of "
          "our recruitment process."),
]

RESUME = [
    ("name", "OLUWAFEMI DAMILOLA ADEBAYO-EKE, B.MLS"),
    ("contact", "Flat 3, 14 Ajose Street, Surulere, Lagos State  |  +234 555-0147  |  femi.adebayo-eke@example.com"),
    ("h", "Professional Summary"),
    ("p", "Medical Laboratory Scientist with seven years' post-internship experience in a 600-bed teaching hospital and "
          "a busy private diagnostic laboratory. Bench lead for haematology and blood bank; rotated through chemical "
          "pathology, medical microbiology and histology. Quality officer on a SLIPTA journey from 1 star to 4 stars "
          "and on an ISO 15189:2012 accreditation project. Happy to run the bench at night, train interns and talk "
          "results through with clinicians."),
    ("h", "Professional Registration"),
    ("b", "Medical Laboratory Science Council of Nigeria (MLSCN) - full registration since 2017"),
    ("b", "Annual Practising Licence - current, valid to 31 December 2025"),
    ("b", "NYSC Certificate of National Service - 2017/2018 Batch B"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Haematology:", "Chemical Pathology:"),
        ("Full blood counts, blood film morphology", "E/U/Cr, LFT, lipid profile, HbA1c"),
        ("ESR (Westergren), sickling test", "Roche cobas c 311 and cobas e 411"),
        ("Reticulocyte count", "Olympus AU680"),
        ("Hb genotyping (cellulose acetate)", "Hormones and tumour markers (ECLIA)"),
        ("Haematology analysers: Sysmex XN-550", "Blood Bank:"),
        ("Mindray BC-5380 (back-up analyser)", "ABO/Rh D grouping, antibody screening"),
        ("Microbiology:", "Crossmatching: tube, DiaMed ID gel cards"),
        ("M/C/S, Gram stain, ZN stain", "Donor TTI screening"),
        ("Kirby-Bauer disc diffusion, API 20E", "Quality:"),
        ("GeneXpert MTB/RIF Ultra", "Internal QC, L-J charts, Westgard rules"),
        ("Malaria parasite (MP) thick and thin films", "EQA, SOPs, document control, CAPA"),
        ("Widal and H. pylori rapid tests", "Internal audits, ISO 15189, SLIPTA"),
        ("Histology:", "IT:"),
        ("Tissue processing, section cutting", "LIS result entry and validation"),
        ("Haematoxylin and eosin staining", "MS Office (Word, Excel, PowerPoint)"),
    ]),
    ("h", "Work Experience"),
    ("job", "Medical Laboratory Scientist I (Bench Lead, Haematology & Blood Bank) - Harbourside Diagnostics Ltd, "
            "Ikeja GRA, Lagos - March 2021 to date"),
    ("b", "Lead a bench of 4 scientists and 2 technicians handling 350-450 samples a day; authorise full blood counts, "
          "blood film morphology and ESR on the Sysmex XN-550, with a Mindray BC-5380 as back-up."),
    ("b", "Run internal QC (3 levels) every shift and review L-J charts against Westgard rules; cut unnecessary repeat "
          "runs by 40% after retraining staff on the 1-2s warning and 1-3s rejection rules."),
    ("b", "Quality officer for the SLIPTA programme: wrote or revised 64 SOPs, set up document control, kept the "
          "non-conformances log and closed 92% of CAPA within 30 days; the laboratory moved from 1 star (2021) to "
          "4 stars (2024)."),
    ("b", "Conducted quarterly internal audits against ISO 15189:2012 clauses and prepared the laboratory for its first "
          "accreditation assessment, scheduled for Q1 2026."),
    ("b", "Coordinated EQA for haematology, chemistry and blood group serology (UK NEQAS, One World Accuracy) with 97% "
          "acceptable scores over three years."),
    ("b", "Verified six new assays (precision, accuracy, reportable range) and arranged calibration and PPM with vendor "
          "engineers for 11 analysers."),
    ("b", "ABO/Rh D grouping, antibody screening and crossmatching for theatre lists of three partner hospitals, about "
          "250 units a month."),
    ("b", "Compile monthly QC and workload reports in Excel for the Head of Laboratory Services."),
    ("b", "Supervise venepuncture at the main patient service centre; trained 9 intern scientists and 14 SIWES students."),
    ("job", "Medical Laboratory Scientist - Riverbend University Teaching Hospital, Abeokuta, Ogun State - "
            "October 2018 to February 2021"),
    ("b", "Rotated through haematology, chemical pathology, medical microbiology and histology; night call one week "
          "in four."),
    ("b", "Chemical pathology: E/U/Cr, LFT, lipid profile and HbA1c on the Roche cobas c 311 and Olympus AU680; thyroid "
          "function, fertility hormones and PSA on the cobas e 411 (ECLIA)."),
    ("b", "Microbiology: M/C/S of urine, HVS, wound swabs and blood cultures; Gram and ZN stains; identification with "
          "API 20E; antibiotic sensitivity testing by Kirby-Bauer disc diffusion read against CLSI breakpoints."),
    ("b", "Ran GeneXpert MTB/RIF Ultra for the DOTS clinic (about 120 cartridges a month) and referred Lassa fever "
          "samples to the NCDC reference laboratory in Abuja."),
    ("b", "Malaria parasite microscopy on thick and thin films: 60-80 slides a day in the rainy season."),
    ("b", "Blood bank: donor TTI screening (HIV, HBsAg, HCV, syphilis) in line with NBTS guidelines; ABO/Rh D grouping "
          "and crossmatching by tube and DiaMed ID gel cards."),
    ("b", "Histology bench: tissue processing, section cutting on a Leica RM2125 rotary microtome, haematoxylin and "
          "eosin staining of about 1,500 biopsies a year."),
    ("b", "Worked in a Class II BSC for TB and blood culture work; departmental champion for biosafety and waste "
          "segregation. Entered and verified results on the hospital LIS."),
    ("job", "Quality Assistant (NYSC posting) - Ebute-Metta Diagnostics, Lagos - September 2017 to August 2018"),
    ("b", "Kept the quality records of an ISO 9001:2015 certified diagnostic centre; ran the sample reception desk and "
          "the monthly customer complaint log."),
    ("job", "Intern Medical Laboratory Scientist (one-year internship) - Ikorodu-Ebute General Hospital, Lagos State - "
            "September 2016 to August 2017"),
    ("b", "Rotated through all benches under supervision; specimen collection, reception and reporting."),
    ("h", "Education"),
    ("p", "M.Sc. Haematology (in view) - Ogun Riverside University, Ago-Iwoye, expected 2026"),
    ("p", "B.MLS (Bachelor of Medical Laboratory Science), Second Class Upper - Ogun Riverside University, 2016"),
    ("h", "Certificates & Trainings"),
    ("b", "SLMTA (Strengthening Laboratory Management Toward Accreditation) - three-workshop cohort, 2022"),
    ("b", "IFBA Certified Professional in Biorisk Management - exam booked for March 2026"),
    ("b", "Laboratory biosafety and biosecurity training - NCDC, 2020"),
    ("h", "Professional Membership"),
    ("b", "AMLSN - financial member, Lagos State Branch"),
    ("h", "Referees"),
    ("p", "Dr. (Mrs.) Bolanle A. Ogunleye, PhD, FMLSCN - Head of Laboratory Services, Harbourside Diagnostics Ltd"),
    ("p", "Mr. Chukwuemeka Obi - Chief Medical Laboratory Scientist, Riverbend University Teaching Hospital"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
