"""Certifications or licenses come after Experience or Education.

What it does:
    Finds the first certifications or licenses section and reports it when an experience or
    education section starts before it.

Why it matters:
    Credentials such as MLS(ASCP), a state CLS license or CBET are often a threshold requirement:
    recruiters check them first and some screening questions reject without them. Chapter 4 of the
    handbook: certifications belong near the top.

Example:
    Resume order: Summary, Experience, Education, Certifications.
    S001 warning: Certifications ('CERTIFICATIONS') come after Experience.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, SectionKind, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import CREDENTIAL_SECTIONS, first_section, label, section_location

CODE = "S001"
NAME = "certifications-below-experience"
SEVERITY = Severity.WARNING

_LATER = frozenset({SectionKind.EXPERIENCE, SectionKind.EDUCATION})


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the credentials section starts after experience or education."""
    credentials = first_section(ctx.sections, CREDENTIAL_SECTIONS)
    earlier = first_section(ctx.sections, _LATER)
    if credentials is None or earlier is None or earlier.start > credentials.start:
        return
    name = label(credentials.kind)
    yield finding(
        sys.modules[__name__],
        f"{name} ('{credentials.heading}') come after {label(earlier.kind)}.",
        hint=f"Move {name} above {label(earlier.kind)}: credentials are often a threshold requirement "
        "and should be seen first.",
        location=section_location(ctx.resume, credentials),
    )
