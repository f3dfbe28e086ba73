"""The resume has no experience section.

What it does:
    Checks that the resume has a section headed as experience (professional, work, clinical, field
    service, military experience, ...). A clinical rotations or practicum section counts for a new
    graduate.

Why it matters:
    Hiring managers and ATS parsers read job titles, employers and dates from the experience
    section. Without a recognisable heading, a parser may not find your work history at all.

Example:
    Resume sections: Summary, Skills, Education, with jobs listed under "Background".
    S004 warning: The resume has no Experience section.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import WORK_SECTIONS, first_section

CODE = "S004"
NAME = "experience-section-missing"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when neither experience nor clinical rotations is present."""
    if not ctx.resume.lines or first_section(ctx.sections, WORK_SECTIONS):
        return
    yield finding(
        sys.modules[__name__],
        "The resume has no Experience section.",
        hint="Put your work history under a plain heading such as 'Professional Experience' (or "
        "'Clinical Rotations' if you are a new graduate): title, employer, dates, then bullets.",
    )
