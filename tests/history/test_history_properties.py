"""Properties of the store: any bytes in come back identical, and identical bytes are stored once."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumefit.history import HistoryStore

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.binary(max_size=4096), name=st.text(min_size=1, max_size=30).filter(lambda s: "/" not in s))
def test_any_bytes_restore_identically(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp, HistoryStore.open(Path(tmp) / "h.sqlite3") as store:
        version_id = store.add_version(data, name, data.decode("utf-8", "replace"))
        assert store.file_bytes(version_id) == data
        target = store.restore(version_id, Path(tmp) / "restored")
        assert target.read_bytes() == data


@SETTINGS
@given(data=st.binary(max_size=2048), times=st.integers(min_value=2, max_value=4))
def test_adding_the_same_bytes_again_stores_one_blob(data: bytes, times: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, HistoryStore.open(Path(tmp) / "h.sqlite3") as store:
        ids = [store.add_version(data, "cv.pdf", "text") for _ in range(times)]
        assert len(set(ids)) == times
        assert store.count_blobs() == 1
        assert {store.get(version).resume_sha256 for version in ids} == {store.get(ids[0]).resume_sha256}


@SETTINGS
@given(blobs=st.lists(st.binary(max_size=512), min_size=1, max_size=6))
def test_removing_versions_frees_exactly_the_unused_blobs(blobs: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp, HistoryStore.open(Path(tmp) / "h.sqlite3") as store:
        ids = [store.add_version(data, "cv.pdf", "text") for data in blobs]
        store.remove(ids[0])
        assert store.count_blobs() == len(set(blobs[1:]))
        for version, data in zip(ids[1:], blobs[1:], strict=True):
            assert store.file_bytes(version) == data
        assert store.check().ok


@SETTINGS
@given(
    status=st.text(min_size=1, max_size=40).filter(lambda s: s.strip()), note=st.none() | st.text(max_size=50)
)
def test_any_status_word_round_trips(status: str, note: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp, HistoryStore.open(Path(tmp) / "h.sqlite3") as store:
        version_id = store.add_version(b"cv", "cv.txt", "cv")
        change = store.set_status(version_id, status, note)
        assert store.get(version_id).status == change.status
        assert store.get(version_id).status_history[-1].note == note
