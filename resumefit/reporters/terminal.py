"""The terminal report, what matters first: score, what to fix first, missing required terms, the rest."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import replace

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

import resumefit
from resumefit.advice import is_condition, term_note
from resumefit.models import Location, Mention, Report, Severity, Status, TermResult
from resumefit.reporters.presentation import (
    SEVERITY_HEADINGS,
    STATUS_HEADINGS,
    TERM_CODES,
    FindingGroup,
    clean,
    collapsed,
    conditions,
    findings_by_severity,
    gate_lines,
    missing_required,
    points,
    readable,
    risky_regions,
    summary_counts,
    summary_line,
    terms_by_status,
)

STATUS_STYLES: dict[Status, str] = {
    Status.MISSING: "bold red",
    Status.IN_PROGRESS: "magenta",
    Status.SYNONYM: "yellow",
    Status.RELATED: "cyan",
    Status.LITERAL: "green",
}
SEVERITY_STYLES: dict[Severity, str] = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.INFO: "blue",
}
BAR_WIDTH = 10
MAX_PLACES = 4


def render_terminal(report: Report, *, color: bool = False, width: int = 100) -> str:
    """The report as terminal text; ANSI styles only when ``color`` is true."""
    console = Console(
        file=io.StringIO(),
        record=True,
        width=width,
        force_terminal=color,
        color_system="truecolor" if color else None,
        no_color=not color,  # the caller already weighed --color and NO_COLOR
        markup=False,
        emoji=False,
        highlight=False,
    )
    for block in _blocks(readable(report)):
        console.print(block)
    text = console.export_text(styles=color)
    # rich pads table rows to their full width; plain text is easier to diff and paste without it
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))


def _blocks(report: Report) -> Iterable[RenderableType]:
    yield _title(report)
    yield _score(report)
    if report.fix_first:
        yield _fix_first(report)
    if missing_required(report):
        yield _missing_required(report)
    if conditions(report):
        yield _conditions(report)
    if report.terms:
        yield _terms(report)
    elif report.resume_terms:
        yield _resume_terms(report)
    shown = _shown_findings(report)
    if shown:
        yield _findings(report, shown)
    yield _sections(report)
    if report.posting and report.posting.unknown_terms:
        yield _unknown_terms(report)
    yield Text("\n" + summary_line(report), style="bold")


def _heading(text: str) -> Text:
    return Text(f"\n{text}", style="bold underline")


def _title(report: Report) -> Text:
    title = Text(f"resumefit {resumefit.__version__}", style="bold")
    title.append(f"  {report.resume.path}")
    if report.posting:
        title.append(f"\nPosting: {report.posting.title or 'untitled'} ({report.posting.document.path})")
    else:
        title.append("\nResume-only check: no posting given, so no match score (layout, sections, wording).")
    title.append(f"\nCareer track: {report.track.value}", style="dim")
    return title


def _score(report: Report) -> Group:
    score = report.score
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    for part in score.parts:
        fraction = f"{points(part.points)}/{points(part.max_points)}"
        table.add_row(part.name, Text(fraction, justify="right"), _bar(part.points, part.max_points))
    label = "Match score" if report.posting else "Resume readiness (not a match score)"
    headline = Text(f"\n{label} {score.total}/100  ", style="bold")
    headline.append(_bar(score.total, 100))
    blocks: list[RenderableType] = [headline, Padding(table, (0, 0, 0, 2))]
    blocks += [Text(line, style="bold red") for line in gate_lines(report)]
    return Group(*blocks)


def _bar(value: float, maximum: float) -> Text:
    filled = max(0, min(BAR_WIDTH, round(BAR_WIDTH * value / maximum))) if maximum else 0
    bar = Text("█" * filled, style="green")
    bar.append("░" * (BAR_WIDTH - filled), style="dim")
    return bar


def _fix_first(report: Report) -> Group:
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    for number, action in enumerate(report.fix_first, 1):
        gain = f"+{points(action.gain)} pts" if action.gain else ""
        table.add_row(
            f"{number}.", action.text, Text(gain, style="green"), Text(action.code or "", style="dim")
        )
    return Group(_heading("What to fix first"), Padding(table, (0, 0, 0, 2)))


def _missing_required(report: Report) -> Group:
    terms = missing_required(report)
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("term", style=STATUS_STYLES[Status.MISSING], max_width=30)
    table.add_column("note", ratio=1)
    for term in terms:
        table.add_row(term.requirement.term, _advice(term))
    return Group(_heading(f"Missing required terms ({len(terms)})"), Padding(table, (0, 0, 0, 2)))


def _conditions(report: Report) -> Group:
    listed = Text("; ".join(conditions(report)))
    note = Text("listed for you to confirm; not scored, never failed on", style="dim")
    return Group(_heading("Job conditions"), Padding(Group(listed, note), (0, 0, 0, 2)))


def _terms(report: Report) -> Group:
    counts = summary_counts(report)
    summary = Text(
        f"{counts['terms']} posting terms: "
        f"{counts['missing']} missing ({counts['missing_required']} required), "
        f"{counts['synonym']} under another name, {counts['related']} related, {counts['literal']} present",
        style="dim",
    )
    blocks: list[RenderableType] = [_heading("Posting terms"), summary]
    already = set(map(id, missing_required(report)))
    for status, terms in terms_by_status(report).items():
        rest = tuple(t for t in terms if id(t) not in already and not is_condition(t.requirement))
        if rest:
            blocks += [Text(""), _term_table(status, rest)]
    return Group(*blocks)


def _term_table(status: Status, terms: tuple[TermResult, ...]) -> Table:
    table = Table(
        title=Text(f"{STATUS_HEADINGS[status]} ({len(terms)})", style=STATUS_STYLES[status]),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        expand=True,
    )
    # fixed widths keep the four status tables aligned with each other; the category is left to the
    # JSON, Markdown and HTML reports so an 80-column terminal keeps room for the advice
    table.add_column("Term", style=STATUS_STYLES[status], width=22)
    table.add_column("Importance", width=10, no_wrap=True)
    table.add_column("Note" if status is Status.MISSING else "On the resume", ratio=1)
    for term in terms:
        requirement = term.requirement
        table.add_row(
            requirement.term,
            requirement.importance.value,
            _advice(term),
        )
    return table


_NOTE_STYLES = {"plain": "", "strong": "bold", "emphasis": "italic", "risk": "yellow"}


def _advice(term: TermResult) -> Text:
    advice = Text(_places(term.mentions)) if term.status is Status.LITERAL else Text()
    for kind, text in term_note(term):
        if kind == "emphasis" and advice:
            advice.append("\n")
        elif advice and kind == "plain" and term.status is Status.LITERAL:
            advice.append("; ")
        advice.append(clean(text), style=_NOTE_STYLES[kind])
    if term.at_risk:
        regions = risky_regions(term)
        advice.append(f"\nat risk: only in {', '.join(regions) or 'a risky region'}", style="yellow")
    return advice


def _places(mentions: tuple[Mention, ...]) -> str:
    places = [f"p{mention.page}:{mention.line + 1}" for mention in mentions[:MAX_PLACES]]
    more = len(mentions) - MAX_PLACES
    return ", ".join(places) + (f" +{more} more" if more > 0 else "")


def _sections(report: Report) -> Group:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("Section")
    table.add_column("Heading as written")
    table.add_column("Lines", justify="right")
    for number, section in enumerate(report.sections, 1):
        heading = section.heading or Text("(before the first heading)", style="dim")
        table.add_row(str(number), section.kind.value, heading, f"{section.start + 1}-{section.end}")
    if not report.sections:
        return Group(_heading("Sections"), Text("No sections recognised.", style="dim"))
    return Group(_heading("Sections (in the order found)"), table)


def _shown_findings(report: Report) -> Report:
    """The findings not already shown as a term row (K001-K005 repeat the terms tables)."""
    if not report.terms:
        return report if report.findings else None  # type: ignore[return-value]
    rest = tuple(f for f in report.findings if f.code not in TERM_CODES)
    return replace(report, findings=rest) if rest else None  # type: ignore[return-value]


def _findings(report: Report, shown: Report) -> Group:
    hidden = len(report.findings) - len(shown.findings)
    title = "Findings" + (f" (the {hidden} about posting terms are in the tables above)" if hidden else "")
    blocks: list[RenderableType] = [_heading(title)]
    for severity, findings in findings_by_severity(shown).items():
        blocks.append(
            Text(f"{SEVERITY_HEADINGS[severity]} ({len(findings)})", style=SEVERITY_STYLES[severity])
        )
        blocks.append(Padding(_finding_table(collapsed(findings), severity), (0, 0, 0, 2)))
    return Group(*blocks)


def _finding_table(groups: tuple[FindingGroup, ...], severity: Severity) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("code", style=SEVERITY_STYLES[severity], no_wrap=True, min_width=4)
    table.add_column("where", style="dim", no_wrap=True, min_width=5)
    table.add_column("message")
    for group in groups:
        finding = group.first
        message = Text(finding.message)
        if group.more:
            places = [p for p in (_location(f.location) for f in group.more) if p][:MAX_PLACES]
            where = f" at {', '.join(places)}" if places else ""
            message.append(f" (+{len(group.more)} more{where})", style="bold")
        if finding.hint:
            message.append(f"\n→ {finding.hint}", style="dim")
        table.add_row(finding.code, _location(finding.location), message)
    return table


def _location(location: Location | None) -> str:
    if location is None or (location.page is None and location.line is None):
        return ""
    page = f"p{location.page}" if location.page is not None else "p?"
    return f"{page}:{location.line + 1}" if location.line is not None else page


def _resume_terms(report: Report) -> Group:
    """Without a posting: what a keyword scan finds on the resume, by category."""
    by_category: dict[str, list[str]] = {}
    for term in report.resume_terms:
        by_category.setdefault(term.category.value.replace("_", " "), []).append(term.term)
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column("Category", style="bold", width=16, no_wrap=True)
    table.add_column("Terms", ratio=1)
    for category, names in by_category.items():
        table.add_row(category, ", ".join(names))
    title = f"Terms on your resume ({len(report.resume_terms)}): check a posting to see what it asks for"
    return Group(_heading(title), table)


def _unknown_terms(report: Report) -> Text:
    assert report.posting is not None
    names = [
        f"{term.text} (x{term.count})" if term.count > 1 else term.text
        for term in report.posting.unknown_terms
    ]
    text = Text("\nPosting wordings not scored (check them yourself): ", style="dim")
    text.append(", ".join(names), style="dim")
    return text
