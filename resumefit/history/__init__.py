"""The version history: which resume version went where, stored locally in SQLite so nothing is lost."""

from __future__ import annotations

from resumefit.history.diff import VersionDiff, diff_versions
from resumefit.history.errors import HistoryError, NotAStore, StoreMissing, UnknownVersion
from resumefit.history.export import ExportFormat, export_versions, record_to_dict
from resumefit.history.filters import KNOWN_STATUSES, VersionFilter
from resumefit.history.location import STORE_ENV_VAR, default_store_path, resolve_store_path
from resumefit.history.record import check_and_record, record_check
from resumefit.history.records import StatusChange, StoreCheck, VersionRecord
from resumefit.history.store import HistoryStore

__all__ = [
    "KNOWN_STATUSES",
    "STORE_ENV_VAR",
    "ExportFormat",
    "HistoryError",
    "HistoryStore",
    "NotAStore",
    "StatusChange",
    "StoreCheck",
    "StoreMissing",
    "UnknownVersion",
    "VersionDiff",
    "VersionFilter",
    "VersionRecord",
    "check_and_record",
    "default_store_path",
    "diff_versions",
    "export_versions",
    "record_check",
    "record_to_dict",
    "resolve_store_path",
]
