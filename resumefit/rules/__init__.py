"""The rule registry: every rule module by code, and running them over a RuleContext."""

from __future__ import annotations

from types import ModuleType

from resumefit.rules import contact, keywords, layout, sections, wording


def all_rules() -> dict[str, ModuleType]:
    """Every rule module, keyed by its code, in code order."""
    modules = [*keywords.RULES, *layout.RULES, *sections.RULES, *wording.RULES, *contact.RULES]
    return {m.CODE: m for m in sorted(modules, key=lambda m: m.CODE)}
