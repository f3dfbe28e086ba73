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
