"""A posting term is on the resume only under another name.

What it does:
    Reports each posting term that the resume answers with a synonym, abbreviation or equivalent
    credential rather than the posting's own wording ("IV pumps" for "infusion pumps",
    "MT(ASCP)" for "MLS(ASCP)"). Warning for required terms, info otherwise.

Why it matters:
    Many applicant tracking systems match literally. A recruiter searching the posting's phrase
    will not find a resume that says the same thing differently, so mirror the posting's
    terminology where it is truthful.

Example:
    Posting: "Required: infusion pumps."  Resume: "Repaired and calibrated IV pumps."
    K003 warning: The posting says 'infusion pumps'; your resume says 'IV pumps'.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import synonym_advice
from resumefit.models import Finding, Importance, Severity, Status
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import first_location

CODE = "K003"
NAME = "posting-wording-not-used"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per posting term with status synonym."""
    rule = sys.modules[__name__]
    for result in ctx.terms:
        if result.status is not Status.SYNONYM:
            continue
        severity = Severity.WARNING if result.requirement.importance is Importance.REQUIRED else Severity.INFO
        advice = synonym_advice(result)
        yield finding(
            rule, advice.message, hint=advice.hint, location=first_location(ctx, result), severity=severity
        )
