"""Several writers at once lose nothing, and a writer killed mid-transaction leaves a sound store."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from resumefit.history import HistoryStore

WRITERS = 4
VERSIONS_EACH = 25


def add_many(path: str, writer: int) -> None:
    """One writer process: its own connection, one transaction per version."""
    with HistoryStore.open(path) as store:
        for n in range(VERSIONS_EACH):
            store.add_version(
                f"writer {writer} version {n}".encode(), "cv.txt", "text", employer=f"w{writer}"
            )


def test_four_writer_processes_lose_nothing(store_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=add_many, args=(str(store_path), w)) for w in range(WRITERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0] * WRITERS
    with HistoryStore.open(store_path) as store:
        records = store.list_versions()
        assert len(records) == WRITERS * VERSIONS_EACH
        assert len({record.resume_sha256 for record in records}) == WRITERS * VERSIONS_EACH
        assert store.check().ok


WRITE_FOREVER = textwrap.dedent(
    """
    import os, sys
    from resumefit.history import HistoryStore

    with HistoryStore.open(sys.argv[1]) as store:
        n = 0
        while True:
            n += 1
            data = os.urandom(300_000)
            report = {"score": {"total": n}}
            version = store.add_version(data, "cv.pdf", "text " * 2000, report, status="applied")
            store.set_status(version, "interview")
            print(version, flush=True)
    """
)


def run_and_kill(path: Path, after: int) -> list[int]:
    """Start a writer, SIGKILL it once it has committed `after` versions; the ids it reported."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITE_FOREVER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    committed = [int(child.stdout.readline()) for _ in range(after)]
    os.kill(child.pid, signal.SIGKILL)  # the next write is under way
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return committed


def test_a_writer_killed_mid_write_leaves_a_sound_store(store_path: Path) -> None:
    committed: list[int] = []
    for after in (3, 5, 4):
        committed += run_and_kill(store_path, after)
        with HistoryStore.open(store_path) as store:
            assert store.check().ok
            ids = {record.id for record in store.list_versions()}
            assert set(committed) <= ids  # every committed version survived
            for version in committed:
                assert store.get(version).status_history  # each version is whole
    with HistoryStore.open(store_path) as store:
        store.add_version(b"after the crashes", "cv.txt", "text")
        assert store.check().ok
