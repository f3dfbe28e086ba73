"""A posting term appears only where some ATS parsers do not read.

What it does:
    Reports each posting term that the resume mentions only inside a page header, footer, table or
    text box (the matcher marks these results as at risk).

Why it matters:
    Several applicant tracking systems drop headers, footers and text boxes, and some flatten
    tables into unreadable runs. A credential or instrument that lives only there may be invisible
    to the screening software even though a person sees it.

Example:
    Resume: "CBET" only in the page header next to the name.
    K005 warning: 'CBET' appears only in a header, where some ATS parsers do not read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import at_risk_advice
from resumefit.models import Finding, Severity, TermResult
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import first_location

CODE = "K005"
NAME = "term-only-in-risky-region"
SEVERITY = Severity.WARNING

_PLACES = {"header": "a header", "footer": "a footer", "table": "a table", "text_box": "a text box"}


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per present posting term whose every mention sits outside the body."""
    rule = sys.modules[__name__]
    for result in ctx.terms:
        if not result.at_risk or not result.status.is_met:
            continue
        advice = at_risk_advice(result, _places(result))
        yield finding(rule, advice.message, hint=advice.hint, location=first_location(ctx, result))


def _places(result: TermResult) -> str:
    regions = dict.fromkeys(_PLACES.get(m.region.value, m.region.value) for m in result.mentions)
    return " or ".join(regions) or "a header, footer, table or text box"
