"""The JSON report: schema, order of terms, 1-based lines, determinism."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import resumefit
from resumefit.models import Report
from resumefit.reporters.json import SCHEMA_VERSION, render_json, report_to_dict

from .schema_check import schema_errors

SCHEMA_PATH = Path(__file__).parents[2] / "docs" / "report.schema.json"
TOP_LEVEL_KEYS = [
    "schema_version",
    "tool",
    "resume",
    "posting",
    "track",
    "score",
    "fix_first",
    "terms",
    "unknown_terms",
    "not_understood",
    "resume_terms",
    "findings",
    "sections",
    "summary",
    "conditions",
    "gate",
]


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_output_validates_against_the_published_schema(report: Report, schema: dict) -> None:
    assert schema_errors(json.loads(render_json(report)), schema, schema) == []


def test_report_without_posting_validates_and_has_null_posting(report: Report, schema: dict) -> None:
    data = report_to_dict(replace(report, posting=None, terms=()))
    assert data["posting"] is None
    assert data["unknown_terms"] == []
    assert schema_errors(data, schema, schema) == []


def test_schema_checker_notices_a_missing_key(report: Report, schema: dict) -> None:
    data = report_to_dict(report)
    del data["terms"][0]["status"]
    assert schema_errors(data, schema, schema) == ["$.terms[0]: missing key 'status'"]


def test_schema_requires_every_top_level_key_the_renderer_writes(report: Report, schema: dict) -> None:
    assert list(report_to_dict(report)) == TOP_LEVEL_KEYS
    assert schema["required"] == TOP_LEVEL_KEYS


def test_documentation_mentions_every_field(schema: dict) -> None:
    doc = (SCHEMA_PATH.parent / "json-report.md").read_text(encoding="utf-8")
    missing = [name for name in _property_names(schema) if f"`{name}`" not in doc]
    assert missing == []


def _property_names(schema: dict) -> set[str]:
    names: set[str] = set()
    for key, value in schema.items():
        if key == "properties":
            names |= set(value)
        if isinstance(value, dict):
            names |= _property_names(value)
    return names


def test_tool_and_schema_versions(report: Report) -> None:
    data = report_to_dict(report)
    assert data["schema_version"] == SCHEMA_VERSION == "1.4"
    assert data["tool"] == {"name": "resumefit", "version": resumefit.__version__}


def test_terms_are_required_then_preferred_then_mentioned_with_missing_first(report: Report) -> None:
    terms = report_to_dict(report)["terms"]
    pairs = [(term["importance"], term["status"]) for term in terms]
    assert pairs == [
        ("required", "missing"),
        ("required", "missing"),
        ("required", "synonym"),
        ("required", "related"),
        ("required", "literal"),
        ("required", "literal"),
        ("required", "literal"),
        ("preferred", "missing"),
        ("preferred", "synonym"),
        ("preferred", "literal"),
        ("preferred", "literal"),
        ("mentioned", "missing"),
        ("mentioned", "literal"),
    ]
    assert [term["term"] for term in terms[:2]] == ["NFPA 99", "Anesthesia machines"]


def test_synonym_term_keeps_the_posting_and_resume_wording(report: Report) -> None:
    term = next(t for t in report_to_dict(report)["terms"] if t["concept_id"] == "physiological-monitor")
    assert term["posting_form"] == "physiological monitors"
    assert term["resume_forms"] == ["patient monitors"]
    assert term["via"] == "patient-monitor"


def test_either_or_requirement_lists_its_alternatives(report: Report) -> None:
    term = next(t for t in report_to_dict(report)["terms"] if t["concept_id"] == "cbet")
    assert term["alternatives"] == ["cres"]


def test_lines_are_one_based_everywhere(report: Report) -> None:
    data = report_to_dict(report)
    dicom = next(t for t in data["terms"] if t["concept_id"] == "dicom")
    assert dicom["where"] == [{"page": 1, "line": 17, "section": "skills", "region": "table"}]
    assert dicom["at_risk"] is True
    header = next(f for f in data["findings"] if f["code"] == "L103")
    assert header["location"] == {"page": 1, "line": 2, "column": None, "section": "contact"}
    assert data["sections"][0] == {"kind": "contact", "heading": "", "start_line": 1, "end_line": 2}


def test_findings_are_errors_first(report: Report) -> None:
    severities = [finding["severity"] for finding in report_to_dict(report)["findings"]]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_summary_counts(report: Report) -> None:
    summary = report_to_dict(report)["summary"]
    assert summary["missing_required"] == 2
    assert summary["synonym"] == 2
    assert (
        summary["terms"] == summary["literal"] + summary["synonym"] + summary["related"] + summary["missing"]
    )
    assert (summary["errors"], summary["warnings"], summary["infos"]) == (2, 3, 2)


def test_non_ascii_text_is_written_as_utf8_not_escapes(report: Report) -> None:
    posting = replace(report.posting, title="Técnico biomédico – BMET II")
    text = render_json(replace(report, posting=posting))
    assert '"title": "Técnico biomédico – BMET II"' in text


def test_output_is_the_same_for_equal_reports() -> None:
    from .sample import build_report

    assert render_json(build_report()) == render_json(build_report())


def test_term_advice_reads_as_one_sentence(report: Report) -> None:
    """The wording to paste sits inside its sentence, not between semicolons."""
    advice = [term["advice"] for term in report_to_dict(report)["terms"] if term["advice"]]
    assert advice
    assert not [text for text in advice if ": ;" in text or ";  " in text or text.startswith(";")]
