"""Rules fixed where the thirty-seventh round of held-out pairs showed them wrong: a degree the summary says
is being finished ('while finishing a B.S. in Microbiology') is not held."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses


def test_a_degree_being_finished_is_in_progress(checker):
    posting = "Requirements\n- Bachelor's degree in microbiology or biology.\n"
    resume = (
        "Summary\nClinical microbiology MLT while finishing a B.S. in Microbiology.\n"
        "Education\nB.S., Microbiology - Long River State University, in progress, expected May 2027\n"
    )
    assert _statuses(checker, posting, resume)["Bachelor's degree"] is Status.IN_PROGRESS
    # a degree finished before the work that followed is held
    held = "Summary\nAfter finishing my B.S. in Microbiology in 2015, I joined the lab.\n"
    assert _statuses(checker, posting, held)["Bachelor's degree"] is not Status.IN_PROGRESS


def test_a_phrase_no_clause_opens_with_is_no_duty(checker):
    posting = (
        "Duties\n- Store frozen tissue in ultra-low freezers and ship aliquots on dry ice for gene tests.\n"
        "- Prepare and QC culture media; document QC in the media log.\n"
    )
    resume = "Experience\n- Shipped frozen muscle on dry ice\n- Made culture media for the micro bench\n"
    status = _statuses(checker, posting, resume)
    assert status.get("dry ice") is Status.LITERAL, status
    assert status.get("culture media") is Status.LITERAL, status
    # a clause that opens with the verb is still a duty: 'repair pumps' names no thing
    duties = _statuses(checker, "Duties\n- Inspect beds, repair pumps and log work.\n", "Skills\n- pumps\n")
    assert "repair pumps" not in duties, duties
