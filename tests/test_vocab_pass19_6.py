"""Faults the nineteenth pass found in lot 6 (LIS and middleware software, standards, biomedical and
radiation test equipment, bench tools, titles), each with the line that showed it and one of the concept's
own sense: a family carrying a model's form (the MaxO2 line holding the MaxO2+, now its own concept);
another setting's phrase on an unguarded form (Softlab GmbH and a misspelt Centralink read as SCC SoftLab
and Siemens CentraLink, a caregiver's fingertip "SpO2 tester" read as the biomed's oximetry simulator, a
PLC's counter-timer module read as a frequency counter); a branded product whose source named no
document (the Smart Check O2, now its FDA 510(k)); and a product line filed under one of its uses (Serim's
strips, which test dialysate as well as water, under the dialysis water test kit).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("SAP consultant at Softlab GmbH, Munich", "scc-softlab", False),
    ("Worked in the university softlab", "scc-softlab", False),
    ("Built SoftLab rules and SoftMic worklists", "scc-softlab", True),
    ("Case manager at Centralink community services", "siemens-centralink", False),
    ("Middleware: CentraLink, Data Innovations IM", "siemens-centralink", True),
    ("Checked FiO2 with a Maxtec MaxO2+ AE analyzer", "maxtec-maxo2", False),
    ("Used the MaxO2 Plus on infant incubators", "maxtec-maxo2", False),
    ("Checked FiO2 with a Maxtec MaxO2+ AE analyzer", "maxtec-maxo2-plus", True),
    ("Used the MaxO2 Plus on infant incubators", "maxtec-maxo2-plus", True),
    ("Calibrated the MaxO2 ME analyzers before ventilator PMs", "maxtec-maxo2", True),
    ("Calibrated the MaxO2 ME analyzers before ventilator PMs", "maxtec-maxo2-plus", False),
    ("Took vitals with a BP cuff and SpO2 tester for home care clients", "spo2-simulator", False),
    ("Checked residents' oxygen with a fingertip pulse oximeter tester", "spo2-simulator", False),
    ("Verified pulse oximeter accuracy with an SpO2 tester during monitor PMs", "spo2-simulator", True),
    ("Installed counter-timer modules in the PLC rack", "frequency-counter", False),
    ("Calibrated the universal counter-timer and oscilloscope", "frequency-counter", True),
    ("Tested concentrator output with the Smart Check O2", "smart-check-o2", True),
    ("Confirmed a blood leak alarm with Serim Guardian strips", "serim-test-strips", True),
]


def test_pass19_6_concepts_are_filed_as_what_they_are(vocabulary):
    assert "maxtec-maxo2" in vocabulary.ancestors("maxtec-maxo2-plus")
    assert "oxygen-analyzer" in vocabulary.ancestors("maxtec-maxo2-plus")
    assert "510(k)" in vocabulary.concepts["smart-check-o2"].source
    serim = vocabulary.ancestors("serim-test-strips")
    assert "water-test-kit" not in serim and "biomedical-test-equipment" in serim


def test_pass19_6_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
