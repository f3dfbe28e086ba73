"""Versions lost when many writers share one history store, and when writers are killed mid-write.

    python benchmarks/history_stress.py [--writers 8] [--versions 100] [--kills 10]

Prints what was written, what the store holds afterwards, how many committed versions were lost (the
target is 0) and whether the store's own check passes.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from resumefit.history import HistoryStore


def add_many(path: str, writer: int, count: int) -> None:
    with HistoryStore.open(path) as store:
        for n in range(count):
            store.add_version(
                f"writer {writer} version {n}".encode(), "cv.txt", "text", employer=f"w{writer}"
            )


WRITE_FOREVER = textwrap.dedent(
    """
    import os, sys
    from resumefit.history import HistoryStore

    with HistoryStore.open(sys.argv[1]) as store:
        while True:
            data = os.urandom(200_000)
            version = store.add_version(data, "cv.pdf", "text " * 2000, {"score": {"total": 1}})
            store.set_status(version, "interview")
            print(version, flush=True)
    """
)


def killed_writer(path: Path, after: int) -> list[int]:
    """A writer SIGKILLed once it has reported ``after`` committed versions; their ids."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITE_FOREVER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    committed = [int(child.stdout.readline()) for _ in range(after)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    return committed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--versions", type=int, default=100)
    parser.add_argument("--kills", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.sqlite"
        start = time.perf_counter()
        context = multiprocessing.get_context("spawn")
        workers = [
            context.Process(target=add_many, args=(str(path), w, args.versions)) for w in range(args.writers)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        concurrent_s = time.perf_counter() - start
        failed = sum(worker.exitcode != 0 for worker in workers)
        committed: list[int] = []
        for n in range(args.kills):
            committed += killed_writer(path, 2 + n % 4)
        with HistoryStore.open(path) as store:
            records = store.list_versions()
            sound = store.check().ok
        held = {record.id for record in records}
        from_writers = sum(1 for record in records if (record.employer or "").startswith("w"))
        lost = args.writers * args.versions - from_writers + len(set(committed) - held)
        print(f"concurrent writers      {args.writers} x {args.versions} versions in {concurrent_s:.1f} s")
        print(f"writers that failed     {failed}")
        print(f"killed writers          {args.kills}, {len(committed)} versions committed before the kill")
        print(f"versions in the store   {len(held)}")
        print(f"committed versions lost {lost}")
        print(f"store check             {'ok' if sound else 'FAILED'}")
        return 0 if lost == 0 and sound and not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
