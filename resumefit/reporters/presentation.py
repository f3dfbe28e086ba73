"""How a Report is ordered, grouped and counted for display: the choices every renderer shares."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from resumefit.advice import is_condition, job_conditions, term_note
from resumefit.models import Finding, Importance, Region, Report, Severity, Status, TermResult

IMPORTANCE_ORDER: tuple[Importance, ...] = (Importance.REQUIRED, Importance.PREFERRED, Importance.MENTIONED)
STATUS_ORDER: tuple[Status, ...] = (
    Status.MISSING,
    Status.IN_PROGRESS,
    Status.SYNONYM,
    Status.RELATED,
    Status.LITERAL,
)
SEVERITY_ORDER: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)

STATUS_HEADINGS: dict[Status, str] = {
    Status.MISSING: "Missing",
    Status.IN_PROGRESS: "In progress, not yet held",
    Status.SYNONYM: "Present under another name",
    Status.RELATED: "Related term only",
    Status.LITERAL: "Present",
}
SEVERITY_HEADINGS: dict[Severity, str] = {
    Severity.ERROR: "Errors",
    Severity.WARNING: "Warnings",
    Severity.INFO: "Notes",
}


@dataclass(frozen=True, slots=True)
class CategoryCoverage:
    """How many of a category's posting terms the resume covers (any status but missing)."""

    category: str
    covered: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.covered / self.total) if self.total else 0


def ordered_terms(report: Report) -> tuple[TermResult, ...]:
    """Required terms first, then preferred, then mentioned; missing first within each; else posting order."""
    return tuple(sorted(report.terms, key=_term_key))


def _term_key(term: TermResult) -> tuple[int, int]:
    return IMPORTANCE_ORDER.index(term.requirement.importance), STATUS_ORDER.index(term.status)


def terms_by_status(report: Report) -> dict[Status, tuple[TermResult, ...]]:
    """Terms grouped by status in STATUS_ORDER, required first within each group; empty groups left out."""
    ordered = sorted(report.terms, key=lambda term: IMPORTANCE_ORDER.index(term.requirement.importance))
    groups = {status: tuple(term for term in ordered if term.status is status) for status in STATUS_ORDER}
    return {status: terms for status, terms in groups.items() if terms}


def ordered_findings(report: Report) -> tuple[Finding, ...]:
    """Findings by severity (errors first), then by page, line and code."""
    return tuple(sorted(report.findings, key=_finding_key))


def _finding_key(finding: Finding) -> tuple[int, int, int, str]:
    location = finding.location
    page = (location.page or 0) if location else 0
    line = location.line if location and location.line is not None else -1
    return SEVERITY_ORDER.index(finding.severity), page, line, finding.code


def findings_by_severity(report: Report) -> dict[Severity, tuple[Finding, ...]]:
    """Findings grouped by severity, errors first; empty groups left out."""
    ordered = ordered_findings(report)
    groups = {severity: tuple(f for f in ordered if f.severity is severity) for severity in SEVERITY_ORDER}
    return {severity: findings for severity, findings in groups.items() if findings}


def one_based(index: int | None) -> int | None:
    """A 0-based line index as the 1-based line number people read."""
    return None if index is None else index + 1


def risky_regions(term: TermResult) -> tuple[str, ...]:
    """The at-risk regions (header, footer, table, text box) the term was found in, in a stable order."""
    regions = {mention.region for mention in term.mentions if mention.region is not Region.BODY}
    return tuple(region.value.replace("_", " ") for region in Region if region in regions)


def summary_counts(report: Report) -> dict[str, int]:
    """Headline counts: terms by status and importance (job conditions left out), findings by severity."""
    terms = [term for term in report.terms if not is_condition(term.requirement)]
    statuses = Counter(term.status for term in terms)
    missing = Counter(term.requirement.importance for term in terms if term.status is Status.MISSING)
    severities = Counter(finding.severity for finding in report.findings)
    return {
        "terms": len(terms),
        "literal": statuses[Status.LITERAL],
        "synonym": statuses[Status.SYNONYM],
        "related": statuses[Status.RELATED],
        "missing": statuses[Status.MISSING],
        "in_progress": statuses[Status.IN_PROGRESS],
        "missing_required": missing[Importance.REQUIRED],
        "missing_preferred": missing[Importance.PREFERRED],
        "at_risk": sum(1 for term in report.terms if term.at_risk),
        "errors": severities[Severity.ERROR],
        "warnings": severities[Severity.WARNING],
        "infos": severities[Severity.INFO],
    }


def coverage_by_category(report: Report) -> tuple[CategoryCoverage, ...]:
    """Coverage per vocabulary category, in the order categories first appear among the ordered terms."""
    totals: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    for term in ordered_terms(report):
        category = term.requirement.category.value
        totals[category] += 1
        covered[category] += term.status.is_met
    return tuple(CategoryCoverage(category, covered[category], total) for category, total in totals.items())


def word_count(report: Report) -> int:
    """Words on the resume, counted as whitespace-separated tokens."""
    return sum(len(line.text.split()) for line in report.resume.lines)


def points(value: float) -> str:
    """A score value without a needless '.0'."""
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


@dataclass(frozen=True, slots=True)
class Markup:
    """How a text format escapes document text and marks emphasis, for ``term_advice``."""

    escape: Callable[[str], str]
    strong: Callable[[str], str]
    emphasis: Callable[[str], str]
    risk: Callable[[str], str]


def _spaced(style: Callable[[str], str], escape: Callable[[str], str], text: str) -> str:
    """Style and escape the words of ``text``, keeping the spaces around them (escapers may trim them)."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core[0])
    return text[:start] + style(escape(core)) + text[start + len(core) :]


def term_advice(term: TermResult, markup: Markup) -> list[str]:
    """What to do about one posting term, as short parts in the format's markup (worded in advice)."""
    styles = {"plain": str, "strong": markup.strong, "emphasis": markup.emphasis, "risk": markup.risk}
    note = "".join(
        _spaced(styles[kind], markup.escape, text) for kind, text in term_note(term) if kind != "emphasis"
    )
    parts = [note] if note else []
    if term.status is Status.LITERAL and term.mentions:
        parts.insert(0, ", ".join(f"p{m.page}:{m.line + 1}" for m in term.mentions))
    parts += [markup.emphasis(markup.escape(text)) for kind, text in term_note(term) if kind == "emphasis"]
    if term.at_risk:
        regions = markup.escape(", ".join(risky_regions(term)) or "a risky region")
        parts.append(markup.risk(f"at risk: only in {regions}"))
    return parts


# --- what every text report shares --------------------------------------------------------------

# Terminal escape sequences (CSI, OSC, single ESC codes) and other control characters but tab and newline:
# document text must never move the cursor, retitle the window or recolour the user's terminal.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
# Codes whose findings repeat a row of the terms tables; the terminal shows each term once, in its table.
TERM_CODES = frozenset({"K001", "K002", "K003", "K004", "K005"})


def clean(text: str) -> str:
    """Text with terminal escape sequences and control characters (but tab and newline) removed."""
    return _CONTROL.sub("", text)


def readable(report: Report) -> Report:
    """The report with every document-derived text cleaned of escape sequences, for the text formats."""
    return replace(
        report,
        findings=tuple(_clean_finding(f) for f in report.findings),
        terms=tuple(_clean_term(t) for t in report.terms),
        sections=tuple(replace(s, heading=clean(s.heading)) for s in report.sections),
        posting=_clean_posting(report),
        resume=replace(report.resume, path=clean(report.resume.path)),
        fix_first=tuple(replace(a, text=clean(a.text)) for a in report.fix_first),
    )


def _clean_finding(finding: Finding) -> Finding:
    location = finding.location
    if location is not None and location.section:
        location = replace(location, section=clean(location.section))
    return replace(finding, message=clean(finding.message), hint=clean(finding.hint), location=location)


def _clean_term(term: TermResult) -> TermResult:
    req = term.requirement
    requirement = replace(
        req, term=clean(req.term), posting_form=clean(req.posting_form), snippet=clean(req.snippet)
    )
    optional = {
        k: clean(v) for k in ("misspelt", "broader", "alternative", "mirror") if (v := getattr(term, k))
    }
    return replace(
        term, requirement=requirement, resume_forms=tuple(clean(f) for f in term.resume_forms), **optional
    )


def _clean_posting(report: Report):  # noqa: ANN202
    posting = report.posting
    if posting is None:
        return None
    unknown = tuple(replace(u, text=clean(u.text), snippet=clean(u.snippet)) for u in posting.unknown_terms)
    document = replace(posting.document, path=clean(posting.document.path))
    title = clean(posting.title) if posting.title else posting.title
    return replace(posting, title=title, unknown_terms=unknown, document=document)


def missing_required(report: Report) -> tuple[TermResult, ...]:
    """Required posting terms the resume does not name, job conditions left out."""
    return tuple(
        t
        for t in report.terms
        if not t.status.is_met
        and t.requirement.importance is Importance.REQUIRED
        and not is_condition(t.requirement)
    )


def conditions(report: Report) -> tuple[str, ...]:
    """The posting's job conditions (driver's license, lifting, shifts): listed, never failed on."""
    return job_conditions(report.posting)


@dataclass(frozen=True, slots=True)
class FindingGroup:
    """One rule's findings of one severity shown as one: the first, and how many more where."""

    first: Finding
    more: tuple[Finding, ...] = ()

    @property
    def count(self) -> int:
        return 1 + len(self.more)


def collapsed(findings: tuple[Finding, ...]) -> tuple[FindingGroup, ...]:
    """Findings of one rule and severity collapsed into one group, in the order each rule first appears."""
    groups: dict[tuple[str, Severity], list[Finding]] = {}
    for finding in findings:
        groups.setdefault((finding.code, finding.severity), []).append(finding)
    return tuple(FindingGroup(group[0], tuple(group[1:])) for group in groups.values())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary_line(report: Report) -> str:
    """ruff-style last line: 'Found 1 error, 4 warnings and 15 notes. Match score 75/100.' and the gate."""
    counts = summary_counts(report)
    parts = [_plural(counts["errors"], "error"), _plural(counts["warnings"], "warning")]
    parts.append(_plural(counts["infos"], "note"))
    found = f"Found {', '.join(parts[:-1])} and {parts[-1]}."
    score = (
        f"Match score {report.score.total}/100." if report.posting else "Resume-only check: no match score."
    )
    return " ".join([found, score, *gate_lines(report)])


def gate_lines(report: Report) -> tuple[str, ...]:
    """'Failed: score 72 is below --min-score 80.' when the gate failed; nothing otherwise."""
    gate = report.gate
    if gate is None or gate.passed:
        return ()
    return (f"Failed: {'; '.join(gate.reasons)}.",)
