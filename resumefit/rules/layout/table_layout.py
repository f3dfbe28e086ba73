"""A Word resume laid out entirely inside a table.

What it does:
    For DOCX files, reports when most of the text (60% of the lines or more, at least 5 lines) sits in
    table cells: the table is the page layout, not a table of data.

Why it matters:
    Layout tables are a common template trick for side-by-side headings and content. ATS parsers read
    them cell by cell or row by row, so headings part from their sections and some parsers drop the
    table altogether.

Example:
    Headings in the left column of a 2-column table, their content in the right column.
    L013 warning: The resume is laid out inside a table: an ATS may read it out of order or skip it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Document, Finding, Region, Severity, SourceFormat
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import FURNITURE

CODE = "L013"
NAME = "table-layout"
SEVERITY = Severity.WARNING

MIN_SHARE = 0.6
MIN_LINES = 5


def is_table_layout(doc: Document) -> bool:
    """True when a DOCX keeps most of its text in table cells."""
    if doc.source_format != SourceFormat.DOCX:
        return False
    lines = [line for line in doc.lines if line.region not in FURNITURE]
    in_tables = sum(1 for line in lines if line.region == Region.TABLE)
    return in_tables >= MIN_LINES and in_tables >= MIN_SHARE * len(lines)


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the whole layout is built from a table."""
    if not is_table_layout(ctx.resume):
        return
    yield finding(
        sys.modules[__name__],
        "The resume is laid out inside a table: an ATS may read it out of order or skip it.",
        hint="Rebuild it as plain paragraphs with Heading styles; use tab stops instead of table columns.",
    )
