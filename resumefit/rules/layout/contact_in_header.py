"""Email or phone number only in the page header or footer.

What it does:
    Finds email addresses and phone numbers. Reports an error when every one of a kind sits in the
    page header or footer (for PDFs: the top or bottom band of the page) and none in the body.

Why it matters:
    Many ATS parsers skip headers and footers. The contact record comes out empty, and a recruiter
    searching the ATS cannot reach you even if the PDF looks complete.

Example:
    "dana.whitfield@example.com | (614) 555-0142" set in the Word header.
    L003 error: Your email and phone appear only in the page header or footer.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Finding, Line, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import FURNITURE, line_location

CODE = "L003"
NAME = "contact-only-in-header-footer"
SEVERITY = Severity.ERROR

EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding naming the contact details that only the header or footer carries."""
    kinds = {"email": EMAIL, "phone": PHONE}
    stranded: list[tuple[str, Line]] = []
    for kind, pattern in kinds.items():
        found = [line for line in ctx.resume.lines if pattern.search(line.text)]
        if found and all(line.region in FURNITURE for line in found):
            stranded.append((kind, found[0]))
    if not stranded:
        return
    what = " and ".join(kind for kind, _ in stranded)
    verb = "appear" if len(stranded) > 1 else "appears"
    yield finding(
        sys.modules[__name__],
        f"Your {what} {verb} only in the page header or footer.",
        hint="Move the contact line into the body, just under your name: many ATS parsers skip headers.",
        location=line_location(ctx, stranded[0][1]),
    )
