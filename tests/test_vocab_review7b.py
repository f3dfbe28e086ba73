"""The seventh review of a sample, second half: one line per fix, each failing on the vocabulary before it.

A grade point average after a number, a CNC router, a Pap-stained slide and a physician assistant student
no longer read as the gradient amplifier, a network router, the Pap test and the Pathologists' Assistant; a
pathology aide and the pocH line and its 80i model are concepts of their own; the second table checks that
each guarded form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_SEVENTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("MRI Technology, A.S. - 3.8 GPA", "mri-gradient-amplifier", False),
    ("MRI technologist program with a 3.9 GPA", "mri-gradient-amplifier", False),
    ("Operated CNC routers, lathes and replaced limit switches", "network-routers", False),
    ("Reviewed Pap-stained non-gyn slides and cytospins", "pap-test", False),
    ("Physician Assistant (PA) student, gross anatomy lab TA", "pathologists-assistant", False),
    ("Completed PA program including gross anatomy dissection", "pathologists-assistant", False),
    ("Pathology assistant: filed blocks and slides", "pathologists-assistant", False),
    ("Pathology assistant: filed blocks and slides", "pathology-assistant", True),
    ("Ran CBCs on the Sysmex pocH-80i", "sysmex-poch", False),
    ("Ran CBCs on the Sysmex pocH-80i", "sysmex-poch-80i", True),
    ("Ran CBCs on two Sysmex pocH analyzers", "sysmex-poch-line", True),
]

_FORMS_GUARDED_IN_THE_SEVENTH_REVIEW_STILL_COUNT_CASES = [
    ("Replaced the GPA on the 3T MRI gradient system", "mri-gradient-amplifier", True),
    ("Configured routers and firewalls on the imaging VLAN", "network-routers", True),
    ("Screened ThinPrep Pap slides for HPV triage", "pap-test", True),
    ("PA in surgical pathology: grossing of complex resections", "pathologists-assistant", True),
    ("Ran CBCs on the pocH-100i", "sysmex-poch", True),
]

_THE_SEVENTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("sysmex-poch", "sysmex-poch-line", True),
    ("sysmex-poch-80i", "sysmex-poch-line", True),
    ("sysmex-poch-line", "sysmex-hematology", True),
]


def test_the_seventh_review_keeps_other_senses_out(checker):
    each_case(_THE_SEVENTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_seventh_review_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_SEVENTH_REVIEW_STILL_COUNT_CASES, line_check(checker))


def test_the_seventh_review_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_SEVENTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


def test_the_seventh_review_corrects_sources(vocabulary):
    # the ABL700's source named its successors, the ABL800 and the ABL90 FLEX
    assert "ABL700 series" in vocabulary.concepts["radiometer-abl700"].source
