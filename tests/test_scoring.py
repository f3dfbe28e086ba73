"""The fit score and the fix-first list: weights, credits, deductions, rescaling and advice."""

from __future__ import annotations

import pytest

from resumefit.models import (
    Category,
    Document,
    Finding,
    Importance,
    Line,
    Requirement,
    Section,
    SectionKind,
    Severity,
    SourceFormat,
    Status,
    TermResult,
)
from resumefit.scoring import (
    MAX_POINTS,
    SCORE_VERSION,
    code_cost,
    coverage_part,
    fix_first,
    score_report,
    term_credit,
)

RESUME = Document(
    path="resume.txt",
    source_format=SourceFormat.TEXT,
    lines=tuple(Line(text, i) for i, text in enumerate(["Jordan Rivera", "Experience", "• Repaired pumps."])),
)
SECTIONS = (Section(SectionKind.EXPERIENCE, "Experience", 1, 3, heading_line=1),)


def result(
    term: str,
    status: Status,
    importance: Importance = Importance.REQUIRED,
    resume_forms: tuple[str, ...] = (),
    at_risk: bool = False,
) -> TermResult:
    requirement = Requirement(term, term, Category.EQUIPMENT, importance, posting_form=term)
    return TermResult(requirement, status, resume_forms=resume_forms, at_risk=at_risk)


def issue(code: str, severity: Severity = Severity.WARNING, hint: str = "") -> Finding:
    return Finding(code, severity, f"{code} message.", hint=hint or f"Fix {code}: because.")


def part(score, name: str):
    return {p.name: p for p in score.parts}[name]


def test_coverage_weighs_required_three_preferred_one_and_a_half_mentioned_one() -> None:
    terms = (
        result("infusion pumps", Status.LITERAL),
        result("CT", Status.MISSING, Importance.PREFERRED),
        result("ventilators", Status.MISSING, Importance.MENTIONED),
    )
    assert coverage_part(terms).points == pytest.approx(60 * 3 / 5.5, abs=0.05)


@pytest.mark.parametrize(
    ("status", "credit"),
    [(Status.LITERAL, 1.0), (Status.SYNONYM, 0.8), (Status.RELATED, 0.6), (Status.MISSING, 0.0)],
)
def test_each_status_earns_its_credit(status: Status, credit: float) -> None:
    assert term_credit(result("x", status)) == credit
    assert coverage_part((result("x", status),)).points == pytest.approx(60 * credit)


def test_a_term_only_in_a_header_earns_half_credit() -> None:
    assert term_credit(result("CBET", Status.LITERAL, at_risk=True)) == 0.5
    assert term_credit(result("CBET", Status.MISSING, at_risk=True)) == 0.0


def test_a_clean_resume_with_every_term_literal_scores_100() -> None:
    score = score_report((result("infusion pumps", Status.LITERAL),), (), RESUME, SECTIONS)
    assert score.total == 100 and score.version == SCORE_VERSION
    assert [p.name for p in score.parts] == ["coverage", "structure", "parseability", "wording"]
    assert sum(p.max_points for p in score.parts) == 100


def test_without_a_posting_coverage_is_left_out_and_the_rest_rescaled() -> None:
    score = score_report((), (issue("S001"),), RESUME, SECTIONS)
    assert [p.name for p in score.parts] == ["structure", "parseability", "wording"]
    assert score.total == 93  # 100 * 37 / 40 = 92.5, and halves round up


def test_findings_cost_the_part_of_their_code_letter_and_keyword_findings_cost_nothing() -> None:
    findings = (
        issue("S001"),
        issue("C002", Severity.ERROR),
        issue("L003", Severity.INFO),
        issue("K001", Severity.ERROR),
    )
    score = score_report((result("x", Status.LITERAL),), findings, RESUME, SECTIONS)
    assert part(score, "structure").points == pytest.approx(15 - 3 - 5)
    assert part(score, "parseability").points == pytest.approx(14)
    assert part(score, "wording").points == 10
    assert score.total == 60 + 7 + 14 + 10


def test_repeats_of_one_rule_cost_half_more_each_up_to_twice() -> None:
    one = code_cost([issue("W003", Severity.INFO)], 10)
    assert code_cost([issue("W003", Severity.INFO)] * 2, 10) == pytest.approx(one * 1.5)
    assert code_cost([issue("W003", Severity.INFO)] * 9, 10) == pytest.approx(one * 2)


def test_a_part_never_goes_below_zero() -> None:
    findings = tuple(issue(f"S{n:03d}", Severity.ERROR) for n in range(1, 8))
    score = score_report((), findings, RESUME, SECTIONS)
    assert part(score, "structure").points == 0


def test_an_unreadable_resume_scores_zero_for_parseability() -> None:
    empty = Document(path="resume.pdf", source_format=SourceFormat.PDF, lines=())
    assert part(score_report((), (), empty, ()), "parseability").points == 0


def test_the_score_is_deterministic_and_ignores_finding_order() -> None:
    terms = (result("a", Status.SYNONYM), result("b", Status.RELATED, Importance.PREFERRED))
    findings = (issue("S001"), issue("W001"), issue("W001"), issue("L001", Severity.ERROR))
    first = score_report(terms, findings, RESUME, SECTIONS)
    assert first == score_report(terms, tuple(reversed(findings)), RESUME, SECTIONS)


def test_each_part_explains_itself() -> None:
    terms = (result("a", Status.SYNONYM), result("b", Status.MISSING, at_risk=True))
    score = score_report(terms, (issue("S001"),), RESUME, SECTIONS)
    assert "1 synonym" in part(score, "coverage").detail and "1 missing" in part(score, "coverage").detail
    assert "S001" in part(score, "structure").detail and "experience" in part(score, "structure").detail
    assert "no findings" in part(score, "wording").detail


def test_fix_first_quotes_the_posting_and_resume_wording() -> None:
    terms = (result("infusion pumps", Status.SYNONYM, resume_forms=("IV pumps",)),)
    score = score_report(terms, (), RESUME, SECTIONS)
    [action] = fix_first(terms, (), score)
    assert action.text == "Add 'infusion pumps' (required) — your resume says 'IV pumps'"
    assert action.code == "K003" and action.gain == pytest.approx(12.0)


def test_fix_first_turns_a_finding_hint_into_one_sentence() -> None:
    hint = "Move Certifications above Experience: credentials are often a threshold requirement."
    findings = (issue("S001", hint=hint),)
    score = score_report((result("x", Status.LITERAL),), findings, RESUME, SECTIONS)
    [action] = fix_first((result("x", Status.LITERAL),), findings, score)
    assert action.text == "Move Certifications above Experience" and action.gain == pytest.approx(3.0)


def test_fix_first_orders_by_gain_and_keeps_at_most_the_limit() -> None:
    terms = (
        result("infusion pumps", Status.MISSING),
        result("CT", Status.MISSING, Importance.PREFERRED),
        result("CMMS", Status.RELATED, Importance.MENTIONED, resume_forms=("TMS",)),
        result("ventilators", Status.LITERAL),
    )
    findings = (
        issue("S001"),
        issue("W003", Severity.INFO),
        issue("W003", Severity.INFO),
        issue("L001", Severity.ERROR),
    )
    score = score_report(terms, findings, RESUME, SECTIONS)
    actions = fix_first(terms, findings, score, limit=3)
    assert len(actions) == 3
    assert [a.gain for a in actions] == sorted((a.gain for a in actions), reverse=True)
    assert actions[0].text.startswith("Add 'infusion pumps' (required)")
    assert all(a.gain > 0 for a in fix_first(terms, findings, score, limit=20))
    assert "ventilators" not in " ".join(a.text for a in fix_first(terms, findings, score, limit=20))


def test_fix_first_counts_repeated_findings_once_with_their_number() -> None:
    findings = (issue("W003", Severity.INFO, "Start each bullet with an action verb."),) * 3
    score = score_report((), findings, RESUME, SECTIONS)
    [action] = fix_first((), findings, score)
    assert action.text == "Start each bullet with an action verb (3 places)"
    assert action.gain == pytest.approx(MAX_POINTS["wording"] / 15 * 2 * 100 / 40, abs=0.05)


def test_the_worked_example_in_docs_scoring_md_holds() -> None:
    terms = (
        result("infusion pumps", Status.SYNONYM, resume_forms=("IV pumps",)),
        result("defibrillators", Status.LITERAL),
        result("CBET", Status.MISSING, Importance.PREFERRED),
        result("CMMS", Status.RELATED, Importance.PREFERRED, resume_forms=("TMS",)),
        result("Joint Commission", Status.LITERAL, Importance.MENTIONED),
    )
    findings = (
        issue("S001", hint="Move Certifications above Experience: credentials come first."),
        issue("L005", hint="Move the contact line into the body, just under your name."),
        *[issue("W003", Severity.INFO)] * 3,
    )
    score = score_report(terms, findings, RESUME, SECTIONS)
    assert [p.points for p in score.parts] == [43.8, 12.0, 12.0, 8.7]
    assert score.total == 77
    actions = fix_first(terms, findings, score)
    assert [a.gain for a in actions] == [9.0, 3.6, 3.6, 3.0, 3.0]
    assert actions[1].text == "Add 'infusion pumps' (required) — your resume says 'IV pumps'"
    assert actions[4].text == "Move Certifications above Experience"


def test_fix_first_quotes_at_most_two_distinct_resume_forms() -> None:
    terms = (
        result("infusion pumps", Status.SYNONYM, resume_forms=("IV pumps", "iv pumps", "Alaris", "LVPs")),
    )
    [action] = fix_first(terms, (), score_report(terms, (), RESUME, SECTIONS))
    assert action.text == "Add 'infusion pumps' (required) — your resume says 'IV pumps' and 'Alaris'"


def test_fix_first_keeps_a_quoted_example_whole():
    from resumefit.scoring import _first_clause

    hint = "Replace tables with plain lines, e.g. 'Hematology: Sysmex XN-1000, Beckman Coulter DxH 900'."
    assert _first_clause(hint) == hint.rstrip(".")
    assert _first_clause("Move the contact line up: many ATS skip headers.") == "Move the contact line up"
