"""Blood collection tubes by additive, and by the stopper colour shop talk names them with (CLSI GP41): a
posting's "SST, EDTA and sodium citrate tubes" is met by a resume's "gold-top, lavender-top and light blue-top
tubes"; the colours count only beside a specimen word, and EDTA as a decalcifier is no tube."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_TUBES_CASES = [
    ("gold-top, lavender-top and light blue-top tubes, 24-hr urines", "serum-separator-tube", True),
    ("gold-top, lavender-top and light blue-top tubes, 24-hr urines", "edta-tube", True),
    ("gold-top, lavender-top and light blue-top tubes, 24-hr urines", "sodium-citrate-tube", True),
    ("Drew a lavender-top for the CBC", "edta-tube", True),
    ("EDTA tube", "edta-tube", True),
    ("Wore a purple top and jeans", "edta-tube", False),
    ("Bought a light blue top at the mall", "sodium-citrate-tube", False),
    ("EDTA decalcification of bone cores", "edta-tube", False),
    ("Satellite SST anomalies for the ocean model", "serum-separator-tube", False),
]

_TUBE_STATUSES_CASES = [
    (
        "Processed gold-top and lavender-top tubes",
        "Aliquot serum from SST tubes",
        "serum-separator-tube",
        "synonym",
    ),
    ("Processed gold-top and lavender-top tubes", "EDTA whole blood", "edta-tube", "synonym"),
    (
        "Processed light blue-top tubes for coagulation",
        "sodium citrate tubes",
        "sodium-citrate-tube",
        "synonym",
    ),
]


def test_blood_tubes_by_additive_and_stopper_colour(checker):
    each_case(_TUBES_CASES, line_check(checker))


def test_a_stopper_colour_meets_the_additive_asked_for(checker):
    each_case(_TUBE_STATUSES_CASES, status_check(checker))
