"""Recording a check in the history: the bridge between the pipeline's Report and the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resumefit.errors import UnreadableDocument
from resumefit.history.store import HistoryStore, sha256_hex

if TYPE_CHECKING:
    from resumefit.models import Report


def record_check(
    store: HistoryStore,
    report: Report,
    resume_bytes: bytes,
    posting_bytes: bytes | None = None,
    *,
    resume_name: str | None = None,
    posting_name: str | None = None,
    employer: str | None = None,
    role: str | None = None,
    status: str | None = None,
    note: str | None = None,
) -> int:
    """Store a checked resume (the bytes that were checked, its text, the posting, the JSON report)."""
    from resumefit.reporters.json import report_to_dict

    posting = report.posting
    return store.add_version(
        resume_bytes,
        resume_name or Path(report.resume.path).name,
        report.resume.text,
        report_to_dict(report),
        posting_bytes,
        posting_name or (Path(posting.document.path).name if posting else None),
        posting.document.text if posting else None,
        employer=employer,
        role=role,
        status=status,
        note=note,
    )


def check_and_record(
    store: HistoryStore,
    resume_path: Path,
    posting_path: Path | None = None,
    *,
    employer: str | None = None,
    role: str | None = None,
    status: str | None = None,
    note: str | None = None,
) -> tuple[int, Report]:
    """Check a resume against a posting with the pipeline and record the result; returns (id, report)."""
    from resumefit.pipeline import check_resume

    resume_bytes = read_input(resume_path)
    posting_bytes = read_input(posting_path) if posting_path is not None else None
    report = check_resume(resume_path, posting_path)
    _same_file(resume_path, resume_bytes, report.resume.sha256)
    version_id = record_check(
        store, report, resume_bytes, posting_bytes, resume_name=resume_path.name,
        posting_name=posting_path.name if posting_path else None,
        employer=employer, role=role, status=status, note=note,
    )  # fmt: skip
    return version_id, report


def read_input(path: Path) -> bytes:
    """The bytes of a resume or posting file, or one clear error naming it (a pipe or device is refused)."""
    from resumefit.documents import MAX_BYTES
    from resumefit.documents.files import read_file_bytes

    return read_file_bytes(Path(path), MAX_BYTES)


def _same_file(path: Path, data: bytes, checked_sha: str) -> None:
    """The stored bytes must be the ones checked: refuse a file that changed while it was checked."""
    if checked_sha and checked_sha != sha256_hex(data):
        raise UnreadableDocument(str(path), "changed while it was being checked; run the command again")
