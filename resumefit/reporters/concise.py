"""The concise format: one flake8-style line per finding, ``path:page:line: CODE message``."""

from __future__ import annotations

from resumefit.models import Finding, Report


def render_concise(report: Report) -> str:
    """One line per finding in document order; an unknown page or line is written as 0."""
    findings = sorted(report.findings, key=_position)
    return "".join(_line(report.resume.path, finding) + "\n" for finding in findings)


def _position(finding: Finding) -> tuple[int, int, str]:
    page, line = _page_and_line(finding)
    return page, line, finding.code


def _page_and_line(finding: Finding) -> tuple[int, int]:
    location = finding.location
    if location is None:
        return 0, 0
    line = location.line + 1 if location.line is not None else 0
    return location.page or 0, line


def _line(path: str, finding: Finding) -> str:
    page, line = _page_and_line(finding)
    message = " ".join(finding.message.split())
    return f"{path}:{page}:{line}: {finding.code} {message}"
