"""Vocabulary added where the fifty-fifth round of held-out pairs showed it thin.

The VA biomedical equipment support specialist (va-biomedical-support.yaml), the Irish HSE clinical
engineering technician (ireland-clinical-engineering.yaml), the Singapore public hospital biomedical engineer
(singapore-biomedical-engineering.yaml), the Ugandan regional referral hospital laboratory
(uganda-laboratory-practice.yaml), the reference laboratory molecular virology bench
(molecular-virology-lab.yaml) and the Saudi hospital microbiology laboratory (saudi-microbiology.yaml), with
the concepts of older files they extend. Each ambiguous form is checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check


def test_va_biomedical_support_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Isolated networked devices under MDIA on VA VLANs", "va-mdia")
    check("Medical Device Isolation Architecture compliance", "va-mdia")
    check("Reconciled the EIL each year with AEMS/MERS", "va-equipment-inventory-list")
    check("Logged work orders in AEMS for the VA medical center", "va-aems")
    check("Medical Equipment Reporting System entries", "va-aems")
    check(
        "Biomedical Equipment Technician Apprentice Course (BMET), Medical Education and Training Campus",
        "military-bmet-training",
    )
    check("Graduate of a military biomedical equipment technician course", "military-bmet-training")
    check("Support clinical laboratory analyzers and imaging systems", "laboratory-analyzer")
    check("Conduct pre-procurement assessments of new medical equipment", "capital-planning")
    # MERS beside equipment words is the VA system, never the coronavirus
    check("Logged work orders in AEMS/MERS", "mers-cov-testing", False)
    parent("qiagen-qiasymphony-sp-as", "qiagen-qiasymphony-sp")


def test_ireland_clinical_engineering_terms(checker):
    check = line_check(checker)
    check("Support compliance with the Medical Devices Regulation (EU) 2017/745", "eu-mdr")
    check("Chartered Engineer, MIEI", "engineers-ireland")
    check("Member of Engineers Ireland", "engineers-ireland")
    check("NFQ Level 8 honours degree in Biomedical Engineering", "bachelors-degree")


def test_singapore_biomedical_engineering_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Device integration with NGEMR (Epic)", "ngemr")
    check(
        "Integrated 180 bedside monitors with the Epic EMR through Philips IntelliBridge",
        "philips-intellibridge",
    )
    parent("philips-intellibridge", "medical-device-integration")
    check("Chaired write-off and disposal board reviews for 400 end-of-life items", "equipment-disposal")
    check("Handle condemnation of equipment beyond economical repair", "equipment-disposal")
    # a write-off in accounts is not the disposal of equipment
    check("Bad debt write-off and invoicing", "equipment-disposal", False)


def test_uganda_laboratory_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("EQA: NHLDS panels for HIV serology, malaria and TB microscopy", "uganda-nhlds")
    check("Referred samples to UNHLS through the hub network", "uganda-nhlds")
    check("Samples sent to CPHL Butabika through the hub", "uganda-nhlds")
    # CPHL without a Ugandan word is another country's central public health laboratory
    check("Trained at the CPHL in Colindale", "uganda-nhlds", False)
    check("Enter and verify results in BLIS; compile the monthly laboratory report", "c4g-blis")
    parent("c4g-blis", "lis")
    # BLIS is also a linear algebra library
    check("Built BLIS and BLAS kernels for linear algebra", "c4g-blis", False)
    check("Triple packaging, UN3373", "triple-packaging")
    check("Thick and thin films (Giemsa), mRDT", "giemsa-stain")
    check("Giemsa-stained blood films for malaria parasites", "giemsa-blood-film-stain")
    parent("giemsa-blood-film-stain", "giemsa-stain")
    parent("tissue-giemsa-stain", "giemsa-stain")
    # tissue Giemsa is not the blood film stain
    check("Tissue Giemsa stain for H. pylori", "giemsa-blood-film-stain", False)
    check("Registered with the Allied Health Professionals Council of Uganda", "uganda-ahpc")
    # another country's allied health council is not Uganda's
    check("Registered with the Allied Health Professions Council of Ghana (AHPC)", "uganda-ahpc", False)
    check("Mindray BS-240 chemistry analyser", "mindray-bs")


def test_molecular_virology_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Run HIV-1, HCV and hepatitis B virus viral loads a week", "hbv-viral-load")
    check("Perform quantitative HIV-1 RNA, HBV DNA and HCV RNA viral load testing", "hbv-viral-load")
    parent("hbv-viral-load", "hepatitis-b-testing")
    parent("hbv-viral-load", "viral-load-testing")
    check("One-way workflow, pre-PCR to post-PCR", "post-amplification-area")
    check("One-way workflow, pre-PCR to post-PCR", "pre-amplification-area")
    check("Amplicon contamination prevention, surface swab monitoring", "molecular-wipe-testing")
    # surface swabs in a clean room or kitchen are not amplicon wipe tests
    check("Surface swab monitoring of the pharmacy clean room", "molecular-wipe-testing", False)
    check("CLIA '88, NYSDOH Wadsworth Center standards", "nysdoh-clep")
    check("QIAsymphony SP/AS extraction", "qiagen-qiasymphony-sp-as")
    parent("biorad-cfx96-touch", "biorad-cfx96")


def test_saudi_microbiology_terms(checker):
    check = line_check(checker)
    check("Ran MERS coronavirus PCR for suspected cases", "mers-cov-testing")
    check("Targeted PCR including MERS-CoV and C. difficile", "mers-cov-testing")
    check("IPC team during outbreak investigations", "infection-prevention-lab")
    # IPC beside soldering is the electronics standards body
    check("Soldering to IPC-A-610 and IPC J-STD-001", "infection-prevention-lab", False)
    check("Multiplex PCR panels (BioFire FilmArray ME and GI)", "me-panel")
    check("BioFire FilmArray (BCID2, Meningitis/Encephalitis)", "me-panel")
    # ME alone is also Maine
    check("Portland, ME 04101", "me-panel", False)
    check("CBAHI and JCI accreditation", "cbahi")
    check("Flagged CRE screening isolates to infection control", "cre-detection")
    # CRES is the radiology equipment certification, not CRE
    check("Certified CRES and CBET", "cre-detection", False)
