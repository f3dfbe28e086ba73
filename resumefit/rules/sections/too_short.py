"""The resume is too short to show what the posting asks for.

What it does:
    Counts the words on the resume and reports fewer than 250.

Why it matters:
    A one-third page resume rarely names the equipment, instruments, credentials and outcomes a
    technical posting looks for; ATS rankings favour resumes that cover the posting's terms, and a
    recruiter has little evidence to go on.

Example:
    A 140-word resume with one job and no skills list.
    S011 warning: The resume has only 140 words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import word_count

CODE = "S011"
NAME = "resume-too-short"
SEVERITY = Severity.WARNING

MIN_WORDS = 250


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the resume has fewer than MIN_WORDS words."""
    words = word_count(ctx.resume)
    if not ctx.resume.lines or words >= MIN_WORDS:
        return
    yield finding(
        sys.modules[__name__],
        f"The resume has only {words} words.",
        hint="Add a skills and equipment list and 3-6 bullets per recent job naming the equipment or "
        "instruments, what you did, and a measurable outcome (aim for 400-800 words).",
    )
