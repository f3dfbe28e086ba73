"""Test doubles for the history tests: a hand-moved clock and a stand-in for the pipeline."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from resumefit.models import (
    Category,
    Document,
    Finding,
    Importance,
    Line,
    Posting,
    Report,
    Requirement,
    Score,
    ScorePart,
    Severity,
    SourceFormat,
    Status,
    TermResult,
    Track,
)

RESUME_TEXT = """Jordan Example
jordan.example@example.com | (555) 555-0123
Objective: a role in a hospital laboratory
Experience
Medical Laboratory Scientist, Example Regional Hospital
Ran the Sysmex XN hematology analyzer and performed QC under CLIA.
"""

POSTING_TEXT = """Medical Laboratory Scientist, Example Health
Required: MLS(ASCP), Sysmex XN, CLIA, LIS experience.
Preferred: Epic Beaker.
"""

POSTING_TERMS = (
    ("mls-ascp", "MLS(ASCP)", Importance.REQUIRED),
    ("sysmex-xn", "Sysmex XN", Importance.REQUIRED),
    ("clia", "CLIA", Importance.REQUIRED),
    ("lis", "LIS", Importance.REQUIRED),
    ("epic-beaker", "Epic Beaker", Importance.PREFERRED),
)


class Clock:
    """A clock the test moves by hand: one minute per reading unless set."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def make_document(path: Path | str, text: str, sha: str = "") -> Document:
    lines = tuple(Line(text=line, index=i) for i, line in enumerate(text.splitlines()))
    return Document(path=str(path), source_format=SourceFormat.TEXT, lines=lines, sha256=sha)


def make_report(resume_text: str, posting_text: str | None, resume_path: str = "resume.txt") -> Report:
    """A Report over a fixed vocabulary: a term is literal when its name is on the resume."""
    resume = make_document(resume_path, resume_text)
    posting = None
    terms: list[TermResult] = []
    if posting_text is not None:
        requirements = tuple(
            Requirement(concept_id=cid, term=name, category=Category.SKILL, importance=imp, posting_form=name)
            for cid, name, imp in POSTING_TERMS
            if name.lower() in posting_text.lower()
        )
        posting = Posting(
            document=make_document("posting.txt", posting_text), title=None, requirements=requirements
        )
        terms = [_term_result(req, resume_text) for req in requirements]
    findings = (
        (Finding("W001", Severity.WARNING, "An objective statement takes the place of a summary."),)
        if "objective" in resume_text.lower()
        else ()
    )
    present = sum(term.status is not Status.MISSING for term in terms)
    score = Score(total=present * 20, parts=(ScorePart("keywords", present * 20.0, 100.0),))
    return Report(resume, posting, (), tuple(terms), findings, score, Track.LAB)


def _term_result(requirement: Requirement, resume_text: str) -> TermResult:
    found = requirement.term.lower() in resume_text.lower()
    return TermResult(
        requirement,
        Status.LITERAL if found else Status.MISSING,
        resume_forms=(requirement.term,) if found else (),
    )


def fake_report_to_dict(report: Report) -> dict[str, Any]:
    """The parts of the JSON report the history uses."""
    return {
        "score": {
            "total": report.score.total,
            "parts": [{"name": p.name, "points": p.points} for p in report.score.parts],
        },
        "terms": [
            {
                "term": t.requirement.term,
                "concept_id": t.requirement.concept_id,
                "status": t.status.value,
                "importance": t.requirement.importance.value,
                "posting_form": t.requirement.posting_form,
                "resume_forms": list(t.resume_forms),
            }
            for t in report.terms
        ],
        "findings": [
            {"code": f.code, "severity": f.severity.value, "message": f.message} for f in report.findings
        ],
    }


def fake_check_resume(resume_path: Any, posting_path: Any = None, **_options: Any) -> Report:
    data = Path(resume_path).read_bytes()
    posting_text = Path(posting_path).read_text(encoding="utf-8") if posting_path else None
    report = make_report(data.decode("utf-8", "replace"), posting_text, str(resume_path))
    document = report.resume
    sha = hashlib.sha256(data).hexdigest()
    return dataclasses.replace(report, resume=dataclasses.replace(document, sha256=sha))


def report_dict(resume_text: str = RESUME_TEXT, posting_text: str | None = POSTING_TEXT) -> dict[str, Any]:
    """A JSON report for a resume text, as the history stores it."""
    return fake_report_to_dict(make_report(resume_text, posting_text))
