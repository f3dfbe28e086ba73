"""Shared wording for the keyword rules: where a mention sits and how a posting term is named."""

from __future__ import annotations

from collections.abc import Iterable

from resumefit.models import Location, Mention, TermResult
from resumefit.rules.base import RuleContext, section_at


def location_of(ctx: RuleContext, mention: Mention) -> Location:
    """The page, line and section heading of a mention on the resume."""
    section = section_at(ctx.sections, mention.line)
    name = (section.heading or section.kind.value) if section else None
    if name is None and mention.section is not None:
        name = mention.section.value
    return Location(page=mention.page, line=mention.line, section=name)


def first_location(ctx: RuleContext, result: TermResult) -> Location | None:
    """Where the resume first answers a posting term, if it does."""
    return location_of(ctx, result.mentions[0]) if result.mentions else None


def concept_name(ctx: RuleContext, concept_id: str) -> str:
    """A concept's display name, or its id when the vocabulary does not know it."""
    concept = ctx.vocabulary.concepts.get(concept_id)
    return concept.name if concept else concept_id


def quoted(forms: Iterable[str]) -> str:
    """'a', 'b' and 'c' — distinct forms, in order."""
    unique = [f"'{form}'" for form in dict.fromkeys(forms)]
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]


MAX_FORMS = 2


def resume_forms(result: TermResult, limit: int = MAX_FORMS) -> list[str]:
    """The first few distinct ways (ignoring case) the resume writes a posting term."""
    forms = result.resume_forms or tuple(m.form for m in result.mentions)
    first_of_each: dict[str, str] = {}
    for form in forms:
        first_of_each.setdefault(form.lower(), form)
    return list(first_of_each.values())[:limit]


def resume_wording(result: TermResult) -> str:
    """How the resume writes a posting term: its first few distinct forms, quoted."""
    return quoted(resume_forms(result)) or "another name"


def alternatives_clause(ctx: RuleContext, result: TermResult) -> str:
    """' (or X, Y)' when the posting accepts alternatives."""
    names = [concept_name(ctx, cid) for cid in result.requirement.alternatives]
    return f" (or {', '.join(names)})" if names else ""


def first_resume_form(result: TermResult) -> str:
    """The first way the resume writes a posting term."""
    forms = result.resume_forms or tuple(m.form for m in result.mentions)
    return forms[0] if forms else result.requirement.term
