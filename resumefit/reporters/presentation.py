"""How a Report is ordered, grouped and counted for display: the choices every renderer shares."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from resumefit.models import Finding, Importance, Region, Report, Severity, Status, TermResult

IMPORTANCE_ORDER: tuple[Importance, ...] = (Importance.REQUIRED, Importance.PREFERRED, Importance.MENTIONED)
STATUS_ORDER: tuple[Status, ...] = (Status.MISSING, Status.SYNONYM, Status.RELATED, Status.LITERAL)
SEVERITY_ORDER: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)

STATUS_HEADINGS: dict[Status, str] = {
    Status.MISSING: "Missing",
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
    """Headline counts: terms by status and importance, findings by severity."""
    statuses = Counter(term.status for term in report.terms)
    missing = Counter(term.requirement.importance for term in report.terms if term.status is Status.MISSING)
    severities = Counter(finding.severity for finding in report.findings)
    return {
        "terms": len(report.terms),
        "literal": statuses[Status.LITERAL],
        "synonym": statuses[Status.SYNONYM],
        "related": statuses[Status.RELATED],
        "missing": statuses[Status.MISSING],
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
        covered[category] += term.status is not Status.MISSING
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


def term_advice(term: TermResult, markup: Markup) -> list[str]:
    """What to do about one posting term, as short parts in the format's markup."""
    wording, forms = markup.escape(term.requirement.posting_form), markup.escape(", ".join(term.resume_forms))
    if term.status is Status.MISSING:
        same = term.requirement.posting_form.casefold() == term.requirement.term.casefold()
        parts = [] if same else [f"posting wrote: {wording}"]
    elif term.status is Status.SYNONYM:
        parts = [f"use the posting's wording: {markup.strong(wording)} (you wrote {forms})"]
    elif term.status is Status.RELATED:
        parts = [f"{forms or 'a related term'} is related; name {markup.strong(wording)} if it applies"]
    else:
        parts = [", ".join(f"p{m.page}:{m.line + 1}" for m in term.mentions)]
    if term.suggestion:
        parts.append(markup.emphasis(markup.escape(term.suggestion)))
    if term.at_risk:
        regions = markup.escape(", ".join(risky_regions(term)) or "a risky region")
        parts.append(markup.risk(f"at risk: only in {regions}"))
    return parts
