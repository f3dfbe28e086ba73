"""The resume's outline as the section rules see it: which sections, in what order, how long, how senior."""

from __future__ import annotations

import math
import re
from datetime import date

from resumefit.models import Document, Location, Section, SectionKind, SourceFormat, Track

K = SectionKind

SECTION_LABELS: dict[SectionKind, str] = {
    K.CONTACT: "Contact",
    K.SUMMARY: "Summary",
    K.CERTIFICATIONS: "Certifications",
    K.LICENSES: "Licenses",
    K.SKILLS: "Technical Skills",
    K.EXPERIENCE: "Experience",
    K.CLINICAL_ROTATIONS: "Clinical Rotations",
    K.EDUCATION: "Education",
    K.AFFILIATIONS: "Affiliations",
    K.CONTINUING_EDUCATION: "Continuing Education",
    K.PROJECTS: "Projects",
    K.OTHER: "Other",
}

# The recommended order per track, as ranked groups: kinds in one group may come in either order.
# Both tracks lead with credentials (Chapter 4: often a threshold requirement). Laboratory resumes keep
# clinical rotations beside education (new graduates). Equipment resumes leave OEM/service training
# unranked: imaging and field service engineers often list factory schools high, others near education.
RECOMMENDED_ORDER: dict[Track, tuple[tuple[SectionKind, ...], ...]] = {
    Track.LAB: (
        (K.CONTACT,),
        (K.SUMMARY,),
        (K.CERTIFICATIONS, K.LICENSES),
        (K.SKILLS,),
        (K.EXPERIENCE,),
        (K.CLINICAL_ROTATIONS, K.EDUCATION),
        (K.CONTINUING_EDUCATION,),
        (K.AFFILIATIONS, K.PROJECTS),
    ),
    Track.EQUIPMENT: (
        (K.CONTACT,),
        (K.SUMMARY,),
        (K.CERTIFICATIONS, K.LICENSES),
        (K.SKILLS,),
        (K.EXPERIENCE,),
        (K.EDUCATION,),
        (K.CLINICAL_ROTATIONS, K.AFFILIATIONS, K.PROJECTS),
    ),
    Track.BOTH: (
        (K.CONTACT,),
        (K.SUMMARY,),
        (K.CERTIFICATIONS, K.LICENSES),
        (K.SKILLS,),
        (K.EXPERIENCE,),
        (K.CLINICAL_ROTATIONS, K.EDUCATION, K.CONTINUING_EDUCATION),
        (K.AFFILIATIONS, K.PROJECTS),
    ),
}

CREDENTIAL_SECTIONS = frozenset({K.CERTIFICATIONS, K.LICENSES})
WORK_SECTIONS = frozenset({K.EXPERIENCE, K.CLINICAL_ROTATIONS})

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_POINT = r"(?:(?:(?P<m{n}>{months})[a-z]*\.?,?\s+)|(?:(?P<d{n}>\d{{1,2}})/))?(?P<y{n}>(?:19|20)\d\d)"
_RANGE = re.compile(
    _POINT.format(n=1, months="|".join(_MONTHS))
    + r"\s*(?:-|–|—|to|until)\s*(?:"
    + _POINT.format(n=2, months="|".join(_MONTHS))
    + r"|(?P<now>present|current|now|today))",
    re.IGNORECASE,
)


def label(kind: SectionKind) -> str:
    """A section kind as a reader names it."""
    return SECTION_LABELS[kind]


def first_section(
    sections: tuple[Section, ...], kinds: frozenset[SectionKind] | set[SectionKind]
) -> Section | None:
    """The earliest section of any of the kinds."""
    found = [s for s in sections if s.kind in kinds]
    return min(found, key=lambda s: s.start) if found else None


def has_section(sections: tuple[Section, ...], *kinds: SectionKind) -> bool:
    """True when any section is of one of the kinds."""
    return any(s.kind in kinds for s in sections)


def section_location(doc: Document, section: Section) -> Location:
    """Where a section starts: its heading line and page."""
    line = section.heading_line if section.heading_line is not None else section.start
    page = doc.lines[line].page if 0 <= line < len(doc.lines) else None
    return Location(page=page, line=line, section=section.heading or section.kind.value)


def section_text(doc: Document, section: Section) -> list[str]:
    """The lines of a section, heading excluded."""
    return [
        line.text for line in doc.lines[section.start : section.end] if line.index != section.heading_line
    ]


def years_of_experience(doc: Document, sections: tuple[Section, ...], today: date | None = None) -> float:
    """Years covered by the date ranges in the experience sections, overlaps merged."""
    today = today or date.today()
    spans = []
    for section in sections:
        if section.kind is K.EXPERIENCE:
            for text in section_text(doc, section):
                spans.extend(_spans(text, today))
    return _merged_months(spans) / 12


def _spans(text: str, today: date) -> list[tuple[int, int]]:
    spans = []
    for match in _RANGE.finditer(text):
        start = _month_number(match, 1, start=True)
        end = today.year * 12 + today.month - 1 if match["now"] else _month_number(match, 2, start=False)
        if end >= start:
            spans.append((start, end + 1))
    return spans


def _month_number(match: re.Match[str], n: int, start: bool) -> int:
    year = int(match[f"y{n}"])
    if match[f"m{n}"]:
        month = _MONTHS.index(match[f"m{n}"][:3].lower())
    elif match[f"d{n}"] and 1 <= int(match[f"d{n}"]) <= 12:
        month = int(match[f"d{n}"]) - 1
    else:
        month = 0 if start else 11
    return year * 12 + month


def _merged_months(spans: list[tuple[int, int]]) -> int:
    months: set[int] = set()
    for start, end in spans:
        months.update(range(start, end))
    return len(months)


def word_count(doc: Document) -> int:
    """Words on the resume (whitespace-separated tokens with a letter or digit)."""
    return sum(1 for token in doc.text.split() if any(c.isalnum() for c in token))


_WORDS_PER_PAGE = 500


def page_count(doc: Document) -> int:
    """Pages: the layout's count, or an estimate from the word count for formats without pages."""
    pages = max([doc.layout.pages, *(line.page for line in doc.lines)])
    if doc.source_format in (SourceFormat.TEXT, SourceFormat.MARKDOWN, SourceFormat.HTML):
        pages = max(pages, math.ceil(word_count(doc) / _WORDS_PER_PAGE))
    return pages
