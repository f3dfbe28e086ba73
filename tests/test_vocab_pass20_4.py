"""Faults the twentieth pass found in lot 4, each with the line that showed it and one of the concept's own
sense: the lemma bending 'drawing' into the phlebotomist's 'order of draw'; a typing slip for 'accuracy'
read as the maker Accuray; a neighbouring product (a crop sprayer's roller-vane pump) read as a peristaltic
pump; another trade's phrase on an unguarded form (a lineman working with high voltage read as high-voltage
safety, the pronoun in "make it security-first" read as IT security).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Filed blueprints in order of drawing number", "order-of-draw", False),
    ("Sorted the lottery tickets in order of draw", "order-of-draw", False),
    ("Followed the order of draw for citrate and EDTA tubes", "order-of-draw", True),
    ("Improved test accuray by 20 percent", "accuray", False),
    ("Ensured accuray of patient results", "accuray", False),
    ("Field service engineer on Accuray CyberKnife systems", "accuray", True),
    ("Worked for Accuray as a field service engineer", "accuray", True),
    ("Rebuilt Hypro roller pumps on field sprayers", "peristaltic-pump", False),
    ("Replaced roller pump tubing on the heart-lung machine", "peristaltic-pump", True),
    ("Lineman experienced working with high voltage lines", "high-voltage-safety", False),
    ("Trained in safely working with high voltage", "high-voltage-safety", True),
    ("Designed the workflow to make it security-first", "cybersecurity", False),
    ("IT Security analyst for the hospital network", "cybersecurity", True),
    ("Wrote IT security policies for lab systems", "cybersecurity", True),
]


def test_pass20_4_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
