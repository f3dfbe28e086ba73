"""The candidate's name is not in the body at the top of the resume.

What it does:
    Looks for a name-shaped line (two to four capitalised words, optionally followed by a credential
    such as ", MLS(ASCP)") above the first section heading or in a contact section, in the body text.
    Reports when the name is only in the page header or footer, a table or a text box, or when no
    such line is found.

Why it matters:
    Many ATS parsers skip headers, footers and text boxes and scramble tables, so a name placed there
    can leave the candidate record nameless, and a recruiter's search by name fails.

Example:
    Resume: "Jordan Rivera, CBET" only in the Word page header.
    C001 warning: Your name appears only in the page header or footer.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.contact.details import (
    REGION_NAMES,
    body_lines,
    line_location,
    looks_like_name,
    outside_body,
    top_lines,
)

CODE = "C001"
NAME = "name-not-in-body"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when no name-shaped line sits at the top of the body."""
    if not ctx.resume.lines or any(looks_like_name(line.text) for line in top_lines(ctx, body_lines(ctx))):
        return
    rule = sys.modules[__name__]
    elsewhere = [line for line in outside_body(ctx) if looks_like_name(line.text)]
    if elsewhere:
        place = REGION_NAMES[elsewhere[0].region]
        yield finding(
            rule,
            f"Your name ('{elsewhere[0].text.strip()}') appears only in {place}.",
            hint="Put your name as the first line of the body text, as plain text; many ATS parsers skip "
            "headers, footers and text boxes and scramble tables.",
            location=line_location(ctx, elsewhere[0]),
        )
        return
    yield finding(
        rule,
        "No name found at the top of the resume.",
        hint="Start the resume with your name on a line of its own (e.g. 'Jordan Rivera, CBET'), in the body "
        "text, not in a header, table or text box.",
    )
