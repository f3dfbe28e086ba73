"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation per finding."""

from __future__ import annotations

from resumefit.models import Finding, Report, Severity
from resumefit.reporters.presentation import ordered_findings, readable, summary_line

COMMANDS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def render_github(report: Report) -> str:
    """The score as a notice, the gate's failure as an error, then annotations errors first."""
    report = readable(report)
    path = report.resume.path
    lines = [_score(report), *_gate(report)]
    lines += [_annotation(path, finding) for finding in ordered_findings(report)]
    return "".join(line + "\n" for line in lines)


def _score(report: Report) -> str:
    label = "resumefit match score" if report.posting else "resumefit resume-only check"
    title = escape_property(label)
    properties = f"file={escape_property(report.resume.path)},title={title}"
    return f"::notice {properties}::{escape_data(summary_line(report))}"


def _gate(report: Report) -> list[str]:
    if report.gate is None or report.gate.passed:
        return []
    properties = f"file={escape_property(report.resume.path)},title=resumefit gate failed"
    return [f"::error {properties}::{escape_data('; '.join(report.gate.reasons))}"]


def escape_data(text: str) -> str:
    """Escape a command's message as GitHub's runner expects (%, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value: the message escapes plus ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(path: str, finding: Finding) -> str:
    properties = ",".join(f"{key}={escape_property(value)}" for key, value in _properties(path, finding))
    message = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    return f"::{COMMANDS[finding.severity]} {properties}::{escape_data(message)}"


def _properties(path: str, finding: Finding) -> list[tuple[str, str]]:
    properties = [("file", path)]
    location = finding.location
    if location is not None and location.line is not None:
        properties.append(("line", str(location.line + 1)))
    properties.append(("title", _title(finding)))
    return properties


def _title(finding: Finding) -> str:
    title = f"{finding.code} {finding.name}".strip()
    location = finding.location
    if location is not None and location.page is not None:
        title += f" (page {location.page})"
    return title
