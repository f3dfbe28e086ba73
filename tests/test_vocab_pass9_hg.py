"""The pass over every file, manufacturers, apheresis and laboratory sections: forms that read another sense,
each with a line that failed before the pass and a line showing the form still counts in its own sense.

Guarded: Philips against its lighting and consumer products (the concept is named "Philips Healthcare"),
Siemens against turbines and other industrial lines, Standard Imaging against "standard imaging protocols"
(named "Standard Imaging Inc"), Konica against office copiers, DHQ against a police district headquarters,
Mirasol against the display technology, blood donation against organising donation drives, ABG against a
shipyard. "Life Technologies" is no form of Invitrogen: it was the company Invitrogen and Applied Biosystems
formed together.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_MAKERS_PASS_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Installed Philips Hue lighting in the smart-home showroom", "philips", False),
    ("Sold Philips shavers and Sonicare toothbrushes at the retail counter", "philips", False),
    ("Siemens turbine service training at the power plant", "siemens-healthineers", False),
    ("Followed standard imaging protocols for the knee MRI", "standard-imaging", False),
    ("Serviced Konica Minolta bizhub copiers for office clients", "konica-minolta", False),
    ("Life Technologies cell culture media sales", "invitrogen", False),
    ("District DHQ duty officer for the police division", "donor-history-questionnaire", False),
    ("Qualcomm Mirasol display prototyping", "mirasol", False),
    ("Organized quarterly blood donation drives for the Rotary club", "whole-blood-collection", False),
    ("Project engineer at ABG Shipyard", "arterial-blood-gas", False),
]

_FORMS_GUARDED_IN_THE_MAKERS_PASS_STILL_COUNT_CASES = [
    ("Philips IntelliVue and Philips ultrasound service", "philips", True),
    ("Philips", "philips", True),
    ("Siemens Atellica and ADVIA chemistry analyzers", "siemens-healthineers", True),
    ("Standard Imaging ion chambers and electrometer calibration", "standard-imaging", True),
    ("Konica CR readers and Konica DR panels in radiology", "konica-minolta", True),
    ("DHQ review and donor eligibility screening", "donor-history-questionnaire", True),
    ("Mirasol pathogen reduction of platelets", "mirasol", True),
    ("Whole blood donation and double red collections at the donor center", "whole-blood-collection", True),
    ("ABG draws and blood gas analyzer QC", "arterial-blood-gas", True),
]


def test_the_makers_pass_keeps_other_senses_out(checker):
    each_case(_THE_MAKERS_PASS_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_makers_pass_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_MAKERS_PASS_STILL_COUNT_CASES, line_check(checker))


def test_the_makers_pass_names_the_own_sense(vocabulary):
    assert vocabulary.concepts["philips"].name == "Philips Healthcare"
    assert vocabulary.concepts["standard-imaging"].name == "Standard Imaging Inc"
