"""Education comes before Experience although the candidate has work experience.

What it does:
    Reports an education section placed above the experience section when the experience section's
    dates add up to at least a year. A new graduate (less than a year of dated experience, or a
    clinical rotations section instead) may lead with education, and is not reported.

Why it matters:
    ASCP's career advice: once you have relevant experience, lead with it; education first signals
    an entry-level candidate. Hiring managers for experienced roles read the top third of the page
    for recent, relevant work.

Example:
    Resume: Education (B.S. 2012) above Experience (2013 - Present).
    S007 info: Education comes before Experience, but the resume shows about 13 years of experience.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, SectionKind, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import first_section, section_location, years_of_experience

CODE = "S007"
NAME = "education-before-experience"
SEVERITY = Severity.INFO

MIN_YEARS = 1.0


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when education precedes experience for an experienced candidate."""
    education = first_section(ctx.sections, {SectionKind.EDUCATION})
    experience = first_section(ctx.sections, {SectionKind.EXPERIENCE})
    if education is None or experience is None or education.start > experience.start:
        return
    years = years_of_experience(ctx.resume, ctx.sections)
    if years < MIN_YEARS:
        return
    yield finding(
        sys.modules[__name__],
        f"Education comes before Experience, but the resume shows about {round(years)} "
        f"year{'s' if round(years) != 1 else ''} of experience.",
        hint="Move Experience above Education: with relevant experience, lead with it (new graduates may "
        "lead with education and clinical rotations).",
        location=section_location(ctx.resume, education),
    )
