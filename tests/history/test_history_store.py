"""The history store: recording, listing, status history, restoring, removing, exporting, permissions."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
from datetime import datetime, timezone
from pathlib import Path

import pytest

from resumefit.errors import ResumefitError, StoreError
from resumefit.history import HistoryStore, StoreMissing, UnknownVersion, VersionFilter
from tests.history.doubles import POSTING_TEXT, RESUME_TEXT, Clock, report_dict

RESUME = RESUME_TEXT.encode()
POSTING = POSTING_TEXT.encode()


def add(store: HistoryStore, data: bytes = RESUME, **fields: object) -> int:
    return store.add_version(
        data, "resume.txt", data.decode("utf-8", "replace"), report_dict(), POSTING, "posting.txt",
        POSTING_TEXT, **fields,
    )  # fmt: skip


def test_a_recorded_version_keeps_every_field(store: HistoryStore) -> None:
    version_id = add(store, employer="Example Health", role="MLS", status="Applied", note="referral")
    record = store.get(version_id)
    assert (record.resume_name, record.posting_name) == ("resume.txt", "posting.txt")
    assert record.resume_text == RESUME_TEXT and record.posting_text == POSTING_TEXT
    assert record.resume_size == len(RESUME) and record.posting_size == len(POSTING)
    assert (record.employer, record.role, record.note) == ("Example Health", "MLS", "referral")
    assert record.status == "applied"  # known statuses are stored in lower case
    assert record.report == report_dict() and record.score == 40
    assert [change.status for change in record.status_history] == ["applied"]


def test_ids_are_small_integers_that_are_never_reused(store: HistoryStore) -> None:
    first, second = add(store), add(store)
    assert (first, second) == (1, 2)
    store.remove(second)
    assert add(store) == 3


def test_show_accepts_a_hash_prefixed_id(store: HistoryStore) -> None:
    version_id = add(store)
    assert store.get(f"#{version_id}").id == store.get(str(version_id)).id == version_id


def test_an_unknown_id_names_the_store_and_the_way_out(store: HistoryStore) -> None:
    with pytest.raises(UnknownVersion, match="no version 42.*track list"):
        store.get(42)
    with pytest.raises(UnknownVersion):
        store.get("abc")


def test_the_same_file_is_stored_once(store: HistoryStore) -> None:
    add(store, employer="A")
    add(store, employer="B")
    assert store.count_blobs() == 2  # one resume, one posting


def test_versions_are_listed_newest_first(store: HistoryStore) -> None:
    ids = [add(store, RESUME + bytes([n])) for n in range(3)]
    assert [record.id for record in store.list_versions()] == ids[::-1]


def test_list_filters_by_employer_status_and_dates(store_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc))
    with HistoryStore.open(store_path, clock=clock) as store:
        march_1 = add(store, employer="Example Health", status="applied")
        clock.now = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
        march_10 = add(store, employer="Sample Labs 100%", status="interview")
        clock.now = datetime(2026, 3, 20, 12, 0, tzinfo=timezone.utc)
        march_20 = add(store, employer="example clinic")

        def ids(**filters: object) -> list[int]:
            return [record.id for record in store.list_versions(VersionFilter(**filters))]

        assert ids(employer="EXAMPLE") == [march_20, march_1]
        assert ids(employer="100%") == [march_10]
        assert ids(employer="_") == []  # LIKE wildcards are taken literally
        assert ids(status="Interview") == [march_10]
        assert ids(since=datetime(2026, 3, 5, tzinfo=timezone.utc)) == [march_20, march_10]
        assert ids(until=datetime(2026, 3, 15, tzinfo=timezone.utc)) == [march_10, march_1]


def test_each_status_change_is_dated_and_kept(store: HistoryStore, clock: Clock) -> None:
    version_id = add(store)
    store.set_status(version_id, "applied")
    store.set_status(version_id, "interview", note="phone screen")
    store.set_status(version_id, "Thank-you note sent")
    record = store.get(version_id)
    assert record.status == "Thank-you note sent"  # a user's own word, kept as written
    assert [(c.status, c.note) for c in record.status_history] == [
        ("applied", None),
        ("interview", "phone screen"),
        ("Thank-you note sent", None),
    ]
    times = [change.changed_at for change in record.status_history]
    assert times == sorted(times) and times[-1] <= clock.now


def test_an_empty_status_is_refused(store: HistoryStore) -> None:
    version_id = add(store)
    with pytest.raises(ResumefitError, match="status"):
        store.set_status(version_id, "   ")
    assert store.get(version_id).status_history == ()


def test_restore_gives_the_identical_bytes_back(store: HistoryStore, tmp_path: Path) -> None:
    data = b"%PDF-1.7\n\x00\xff binary resume \r\n"
    version_id = add(store, data)
    target = store.restore(version_id, tmp_path / "back.pdf")
    assert target.read_bytes() == data


def test_restore_into_a_directory_keeps_the_file_name(store: HistoryStore, tmp_path: Path) -> None:
    version_id = add(store)
    assert store.restore(version_id, tmp_path) == tmp_path / "resume.txt"


def test_restore_never_overwrites_without_force(store: HistoryStore, tmp_path: Path) -> None:
    version_id = add(store)
    target = tmp_path / "resume.txt"
    target.write_bytes(b"newer draft")
    with pytest.raises(ResumefitError, match="already exists; use --force"):
        store.restore(version_id, target)
    assert target.read_bytes() == b"newer draft"
    store.restore(version_id, target, force=True)
    assert target.read_bytes() == RESUME
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "resume.txt"]  # no temporary left


def test_remove_keeps_a_blob_another_version_uses(store: HistoryStore) -> None:
    shared, other = add(store), add(store, RESUME + b"v2")
    store.remove(shared)
    assert store.count_blobs() == 2  # the posting and version 2's resume
    assert store.file_bytes(other) == RESUME + b"v2"
    store.remove(other)
    assert store.count_blobs() == 0 and store.list_versions() == []


def test_remove_returns_the_number_of_freed_files(store: HistoryStore) -> None:
    first, second = add(store), add(store)
    assert store.remove(first) == 0
    assert store.remove(second) == 2


def test_json_export_has_every_version_and_field(store: HistoryStore) -> None:
    version_id = add(store, employer="Example Health", status="applied")
    rows = json.loads(store.export("json"))
    assert [row["id"] for row in rows] == [version_id]
    assert rows[0]["employer"] == "Example Health" and rows[0]["report"] == report_dict()
    assert rows[0]["status_history"][0]["status"] == "applied"


def test_csv_export_has_one_row_per_version_with_the_id(store: HistoryStore) -> None:
    ids = {add(store, RESUME + bytes([n]), note="line one\nline two") for n in range(2)}
    rows = list(csv.DictReader(io.StringIO(store.export("csv"))))
    assert {int(row["id"]) for row in rows} == ids
    assert rows[0]["note"] == "line one\nline two"
    assert json.loads(rows[0]["report"]) == report_dict()


def test_a_version_without_posting_or_report_is_recorded(store: HistoryStore) -> None:
    version_id = store.add_version(b"plain", "cv.txt", "plain")
    record = store.get(version_id)
    assert record.posting_sha256 is None and record.report is None and record.score is None


def test_a_sound_store_passes_the_check(store: HistoryStore) -> None:
    add(store)
    result = store.check()
    assert result.ok and (result.versions, result.blobs) == (1, 2)


def test_check_finds_a_damaged_blob(store: HistoryStore) -> None:
    add(store)
    with sqlite3.connect(store.path) as raw:
        raw.execute("UPDATE blobs SET data = X'00' WHERE size = ?", (len(RESUME),))
    problems = store.check().problems
    assert any("does not match its SHA-256" in problem for problem in problems)
    assert any("bytes stored" in problem for problem in problems)
    with pytest.raises(StoreError, match="damaged"):
        store.file_bytes(1)


def test_check_finds_a_dangling_reference(store: HistoryStore) -> None:
    add(store)
    raw = sqlite3.connect(store.path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("UPDATE versions SET resume_sha256 = 'missing'")
    raw.commit()
    raw.close()
    assert any("refers to a missing blobs row" in problem for problem in store.check().problems)


def test_the_store_file_is_private(store_path: Path) -> None:
    HistoryStore.open(store_path).close()
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store_path.parent.stat().st_mode) == 0o700
    assert [path.name for path in store_path.parent.iterdir()] == ["history.sqlite3"]


def test_an_existing_directory_keeps_its_mode(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    HistoryStore.open(tmp_path / "history.sqlite3").close()
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_the_store_uses_wal_and_foreign_keys(store: HistoryStore) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_reading_a_missing_store_does_not_create_it(store_path: Path) -> None:
    with pytest.raises(StoreMissing, match="track add"):
        HistoryStore.open(store_path, create=False)
    assert not store_path.exists() and not store_path.parent.exists()


def test_a_directory_at_the_store_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        HistoryStore.open(tmp_path)
