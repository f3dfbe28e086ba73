"""Faults the twentieth pass found in lot 3, each with the line that showed it and one of the concept's own
sense: the lemma reading 'grouping' as 'group', 'typing' as 'type' and 'banding' as 'band', so a ledger's
"reverse group of accounts", a sales team's "forward grouping", a unit's "ABO type O" and a radio engineer's
"G band radar" read as ABO typing and G-banding; another trade's phrase around a form (an
accountant's "analytical balance sheet", a finance desk's "bond prime brokerage") read as the laboratory
balance and the Leica BOND-PRIME stainer; and sources citing what is not the concept (an O*NET class list
without fluorometers, other models for the classic QIAcube and the CFX384).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Reorganized the reverse group of accounts for the ledger", "abo-typing", False),
    ("Forward grouping of sales territories by region", "abo-typing", False),
    ("Performed forward and reverse grouping on patient samples", "abo-typing", True),
    ("Resolved reverse grouping discrepancies in the blood bank", "abo-typing", True),
    ("ABO grouping and Rh typing of donor units", "abo-typing", True),
    ("Transfused ABO type O red cells to the trauma patient", "abo-typing", False),
    ("Issued ABO group-specific plasma to the ICU", "abo-typing", False),
    ("Confirmed ABO type on donor units before release", "abo-typing", True),
    ("Designed G band radar transmitters", "g-banding", False),
    ("Tested G-band waveguide components at 140 GHz", "g-banding", False),
    ("Karyotyping by G-banding of bone marrow cultures", "g-banding", True),
    ("GTG banding and FISH on amniotic fluid cultures", "g-banding", True),
    ("Prepared analytical balance sheet reconciliations for the controller", "analytical-balance", False),
    ("Calibrated analytical balances weekly with class 1 weights", "analytical-balance", True),
    ("Managed bond prime brokerage operations for the fixed income desk", "leica-bond-prime", False),
    ("Ran IHC and ISH on the Leica BOND-PRIME", "leica-bond-prime", True),
    ("Loaded slides on the BOND-PRIME for HER2 staining", "leica-bond-prime", True),
]


def test_pass20_3_concepts_are_filed_as_what_they_are(vocabulary):
    source = vocabulary.concepts["fluorometer"].source
    assert "Colorimeters" not in source and "fluorometer" in source.lower()
    assert "laboratory-balance" in vocabulary.ancestors("analytical-balance")
    assert "QIAcube HT" not in vocabulary.concepts["qiagen-qiacube"].source
    assert "CFX384" in vocabulary.concepts["biorad-cfx384"].source


def test_pass20_3_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
