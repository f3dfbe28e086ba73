"""The history store's SQLite schema: the file marker, the migrations, and creating a new store file."""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from resumefit.history.errors import NotAStore

APPLICATION_ID = 0x52464854  # "RFHT" in the SQLite header marks the file as a resumefit history store
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
APPLICATION_ID_OFFSET = 68


def _create_tables(conn: sqlite3.Connection) -> None:
    """Version 1: content-addressed blobs and one row per recorded version."""
    conn.execute(
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE versions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            resume_name TEXT NOT NULL,
            resume_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            resume_text TEXT NOT NULL,
            posting_name TEXT,
            posting_sha256 TEXT REFERENCES blobs(sha256),
            posting_text TEXT,
            report_json TEXT,
            score REAL,
            employer TEXT,
            role TEXT,
            status TEXT,
            note TEXT
        )"""
    )


def _add_status_history(conn: sqlite3.Connection) -> None:
    """Version 2: dated status changes, seeded from each version's current status, and lookup indexes."""
    conn.execute(
        """CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            note TEXT
        )"""
    )
    conn.execute("CREATE INDEX status_changes_by_version ON status_changes(version_id, changed_at)")
    conn.execute("CREATE INDEX versions_by_date ON versions(created_at)")
    conn.execute("CREATE INDEX versions_by_resume ON versions(resume_sha256)")
    conn.execute("CREATE INDEX versions_by_posting ON versions(posting_sha256)")
    conn.execute(
        "INSERT INTO status_changes (version_id, status, changed_at) "
        "SELECT id, status, created_at FROM versions WHERE status IS NOT NULL ORDER BY id"
    )


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: the version it produces and the statements that get there."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "blobs and versions", _create_tables),
    Migration(2, "status history and indexes", _add_status_history),
)
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    """The store's schema version (PRAGMA user_version)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to `target` in one write transaction; returns the version it started from."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        start = schema_version(conn)  # read under the write lock: another process may have migrated
        for migration in MIGRATIONS:
            if start < migration.version <= target:
                migration.apply(conn)
        if target > start:
            conn.execute(f"PRAGMA user_version = {int(target)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return start


def verify_marker(path: Path) -> None:
    """Refuse, without writing anything, a file that is not an SQLite database carrying our application id."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as err:
        raise NotAStore(path, f"cannot be read ({err.strerror})") from err
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotAStore(path, "not an SQLite database")
    found = int.from_bytes(header[APPLICATION_ID_OFFSET : APPLICATION_ID_OFFSET + 4], "big")
    if found != APPLICATION_ID:
        raise NotAStore(path, "an SQLite database of another application")


def create_store_file(path: Path, version: int = LATEST_VERSION) -> None:
    """Create an empty store at `path` (mode 0600) atomically; a store another process made first is kept."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        _initialise(temporary, version)
        os.chmod(temporary, 0o600)
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)  # never replaces a file that appeared meanwhile
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)


def _initialise(path: Path, version: int) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn, version)
        conn.execute("PRAGMA journal_mode = WAL")  # persistent: recorded in the file header
    finally:
        conn.close()
