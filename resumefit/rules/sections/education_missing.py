"""The resume has no education section.

What it does:
    Checks that the resume has a section headed as education, education and training, or military
    training.

Why it matters:
    Laboratory roles have degree requirements set by regulation (CLIA personnel rules) and
    certification eligibility routes; BMET roles ask for an associate degree or military
    biomedical training. Recruiters and ATS filters look for the degree under Education.

Example:
    Resume sections: Certifications, Skills, Experience.
    S005 warning: The resume has no Education section.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, SectionKind, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import has_section

CODE = "S005"
NAME = "education-section-missing"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when no education section exists."""
    if not ctx.resume.lines or has_section(ctx.sections, SectionKind.EDUCATION):
        return
    yield finding(
        sys.modules[__name__],
        "The resume has no Education section.",
        hint="Add an 'Education' section with degree, program (e.g. a NAACLS-accredited MLS program or a "
        "biomedical equipment technology degree, or military training), school and year.",
    )
