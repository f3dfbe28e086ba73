"""Faults pass 19 found in lot 1, each with the line that showed it and one of the concept's own sense:
brand names read through the lemma of ordinary words (a lab's "intercepted plasma samples" as the
INTERCEPT plasma system; the Latin "statim" of orders as the SciCan Statim autoclave); a legacy blood
bank abbreviation read in another trade (a fusion engineer's HCLL breeding blankets as WellSky's old
HCLL Transfusion); a model's hyphenated name not read (Zimmer ATS-3000); forms that only added a generic
word to another form and hid the literal match (Nessus scanner, DSD EDGE AER, therapeutic apheresis
procedures, instrument washer-disinfector, INTERCEPT plasma system); and the STERIS SYSTEM 1 endo filed
only as an endoscope reprocessor, not as the liquid chemical sterilant system it is.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Intercepted plasma samples before they left the bench", "intercept-plasma", False),
    ("Validated INTERCEPT plasma for the hospital blood supply", "intercept-plasma", True),
    ("Trained staff on Intercept plasma processing", "intercept-plasma", True),
    ("Sent statim orders to the core laboratory", "scican-statim", False),
    ("Ran the Statim cassette autoclave in the dental clinic", "scican-statim", True),
    ("Serviced SciCan STATIM 5000 units", "scican-statim", True),
    ("Modelled tritium transport in HCLL and HCPB breeding blankets", "wellsky-transfusion", False),
    ("Designed HCLL blanket modules for the test blanket programme", "wellsky-transfusion", False),
    ("Blood bank LIS: HCLL, Sunquest", "wellsky-transfusion", True),
    ("Validated the HCLL upgrade for the transfusion service", "wellsky-transfusion", True),
    ("Calibrated the ATS-3000 tourniquet before each case", "zimmer-ats-3000", True),
    ("Calibrated the ATS 3000 tourniquet before each case", "zimmer-ats-3000", True),
    ("Tested the ATS-3000 transfer switch on the generator", "zimmer-ats-3000", False),
    ("Ran Nessus scans of the clinical network", "tenable-nessus", True),
    ("Loaded scopes into the DSD Edge reprocessor", "medivators-dsd-edge", True),
    ("Performed therapeutic apheresis procedures", "therapeutic-apheresis", True),
    ("Serviced instrument washers and washer disinfectors", "washer-disinfector", True),
    ("Ran the SYSTEM 1 endo for flexible scopes", "steris-system-1-endo", True),
]

_REMOVED = [
    ("tenable-nessus", "Nessus scanner"),
    ("medivators-dsd-edge", "DSD EDGE AER"),
    ("therapeutic-apheresis", "therapeutic apheresis procedures"),
    ("washer-disinfector", "instrument washer-disinfector"),
    ("intercept-plasma", "INTERCEPT plasma system"),
]


def test_pass19_lot1_filing(vocabulary):
    ancestors = vocabulary.ancestors("steris-system-1-endo")
    assert "liquid-chemical-sterilant-system" in ancestors
    assert "endoscope-reprocessor" in ancestors


def test_pass19_lot1_swallowing_forms_are_gone(vocabulary):
    for concept_id, text in _REMOVED:
        assert text not in [f.text for f in vocabulary.concepts[concept_id].forms], (concept_id, text)


def test_pass19_lot1_brand_forms_are_case_sensitive(vocabulary):
    for concept_id in ("intercept-plasma", "scican-statim"):
        concept = vocabulary.concepts[concept_id]
        forms = [f for f in concept.forms if f.text != concept.name]
        assert forms and all(f.case_sensitive for f in forms), concept_id


def test_pass19_lot1_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
