"""Forms and relations the domain curators (controlled environments and tissue banks; mass spectrometry and
Australian pathology) proposed for concepts outside their new files: the pharmacy's LAFW, the A2 cabinet
written without its class, BSC recertification, HCT/P and Part 1271, "the photometer" of a HEPA filter scan
(no laboratory photometer), the Xevo TQ-S micro (no TQ-S), QTRAP without its maker, RhD immunoglobulin, and
the regional counterparts (CAP and NATA, CLIA and NPAAC, AABB and ANZSBT, FDA and TGA, CAP surveys and
RCPAQAP, BSL and the Canadian containment levels)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Certified LAFWs and CAIs to USP 797", "laminar-flow-hood", True),
    ("LAFW preventive maintenance in the IV room", "laminar-flow-hood", True),
    ("Certified A2 BSCs every six months", "class-ii-a2-biosafety-cabinet", True),
    ("BSC recertification after every move", "bsc-certification", True),
    ("Kept HCT/P records to Part 1271", "fda-21-cfr-1271", True),
    ("Scanned HEPA filters in the lab with the photometer", "photometer", False),
    ("Replaced the lamp on the lab's photometer used for urine chemistry assays", "photometer", True),
]


def test_proposed_forms_read_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_containment_levels_and_biosafety_levels_are_counterparts(vocabulary):
    assert "cl-2" in vocabulary.concepts["bsl-2"].related
    assert "cl-3" in vocabulary.concepts["bsl-3"].related
    assert "nsf-ansi-49" in vocabulary.concepts["bsc-certification"].related


_MASS_SPEC_AND_ANZ = [
    ("Tuned the Xevo TQ-S micro for vitamin D", "waters-xevo-tq-s", False),
    ("Installed a Waters Xevo TQ-S for the tox lab", "waters-xevo-tq-s", True),
    ("Ran QTRAP methods for steroid panels", "sciex-qtrap", True),
    ("Waters tandem quadrupole mass spectrometer", "triple-quadrupole", True),
    ("RhD immunoglobulin dose assessment", "rh-immune-globulin", True),
]


def test_mass_spec_and_australian_forms_read_in_their_own_sense(checker):
    each_case(_MASS_SPEC_AND_ANZ, line_check(checker))


def test_mass_spec_filing_and_regional_counterparts(vocabulary):
    assert "hram-mass-spectrometer" in vocabulary.ancestors("thermo-orbitrap")
    assert "single-quadrupole-mass-spectrometer" in vocabulary.ancestors("agilent-5977")
    assert "sciex-triple-quad" in vocabulary.ancestors("sciex-api-4000")
    assert "viscoelastic-testing" in vocabulary.concepts["viscoelastic-analyzer"].related
    for concept, counterpart in (
        ("cap", "nata-accreditation"),
        ("clia-88", "npaac"),
        ("aabb", "anzsbt-guidelines"),
        ("fda", "tga"),
        ("rcpaqap", "cap-surveys"),
    ):
        assert counterpart in vocabulary.concepts[concept].related, concept
