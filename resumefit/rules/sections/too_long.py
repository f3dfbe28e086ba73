"""The resume is longer than its career stage supports.

What it does:
    Counts pages (from the layout; for plain-text formats, estimated at 500 words a page) and
    estimates years of experience from the date ranges in the experience sections. Reports more
    than 2 pages with under 10 years of experience, or more than 3 pages at any stage.

Why it matters:
    Recruiters spend seconds on a first read. Two pages hold the credentials, equipment and outcomes
    of a decade of work; beyond that, older duties crowd out the evidence a posting asks for.

Example:
    A 3-page resume with experience dated 2019 - Present.
    S010 warning: The resume runs 3 pages with about 6 years of experience.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import page_count, years_of_experience

CODE = "S010"
NAME = "resume-too-long"
SEVERITY = Severity.WARNING

SENIOR_YEARS = 10
PAGES_BELOW_SENIOR = 2
PAGES_ANY = 3


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when pages exceed the limit for the estimated years of experience."""
    pages = page_count(ctx.resume)
    years = years_of_experience(ctx.resume, ctx.sections)
    limit = PAGES_BELOW_SENIOR if years < SENIOR_YEARS else PAGES_ANY
    if pages <= limit:
        return
    yield finding(
        sys.modules[__name__],
        f"The resume runs {pages} pages with about {round(years)} years of experience.",
        hint=f"Cut to {limit} pages: shorten older or unrelated jobs to a line each, merge "
        "duplicate bullets, and keep the equipment, credentials and outcomes the posting asks for.",
    )
