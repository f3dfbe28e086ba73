"""A credential appears only inside the experience text.

What it does:
    For each credential or license the resume mentions, checks whether every mention sits in an
    experience or clinical rotations section. The name line, summary, or a certifications section
    all count as prominent places.

Why it matters:
    "Passed the ASCP exam in 2019" in a job bullet is easy to miss; recruiters look for credentials
    beside the name or under Certifications, and ATS parsers fill the certifications field from
    there.

Example:
    Resume: Experience bullet "Earned CBET certification while supporting the ICU."  Nowhere else.
    S006 warning: 'CBET' appears only inside the experience text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Category, Finding, Mention, SectionKind, Severity
from resumefit.rules.base import RuleContext, finding, section_at
from resumefit.rules.keywords.terms import location_of
from resumefit.rules.sections.outline import WORK_SECTIONS

CODE = "S006"
NAME = "credential-only-in-experience"
SEVERITY = Severity.WARNING

_CREDENTIALS = {Category.CREDENTIAL, Category.LICENSE}


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per credential whose every mention is in a work section."""
    rule = sys.modules[__name__]
    for mentions in _credential_mentions(ctx).values():
        if all(_kind_of(ctx, m) in WORK_SECTIONS for m in mentions):
            form = mentions[0].form
            yield finding(
                rule,
                f"'{form}' appears only inside the experience text.",
                hint=f"List '{form}' in a Certifications section near the top (and after your name "
                "if it is a core credential), with the certifying body and year.",
                location=location_of(ctx, mentions[0]),
            )


def _credential_mentions(ctx: RuleContext) -> dict[str, list[Mention]]:
    found: dict[str, list[Mention]] = {}
    for mention in sorted(ctx.resume_mentions, key=lambda m: (m.line, m.start)):
        concept = ctx.vocabulary.concepts.get(mention.concept_id)
        if concept and concept.category in _CREDENTIALS:
            found.setdefault(concept.id, []).append(mention)
    return found


def _kind_of(ctx: RuleContext, mention: Mention) -> SectionKind | None:
    section = section_at(ctx.sections, mention.line)
    return section.kind if section else mention.section
