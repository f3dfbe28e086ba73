"""Faults the twentieth pass found in lot 2 (imaging equipment, imaging informatics, IVF, microbiology and
immunoassay instruments), each with the line that showed it and one of the concept's own sense: another
setting's phrase on a form (a wastewater "precise treatment system", a PlayStation "PS1", a laser
engraver's hatch fill, the X-ray tubes of XRD analyzers and baggage scanners, a cargo scanner's Varian
accelerators, a plant clinic's fungal smears); a family's plural missed (Siemens linacs); and a family's
source citing only one of its models.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Designed a precise treatment system for industrial effluent", "elekta-precise", False),
    ("Commissioned the Elekta Precise Treatment System in bunker 2", "elekta-precise", True),
    ("Logged PlayStation PS1 reporting bugs for the game studio", "powerscribe-one", False),
    ("Built PS1 reporting templates for the radiologists", "powerscribe-one", True),
    ("Set up laser hatching fill patterns on the fiber laser engraver", "laser-assisted-hatching", False),
    ("Performed laser hatching on day 5 blastocysts", "laser-assisted-hatching", True),
    ("Replaced X-ray tubes on Rigaku XRD diffractometers", "xray-tube", False),
    ("Replaced x-ray tubes in baggage screening scanners at the airport", "xray-tube", False),
    ("Replaced the x-ray tube on the CT gantry", "xray-tube", True),
    (
        "Plant diagnostic clinic: fungal smears of crop pathogens from leaf lesions",
        "direct-fungal-microscopy",
        False,
    ),
    ("Performed fungal smears and calcofluor white stains", "direct-fungal-microscopy", True),
    ("Maintained Varian accelerators for cargo screening at the port", "varian-linac", False),
    ("Maintained Varian linacs in the radiation oncology department", "varian-linac", True),
    ("Serviced Siemens linacs (Primus, Oncor)", "siemens-linac", True),
]


def test_pass20_2_concepts_are_filed_as_what_they_are(vocabulary):
    assert not vocabulary.concepts["medrad-spectris-solaris"].source.endswith("(MEDRAD Spectris Solaris EP)")
    assert "mr-injector" in vocabulary.ancestors("medrad-spectris-solaris-ep")


def test_pass20_2_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
