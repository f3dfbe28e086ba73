"""Text boxes, and the terms an ATS would lose with them.

What it does:
    Finds text in Word text boxes (floating shapes). Lists the vocabulary terms that appear only there,
    or quotes the text when no known term does.

Why it matters:
    Text boxes live outside the document's main text flow. Many ATS parsers skip them entirely, so an
    analyzer, a credential or a modality named only in a box never reaches the keyword match.

Example:
    "Sysmex XN-1000" and "MLS(ASCP)" in a text box beside the summary.
    L006 warning: 1 text box holds text an ATS may drop, including Sysmex XN-1000, MLS(ASCP).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Mention, Region, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import join_names, line_location, lines_in, quote

CODE = "L006"
NAME = "text-boxes"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when any text sits in a text box."""
    lines = lines_in(ctx.resume, [Region.TEXT_BOX])
    if not lines:
        return
    boxes = max(ctx.resume.layout.text_boxes, 1)
    noun = "text box holds" if boxes == 1 else "text boxes hold"
    boxed = [m for m in ctx.resume_mentions if m.region == Region.TEXT_BOX]
    outer = [m for m in boxed if not any(_inside(m, other) for other in boxed)]
    terms = list(dict.fromkeys(m.form for m in outer))
    detail = f"including {join_names(terms)}" if terms else f"e.g. {quote(lines[0].text)}"
    yield finding(
        sys.modules[__name__],
        f"{boxes} {noun} text an ATS may drop, {detail}.",
        hint="Move the text out of the text box into ordinary paragraphs in the body.",
        location=line_location(ctx, lines[0]),
    )


def _inside(mention: Mention, other: Mention) -> bool:
    """'Sysmex' inside 'Sysmex XN-1000': list the term as written, once."""
    same_line = mention.line == other.line and mention is not other
    return (
        same_line
        and other.start <= mention.start
        and mention.end <= other.end
        and other.end - other.start > (mention.end - mention.start)
    )
