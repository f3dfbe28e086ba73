#!/usr/bin/env python3
"""Build resume.pdf for heldout36-hematology-bone-marrow-tech (plain single-column PDF, British spellings)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "NUHA E. ABDELRAHMAN, MLS(ASCP)CM"),
    ("contact", "27 Cottage Road, South Portland, ME 04106  |  (207) 555-0138  |  nuha.abdelrahman@example.com"),
    ("h", "Profile"),
    ("p", "Medical laboratory scientist with twelve years in clinical laboratories on two continents: nearly five years on the "
          "haematology and bone marrow bench of a 500-bed tertiary hospital in Riyadh, and seven years as a generalist MLS "
          "in a Maine community hospital. Strong morphologist - blood films, marrow aspirates and trephines, cytochemistry "
          "and acute leukaemia work-ups. Looking to return to bone marrow work full time."),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM - ASCP Board of Certification, 2020"),
    ("b", "SH(ASCP) - application approved; exam scheduled 14 March 2027"),
    ("b", "Laboratory Specialist, Saudi Commission for Health Specialties (SCFHS), 2014-2019 (lapsed)"),
    ("h", "Technical Skills"),
    ("b", "Haematology analysers: Sysmex XN-1000 with SP-10 (current); Sysmex XE-5000 and Beckman Coulter LH 750 (Riyadh)"),
    ("b", "Morphology: blood film review, manual diffs, Wright-Giemsa and May-Grünwald Giemsa (MGG) staining, "
          "reticulocyte counts, malaria films; image analysis on CellaVision DM1200"),
    ("b", "Bone marrow: marrow aspirate films, squash preparations, touch imprints, particle clot preparations, "
          "Perls' stain (iron stores, ring sideroblasts), bone marrow differential counts, myeloid:erythroid ratio"),
    ("b", "Cytochemistry: myeloperoxidase, periodic acid-Schiff, alpha-naphthyl acetate esterase with fluoride inhibition"),
    ("b", "Special haematology: haemoglobinopathy screening by HPLC (Bio-Rad VARIANT II), sickle solubility, G6PD screen"),
    ("b", "Body fluids: body fluid counts (CSF, pleural, synovial), cytocentrifuge slides"),
    ("b", "Coagulation: PT/APTT, fibrinogen, D-dimer (Stago STA Compact Max)"),
    ("b", "Quality: internal quality control, Westgard rules, EQA (UK NEQAS Haematology), CLIA competency assessment"),
    ("b", "Lab systems: Sunquest Laboratory; TrakCare Lab"),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist (Generalist) - Kennebec Highlands Hospital, Skowhegan, ME - Aug 2019 to Present"),
    ("b", "Generalist MLS in a 60-bed hospital covering haematology, chemistry, coagulation, urinalysis and blood bank on "
          "rotating day and evening shifts."),
    ("b", "Review 60-80 blood films a day; perform manual diffs on flagged FBCs and refer abnormal films to the pathologist."),
    ("b", "Set up closed-tube (cap-piercing) sampling on two new Sysmex XN-1000 analysers and completed the correlation "
          "and carryover studies."),
    ("b", "Assist the visiting haematologist at bedside marrow collections (about 30 a year): check the aspirate for "
          "spicules, make squash preparations and touch imprints, and send trephine biopsies in formalin with Na heparin "
          "and EDTA aspirate tubes for flow cytometry and cytogenetics at the reference laboratory."),
    ("b", "Perform body fluid counts on CSF, pleural and synovial fluids with cytocentrifuge slides for differential."),
    ("b", "Run daily quality control and perform CLIA competency assessment for eight staff on the haematology bench."),
    ("b", "Enter and verify results in Sunquest Laboratory."),
    ("job", "Haematology Laboratory Specialist - Al-Wadi Tertiary Hospital, Riyadh, Saudi Arabia - Oct 2014 to Jun 2019"),
    ("b", "Bone marrow bench for a 500-bed tertiary hospital with adult and paediatric haematology-oncology services "
          "(about 350 marrows a year)."),
    ("b", "Prepared marrow aspirate films, squash preparations and particle clot preparations; stained with MGG and "
          "Perls' stain and reported iron stores and ring sideroblasts."),
    ("b", "Performed bone marrow differential counts and the myeloid:erythroid ratio and commented on cellularity for "
          "consultant haematologist review."),
    ("b", "Ran cytochemistry (myeloperoxidase, periodic acid-Schiff, alpha-naphthyl acetate esterase) for acute "
          "leukaemia work-ups."),
    ("b", "Performed haemoglobinopathy screening by HPLC and confirmed variants with sickle solubility and family studies."),
    ("b", "Validated the CellaVision DM1200 against manual blood film review and trained 12 staff; enrolled the "
          "section in EQA (UK NEQAS) for morphology."),
    ("h", "Education"),
    ("p", "BSc (Honours) Medical Laboratory Sciences, Haematology and Immunohaematology - Blue Nile College of Medical "
          "Laboratory Sciences, Khartoum, Sudan - 2013"),
    ("p", "Course-by-course foreign transcript evaluation for the ASCP international route, 2019"),
    ("h", "Continuing Education"),
    ("b", "ASCP bone marrow morphology webinar series (12 contact hours), 2024"),
    ("b", "Journal club presentation on ICSH guidelines for bone marrow specimen processing, 2023"),
    ("h", "Affiliations"),
    ("b", "American Society for Clinical Laboratory Science (ASCLS), member since 2020"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
