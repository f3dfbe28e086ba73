"""Faults the twentieth pass found in lot 1 (equipment, endoscopy, apheresis and device-security concepts),
each with the line that showed it and one of the concept's own sense: the lemma bending a word into the
form ("patient scaling" in a dental hygienist's scaling and root planing, a "medical scale-up" read as the
patient weighing scale); another trade's neighbouring product read as the concept (a food or seed plant's
cold atmospheric plasma sterilizer read as the hydrogen peroxide gas plasma sterilizer); another sense of a
short alias's word ("EGD scope of practice", "ERCP scope of service": scope as extent, not the endoscope);
and a model filed beside rather than under its family (HomeChoice Claria under Baxter HomeChoice).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Performed patient scaling and root planing as a dental hygienist", "patient-scale", False),
    ("Planned the medical scale-up of the vaccine filling line", "patient-scale", False),
    ("Calibrated patient scales and stretcher scales on med-surg units", "patient-scale", True),
    ("Repaired the medical scale in the pediatric clinic", "patient-scale", True),
    ("Ran the cold plasma sterilizer for seed treatment trials", "gas-plasma-sterilizer", False),
    ("Operated atmospheric pressure plasma sterilizers in food packaging", "gas-plasma-sterilizer", False),
    ("Loaded trays into the plasma sterilizer in SPD", "gas-plasma-sterilizer", True),
    ("Maintained gas plasma sterilizers and steam autoclaves", "gas-plasma-sterilizer", True),
    ("Wrote the EGD scope of practice for sedation nurses", "gastroscope", False),
    ("Defined the upper GI scope of work for the audit", "gastroscope", False),
    ("Reprocessed EGD scopes after each case", "gastroscope", True),
    ("Leak tested upper GI scopes and colonoscopes", "gastroscope", True),
    ("Expanded the ERCP scope of service to weekends", "duodenoscope", False),
    ("Cultured ERCP scopes per the FDA duodenoscope guidance", "duodenoscope", True),
    ("Repaired the elevator channel of an ERCP scope", "duodenoscope", True),
    ("Trained patients on HomeChoice Claria cyclers", "homechoice-claria", True),
]


def test_pass20_lot1_concepts_are_filed_as_what_they_are(vocabulary):
    claria = vocabulary.ancestors("homechoice-claria")
    assert "baxter-homechoice" in claria and "peritoneal-dialysis-cycler" in claria


def test_pass20_lot1_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
