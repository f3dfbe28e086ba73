"""PDF fonts embedded without a character map (ToUnicode).

What it does:
    Names the composite and Type 3 fonts in a PDF that carry no ToUnicode map.

Why it matters:
    Without the map, the letters on the page are just glyph numbers. Some readers guess, many do not:
    text in these fonts can reach the ATS as junk or not at all, even when it looks fine on screen.

Example:
    A PDF made by a "print to PDF" driver that subsets fonts without maps.
    L012 warning: Text in font DejaVuSansBook has no character map; an ATS may not read it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import join_names

CODE = "L012"
NAME = "fonts-without-character-map"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding naming the fonts without a character map."""
    fonts = ctx.resume.layout.fonts_without_unicode
    if not fonts:
        return
    noun = "font" if len(fonts) == 1 else "fonts"
    yield finding(
        sys.modules[__name__],
        f"Text in {noun} {join_names(fonts)} has no character map; an ATS may not read it.",
        hint="Export the PDF again from the original (Word: Save as PDF), or switch to a standard font.",
    )
