"""Named guards: whether a vocabulary form counts where it stands, from the words around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from resumefit.models import Guard

# What may stand between a listed word and the form: spaces, brackets, colons, commas, dashes.
_SEP = r"[\s()\[\]:,;\u2013\u2014/-]*"
_EXAMPLE = re.compile(r"^(?P<before>[^\[\]]*)\[(?P<form>[^\[\]]+)\](?P<after>[^\[\]]*)$")


class Verdict(str, Enum):
    """What a guard makes of one occurrence of a form."""

    COUNTS = "counts"
    REJECTED = "rejected"
    IN_PROGRESS = "in_progress"  # a credential named as pursued ("MLS(ASCP) eligible")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a form occurs: its line's text before and after it, and the neighbouring lines."""

    before: str
    after: str
    nearby: str = ""  # the lines before and after, joined
    topic: str = ""  # the document's title lines, for a topical guard's words ('... - Dialysis')


@dataclass(frozen=True, slots=True)
class _Compiled:
    near: tuple[re.Pattern[str], ...]
    not_near: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    not_before: re.Pattern[str] | None


def _alternation(words: tuple[str, ...]) -> str:
    """Whole words or phrases, longest first; a space in a phrase stands for any run of spaces."""
    parts = sorted({r"\s+".join(map(re.escape, w.split())) for w in words}, key=len, reverse=True)
    return "|".join(parts)


def _after_pattern(guard: Guard) -> re.Pattern[str] | None:
    """The text before the form ends with a listed word, then only gap words: 'pursuing the ASCP'."""
    parts = []
    if guard.not_after:
        gap = rf"(?:{_SEP}(?:{_alternation(guard.gap)})(?!\w))*" if guard.gap else ""
        parts.append(rf"(?<!\w)(?:{_alternation(guard.not_after)})(?!\w){gap}{_SEP}$")
    if guard.not_after_regex:
        parts.append(f"(?:{guard.not_after_regex})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _before_pattern(guard: Guard) -> re.Pattern[str] | None:
    """The text after the form starts with a listed word, perhaps after gap words: '(ASCP) exam scheduled'."""
    parts = []
    if guard.not_before:
        gap = rf"(?:(?:{_alternation(guard.gap)})(?!\w){_SEP})*" if guard.gap else ""
        parts.append(rf"^{_SEP}{gap}(?:{_alternation(guard.not_before)})(?!\w)")
    if guard.not_before_regex:
        parts.append(f"(?:{guard.not_before_regex})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@lru_cache(maxsize=512)
def _compiled(guard: Guard) -> _Compiled:
    # 'BS' is no degree word in a model number ('Mindray BS-480')
    near = tuple(re.compile(rf"(?<!\w){re.escape(word)}(?!\w|-\d)", re.IGNORECASE) for word in guard.near)
    not_near = None
    if guard.not_near:  # 'Civil Air Patrol', 'cadets': another trade's words
        not_near = re.compile(rf"(?<!\w)(?:{_alternation(guard.not_near)})(?!\w)", re.IGNORECASE)
    return _Compiled(near, not_near, _after_pattern(guard), _before_pattern(guard))


def check_guard(guard: Guard, place: Place) -> Verdict:
    """The guard's verdict on a form standing at ``place``."""
    compiled = _compiled(guard)
    after = bool(compiled.not_after and compiled.not_after.search(place.before))
    before = bool(compiled.not_before and compiled.not_before.search(place.after))
    rejected = (after and before) if guard.both else (after or before)
    around = f"{place.before} {place.after} {place.nearby}"
    if not rejected and compiled.near:
        topic = place.topic if guard.topical else ""
        rejected = not any(pattern.search(around) or pattern.search(topic) for pattern in compiled.near)
    if not rejected and compiled.not_near:
        rejected = compiled.not_near.search(around) is not None
    if not rejected:
        return Verdict.COUNTS
    return Verdict.IN_PROGRESS if guard.in_progress else Verdict.REJECTED


def combine(verdicts: list[Verdict]) -> Verdict:
    """Several guards on one form: any rejection wins, then in progress, else the form counts."""
    if Verdict.REJECTED in verdicts:
        return Verdict.REJECTED
    return Verdict.IN_PROGRESS if Verdict.IN_PROGRESS in verdicts else Verdict.COUNTS


def example_place(example: str) -> Place | None:
    """An example line with its form in [brackets] as a Place; None when it has no single bracketed form."""
    found = _EXAMPLE.match(example)
    return Place(found["before"], found["after"]) if found else None


def failing_examples(guard: Guard) -> list[str]:
    """The guard's examples that it gets wrong, each said as a sentence for a curator."""
    problems = []
    try:
        _compiled(guard)
    except re.error as error:
        return [f"guard '{guard.name}': a regex does not compile ({error}); fix it"]
    for wanted, examples in ((True, guard.match), (False, guard.ignore)):
        for example in examples:
            place = example_place(example)
            if place is None:
                problems.append(f"guard '{guard.name}': example '{example}' has no [bracketed] form")
                continue
            counts = check_guard(guard, place) is Verdict.COUNTS
            if counts != wanted:
                expected = "count" if wanted else "not count"
                problems.append(f"guard '{guard.name}': the form should {expected} in '{example}'")
    return problems
