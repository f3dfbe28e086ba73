"""No text can be extracted from the resume.

What it does:
    Counts the characters of text the reader extracted. Reports an error when there are fewer than
    20: the file is a scan, an image export, or text turned into outlines.

Why it matters:
    An ATS reads the text layer, not the picture. With no text, every keyword, credential and date is
    invisible to it and the application is scored as empty.

Example:
    A resume exported from a design tool as one flattened image per page.
    L001 error: No text could be extracted: an ATS will see an empty resume.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding

CODE = "L001"
NAME = "no-extractable-text"
SEVERITY = Severity.ERROR

MIN_CHARS = 20


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the document has (almost) no text."""
    if sum(len(line.text.strip()) for line in ctx.resume.lines) >= MIN_CHARS:
        return
    yield finding(
        sys.modules[__name__],
        "No text could be extracted: an ATS will see an empty resume.",
        hint="Export a text-based PDF from Word or Google Docs (not a scan or an image), or send the .docx.",
    )
