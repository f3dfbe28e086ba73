"""Batch and rank summaries (csv, json, markdown, html, terminal table), each a pure function of the rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from html import escape
from typing import Any

import resumefit
from resumefit.batch import BatchRow
from resumefit.models import Finding

SCHEMA_VERSION = "1.0"


class BatchFormat(str, Enum):
    """The output formats of `resumefit batch` and `resumefit rank`."""

    TERMINAL = "terminal"
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the summary table: its heading and how a row fills it."""

    heading: str
    cell: Callable[[int, BatchRow], str]


def _findings_text(row: BatchRow) -> str:
    if row.error:
        return row.error
    return "; ".join(f"{f.code} {f.message}" for f in row.top_findings)


def _score_text(row: BatchRow) -> str:
    return "" if row.score is None else str(row.score)


BATCH_COLUMNS: tuple[Column, ...] = (
    Column("resume", lambda i, r: r.resume),
    Column("posting", lambda i, r: r.posting or ""),
    Column("score", lambda i, r: _score_text(r)),
    Column("result", lambda i, r: r.status),
    Column("missing required", lambda i, r: ", ".join(r.missing_required)),
    Column("top findings", lambda i, r: _findings_text(r)),
)
RANK_COLUMNS: tuple[Column, ...] = (
    Column("rank", lambda i, r: "" if r.error else str(i + 1)),
    Column("posting", lambda i, r: r.posting or ""),
    Column("title", lambda i, r: r.posting_title or ""),
    Column("score", lambda i, r: _score_text(r)),
    Column("missing required", lambda i, r: r.error or ", ".join(r.missing_required)),
)


def columns_for(ranked: bool, brief: bool = False) -> tuple[Column, ...]:
    """The rank table's columns or the batch table's; ``brief`` gives finding codes without messages."""
    if ranked:
        return RANK_COLUMNS
    if brief:
        return (*BATCH_COLUMNS[:-1], Column("top findings", lambda i, r: _codes_text(r)))
    return BATCH_COLUMNS


def _codes_text(row: BatchRow) -> str:
    return row.error or ", ".join(f.code for f in row.top_findings)


def table_cells(rows: Sequence[BatchRow], ranked: bool, brief: bool = False) -> list[list[str]]:
    """Every row as the strings of its cells, in column order."""
    return [[column.cell(i, row) for column in columns_for(ranked, brief)] for i, row in enumerate(rows)]


# --- csv ---------------------------------------------------------------------------------------


def render_csv(rows: Sequence[BatchRow], ranked: bool = False) -> str:
    """A header line, then one line per row; lists joined with '; '."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_csv_header(ranked))
    for i, row in enumerate(rows):
        writer.writerow(_csv_record(i, row, ranked))
    return out.getvalue()


def _csv_header(ranked: bool) -> list[str]:
    lead = ["rank"] if ranked else []
    return [
        *lead,
        "resume",
        "posting",
        "posting_title",
        "score",
        "result",
        "missing_required",
        "missing_other",
        "errors",
        "warnings",
        "notes",
        "top_findings",
        "error",
    ]


def _csv_record(index: int, row: BatchRow, ranked: bool) -> list[str]:
    lead = [RANK_COLUMNS[0].cell(index, row)] if ranked else []
    findings = "; ".join(f"{f.code} {f.message}" for f in row.top_findings)
    return [
        *lead,
        row.resume,
        row.posting or "",
        row.posting_title or "",
        _score_text(row),
        row.status,
        "; ".join(row.missing_required),
        "; ".join(row.missing_other),
        *map(str, row.counts),
        findings,
        row.error or "",
    ]


# --- json --------------------------------------------------------------------------------------


def render_batch_json(rows: Sequence[BatchRow], ranked: bool = False) -> str:
    """The versioned batch document: kind, tool, rows and a summary."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "kind": "rank" if ranked else "batch",
        "tool": {"name": "resumefit", "version": resumefit.__version__},
        "rows": [row_to_dict(row, i + 1 if ranked and not row.error else None) for i, row in enumerate(rows)],
        "summary": summary(rows),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def row_to_dict(row: BatchRow, rank: int | None = None) -> dict[str, Any]:
    """One row as plain JSON-ready data."""
    data: dict[str, Any] = {} if rank is None else {"rank": rank}
    data.update(
        {
            "resume": row.resume,
            "posting": row.posting,
            "posting_title": row.posting_title,
            "score": row.score,
            "result": row.status,
            "missing_required": list(row.missing_required),
            "missing_other": list(row.missing_other),
            "counts": dict(zip(("error", "warning", "info"), row.counts, strict=True)),
            "top_findings": [_finding(f) for f in row.top_findings],
            "error": row.error,
        }
    )
    return data


def _finding(finding: Finding) -> dict[str, Any]:
    return {"code": finding.code, "severity": finding.severity.value, "message": finding.message}


def summary(rows: Sequence[BatchRow]) -> dict[str, int]:
    """How many rows passed, failed the gate, or could not be checked."""
    statuses = [row.status for row in rows]
    return {
        "rows": len(rows),
        "passed": statuses.count("pass"),
        "failed": statuses.count("fail"),
        "errors": statuses.count("error"),
    }


def summary_line(rows: Sequence[BatchRow], ranked: bool = False) -> str:
    """One sentence for stderr: '12 checks: 9 passed, 2 failed, 1 could not be read.'"""
    counts = summary(rows)
    if ranked:
        return f"{counts['rows'] - counts['errors']} postings ranked, {counts['errors']} could not be read."
    return (
        f"{counts['rows']} checks: {counts['passed']} passed, {counts['failed']} failed, "
        f"{counts['errors']} could not be read."
    )


# --- markdown ----------------------------------------------------------------------------------


def render_batch_markdown(rows: Sequence[BatchRow], ranked: bool = False) -> str:
    """A GitHub-flavoured Markdown table with a heading and the summary line."""
    headings = [column.heading for column in columns_for(ranked)]
    lines = [f"# resumefit {'rank' if ranked else 'batch'}", "", summary_line(rows, ranked), ""]
    lines.append("| " + " | ".join(headings) + " |")
    lines.append("|" + "|".join("---" for _ in headings) + "|")
    for cells in table_cells(rows, ranked):
        lines.append("| " + " | ".join(_markdown_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _markdown_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


# --- html --------------------------------------------------------------------------------------

HTML_CSS = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1d2430; background: #f6f7f9; margin: 0; }
main { max-width: 75rem; margin: 0 auto; padding: 1.5rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eceff3; vertical-align: top; }
th { color: #5b6474; } td ul { margin: 0; padding-left: 1.1rem; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-weight: 600; }
.result-pass { background: #e3f4ea; color: #1f6b43; } .result-fail { background: #fdf0d5; color: #7a4f00; }
.result-error { background: #fde4e1; color: #a01d12; }
.fit-strong { color: #1f6b43; font-weight: 600; } .fit-fair { color: #7a4f00; font-weight: 600; }
.fit-weak { color: #a01d12; font-weight: 600; }
"""
_FIT = ((80, "strong"), (60, "fair"), (0, "weak"))  # score bands: a strong, fair or weak fit


def render_batch_html(rows: Sequence[BatchRow], ranked: bool = False) -> str:
    """One self-contained page (inline CSS, no scripts), every text escaped; a batch sorted by score, best
    first. Results are badges that say pass / fail / error in words; scores are coloured by fit; a rank
    page names the resume and says which required terms are missing across the postings."""
    title = f"resumefit {'rank' if ranked else 'batch'}"
    if not ranked:  # a coach reads the summary best first; unreadable files last
        rows = sorted(rows, key=lambda r: (r.error is not None, -(r.score or 0), r.resume, r.posting or ""))
    columns = columns_for(ranked)
    headings = "".join(f"<th>{escape(column.heading)}</th>" for column in columns)
    pairs = zip(table_cells(rows, ranked), rows, strict=True)
    body = "\n".join(_html_row([c.heading for c in columns], cells, row) for cells, row in pairs)
    heading = title
    if ranked and rows:
        heading = f"{title}: {escape(rows[0].resume)}"
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        f"<style>{HTML_CSS}</style>\n</head>\n<body>\n<main>\n<h1>{heading}</h1>\n"
        f"<p>{escape(summary_line(rows, ranked))}</p>\n{_across(rows) if ranked else ''}"
        f"<table>\n<thead><tr>{headings}</tr></thead>\n"
        f"<tbody>\n{body}\n</tbody>\n</table>\n</main>\n</body>\n</html>\n"
    )


def missing_across(rows: Sequence[BatchRow]) -> list[tuple[str, int]]:
    """Each required term missing from the resume, with the number of readable postings that miss it."""
    counts: dict[str, int] = {}
    for row in rows:
        if row.error is None:
            for term in dict.fromkeys(row.missing_required):
                counts[term] = counts.get(term, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))


def _across(rows: Sequence[BatchRow]) -> str:
    read = sum(1 for row in rows if row.error is None)
    items = missing_across(rows)
    if not items:
        return ""
    lines = "".join(
        f"<li>{escape(term)}: missing in {count} of {read} posting{'s' if read != 1 else ''}</li>"
        for term, count in items
    )
    return f"<h2>Required terms missing across postings</h2>\n<ul>{lines}</ul>\n"


def _html_row(headings: list[str], cells: list[str], row: BatchRow) -> str:
    tds = []
    for heading, cell in zip(headings, cells, strict=True):
        if heading == "result":
            tds.append(f'<td><span class="badge result-{row.status}">{escape(cell)}</span></td>')
        elif heading == "score" and row.score is not None:
            band = next(name for floor, name in _FIT if row.score >= floor)
            tds.append(f'<td class="fit-{band}" title="{band} fit">{escape(cell)}</td>')
        elif heading == "top findings" and row.top_findings:
            items = "".join(f"<li>{escape(f.code)} {escape(f.message)}</li>" for f in row.top_findings)
            tds.append(f"<td><ul>{items}</ul></td>")
        else:
            tds.append(f"<td>{escape(cell)}</td>")
    return f"<tr>{''.join(tds)}</tr>"


# --- terminal ----------------------------------------------------------------------------------

STATUS_STYLES = {"pass": "green", "fail": "yellow", "error": "bold red"}


def render_batch_terminal(
    rows: Sequence[BatchRow], ranked: bool = False, color: bool = False, width: int = 100
) -> str:
    """A rich table with finding codes, coloured by result when ``color``; the summary goes to stderr."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_lines=False)
    for column in columns_for(ranked, brief=True):
        justify = "right" if column.heading in ("score", "rank") else "left"
        table.add_column(column.heading, overflow="fold", justify=justify)
    for cells, row in zip(table_cells(rows, ranked, brief=True), rows, strict=True):
        table.add_row(*(Text(cell) for cell in cells), style=STATUS_STYLES[row.status])
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system="standard" if color else None,
        highlight=False,
        force_terminal=color,
    )
    console.print(table)
    return out.getvalue()


# --- dispatch ----------------------------------------------------------------------------------

BatchRenderer = Callable[[Sequence[BatchRow], bool, bool, int], str]

RENDERERS: dict[BatchFormat, BatchRenderer] = {
    BatchFormat.TERMINAL: render_batch_terminal,
    BatchFormat.CSV: lambda rows, ranked, color, width: render_csv(rows, ranked),
    BatchFormat.JSON: lambda rows, ranked, color, width: render_batch_json(rows, ranked),
    BatchFormat.MARKDOWN: lambda rows, ranked, color, width: render_batch_markdown(rows, ranked),
    BatchFormat.HTML: lambda rows, ranked, color, width: render_batch_html(rows, ranked),
}


def render_batch(
    rows: Sequence[BatchRow], fmt: BatchFormat, *, ranked: bool = False, color: bool = False, width: int = 100
) -> str:
    """Render the rows in ``fmt``; ``ranked`` gives the rank table (rows already best first)."""
    return RENDERERS[BatchFormat(fmt)](rows, ranked, color, width)
