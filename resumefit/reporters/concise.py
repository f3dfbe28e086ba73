"""The concise format: one line per finding, ``path:line:col: SEVERITY CODE message`` (ruff/Vale style)."""

from __future__ import annotations

from resumefit.models import Finding, Report
from resumefit.reporters.presentation import clean, gate_lines


def render_concise(report: Report) -> str:
    """One line per finding in document order; a finding with no line is ``path: SEVERITY CODE ...``."""
    findings = sorted(report.findings, key=_position)
    lines = [_line(clean(report.resume.path), finding) for finding in findings]
    lines += [f"{clean(report.resume.path)}: {reason}" for reason in gate_lines(report)]
    return "".join(line + "\n" for line in lines)


def _position(finding: Finding) -> tuple[int, int, int, str]:
    where = _line_and_column(finding)
    return (0, 0, 0, finding.code) if where is None else (1, *where, finding.code)


def _line_and_column(finding: Finding) -> tuple[int, int] | None:
    location = finding.location
    if location is None or location.line is None:
        return None
    return location.line + 1, (location.column or 0) + 1


def _line(path: str, finding: Finding) -> str:
    where = _line_and_column(finding)
    place = f"{path}:{where[0]}:{where[1]}:" if where else f"{path}:"
    message = " ".join(clean(finding.message).split())
    return f"{place} {finding.severity.value.upper()} {finding.code} {message}"
