#!/usr/bin/env python3
"""Build resume.pdf for heldout33-mls-clinical-education-coordinator (plain single-column PDF)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "FIONA R. ASHDOWN, MLS(ASCP)CM"),
    ("contact", "1408 4th Avenue North, Great Falls, MT 59401  |  (406) 555-0163  |  fiona.ashdown@example.com"),
    ("h", "Profile"),
    ("p", "Senior generalist Medical Laboratory Scientist with 17 years at the bench: 13 in Montana hospital "
          "laboratories and 4 as an HCPC-registered Biomedical Scientist in the NHS. Training lead for new hires and "
          "clinical instructor for MLS and MLT students during their clinical practicum. Built our CLIA competency "
          "assessment programme from scratch and enjoy turning a nervous student into a confident bench tech."),
    ("h", "Certifications & Licensure"),
    ("b", "MLS(ASCP)CM - Medical Laboratory Scientist, ASCP Board of Certification, 2013 (certification maintenance "
          "current through 2028)"),
    ("b", "Montana Clinical Laboratory Science Practitioner licence, 2013 - present"),
    ("b", "HCPC-registered Biomedical Scientist (UK), 2009 - 2013 (lapsed on emigration)"),
    ("h", "Professional Experience"),
    ("job", "Senior Medical Laboratory Scientist & Laboratory Training Lead - Missouri River Medical Center, "
            "Great Falls, MT - Mar 2018 to Present"),
    ("b", "Generalist on the day shift in a 160-bed hospital laboratory: haematology (Sysmex XN-1000), chemistry (Roche "
          "cobas c 501 / e 411), coag (Stago STA Compact Max), UA and body fluids, blood bank (ORTHO VISION Max, gel and "
          "tube) and microbiology (VITEK 2 Compact, BACTEC FX, BioFire FilmArray respiratory and GI panels)."),
    ("b", "Training lead since 2020: wrote the 12-week new-hire orientation and trained 31 new MLS and MLT staff; "
          "first-year turnover fell from 30% to 9%."),
    ("b", "Built the laboratory competency assessment programme around the six CLIA competency elements, using direct "
          "observation, blind specimens, result and QC record review, maintenance observation and problem-solving "
          "quizzes; no competency citations at the 2022 and 2024 CAP inspections."),
    ("b", "Clinical site liaison for the Treasure State University MLS programme and the Big Sky Community College MLT "
          "programme: keep the clinical affiliation agreement current, build student schedules and complete "
          "evaluations for about 9 students a year in the clinical practicum."),
    ("b", "Prepared the clinical-site documents and met the reviewers for the MLS programme's 2023 site visit by the "
          "National Accrediting Agency for Clinical Laboratory Sciences."),
    ("b", "Give bench instruction in haematology and blood bank; run weekly case reviews and mock board exams for "
          "students; 100% of our 2024 and 2025 students passed the ASCP exam on the first attempt."),
    ("b", "Plan monthly in-service sessions (ASCLS P.A.C.E. approved) and track staff CE hours for ASCP certification "
          "maintenance and Montana licence renewal in HealthStream."),
    ("b", "Co-wrote 22 standard operating procedures with our pathologist, Dr. Ruth Coulter, during the move to the "
          "XN-1000 and the new body fluid workflow."),
    ("b", "Perform QC, scheduled maintenance and CAP proficiency testing; result patient tests in the LIS (Cerner "
          "PathNet). Cut ED CMP turnaround by 9 minutes by re-sequencing the chemistry loading rack."),
    ("job", "Medical Laboratory Scientist (Generalist) - Prairie Butte Critical Access Hospital, Choteau, MT - "
            "Jun 2013 to Feb 2018"),
    ("b", "Sole night technologist for a 25-bed critical access hospital: haematology, chemistry, coag, UA, blood bank "
          "and micro set-up; venepuncture and specimen reception when the draw team was off shift."),
    ("b", "Precepted 6 MLT students and wrote the bench checklists still used for their rotation."),
    ("job", "Biomedical Scientist (Band 5), Haematology & Blood Transfusion - Northcliffe Hospitals NHS Trust, "
            "Leeds, UK - Sep 2009 to Apr 2013"),
    ("b", "Routine and urgent haematology and haemostasis, blood transfusion (group and screen, crossmatching, "
          "antibody identification) and weekend on-call."),
    ("b", "Completed the IBMS Registration Training Portfolio, then mentored four trainee biomedical scientists "
          "through theirs."),
    ("h", "Education"),
    ("p", "M.S., Health Professions Education - Mountain West University (online) - in progress, expected May 2027"),
    ("p", "B.Sc. (Hons) Biomedical Science (IBMS-accredited) - Pennine University, UK - 2008"),
    ("h", "Skills"),
    ("b", "Teaching: bench instruction, case studies, mock board exams, student and new-hire evaluations"),
    ("b", "Competency & quality: CLIA competency assessment, CAP checklists, QC review, proficiency testing"),
    ("b", "Systems: Cerner PathNet (LIS), HealthStream, Microsoft Teams, Excel"),
    ("h", "Professional Development"),
    ("b", "ASCLS Clinical Educator webinar series, 2024-2025 (8 P.A.C.E. credits)"),
    ("b", "Presented \"Antibody Identification Without Tears\" at the Montana ASCLS annual meeting, 2024"),
    ("h", "Affiliations"),
    ("p", "ASCLS (Montana Society); Institute of Biomedical Science (Licentiate, lapsed)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
