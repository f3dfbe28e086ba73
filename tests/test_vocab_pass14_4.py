"""Faults the fourteenth pass found in lot 4 (laboratory instruments and techniques), each with the line that
showed it and one of the concept's own sense. Mostly a name with another use: a test's name that is also the
patient's condition or a result followed in care (chlamydia and gonorrhea treated in a clinic, a fetomaternal
hemorrhage managed in obstetrics, antithrombin III given as a concentrate, an HIV case manager's client CD4
counts and viral loads, a hemophilia nurse's patients' factor VIII levels). Then generic phrases of other
trades (a grocery store's frozen section, a titration's end-point method, a decapper on a fill line, a LAMP
web stack, an allograft tissue processor, polymer viscoelastic testing, an enzymatic method of cleaning,
platelet aggregation inhibitors); bare model numbers read on any product of that number (XT 7600, CH 930);
names inside longer names of other models (the BenchMark ULTRA PLUS, the StatStrip Lactate meter); a bare
"factor V" left unguarded beside its guarded sibling factors; and a source that did not say what the concept
is (frozen section)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Stocked the frozen section and dairy cases at the grocery store", "frozen-section", False),
    ("Performed frozen sections for the OR", "frozen-section", True),
    ("Administered antithrombin III concentrate to the patient", "antithrombin-assay", False),
    ("Cared for patients with antithrombin III deficiency", "antithrombin-assay", False),
    ("Antithrombin III activity on the ACL TOP", "antithrombin-assay", True),
    ("ATIII and protein C levels for thrombophilia workups", "antithrombin-assay", True),
    ("Antithrombin III and protein S assays", "antithrombin-assay", True),
    ("Case manager tracking clients' CD4 counts and viral loads", "cd4-enumeration", False),
    ("Performed CD4 counts by flow cytometry on the FACSCanto", "cd4-enumeration", True),
    ("Linked clients to care and monitored HIV viral load suppression", "hiv-viral-load", False),
    ("HIV viral load testing on the cobas 6800", "hiv-viral-load", True),
    ("Disease intervention specialist for chlamydia and gonorrhea cases", "ct-ng-assay", False),
    ("Treated patients for chlamydia and gonorrhea at the STD clinic", "ct-ng-assay", False),
    ("Chlamydia and gonorrhea testing by NAAT", "ct-ng-assay", True),
    ("Ran chlamydia/gonorrhea NAATs on the Panther", "ct-ng-assay", True),
    ("Educated hemophilia patients on factor VIII levels and prophylaxis", "factor-viii-assay", False),
    ("Ran factor VIII levels and inhibitor screens", "factor-viii-assay", True),
    (
        "Managed obstetric emergencies including fetomaternal hemorrhage",
        "fetomaternal-hemorrhage-testing",
        False,
    ),
    ("Kleihauer-Betke test for fetomaternal hemorrhage", "fetomaternal-hemorrhage-testing", True),
    ("Built LAMP stack web apps for the molecular lab assay database", "lamp", False),
    ("LAMP assay for malaria detection", "lamp", True),
    ("Operated the vial capper and decapper on the fill line", "specimen-decapper", False),
    ("Maintained decappers on the Roche automation line", "specimen-decapper", True),
    ("Titration of alkalinity by the end-point method", "endpoint-assay", False),
    ("Glucose by the end-point method on the chemistry analyzer", "endpoint-assay", True),
    ("Drove the XT 7600 forklift in the warehouse", "vitros-xt-7600", False),
    ("Ran the VITROS chemistry menu on the XT 7600", "vitros-xt-7600", True),
    ("Installed CH 930 breakers in the panel", "siemens-atellica-ch", False),
    ("Atellica CH 930 and IM 1600 analyzers", "siemens-atellica-ch", True),
    ("Ranked factor V highest in the risk matrix", "factor-v-assay", False),
    ("Factor V and factor VIII activity assays", "factor-v-assay", True),
    ("Validated the Ventana BenchMark ULTRA PLUS for PD-L1", "ventana-benchmark-ultra", False),
    ("Validated the Ventana BenchMark ULTRA PLUS for PD-L1", "ventana-benchmark-ultra-plus", True),
    ("Ran IHC on the BenchMark ULTRA stainers", "ventana-benchmark-ultra", True),
    ("Ran StatStrip Lactate meters in the ED", "nova-statstrip", False),
    ("Trained nurses on Nova StatStrip glucose meters", "nova-statstrip", True),
    ("Quality engineer at an AATB-accredited allograft tissue processor", "tissue-processor", False),
    ("Loaded cassettes on the tissue processor overnight", "tissue-processor", True),
    ("Dynamic mechanical analysis and viscoelastic testing of polymers", "viscoelastic-testing", False),
    ("Viscoelastic testing (TEG/ROTEM) for massive transfusion", "viscoelastic-testing", True),
    ("Platelet aggregation inhibitors such as clopidogrel", "platelet-aggregation", False),
    ("Platelet aggregation studies with ADP and collagen", "platelet-aggregation", True),
    ("Enzymatic method for cleaning instruments in sterile processing", "enzymatic-assay", False),
    ("Glucose by the enzymatic method", "enzymatic-assay", True),
]


def test_pass14_4_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_pass14_4_frozen_section_source_names_the_technique(vocabulary):
    assert "Anatomic Pathology" in vocabulary.concepts["frozen-section"].source


def test_pass14_4_ultra_plus_is_a_sibling_of_the_ultra(vocabulary):
    plus = vocabulary.ancestors("ventana-benchmark-ultra-plus")
    assert "ventana-benchmark" in plus and "ventana-benchmark-ultra" not in plus
