"""Pages that are pictures of text (scanned or flattened), with no text layer.

What it does:
    For PDFs, finds pages with images but fewer than 20 characters of extractable text.

Why it matters:
    Most ATS do not run OCR. Whatever is on a scanned page (a job, a licence, a skills list) is
    invisible to them, even when the rest of the resume reads fine.

Example:
    Page 2 is a scan of a printed page.
    L002 error: Page 2 looks scanned (an image with no text layer): an ATS cannot read it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Document, Finding, Location, Severity, SourceFormat
from resumefit.rules.base import RuleContext, finding

CODE = "L002"
NAME = "image-only-page"
SEVERITY = Severity.ERROR

MIN_CHARS = 20


def scanned_pages(doc: Document) -> list[int]:
    """1-based numbers of PDF pages with images and (almost) no text."""
    if doc.source_format != SourceFormat.PDF or doc.layout.images == 0:
        return []
    return [number for number, chars in enumerate(doc.layout.chars_per_page, start=1) if chars < MIN_CHARS]


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per page that looks scanned."""
    for page in scanned_pages(ctx.resume):
        yield finding(
            sys.modules[__name__],
            f"Page {page} looks scanned (an image with no text layer): an ATS cannot read it.",
            hint="Recreate the page as real text, or export from the original document instead of scanning.",
            location=Location(page=page),
        )
