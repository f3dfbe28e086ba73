"""The posting's job title is not on the resume.

What it does:
    Normalises the posting's job title (case, punctuation, level numerals such as "II", common short
    forms such as "Tech" and "Lab", a parenthesised abbreviation such as "(BMET II)", a short title on the
    resume such as "BMET II" for "Biomedical Equipment Technician II") and looks for
    all its words on one line of the resume's headline (the lines above the first section), summary
    or experience job titles. Info when a line comes
    close (half the words or more), warning when none does.

Why it matters:
    Recruiters search and ATS systems rank by job title. "Biomedical Equipment Technician" and
    "Clinical Engineering Specialist" may be the same job, but only the posting's title matches the
    search. Use it where it is truthful: in the headline, the summary, or beside your official title.

Example:
    Posting title: "Biomedical Equipment Technician II".  Resume headline: "Clinical Engineering Specialist".
    S009 warning: The posting's title 'Biomedical Equipment Technician II' is not on the resume.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Category, Finding, Line, Location, SectionKind, Severity
from resumefit.rules.base import RuleContext, finding, section_at
from resumefit.vocab import Vocabulary

CODE = "S009"
NAME = "job-title-not-mirrored"
SEVERITY = Severity.WARNING

_IGNORED = frozenset(
    [
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "1",
        "2",
        "3",
        "4",
        "level",
        "the",
        "of",
        "and",
        "a",
        "an",
        "for",
        "in",
        "at",
        "to",
        "with",
        "sr",
        "senior",
        "jr",
        "junior",
        "lead",
        "staff",
    ]
)
_SHORT_FORMS = {
    "tech": "technician",
    "techs": "technician",
    "med": "medical",
    "lab": "laboratory",
    "sci": "scientist",
    "engr": "engineer",
    "spec": "specialist",
    "mgr": "manager",
    "clin": "clinical",
    "biomed": "biomedical",
}
_SEARCHED = frozenset({SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.CONTACT})
CLOSE = 0.5


def title_words(text: str) -> frozenset[str]:
    """The words of a title that carry meaning, normalised."""
    words = (_SHORT_FORMS.get(w, w) for w in re.findall(r"[a-z0-9]+", text.lower()))
    return frozenset(_singular(w) for w in words if w not in _IGNORED)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when no headline, summary or experience line holds the posting's title."""
    title = (ctx.posting.title or "").strip() if ctx.posting else ""
    wanted = title_words(re.sub(r"\([^)]*\)", " ", title)) or title_words(title)
    if not wanted:
        return
    best, line = _best_line(ctx, wanted)
    if best == 1.0:
        return
    close = best >= CLOSE
    yield finding(
        sys.modules[__name__],
        f"The posting's title '{title}' is not on the resume"
        + (f"; the closest line is '{line.text.strip()}'." if close and line else "."),
        hint=f"Where it is truthful, use the posting's title '{title}' in your headline or summary, "
        f"or beside your official job title, e.g. 'Tech II ({title})'.",
        location=_location(ctx, line) if close and line else None,
        severity=Severity.INFO if close else Severity.WARNING,
    )


def _location(ctx: RuleContext, line: Line) -> Location:
    section = section_at(ctx.sections, line.index)
    return Location(page=line.page, line=line.index, section=(section.heading or None) if section else None)


def title_acronyms(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    """Short title forms spelled out by the vocabulary: 'bmet' -> biomedical, equipment, technician."""
    spelled: dict[str, frozenset[str]] = {}
    for concept in vocabulary.concepts.values():
        if concept.category is not Category.TITLE:
            continue
        for form in concept.forms:
            text = form.text.strip()
            if text.isupper() and text.isalpha() and 2 < len(text) <= 6:
                spelled.setdefault(text.lower(), title_words(concept.name))
    return spelled


def line_title_words(text: str, acronyms: dict[str, frozenset[str]]) -> frozenset[str]:
    """A line's title words, with short title forms ('BMET II') counted as the words they stand for."""
    words = set(title_words(text))
    for token in re.findall(r"[A-Za-z]+", text):
        if token.isupper() and token.lower() in acronyms:
            words |= acronyms[token.lower()]
    return frozenset(words)


def _best_line(ctx: RuleContext, wanted: frozenset[str]) -> tuple[float, Line | None]:
    best, where = 0.0, None
    acronyms = title_acronyms(ctx.vocabulary)
    for line in ctx.resume.lines:
        section = section_at(ctx.sections, line.index)
        if section is not None and section.heading and section.kind not in _SEARCHED:
            continue
        share = len(wanted & line_title_words(line.text, acronyms)) / len(wanted)
        if share > best:
            best, where = share, line
    return best, where
