"""Splitting a resume into sections with layered heading rules.

A line is a heading when, in this order:

1. the alias table (vocab/headings.yaml) knows the whole line ("Licenses & Certifications:");
2. a guarded head noun ends it ("Biomedical Equipment Experience"): short, no sentence punctuation,
   no bullet, no digits, and set like a heading (Title Case, capitals, bold, larger type or a heading style);
3. it is set visibly larger or in a heading style, though its words are unknown (kind "other");
4. it is a short ALL-CAPS line holding a head noun ("LAB SKILLS AND INSTRUMENTS").

Never "the line contains the word experience": "Gained experience with Sysmex XN" is a bullet, not a heading.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from resumefit.models import Document, Line, Region, Section, SectionKind
from resumefit.vocab import Vocabulary

# Head nouns: the last word of a heading says what the section is.
HEAD_NOUNS: Mapping[str, SectionKind] = {
    "experience": SectionKind.EXPERIENCE,
    "employment": SectionKind.EXPERIENCE,
    "history": SectionKind.EXPERIENCE,
    "education": SectionKind.EDUCATION,
    "degrees": SectionKind.EDUCATION,
    "certifications": SectionKind.CERTIFICATIONS,
    "certification": SectionKind.CERTIFICATIONS,
    "credentials": SectionKind.CERTIFICATIONS,
    "certificates": SectionKind.CERTIFICATIONS,
    "licenses": SectionKind.LICENSES,
    "licensure": SectionKind.LICENSES,
    "licences": SectionKind.LICENSES,
    "registration": SectionKind.LICENSES,  # 'Professional Registration' (HCPC, MLSCN, PRC)
    "registrations": SectionKind.LICENSES,
    "skills": SectionKind.SKILLS,
    "competencies": SectionKind.SKILLS,
    "proficiencies": SectionKind.SKILLS,
    "expertise": SectionKind.SKILLS,
    "equipment": SectionKind.SKILLS,
    "instrumentation": SectionKind.SKILLS,
    "instruments": SectionKind.SKILLS,
    "modalities": SectionKind.SKILLS,
    "summary": SectionKind.SUMMARY,
    "profile": SectionKind.SUMMARY,
    "objective": SectionKind.SUMMARY,
    "rotations": SectionKind.CLINICAL_ROTATIONS,
    "practicum": SectionKind.CLINICAL_ROTATIONS,
    "affiliations": SectionKind.AFFILIATIONS,
    "memberships": SectionKind.AFFILIATIONS,
    "membership": SectionKind.AFFILIATIONS,
    # the people who vouch for the candidate: their degrees and fellowships are theirs (REFERENCE_HEADS)
    "references": SectionKind.OTHER,
    "referees": SectionKind.OTHER,
    "development": SectionKind.CONTINUING_EDUCATION,
    "training": SectionKind.CONTINUING_EDUCATION,
    "trainings": SectionKind.CONTINUING_EDUCATION,
    "projects": SectionKind.PROJECTS,
    "awards": SectionKind.PROJECTS,
    "accomplishments": SectionKind.PROJECTS,
}
REFERENCE_HEADS = frozenset({"references", "referees"})
_BULLET = re.compile(r"^\s*([-*•▪◦‣●○■□➢►–—]|\d+[.)])\s+")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*")  # "Clinical Rotations (Western Plains College MLT program)"
_MINOR_WORDS = frozenset({"and", "of", "&", "the", "in", "for", "with", "to", "a", "an", "or"})
_MAX_WORDS = 6
_TOP_LINES = 3  # a large line at the very top is the candidate's name, not a heading


def normalise_heading(text: str) -> str:
    """'Licenses & Certifications:' -> 'licenses and certifications'."""
    text = _PARENTHETICAL.sub(" ", text).strip().lstrip("#").strip()
    text = text.replace("&", " and ").replace("/", " and ").replace("+", " and ")
    text = re.sub(r"[^\w\s'-]", " ", text.lower())
    return " ".join(text.split())


def heading_kind(
    line: Line, aliases: Mapping[str, SectionKind], body_size: float | None
) -> SectionKind | None:
    """The section kind a line opens, or None when it is not a heading."""
    text = _PARENTHETICAL.sub(" ", line.text).strip()
    if not text or _BULLET.match(text) or len(text) > 60:
        return None
    key = normalise_heading(text)
    if key in aliases:
        return aliases[key]
    words = key.split()
    if (
        line.region is Region.TABLE  # a table's row labels ("Hematology", "Systems") are not sections
        or not words
        or len(words) > _MAX_WORDS
        or re.search(r"\d", key)
        or text.rstrip(":").endswith((".", ",", ";"))
    ):
        return None
    looks = _looks_like_heading(line, text, body_size)
    if looks and words[-1] in HEAD_NOUNS:
        return HEAD_NOUNS[words[-1]]
    if _is_capitals(text) and len(words) <= 5:
        nouns = [HEAD_NOUNS[w] for w in words if w in HEAD_NOUNS]
        if nouns:
            return nouns[-1]
    if looks and _is_visual(line, body_size):
        nouns = [HEAD_NOUNS[w] for w in words if w in HEAD_NOUNS]
        if nouns:
            return nouns[-1]
        if line.index >= _TOP_LINES:  # a large or styled first line is the candidate's name
            return SectionKind.OTHER
    return None


def _looks_like_heading(line: Line, text: str, body_size: float | None) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _MINOR_WORDS]
    title_case = bool(words) and all(w[0].isupper() for w in words)
    return title_case or _is_visual(line, body_size) or text.endswith(":")


def _is_styled(line: Line) -> bool:
    return (line.style or "").lower().startswith("heading")


def _is_visual(line: Line, body_size: float | None) -> bool:
    if _is_styled(line) or (line.style or "").lower() == "title":
        return True
    bigger = bool(line.font_size and body_size and line.font_size >= body_size + 1.5)
    return bigger or line.bold


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def split_sections(document: Document, vocabulary: Vocabulary) -> tuple[Section, ...]:
    """The document's sections in the order found; lines before the first heading form the contact block."""
    aliases = {alias: kind for kind, names in vocabulary.headings.items() for alias in names}
    body_size = document.layout.body_font_size
    starts: list[tuple[int, SectionKind]] = []
    for line in document.lines:
        kind = heading_kind(line, aliases, body_size)
        repeated = bool(starts) and starts[-1][1] is kind and line.region is Region.TABLE
        if kind is not None and not repeated:
            starts.append((line.index, kind))
    sections: list[Section] = []
    total = len(document.lines)
    first = starts[0][0] if starts else total
    if first > 0:
        sections.append(Section(SectionKind.CONTACT, "", 0, first))
    for i, (index, kind) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else total
        heading = document.lines[index].text.strip().rstrip(":").strip()
        sections.append(Section(kind, heading, index, end, heading_line=index))
    return tuple(sections)


def section_at(sections: Sequence[Section], line: int) -> Section | None:
    """The section that holds document line ``line`` (sections in document order, as split_sections
    gives them), found by bisection."""
    index = bisect_right(sections, line, key=lambda section: section.start) - 1
    if index >= 0 and sections[index].start <= line < sections[index].end:
        return sections[index]
    return None


def references_lines(sections: Sequence[Section]) -> frozenset[int]:
    """The lines of the sections that list the candidate's references or referees ('REFEREES' / 'Dr. ...,
    PhD, FMLSCN'): what they name is the referees', not the candidate's."""
    lines: set[int] = set()
    for section in sections:
        words = normalise_heading(section.heading).split()
        if words and words[-1] in REFERENCE_HEADS:
            lines.update(range(section.start, section.end))
    return frozenset(lines)


def candidates_own(document: Document, sections: Sequence[Section]) -> Document:
    """The resume as its terms are matched: the lines of its references or referees blank, so a referee's
    'PhD, FMLSCN' meets no requirement (line numbers stay as they were)."""
    referees = references_lines(sections)
    if not referees:
        return document
    lines = tuple(
        dataclasses.replace(line, text="") if line.index in referees else line for line in document.lines
    )
    return dataclasses.replace(document, lines=lines)
