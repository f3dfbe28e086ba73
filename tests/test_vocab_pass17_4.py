"""Faults the seventeenth pass found in lot 4 (laboratory instruments and techniques), each with the line that
showed it and one of the concept's own sense: a model's own hyphenated, joined or spaced spellings missed or
read as its sibling (STA Compact Max2 as the plain STA Compact, ARCHITECT i2000 SR as the first i2000,
GeneXpert Infinity 80 and ABL 825 unread, AcT diff2 unread); a physics line's concentration gradient
diffusion read as the MIC strip method; and a resume's verb wording ("sequenced DNA") missed.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Ran coagulation on the STA-Compact Max2", "stago-sta-compact", False),
    ("Ran coagulation on the STA-Compact Max2", "stago-sta-compact-max-2", True),
    ("Ran coagulation on the STA Compact Max-3", "stago-sta-compact-max-3", True),
    ("Ran coagulation on the STA Compact Max-3", "stago-sta-compact-max", False),
    ("Maintained the legacy STA Compact in the core lab", "stago-sta-compact", True),
    ("Ran the STA Compact Max for PT and aPTT", "stago-sta-compact-max", True),
    ("CBCs on the Coulter AcT diff2 in the clinic", "coulter-act-diff-2", True),
    ("Blood gases on the ABL 825 in the ICU lab", "radiometer-abl825", True),
    ("Ran immunoassays on the ARCHITECT i2000 SR", "abbott-architect-i2000", False),
    ("Ran immunoassays on the ARCHITECT i2000 SR", "abbott-architect-i2000sr", True),
    ("Ran immunoassays on the ARCHITECT i2000 analyzer", "abbott-architect-i2000", True),
    ("Loaded cartridges on the GeneXpert Infinity 80", "cepheid-genexpert-infinity-80", True),
    ("Loaded cartridges on the GeneXpert Infinity 48s", "cepheid-genexpert-infinity-48", True),
    ("Modeled concentration gradient diffusion through polymer membranes", "gradient-diffusion", False),
    ("Gradient diffusion MICs for vancomycin on staphylococcal isolates", "gradient-diffusion", True),
    ("Extracted and sequenced DNA from tumor biopsies", "dna-sequencing", True),
    ("Performed Rh typing and weak D testing on prenatal samples", "rh-typing", True),
]


def test_pass17_4_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
