"""The fit score (0-100, explainable and versioned) and the few changes worth most."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from resumefit.advice import action_text, is_condition
from resumefit.models import (
    Action,
    Document,
    Finding,
    Gate,
    Importance,
    Score,
    ScorePart,
    Section,
    Severity,
    Status,
    TermResult,
)

SCORE_VERSION = "2"

COVERAGE = "coverage"
STRUCTURE = "structure"
PARSEABILITY = "parseability"
WORDING = "wording"

MAX_POINTS: dict[str, float] = {COVERAGE: 60.0, STRUCTURE: 15.0, PARSEABILITY: 15.0, WORDING: 10.0}
CREDIT: dict[Status, float] = {
    Status.LITERAL: 1.0,
    Status.SYNONYM: 0.8,
    Status.RELATED: 0.6,
    Status.IN_PROGRESS: 0.0,  # a credential being pursued is not held: never counted as met
    Status.MISSING: 0.0,
}
AT_RISK_FACTOR = 0.5  # a term found only in a header, footer, table or text box earns half its credit
OPEN_FACTOR = 0.5  # a term the vocabulary does not know (read from the posting's structure) weighs half
# Which part a finding's code letter costs; K findings are already counted by coverage.
PART_OF: dict[str, str] = {"S": STRUCTURE, "C": STRUCTURE, "L": PARSEABILITY, "W": WORDING}
# What one rule costs, as a share of its part's maximum, by the worst severity it reported.
SEVERITY_SHARE: dict[Severity, float] = {
    Severity.ERROR: 1 / 3,
    Severity.WARNING: 1 / 5,
    Severity.INFO: 1 / 15,
}
REPEAT_STEP = 0.5  # each further finding of the same rule adds half its cost ...
REPEAT_CAP = 2.0  # ... up to twice its cost


def score_report(
    terms: tuple[TermResult, ...],
    findings: Iterable[Finding],
    resume: Document,
    sections: tuple[Section, ...],
) -> Score:
    """Score a resume: coverage of the posting's terms, structure, parseability and wording.

    With no posting terms, coverage is left out and the other parts are rescaled to 100.
    """
    findings = tuple(findings)
    terms = scored_terms(terms)
    parts = [] if not terms else [coverage_part(terms)]
    parts.append(_structure_part(findings, sections))
    parts.append(_parseability_part(findings, resume))
    parts.append(deduction_part(WORDING, findings))
    return Score(total=_total(parts), parts=tuple(parts), version=SCORE_VERSION)


def scored_terms(terms: tuple[TermResult, ...]) -> tuple[TermResult, ...]:
    """The posting terms that count toward coverage: job conditions are listed, not scored."""
    return tuple(t for t in terms if not is_condition(t.requirement))


def term_credit(result: TermResult) -> float:
    """Credit for one posting term, 0..1: by status, halved when the term is only in a risky region."""
    credit = CREDIT[result.status]
    return credit * AT_RISK_FACTOR if result.at_risk and credit else credit


def term_weight(result: TermResult) -> float:
    """A posting term's weight: by importance, halved for a term the vocabulary does not know."""
    weight = result.requirement.importance.weight
    return weight if result.requirement.known else weight * OPEN_FACTOR


def coverage_part(terms: tuple[TermResult, ...]) -> ScorePart:
    """Importance-weighted coverage of the posting's terms, worth MAX_POINTS[COVERAGE]."""
    weight = sum(term_weight(t) for t in terms)
    earned = sum(term_weight(t) * term_credit(t) for t in terms)
    points = MAX_POINTS[COVERAGE] * earned / weight if weight else 0.0
    return ScorePart(
        COVERAGE, round(points, 1), MAX_POINTS[COVERAGE], _coverage_detail(terms, earned, weight)
    )


def _coverage_detail(terms: tuple[TermResult, ...], earned: float, weight: float) -> str:
    counts = {s: sum(t.status is s for t in terms) for s in Status}
    at_risk = sum(t.at_risk and t.status.is_met for t in terms)
    shown = [s for s in Status if s is not Status.IN_PROGRESS or counts[s]]  # in progress only when there
    tally = ", ".join(f"{counts[s]} {s.value.replace('_', ' ')}" for s in shown)
    risky = f"; {at_risk} only in headers, tables or text boxes (half credit)" if at_risk else ""
    return (
        f"{earned:.1f} of {weight:.1f} weighted term credit ({tally}{risky}). "
        "Weights: required 3, preferred 1.5, mentioned 1, halved for a term outside the vocabulary; "
        "credit: literal 1, synonym 0.8, related 0.6, missing 0."
    )


def code_cost(findings: list[Finding], max_points: float) -> float:
    """One rule's cost: its worst severity's share of the part, plus half for each repeat, at most twice."""
    worst = max(findings, key=lambda f: f.severity.rank).severity
    return max_points * SEVERITY_SHARE[worst] * min(1 + REPEAT_STEP * (len(findings) - 1), REPEAT_CAP)


def deduction_part(name: str, findings: Iterable[Finding]) -> ScorePart:
    """A part that starts at its maximum and loses each rule's cost, never below zero."""
    top = MAX_POINTS[name]
    costs = {code: code_cost(group, top) for code, group in _by_code(findings, name).items()}
    points = max(0.0, top - sum(costs.values()))
    return ScorePart(name, round(points, 1), top, _deduction_detail(top, costs, points))


def _deduction_detail(top: float, costs: dict[str, float], points: float) -> str:
    if not costs:
        return f"{top:g} of {top:g}: no findings."
    spent = " ".join(f"- {cost:.1f} {code}" for code, cost in sorted(costs.items()))
    return f"{top:g} {spent} = {points:.1f}."


def _structure_part(findings: tuple[Finding, ...], sections: tuple[Section, ...]) -> ScorePart:
    part = deduction_part(STRUCTURE, findings)
    kinds = ", ".join(dict.fromkeys(s.kind.value for s in sections if s.heading)) or "none"
    return replace(part, detail=f"{part.detail} Sections found: {kinds}.")


def _parseability_part(findings: tuple[Finding, ...], resume: Document) -> ScorePart:
    if not resume.lines:
        return ScorePart(
            PARSEABILITY, 0.0, MAX_POINTS[PARSEABILITY], "No text could be read from the resume."
        )
    return deduction_part(PARSEABILITY, findings)


def _by_code(findings: Iterable[Finding], part: str) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {}
    for item in findings:
        if PART_OF.get(item.code[:1]) == part:
            groups.setdefault(item.code, []).append(item)
    return groups


def _total(parts: list[ScorePart]) -> int:
    top = sum(p.max_points for p in parts)
    return int(100 * sum(p.points for p in parts) / top + 0.5) if top else 0


# --- fix first ---------------------------------------------------------------------------------


def fix_first(
    terms: tuple[TermResult, ...],
    findings: Iterable[Finding],
    score: Score,
    limit: int = 5,
) -> tuple[Action, ...]:
    """The changes worth most, by estimated score points gained, each a concrete sentence."""
    findings = tuple(findings)
    terms = scored_terms(terms)
    scale = _scale(score)
    actions = [*_term_actions(terms, scale), *_finding_actions(findings, scale)]
    actions = [a for a in actions if a.gain > 0 and a.text]
    actions.sort(key=lambda a: (-a.gain, a.code or "", a.text))
    return tuple(actions[:limit])


def _scale(score: Score) -> float:
    """Part points to total points: 1.0 with a posting, more when coverage is left out."""
    top = sum(p.max_points for p in score.parts)
    return 100 / top if top else 0.0


def _term_actions(terms: tuple[TermResult, ...], scale: float) -> list[Action]:
    weight = sum(term_weight(t) for t in terms)
    if not weight:
        return []
    actions = []
    for result in terms:
        missing_credit = 1.0 - term_credit(result)
        gain = MAX_POINTS[COVERAGE] * term_weight(result) * missing_credit / weight * scale
        code, text = _term_advice(result)
        actions.append(Action(text=text, gain=round(gain, 1), code=code))
    return actions


def _term_advice(result: TermResult) -> tuple[str | None, str]:
    req = result.requirement
    if not result.status.is_met:
        return {Importance.REQUIRED: "K001", Importance.PREFERRED: "K002"}.get(req.importance), action_text(
            result
        )
    codes = {Status.SYNONYM: "K003", Status.RELATED: "K004"}
    return codes.get(result.status, "K005"), action_text(result)


def _finding_actions(findings: tuple[Finding, ...], scale: float) -> list[Action]:
    actions = []
    for part in (STRUCTURE, PARSEABILITY, WORDING):
        groups = _by_code(findings, part)
        now = deduction_part(part, findings).points
        for code, group in groups.items():
            without = deduction_part(part, [f for f in findings if f.code != code]).points
            actions.append(
                Action(text=_finding_advice(group), gain=round((without - now) * scale, 1), code=code)
            )
    return actions


_CLAUSE_END = re.compile(r"(?<!e\.g)(?<!i\.e)[.:;](?:\s|$)")


_QUOTE = re.compile(r"(?<!\w)'|'(?!\w)")


def _first_clause(text: str) -> str:
    """Text up to the first clause end outside quotes: 'e.g. 'Hematology: Sysmex XN'' stays whole."""
    for end in _CLAUSE_END.finditer(text):
        if len(_QUOTE.findall(text, 0, end.start())) % 2 == 0:
            return text[: end.start()].strip()
    return text.strip()


def _finding_advice(group: list[Finding]) -> str:
    """The first clause of the first finding's hint (else its message), with a count for repeats."""
    first = group[0]
    text = _first_clause(first.hint or first.message)
    return f"{text} ({len(group)} places)" if len(group) > 1 else text


# --- the gate ----------------------------------------------------------------------------------


def gate_verdict(
    findings: Iterable[Finding], score: Score, fail_on: Severity | None, min_score: int | None
) -> Gate:
    """Pass or fail, with each reason in words a user can act on ("score 72 is below --min-score 80")."""
    reasons = []
    if fail_on is not None:
        over = [f for f in findings if f.severity.rank >= fail_on.rank]
        if over:
            codes = ", ".join(dict.fromkeys(f.code for f in over))
            noun = "finding" if len(over) == 1 else "findings"
            reasons.append(f"{len(over)} {noun} at or above --fail-on {fail_on.value} ({codes})")
    if min_score is not None and score.total < min_score:
        reasons.append(f"score {score.total} is below --min-score {min_score}")
    return Gate(passed=not reasons, reasons=tuple(reasons))
