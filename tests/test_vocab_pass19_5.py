"""Faults pass 19 found in lot 5, each with the line that showed it and one of the concept's own sense:
another trade's phrase read through the lemma (Frank Lloyd Wright's stained glass as the Wright stain); a
company renamed in part only (Veradigm, the renamed Allscripts that sold its hospital EHRs and runs data
businesses, read as the EHR on any line); a maker's track too narrow (Agilent, which made HP's electronic
test equipment and patient monitors, on the lab track only); and branded software citing only O*NET's
operating-system class list (Ubuntu, Linux) rather than its maker's documentation.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Restored Frank Lloyd Wright stained glass windows", "wright-stain", False),
    ("Stained peripheral smears with Wright stain on the Hematek", "wright-stain", True),
    ("Wright stained blood smears for the differential", "wright-stain", True),
    ("Data analyst at Veradigm building payer analytics dashboards", "allscripts", False),
    ("Supported Veradigm EHR for the clinic network", "allscripts", True),
    ("Allscripts Sunrise Clinical Manager interfaces", "allscripts", True),
    ("Calibrated Agilent oscilloscopes and power supplies", "agilent", True),
]


def test_pass19_5_concepts_are_filed_as_what_they_are(vocabulary):
    assert vocabulary.concepts["agilent"].track.value == "both"
    assert "Canonical" in vocabulary.concepts["ubuntu"].source
    assert "kernel.org" in vocabulary.concepts["linux"].source


def test_pass19_5_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
