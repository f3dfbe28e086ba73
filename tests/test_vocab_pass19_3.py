"""Faults the nineteenth pass found in lot 3 (IVF, lab disciplines and lab instruments), each with the line
that showed it and one of the concept's own sense: other trades' phrases on unguarded forms (a fab shop's
"Saturn laser cutter" read as the IVF laser, a cleanroom's "shoe cover slippers" as the coverslipper, a
biomedical technician's "critical care testing" of ventilators and pumps as the laboratory's blood gas
testing); the older Corbett Rotor-Gene read as the Rotor-Gene Q; the maker's own wording of the Thermo
Scientific 1300 Series cabinets not found; the ISH stainer on the lab track only, though its IHC sibling is
on both; and branded products whose source cited only an O*NET class list (the Dynex DS2 under ELISA plate
readers) instead of the maker's documentation.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Operated the Saturn laser cutter in the fab shop", "saturn-laser-line", False),
    ("Saturn laser engraver for trophy plaques", "saturn-laser-line", False),
    ("Used the Saturn laser for assisted hatching of day 3 embryos", "saturn-laser-line", True),
    ("Wore shoe cover slippers in the cleanroom", "coverslipper", False),
    ("Loaded slide racks on the cover slipper after H&E staining", "coverslipper", True),
    ("Performed PMs and critical care testing of ventilators and monitors", "critical-care-testing", False),
    ("Completed critical care testing on all ICU infusion pumps", "critical-care-testing", False),
    ("Critical care testing on the GEM Premier 5000", "critical-care-testing", True),
    ("Critical care testing for the ICU and ED on ABL90 analyzers", "critical-care-testing", True),
    ("Ran HSV assays on the old Corbett Rotor-Gene", "qiagen-rotor-gene", False),
    ("Rotor-Gene RG-6000 decommissioned in 2015", "qiagen-rotor-gene", False),
    ("Ran the QIAGEN Rotor-Gene for HSV PCR", "qiagen-rotor-gene", True),
    ("Certified Thermo Scientific 1300 Series A2 cabinets", "thermo-1300-series-bsc", True),
    ("Decontaminated the 1300 Series A2 biosafety cabinets", "thermo-1300-series-bsc", True),
]

_MAKERS = {
    "dynex-ds2": "Dynex",
    "spectramax": "Molecular Devices",
    "biotek-elx800": "BioTek",
    "miltenyi-macsquant": "Miltenyi",
    "cytek-aurora": "Cytek",
    "surestep-flexx": "LifeScan",
    "thermo-megafuge": "Thermo Scientific",
    "leica-peloris": "Leica Biosystems",
    "sakura-glas-g2": "Sakura Finetek",
    "sysmex-xn": "Sysmex Corporation",
}


def test_pass19_3_branded_products_cite_their_maker(vocabulary):
    for concept, maker in _MAKERS.items():
        assert maker in vocabulary.concepts[concept].source, concept
    assert "plate reader" not in vocabulary.concepts["dynex-ds2"].source
    assert "refractometer" not in vocabulary.concepts["urinometer"].source
    assert "grossing" not in vocabulary.concepts["autopsy-table"].source
    assert "elisa-processor" in vocabulary.ancestors("dynex-ds2")
    assert vocabulary.concepts["ish-stainer"].track.value == "both"


def test_pass19_3_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
