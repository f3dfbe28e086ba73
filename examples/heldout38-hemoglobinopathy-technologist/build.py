"""Build resume.pdf for heldout38-hemoglobinopathy-technologist.

Layout quirks: two-page PDF, British spelling (the applicant trained and worked in the UK NHS),
a Professional Registration section straight after the contact block, skills in two columns.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Niamh E. Okonkwo-Reid, BSc (Hons), CSci"),
    ("contact", "112 Elmcroft Drive, Apt 3B, Rochester, NY 14620  |  (585) 555-0149  |  niamh.okonkwo-reid@example.com  |  "
                "US permanent resident since May 2026"),
    ("h", "Professional Registration"),
    ("b", "HCPC-registered Biomedical Scientist (UK), registration no. BS061482, since 2016"),
    ("b", "MLS(ASCPi) - Medical Laboratory Scientist, international certification, ASCP Board of Certification, 2025"),
    ("b", "NYS Clinical Laboratory Technologist licence - application submitted August 2026; limited permit requested, "
          "decision pending"),
    ("b", "IBMS Specialist Diploma in Haematology with Hospital Transfusion Practice, 2018"),
    ("b", "Chartered Scientist (CSci), Science Council, 2022"),
    ("h", "Profile"),
    ("p", "Specialist Biomedical Scientist with ten years in NHS haematology, the last six in a regional specialist "
          "haemoglobinopathy laboratory handling about 52,000 antenatal, neonatal and diagnostic samples a year for the "
          "NHS Sickle Cell and Thalassaemia Screening Programme. Comfortable on every separation technique from CE-HPLC "
          "to IEF, confident with rare variants and thalassaemia interpretation, and used to training others. Relocated "
          "to the United States in 2026 and looking for a haemoglobin variant bench in a reference laboratory."),
    ("h", "Key Skills"),
    ("cols", [
        ("Separation techniques:", "Haematology and red cell work:"),
        ("CE-HPLC: Tosoh G8 (beta-thal mode)", "FBC and red cell indices (MCV, MCH)"),
        ("Bio-Rad D-10 (Hb A2 / HbA1c programme)", "Blood film morphology"),
        ("CZE: Sebia Capillarys 2 Flex Piercing", "HbH body preparations (BCB)"),
        ("IEF (RESOLVE neonatal kit)", "Isopropanol stability test"),
        ("Cellulose acetate (pH 8.4)", "Kleihauer test, FMH estimation"),
        ("Citrate agar (pH 6.0)", "Ferritin and haematinics review"),
        ("Sickle solubility test", "Haemolysate preparation"),
        ("Software and quality:", "Molecular (in-house and referral):"),
        ("Sebia Phoresis, Tosoh G8 software", "Gap-PCR for alpha0 and alpha+ deletions"),
        ("Telepath LIMS, Q-Pulse", "MLPA for rare alpha/beta deletions"),
        ("IQC, Levey-Jennings, Westgard multirules", "β-globin gene sequencing (Sanger)"),
        ("UK NEQAS Haemoglobinopathies (EQA)", "Requests for DNA analysis"),
        ("Microsoft 365 (Excel, Word, Teams)", ""),
    ]),
    ("h", "Experience"),
    ("job", "Specialist Biomedical Scientist (Band 6), Specialist Haemoglobinopathy Laboratory - Aire Valley Teaching "
            "Hospitals NHS Foundation Trust, Leeds, UK - Mar 2020 to Jun 2026"),
    ("b", "Ran about 200 samples a day on two Tosoh G8 analysers (CE-HPLC) and a Sebia Capillarys 2 Flex Piercing, "
          "reporting Hb A2 and fetal haemoglobin quantification for antenatal screening, neonatal screening follow-up "
          "and diagnostic referrals from 14 hospitals and 90 GP practices."),
    ("b", "Confirmed and named about 120 rare variants a year by CZE, IEF, cellulose acetate and citrate agar "
          "electrophoresis, including HbS, HbC, HbE, Hb D-Los Angeles, Hb Lepore, Hb Barts in neonates and "
          "hereditary persistence of fetal haemoglobin."),
    ("b", "Worked up suspected thalassaemia by correlating the FBC, red cell indices (MCV under 80 fL, MCH under 27 pg), "
          "ferritin and the blood film; carried out HbH body preparations and the isopropanol stability test for "
          "suspected unstable variants."),
    ("b", "Performed sickle solubility tests for urgent pre-operative requests and haemoglobin electrophoresis "
          "monitoring of about 300 sickle cell disease patients from the red cell clinic."),
    ("b", "Performed the Kleihauer test on 15-25 post-delivery samples a week for feto-maternal haemorrhage "
          "estimation, with flow cytometry referral for large bleeds."),
    ("b", "Alerted clinical biochemistry to Hb variants that interfere with HbA1c results (about 40 a month) and "
          "added the interpretive comment to the report."),
    ("b", "Selected about 350 cases a year for DNA analysis at the regional molecular genetics centre; ran the "
          "in-house Gap-PCR for common alpha-thalassaemia deletions and filed MLPA and β-globin gene sequencing "
          "results with the haemoglobinopathy report."),
    ("b", "Reviewed IQC daily on Levey-Jennings charts with Westgard multirules; handled calibration, daily "
          "maintenance and first-line troubleshooting of the G8 and Capillarys; set retention time windows after "
          "every column change."),
    ("b", "Logged non-conformances and CAPA in Q-Pulse; lead for UK NEQAS EQA returns (no unsatisfactory "
          "performance in six years) and for the UKAS ISO 15189 assessments of 2021 and 2024."),
    ("b", "Ran competence assessments for nine BMS staff and trainees; wrote or revised 17 SOPs."),
    ("job", "Biomedical Scientist (Band 5), Blood Sciences - Calder Royal Infirmary, Halifax, UK - Sep 2016 to Feb 2020"),
    ("b", "Automated haematology on Sysmex XN analysers (about 1,800 FBCs a day) with blood film review and "
          "referral of abnormal films to the haematologist."),
    ("b", "HbA1c and Hb A2 screening on the Bio-Rad D-10; referred abnormal chromatograms to the specialist "
          "haemoglobinopathy laboratory."),
    ("b", "Completed the IBMS Specialist Portfolio in haematology and transfusion in 2018."),
    ("job", "Trainee Biomedical Scientist - Calder Royal Infirmary, Halifax, UK - Jul 2015 to Aug 2016"),
    ("b", "Completed the IBMS Registration Training Portfolio and gained HCPC registration in 11 months."),
    ("h", "Education"),
    ("p", "BSc (Hons) Biomedical Science, IBMS-accredited, upper second class - University of West Pennine, "
          "Huddersfield, UK, 2015. Final-year project: HbA2 by CE-HPLC versus capillary zone separation in iron "
          "deficiency."),
    ("h", "Continuing Professional Development"),
    ("b", "BSH Haemoglobinopathy Study Day, Birmingham, 2024"),
    ("b", "NHS Sickle Cell and Thalassaemia Screening Programme laboratory handbook update training, 2023"),
    ("b", "UK NEQAS Haematology annual scientific meeting, 2022 - poster on Hb D-Los Angeles in Punjabi families"),
    ("h", "Referees"),
    ("p", "Dr Helena Mensah, Consultant Haematologist, Aire Valley Teaching Hospitals NHS Foundation Trust - details "
          "on request"),
    ("p", "Mr Graham Pell, Blood Sciences Laboratory Manager, Calder Royal Infirmary - details on request"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
