"""How `track list`, `track show` and `track diff` present versions: a rich table and plain text."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from rich import box
from rich.table import Table

from resumefit.history.diff import FindingRef, TermChange, VersionDiff
from resumefit.history.records import VersionRecord

NONE = "-"


def local_time(moment: datetime) -> str:
    """A timestamp in the user's local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def show_score(score: float | None) -> str:
    return NONE if score is None else f"{score:g}"


def version_table(records: list[VersionRecord]) -> Table:
    """The `track list` table, newest first as given: which file went with which posting to whom. Dates
    are days (`track show` has the minute), so the table fits an 80-column terminal."""
    table = Table(title=None, show_lines=False, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for name in ("id", "date", "file", "posting", "employer", "role", "status", "score"):
        fixed = name in ("id", "date", "status", "score")  # short values never broken mid-word
        table.add_column(
            name, justify="right" if name in ("id", "score") else "left", overflow="fold", no_wrap=fixed
        )
    for record in records:
        table.add_row(
            str(record.id), local_time(record.created_at)[:10], record.resume_name,
            record.posting_name or NONE, record.employer or NONE, record.role or NONE,
            record.status or NONE, show_score(record.score),
        )  # fmt: skip
    return table


def version_text(record: VersionRecord, *, with_text: bool = False) -> str:
    """Everything about one version as plain text, for `track show`."""
    lines = [
        f"version   {record.id}",
        f"recorded  {local_time(record.created_at)}",
        f"resume    {record.resume_name} ({record.resume_size} bytes, sha256 {record.resume_sha256})",
        f"posting   {_posting_line(record)}",
        f"employer  {record.employer or NONE}",
        f"role      {record.role or NONE}",
        f"status    {record.status or NONE}",
        f"score     {show_score(record.score)}",
        f"note      {record.note or NONE}",
        *_history_lines(record),
        *_report_lines(record.report),
    ]
    if with_text:
        lines += ["", "extracted text:", record.resume_text]
    return "\n".join(lines)


def _posting_line(record: VersionRecord) -> str:
    if record.posting_sha256 is None:
        return NONE
    return f"{record.posting_name} ({record.posting_size} bytes, sha256 {record.posting_sha256})"


def _history_lines(record: VersionRecord) -> list[str]:
    if not record.status_history:
        return ["", "status history: none"]
    lines = ["", "status history:"]
    for change in record.status_history:
        note = f"  ({change.note})" if change.note else ""
        lines.append(f"  {local_time(change.changed_at)}  {change.status}{note}")
    return lines


def _report_lines(report: dict[str, Any] | None) -> list[str]:
    if not report:
        return ["", "no check report recorded"]
    terms = report.get("terms") or []
    counts = Counter(str(term.get("status")) for term in terms)
    summary = ", ".join(f"{counts[name]} {name}" for name in ("literal", "synonym", "related", "missing"))
    lines = ["", f"terms: {summary}" if terms else "terms: none (no posting)"]
    lines += [f"  missing  {term.get('term')} ({term.get('importance')})" for term in terms
              if term.get("status") == "missing"]  # fmt: skip
    findings = report.get("findings") or []
    lines += ["", f"findings: {len(findings)}"]
    lines += [f"  {item.get('code')} {item.get('severity')}: {item.get('message')}" for item in findings]
    return lines


def diff_text(diff: VersionDiff, *, with_text: bool = True) -> str:
    """A `track diff` as plain text: score, terms, findings, then the unified diff of the texts."""
    lines = [f"version {diff.before_id} -> {diff.after_id}", f"score     {_score_change(diff)}"]
    if not diff.same_posting:
        lines += [
            f"posting   changed: {diff.posting_before or NONE} -> {diff.posting_after or NONE}",
            "note      different postings: scores differ for that too; terms below are those both ask for",
        ]
    lines += _term_section("terms gained", "+", diff.terms_gained)
    lines += _term_section("terms lost", "-", diff.terms_lost)
    lines += _term_section("terms changed", "~", diff.terms_changed)
    if not diff.same_posting:
        lines += _only_section("asked only by the earlier posting", diff.only_before)
        lines += _only_section("asked only by the later posting", diff.only_after)
    lines += _finding_section("findings fixed", "-", diff.findings_fixed)
    lines += _finding_section("new findings", "+", diff.findings_new)
    if with_text:
        lines += ["", *diff.text_diff] if diff.text_diff else ["", "extracted text: identical"]
    return "\n".join(lines)


def _score_change(diff: VersionDiff) -> str:
    change = diff.score_change
    suffix = "" if change is None else f" ({change:+g})"
    return f"{show_score(diff.score_before)} -> {show_score(diff.score_after)}{suffix}"


def _term_section(title: str, mark: str, changes: tuple[TermChange, ...]) -> list[str]:
    lines = ["", f"{title}: {len(changes)}"]
    lines += [f"  {mark} {c.term} ({c.importance}): {c.before} -> {c.after}" for c in changes]
    return lines


def _only_section(title: str, terms: tuple[str, ...]) -> list[str]:
    return ["", f"{title}: {len(terms)}", *(f"  {term}" for term in terms)]


def _finding_section(title: str, mark: str, findings: tuple[FindingRef, ...]) -> list[str]:
    lines = ["", f"{title}: {len(findings)}"]
    lines += [f"  {mark} {f.code} {f.severity}: {f.message}" for f in findings]
    return lines
