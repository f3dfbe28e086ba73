"""The sections are not in the recommended order for the track.

What it does:
    Compares the order of the resume's sections with the recommended order for the career track
    (laboratory or equipment service) and reports the first section that comes too early. The
    placement of certifications once they sit below experience or education (S001), and of education
    or clinical rotations versus experience (S007, new graduates), is left to those rules. The
    recommended orders are data (``RECOMMENDED_ORDER`` in ``resumefit.rules.sections.outline``):

    - laboratory: Contact, Summary, Certifications/Licenses, Technical Skills, Experience,
      Clinical Rotations/Education, Continuing Education, Affiliations/Projects;
    - equipment service: Contact, Summary, Certifications/Licenses, Technical Skills, Experience,
      Education, Clinical Rotations/Affiliations/Projects; service (OEM) training may go anywhere.

    Sections of other kinds are not ranked.

Why it matters:
    A technical hiring manager confirms fit in a fixed sequence: credentials, then the equipment or
    instruments you know, then where you used them. A familiar order lets them do that in seconds.

Example:
    Equipment resume order: Summary, Experience, Technical Skills, Education.
    S008 info: Experience comes before Technical Skills; the recommended order puts Technical Skills first.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Section, SectionKind, Severity, Track
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import (
    CREDENTIAL_SECTIONS,
    RECOMMENDED_ORDER,
    first_section,
    label,
    section_location,
)

CODE = "S008"
NAME = "section-order"
SEVERITY = Severity.INFO

K = SectionKind
# Pairs judged by S007 (new graduates may lead with education and rotations), so not reported twice.
_ELSEWHERE = {frozenset({K.EDUCATION, K.EXPERIENCE}), frozenset({K.CLINICAL_ROTATIONS, K.EXPERIENCE})}


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding for the first pair of sections out of the recommended order."""
    order = RECOMMENDED_ORDER[ctx.track]
    pair = _first_inversion(ctx.sections, order)
    if pair is None:
        return
    early, late = pair
    yield finding(
        sys.modules[__name__],
        f"{label(early.kind)} comes before {label(late.kind)}; "
        f"the recommended order puts {label(late.kind)} first.",
        hint=f"Move {label(late.kind)} above {label(early.kind)}. Recommended order for "
        f"{_track_name(ctx.track)} resumes: {_order_text(order)}.",
        location=section_location(ctx.resume, early),
    )


def _first_inversion(
    sections: tuple[Section, ...], order: tuple[tuple[SectionKind, ...], ...]
) -> tuple[Section, Section] | None:
    rank = {kind: i for i, group in enumerate(order) for kind in group}
    firsts = _first_of_each_kind(sections, rank)
    skipped = _judged_elsewhere(sections)
    for i, early in enumerate(firsts):
        for late in firsts[i + 1 :]:
            kinds = {early.kind, late.kind, frozenset({early.kind, late.kind})}
            if rank[early.kind] > rank[late.kind] and not skipped & kinds:
                return early, late
    return None


def _judged_elsewhere(sections: tuple[Section, ...]) -> set:
    """Kinds and pairs other rules report: credentials below experience or education belong to S001."""
    credentials = first_section(sections, CREDENTIAL_SECTIONS)
    later = first_section(sections, {K.EXPERIENCE, K.EDUCATION})
    below = credentials is not None and later is not None and later.start < credentials.start
    return set(_ELSEWHERE) | (set(CREDENTIAL_SECTIONS) if below else set())


def _first_of_each_kind(sections: tuple[Section, ...], rank: dict[SectionKind, int]) -> list[Section]:
    seen: dict[SectionKind, Section] = {}
    for section in sorted(sections, key=lambda s: s.start):
        if section.kind in rank and section.kind not in seen:
            seen[section.kind] = section
    return list(seen.values())


def _order_text(order: tuple[tuple[SectionKind, ...], ...]) -> str:
    return ", ".join("/".join(label(k) for k in group) for group in order)


def _track_name(track: Track) -> str:
    return {Track.LAB: "laboratory", Track.EQUIPMENT: "equipment service", Track.BOTH: "medical technology"}[
        track
    ]
