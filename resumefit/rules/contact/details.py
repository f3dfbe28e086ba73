"""Finding a name, email addresses and phone numbers in the resume's lines."""

from __future__ import annotations

import re

from resumefit.models import Line, Location, Region, SectionKind
from resumefit.rules.base import RuleContext, section_at

EDGE_REGIONS = (Region.HEADER, Region.FOOTER)
TOP_LINES = 8  # how far down a name may sit when there is no contact section

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
EMAIL_CANDIDATE = re.compile(r"[^\s,;:<>()\[\]|]*\s?@\s?[^\s,;:<>()\[\]|]*")
TLD_TYPOS = frozenset({"con", "cmo", "ocm", "comm", "cm", "nte", "ogr", "rog"})
PHONE_CANDIDATE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s().\-–]{5,}\d(?![\w/])")
YEAR_RANGE = re.compile(r"^\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*$")
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'’\-]*\.?$")
_NOT_NAME = frozenset(
    [
        "resume",
        "curriculum",
        "vitae",
        "summary",
        "experience",
        "education",
        "skills",
        "certifications",
        "contact",
        "profile",
        "objective",
        "technician",
        "technologist",
        "scientist",
        "engineer",
        "specialist",
        "biomedical",
        "medical",
        "laboratory",
    ]
)


def body_lines(ctx: RuleContext) -> list[Line]:
    """Lines a parser reads reliably: body region only."""
    return [line for line in ctx.resume.lines if line.region is Region.BODY]


REGION_NAMES = {
    Region.HEADER: "the page header",
    Region.FOOTER: "the page footer",
    Region.TABLE: "a table",
    Region.TEXT_BOX: "a text box",
    Region.BODY: "the body",
}


def outside_body(ctx: RuleContext) -> list[Line]:
    """Lines in page headers, footers, tables and text boxes."""
    return [line for line in ctx.resume.lines if line.region is not Region.BODY]


def top_lines(ctx: RuleContext, lines: list[Line]) -> list[Line]:
    """The lines where contact details belong: above the first heading or in a contact section."""
    chosen = []
    for line in lines:
        section = section_at(ctx.sections, line.index)
        top = section is None or not section.heading or section.kind is SectionKind.CONTACT
        if top and line.text.strip():
            chosen.append(line)
    return chosen or [line for line in lines if line.text.strip()][:TOP_LINES]


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words, optionally followed by ', CREDENTIAL'."""
    head = re.split(r",|\s[|•·]\s", text.strip())[0]
    words = head.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() or c == "@" for c in head):
        return False
    return all(_NAME_WORD.match(w) for w in words) and not any(
        w.lower().strip(".") in _NOT_NAME for w in words
    )


def email_candidates(text: str) -> list[str]:
    """Tokens that try to be an email address (they contain '@' with something before it)."""
    found = [m.group().strip(". ") for m in EMAIL_CANDIDATE.finditer(text)]
    return [f for f in found if not f.startswith("@") and len(f) > 2]


def is_valid_email(candidate: str) -> bool:
    """A plausible address: one '@', a dotted domain, no spaces, no common TLD typo."""
    return bool(EMAIL.match(candidate)) and candidate.rsplit(".", 1)[-1].lower() not in TLD_TYPOS


def phone_candidates(text: str) -> list[str]:
    """Digit runs that look like a phone number (not a year range)."""
    found = [m.group().strip() for m in PHONE_CANDIDATE.finditer(text)]
    return [f for f in found if not YEAR_RANGE.match(f) and sum(c.isdigit() for c in f) >= 7]


def is_valid_phone(candidate: str) -> bool:
    """North American 10 digits (optionally a leading 1), or +country code with 8-15 digits."""
    digits = "".join(c for c in candidate if c.isdigit())
    if candidate.startswith("+"):
        return 8 <= len(digits) <= 15
    return len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))


def line_location(ctx: RuleContext, line: Line) -> Location:
    """A finding's location at one line, with the heading of the section that holds it."""
    section = section_at(ctx.sections, line.index)
    return Location(page=line.page, line=line.index, section=(section.heading or None) if section else None)
