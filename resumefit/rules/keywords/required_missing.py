"""A term the posting requires is nowhere on the resume.

What it does:
    Reports each posting term marked as required (an equipment class, modality, instrument,
    credential, standard, ...) that the resume does not mention under any name, including the
    alternatives the posting accepts ("MLT(ASCP) or MLT(AMT)"). A term outside the vocabulary is
    looked for only as the posting words it, so the message says the resume does not use this wording.

Why it matters:
    Applicant tracking systems and recruiters screen on required terms first. A resume that never
    names a required credential or equipment class is often filtered out before a person reads it,
    however capable the applicant is.

Example:
    Posting: "Required: experience with infusion pumps and defibrillators."
    Resume: mentions defibrillators but no infusion pumps.
    K001 error: The posting requires 'infusion pumps'; the resume does not mention it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import in_progress_advice, is_condition, missing_advice
from resumefit.models import Finding, Importance, Severity, Status
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import alternative_names

CODE = "K001"
NAME = "required-term-missing"
SEVERITY = Severity.ERROR


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per required posting term with status missing; job conditions are listed, not failed on."""
    rule = sys.modules[__name__]
    for result in ctx.terms:
        req = result.requirement
        if result.status.is_met or req.importance is not Importance.REQUIRED or is_condition(req):
            continue
        advice = missing_advice(result, alternative_names(ctx, result))
        if result.status is Status.IN_PROGRESS:
            advice = in_progress_advice(result)
        yield finding(rule, advice.message, hint=advice.hint)
