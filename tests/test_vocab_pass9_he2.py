"""The pass over every file, test equipment, makers and imaging informatics, a second reading: forms that
still read another sense after the first, each with a line that failed before and a line showing the form
still counts.

Guarded: DataTrace (title-plant searches), MicroScanner (Aqua's container scanner), GM meter (a Chevrolet
gauge cluster), audio meter (live sound), IDA 4 and IDA 5 (the disassembler), PowerShare (Dell's USB
charging; named "Nuance PowerShare"), CIIP (critical information infrastructure protection; named
"Certified Imaging Informatics Professional"), enterprise imaging (Windows deployment; named "Enterprise
medical imaging"), Tosoh (the chemical company), Roche (the drug business) and Agfa (prepress). "Fluke 87"
is no form of the 87V: it is the whole family, the 87 III too.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_SECOND_TEST_EQUIPMENT_READING_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("DataTrace title plant searches for escrow", "mesa-datatrace", False),
    ("Scanned container images with Aqua MicroScanner", "fluke-microscanner", False),
    ("Repaired GM meter cluster on Chevrolet trucks", "geiger-counter", False),
    ("Ran live sound with an audio meter on the mixing console", "sound-level-meter", False),
    ("Analyzed malware with the IDA 5 disassembler", "fluke-ida-5", False),
    ("Calibrated Fluke 87 III meters", "fluke-87v", False),
    ("Dell PowerShare USB charging ports", "nuance-powershare", False),
    ("CIIP critical information infrastructure protection for the energy sector", "ciip", False),
    ("Windows deployment through enterprise imaging with SCCM", "enterprise-imaging", False),
    ("Tosoh Corporation chlor-alkali plant operator", "tosoh", False),
    ("Pharmaceutical sales rep for Roche oncology drugs", "roche", False),
    ("Agfa prepress printing plate processors", "agfa", False),
]

_FORMS_GUARDED_IN_THE_SECOND_TEST_EQUIPMENT_READING_STILL_COUNT_CASES = [
    ("Mesa DataTrace loggers in the sterilizer loads", "mesa-datatrace", True),
    ("Fluke MicroScanner cable tests", "fluke-microscanner", True),
    ("GM meter surveys of the hot lab", "geiger-counter", True),
    ("Alarm volume checks with an audio meter", "sound-level-meter", True),
    ("Infusion pump PMs with the Fluke IDA 5", "fluke-ida-5", True),
    ("PowerShare image exchange with outside hospitals", "nuance-powershare", True),
    ("CIIP certified PACS administrator", "ciip", True),
    ("Tosoh G8 HbA1c analyzers", "tosoh", True),
    ("Roche cobas analyzers in the core lab", "roche", True),
    ("Agfa CR readers in radiology", "agfa", True),
]


def test_the_second_test_equipment_reading_keeps_other_senses_out(checker):
    each_case(_THE_SECOND_TEST_EQUIPMENT_READING_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_second_test_equipment_reading_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_SECOND_TEST_EQUIPMENT_READING_STILL_COUNT_CASES, line_check(checker))
