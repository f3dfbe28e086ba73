"""Frozen values the history store hands out: a recorded version, its status changes, an integrity check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One dated change of a version's application status."""

    status: str
    changed_at: datetime
    note: str | None = None


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """One recorded resume version: which file, checked against which posting, sent where, scored how."""

    id: int
    created_at: datetime
    resume_name: str
    resume_sha256: str
    resume_size: int
    resume_text: str
    posting_name: str | None = None
    posting_sha256: str | None = None
    posting_size: int | None = None
    posting_text: str | None = None
    report: dict[str, Any] | None = None
    score: float | None = None
    employer: str | None = None
    role: str | None = None
    status: str | None = None
    note: str | None = None
    status_history: tuple[StatusChange, ...] = ()


@dataclass(frozen=True, slots=True)
class StoreCheck:
    """What `HistoryStore.check` found: the problems (none when the store is sound) and what it counted."""

    problems: tuple[str, ...]
    versions: int
    blobs: int

    @property
    def ok(self) -> bool:
        return not self.problems
