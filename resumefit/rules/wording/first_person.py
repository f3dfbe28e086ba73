"""A bullet or summary line uses first-person pronouns.

What it does:
    Reports experience bullets and summary lines that use "I", "me" or "my" (not the roman numeral in
    a title such as "Technician I").

Why it matters:
    Resume convention in the US drops the pronoun: "Repaired 40 infusion pumps", not "I repaired".
    The pronoun costs space and reads as informal to a hiring manager.

Example:
    Bullet: "• I calibrated the chemistry analyzers every month."
    W005 info: First-person pronoun 'I' in an experience bullet.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Finding, Location, SectionKind, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.wording.bullets import experience_bullets

CODE = "W005"
NAME = "first-person-pronoun"
SEVERITY = Severity.INFO

_PRONOUN = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|Me|My|MY|ME)\b")
_TITLE_WORD = re.compile(r"(?:[A-Z][\w()-]*|\d+)[,.]?\s+$")


def first_pronoun(text: str) -> str | None:
    """The first first-person pronoun; "I" after a capitalised word is a level ("Technician I")."""
    for match in _PRONOUN.finditer(text):
        roman = match.group() == "I" and (
            _TITLE_WORD.search(text[: match.start()]) or text[match.end() :][:1] in "-,"
        )
        if not roman:
            return match.group()
    return None


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per bullet or summary line with a first-person pronoun."""
    rule = sys.modules[__name__]
    for text, where, location in _candidates(ctx):
        pronoun = first_pronoun(text)
        if pronoun:
            yield finding(
                rule,
                f"First-person pronoun '{pronoun}' in {where}.",
                hint="Drop the pronoun and start with the verb: 'Calibrated ...', not 'I calibrated ...'.",
                location=location,
            )


def _candidates(ctx: RuleContext) -> Iterator[tuple[str, str, Location]]:
    for bullet in experience_bullets(ctx):
        yield bullet.text, "an experience bullet", bullet.location
    for section in ctx.sections:
        if section.kind is SectionKind.SUMMARY:
            for line in ctx.resume.lines[section.start : section.end]:
                if line.index != section.heading_line:
                    yield (
                        line.text,
                        "the summary",
                        Location(line.page, line.index, section.heading or "summary"),
                    )
