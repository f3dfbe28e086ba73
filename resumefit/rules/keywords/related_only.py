"""A posting term is answered only by a narrower or broader term.

What it does:
    Reports each posting term whose status is related: the resume names a narrower concept
    (posting "CMMS", resume "TMS") or a broader one (posting "Sysmex XN", resume "hematology
    analyzers"), but not the posting's term. Warning for required terms, info otherwise.

Why it matters:
    A person knows TMS is a CMMS; an ATS searching for "CMMS" does not. Naming the broader term
    next to the specific product (or the specific product you used next to the class) lets both
    the software and the reader connect your experience to the posting.

Example:
    Posting: "Experience with a CMMS preferred."  Resume: "Closed work orders in TMS."
    K004 info: The posting asks for 'CMMS'; your resume names only the narrower 'TMS'.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import related_advice
from resumefit.models import Finding, Importance, Severity, Status, TermResult
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import first_location

CODE = "K004"
NAME = "related-term-only"
SEVERITY = Severity.INFO


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per posting term with status related."""
    rule = sys.modules[__name__]
    for result in ctx.terms:
        if result.status is not Status.RELATED:
            continue
        req = result.requirement
        severity = Severity.WARNING if req.importance is Importance.REQUIRED else Severity.INFO
        message, hint = _advice(ctx, result)
        yield finding(rule, message, hint=hint, location=first_location(ctx, result), severity=severity)


def _advice(ctx: RuleContext, result: TermResult) -> tuple[str, str]:
    advice = related_advice(result, broader=_is_broader(ctx, result))
    return advice.message, advice.hint


def _is_broader(ctx: RuleContext, result: TermResult) -> bool:
    """True when the resume's concept is an ancestor of the posting's concept, or the resume names only the
    known term an open one narrows ('venipuncture' for 'geriatric venipuncture')."""
    if result.broader is not None:
        return True
    found = result.via or (result.mentions[0].concept_id if result.mentions else None)
    return found is not None and found in ctx.vocabulary.ancestors(result.requirement.concept_id)
