"""The JSON report: versioned and deterministic; see docs/json-report.md and docs/report.schema.json."""

from __future__ import annotations

import json
from typing import Any

import resumefit
from resumefit.advice import evidence_note, is_condition, term_note_text
from resumefit.models import (
    Action,
    Finding,
    Gate,
    Location,
    Mention,
    NotUnderstood,
    Posting,
    Report,
    ResumeTerm,
    Score,
    Section,
    TermResult,
    UnknownTerm,
)
from resumefit.reporters.presentation import (
    conditions,
    one_based,
    ordered_findings,
    ordered_terms,
    summary_counts,
    word_count,
)

SCHEMA_VERSION = "1.4"


def render_json(report: Report) -> str:
    """The report as pretty-printed JSON, UTF-8 text kept as is, ending with a newline."""
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, keys in a fixed order, lists in a documented order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "resumefit", "version": resumefit.__version__},
        "resume": _resume(report),
        "posting": _posting(report.posting),
        "track": report.track.value,
        "score": _score(report.score),
        "fix_first": [_action(action) for action in report.fix_first],
        "terms": [_term(term, report) for term in ordered_terms(report)],
        "unknown_terms": [_unknown(term) for term in _unknown_terms(report.posting)],
        "not_understood": [_not_understood(item) for item in _unread(report.posting)],
        "resume_terms": [_resume_term(term, report) for term in report.resume_terms],
        "findings": [_finding(finding) for finding in ordered_findings(report)],
        "sections": [_section(section) for section in report.sections],
        "summary": summary_counts(report),
        "conditions": list(conditions(report)),
        "gate": _gate(report.gate),
    }


def _gate(gate: Gate | None) -> dict[str, Any] | None:
    if gate is None:
        return None
    return {"passed": gate.passed, "reasons": list(gate.reasons)}


def _resume(report: Report) -> dict[str, Any]:
    document = report.resume
    return {
        "path": document.path,
        "format": document.source_format.value,
        "sha256": document.sha256,
        "pages": document.layout.pages,
        "words": word_count(report),
    }


def _posting(posting: Posting | None) -> dict[str, Any] | None:
    if posting is None:
        return None
    return {
        "path": posting.document.path,
        "title": posting.title,
        "track": posting.track.value if posting.track else None,
    }


def _score(score: Score) -> dict[str, Any]:
    parts = [
        {"name": part.name, "points": part.points, "max_points": part.max_points, "detail": part.detail}
        for part in score.parts
    ]
    return {"total": score.total, "version": score.version, "parts": parts}


def _action(action: Action) -> dict[str, Any]:
    return {"text": action.text, "gain": action.gain, "code": action.code}


def _xrefs(report: Report, concept_id: str) -> dict[str, list[str]]:
    return {scheme: list(ids) for scheme, ids in report.xrefs.get(concept_id, ())}


def _term(term: TermResult, report: Report) -> dict[str, Any]:
    requirement = term.requirement
    return {
        "term": requirement.term,
        "concept_id": requirement.concept_id,
        "category": requirement.category.value,
        "importance": requirement.importance.value,
        "status": term.status.value,
        "posting_form": requirement.posting_form,
        "resume_forms": list(term.resume_forms),
        "alternatives": list(requirement.alternatives),
        "count": requirement.count,
        "where": [_where(mention) for mention in term.mentions],
        "at_risk": term.at_risk,
        "via": term.via,
        "suggestion": evidence_note(term),
        "evidence": {
            "misspelt": term.misspelt,
            "broader": term.broader,
            "alternative": term.alternative,
            "mirror": term.mirror,
        },
        "condition": is_condition(requirement),
        "advice": term_note_text(term),
        "known": requirement.known,
        "open_alternatives": list(requirement.open_alternatives),
        "xrefs": _xrefs(report, requirement.concept_id),
    }


def _where(mention: Mention) -> dict[str, Any]:
    return {
        "page": mention.page,
        "line": one_based(mention.line),
        "section": mention.section.value if mention.section else None,
        "region": mention.region.value,
    }


def _unknown_terms(posting: Posting | None) -> tuple[UnknownTerm, ...]:
    return posting.unknown_terms if posting else ()


def _unknown(term: UnknownTerm) -> dict[str, Any]:
    return {
        "text": term.text,
        "count": term.count,
        "snippet": term.snippet,
        "on_resume": term.on_resume,
        "tentative": term.tentative,
    }


def _unread(posting: Posting | None) -> tuple[NotUnderstood, ...]:
    return posting.not_understood if posting else ()


def _not_understood(item: NotUnderstood) -> dict[str, Any]:
    return {"text": item.text, "line": item.line + 1, "importance": item.importance.value}


def _resume_term(term: ResumeTerm, report: Report) -> dict[str, Any]:
    return {
        "concept_id": term.concept_id,
        "term": term.term,
        "category": term.category.value,
        "forms": list(term.forms),
        "count": term.count,
        "xrefs": _xrefs(report, term.concept_id),
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "hint": finding.hint,
        "location": _location(finding.location),
    }


def _location(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    column = one_based(location.column)
    return {
        "page": location.page,
        "line": one_based(location.line),
        "column": column,
        "section": location.section,
    }


def _section(section: Section) -> dict[str, Any]:
    return {
        "kind": section.kind.value,
        "heading": section.heading,
        "start_line": section.start + 1,
        "end_line": section.end,
    }
