"""Practices of regulated laboratories and controlled manufacturing (vocab/regulated-lab-practice.yaml), each
read in a line of its own sense and refused in one of another: GLP-1 drugs are no GLP, a scope's cleaned-off
bioburden is no bioburden testing, a surgical team gowning is no cleanroom gowning."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Ran stability assays under GLP for preclinical studies", "good-laboratory-practice", True),
    ("Worked to 21 CFR Part 58 in a nonclinical lab", "good-laboratory-practice", True),
    ("Counselled patients starting GLP-1 agonists", "good-laboratory-practice", False),
    ("Calibrated pipettes against NIST-traceable standards", "nist-traceable-calibration", True),
    ("Reviewed batch records before lot release", "batch-records", True),
    ("Completed the BMR for each GMP production lot", "batch-records", True),
    ("Took the BMR (basal metabolic rate) of each patient", "batch-records", False),
    ("Aseptic processing of cell therapy products in an ISO 7 suite", "aseptic-processing", True),
    ("Passed gowning qualification for the ISO 5 cleanroom", "cleanroom-gowning", True),
    ("Gowning in aseptic areas and entry procedures for BSL-3 suites", "cleanroom-gowning", True),
    ("Gowned and gloved the surgeon before the case", "cleanroom-gowning", False),
    ("Collected pre-processing bioburden samples and final swabs", "bioburden-testing", True),
    ("Manual cleaning removes the bioburden from endoscopes", "bioburden-testing", False),
]


def test_regulated_lab_practices_read_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_traceable_calibration_is_a_calibration(vocabulary):
    assert "calibration" in vocabulary.ancestors("nist-traceable-calibration")
    assert "aseptic-technique" in vocabulary.concepts["aseptic-processing"].related
