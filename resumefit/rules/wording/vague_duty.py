"""An experience bullet states a vague duty instead of naming the work.

What it does:
    Flags experience bullets built on a generic duty phrase ("maintained medical equipment", "ran
    tests", "responsible for", "worked on equipment", "performed testing", "duties included",
    "helped with") that name no equipment, instrument or modality the vocabulary knows. The hint
    names up to three of the posting's own equipment, instrument or modality terms that the resume
    lacks or words differently, so the bullet can become specific where that is truthful.

Why it matters:
    Chapter 4: "Where a general resume might say 'maintained medical equipment', a strong BMET resume
    names the equipment classes, modalities and systems". Vague duties match no ATS search and prove
    nothing to a technical reader.

Example:
    Posting asks for infusion pumps and defibrillators.  Bullet: "• Maintained medical equipment."
    W001 warning: Vague duty 'maintained medical equipment' names no equipment or instrument.
    Hint: ... the posting names 'infusion pumps' and 'defibrillators'; name those you actually
    worked on and the outcome ...
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Category, Finding, Mention, Severity, Status
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import quoted
from resumefit.rules.wording.bullets import Bullet, experience_bullets

CODE = "W001"
NAME = "vague-duty"
SEVERITY = Severity.WARNING

VAGUE_DUTIES: tuple[str, ...] = (
    r"maintained (?:all |various |the )?(?:medical |biomedical |hospital |clinical |lab |laboratory )?"
    r"equipment",
    r"(?:ran|run|running) (?:lab |laboratory |various |the |patient )?(?:tests|samples|specimens)",
    r"responsible for",
    r"worked (?:on|with) (?:the |various |medical |hospital )*equipment",
    r"performed (?:lab |laboratory |various |routine |all )?(?:testing|tests)",
    r"duties (?:included|include|were)",
    r"helped (?:with|to|out)",
    r"assisted with (?:various|daily|general)",
    # only at the start: "testing on incoming and repaired equipment" is not a vague duty
    r"^(?:fixed|repaired) (?:medical |hospital |various )?(?:equipment|devices|machines)",
    r"various (?:tasks|duties)",
)
_VAGUE = re.compile(r"\b(?:" + "|".join(VAGUE_DUTIES) + r")\b", re.IGNORECASE)
SPECIFIC = frozenset({Category.EQUIPMENT, Category.MODALITY, Category.INSTRUMENT, Category.TEST_EQUIPMENT})
MAX_SUGGESTIONS = 3


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per vague bullet that names no specific equipment or instrument."""
    rule = sys.modules[__name__]
    hint = _hint(ctx)
    by_line: dict[int, list[Mention]] = {}  # a scan of every mention per bullet was quadratic
    for mention in ctx.resume_mentions:
        by_line.setdefault(mention.line, []).append(mention)
    for bullet in experience_bullets(ctx):
        match = _VAGUE.search(bullet.text)
        if match and not _names_equipment(ctx, by_line, bullet, match.group()):
            yield finding(
                rule,
                f"Vague duty '{match.group().lower()}' names no equipment, instrument or modality.",
                hint=hint,
                location=bullet.location,
            )


def _names_equipment(ctx: RuleContext, by_line: dict[int, list[Mention]], bullet: Bullet, vague: str) -> bool:
    """True when the bullet mentions specific equipment outside the vague phrase ("medical equipment")."""
    for mention in (m for line in bullet.lines for m in by_line.get(line, ())):
        concept = ctx.vocabulary.concepts.get(mention.concept_id)
        generic = mention.form.lower() in vague.lower()
        if concept and concept.category in SPECIFIC and not generic:
            return True
    return False


def posting_suggestions(ctx: RuleContext) -> list[str]:
    """Up to three posting equipment/instrument/modality terms the resume lacks or words differently."""
    wanted = [
        r
        for r in ctx.terms
        if r.status in (Status.MISSING, Status.SYNONYM) and r.requirement.category in SPECIFIC
    ]
    wanted.sort(key=lambda r: -r.requirement.importance.weight)
    return [r.requirement.posting_form for r in wanted[:MAX_SUGGESTIONS]]


def _hint(ctx: RuleContext) -> str:
    terms = posting_suggestions(ctx)
    outcome = "and the outcome (devices supported, uptime, turnaround time, QC met)"
    if terms:
        return f"Name what you actually worked on, e.g. the posting's {quoted(terms)} if true, {outcome}."
    return f"Name the equipment classes, modalities or instruments you actually worked on {outcome}."
