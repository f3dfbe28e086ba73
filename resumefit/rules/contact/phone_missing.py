"""No phone number in the body of the resume.

What it does:
    Looks for a phone number at the top of the body text (above the first heading or in a contact
    section). Reports when there is none, or when it sits only in a table or text box. A number only
    in the page header or footer is reported by L003, not here.

Why it matters:
    Hiring managers for clinical and field service roles often call to schedule. ATS parsers fill
    the contact record from the body; a number in a text box or table cell may be lost.

Example:
    Resume: "(312) 555-0142" only in a text box beside the name.
    C003 warning: Your phone number appears only in a table or text box.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Region, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.contact.details import EDGE_REGIONS, line_location, phone_candidates, top_lines

CODE = "C003"
NAME = "phone-not-in-body"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the top of the body has no phone number (header and footer placement is L003's)."""
    if not ctx.resume.lines:
        return
    lines = [line for line in top_lines(ctx, list(ctx.resume.lines)) if phone_candidates(line.text)]
    lines += [
        line for line in ctx.resume.lines if line.region in EDGE_REGIONS and phone_candidates(line.text)
    ]
    if any(line.region in (Region.BODY, *EDGE_REGIONS) for line in lines):
        return
    rule = sys.modules[__name__]
    if lines:
        yield finding(
            rule,
            "Your phone number appears only in a table or text box.",
            hint="Repeat the phone number as plain body text under your name.",
            location=line_location(ctx, lines[0]),
        )
        return
    yield finding(
        rule,
        "The resume has no phone number near the top.",
        hint="Add a phone number with area code under your name, e.g. (312) 555-0142.",
    )
