"""Typographic ligatures (fi, fl, ff, ffi, ffl) in the text.

What it does:
    Counts ligature characters the reader found and spelled out as letters.

Why it matters:
    resumefit reads "ﬁ" as "fi", but some ATS parsers drop or mangle the single ligature character:
    "Certiﬁed" becomes "Certied" and "ﬂow cytometry" becomes "ow cytometry", and those keywords miss.

Example:
    A PDF from a design tool that sets "fi" as one glyph.
    L009 info: 4 ligature characters (fi, fl, ff) were found; some ATS parsers drop them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding

CODE = "L009"
NAME = "ligatures"
SEVERITY = Severity.INFO


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the text held ligature characters."""
    count = ctx.resume.layout.ligatures
    if count == 0:
        return
    noun = "character" if count == 1 else "characters"
    yield finding(
        sys.modules[__name__],
        f"{count} ligature {noun} (fi, fl, ff) were found; some ATS parsers drop them.",
        hint="Turn off ligatures in your design tool, or export the PDF from Word, which does not use them.",
    )
