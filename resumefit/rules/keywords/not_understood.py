"""A requirement line of the posting from which resumefit could read no term.

What it does:
    Lists each bullet of the posting's requirements or duties (and each line under a qualifications
    heading) in which resumefit found no term at all, neither one its vocabulary knows nor a standard
    number, acronym, product name or "experience with ..." phrase, with the line's text.

Why it matters:
    A requirement resumefit cannot read is one it cannot check. Listing it, rather than dropping it in
    silence, tells you which of the posting's asks you must compare with your resume yourself.

Example:
    Posting: "- Comfortable leading vendor escalations end to end"
    K008 info: resumefit could not read a term from this mentioned posting line, so it did not check it:
    'Comfortable leading vendor escalations end to end'.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import not_understood_advice
from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding

CODE = "K008"
NAME = "requirement-not-understood"
SEVERITY = Severity.INFO


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per posting line that yielded no term."""
    if ctx.posting is None:
        return
    rule = sys.modules[__name__]
    for item in ctx.posting.not_understood:
        advice = not_understood_advice(item.text, item.importance)
        yield finding(rule, advice.message, hint=advice.hint)
