"""The posting asks for a credential and the resume has no certifications or licenses section.

What it does:
    When the posting requires a credential or license (MLS(ASCP), a state license, CBET, ...), checks
    that the resume has a section headed as certifications, licenses or credentials.

Why it matters:
    Recruiters and ATS parsers look for credentials under a heading of their own. A certification
    buried in a summary sentence or a job bullet is easy to miss, and some parsers fill the
    "certifications" field only from such a section.

Example:
    Posting: "Required: MLS(ASCP) or MLT(ASCP)."  Resume: no certifications section.
    S002 warning: The posting requires a credential ('MLS(ASCP)') but the resume has no
    Certifications section.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import is_condition
from resumefit.models import Category, Finding, Importance, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import quoted
from resumefit.rules.sections.outline import CREDENTIAL_SECTIONS, first_section

CODE = "S002"
NAME = "certifications-section-missing"
SEVERITY = Severity.WARNING

_CREDENTIALS = {Category.CREDENTIAL, Category.LICENSE}


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when a required credential meets a resume without a credentials section."""
    if ctx.posting is None or first_section(ctx.sections, CREDENTIAL_SECTIONS):
        return
    wanted = [
        r.posting_form
        for r in ctx.posting.requirements
        if r.category in _CREDENTIALS and r.importance is Importance.REQUIRED and not is_condition(r)
    ]
    if not wanted:
        return
    yield finding(
        sys.modules[__name__],
        f"The posting requires a credential ({quoted(wanted[:3])}) "
        "but the resume has no Certifications section.",
        hint="Add a 'Certifications and Licenses' section near the top listing each credential with the "
        "certifying body and year (or the date you expect to sit for the exam).",
    )
