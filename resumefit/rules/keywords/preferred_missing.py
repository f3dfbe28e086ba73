"""A term the posting prefers is nowhere on the resume.

What it does:
    Reports each posting term marked as preferred ("preferred", "a plus", "nice to have") that the
    resume does not mention under any name. A term outside the vocabulary is looked for only as the
    posting words it, so the message says the resume does not use this wording.

Why it matters:
    Preferred terms decide between applicants who all meet the requirements. Many ATS rankings
    count them, and a recruiter comparing two qualified resumes looks for them next.

Example:
    Posting: "CBET preferred."
    Resume: no CBET and no "Certified Biomedical Equipment Technician".
    K002 warning: The posting prefers 'CBET'; the resume does not mention it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import in_progress_advice, is_condition, missing_advice
from resumefit.models import Finding, Importance, Severity, Status
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import alternative_names

CODE = "K002"
NAME = "preferred-term-missing"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per preferred posting term with status missing; job conditions are not failed on."""
    rule = sys.modules[__name__]
    for result in ctx.terms:
        req = result.requirement
        if result.status.is_met or req.importance is not Importance.PREFERRED or is_condition(req):
            continue
        advice = missing_advice(result, alternative_names(ctx, result))
        if result.status is Status.IN_PROGRESS:
            advice = in_progress_advice(result)
        yield finding(rule, advice.message, hint=advice.hint)
