"""Vocabulary the twelfth held-out round showed missing: commercial driver's licences by class (a CDL-A is a
Class A CDL and a driver's licence, never a Class B), the MRI shop's 'LHe top-offs' for helium fills and the
Sumitomo F-70 and CSW-71 helium compressors."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_ROUND_12_FORMS_CASES = [
    ("Massachusetts CDL-A with air brakes, 2020", "cdl-class-a", True),
    ("CDL Class B", "cdl-class-b", True),
    ("Valid CDL", "commercial-drivers-license", True),
    ("Massachusetts CDL-A with air brakes, 2020", "cdl-class-b", False),
    ("Magnet work: LHe top-offs, coldhead swaps", "helium-fill", True),
    ("Sumitomo F-70 and CSW-71 compressors on the 1.5T magnets", "sumitomo-helium-compressor", True),
    ("Sumitomo F-70 compressor on the cryopump in the wafer fab", "sumitomo-helium-compressor", False),
]

_ROUND_12_STATUSES_CASES = [
    ("Massachusetts CDL-A with air brakes, 2020", "Class A CDL", "cdl-class-a", "synonym"),
    ("Massachusetts CDL-A with air brakes, 2020", "Valid driver's license", "drivers-license", "related"),
    ("CDL-B, 2019", "Class A CDL", "cdl-class-a", "missing"),
    ("Sumitomo F-70 compressors", "Maintain helium compressors", "mri-helium-compressor", "related"),
]


def test_round_12_forms(checker):
    each_case(_ROUND_12_FORMS_CASES, line_check(checker))


def test_round_12_statuses(checker):
    each_case(_ROUND_12_STATUSES_CASES, status_check(checker))
