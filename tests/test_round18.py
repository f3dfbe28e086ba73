"""Rules fixed where the eighteenth round of held-out pairs showed them wrong: a credential still pursued is
not held when its own board or family is named between it and the words that say so ('CBET - AAMI
Credentials Institute - exam scheduled February 2027'), when the line wraps before them ('... License -
application and foreign credentials' / 'submitted to NYSED'), or when the credential is one the vocabulary
does not know but the resume names a certificate ('VisaScreen Certificate (CGFNS / ICHP) - in process')."""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import each_case
from tests.test_round16 import _statuses
from tests.test_vocab import _concepts_in, line_check


def test_a_credential_pursued_is_not_held_past_its_own_board(checker):
    posting = "Requirements\n- CBET or CLES certification\n"
    resume = "Certifications\n- CBET - AAMI Credentials Institute - exam scheduled February 2027\n"
    assert set(_statuses(checker, posting, resume).values()) == {Status.IN_PROGRESS}
    held = "Certifications\n- CBET - AAMI Credentials Institute - 2019\n"
    assert set(_statuses(checker, posting, held).values()) <= {Status.LITERAL, Status.SYNONYM}


def test_a_licence_application_submitted_on_a_wrapped_line_is_in_progress(checker):
    posting = "Requirements\n- New York State Clinical Laboratory Technologist license\n"
    resume = (
        "Licenses\n"
        "- New York State Clinical Laboratory Technologist License - application and foreign credentials\n"
        "submitted to NYSED Office of the Professions, October 2026\n"
    )
    assert set(_statuses(checker, posting, resume).values()) == {Status.IN_PROGRESS}


def test_an_unknown_certificate_in_process_is_in_progress(checker):
    posting = "Requirements\n- VisaScreen for internationally educated applicants\n"
    resume = "Certifications\n- VisaScreen Certificate (CGFNS / ICHP) - in process, expected February 2027\n"
    statuses = _statuses(checker, posting, resume)
    assert Status.IN_PROGRESS in statuses.values(), statuses
    assert not {Status.LITERAL, Status.SYNONYM} & set(statuses.values()), statuses


_BODY_LISTS = [
    ("Compounding to USP <797>/<800>", {"usp-797", "usp-800"}),
    ("Microbial limits per USP <61>/<62>", {"usp-61", "usp-62"}),
    ("USP 61/62 testing", {"usp-61", "usp-62"}),
    ("Quality system to ISO 13485 and 14971", {"iso-13485", "iso-14971"}),
    ("ISO 13485/15189 audits", {"iso-13485", "iso-15189"}),
]


def test_a_standards_bodys_numbers_joined_by_a_slash_or_and_are_each_its_standard(checker):
    """A slash joins 'USP <797>/<800>' into one token the forms could not match: each number is the body's."""
    for line, wanted in _BODY_LISTS:
        found = _concepts_in(checker, line)
        assert wanted <= found, (line, found)


_TRADE_WORDING = [
    ("Returned failed boards and pumps under RMA", "parts-management", True),
    ("Returned failed boards and pumps under RMA", "trunk-stock", False),
    ("Managed trunk stock for a three-state territory", "trunk-stock", True),
    ("Jane Doe, RMA (registered medical assistant)", "parts-management", False),
    ("Cut HER2 send-out turnaround from 9 days to 2", "turnaround-time", True),
    ("Reduced STAT chemistry turnaround by 20 minutes", "turnaround-time", True),
    ("Led the refinery turnaround in 14 days", "turnaround-time", False),
    ("Turnaround specialist for retail clients, 30 days", "turnaround-time", False),
]


def test_the_trades_own_wording_of_rma_and_turnaround_counts(checker):
    """'Returned ... under RMA' is the parts return (the context list lacked the past tense); a lab's bare
    'turnaround' beside days, hours or specimens is its turnaround time; a refinery's is not."""
    each_case(_TRADE_WORDING, line_check(checker))
