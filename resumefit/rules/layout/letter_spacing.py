"""Words set with spaces between their letters ("E X P E R I E N C E").

What it does:
    Lists the words the reader found spread out letter by letter and joined back together.

Why it matters:
    To an ATS, "S K I L L S" is six one-letter words, not a heading: the section is not recognised
    and its contents may be filed under the previous section. Keywords spaced this way never match.

Example:
    Headings typed as "E X P E R I E N C E" for a spaced-out look.
    L010 warning: Letter-spaced words an ATS reads as single letters: EXPERIENCE, SKILLS.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.places import join_names, line_location

CODE = "L010"
NAME = "letter-spaced-words"
SEVERITY = Severity.WARNING


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding naming the letter-spaced words."""
    words = ctx.resume.layout.letter_spaced
    if not words:
        return
    line = next((line for line in ctx.resume.lines if words[0] in line.text), None)
    yield finding(
        sys.modules[__name__],
        f"Letter-spaced words an ATS reads as single letters: {join_names(words)}.",
        hint="Type the words normally; for a spaced look use the font's character spacing setting instead.",
        location=line_location(ctx, line) if line else None,
    )
