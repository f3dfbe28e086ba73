"""The extract stage: documents in, cache rows out, in this process or on Ray Data actors.

Both engines run ``extract_batch``: the local engine calls it in a loop, the Ray engine calls it inside
``ExtractActor``, one actor per worker, each holding one Checker (vocabulary, spaCy pipeline, matcher)
built once, as ``ray.data.from_items(...).map_batches(ExtractActor, concurrency=N)``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa

from resumefit.documents import MAX_BYTES, parse_document
from resumefit.documents.files import read_file_bytes
from resumefit.errors import ResumefitError
from resumefit.facts import Extractor, Role
from resumefit.rules.kind import reads_like_posting
from resumefit.scale import require
from resumefit.scale.cache import error_row, facts_row, rows_table
from resumefit.scale.profiles import profile_of

AUTO = "auto"  # an item role: decide from the text (reads like a posting, else a resume)
LOCAL_BATCH = 32
RAY_BATCH = 8


def extract_batch(extractor: Extractor, items: Sequence[dict]) -> pa.Table:
    """Cache rows for items {"path", "role"}: facts and profile, or the one-line reason it failed."""
    return rows_table([extract_row(extractor, item["path"], item["role"]) for item in items])


def extract_row(extractor: Extractor, path: str, role: str) -> dict:
    """One document's cache row; an unreadable document gives an error row and the run goes on."""
    sha256 = ""
    try:
        data = read_file_bytes(Path(path), MAX_BYTES)
        document = parse_document(data, path)
        sha256 = document.sha256
        chosen = _role(document, role)
        facts = extractor.extract(document, chosen)
        return facts_row(facts, profile_of(facts, extractor.checker.vocabulary))
    except ResumefitError as error:
        message = str(error)
    except Exception as error:  # one bad document must not end a night's run; its row says why
        message = f"{path}: internal error ({type(error).__name__}: {error}); please report it"
    return error_row(sha256, Role.RESUME if role == AUTO else Role(role), extractor.version, path, message)


def _role(document, role: str) -> Role:  # noqa: ANN001
    if role != AUTO:
        return Role(role)
    return Role.POSTING if reads_like_posting(document) else Role.RESUME


def run_local(items: Sequence[dict], extractor: Extractor) -> Iterator[pa.Table]:
    """Extract in this process, a batch at a time."""
    for start in range(0, len(items), LOCAL_BATCH):
        yield extract_batch(extractor, items[start : start + LOCAL_BATCH])


class ExtractActor:
    """A Ray Data worker: one Checker per actor, built when the actor starts, reused for every batch."""

    def __init__(self) -> None:
        self.extractor = Extractor()

    def __call__(self, batch: pa.Table) -> pa.Table:
        return extract_batch(self.extractor, batch.to_pylist())


def run_ray(items: Sequence[dict], workers: int, address: str | None = None) -> Iterator[pa.Table]:
    """Extract on Ray Data: ``workers`` actors; a running Ray (or ``address``) is used, else a local one."""
    require("ray")
    import ray

    if not ray.is_initialized():
        ray.init(address=address, num_cpus=None if address else workers, **_quiet())
    _quiet_data(ray)
    dataset = ray.data.from_items(list(items)).map_batches(
        ExtractActor, concurrency=workers, batch_size=RAY_BATCH, batch_format="pyarrow"
    )
    yield from dataset.iter_batches(batch_format="pyarrow", batch_size=None)


def _quiet() -> dict:
    """ray.init options for a command-line run: no dashboard, worker logs and progress off stderr."""
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    return {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}


def _quiet_data(ray) -> None:  # noqa: ANN001
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


__all__ = ["AUTO", "ExtractActor", "extract_batch", "extract_row", "run_local", "run_ray"]
