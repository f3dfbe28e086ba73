"""Meta-tests: every rule is documented, well named and has examples both ways; docs/rules.md is current."""

from __future__ import annotations

import re
from pathlib import Path

from test_rules_table import all_cases

from resumefit.models import Severity
from resumefit.rules import all_rules, contact, keywords, layout, sections, wording
from resumefit.rules.catalog import DOC_PARTS, REGENERATE, doc_parts, render_rule_docs

CODE = re.compile(r"^[CKLSW]\d{3}$")
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LETTER = {contact: "C", keywords: "K", layout: "L", sections: "S", wording: "W"}
RULES_MD = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_every_rule_has_a_should_fire_and_a_should_not_fire_example() -> None:
    seen = {(code, case.fires) for code, case in all_cases()}
    lacking = [
        f"{code} lacks a should-{'fire' if fires else 'not-fire'} example"
        for code in all_rules()
        for fires in (True, False)
        if (code, fires) not in seen
    ]
    assert lacking == []


def test_every_rule_docstring_has_what_why_and_example() -> None:
    for code, rule in all_rules().items():
        parts = doc_parts(rule)
        assert parts.get("summary"), f"{code}: the docstring needs a one-line summary"
        for part in DOC_PARTS:
            assert parts.get(part), f"{code}: the docstring lacks a '{part}:' part"


def test_codes_are_well_formed_and_in_their_group() -> None:
    for package, letter in LETTER.items():
        for rule in package.RULES:
            assert CODE.match(rule.CODE), f"{rule.__name__}: malformed code {rule.CODE!r}"
            assert rule.CODE[0] == letter, f"{rule.__name__}: {rule.CODE} belongs in another group"
            assert isinstance(rule.SEVERITY, Severity) and callable(rule.check)


def test_codes_and_names_are_unique() -> None:
    modules = [rule for package in LETTER for rule in package.RULES]
    codes = [rule.CODE for rule in modules]
    names = [rule.NAME for rule in modules]
    assert len(set(codes)) == len(codes), f"duplicate codes: {sorted(c for c in codes if codes.count(c) > 1)}"
    assert len(set(names)) == len(names), f"duplicate names: {sorted(n for n in names if names.count(n) > 1)}"
    assert all(NAME.match(name) for name in names), [n for n in names if not NAME.match(n)]


def test_rules_md_is_generated_from_the_docstrings() -> None:
    expected = render_rule_docs()
    actual = RULES_MD.read_text(encoding="utf-8") if RULES_MD.is_file() else ""
    assert actual == expected, (
        f"docs/rules.md is out of date; regenerate it from the repository root with: {REGENERATE}"
    )
