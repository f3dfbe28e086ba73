"""The HTML report: one self-contained page (inline CSS, no scripts or external assets), all text escaped."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import resumefit
from resumefit.models import Finding, Line, Location, Mention, Region, Report, Status, TermResult
from resumefit.reporters.presentation import (
    SEVERITY_HEADINGS,
    STATUS_HEADINGS,
    Markup,
    coverage_by_category,
    findings_by_severity,
    points,
    summary_counts,
    term_advice,
    terms_by_status,
)

PREAMBLE = '<span class="muted">(before the first heading)</span>'
UNASKED = "unasked"  # class of a resume mention of a concept the posting does not ask for

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2430; background: #f6f7f9;
  margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
section, header { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: 1rem 1.25rem;
  margin-bottom: 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.meta { color: #5b6474; margin: 0 0 .75rem; }
.total { font-size: 2.4rem; font-weight: 700; } .outof { color: #5b6474; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem;
  border-bottom: 1px solid #eceff3; vertical-align: top; }
th { font-weight: 600; color: #5b6474; }
.num { text-align: right; white-space: nowrap; }
.bar { background: #e8ebf0; border-radius: 4px; height: .7rem; min-width: 8rem; }
.bar > span { display: block; height: 100%; border-radius: 4px; background: #2f855a; }
.gain { color: #2f855a; white-space: nowrap; } code { font-size: .9em; }
.status-missing { color: #b42318; } .status-synonym { color: #946200; }
.status-related { color: #1f6f8b; } .status-literal { color: #2f855a; }
mark { border-radius: 3px; padding: 0 .1em; }
mark.status-missing { background: #fde2e1; } mark.status-synonym { background: #fff1c2; }
mark.status-related { background: #d7eef6; } mark.status-literal { background: #dcf2e3; }
mark.unasked { background: #eceff3; color: inherit; }
ol.resume { font: 13px/1.5 ui-monospace, "SFMono-Regular", Menlo, monospace; padding-left: 3rem; }
ol.resume li { white-space: pre-wrap; } ol.resume li.at-risk { background: #fff8e6; }
.region { font: 11px system-ui, sans-serif; color: #946200; border: 1px solid #f0d58a; border-radius: 3px;
  padding: 0 .3em; margin-left: .5em; }
.severity-error { color: #b42318; } .severity-warning { color: #946200; } .severity-info { color: #1f6f8b; }
ul.findings { list-style: none; padding: 0; } ul.findings li { margin-bottom: .5rem; }
.hint { color: #5b6474; display: block; } .muted { color: #5b6474; }
.legend mark { margin-right: .5em; }
"""


def render_html(report: Report) -> str:
    """The report as a complete HTML document."""
    body = "\n".join(block for block in _blocks(report) if block)
    title = escape(f"resumefit: {report.resume.path}")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _blocks(report: Report) -> Iterable[str]:
    yield _header(report)
    yield _fix_first(report)
    yield _coverage(report)
    yield _terms(report)
    yield _resume_text(report)
    yield _sections(report)
    yield _findings(report)
    yield _unknown_terms(report)
    versions = f"resumefit {resumefit.__version__}, score version {report.score.version}"
    yield f'<p class="muted">{escape(versions)}</p>'


def _bar(value: float, maximum: float) -> str:
    percent = max(0, min(100, round(100 * value / maximum))) if maximum else 0
    return f'<div class="bar" title="{percent}%"><span style="width: {percent}%"></span></div>'


def _header(report: Report) -> str:
    meta = [escape(report.resume.path)]
    if report.posting:
        meta.append(f"against <strong>{escape(report.posting.title or 'untitled posting')}</strong>")
        meta.append(escape(report.posting.document.path))
    meta.append(f"track: {escape(report.track.value)}")
    rows = "\n".join(
        f"<tr><td>{escape(part.name)}</td>"
        f'<td class="num">{points(part.points)}/{points(part.max_points)}</td>'
        f"<td>{_bar(part.points, part.max_points)}</td><td>{escape(part.detail)}</td></tr>"
        for part in report.score.parts
    )
    return (
        f'<header>\n<h1>resumefit report</h1>\n<p class="meta">{" · ".join(meta)}</p>\n'
        f'<p><span class="total">{report.score.total}</span><span class="outof">/100</span></p>\n'
        f'<table class="parts">\n<tr><th>Part</th><th class="num">Points</th><th></th><th>Detail</th></tr>\n'
        f"{rows}\n</table>\n</header>"
    )


def _fix_first(report: Report) -> str:
    if not report.fix_first:
        return ""
    items = []
    for action in report.fix_first:
        gain = f' <span class="gain">+{points(action.gain)} points</span>' if action.gain else ""
        code = f" <code>{escape(action.code)}</code>" if action.code else ""
        items.append(f"<li>{escape(action.text)}{gain}{code}</li>")
    return (
        '<section id="fix-first">\n<h2>What to fix first</h2>\n<ol>\n'
        + "\n".join(items)
        + "\n</ol>\n</section>"
    )


def _coverage(report: Report) -> str:
    coverage = coverage_by_category(report)
    if not coverage:
        return ""
    rows = "\n".join(
        f"<tr><td>{escape(item.category.replace('_', ' '))}</td><td>{_bar(item.covered, item.total)}</td>"
        f'<td class="num">{item.covered} of {item.total}</td></tr>'
        for item in coverage
    )
    return (
        '<section id="coverage">\n<h2>Coverage by category</h2>\n'
        '<table>\n<tr><th>Category</th><th></th><th class="num">Covered</th></tr>\n'
        f"{rows}\n</table>\n</section>"
    )


def _terms(report: Report) -> str:
    if not report.terms:
        return ""
    counts = summary_counts(report)
    summary = (
        f"{counts['terms']} terms: {counts['missing']} missing ({counts['missing_required']} required), "
        f"{counts['synonym']} under another name, {counts['related']} related, {counts['literal']} present."
    )
    tables = [_term_table(status, terms) for status, terms in terms_by_status(report).items()]
    return (
        f'<section id="terms">\n<h2>Posting terms</h2>\n<p class="muted">{summary}</p>\n'
        + "\n".join(tables)
        + "\n</section>"
    )


def _term_table(status: Status, terms: tuple[TermResult, ...]) -> str:
    last = "Note" if status is Status.MISSING else "On the resume"
    rows = "\n".join(_term_row(term) for term in terms)
    return (
        f'<h3 class="status-{status.value}">{STATUS_HEADINGS[status]} ({len(terms)})</h3>\n'
        f"<table>\n<tr><th>Term</th><th>Importance</th><th>Category</th><th>{last}</th></tr>\n{rows}\n</table>"
    )


def _term_row(term: TermResult) -> str:
    requirement = term.requirement
    name = escape(requirement.term)
    return (
        f'<tr><td class="status-{term.status.value}">{name}</td>'
        f"<td>{escape(requirement.importance.value)}</td>"
        f"<td>{escape(requirement.category.value.replace('_', ' '))}</td><td>{_advice(term)}</td></tr>"
    )


_MARKUP = Markup(
    escape=escape,
    strong=lambda t: f"<strong>{t}</strong>",
    emphasis=lambda t: f"<em>{t}</em>",
    risk=lambda t: f'<span class="region">{t}</span>',
)


def _advice(term: TermResult) -> str:
    return "<br>".join(term_advice(term, _MARKUP))


def _resume_text(report: Report) -> str:
    if not report.resume.lines:
        return ""
    statuses = _mention_statuses(report)
    by_line: dict[int, list[Mention]] = {}
    for mention in report.resume_mentions:
        by_line.setdefault(mention.line, []).append(mention)
    items = "\n".join(
        _resume_line(line, by_line.get(line.index, []), statuses) for line in report.resume.lines
    )
    legend = " ".join(
        f'<mark class="status-{status.value}">{STATUS_HEADINGS[status].lower()}</mark>'
        for status in (Status.LITERAL, Status.SYNONYM, Status.RELATED)
    )
    legend += f' <mark class="{UNASKED}">not asked for by the posting</mark>'
    return (
        '<section id="resume">\n<h2>The resume as an ATS reads it</h2>\n'
        f'<p class="legend muted">{legend}</p>\n<ol class="resume">\n{items}\n</ol>\n</section>'
    )


def _mention_statuses(report: Report) -> tuple[dict[tuple[int, int, int], Status], dict[str, Status]]:
    """Status by exact mention position, and by concept id as a fallback."""
    by_position: dict[tuple[int, int, int], Status] = {}
    by_concept: dict[str, Status] = {}
    for term in report.terms:
        for mention in term.mentions:
            by_position.setdefault((mention.line, mention.start, mention.end), term.status)
            by_concept.setdefault(mention.concept_id, term.status)
        if term.status.is_met:
            by_concept.setdefault(term.requirement.concept_id, term.status)
    return by_position, by_concept


def _resume_line(
    line: Line,
    mentions: list[Mention],
    statuses: tuple[dict[tuple[int, int, int], Status], dict[str, Status]],
) -> str:
    at_risk = line.region is not Region.BODY
    attributes = f' value="{line.index + 1}"' + (' class="at-risk"' if at_risk else "")
    region = f'<span class="region">{escape(line.region.value.replace("_", " "))}</span>' if at_risk else ""
    return f"<li{attributes}>{_highlight(line.text, mentions, statuses)}{region}</li>"


def _highlight(
    text: str,
    mentions: list[Mention],
    statuses: tuple[dict[tuple[int, int, int], Status], dict[str, Status]],
) -> str:
    """The line with each mention wrapped in a <mark> coloured by status; overlapping mentions are skipped."""
    by_position, by_concept = statuses
    pieces, cursor = [], 0
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        start, end = max(mention.start, cursor), min(mention.end, len(text))
        if start != mention.start or end <= start:
            continue
        status = by_position.get((mention.line, mention.start, mention.end)) or by_concept.get(
            mention.concept_id
        )
        css = f"status-{status.value}" if status else UNASKED
        pieces.append(escape(text[cursor:start]))
        pieces.append(
            f'<mark class="{css}" title="{escape(mention.concept_id)}">{escape(text[start:end])}</mark>'
        )
        cursor = end
    pieces.append(escape(text[cursor:]))
    return "".join(pieces) or "&nbsp;"


def _sections(report: Report) -> str:
    rows = "\n".join(
        f'<tr><td class="num">{n}</td><td>{escape(s.kind.value.replace("_", " "))}</td>'
        f"<td>{escape(s.heading) or PREAMBLE}</td>"
        f'<td class="num">{s.start + 1}–{s.end}</td></tr>'
        for n, s in enumerate(report.sections, 1)
    )
    if not rows:
        return '<section id="sections">\n<h2>Sections</h2>\n<p>No sections recognised.</p>\n</section>'
    return (
        '<section id="sections">\n<h2>Sections (in the order found)</h2>\n<table>\n'
        '<tr><th class="num">#</th><th>Section</th><th>Heading as written</th>'
        '<th class="num">Lines</th></tr>\n'
        f"{rows}\n</table>\n</section>"
    )


def _findings(report: Report) -> str:
    if not report.findings:
        return ""
    groups = []
    for severity, findings in findings_by_severity(report).items():
        items = "\n".join(_finding_item(finding) for finding in findings)
        heading = (
            f'<h3 class="severity-{severity.value}">{SEVERITY_HEADINGS[severity]} ({len(findings)})</h3>'
        )
        groups.append(f'{heading}\n<ul class="findings">\n{items}\n</ul>')
    return '<section id="findings">\n<h2>Findings</h2>\n' + "\n".join(groups) + "\n</section>"


def _finding_item(finding: Finding) -> str:
    code = f'<code class="severity-{finding.severity.value}">{escape(finding.code)}</code>'
    where = _location(finding.location)
    hint = f'<span class="hint">{escape(finding.hint)}</span>' if finding.hint else ""
    return f"<li>{code}{where} {escape(finding.message)}{hint}</li>"


def _location(location: Location | None) -> str:
    if location is None or (location.page is None and location.line is None):
        return ""
    parts = [f"page {location.page}"] if location.page is not None else []
    parts += [f"line {location.line + 1}"] if location.line is not None else []
    return f' <span class="muted">({escape(", ".join(parts))})</span>'


def _unknown_terms(report: Report) -> str:
    if not report.posting or not report.posting.unknown_terms:
        return ""
    names = ", ".join(escape(term.text) for term in report.posting.unknown_terms)
    return (
        '<section id="unknown">\n<h2>Posting wordings not scored (check them yourself)</h2>\n'
        f'<p class="muted">{names}</p>\n</section>'
    )
