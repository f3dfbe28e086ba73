"""The rule catalogue: docs/rules.md rendered from the rule modules' docstrings."""

from __future__ import annotations

import inspect
from types import ModuleType

from resumefit.rules import all_rules

DOC_PARTS = ("What it does", "Why it matters", "Example")
GROUPS = {
    "C": "Contact",
    "K": "Keywords",
    "L": "Layout and parseability",
    "S": "Sections and structure",
    "W": "Wording",
}
REGENERATE = (
    'python -c "import pathlib, resumefit.rules.catalog as c; '
    "pathlib.Path('docs/rules.md').write_text(c.render_rule_docs(), encoding='utf-8')\""
)


def doc_parts(rule: ModuleType) -> dict[str, str]:
    """A rule docstring split into its summary line and its parts, each dedented."""
    lines = inspect.cleandoc(rule.__doc__ or "").splitlines()
    parts: dict[str, list[str]] = {"summary": []}
    current = "summary"
    for line in lines:
        heading = line.rstrip(":").strip()
        if heading in DOC_PARTS and line.endswith(":"):
            current = heading
            parts[current] = []
        else:
            parts[current].append(line)
    return {name: inspect.cleandoc("\n".join(body)) for name, body in parts.items()}


def render_rule(rule: ModuleType) -> str:
    """One rule as a Markdown section."""
    parts = doc_parts(rule)
    out = [
        f"### {rule.CODE} {rule.NAME}",
        "",
        f"Default severity: **{rule.SEVERITY.value}**",
        "",
        parts.get("summary", ""),
        "",
        "**What it does.** " + parts.get("What it does", ""),
        "",
        "**Why it matters.** " + parts.get("Why it matters", ""),
        "",
        "**Example**",
        "",
        "```text",
        parts.get("Example", ""),
        "```",
        "",
    ]
    return "\n".join(out)


def render_rule_docs() -> str:
    """docs/rules.md: a table of every rule, then each rule's documentation, grouped by code letter."""
    rules = all_rules()
    out = [
        "# Rules",
        "",
        "Generated from the rule docstrings by `resumefit.rules.catalog.render_rule_docs()`;",
        "do not edit by hand.",
        f"Regenerate with: `{REGENERATE}`",
        "",
        "| code | name | default severity |",
        "|---|---|---|",
        *(f"| [{c}](#{_anchor(m)}) | {m.NAME} | {m.SEVERITY.value} |" for c, m in rules.items()),
        "",
    ]
    for letter, title in GROUPS.items():
        members = [m for c, m in rules.items() if c.startswith(letter)]
        if members:
            out += [f"## {title} ({letter})", "", *(render_rule(m) for m in members)]
    return "\n".join(out).rstrip() + "\n"


def _anchor(rule: ModuleType) -> str:
    return f"{rule.CODE}-{rule.NAME}".lower()
