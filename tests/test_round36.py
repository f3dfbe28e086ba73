"""Rules fixed where the thirty-sixth round of held-out pairs showed them wrong: a negation spells its
letter of an acronym ('QNS', 'quantity not sufficient'); a small word is never a misspelling of another word
('detector and' for 'detector gain'); describing words in brackets after a known term name kinds of it
('X-ray equipment (radiographic, fluoroscopic, mammography or dental)'); and what a duty records is read once
its verb is off ('record root cause')."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses, _terms


def test_a_negation_spells_its_letter(checker):
    posting = "Duties\n- Track QNS specimens and request redraws.\n"
    status = _statuses(checker, posting, "Experience\n- Logged quantity not sufficient specimens daily\n")
    assert status["QNS"] is Status.SYNONYM, status
    # small words still spell nothing: 'samples of the' is no 'SOT'
    status = _statuses(
        checker, "Duties\n- Maintain the SOT log.\n", "Experience\n- Kept samples of the day\n"
    )
    assert status.get("SOT", Status.MISSING) is Status.MISSING, status


def test_a_small_word_is_no_misspelling(checker):
    posting = "Duties\n- Calibrate detector gain on flat panels.\n"
    resume = "Experience\n- Carestream DRX detector and generator service, 2018\n"
    status = _statuses(checker, posting, resume)
    assert status.get("detector gain", Status.MISSING) is Status.MISSING, status
    # a misspelt word still counts
    status = _statuses(
        checker, "Duties\n- Maintain infusion pumps.\n", "Experience\n- Fixed infusoin pumps\n"
    )
    assert status["infusion pumps"] is Status.SYNONYM, status


def test_describing_words_in_brackets_after_a_known_term_are_its_kinds(checker):
    posting = (
        "Requirements\n- 3+ years of service on diagnostic X-ray equipment (radiographic, fluoroscopic, "
        "mammography or dental).\n"
    )
    terms = _terms(checker, posting, "Experience\n- Serviced radiographic and R/F rooms\n")
    met = [t for t in terms if t.status is Status.LITERAL and "radiographic" in t.resume_forms]
    assert met, [(t.requirement.posting_form, t.status, t.resume_forms) for t in terms]
    # without the brackets a describing word names nothing ('read electrical and pneumatic schematics')
    forms = {
        t.requirement.posting_form
        for t in _terms(
            checker, "Duties\n- Read electrical and pneumatic schematics.\n", "Skills\n- wiring\n"
        )
    }
    assert not forms & {"electrical", "pneumatic"}, forms


def test_what_a_duty_records_is_read_once_its_verb_is_off(checker):
    posting = "Duties\n- Diagnose the failed component, and record root cause and failure codes.\n"
    status = _statuses(checker, posting, "Experience\n- Wrote root cause notes for every failed board\n")
    assert status["root cause"] is Status.LITERAL, status
