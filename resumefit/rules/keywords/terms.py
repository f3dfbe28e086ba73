"""Shared wording for the keyword rules: where a mention sits and how a posting term is named."""

from __future__ import annotations

from collections.abc import Iterable

from resumefit.models import Location, Mention, TermResult
from resumefit.openterms import display_name
from resumefit.rules.base import RuleContext, section_at


def location_of(ctx: RuleContext, mention: Mention) -> Location:
    """The page, line and section heading of a mention on the resume."""
    section = section_at(ctx.sections, mention.line)
    name = (section.heading or section.kind.value) if section else None
    if name is None and mention.section is not None:
        name = mention.section.value
    return Location(page=mention.page, line=mention.line, section=name, column=mention.start)


def first_location(ctx: RuleContext, result: TermResult) -> Location | None:
    """Where the resume first answers a posting term, if it does."""
    return location_of(ctx, result.mentions[0]) if result.mentions else None


def concept_name(ctx: RuleContext, concept_id: str) -> str:
    """A concept's display name, or the words of its id when the vocabulary does not know it."""
    return display_name(ctx.vocabulary, concept_id)


def quoted(forms: Iterable[str]) -> str:
    """'a', 'b' and 'c' — distinct forms, in order."""
    unique = [f"'{form}'" for form in dict.fromkeys(forms)]
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]


def alternative_names(ctx: RuleContext, result: TermResult) -> tuple[str, ...]:
    """The display names of the other concepts the posting accepts for this term ("A or B")."""
    return tuple(concept_name(ctx, cid) for cid in result.requirement.alternatives)
