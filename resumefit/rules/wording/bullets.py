"""Experience bullets: the lines under experience and clinical rotations, wrapped lines joined."""

from __future__ import annotations

import re
from dataclasses import dataclass

from resumefit.models import Line, Location, Section, SectionKind
from resumefit.rules.base import RuleContext

BULLET_MARKS = "•-*▪▫◦●○■□►▸▹➢➤➣✓✔·–—♦◆"
_MARK = re.compile(rf"^\s*(?:[{re.escape(BULLET_MARKS)}]|\d{{1,2}}[.)])\s+")
_DATED = re.compile(r"\b(?:19|20)\d\d\b")
MIN_PLAIN_WORDS = 6  # an unmarked line this long under Experience is read as a bullet
WORK_KINDS = frozenset({SectionKind.EXPERIENCE, SectionKind.CLINICAL_ROTATIONS})


@dataclass(frozen=True, slots=True)
class Bullet:
    """One accomplishment line: its text without the marker, where it starts, and its lines."""

    text: str
    line: int
    page: int
    section: str
    lines: tuple[int, ...]

    @property
    def location(self) -> Location:
        return Location(page=self.page, line=self.line, section=self.section)

    @property
    def words(self) -> list[str]:
        return self.text.split()


def experience_bullets(ctx: RuleContext) -> tuple[Bullet, ...]:
    """Every bullet in the experience and clinical rotations sections, in document order."""
    found: list[Bullet] = []
    for section in sorted(ctx.sections, key=lambda s: s.start):
        if section.kind in WORK_KINDS:
            lines = [
                ln for ln in ctx.resume.lines[section.start : section.end] if ln.index != section.heading_line
            ]
            found.extend(_section_bullets(section, lines))
    return tuple(found)


def _section_bullets(section: Section, lines: list[Line]) -> list[Bullet]:
    name = section.heading or section.kind.value
    if any(_is_marked(ln) for ln in lines):
        return _marked(name, lines)
    return [_bullet(name, [ln], ln.text) for ln in lines if _is_plain_bullet(ln.text)]


def _marked(name: str, lines: list[Line]) -> list[Bullet]:
    groups: list[list[Line]] = []
    for line in lines:
        if _is_marked(line):
            groups.append([line])
        elif groups and _continues(line.text):
            groups[-1].append(line)
    return [_bullet(name, group, " ".join(ln.text.strip() for ln in group)) for group in groups]


def _is_marked(line: Line) -> bool:
    """A bullet by its mark ('• ', '- ') or, in DOCX, by its list style ('List Bullet')."""
    return bool(_MARK.match(line.text)) or "list" in (line.style or "").lower()


def _continues(text: str) -> bool:
    """A wrapped line of the bullet above: starts in lower case."""
    stripped = text.strip()
    return bool(stripped) and stripped[0].islower()


def _is_plain_bullet(text: str) -> bool:
    return len(text.split()) >= MIN_PLAIN_WORDS and not _DATED.search(text)


def _bullet(name: str, group: list[Line], text: str) -> Bullet:
    return Bullet(
        text=_MARK.sub("", text, count=1).strip(),
        line=group[0].index,
        page=group[0].page,
        section=name,
        lines=tuple(ln.index for ln in group),
    )
