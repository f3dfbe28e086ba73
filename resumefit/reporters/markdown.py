"""The Markdown report: the terminal report's content as GitHub-flavoured Markdown with tables."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import resumefit
from resumefit.models import Finding, Location, Report, Status, TermResult
from resumefit.reporters.presentation import (
    SEVERITY_HEADINGS,
    STATUS_HEADINGS,
    Markup,
    conditions,
    findings_by_severity,
    gate_lines,
    points,
    readable,
    summary_counts,
    summary_line,
    term_advice,
    terms_by_status,
)

# Characters that start Markdown constructs inline; '<' and '>' become entities so no HTML gets through.
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_RULE_CODE = re.compile(r"[A-Z]+[0-9]+")


def render_markdown(report: Report) -> str:
    """The report as one Markdown document ending with a newline."""
    blocks = [block for block in _blocks(readable(report)) if block]
    return "\n\n".join(blocks) + "\n"


def escape(text: str) -> str:
    """Text safe inside Markdown paragraphs and table cells: specials backslashed, no raw HTML, one line."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _code(code: str) -> str:
    """A rule code as inline code; anything that is not a plain code is escaped text instead."""
    return f"`{code}`" if _RULE_CODE.fullmatch(code) else escape(code)


def _blocks(report: Report) -> Iterable[str]:
    yield _title(report)
    yield _score(report)
    yield _fix_first(report)
    yield _conditions(report)
    yield from _terms(report)
    yield _sections(report)
    yield from _findings(report)
    yield _unknown_terms(report)
    yield escape(summary_line(report))


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> str:
    """A GFM table; ``align`` has one letter per column, 'r' for right-aligned, anything else left."""
    rule = ["---:" if align[i : i + 1] == "r" else "---" for i in range(len(header))]
    lines = [header, rule, *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def _title(report: Report) -> str:
    lines = [f"# resumefit report: {escape(report.resume.path)}", ""]
    if report.posting:
        title = escape(report.posting.title or "untitled")
        lines.append(f"Posting: **{title}** ({escape(report.posting.document.path)})  ")
    else:
        lines.append("Resume-only check: no posting given, so no match score.  ")
    lines.append(f"Career track: {report.track.value} · resumefit {resumefit.__version__}")
    return "\n".join(lines)


def _score(report: Report) -> str:
    rows = [
        (escape(part.name), f"{points(part.points)}/{points(part.max_points)}", escape(part.detail))
        for part in report.score.parts
    ]
    table = _table(("Part", "Points", "Detail"), rows, align="-r-")
    label = "Match score" if report.posting else "Resume readiness (not a match score)"
    gate = "".join(f"\n\n**{escape(line)}**" for line in gate_lines(report))
    return f"## {label}: {report.score.total}/100{gate}\n\n{table}"


def _conditions(report: Report) -> str:
    listed = conditions(report)
    if not listed:
        return ""
    items = "\n".join(f"- {escape(item)}" for item in listed)
    return f"## Job conditions\n\nListed for you to confirm; not scored, never failed on.\n\n{items}"


def _fix_first(report: Report) -> str:
    if not report.fix_first:
        return ""
    items = []
    for number, action in enumerate(report.fix_first, 1):
        extras = [f"+{points(action.gain)} points"] if action.gain else []
        extras += [_code(action.code)] if action.code else []
        suffix = f" ({', '.join(extras)})" if extras else ""
        items.append(f"{number}. {escape(action.text)}{suffix}")
    return "## What to fix first\n\n" + "\n".join(items)


def _terms(report: Report) -> Iterable[str]:
    if not report.terms:
        return
    counts = summary_counts(report)
    yield (
        f"## Posting terms\n\n{counts['terms']} terms: {counts['missing']} missing "
        f"({counts['missing_required']} required), {counts['synonym']} under another name, "
        f"{counts['related']} related, {counts['literal']} present."
    )
    for status, terms in terms_by_status(report).items():
        rows = [_term_row(term) for term in terms]
        last = "Note" if status is Status.MISSING else "On the resume"
        table = _table(("Term", "Importance", "Category", last), rows)
        yield f"### {STATUS_HEADINGS[status]} ({len(terms)})\n\n{table}"


def _term_row(term: TermResult) -> tuple[str, str, str, str]:
    requirement = term.requirement
    return escape(requirement.term), requirement.importance.value, requirement.category.value, _advice(term)


_MARKUP = Markup(escape=escape, strong=lambda t: f"**{t}**", emphasis=lambda t: f"_{t}_", risk=str)


def _advice(term: TermResult) -> str:
    return "<br>".join(term_advice(term, _MARKUP))


def _sections(report: Report) -> str:
    if not report.sections:
        return "## Sections\n\nNo sections recognised."
    rows = [
        (str(n), s.kind.value, escape(s.heading) or "_(before the first heading)_", f"{s.start + 1}–{s.end}")
        for n, s in enumerate(report.sections, 1)
    ]
    table = _table(("#", "Section", "Heading as written", "Lines"), rows, align="r--r")
    return f"## Sections (in the order found)\n\n{table}"


def _findings(report: Report) -> Iterable[str]:
    if not report.findings:
        return
    yield "## Findings"
    for severity, findings in findings_by_severity(report).items():
        items = "\n".join(_finding_item(finding) for finding in findings)
        yield f"### {SEVERITY_HEADINGS[severity]} ({len(findings)})\n\n{items}"


def _finding_item(finding: Finding) -> str:
    where = _location(finding.location)
    item = f"- {_code(finding.code)}{where} {escape(finding.message)}"
    return item + (f"  \n  Hint: {escape(finding.hint)}" if finding.hint else "")


def _location(location: Location | None) -> str:
    if location is None or location.line is None:
        return f" (page {location.page})" if location and location.page else ""
    return f" (page {location.page or '?'}, line {location.line + 1})"


def _unknown_terms(report: Report) -> str:
    if not report.posting or not report.posting.unknown_terms:
        return ""
    names = ", ".join(escape(term.text) for term in report.posting.unknown_terms)
    return f"Posting wordings not scored (check them yourself): {names}"
