"""A credential is written only as an acronym, or only spelled out.

What it does:
    For each credential or license on the resume whose vocabulary entry has a long form, checks that
    both the acronym and the spelled-out name appear ("CBET" and "Certified Biomedical Equipment
    Technician"; "MLS(ASCP)" and "Medical Laboratory Scientist"). Warning when the posting asks for
    the credential, info otherwise. A long form is never offered for an acronym whose letters are not its
    words' initials: "MT(AMT)", an older name filed with MLS(AMT), is not told to add "Medical Laboratory
    Scientist".

Why it matters:
    Recruiters search either way: some type the acronym, some the full title, and an ATS matches
    the text it is given. Writing both once costs a few words and satisfies either search.

Example:
    Resume: "Certifications: CBET (AAMI), 2021"
    K006 info: 'CBET' appears without its long form 'Certified Biomedical Equipment Technician'.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Category, Concept, Finding, Mention, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.keywords.terms import location_of

CODE = "K006"
NAME = "credential-acronym-or-long-form-only"
SEVERITY = Severity.INFO

_CREDENTIALS = {Category.CREDENTIAL, Category.LICENSE}


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per credential concept on the resume that lacks its acronym or its long form."""
    rule = sys.modules[__name__]
    text = _squash(ctx.resume.text)
    wanted = {r.requirement.concept_id for r in ctx.terms}
    for concept, mentions in _credential_mentions(ctx).items():
        long_form = concept.long_form or ""
        has_long = _squash(long_form) in text
        acronyms = [m.form for m in mentions if _squash(m.form) != _squash(long_form)]
        if has_long and acronyms:
            continue
        if not has_long and not _spells(acronyms[0] if acronyms else "", long_form):
            continue  # 'MT(AMT)', filed with MLS(AMT): 'Medical Laboratory Scientist' is not its long form
        severity = Severity.WARNING if concept.id in wanted else Severity.INFO
        message, hint = _advice(concept, acronyms, has_long)
        yield finding(rule, message, hint=hint, location=location_of(ctx, mentions[0]), severity=severity)


def _credential_mentions(ctx: RuleContext) -> dict[Concept, list[Mention]]:
    found: dict[Concept, list[Mention]] = {}
    all_mentions = [*ctx.resume_mentions, *(m for r in ctx.terms for m in r.mentions)]
    for mention in sorted(set(all_mentions), key=lambda m: (m.line, m.start, m.concept_id)):
        concept = ctx.vocabulary.concepts.get(mention.concept_id)
        if concept and concept.long_form and concept.category in _CREDENTIALS:
            found.setdefault(concept, []).append(mention)
    return found


def _advice(concept: Concept, acronyms: list[str], has_long: bool) -> tuple[str, str]:
    long_form = concept.long_form
    if not has_long:
        short = acronyms[0]
        return (
            f"'{short}' appears without its long form '{long_form}'.",
            f"Write it once in full: '{long_form} ({short})'.",
        )
    short = _acronym(concept)
    return (
        f"'{long_form}' appears without its acronym '{short}'.",
        f"Add the acronym once: '{long_form} ({short})'.",
    )


_SMALL = frozenset({"of", "and", "the", "for", "in", "&", "a", "an"})


def _spells(short: str, long_form: str) -> bool:
    """Whether the acronym's letters (before its board's brackets) are initials of the long form's words, in
    order: 'CBET' of 'Certified Biomedical Equipment Technician', 'MB' of 'Technologist in Molecular
    Biology', not 'MT' of 'Medical Laboratory Scientist' nor 'CQT' of 'Certified Quality Engineer'."""
    letters = [c.upper() for c in short.split("(")[0] if c.isalpha()]
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", long_form) if w.lower() not in _SMALL]
    # a long form of one word spells its acronym inside it: 'HT' of 'Histotechnician'
    initials = [c.upper() for c in words[0]] if len(words) == 1 else [w[0].upper() for w in words]
    remaining = iter(initials)
    return bool(letters) and all(any(letter == initial for initial in remaining) for letter in letters)


def _acronym(concept: Concept) -> str:
    for form in concept.forms:
        if form.kind == "abbreviation" or form.case_sensitive:
            return form.text
    return concept.name


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()
