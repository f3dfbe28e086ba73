"""Concepts of the eleventh pass fixed beside the lots: forms that read another sense, each with a line the
vocabulary matched before, and the same forms in their own sense.

"Patient simulator" is also the nursing simulation manikin (SimMan in a simulation lab): the concept is now
named Vital signs simulator, the biomed's test instrument, with "patient simulator" a form that does not
count beside manikin, nursing or simulation-lab words.

ITIL is a framework before it is a certificate: "Familiarity with ITIL" asks for the framework, which the
vocabulary did not know once bare "ITIL" needed a certification word; it is a concept of its own now (ITIL
framework), and the ITIL Foundation certificate shows it as related.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    (
        "Ran code scenarios on the SimMan patient simulator in the nursing simulation lab",
        "patient-simulator",
        False,
    ),
    (
        "Nursing simulation center with high-fidelity patient simulators and manikins",
        "patient-simulator",
        False,
    ),
    ("Verified monitors with a Fluke ProSim 8 patient simulator", "patient-simulator", True),
    ("Test equipment: patient simulators, ESU analyzers, ESAs", "patient-simulator", True),
    ("Vital signs simulator", "patient-simulator", True),
    ("Familiarity with ITIL preferred", "itil-framework", True),
    ("Applied ITIL incident and change management processes", "itil-framework", True),
    ("Itil Patel, reference", "itil-framework", False),
    ("ITIL 4 Foundation certified, 2023", "itil", True),
]


def test_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_the_biomed_instrument_is_named_for_what_it_is(vocabulary):
    assert vocabulary.concepts["patient-simulator"].name == "Vital signs simulator"
    assert vocabulary.concepts["itil"].related == ("itil-framework",)
