"""Build resume.pdf for heldout48-navy-corpsman-lab-to-mlt.

Layout quirks: PDF written the way a sailor writes: rate and warfare pins on the contact line, a Certifications block
with a pursued credential, skills in two columns (labels ending ':'), Military Experience, a Military Training block
(read as education) before Education, and an Awards section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TOBIAS R. QUINTERO"),
    ("contact", "Jacksonville, NC 28546  |  (910) 555-0152  |  tobias.quintero@example.com  |  HM2 (SW/FMF), USN  |  "
                "EAS August 2026"),
    ("h", "Summary"),
    ("p", "Hospital Corpsman Second Class with NEC 8506 (Medical Laboratory Technician) and seven years in Navy "
          "clinical laboratories, ashore and afloat. Generalist bench experience in chemistry, hematology, coag, UA, "
          "blood bank and microbiology at a 120-bed Navy hospital, plus four years as the only lab tech aboard a "
          "big-deck amphib. Separating in August 2026 and looking for an evening or night generalist MLT position in "
          "the Jacksonville / New Bern area."),
    ("h", "Certifications"),
    ("b", "MLT(ASCP) - eligible through the military training route; exam scheduled October 2026"),
    ("b", "BLS Provider (AHA), expires 04/2027"),
    ("b", "TCCC (Tactical Combat Casualty Care), 2023"),
    ("b", "Armed Services Blood Program walking blood bank / fresh whole blood training, 2019"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Core lab:", "Blood bank:"),
        ("Beckman Coulter AU680, Access 2", "ABO/Rh, antibody screens, DAT"),
        ("CMP, troponin I, TSH, D-dimer", "Immediate-spin and AHG crossmatches"),
        ("Sysmex XN-1000 CBCs, manual diffs", "Tube method, Ortho BioVue gel cards"),
        ("Peripheral smears, CSF cell counts", "PRBCs, FFP, platelets, cryo"),
        ("Coag: PT/PTT on Sysmex CS-2500", "MTP, walking blood bank (WBB)"),
        ("UA: dipstick and microscopic", "Microbiology:"),
        ("POCT: i-STAT, Piccolo Xpress", "Gram stains, culture setup"),
        ("Quality and compliance:", "BACTEC FX blood cultures"),
        ("QC, Levey-Jennings, calibrations", "VITEK 2 Compact, Kirby-Bauer"),
        ("CAP surveys, annual competencies", "BioFire, Cepheid GeneXpert"),
        ("CLIP, CAP, AABB, TJC, HIPAA", "Systems:"),
        ("3-M PMS, corrective action logs", "MHS GENESIS (Cerner) LIS, CHCS"),
    ]),
    ("h", "Military Experience"),
    ("job", "Laboratory Technician / Blood Bank LPO - Naval Medical Center Camp Lejeune, NC - Jul 2022 to Present"),
    ("b", "Generalist bench tech on a rotating evening and night schedule in a CAP-accredited hospital laboratory; "
          "350-450 patient results per shift across chemistry, hematology, coag and UA."),
    ("b", "Blood bank: ABO/Rh, antibody screens, DATs and about 1,100 crossmatches a year by tube method and BioVue "
          "gel; issued PRBCs, FFP, platelets and cryo for 14 MTP activations with no wrong-blood-in-tube events."),
    ("b", "Performed 22 transfusion reaction workups (clerical check, repeat ABO/Rh, DAT) and sent antibody IDs to the "
          "ASBP reference laboratory."),
    ("b", "Micro bench two days a week: Gram stains, culture setup for urine, wound and throat specimens, BACTEC FX "
          "blood cultures, VITEK 2 Compact IDs and Kirby-Bauer disk diffusion; BioFire RP2.1 and GI panels; Cepheid "
          "GeneXpert MRSA and C. diff."),
    ("b", "Daily QC and calibrations on 14 analyzers with Levey-Jennings review; documented corrective action on every "
          "rejected run; zero QC deficiencies at the 2023 CAP inspection."),
    ("b", "Called 40-60 critical results a week with read-back; covered specimen accessioning and processing, "
          "phlebotomy and fingersticks on the pediatric ward when short-staffed."),
    ("b", "Blood Bank LPO for 9 junior corpsmen: wrote the section training plan, signed off annual competencies and "
          "ran CAP surveys for the section (100% acceptable, 2023-2025)."),
    ("b", "Lab super user for the MHS GENESIS (Cerner) go-live in 2023: tested 31 result build items and instrument "
          "interfaces and taught LIS downtime procedures to 45 staff."),
    ("job", "Medical Department Laboratory Technician - USS Bataan (LHD 5), Norfolk, VA - Oct 2018 to Jun 2022"),
    ("b", "Only lab tech for a crew of 1,100 plus embarked Marines (up to 2,600 aboard) through two deployments to "
          "5th and 6th Fleet; about 9,000 tests a year."),
    ("b", "Ran CBCs, chemistries (AST/ALT, BMP) on the Piccolo Xpress, i-STAT CHEM8+, UA, rapid Strep A, flu and mono, "
          "and rapid HIV screens in a CLIP-registered shipboard lab."),
    ("b", "Managed the walking blood bank: prescreened and typed 640 donors and collected fresh whole blood in 4 "
          "mass-casualty drills; kept a 30-unit PRBC and frozen plasma inventory."),
    ("b", "100% 3-M PMS accomplishment on medical department lab equipment through three Medical Readiness "
          "Inspections."),
    ("b", "Stood up shipboard COVID-19 testing in 2020 on Abbott ID NOW and Cepheid GeneXpert: 3,400 tests in six "
          "months."),
    ("b", "Kept CLIP QC logs, CAP surveys and competency records; no findings on two Navy Medicine lab inspections."),
    ("h", "Military Training"),
    ("b", "Medical Laboratory Technician Program (NEC 8506), Medical Education and Training Campus (METC), JBSA Fort "
          "Sam Houston, TX - 52 weeks, graduated Sep 2018; ACE credit recommendations on Joint Services Transcript"),
    ("b", "Hospital Corpsman 'A' School, Naval Hospital Corps School, Great Lakes, IL - 2017"),
    ("b", "Petty Officer Second Class Leadership Course, 2021"),
    ("h", "Education"),
    ("p", "Coastal Carolina Community College, Jacksonville, NC - Associate in General Education, in progress "
          "(32 credits, including General Chemistry I and Microbiology)"),
    ("h", "Awards"),
    ("p", "Navy and Marine Corps Achievement Medal (2); Sailor of the Quarter, Q3 2023; Enlisted Surface Warfare "
          "Specialist (ESWS); Enlisted Fleet Marine Force Warfare Specialist (EFMFWS)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
