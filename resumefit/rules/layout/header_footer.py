"""Content in the page header or footer.

What it does:
    Quotes the text the reader found in page headers and footers (for PDFs: the top and bottom band
    of each page, or lines repeated on every page), ignoring bare page numbers.

Why it matters:
    Headers and footers are read inconsistently: some ATS drop them, some paste them into the middle
    of your experience on every page. Anything important there (name, licence number) may be lost.

Example:
    "Dana Whitfield - Resume - Page 2" in the footer.
    L014 info: The page header or footer holds text some ATS skip: "Dana Whitfield - Resume".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import FURNITURE, line_location, lines_in, quote

CODE = "L014"
NAME = "header-footer-content"
SEVERITY = Severity.INFO

PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding quoting the first header or footer line that is more than a page number."""
    lines = [line for line in lines_in(ctx.resume, FURNITURE) if not PAGE_NUMBER.match(line.text.strip())]
    if not lines:
        return
    yield finding(
        sys.modules[__name__],
        f"The page header or footer holds text some ATS skip: {quote(lines[0].text)}.",
        hint="Keep anything that matters (name, contact, licence numbers) in the body text.",
        location=line_location(ctx, lines[0]),
    )
