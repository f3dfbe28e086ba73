"""Faults the nineteenth pass found in its fourth lot (lab instruments and lab techniques), each with the line
that showed it and one of the concept's own sense: families carrying the name of one member (the BD Viper
family's "Viper XTR", the NxTAG line's "NxTAG RPP"), now split out as their own concepts; brand names the
lemma bent onto other words ("Micro 60" rifle scopes as the Horiba Micros 60, "quantum lyser" as the
QUANTA-Lyser), now case-sensitive; line and recombinant immunoblots read as Western blots; tests missing the
parent of their kind (Xpert CT/NG, Xpert Xpress SARS-CoV-2/Flu/RSV, the i-STAT cTnI cartridge); and sources
naming only a maker, another line or cartridges the concept does not hold.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Ran GC/CT testing on the BD Viper XTR", "bd-viper-system", False),
    ("Ran GC/CT testing on the BD Viper XTR", "bd-viper-xtr", True),
    ("Maintained the BD Viper with XTR Technology", "bd-viper-xtr", True),
    ("Maintained the BD Viper LT", "bd-viper-xtr", False),
    ("Maintained the BD Viper instruments", "bd-viper-system", True),
    ("Maintained the BD Viper instruments", "bd-viper-xtr", False),
    ("Validated the NxTAG CoV Extended Panel", "luminex-nxtag-rpp", False),
    ("Validated the NxTAG CoV Extended Panel", "luminex-nxtag", True),
    ("Ran the NxTAG RPP on the MAGPIX", "luminex-nxtag-rpp", True),
    ("Ran the NxTAG RPP on the MAGPIX", "luminex-nxtag", True),
    ("Ran the NxTAG RPP on the MAGPIX", "respiratory-pathogen-panel", True),
    ("Mounted a Micro 60 rifle scope at the range", "horiba-micros-60", False),
    ("Ran CBCs on the Horiba Micros 60 in the clinic lab", "horiba-micros-60", True),
    ("Serviced the MICROS 60 hematology analyzer", "horiba-micros-60", True),
    ("Calibrated the quantum lyser unit in the optics lab", "werfen-quanta-lyser", False),
    ("Ran ANA IFA slides on the QUANTA-Lyser", "werfen-quanta-lyser", True),
    ("Performed ANA line immunoblot (EUROLINE) testing", "western-blot", False),
    ("Ran myositis line-immunoblot panels", "western-blot", False),
    ("Performed Lyme IgG immunoblot and western blotting", "western-blot", True),
    ("Protein detection by immunoblotting", "western-blot", True),
]


def test_pass19_4_concepts_are_filed_as_what_they_are(vocabulary):
    assert "bd-viper-system" in vocabulary.ancestors("bd-viper-xtr")
    rpp = vocabulary.ancestors("luminex-nxtag-rpp")
    assert "luminex-nxtag" in rpp and "respiratory-pathogen-panel" in rpp
    assert "ct-ng-assay" in vocabulary.ancestors("xpert-ct-ng")
    combo = vocabulary.ancestors("xpert-xpress-sars-cov-2-flu-rsv")
    assert "sars-cov-2-testing" in combo and "influenza-testing" in combo
    assert "troponin-testing" in vocabulary.ancestors("istat-ctni")
    assert "UF-Series" in vocabulary.concepts["sysmex-uf"].source
    assert "cTnI" not in vocabulary.concepts["istat-chemistry-cartridges"].source
    assert "IM 1300" in vocabulary.concepts["siemens-atellica-im"].source
    for cid, word in [
        ("arkray-aution", "AUTION"),
        ("arkray-aution-hybrid", "HYBRID"),
        ("nova-stat-profile-phox", "pHOx"),
        ("horiba-pentra-dx-nexus", "Nexus"),
        ("luminex-200", "Luminex 200"),
        ("siemens-atellica-1500", "Atellica 1500"),
        ("werfen-quanta-lyser", "QUANTA-Lyser"),
    ]:
        assert word in vocabulary.concepts[cid].source


def test_pass19_4_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
