"""Shared pieces of the rule example tables: the Case record and builders of RuleContexts from text.

A case table is a module ``cases_<group>.py`` with ``CASES: dict[str, list[Case]]`` keyed by rule code.
Resume text is written as it would be extracted; a line may start with a region marker
(``[header]``, ``[footer]``, ``[table]``, ``[text_box]``); a line holding only ``<page>`` starts a new page.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType

from resumefit.models import (
    Category,
    Concept,
    Document,
    Importance,
    LayoutFacts,
    Line,
    Mention,
    NotUnderstood,
    Posting,
    Region,
    Requirement,
    Section,
    SectionKind,
    SourceFormat,
    Status,
    SurfaceForm,
    TermResult,
    Track,
    UnknownTerm,
)
from resumefit.rules.base import RuleContext, section_at
from resumefit.vocab import Vocabulary


@dataclass(frozen=True)
class Case:
    """One example: a name, how to build the context, and whether the rule should fire on it."""

    name: str
    build: Callable[[], RuleContext]
    fires: bool


# --- vocabulary --------------------------------------------------------------------------------

HEADINGS = {
    SectionKind.CONTACT: ("contact", "contact information"),
    SectionKind.SUMMARY: ("summary", "professional summary", "profile"),
    SectionKind.CERTIFICATIONS: ("certifications", "certifications and licenses", "credentials"),
    SectionKind.LICENSES: ("licenses", "licensure"),
    SectionKind.SKILLS: ("skills", "technical skills", "technical skills and equipment", "instrumentation"),
    SectionKind.EXPERIENCE: ("experience", "professional experience", "work experience"),
    SectionKind.CLINICAL_ROTATIONS: ("clinical rotations",),
    SectionKind.EDUCATION: ("education",),
    SectionKind.CONTINUING_EDUCATION: ("continuing education", "technical training"),
    SectionKind.AFFILIATIONS: ("affiliations",),
}


def concept(
    cid: str,
    name: str,
    category: Category,
    *aliases: str,
    abbreviations: Iterable[str] = (),
    broader: Iterable[str] = (),
    long_form: str | None = None,
    track: Track = Track.BOTH,
) -> Concept:
    """A vocabulary concept with its name, aliases and abbreviations as surface forms."""
    forms = [SurfaceForm(name, "name", case_sensitive=name.isupper() and len(name) <= 5)]
    forms += [SurfaceForm(a, "alias") for a in aliases]
    forms += [SurfaceForm(a, "abbreviation", case_sensitive=True) for a in abbreviations]
    return Concept(cid, name, category, track, tuple(forms), tuple(broader), long_form=long_form)


@cache
def vocabulary() -> Vocabulary:
    """A small vocabulary covering both tracks, enough for every rule's examples."""
    c = Category
    concepts = [
        concept("infusion-pump", "infusion pumps", c.EQUIPMENT, "infusion pump", "IV pumps", "IV pump"),
        concept("defibrillator", "defibrillators", c.EQUIPMENT, "defibrillator"),
        concept("patient-monitor", "patient monitors", c.EQUIPMENT, "patient monitor"),
        concept("ventilator", "ventilators", c.EQUIPMENT, "ventilator"),
        concept("ct", "computed tomography", c.MODALITY, abbreviations=["CT"]),
        concept("esa", "electrical safety analyzer", c.TEST_EQUIPMENT, "electrical safety analyzers"),
        concept(
            "cbet",
            "CBET",
            c.CREDENTIAL,
            "Certified Biomedical Equipment Technician",
            long_form="Certified Biomedical Equipment Technician",
        ),
        concept(
            "mls-ascp",
            "MLS(ASCP)",
            c.CREDENTIAL,
            "Medical Laboratory Scientist",
            long_form="Medical Laboratory Scientist",
        ),
        concept("cmms", "CMMS", c.SOFTWARE, "computerized maintenance management system"),
        concept("tms", "TMS", c.SOFTWARE, broader=["cmms"]),
        concept("hematology-analyzer", "hematology analyzers", c.INSTRUMENT, "hematology analyzer"),
        concept("sysmex-xn", "Sysmex XN", c.INSTRUMENT, "Sysmex XN-1000", broader=["hematology-analyzer"]),
        concept("joint-commission", "Joint Commission", c.STANDARD),
        concept("drivers-license", "Valid driver's license", c.LICENSE, "driver's license"),
        concept("bmet", "Biomedical Equipment Technician", c.TITLE, abbreviations=["BMET"]),
    ]
    return Vocabulary(
        concepts=MappingProxyType({x.id: x for x in concepts}),
        headings=MappingProxyType(HEADINGS),
    )


# --- documents and sections --------------------------------------------------------------------

_REGION = re.compile(r"^\[(header|footer|table|text_box)\]\s?")
PAGE_BREAK = "<page>"


def document(text: str, pages: int = 1, source: SourceFormat = SourceFormat.DOCX) -> Document:
    """A Document from resume text: one Line per line, with region markers and page breaks applied."""
    lines: list[Line] = []
    page = 1
    for raw in textwrap.dedent(text).strip("\n").splitlines():
        if raw.strip() == PAGE_BREAK:
            page += 1
            continue
        marker = _REGION.match(raw)
        region = Region(marker.group(1)) if marker else Region.BODY
        body = raw[marker.end() :] if marker else raw
        lines.append(Line(text=body, index=len(lines), page=page, region=region))
    layout = LayoutFacts(pages=max(pages, page))
    return Document(path="resume.docx", source_format=source, lines=tuple(lines), layout=layout)


def sections_of(doc: Document) -> tuple[Section, ...]:
    """The document's sections, split the way the pipeline splits them."""
    from resumefit.sections import split_sections

    return split_sections(doc, vocabulary())


def find_mentions(doc: Document, sections: tuple[Section, ...], vocab: Vocabulary) -> tuple[Mention, ...]:
    """Every surface form of every concept, found by whole-word search (a stand-in for the matcher)."""
    found = []
    for line in doc.lines:
        for item in vocab.concepts.values():
            found.extend(_line_mentions(line, item, sections))
    return tuple(sorted(found, key=lambda m: (m.line, m.start, m.concept_id)))


def _line_mentions(line: Line, item: Concept, sections: tuple[Section, ...]) -> list[Mention]:
    section = section_at(sections, line.index)
    spans: dict[tuple[int, int], str] = {}
    for form in sorted(item.forms, key=lambda f: -len(f.text)):
        flags = 0 if form.case_sensitive else re.IGNORECASE
        for match in re.finditer(rf"(?<!\w){re.escape(form.text)}(?!\w)", line.text, flags):
            if not any(s <= match.start() < e for s, e in spans):
                spans[(match.start(), match.end())] = match.group()
    return [
        Mention(item.id, text, line.index, s, e, line.page, line.region, section.kind if section else None)
        for (s, e), text in spans.items()
    ]


# --- posting terms -----------------------------------------------------------------------------


def term(
    cid: str,
    status: Status,
    importance: Importance = Importance.REQUIRED,
    *,
    posting_form: str | None = None,
    resume_forms: Iterable[str] = (),
    at_risk: bool = False,
    via: str | None = None,
    alternatives: Iterable[str] = (),
) -> TermResult:
    """A posting requirement and how the resume answers it; mentions are filled in by context()."""
    item = vocabulary().concepts[cid]
    requirement = Requirement(
        concept_id=cid,
        term=item.name,
        category=item.category,
        importance=importance,
        posting_form=posting_form or item.name,
        alternatives=tuple(alternatives),
    )
    return TermResult(requirement, status, resume_forms=tuple(resume_forms), at_risk=at_risk, via=via)


def _with_mentions(result: TermResult, mentions: tuple[Mention, ...]) -> TermResult:
    if result.status is Status.MISSING or result.mentions:
        return result
    wanted = {f.lower() for f in result.resume_forms} or {result.requirement.posting_form.lower()}
    ids = {result.requirement.concept_id, result.via}
    found = tuple(
        m for m in mentions if m.form.lower() in wanted or (m.concept_id in ids and not result.resume_forms)
    )
    return replace(result, mentions=found)


# --- contexts ----------------------------------------------------------------------------------


def context(
    text: str,
    *,
    terms: Iterable[TermResult] = (),
    title: str | None = None,
    unknown: Iterable[UnknownTerm] = (),
    not_understood: Iterable[NotUnderstood] = (),
    with_posting: bool | None = None,
    track: Track = Track.EQUIPMENT,
    pages: int = 1,
    source: SourceFormat = SourceFormat.DOCX,
) -> RuleContext:
    """A RuleContext for resume text, with a posting when terms, a title or unknown terms are given."""
    doc = document(text, pages=pages, source=source)
    sections = sections_of(doc)
    mentions = find_mentions(doc, sections, vocabulary())
    results = tuple(_with_mentions(t, mentions) for t in terms)
    unknown, unread = tuple(unknown), tuple(not_understood)
    posting = None
    if with_posting or (with_posting is None and (results or title or unknown or unread)):
        empty = Document(path="posting.txt", source_format=SourceFormat.TEXT, lines=())
        requirements = tuple(t.requirement for t in results)
        posting = Posting(empty, title, requirements, unknown, track, not_understood=unread)
    return RuleContext(doc, sections, posting, results, mentions, vocabulary(), track)


def case(name: str, fires: bool, text: str, **options: object) -> Case:
    """A Case whose context is built from resume text and context() options."""
    return Case(name, lambda: context(text, **options), fires)  # type: ignore[arg-type]


def fires(name: str, text: str, **options: object) -> Case:
    """A should-fire example."""
    return case(name, True, text, **options)


def quiet(name: str, text: str, **options: object) -> Case:
    """A should-not-fire example."""
    return case(name, False, text, **options)


# --- a resume that every rule accepts ----------------------------------------------------------

GOOD_RESUME = """
Jordan Rivera, CBET
Biomedical Equipment Technician
Chicago, IL | jordan.rivera@example.com | (312) 555-0142

Summary
Biomedical Equipment Technician with 7 years of hospital experience supporting infusion pumps,
defibrillators, patient monitors and ventilators across a 400-bed, three-hospital system.

Certifications
Certified Biomedical Equipment Technician (CBET), AAMI, 2021

Technical Skills and Equipment
Infusion pumps (Alaris, Sigma Spectrum), defibrillators (Zoll R Series), patient monitors, ventilators
Electrical safety analyzers (Fluke ESA615), TMS work orders, network troubleshooting, parts ordering

Professional Experience
Biomedical Equipment Technician II, Mercy Hospital, Chicago, IL    Jan 2019 - Dec 2024
• Completed 98% of scheduled preventive maintenance on 1,200 devices each quarter.
• Repaired and calibrated 40 infusion pumps a month, returning each to service within 24 hours.
• Reduced defibrillator downtime by 30% by stocking batteries and pads on every unit.
• Trained 25 nurses on patient monitor alarm settings ahead of a Joint Commission survey.
• Led the replacement of 85 ventilators with zero missed clinical shifts.
Biomedical Technician I, Lakeside Clinic, Evanston, IL    Jun 2017 - Dec 2018
• Performed electrical safety inspections on 300 devices with an electrical safety analyzer.
• Documented 2,000 work orders in TMS with no findings in two annual audits.
• Installed 12 patient monitors and verified alarms with the nursing staff before go-live.

Education
A.A.S. Biomedical Engineering Technology, Harper College, Palatine, IL, 2017
Coursework: medical device electronics, anatomy and physiology, networking, safety standards

Technical Training
Zoll R Series defibrillator service school, 2020; Alaris infusion system service training, 2019
Joint Commission environment of care standards and NFPA 99 electrical safety course, 2022

Affiliations
Association for the Advancement of Medical Instrumentation (AAMI), member since 2018
"""


def edit(text: str, old: str, new: str) -> str:
    """text with old replaced by new; fails loudly when old is not there."""
    assert old in text, old
    return text.replace(old, new)
