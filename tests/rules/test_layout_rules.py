"""The layout rules (L) against their example table, plus the details their messages promise."""

from __future__ import annotations

import pytest
from cases_common import Case
from cases_layout import CASES, columns_context, context_of, fixture

from resumefit.models import Document, Region, Severity, SourceFormat
from resumefit.rules import layout
from tests import fixtures

RULES = {rule.CODE: rule for rule in layout.RULES}
EXAMPLES = [(code, case) for code, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("code", "case"), EXAMPLES, ids=[f"{c}-{case.name}" for c, case in EXAMPLES])
def test_layout_rule_fires_only_on_its_should_fire_examples(code: str, case: Case) -> None:
    found = list(RULES[code].check(case.build()))
    assert bool(found) is case.fires, found


def test_every_layout_rule_has_a_firing_and_a_quiet_example() -> None:
    for code in RULES:
        kinds = {case.fires for case in CASES.get(code, [])}
        assert kinds == {True, False}, code


def test_layout_rule_codes_are_unique_and_documented() -> None:
    assert len(RULES) == len(layout.RULES)
    for rule in layout.RULES:
        doc = rule.__doc__ or ""
        assert all(part in doc for part in ("What it does", "Why it matters", "Example")), rule.CODE
        assert rule.CODE in doc, rule.CODE


def test_sidebar_is_a_warning_and_stacked_column_blocks_are_an_error() -> None:
    [sidebar] = RULES["L004"].check(columns_context((1, 1, 2, 2)))
    [stacked] = RULES["L004"].check(columns_context((1, 2, 1, 2)))
    assert (sidebar.severity, stacked.severity) == (Severity.WARNING, Severity.ERROR)


def test_text_box_finding_names_the_terms_that_would_be_lost() -> None:
    ctx = fixture(fixtures.text_box_docx, "box.docx")()
    assert any(m.region == Region.TEXT_BOX for m in ctx.resume_mentions)
    [item] = RULES["L006"].check(ctx)
    assert "Sysmex XN-1000" in item.message and "MLS(ASCP)" in item.message


def test_garbled_finding_quotes_a_sample_and_points_at_its_line() -> None:
    [item] = RULES["L008"].check(fixture(fixtures.garbled_pdf, "cid.pdf")())
    assert "(cid:" in item.message
    assert item.location is not None and item.location.line == 0


def test_contact_in_header_names_what_is_stranded() -> None:
    [item] = RULES["L003"].check(fixture(fixtures.header_contact_docx, "header.docx")())
    assert item.severity == Severity.ERROR
    assert "email and phone" in item.message


def test_letter_spaced_finding_lists_the_rejoined_words() -> None:
    [item] = RULES["L010"].check(fixture(fixtures.letter_spaced_pdf, "spaced.pdf")())
    assert "EXPERIENCE" in item.message and "SKILLS" in item.message


def test_empty_document_draws_only_the_empty_resume_error() -> None:
    ctx = context_of(Document(path="r.pdf", source_format=SourceFormat.PDF, lines=()))
    codes = [code for code, rule in RULES.items() if list(rule.check(ctx))]
    assert codes == ["L001"]
