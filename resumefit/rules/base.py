"""What every rule receives (RuleContext) and how a rule module is shaped.

A rule is a module with:

- ``CODE``: stable forever, letter-grouped (K keywords, L layout, S sections, W wording, C contact);
- ``NAME``: a short kebab-case name, e.g. ``certifications-below-experience``;
- ``SEVERITY``: the default :class:`~resumefit.models.Severity`;
- a module docstring that is the rule's user documentation, with the parts
  ``What it does``, ``Why it matters`` and ``Example``;
- ``check(ctx: RuleContext) -> Iterator[Finding]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Protocol

from resumefit.models import (
    Document,
    Finding,
    Location,
    Mention,
    Posting,
    Section,
    Severity,
    TermResult,
    Track,
)
from resumefit.sections import section_at as find_section
from resumefit.vocab import Vocabulary


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Everything a rule may look at; rules never read files."""

    resume: Document
    sections: tuple[Section, ...]
    posting: Posting | None
    terms: tuple[TermResult, ...]
    resume_mentions: tuple[Mention, ...]
    vocabulary: Vocabulary
    track: Track


class Rule(Protocol):
    CODE: str
    NAME: str
    SEVERITY: Severity
    __doc__: str | None

    def check(self, ctx: RuleContext) -> Iterator[Finding]: ...


def finding(
    rule: ModuleType,
    message: str,
    hint: str = "",
    location: Location | None = None,
    severity: Severity | None = None,
) -> Finding:
    """Build a Finding stamped with the rule's code, name and (default) severity."""
    return Finding(
        code=rule.CODE,
        severity=severity or rule.SEVERITY,
        message=message,
        hint=hint,
        location=location,
        name=rule.NAME,
    )


def section_at(sections: tuple[Section, ...], line: int) -> Section | None:
    """The section that holds document line ``line``."""
    return find_section(sections, line)
