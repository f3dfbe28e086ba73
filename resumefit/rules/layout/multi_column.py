"""A layout in two or more columns, which an ATS may read out of order.

What it does:
    Uses the columns the PDF reader found on each page. Warns when a page has more than one column;
    reports an error when a page's reading order switches between columns more than once (blocks of
    columns stacked under full-width lines), where even column-aware parsers often lose the order.

Why it matters:
    Many ATS read straight across the page. A sidebar's "Hematology" ends up glued to a sentence about
    your last job, headings land under the wrong section, and dates detach from their employers.

Example:
    A sidebar with skills and certifications beside the experience section.
    L004 warning: Page 1 is laid out in 2 columns: an ATS may read them out of order.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Document, Finding, Location, Severity
from resumefit.rules.base import RuleContext, finding

CODE = "L004"
NAME = "multi-column-layout"
SEVERITY = Severity.WARNING


def column_switches(doc: Document, page: int) -> int:
    """How many times the reading order of ``page`` moves from one column to another."""
    columns = [line.column for line in doc.lines if line.page == page and line.column > 0]
    return sum(1 for a, b in zip(columns, columns[1:], strict=False) if a != b)


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per page laid out in columns."""
    for page, count in enumerate(ctx.resume.layout.columns_per_page, start=1):
        if count < 2:
            continue
        interleaved = column_switches(ctx.resume, page) > count - 1
        yield finding(
            sys.modules[__name__],
            _message(page, count, interleaved),
            hint="Use a single column: put skills and certifications in their own sections, top to bottom.",
            location=Location(page=page),
            severity=Severity.ERROR if interleaved else None,
        )


def _message(page: int, count: int, interleaved: bool) -> str:
    if interleaved:
        return f"Page {page} stacks several {count}-column blocks: an ATS will read it out of order."
    return f"Page {page} is laid out in {count} columns: an ATS may read them out of order."
