"""What changed between two recorded versions: posting terms, findings, score, and the extracted text."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from resumefit.history.records import VersionRecord

PRESENT = ("literal", "synonym", "related")  # statuses meaning the resume answers the term
ABSENT = "absent"  # the term is not in that version's report at all


@dataclass(frozen=True, slots=True)
class TermChange:
    """A posting term whose status differs between the two versions."""

    term: str
    importance: str
    before: str
    after: str
    posting_form: str = ""


@dataclass(frozen=True, slots=True)
class FindingRef:
    """A finding as compared across versions: code and message identify it."""

    code: str
    severity: str
    message: str


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """Version `before_id` against version `after_id`."""

    before_id: int
    after_id: int
    score_before: float | None
    score_after: float | None
    same_posting: bool
    terms_gained: tuple[TermChange, ...]
    terms_lost: tuple[TermChange, ...]
    terms_changed: tuple[TermChange, ...]
    findings_fixed: tuple[FindingRef, ...]
    findings_new: tuple[FindingRef, ...]
    text_diff: tuple[str, ...]
    # with different postings only the terms both ask for are compared; the rest are listed here
    only_before: tuple[str, ...] = ()
    only_after: tuple[str, ...] = ()
    posting_before: str | None = None
    posting_after: str | None = None

    @property
    def score_change(self) -> float | None:
        if self.score_before is None or self.score_after is None:
            return None
        return self.score_after - self.score_before


def diff_versions(before: VersionRecord, after: VersionRecord) -> VersionDiff:
    """Compare two versions; a pure function of the two records."""
    same_posting = before.posting_sha256 == after.posting_sha256
    terms_before, terms_after = _terms(before.report), _terms(after.report)
    only_before: tuple[str, ...] = ()
    only_after: tuple[str, ...] = ()
    if not same_posting:  # compare like with like: the terms both postings ask for
        only_before = tuple(str(t.get("term", "")) for k, t in terms_before.items() if k not in terms_after)
        only_after = tuple(str(t.get("term", "")) for k, t in terms_after.items() if k not in terms_before)
        terms_before = {k: t for k, t in terms_before.items() if k in terms_after}
        terms_after = {k: t for k, t in terms_after.items() if k in terms_before}
    gained, lost, changed = _term_changes(terms_before, terms_after)
    fixed, new = _finding_changes(_findings(before.report), _findings(after.report))
    return VersionDiff(
        before_id=before.id,
        after_id=after.id,
        score_before=before.score,
        score_after=after.score,
        same_posting=same_posting,
        terms_gained=gained,
        terms_lost=lost,
        terms_changed=changed,
        findings_fixed=fixed,
        findings_new=new,
        text_diff=_text_diff(before, after),
        only_before=only_before,
        only_after=only_after,
        posting_before=before.posting_name,
        posting_after=after.posting_name,
    )


def _terms(report: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """The report's terms keyed by concept id (or name), in report order."""
    terms = (report or {}).get("terms") or []
    return {str(term.get("concept_id") or term.get("term", "")).lower(): term for term in terms}


def _term_changes(
    before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]
) -> tuple[tuple[TermChange, ...], tuple[TermChange, ...], tuple[TermChange, ...]]:
    gained: list[TermChange] = []
    lost: list[TermChange] = []
    changed: list[TermChange] = []
    for key in [*after, *(key for key in before if key not in after)]:
        change = _term_change(before.get(key), after.get(key))
        if change.before == change.after:
            continue
        was, now = change.before in PRESENT, change.after in PRESENT
        bucket = changed if was and now else gained if now else lost if was else None
        if bucket is not None:
            bucket.append(change)
    return tuple(gained), tuple(lost), tuple(changed)


def _term_change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> TermChange:
    either = after or before or {}
    return TermChange(
        term=str(either.get("term", "")),
        importance=str(either.get("importance", "")),
        before=str(before.get("status", ABSENT)) if before else ABSENT,
        after=str(after.get("status", ABSENT)) if after else ABSENT,
        posting_form=str(either.get("posting_form", "")),
    )


def _findings(report: dict[str, Any] | None) -> list[FindingRef]:
    findings = (report or {}).get("findings") or []
    return [
        FindingRef(str(item.get("code", "")), str(item.get("severity", "")), str(item.get("message", "")))
        for item in findings
    ]


def _finding_changes(
    before: list[FindingRef], after: list[FindingRef]
) -> tuple[tuple[FindingRef, ...], tuple[FindingRef, ...]]:
    """Findings only in `before` are fixed, only in `after` new; repeated findings are counted."""
    remaining_after = Counter(after)
    remaining_before = Counter(before)
    fixed = [item for item in before if not _take(remaining_after, item)]
    new = [item for item in after if not _take(remaining_before, item)]
    return tuple(fixed), tuple(new)


def _take(counter: Counter[FindingRef], item: FindingRef) -> bool:
    if counter[item] > 0:
        counter[item] -= 1
        return True
    return False


def _text_diff(before: VersionRecord, after: VersionRecord) -> tuple[str, ...]:
    lines = difflib.unified_diff(
        before.resume_text.splitlines(),
        after.resume_text.splitlines(),
        fromfile=f"#{before.id} {before.resume_name}",
        tofile=f"#{after.id} {after.resume_name}",
        lineterm="",
    )
    return tuple(lines)
