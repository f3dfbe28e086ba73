"""Faults the fourteenth pass found in lot 5, each with the line that showed it and one of the concept's own
sense. Names of tests that are also a patient's condition or result: mpox and West Nile virus beside a
patient's lesions or a swimming pool, an HIV client's undetectable viral load, a dosimetrist's RT plan and a
patient's RT dose read as DICOM objects, maternal cell-free DNA read as a tumour liquid biopsy. Context words
too loose: smears and slides let a hematology re-review count as the cytology rescreen. Generic phrases of
other trades: a carpenter's construction projects as project management, attending staff development as
leadership, environmental swabbing, herbarium specimens and organism identification as specimen work, a
processor's accessioned NP swabs as swab collection, writing service manuals as using them, ignition
interlocks and interlock fabric as equipment safety interlocks, a uranium enrichment target as NGS target
enrichment, a teacher's alternative assessment, Microsoft Sentinel's security events, farm biosecurity,
scheduling staff meetings and teaching schoolchildren as the laboratory's own terms. Maker names that are
ordinary phrases: an intuitive surgical interface, selling advanced sterilization products. Names inside
longer names: Carestream Dental, Oracle Health Sciences. And filing: an instrument filed as a technique
(QIAcuity), testing as a standard, a disclosure form as software, EHRs on the equipment track only, an
electrolyte analyzer and a yeast identification under parents they are no kind of."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Cared for mpox patients with painful lesions", "mpox-testing", False),
    ("Triage of mpox positive patients in the ED", "mpox-testing", False),
    ("Collected mpox lesion swabs for PCR", "mpox-testing", True),
    (
        "Inspected abandoned swimming pools for West Nile virus mosquito breeding",
        "west-nile-virus-testing",
        False,
    ),
    ("Cared for West Nile virus positive patients in the ICU", "west-nile-virus-testing", False),
    ("West Nile virus PCR on mosquito pools", "west-nile-virus-testing", True),
    ("Rescreen of abnormal smears on the hematology bench", "cytology-rescreening", False),
    ("Rescreening of slides flagged by the DI-60", "cytology-rescreening", False),
    ("Performed rescreening of negative gyn cases", "cytology-rescreening", True),
    ("Random rescreen of 10% of negative Pap slides", "cytology-rescreening", True),
    ("Framing carpenter on residential construction projects", "construction-project-management", False),
    ("Lead abatement on renovation projects", "construction-project-management", False),
    (
        "Managed construction and renovation projects for the hospital",
        "construction-project-management",
        True,
    ),
    ("Attended staff development sessions each quarter", "leadership", False),
    ("Responsible for staff development and coaching of technologists", "leadership", True),
    ("Accessioned NP swabs for COVID PCR", "nasopharyngeal-swab-collection", False),
    ("Processed incoming nasopharyngeal swabs", "nasopharyngeal-swab-collection", False),
    ("Collected NP swabs at the drive-through site", "nasopharyngeal-swab-collection", True),
    ("Collected nasopharyngeal swabs from patients", "nasopharyngeal-swab-collection", True),
    ("Herbarium specimen identification and mounting", "specimen-labeling", False),
    ("Rapid specimen identification by MALDI-TOF", "specimen-labeling", False),
    ("Verified specimen identification with two patient identifiers", "specimen-labeling", True),
    ("Performed environmental swab collection in the food plant", "swab-collection", False),
    ("Throat swab collection for strep testing", "swab-collection", True),
    ("Reviewed RT plans with the oncology team", "dicom-rt-plan", False),
    ("Checked RT plans before treatment in Eclipse", "dicom-rt-plan", False),
    ("Imported RT Plan and RT Structure Set files from RayStation", "dicom-rt-plan", True),
    ("Recorded the RT dose for each oncology patient", "dicom-rt-dose", False),
    ("Exported RT Dose and RT Plan objects to MIM", "dicom-rt-dose", True),
    ("Acquired RT images on the linac for oncology patients", "dicom-rt-image", False),
    ("Exported RT Image objects to the PACS", "dicom-rt-image", True),
    ("Performed NIPT on circulating cell-free DNA from maternal plasma", "liquid-biopsy", False),
    ("cfDNA screening for fetal aneuploidy, mutation carrier screening", "liquid-biopsy", False),
    ("cfDNA testing in lung cancer", "liquid-biopsy", True),
    ("Helped clients achieve undetectable viral loads", "viral-load-testing", False),
    ("Performed HIV and HCV viral loads on the cobas 6800", "viral-load-testing", True),
    ("Set a target enrichment of 5% U-235 for the fuel assemblies", "target-enrichment", False),
    ("Target enrichment by hybrid capture for the NGS panel", "target-enrichment", True),
    ("Installed ignition interlock devices on vehicles for safety compliance", "safety-interlocks", False),
    ("Ran interlock fabric knitting machines with safety guards", "safety-interlocks", False),
    ("Troubleshot door interlocks on the linac", "safety-interlocks", True),
    ("Wrote service manuals and operator guides for infusion pumps", "service-manuals", False),
    ("Authored the service manual for the new ventilator", "service-manuals", False),
    ("Repaired ventilators using OEM service manuals", "service-manuals", True),
    ("Carestream Dental CS 8100 intraoral sensors", "carestream", False),
    ("Serviced Carestream DRX-1 detectors", "carestream", True),
    ("Used alternative assessment to measure reading accuracy", "alternative-assessment", False),
    ("Alternative assessment twice a year for analytes without PT", "alternative-assessment", True),
    ("Triaged Microsoft Sentinel events and alerts", "sentinel-event", False),
    ("Reported sentinel events to the Joint Commission", "sentinel-event", True),
    ("Conducted biosecurity risk assessments for poultry farms", "biosecurity-risk-assessment", False),
    ("Biosecurity risk assessment for the BSL-3 select agent program", "biosecurity-risk-assessment", True),
    ("Scheduling staff meetings and agendas", "staff-scheduling", False),
    ("Supervised the scheduling staff at the imaging center", "staff-scheduling", False),
    ("Responsible for scheduling staff and approving time off", "staff-scheduling", True),
    ("Teaching students algebra in a high school classroom", "training-and-precepting", False),
    ("Training students on the hematology bench", "training-and-precepting", True),
    ("Designed an intuitive surgical navigation interface", "intuitive-surgical", False),
    ("Field service engineer for Intuitive Surgical da Vinci systems", "intuitive-surgical", True),
    ("Sold advanced sterilization products to hospitals", "asp", False),
    ("Serviced STERRAD units for Advanced Sterilization Products", "asp", True),
    ("Worked at Oracle Health Sciences on clinical trial software", "cerner", False),
    ("Oracle Health (Cerner) PowerChart", "cerner", True),
    ("MS/MS Office suite", "tandem-mass-spectrometry", False),
    ("MS/MS newborn screening", "tandem-mass-spectrometry", True),
]


def test_pass14_5_concepts_are_filed_as_what_they_are(vocabulary):
    qiacuity = vocabulary.concepts["qiagen-qiacuity"]
    assert qiacuity.category.value == "instrument"
    assert "pcr-instrument" in vocabulary.ancestors("qiagen-qiacuity")
    assert "digital-pcr" not in vocabulary.ancestors("qiagen-qiacuity")
    assert vocabulary.concepts["lrn-confirmatory-testing"].category.value == "technique"
    assert vocabulary.concepts["mds2"].category.value == "standard"
    assert vocabulary.concepts["meditech-expanse"].track.value == "both"
    assert vocabulary.concepts["meditech-magic"].track.value == "both"
    assert "electrolyte-analyzer" in vocabulary.ancestors("medica-easylyte")
    yeast = vocabulary.ancestors("yeast-identification")
    assert "fungal-culture" not in yeast and "fungal-identification" in yeast


def test_pass14_5_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
