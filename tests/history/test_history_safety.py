"""Nothing is lost: schema migrations, foreign files and damaged stores are refused and left untouched."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from pathlib import Path

import pytest

from resumefit.errors import StoreError
from resumefit.history import HistoryStore, NotAStore, schema

ABC_SHA = hashlib.sha256(b"abc").hexdigest()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_v1_store(path: Path) -> None:
    """A store as the first schema wrote it, with two versions, one of them with a status."""
    path.parent.mkdir(parents=True, exist_ok=True)
    schema.create_store_file(path, version=1)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO blobs VALUES (?, 3, ?)", (ABC_SHA, b"abc"))
    conn.executemany(
        "INSERT INTO versions (created_at, resume_name, resume_sha256, resume_text, status) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            ("2026-01-05T09:00:00.000000+00:00", "cv.txt", ABC_SHA, "abc", "applied"),
            ("2026-01-06T09:00:00.000000+00:00", "cv.txt", ABC_SHA, "abc", None),
        ],
    )
    conn.commit()
    conn.close()


def test_every_migration_is_listed_in_order() -> None:
    assert [migration.version for migration in schema.MIGRATIONS] == list(range(1, schema.LATEST_VERSION + 1))


@pytest.mark.parametrize("start", range(0, schema.LATEST_VERSION + 1))
def test_a_store_of_every_earlier_version_upgrades(tmp_path: Path, start: int) -> None:
    path = tmp_path / "history.sqlite3"
    schema.create_store_file(path, version=start)
    with HistoryStore.open(path) as store:
        assert schema.schema_version(store._conn) == schema.LATEST_VERSION
        version_id = store.add_version(b"cv", "cv.txt", "cv", status="applied")
        assert store.get(version_id).status_history[0].status == "applied"
        assert store.check().ok


def test_upgrading_a_version_1_store_keeps_its_versions_and_seeds_status_history(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_v1_store(path)
    with HistoryStore.open(path) as store:
        records = store.list_versions()
        assert [record.id for record in records] == [2, 1]
        assert [change.status for change in store.get(1).status_history] == ["applied"]
        assert store.get(1).status_history[0].changed_at.isoformat() == "2026-01-05T09:00:00+00:00"
        assert store.get(2).status_history == ()
        assert store.file_bytes(1) == b"abc"
        assert store.check().ok


def test_opening_an_up_to_date_store_twice_migrates_nothing(store_path: Path) -> None:
    HistoryStore.open(store_path).close()
    with HistoryStore.open(store_path) as store:
        assert schema.migrate(store._conn) == schema.LATEST_VERSION


def test_a_store_from_a_newer_resumefit_is_refused_untouched(store_path: Path) -> None:
    HistoryStore.open(store_path).close()
    conn = sqlite3.connect(store_path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    before = digest(store_path)
    with pytest.raises(StoreError, match="newer than this resumefit"):
        HistoryStore.open(store_path)
    assert digest(store_path) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"not a database at all", os.urandom(4096), b"SQLite format 3\x00" + bytes(20)],
    ids=["empty", "text", "random", "short-header"],
)
def test_a_file_that_is_not_a_store_is_refused_untouched(store_path: Path, content: bytes) -> None:
    store_path.parent.mkdir()
    store_path.write_bytes(content)
    with pytest.raises(
        NotAStore, match=f"{re.escape(str(store_path))}: .*not a resumefit history store.*--store"
    ):
        HistoryStore.open(store_path)
    assert store_path.read_bytes() == content
    assert sorted(path.name for path in store_path.parent.iterdir()) == ["history.sqlite3"]


def test_another_applications_sqlite_database_is_refused_untouched(store_path: Path) -> None:
    store_path.parent.mkdir()
    conn = sqlite3.connect(store_path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = digest(store_path)
    with pytest.raises(NotAStore, match="another application"):
        HistoryStore.open(store_path)
    assert digest(store_path) == before
    assert sorted(path.name for path in store_path.parent.iterdir()) == ["history.sqlite3"]


def test_a_damaged_store_is_a_clear_error_and_left_untouched(store_path: Path) -> None:
    with HistoryStore.open(store_path) as store:
        for n in range(20):
            store.add_version(os.urandom(3000) + bytes([n]), "cv.txt", "text " * 200)
    data = bytearray(store_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = b"\xa5" * (len(data) - page_size)  # every page after the first
    store_path.write_bytes(bytes(data))
    before = digest(store_path)
    expected = f"{re.escape(str(store_path))}: the history store is damaged.*track check"
    with pytest.raises(StoreError, match=expected), HistoryStore.open(store_path) as store:
        store.list_versions()
    assert digest(store_path) == before


def test_a_store_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(StoreError, match="cannot create"):
        HistoryStore.open(blocker / "sub" / "history.sqlite3")


def test_two_first_opens_share_one_new_store(store_path: Path) -> None:
    store_path.parent.mkdir()
    schema.create_store_file(store_path)
    first = digest(store_path)
    schema.create_store_file(store_path)  # a second creator finds the file there and keeps it
    assert digest(store_path) == first
    assert sorted(path.name for path in store_path.parent.iterdir()) == ["history.sqlite3"]
