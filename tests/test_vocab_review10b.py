"""The tenth review of a sample, second half: one line per fix, each failing on the vocabulary of the draw.

Industrial C-arm weld inspection and Canada's CARM customs portal as the C-arm (renamed "C-arm fluoroscopy
system"); fresh-air calibration of gas detectors as the CT air calibration; stack and pipeline gas flow
analyzers as the ventilator gas flow analyzer (renamed "Medical gas flow analyzer"; the anesthetic gas monitor
and the exercise-lab respiratory analyzer are no forms of it); the surname Picco as the PiCCO monitor (renamed
"PiCCO hemodynamic monitor", PiCCO written in its own capitals); chromogenic endotoxin assays as coagulation
assays; in-light surgical cameras as endoscopic cameras; "diagnostic cytology" (the whole field) and
"non-gynecologic malignancies" as non-gynecologic cytology; Sirona Medical's RadOS as Dentsply Sirona.
Microsoft Project is no kind of the Office suite; UL 2900-1 and UL 2900-2-1 are parts of their own.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_TENTH_REVIEW_KEEPS_OTHER_SENSES_OUT_B_CASES = [
    ("Operated industrial C-arm X-ray for weld inspection", "c-arm", False),
    ("Onboarded importers to the CBSA CARM Client Portal", "c-arm", False),
    (
        "Performed fresh air calibration on portable gas detectors before confined space entry",
        "ct-air-calibration",
        False,
    ),
    ("Calibrated stack gas flow analyzer for EPA CEMS reporting", "gas-flow-analyzer", False),
    ("Calibrated anesthesia analyzer module on GE Carestation", "gas-flow-analyzer", False),
    (
        "Respiratory analyzer used for CPET metabolic testing in exercise physiology lab",
        "gas-flow-analyzer",
        False,
    ),
    ("References: Maria Picco, Laboratory Director", "picco", False),
    (
        "Performed chromogenic assays and recombinant Factor C endotoxin testing",
        "chromogenic-coagulation-assay",
        False,
    ),
    (
        "Installed in-light surgical camera on Stryker surgical lights for OR video recording",
        "endoscopic-camera-system",
        False,
    ),
    ("Diagnostic cytology including Pap smears and gynecologic specimens", "non-gynecologic-cytology", False),
    (
        "Cared for patients with non-gynecologic malignancies on the oncology unit",
        "non-gynecologic-cytology",
        False,
    ),
    ("Deployed Sirona Medical RadOS cloud radiology workstation", "dentsply-sirona", False),
]

_FORMS_GUARDED_IN_THE_TENTH_REVIEW_STILL_COUNT_B_CASES = [
    ("Serviced OEC 9900 C-arms in the OR", "c-arm", True),
    ("C-arm", "c-arm", True),
    ("Performed CT air calibration on the SOMATOM", "ct-air-calibration", True),
    ("Daily air calibration of the CT scanner", "ct-air-calibration", True),
    ("Calibrated the Fluke VT650 gas flow analyzer", "gas-flow-analyzer", True),
    ("Gas flow analyzer", "gas-flow-analyzer", True),
    ("Ventilator flow analyzer checks", "gas-flow-analyzer", True),
    ("PiCCO monitoring in the ICU", "picco", True),
    ("Chromogenic assays for factor VIII and anti-Xa", "chromogenic-coagulation-assay", True),
    ("Repaired Stryker 1688 surgical cameras", "endoscopic-camera-system", True),
    ("Screened non-gynecologic specimens", "non-gynecologic-cytology", True),
    ("Serviced Sirona dental chairs", "dentsply-sirona", True),
    ("Compliance with UL 2900-2-1 cybersecurity for medical devices", "ul-2900-2-1", True),
    ("UL 2900-1", "ul-2900-1", True),
]

_THE_TENTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_B_CASES = [
    ("microsoft-project", "microsoft-office", False),
    ("microsoft-project", "project-management", True),
    ("ul-2900-2-1", "ul-2900", True),
]


def test_the_tenth_review_keeps_other_senses_out_b(checker):
    each_case(_THE_TENTH_REVIEW_KEEPS_OTHER_SENSES_OUT_B_CASES, line_check(checker))


def test_forms_guarded_in_the_tenth_review_still_count_b(checker):
    each_case(_FORMS_GUARDED_IN_THE_TENTH_REVIEW_STILL_COUNT_B_CASES, line_check(checker))


def test_the_tenth_review_files_each_thing_under_its_parent_b(vocabulary):
    each_case(_THE_TENTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_B_CASES, parent_check(vocabulary))
