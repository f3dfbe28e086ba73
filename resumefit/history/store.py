"""The version history store: SQLite (WAL, foreign keys, busy timeout), content-addressed file blobs."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from resumefit.errors import StoreError
from resumefit.history import schema
from resumefit.history.errors import HistoryError, StoreMissing, UnknownVersion
from resumefit.history.export import export_versions
from resumefit.history.filters import VersionFilter, normalise_status
from resumefit.history.location import make_private_dirs
from resumefit.history.records import StatusChange, StoreCheck, VersionRecord

BUSY_TIMEOUT_SECONDS = 30.0
Clock = Callable[[], datetime]

_VERSION_COLUMNS = """v.id, v.created_at, v.resume_name, v.resume_sha256, r.size, v.resume_text,
    v.posting_name, v.posting_sha256, p.size, v.posting_text, v.report_json, v.score,
    v.employer, v.role, v.status, v.note"""
_VERSION_FROM = """versions v JOIN blobs r ON r.sha256 = v.resume_sha256
    LEFT JOIN blobs p ON p.sha256 = v.posting_sha256"""


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _timestamp(moment: datetime) -> str:
    """A sortable UTC ISO timestamp with a fixed width, so text order is time order."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` as lower-case hex: the key a blob is stored under."""
    return hashlib.sha256(data).hexdigest()


def _failure(path: Path, err: sqlite3.Error) -> StoreError:
    """One actionable line for an SQLite error."""
    text = str(err)
    if "locked" in text or "busy" in text:
        return StoreError(f"{path}: the history store is busy (another resumefit is writing); try again")
    if isinstance(err, sqlite3.OperationalError) and "unable to open" in text:
        return StoreError(f"{path}: cannot open the history store ({text}); check the path and permissions")
    return StoreError(
        f"{path}: the history store is damaged ({text}); it was left untouched: "
        "run `resumefit track check`, or move it aside to start a new store"
    )


class HistoryStore:
    """Recorded resume versions in one SQLite file; every public method is one transaction."""

    def __init__(self, path: Path, conn: sqlite3.Connection, clock: Clock = _utc_now) -> None:
        self.path = path
        self._conn = conn
        self._clock = clock

    # --- opening and closing -----------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, clock: Clock = _utc_now) -> HistoryStore:
        """Open the store at `path`, creating it (0600, parent 0700) when asked; refuse any other file."""
        path = Path(path).expanduser()
        if path.is_dir():
            raise StoreError(f"{path}: is a directory; give the store a file name, e.g. {path / 'x.sqlite3'}")
        if not path.exists():
            if not create:
                raise StoreMissing(path)
            make_private_dirs(path.parent)
            _create(path)
        schema.verify_marker(path)
        return cls(path, _connect(path), clock)

    def close(self) -> None:
        """Close the connection; the store stays consistent whether or not this is called."""
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction; IMMEDIATE for writers so concurrent writers queue on the busy timeout."""
        try:
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as err:
            raise _failure(self.path, err) from err

    # --- writing -------------------------------------------------------------------------------

    def add_version(
        self,
        resume_bytes: bytes,
        resume_name: str,
        text: str,
        report: dict[str, Any] | None = None,
        posting_bytes: bytes | None = None,
        posting_name: str | None = None,
        posting_text: str | None = None,
        employer: str | None = None,
        role: str | None = None,
        status: str | None = None,
        note: str | None = None,
    ) -> int:
        """Record a version (file bytes stored once per SHA-256); returns its id."""
        status = normalise_status(status) if status is not None else None
        now = _timestamp(self._clock())
        report_json = json.dumps(report, ensure_ascii=False, sort_keys=True) if report is not None else None
        with self._transaction(write=True) as conn:
            resume_sha = _put_blob(conn, resume_bytes)
            posting_sha = _put_blob(conn, posting_bytes) if posting_bytes is not None else None
            row = {
                "created_at": now, "resume_name": Path(resume_name).name, "resume_sha256": resume_sha,
                "resume_text": text, "posting_name": _base_name(posting_name), "posting_sha256": posting_sha,
                "posting_text": posting_text, "report_json": report_json, "score": _score_of(report),
                "employer": employer, "role": role, "status": status, "note": note,
            }  # fmt: skip
            cursor = conn.execute(
                f"INSERT INTO versions ({', '.join(row)}) VALUES ({', '.join(':' + key for key in row)})", row
            )
            version_id = int(cursor.lastrowid or 0)
            if status is not None:
                _insert_status(conn, version_id, status, now, None)
        return version_id

    def set_status(self, version_id: int | str, status: str, note: str | None = None) -> StatusChange:
        """Set a version's status, keeping the dated change in its history."""
        status = normalise_status(status)
        moment = self._clock()
        with self._transaction(write=True) as conn:
            number = self._existing_id(conn, version_id)
            conn.execute("UPDATE versions SET status = ? WHERE id = ?", (status, number))
            _insert_status(conn, number, status, _timestamp(moment), note)
        return StatusChange(status, moment.astimezone(timezone.utc), note)

    def remove(self, version_id: int | str) -> int:
        """Remove a version and its status history; returns how many file blobs no other version used."""
        with self._transaction(write=True) as conn:
            number = self._existing_id(conn, version_id)
            shas = conn.execute(
                "SELECT resume_sha256, posting_sha256 FROM versions WHERE id = ?", (number,)
            ).fetchone()
            conn.execute("DELETE FROM status_changes WHERE version_id = ?", (number,))
            conn.execute("DELETE FROM versions WHERE id = ?", (number,))
            return sum(_drop_unused_blob(conn, sha) for sha in set(shas) if sha is not None)

    # --- reading -------------------------------------------------------------------------------

    def get(self, version_id: int | str) -> VersionRecord:
        """One version with everything recorded about it."""
        with self._transaction(write=False) as conn:
            number = self._existing_id(conn, version_id)
            row = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM {_VERSION_FROM} WHERE v.id = ?", (number,))
            return _record(row.fetchone(), _status_history(conn, number))

    def list_versions(self, filters: VersionFilter | None = None) -> list[VersionRecord]:
        """The versions matching `filters`, newest first."""
        where, params = _where(filters or VersionFilter())
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                f"SELECT {_VERSION_COLUMNS} FROM {_VERSION_FROM} {where} "
                "ORDER BY v.created_at DESC, v.id DESC",
                params,
            ).fetchall()
            return [_record(row, _status_history(conn, row[0])) for row in rows]

    def file_bytes(self, version_id: int | str) -> bytes:
        """The resume file of a version, byte for byte, verified against its SHA-256."""
        with self._transaction(write=False) as conn:
            number = self._existing_id(conn, version_id)
            sha, data = conn.execute(
                "SELECT b.sha256, b.data FROM versions v JOIN blobs b ON b.sha256 = v.resume_sha256 "
                "WHERE v.id = ?",
                (number,),
            ).fetchone()
        if sha256_hex(data) != sha:
            raise StoreError(f"{self.path}: the file of version {number} is damaged (SHA-256 mismatch)")
        return bytes(data)

    def restore(self, version_id: int | str, to: str | Path, *, force: bool = False) -> Path:
        """Write a version's file to `to` (a directory: under its own name); never clobbers without force."""
        data = self.file_bytes(version_id)
        target = Path(to).expanduser()
        if target.is_dir():
            target = target / _safe_name(self.get(version_id))
        _write_new_file(target, data, force=force)
        return target

    def export(self, fmt: str, filters: VersionFilter | None = None) -> str:
        """Every version (or those matching `filters`) as JSON or CSV text."""
        return export_versions(self.list_versions(filters), fmt)

    def count_blobs(self) -> int:
        """How many distinct files the store holds."""
        with self._transaction(write=False) as conn:
            return int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])

    def check(self) -> StoreCheck:
        """Integrity: SQLite's own check, foreign keys, the marker, and every blob's SHA-256 and size."""
        with self._transaction(write=False) as conn:
            problems = [*_sqlite_problems(conn), *_blob_problems(conn)]
            versions = int(conn.execute("SELECT count(*) FROM versions").fetchone()[0])
            blobs = int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])
        return StoreCheck(tuple(problems), versions, blobs)

    def _existing_id(self, conn: sqlite3.Connection, version_id: int | str) -> int:
        number = parse_version_id(self.path, version_id)
        if conn.execute("SELECT 1 FROM versions WHERE id = ?", (number,)).fetchone() is None:
            raise UnknownVersion(self.path, str(version_id))
        return number


def parse_version_id(store: Path, version_id: int | str) -> int:
    """A version id as typed: `7` or `#7`."""
    if isinstance(version_id, int):
        return version_id
    text = version_id.strip().removeprefix("#")
    if not text.isdigit():
        raise UnknownVersion(store, repr(version_id))
    return int(text)


# --- opening ---------------------------------------------------------------------------------------


def _create(path: Path) -> None:
    try:
        schema.create_store_file(path)
    except OSError as err:
        raise StoreError(f"{path}: cannot create the history store ({err.strerror})") from err
    except sqlite3.Error as err:
        raise _failure(path, err) from err


def _connect(path: Path) -> sqlite3.Connection:
    """A connection with the store's settings, the schema brought up to date."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        _configure(conn)
        _bring_up_to_date(path, conn)
    except sqlite3.Error as err:
        conn.close()
        raise _failure(path, err) from err
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")


def _bring_up_to_date(path: Path, conn: sqlite3.Connection) -> None:
    version = schema.schema_version(conn)
    if version > schema.LATEST_VERSION:
        raise StoreError(
            f"{path}: the history store has schema version {version}, newer than this resumefit "
            f"understands ({schema.LATEST_VERSION}); upgrade resumefit"
        )
    if version < schema.LATEST_VERSION:
        schema.migrate(conn)
    conn.execute("SELECT count(*) FROM versions").fetchone()  # fails early on a damaged schema


# --- statements ------------------------------------------------------------------------------------


def _put_blob(conn: sqlite3.Connection, data: bytes) -> str:
    sha = sha256_hex(data)
    conn.execute("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)", (sha, len(data), data))
    return sha


def _drop_unused_blob(conn: sqlite3.Connection, sha: str) -> int:
    cursor = conn.execute(
        """DELETE FROM blobs WHERE sha256 = ? AND NOT EXISTS (
            SELECT 1 FROM versions WHERE resume_sha256 = ? OR posting_sha256 = ?)""",
        (sha, sha, sha),
    )
    return cursor.rowcount


def _insert_status(conn: sqlite3.Connection, version_id: int, status: str, at: str, note: str | None) -> None:
    conn.execute(
        "INSERT INTO status_changes (version_id, status, changed_at, note) VALUES (?, ?, ?, ?)",
        (version_id, status, at, note),
    )


def _status_history(conn: sqlite3.Connection, version_id: int) -> tuple[StatusChange, ...]:
    rows = conn.execute(
        "SELECT status, changed_at, note FROM status_changes WHERE version_id = ? ORDER BY changed_at, id",
        (version_id,),
    )
    return tuple(StatusChange(status, datetime.fromisoformat(at), note) for status, at, note in rows)


def _where(filters: VersionFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.employer:
        clauses.append("lower(coalesce(v.employer, '')) LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(filters.employer.lower())}%")
    if filters.status:
        clauses.append("lower(coalesce(v.status, '')) = ?")
        params.append(" ".join(filters.status.split()).lower())
    if filters.since:
        clauses.append("v.created_at >= ?")
        params.append(_timestamp(filters.since))
    if filters.until:
        clauses.append("v.created_at < ?")
        params.append(_timestamp(filters.until))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_RECORD_FIELDS = (
    "id",
    "created_at",
    "resume_name",
    "resume_sha256",
    "resume_size",
    "resume_text",
    "posting_name",
    "posting_sha256",
    "posting_size",
    "posting_text",
    "report",
    "score",
    "employer",
    "role",
    "status",
    "note",
)  # fmt: skip  (the order of _VERSION_COLUMNS)


def _record(row: tuple[Any, ...], history: tuple[StatusChange, ...]) -> VersionRecord:
    fields = dict(zip(_RECORD_FIELDS, row, strict=True))
    fields["created_at"] = datetime.fromisoformat(fields["created_at"])
    fields["report"] = json.loads(fields["report"]) if fields["report"] else None
    fields["score"] = _whole(fields["score"])
    return VersionRecord(**fields, status_history=history)


def _score_of(report: dict[str, Any] | None) -> float | None:
    score = (report or {}).get("score")
    total = score.get("total") if isinstance(score, dict) else None
    return total if isinstance(total, (int, float)) and not isinstance(total, bool) else None


def _whole(score: float | None) -> float | None:
    return int(score) if isinstance(score, float) and score.is_integer() else score


def _safe_name(record: VersionRecord) -> str:
    """The recorded file name, unless it could step out of the directory."""
    name = Path(record.resume_name).name
    return name if name not in ("", ".", "..") else f"resume-version-{record.id}"


def _base_name(name: str | None) -> str | None:
    return Path(name).name if name else None


# --- checking --------------------------------------------------------------------------------------


def _sqlite_problems(conn: sqlite3.Connection) -> list[str]:
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent} row")
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != schema.APPLICATION_ID:
        problems.append("the resumefit application id is missing from the file header")
    if schema.schema_version(conn) != schema.LATEST_VERSION:
        problems.append(f"schema version {schema.schema_version(conn)}, expected {schema.LATEST_VERSION}")
    return problems


def _blob_problems(conn: sqlite3.Connection) -> Iterator[str]:
    for sha, size, data in conn.execute("SELECT sha256, size, data FROM blobs ORDER BY sha256"):
        if len(data) != size:
            yield f"blob {sha[:12]}: {len(data)} bytes stored, {size} recorded"
        if sha256_hex(data) != sha:
            yield f"blob {sha[:12]}: content does not match its SHA-256"


# --- restoring -------------------------------------------------------------------------------------


def _write_new_file(target: Path, data: bytes, *, force: bool) -> None:
    """Write through a temporary file: `target` is either untouched or complete, never half-written."""
    if not target.parent.is_dir():
        raise HistoryError(f"{target}: the directory {target.parent} does not exist")
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _place(temporary, target, force=force)
    except OSError as err:
        raise HistoryError(f"{target}: cannot write the restored file ({err.strerror})") from err
    finally:
        temporary.unlink(missing_ok=True)


def _place(temporary: Path, target: Path, *, force: bool) -> None:
    if force:
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)  # fails when target exists, with no window for a race
    except FileExistsError:
        raise HistoryError(f"{target}: already exists; use --force to overwrite it") from None
