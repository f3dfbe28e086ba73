"""Other senses found beside the pass over unguarded acronyms, codes and words: the UAE dirham as an AED,
British Sign Language levels as biosafety levels (one named guard for BSL-2 and BSL-3, the latter renamed
"Biosafety level 3"), GE Appliances, Aviation and locomotives as GE HealthCare, and livestock embryo transfer
(the concept renamed "Embryo transfer (IVF)"), each with a line showing the form still counts."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_SENSES_PASS10_0_CASES = [
    ("Managed a budget of AED 3 million", "aed", False),
    ("Salary: AED 15,000 per month", "aed", False),
    ("Signature BSL 3 qualification in British Sign Language", "bsl-3", False),
    ("Holds BSL-2 and works as a deaf support worker", "bsl-2", False),
    ("Repaired GE washers and dryers for GE Appliances", "ge-healthcare", False),
    ("Serviced GE Aviation jet engines", "ge-healthcare", False),
    ("Overhauled GE locomotives", "ge-healthcare", False),
    ("Bovine embryologist for a cattle embryo transfer company", "embryo-transfer", False),
]

_OWN_SENSES_PASS10_0_CASES = [
    ("AED checks on every unit", "aed", True),
    ("AED", "aed", True),
    ("Processed TB cultures in the BSL-3 suite", "bsl-3", True),
    ("BSL-3", "bsl-3", True),
    ("BSL 2 practices in a Class II biosafety cabinet", "bsl-2", True),
    ("Serviced GE CT scanners", "ge-healthcare", True),
    ("GE", "ge-healthcare", True),
    ("Performed embryo transfers in the IVF lab", "embryo-transfer", True),
    ("Embryo transfer", "embryo-transfer", True),
]


def test_other_senses_pass10_0(checker):
    each_case(_OTHER_SENSES_PASS10_0_CASES, line_check(checker))


def test_own_senses_pass10_0(checker):
    each_case(_OWN_SENSES_PASS10_0_CASES, line_check(checker))
