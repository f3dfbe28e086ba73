"""Every rule against its example table: it fires on the should-fire cases and stays quiet on the others."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from cases_common import GOOD_RESUME, Case, context, edit, term

from resumefit.models import Importance, Severity, Status
from resumefit.rules import all_rules

HERE = Path(__file__).parent


def case_tables() -> dict[str, dict[str, list[Case]]]:
    """Every cases_*.py module's CASES, by module name."""
    names = sorted(p.stem for p in HERE.glob("cases_*.py") if p.stem != "cases_common")
    return {name: importlib.import_module(name).CASES for name in names}


def all_cases() -> list[tuple[str, Case]]:
    return [
        (code, case) for table in case_tables().values() for code, cases in table.items() for case in cases
    ]


@pytest.mark.parametrize(("code", "case"), all_cases(), ids=lambda v: v.name if isinstance(v, Case) else v)
def test_rule_fires_or_stays_quiet_as_its_example_says(code: str, case: Case) -> None:
    rules = all_rules()
    assert code in rules, f"the example table names {code}, which is not a registered rule"
    rule = rules[code]
    found = list(rule.check(case.build()))
    assert bool(found) is case.fires, f"{code} {case.name}: expected fires={case.fires}, got {found}"
    for item in found:
        assert (item.code, item.name) == (rule.CODE, rule.NAME)
        assert item.message and item.hint, f"{code} finding lacks a message or a hint: {item}"


def _only(code: str, ctx) -> list:
    return list(all_rules()[code].check(ctx))


def test_a_tailored_resume_draws_no_findings_from_these_rules() -> None:
    ctx = context(
        GOOD_RESUME,
        terms=[term("infusion-pump", Status.LITERAL), term("cbet", Status.LITERAL)],
        title="Biomedical Equipment Technician II",
    )
    mine = [code for code in all_rules() if code[0] in "CKSW"]
    assert [f for code in mine for f in _only(code, ctx)] == []


def test_synonym_hint_quotes_the_posting_form_and_the_resume_form() -> None:
    text = edit(GOOD_RESUME, "calibrated 40 infusion pumps", "calibrated 40 IV pumps")
    required = context(text, terms=[term("infusion-pump", Status.SYNONYM, resume_forms=["IV pumps"])])
    mentioned = context(
        text, terms=[term("infusion-pump", Status.SYNONYM, Importance.MENTIONED, resume_forms=["IV pumps"])]
    )
    [warning] = _only("K003", required)
    [info] = _only("K003", mentioned)
    assert (warning.severity, info.severity) == (Severity.WARNING, Severity.INFO)
    assert "'infusion pumps'" in warning.hint and "IV pumps" in warning.hint
    assert warning.location is not None and warning.location.line is not None


def test_vague_duty_hint_names_the_postings_missing_and_synonym_equipment_only() -> None:
    text = edit(GOOD_RESUME, "• Led the replacement of 85 ventilators", "• Maintained medical equipment")
    terms = [
        term("ct", Status.MISSING),
        term("ventilator", Status.SYNONYM, Importance.PREFERRED, resume_forms=["vents"]),
        term("defibrillator", Status.LITERAL),
        term("cbet", Status.MISSING),
    ]
    [item] = _only("W001", context(text, terms=terms))
    assert "'computed tomography'" in item.hint and "'ventilators'" in item.hint
    assert "defibrillators" not in item.hint and "CBET" not in item.hint
    assert item.location is not None and item.location.section == "Professional Experience"


def test_job_title_close_match_is_info_and_a_different_title_is_a_warning() -> None:
    [close] = _only("S009", context(GOOD_RESUME, title="Biomedical Equipment Specialist"))
    [far] = _only("S009", context(GOOD_RESUME, title="Imaging Service Engineer"))
    assert (close.severity, far.severity) == (Severity.INFO, Severity.WARNING)
    assert "Imaging Service Engineer" in far.hint


def test_missing_email_is_an_error_and_a_text_box_only_email_a_warning() -> None:
    contact = "Chicago, IL | jordan.rivera@example.com | (312) 555-0142\n"
    none = edit(GOOD_RESUME, contact, "")
    boxed = edit(GOOD_RESUME, contact, "[text_box] jordan.rivera@example.com\n")
    assert [f.severity for f in _only("C002", context(none))] == [Severity.ERROR]
    assert [f.severity for f in _only("C002", context(boxed))] == [Severity.WARNING]


def test_certifications_below_experience_points_at_the_heading_and_says_what_to_move() -> None:
    certs = "Certifications\nCertified Biomedical Equipment Technician (CBET), AAMI, 2021\n\n"
    ctx = context(edit(GOOD_RESUME, certs, "") + "\n" + certs)
    [item] = _only("S001", ctx)
    assert item.hint.startswith("Move Certifications above Experience")
    assert item.location is not None and ctx.resume.lines[item.location.line].text == "Certifications"


def test_quantified_share_reports_the_document_once() -> None:
    bullets = "\n".join(f"• Repaired pumps for unit {name}." for name in "ABCDEFGH")
    found = _only("W002", context(f"Jordan Rivera\nExperience\n{bullets}"))
    assert len(found) == 1 and "0 of 8" in found[0].message
