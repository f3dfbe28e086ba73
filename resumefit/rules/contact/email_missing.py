"""No email address in the body of the resume.

What it does:
    Looks for an email address in the body text. Error when the resume has none at all; warning when
    it sits only in a table or text box. An address only in the page header or footer is reported by
    L003, not here.

Why it matters:
    Email is how recruiters reply. ATS parsers fill the contact record from the body; an address in
    a text box or a table cell is skipped or scrambled by several of them.

Example:
    Resume: "jordan.rivera@example.com" only in a text box beside the name.
    C002 warning: Your email address appears only in a table or text box.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Region, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.contact.details import EDGE_REGIONS, email_candidates, line_location

CODE = "C002"
NAME = "email-not-in-body"
SEVERITY = Severity.ERROR


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the body has no email address (header and footer placement is L003's)."""
    lines = [line for line in ctx.resume.lines if email_candidates(line.text)]
    if not ctx.resume.lines or any(line.region in (Region.BODY, *EDGE_REGIONS) for line in lines):
        return
    rule = sys.modules[__name__]
    if lines:
        yield finding(
            rule,
            "Your email address appears only in a table or text box.",
            hint="Repeat the email address as plain body text under your name.",
            location=line_location(ctx, lines[0]),
            severity=Severity.WARNING,
        )
        return
    yield finding(
        rule,
        "The resume has no email address.",
        hint="Add a professional email address under your name (e.g. jordan.rivera@example.com).",
    )
