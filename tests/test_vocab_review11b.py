"""Concepts of the eleventh sample's second half found wrong when read against their sources, each with a
line the vocabulary matched before and the same forms in their own sense.

Sunquest is also a make of tanning beds; a water test kit is also the pool, spa and drinking-water kind (the
concept is now named Dialysis water test kit, its bare forms guarded by the dialysis water guard); the
SlideMate slide printer cited a label-printer source of another maker (Brady) and listed its name twice; and
the equipment-work guard let any "monitors" (office PC monitors) vouch for hardware and system upgrades as
equipment work (it now asks for patient monitors).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Repaired Sunquest tanning beds at the salon", "sunquest", False),
    ("Sunquest LIS administrator", "sunquest", True),
    ("Sold water test kits for pools and spas", "water-test-kit", False),
    ("Tested drinking water with a water test kit at the campground", "water-test-kit", False),
    ("Ran the water test kit for total chlorine in the dialysis unit", "water-test-kit", True),
    ("Loaded cassettes into the SlideMate printer", "thermo-slidemate", True),
    ("Performed hardware upgrades on 300 office PCs and monitors", "equipment-upgrades", False),
    ("Hardware upgrades on the patient monitors and pumps", "equipment-upgrades", True),
]


def test_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_the_slide_printer_cites_its_own_maker(vocabulary):
    concept = vocabulary.concepts["thermo-slidemate"]
    assert "Brady" not in concept.source and "SlideMate" in concept.source
    assert vocabulary.concepts["water-test-kit"].name == "Dialysis water test kit"
