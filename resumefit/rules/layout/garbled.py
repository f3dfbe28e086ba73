"""Text that extracts as unreadable glyphs.

What it does:
    Reports the runs of glyphs the reader could not turn into letters: pdfminer's "(cid:N)" stand-ins,
    the replacement character, and runs of private-use code points, with a sample.

Why it matters:
    What you see on screen is not what the ATS gets. A font embedded without a character map turns
    "Hematology analyzer" into "(cid:1)(cid:2)..." in the ATS: those words cannot match anything.

Example:
    A PDF exported with a subset font that lacks a ToUnicode map.
    L008 error: Some text extracts as unreadable glyphs, e.g. "(cid:1)(cid:2)": an ATS sees junk there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import line_location, quote

CODE = "L008"
NAME = "garbled-glyphs"
SEVERITY = Severity.ERROR


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when any glyph run could not be read, quoting the first."""
    samples = ctx.resume.layout.garbled
    if not samples:
        return
    sample = samples[0]
    line = next((line for line in ctx.resume.lines if sample in line.text), None)
    yield finding(
        sys.modules[__name__],
        f"Some text extracts as unreadable glyphs, e.g. {quote(sample, 40)}: an ATS sees junk there.",
        hint="Re-export the PDF with fonts embedded as Unicode (Word: Save as PDF), or use a standard font.",
        location=line_location(ctx, line) if line else None,
    )
