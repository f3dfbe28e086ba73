"""Forms and relations the domain curators (controlled environments and tissue banks; mass spectrometry and
Australian pathology) proposed for concepts outside their new files: the pharmacy's LAFW, the A2 cabinet
written without its class, BSC recertification, HCT/P and Part 1271, "the photometer" of a HEPA filter scan
(no laboratory photometer), the Xevo TQ-S micro (no TQ-S), QTRAP without its maker, RhD immunoglobulin, and
the regional counterparts (CAP and NATA, CLIA and NPAAC, AABB and ANZSBT, FDA and TGA, CAP surveys and
RCPAQAP, BSL and the Canadian containment levels). Then the UK clinical engineering and pharmaceutical QC
microbiology curators' proposals: the NHS names of patient hoists (a bare 'hoist' only beside patient-handling
words, never the verb or an engine hoist), breakdown repairs, acceptance checks, decommissioning and disposal,
medical device training, EBME as clinical engineering with its titles (not the biomedical engineer), RCT the
register (not a randomised trial), MHRA and CAS safety alerts, diathermy (not physiotherapy's), PET beside a
preservative test read as no scanner, BET, APS and EM forms, and the regional and GMP counterparts."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_CASES = [
    ("Certified LAFWs and CAIs to USP 797", "laminar-flow-hood", True),
    ("LAFW preventive maintenance in the IV room", "laminar-flow-hood", True),
    ("Certified A2 BSCs every six months", "class-ii-a2-biosafety-cabinet", True),
    ("BSC recertification after every move", "bsc-certification", True),
    ("Kept HCT/P records to Part 1271", "fda-21-cfr-1271", True),
    ("Scanned HEPA filters in the lab with the photometer", "photometer", False),
    ("Replaced the lamp on the lab's photometer used for urine chemistry assays", "photometer", True),
]


def test_proposed_forms_read_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_containment_levels_and_biosafety_levels_are_counterparts(vocabulary):
    assert "cl-2" in vocabulary.concepts["bsl-2"].related
    assert "cl-3" in vocabulary.concepts["bsl-3"].related
    assert "nsf-ansi-49" in vocabulary.concepts["bsc-certification"].related


_MASS_SPEC_AND_ANZ = [
    ("Tuned the Xevo TQ-S micro for vitamin D", "waters-xevo-tq-s", False),
    ("Installed a Waters Xevo TQ-S for the tox lab", "waters-xevo-tq-s", True),
    ("Ran QTRAP methods for steroid panels", "sciex-qtrap", True),
    ("Waters tandem quadrupole mass spectrometer", "triple-quadrupole", True),
    ("RhD immunoglobulin dose assessment", "rh-immune-globulin", True),
]


def test_mass_spec_and_australian_forms_read_in_their_own_sense(checker):
    each_case(_MASS_SPEC_AND_ANZ, line_check(checker))


def test_mass_spec_filing_and_regional_counterparts(vocabulary):
    assert "hram-mass-spectrometer" in vocabulary.ancestors("thermo-orbitrap")
    assert "single-quadrupole-mass-spectrometer" in vocabulary.ancestors("agilent-5977")
    assert "sciex-triple-quad" in vocabulary.ancestors("sciex-api-4000")
    assert "viscoelastic-testing" in vocabulary.concepts["viscoelastic-analyzer"].related
    for concept, counterpart in (
        ("cap", "nata-accreditation"),
        ("clia-88", "npaac"),
        ("aabb", "anzsbt-guidelines"),
        ("fda", "tga"),
        ("rcpaqap", "cap-surveys"),
    ):
        assert counterpart in vocabulary.concepts[concept].related, concept


# The UK clinical engineering and pharmaceutical QC microbiology curators' proposals for existing concepts
_UK_AND_PHARMA = [
    # NHS names of patient lifts: 'hoist' alone only beside patient-handling words, never the verb
    ("PPM on patient hoists", "patient-lift", True),
    ("Serviced hoists and slings on 12 wards", "patient-lift", True),
    ("Repaired the engine hoist in the garage", "patient-lift", False),
    ("Serviced chain hoists for the patient transport vehicles", "patient-lift", False),
    ("Hoisted the patient onto the bed", "patient-lift", False),
    ("LOLER inspections of hoists and cranes in the warehouse", "patient-lift", False),
    ("Maintained ceiling hoists and mobile hoists", "ceiling-lift", True),
    ("Installed ceiling track hoists in the bariatric rooms", "ceiling-lift", True),
    ("Serviced overhead track hoists on the wards", "ceiling-lift", True),
    ("Serviced overhead track hoists in the warehouse", "ceiling-lift", False),
    ("PPM on mobile patient hoists", "floor-lift", True),
    ("Serviced mobile hoists on the wards", "floor-lift", True),
    ("Mobile hoists for engine removal in the workshop", "floor-lift", False),
    ("Serviced standing hoists on the wards", "sit-to-stand-lift", True),
    ("Free-standing hoist frames for the gym", "sit-to-stand-lift", False),
    ("Stand-aid hoists and standing aid hoists", "sit-to-stand-lift", True),
    # NHS wordings of equipment work
    ("PPM and breakdown repairs", "corrective-maintenance", True),
    ("Breakdown repairs of medical equipment", "corrective-maintenance", True),
    ("Reactive repairs on medical devices", "corrective-maintenance", True),
    ("Reactive repairs to council housing stock", "corrective-maintenance", False),
    ("Acceptance checks on new medical devices", "incoming-inspection", True),
    ("Acceptance checks on new kitchen fit-outs", "incoming-inspection", False),
    ("Decommissioning and disposal of medical equipment", "equipment-disposal", True),
    ("Decommissioning and disposal of nuclear waste", "equipment-disposal", False),
    ("Decommissioning of medical equipment at end of life", "equipment-disposal", True),
    ("Disposal of medical devices to WEEE", "equipment-disposal", True),
    ("Delivered medical device training to ward staff", "in-service-training", True),
    ("Ran device competency training for theatre nurses", "in-service-training", True),
    # EBME, the NHS clinical engineering department, its titles and register
    ("Worked in the EBME workshop", "clinical-engineering", True),
    ("Electro-Biomedical Engineering", "clinical-engineering", True),
    ("Electro-Biomedical Engineering", "biomedical-engineer", False),
    ("Electrical and Biomedical Engineering (EBME) department", "biomedical-engineer", False),
    ("Worked in Electronic and Biomedical Engineering at St James's", "clinical-engineering", True),
    ("Head of Electrical and Biomedical Engineering", "clinical-engineering", True),
    ("BEng Electronic and Biomedical Engineering, University of Leeds", "clinical-engineering", False),
    ("MEng (Hons) Electronic and Biomedical Engineering", "clinical-engineering", False),
    ("School of Electrical and Biomedical Engineering, RMIT University", "clinical-engineering", False),
    ("Biomedical engineering R&D for implants", "biomedical-engineer", True),
    ("Medical engineering department", "clinical-engineering", True),
    ("Medical Electronics department", "clinical-engineering", True),
    ("EBME Technician", "bmet", True),
    ("EBME Engineer, Band 5", "bmet", True),
    ("EBME Technologist", "bmet", True),
    ("Medical Engineering Technician", "bmet", True),
    ("Medical Equipment Engineer", "bmet", True),
    ("Medical electronics technician", "bmet", True),
    ("Electronics Technician (EBME)", "bmet", True),
    ("EBME Field Engineer", "field-service-engineer", True),
    ("EBME Manager", "htm-manager", True),
    ("Head of EBME", "htm-manager", True),
    ("Head of Clinical Engineering", "htm-manager", True),
    ("Clinical Engineering Lead", "htm-manager", True),
    ("Medical Engineering Manager", "htm-manager", True),
    ("Head of Medical Engineering", "htm-manager", True),
    ("Registered with the RCT", "rct-registration", True),
    ("Protocol registered with the RCT registry", "rct-registration", False),
    ("Clinical technologist, RCT registration 2019", "rct-registration", True),
    ("Registered clinical technologist (RCT), EBME", "rct-registration", True),
    ("Designed an RCT of EBME-led training for nurses", "rct-registration", False),
    ("RCT data analysis for the IPEM study", "rct-registration", False),
    ("Analysed a randomised controlled trial (RCT) in clinical engineering", "rct-registration", False),
    ("Manage safety alerts from the MHRA via CAS", "hazard-alerts", True),
    ("Actioned NatPSA safety alerts", "hazard-alerts", True),
    ("Severe weather safety alerts from the MHRA", "hazard-alerts", False),
    ("Repaired diathermy machines", "electrosurgical-unit", True),
    ("Serviced diathermy units in theatres", "electrosurgical-unit", True),
    ("Repaired shortwave diathermy machines", "electrosurgical-unit", False),
    ("Serviced diathermy units in the physiotherapy department", "electrosurgical-unit", False),
    # pharmaceutical QC microbiology
    ("Preservative efficacy testing (PET) per USP <51>", "pet", False),
    ("PET (antimicrobial effectiveness test) for multi-dose vials", "pet", False),
    ("Installed the PET scanner for oncology", "pet", True),
    ("Serviced PET/CT and PET scanners", "pet", True),
    ("BET (bacterial endotoxins test)", "endotoxin-testing", True),
    ("Performed BET/LAL testing", "endotoxin-testing", True),
    ("BET surface area analysis by nitrogen adsorption", "endotoxin-testing", False),
    ("Performed APS (media fills) in the Grade A isolator", "media-fill-test", True),
    ("Led APS runs for the aseptic filling line", "media-fill-test", True),
    ("Referred clients to APS for elder abuse", "media-fill-test", False),
    ("Loaded the Abbott ACCELERATOR APS in the core lab", "media-fill-test", False),
    ("EM sampling in Grade A", "environmental-monitoring", True),
    ("Managed the EM programme for the aseptic suite", "environmental-monitoring", True),
    ("Read EM plates from the cleanroom", "environmental-monitoring", True),
    ("Reviewed EM data for the GMP suite", "environmental-monitoring", True),
    ("Collected cryo-EM data on the Krios for sterile protein samples", "environmental-monitoring", False),
    ("Prepared tissue EM samples for TEM", "environmental-monitoring", False),
    ("Ran the EM program at the teaching hospital", "environmental-monitoring", False),
]


def test_uk_and_pharma_proposed_forms_read_in_their_own_sense(checker):
    each_case(_UK_AND_PHARMA, line_check(checker))


_COUNTERPARTS = [
    ("Knowledge of the EU MDR", "Knowledge of the UK MDR 2002", "uk-mdr-2002", "related"),
    (
        "Trained to NFPA 70E",
        "Knowledge of the Electricity at Work Regulations",
        "electricity-at-work-regulations",
        "related",
    ),
    ("Installations to the National Electrical Code", "Knowledge of BS 7671", "bs-7671", "related"),
    (
        "Lockout/tagout of equipment before work",
        "Safe isolation of electrical supplies",
        "safe-isolation",
        "related",
    ),
    ("OSHA HazCom training", "Knowledge of COSHH", "coshh", "related"),
    ("OSHA compliance", "Health and Safety at Work Act 1974", "health-and-safety-at-work-act", "related"),
    (
        "Medical device reporting experience",
        "Yellow Card reporting to the MHRA",
        "mhra-yellow-card",
        "related",
    ),
    (
        "Wrote the medical equipment management plan",
        "Knowledge of MHRA Managing Medical Devices",
        "mhra-managing-medical-devices",
        "related",
    ),
    (
        "Electrical safety testing of medical devices",
        "PAT testing of non-medical equipment",
        "portable-appliance-testing",
        "related",
    ),
    ("Worked in cGMP manufacturing", "Experience of EU GMP", "eu-gmp", "related"),
    ("Certified ISO 5 cleanrooms and hoods", "Experience in Grade A areas", "eu-gmp-grade-a", "related"),
    ("Worked in ISO 7 cleanrooms", "Experience in Grade C cleanrooms", "eu-gmp-grade-c", "related"),
    ("Worked in ISO 8 cleanrooms", "Experience in Grade D cleanrooms", "eu-gmp-grade-d", "related"),
    ("Performed media fills", "Experience in aseptic processing", "aseptic-processing", "related"),
    (
        "Bioburden testing of product",
        "Microbial limits testing experience",
        "microbial-limits-testing",
        "related",
    ),
    ("Applied ALCOA+ principles", "GMP data integrity", "gxp-data-integrity", "related"),
]


def test_uk_and_pharma_counterparts(checker):
    each_case(_COUNTERPARTS, status_check(checker))


def test_uk_and_pharma_filing(vocabulary):
    assert "aseptic-isolator" in vocabulary.ancestors("compounding-aseptic-isolator")
    assert "gxp-data-integrity" not in vocabulary.ancestors("data-integrity-alcoa")
    assert vocabulary.concepts["sterilizer-steam-supply"].track.value == "both"
