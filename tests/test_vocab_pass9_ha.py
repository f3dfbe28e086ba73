"""The pass over every file, laboratory instruments (the first half of the file): model names and codes that
read another sense, each with a line that failed before the pass and a line showing it still counts.

Guarded: ARCHITECT c4000, c8000 and c16000 (Dell PowerEdge servers), AutoMate 1200 (automating invoices),
Power Express (a courier), Xpert (a learning platform), MicroSlides (microscope slides), TEG (glycol
dehydration at a gas plant), Tigris (the river), Horizon Mini (a minibar fridge), ARIES (a Navy programme),
ACT Plus (the college admission test) and IH-1000 and IH-500 (International Harvester tractors).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_INSTRUMENTS_FIRST_HALF_PASS_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Racked Dell PowerEdge C8000 servers in the data center", "abbott-architect-c8000", False),
    ("Automate 1200 invoices per day with UiPath", "beckman-automate-1200", False),
    ("Power Express courier dispatcher", "beckman-power-express", False),
    ("Xpert Learning platform administrator", "cepheid-xpert-assays", False),
    ("Prepared microslides for the microscopy class", "dry-slide-chemistry", False),
    ("TEG dehydration unit operator at the gas plant", "haemonetics-teg", False),
    ("Field survey along the Tigris River", "hologic-tigris", False),
    ("Horizon Mini fridge restocking for the hotel", "horizon-mini-centrifuge", False),
    ("ARIES program manager for the Navy", "luminex-aries", False),
    ("Scored 32 on the ACT Plus Writing exam", "medtronic-act-plus", False),
    ("Restored an International Harvester IH 1000 tractor", "biorad-ih-1000", False),
]

_FORMS_GUARDED_IN_THE_INSTRUMENTS_FIRST_HALF_PASS_STILL_COUNT_CASES = [
    ("Abbott ARCHITECT c8000 chemistry analyzer", "abbott-architect-c8000", True),
    ("Beckman AutoMate 1200 pre-analytical line", "beckman-automate-1200", True),
    ("Beckman Power Express automation track", "beckman-power-express", True),
    ("Cepheid Xpert MRSA and C. diff assays", "cepheid-xpert-assays", True),
    ("VITROS MicroSlides for dry slide chemistry", "dry-slide-chemistry", True),
    ("TEG", "haemonetics-teg", True),
    ("TEG 5000 viscoelastic testing for the OR", "haemonetics-teg", True),
    ("Hologic Tigris for Aptima CT/NG", "hologic-tigris", True),
    ("Horizon Mini centrifuge for STAT spins", "horizon-mini-centrifuge", True),
    ("Luminex ARIES molecular assays", "luminex-aries", True),
    ("Medtronic ACT Plus in the cath lab", "medtronic-act-plus", True),
    ("Bio-Rad IH-1000 blood bank analyzer", "biorad-ih-1000", True),
]


def test_the_instruments_first_half_pass_keeps_other_senses_out(checker):
    each_case(_THE_INSTRUMENTS_FIRST_HALF_PASS_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_instruments_first_half_pass_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_INSTRUMENTS_FIRST_HALF_PASS_STILL_COUNT_CASES, line_check(checker))
