"""Recorded versions as JSON or CSV: every field, the id included."""

from __future__ import annotations

import csv
import io
import json
from enum import Enum
from typing import Any

from resumefit.history.errors import HistoryError
from resumefit.history.records import StatusChange, VersionRecord


class ExportFormat(str, Enum):
    """The formats `track export` writes."""

    JSON = "json"
    CSV = "csv"


CSV_COLUMNS = (
    "id", "created_at", "resume_name", "resume_sha256", "resume_size", "posting_name", "posting_sha256",
    "posting_size", "employer", "role", "status", "note", "score", "status_history", "resume_text",
    "posting_text", "report",
)  # fmt: skip


def record_to_dict(record: VersionRecord) -> dict[str, Any]:
    """A version as JSON-ready data, keys in CSV_COLUMNS order."""
    return {
        "id": record.id,
        "created_at": record.created_at.isoformat(),
        "resume_name": record.resume_name,
        "resume_sha256": record.resume_sha256,
        "resume_size": record.resume_size,
        "posting_name": record.posting_name,
        "posting_sha256": record.posting_sha256,
        "posting_size": record.posting_size,
        "employer": record.employer,
        "role": record.role,
        "status": record.status,
        "note": record.note,
        "score": record.score,
        "status_history": [_change_to_dict(change) for change in record.status_history],
        "resume_text": record.resume_text,
        "posting_text": record.posting_text,
        "report": record.report,
    }


def _change_to_dict(change: StatusChange) -> dict[str, Any]:
    return {"status": change.status, "changed_at": change.changed_at.isoformat(), "note": change.note}


def export_versions(records: list[VersionRecord], fmt: str | ExportFormat) -> str:
    """The records as JSON (a list of objects) or CSV (one row each, nested fields as JSON text)."""
    try:
        chosen = ExportFormat(fmt)
    except ValueError:
        raise HistoryError(f"unknown export format {fmt!r}; use json or csv") from None
    rows = [record_to_dict(record) for record in records]
    if chosen is ExportFormat.JSON:
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    return _csv(rows)


def _csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else value
