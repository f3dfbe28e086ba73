"""Which versions `track list` and `track export` show: employer, status and a date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from resumefit.history.errors import HistoryError

KNOWN_STATUSES = ("applied", "interview", "offer", "rejected", "withdrawn")
MAX_STATUS_LENGTH = 40


@dataclass(frozen=True, slots=True)
class VersionFilter:
    """Conditions a version must meet; None means any. Dates are timezone-aware, `until` exclusive."""

    employer: str | None = None  # case-insensitive substring
    status: str | None = None  # case-insensitive, exact
    since: datetime | None = None
    until: datetime | None = None


def normalise_status(text: str) -> str:
    """A status as stored: the known words in lower case, a user's own word as written (trimmed)."""
    status = " ".join(text.split())
    if not status or len(status) > MAX_STATUS_LENGTH:
        raise HistoryError(
            f"status {text!r} must be 1 to {MAX_STATUS_LENGTH} characters, "
            f"e.g. one of {', '.join(KNOWN_STATUSES)}"
        )
    return status.lower() if status.lower() in KNOWN_STATUSES else status


def parse_date_bound(text: str | None, option: str, *, end: bool = False) -> datetime | None:
    """`YYYY-MM-DD` or an ISO date-time, local time unless an offset is given; an end date covers its day."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise HistoryError(f"{option}: {text!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    if end and _is_date_only(text):
        moment += timedelta(days=1)
    return moment if moment.tzinfo else moment.astimezone()


def _is_date_only(text: str) -> bool:
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return False
    return True
