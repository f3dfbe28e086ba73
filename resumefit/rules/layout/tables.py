"""Tables in the resume.

What it does:
    Counts the tables the reader found (ruled tables in PDFs, Word tables in DOCX). Stays quiet when
    the whole resume is one layout table, which L013 reports instead.

Why it matters:
    ATS parsers flatten tables in different ways: some read cell by cell, some row by row, some skip
    them. Skills or certifications kept in a grid may be scrambled or missing in the candidate record.

Example:
    Skills set in a 3 x 2 table.
    L005 warning: The resume has 1 table: an ATS may scramble or skip what is in it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Region, Severity, Track
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import line_location, lines_in
from resumefit.rules.layout.table_layout import is_table_layout

# a plain line of the resume's track, as a skills table's row would read ('both' reads as a lab)
_EXAMPLE = {
    Track.LAB: "Hematology: Sysmex XN-1000, Beckman Coulter DxH 900",
    Track.EQUIPMENT: "Test equipment: Fluke ESA620, Fluke ProSim 8, Fluke VT900A",
    Track.BOTH: "Hematology: Sysmex XN-1000, Beckman Coulter DxH 900",
}
CODE = "L005"
NAME = "tables"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the resume has tables (but is not built from one)."""
    count = ctx.resume.layout.tables
    if count == 0 or is_table_layout(ctx.resume):
        return
    cells = lines_in(ctx.resume, [Region.TABLE])
    noun, pronoun = ("table", "it") if count == 1 else ("tables", "them")
    yield finding(
        sys.modules[__name__],
        f"The resume has {count} {noun}: an ATS may scramble or skip what is in {pronoun}.",
        hint=f"Replace tables with plain lines, e.g. '{_EXAMPLE[ctx.track]}'.",
        location=line_location(ctx, cells[0]) if cells else None,
    )
