"""`diff_versions`: terms gained and lost, findings fixed and new, score change, text diff."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from resumefit.history import VersionRecord, diff_versions
from resumefit.history.render import diff_text
from tests.history.doubles import POSTING_TEXT, RESUME_TEXT, report_dict

IMPROVED_TEXT = RESUME_TEXT.replace(
    "Objective: a role in a hospital laboratory", "MLS(ASCP) certified"
).replace("under CLIA", "with the LIS")


def record(
    version_id: int, text: str, report: dict[str, Any] | None, posting: str | None = "p1"
) -> VersionRecord:
    score = (report or {}).get("score", {}).get("total")
    return VersionRecord(
        id=version_id,
        created_at=datetime(2026, 3, version_id, tzinfo=timezone.utc),
        resume_name="resume.txt",
        resume_sha256=f"sha{version_id}",
        resume_size=len(text),
        resume_text=text,
        posting_sha256=posting,
        report=report,
        score=score,
    )


def test_terms_gained_lost_and_score_change() -> None:
    before = record(1, RESUME_TEXT, report_dict(RESUME_TEXT, POSTING_TEXT))
    after = record(2, IMPROVED_TEXT, report_dict(IMPROVED_TEXT, POSTING_TEXT))
    diff = diff_versions(before, after)
    assert [(c.term, c.before, c.after) for c in diff.terms_gained] == [
        ("MLS(ASCP)", "missing", "literal"),
        ("LIS", "missing", "literal"),
    ]
    assert [(c.term, c.before, c.after) for c in diff.terms_lost] == [("CLIA", "literal", "missing")]
    assert (diff.score_before, diff.score_after, diff.score_change) == (40, 60, 20)
    assert diff.same_posting


def test_findings_fixed_and_new() -> None:
    before = record(1, RESUME_TEXT, report_dict(RESUME_TEXT, POSTING_TEXT))
    after = record(2, IMPROVED_TEXT, report_dict(IMPROVED_TEXT, POSTING_TEXT))
    diff = diff_versions(before, after)
    assert [finding.code for finding in diff.findings_fixed] == ["W001"]
    assert diff_versions(after, before).findings_new == diff.findings_fixed


def test_repeated_findings_are_counted() -> None:
    finding = {"code": "L001", "severity": "warning", "message": "A table."}
    before = record(1, "a", {"findings": [finding, finding]})
    after = record(2, "a", {"findings": [finding]})
    assert len(diff_versions(before, after).findings_fixed) == 1
    assert diff_versions(before, after).findings_new == ()


def test_a_term_that_changes_form_is_reported_as_changed() -> None:
    term = {"term": "Sysmex XN", "concept_id": "sysmex-xn", "importance": "required", "status": "synonym"}
    before = record(1, "a", {"terms": [term]})
    after = record(2, "a", {"terms": [{**term, "status": "literal"}]})
    diff = diff_versions(before, after)
    assert [(c.before, c.after) for c in diff.terms_changed] == [("synonym", "literal")]
    assert diff.terms_gained == diff.terms_lost == ()


def test_the_text_diff_is_a_unified_diff_of_the_extracted_texts() -> None:
    diff = diff_versions(record(1, RESUME_TEXT, None), record(2, IMPROVED_TEXT, None))
    assert diff.text_diff[:2] == ("--- #1 resume.txt", "+++ #2 resume.txt")
    assert "-Objective: a role in a hospital laboratory" in diff.text_diff
    assert "+MLS(ASCP) certified" in diff.text_diff


def test_versions_without_reports_compare_without_a_score() -> None:
    diff = diff_versions(record(1, "same", None, posting=None), record(2, "same", None, posting=None))
    assert diff.score_change is None and diff.text_diff == ()
    assert "score     - -> -" in diff_text(diff) and "identical" in diff_text(diff)


def test_different_postings_are_pointed_out() -> None:
    diff = diff_versions(record(1, "a", None, posting="p1"), record(2, "a", None, posting="p2"))
    assert not diff.same_posting
    assert "different postings" in diff_text(diff)


def test_the_diff_text_shows_every_part() -> None:
    before = record(1, RESUME_TEXT, report_dict(RESUME_TEXT, POSTING_TEXT))
    after = record(2, IMPROVED_TEXT, report_dict(IMPROVED_TEXT, POSTING_TEXT))
    text = diff_text(diff_versions(before, after))
    expected_lines = ("score     40 -> 60 (+20)", "terms gained: 2", "+ LIS (required): missing -> literal")
    for expected in (
        *expected_lines,
        "terms lost: 1",
        "findings fixed: 1",
        "- W001 warning",
        "+++ #2 resume.txt",
    ):
        assert expected in text


def test_versions_sent_to_different_postings_compare_only_the_terms_both_ask_for() -> None:
    def report(*terms: tuple[str, str]) -> dict[str, Any]:
        return {
            "score": {"total": 50},
            "terms": [
                {"term": name, "concept_id": name.lower(), "importance": "required", "status": status}
                for name, status in terms
            ],
        }

    before = record(1, "a", report(("CBET", "missing"), ("NFPA 99", "missing")), posting="p1")
    after = record(2, "a", report(("CBET", "literal"), ("ARRT", "missing")), posting="p2")
    before = replace(before, posting_name="bmet.txt")
    after = replace(after, posting_name="imaging.txt")
    diff = diff_versions(before, after)
    assert [c.term for c in diff.terms_gained] == ["CBET"]
    assert diff.terms_lost == () and diff.only_before == ("NFPA 99",) and diff.only_after == ("ARRT",)
    text = diff_text(diff)
    assert "posting   changed: bmet.txt -> imaging.txt" in text
    assert "asked only by the later posting: 1\n  ARRT" in text
