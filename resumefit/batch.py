"""Batch and rank: many resumes against many postings, in parallel workers, as summary rows (no printing)."""

from __future__ import annotations

import contextlib
import glob
import os
import re
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from resumefit.advice import is_condition
from resumefit.documents import load_document
from resumefit.errors import ResumefitError
from resumefit.models import Document, Finding, Importance, Report, Severity, Status
from resumefit.pipeline import Checker, default_checker
from resumefit.settings import Settings, load_settings
from resumefit.vocab import load_vocabulary

RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
POSTING_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx", ".md")
TOP_FINDINGS = 3
NEVER = "never"  # a fail_on flag meaning: no finding fails (load_settings ignores a None flag)


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One resume against one posting: the summary a coach reads, or the error that stopped it."""

    resume: str
    posting: str | None
    posting_title: str | None = None
    score: int | None = None
    missing_required: tuple[str, ...] = ()
    missing_other: tuple[str, ...] = ()
    top_findings: tuple[Finding, ...] = ()
    counts: tuple[int, int, int] = (0, 0, 0)  # errors, warnings, notes
    failed: bool = False  # at or above --fail-on, or below --min-score
    error: str | None = None
    report_html: str | None = None  # the pair's full HTML report, when the batch keeps reports

    @property
    def status(self) -> str:
        """'error', 'fail' or 'pass'."""
        return "error" if self.error else ("fail" if self.failed else "pass")


@dataclass(frozen=True, slots=True)
class BatchTask:
    """One resume, the postings to check it against, and its effective settings."""

    resume: Path
    postings: tuple[Path, ...]
    settings: Settings = field(default_factory=Settings)
    settings_error: str | None = None
    keep_report: bool = False  # render each pair's full HTML report into its row (batch --reports)


# --- what to check ----------------------------------------------------------------------------


def expand_resume_paths(paths: Iterable[str], exclude: Iterable[Path] = ()) -> tuple[Path, ...]:
    """Files as given, resumes directly inside folders, glob matches; postings left out; sorted, unique."""
    return _expand(paths, RESUME_SUFFIXES, exclude)


def expand_posting_paths(paths: Iterable[str], exclude: Iterable[Path] = ()) -> tuple[Path, ...]:
    """Posting files as given, postings directly inside folders, glob matches; sorted, unique."""
    return _expand(paths, POSTING_SUFFIXES, exclude)


def _expand(paths: Iterable[str], suffixes: tuple[str, ...], exclude: Iterable[Path]) -> tuple[Path, ...]:
    skipped = {p.resolve() for p in exclude}
    found: dict[Path, None] = {}
    for given in paths:
        for path in _expand_one(str(given), suffixes):
            if path.resolve() not in skipped:
                found.setdefault(path, None)
    return tuple(sorted(found, key=str))


def _expand_one(given: str, suffixes: tuple[str, ...]) -> list[Path]:
    path = Path(given)
    if path.is_dir():
        return [p for p in path.iterdir() if p.is_file() and _has_suffix(p, suffixes)]
    if glob.has_magic(given) and not path.exists():
        return [Path(p) for p in glob.glob(given, recursive=True) if _has_suffix(Path(p), suffixes)]
    return [path]  # a missing file becomes its own error row


def _has_suffix(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.suffix.lower() in suffixes and not path.name.startswith((".", "~$"))


def plan_tasks(
    resumes: Sequence[Path], postings: Sequence[Path], flags: dict[str, Any] | None = None
) -> tuple[BatchTask, ...]:
    """A task per resume with its settings; without postings, the configuration's `posting:` if any."""
    read = _SettingsByFolder(flags or {})
    tasks = []
    for resume in resumes:
        try:
            settings = read(resume)
        except ResumefitError as error:
            tasks.append(BatchTask(resume, tuple(postings), settings_error=str(error)))
            continue
        chosen = tuple(postings) or ((settings.posting,) if settings.posting else ())
        tasks.append(BatchTask(resume, chosen, settings))
    return tuple(tasks)


class _SettingsByFolder:
    """load_settings depends only on the resume's folder: read each folder's settings once."""

    def __init__(self, flags: dict[str, Any]) -> None:
        self.flags = flags
        self.seen: dict[Path, Settings] = {}

    def __call__(self, resume: Path) -> Settings:
        folder = resume.parent.resolve()
        if folder not in self.seen:
            self.seen[folder] = self._load(resume)
        return self.seen[folder]

    def _load(self, resume: Path) -> Settings:
        if self.flags.get("fail_on") != NEVER:
            return load_settings(resume, self.flags)
        settings = load_settings(resume, {**self.flags, "fail_on": None})
        return replace(settings, fail_on=None, sources=(*settings.sources, "flags"))


# --- checking -----------------------------------------------------------------------------------


class BatchWorker:
    """One process's checkers (one per vocabulary setting) and the postings it has read, kept for the run."""

    def __init__(self, checker_factory: Callable[[Settings], Checker] | None = None) -> None:
        self.checker_factory = checker_factory or build_checker
        self.checkers: dict[tuple, Checker] = {}
        self.postings: dict[Path, Document | ResumefitError] = {}

    def run(self, task: BatchTask) -> tuple[BatchRow, ...]:
        """Every row of one resume: one per posting (or one without a posting)."""
        targets: Sequence[Path | None] = task.postings or (None,)
        if task.settings_error:
            return tuple(_error_row(task.resume, p, task.settings_error) for p in targets)
        try:
            checker = self.checker(task.settings)
            resume = _load(task.resume)
        except ResumefitError as error:
            return tuple(_error_row(task.resume, p, str(error)) for p in targets)
        return tuple(self._row(checker, task, resume, p) for p in targets)

    def checker(self, settings: Settings) -> Checker:
        """The checker for this vocabulary setting, built once per process."""
        key = (settings.vocab, settings.ignore_terms)
        if key not in self.checkers:
            self.checkers[key] = self.checker_factory(settings)
        return self.checkers[key]

    def posting(self, path: Path) -> Document | ResumefitError:
        """The posting document, read once per process; its error is kept and reported on every row."""
        if path not in self.postings:
            try:
                self.postings[path] = _load(path)
            except ResumefitError as error:
                self.postings[path] = error
        return self.postings[path]

    def _row(self, checker: Checker, task: BatchTask, resume: Document, path: Path | None) -> BatchRow:
        posting = self.posting(path) if path is not None else None
        if isinstance(posting, ResumefitError):
            return _error_row(task.resume, path, str(posting))
        settings = task.settings
        try:
            report = checker.check_documents(
                resume, posting, track=settings.track, select=settings.select, ignore=settings.ignore
            )
        except ResumefitError as error:
            return _error_row(task.resume, path, str(error))
        row = summarize(report, task.resume, path, settings)
        if task.keep_report:
            from resumefit.reporters.html import render_html

            row = replace(row, report_html=render_html(report))
        return row


def report_file_names(rows: Sequence[BatchRow]) -> list[str]:
    """A distinct, safe file name per row's report: resume stem, then posting stem ('ana--bmet-ii.html')."""
    names: list[str] = []
    taken: set[str] = set()
    resume_label = _labels([row.resume for row in rows])
    posting_label = _labels([row.posting for row in rows if row.posting])
    for row in rows:
        parts = [resume_label[row.resume]] + ([posting_label[row.posting]] if row.posting else [])
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", "--".join(parts)).strip("-.") or "report"
        name, n = f"{base}.html", 1
        while name.lower() in taken:
            n += 1
            name = f"{base}-{n}.html"
        taken.add(name.lower())
        names.append(name)
    return names


def _labels(paths: Sequence[str]) -> dict[str, str]:
    """Each path's file stem, or 'folder-stem' where two different paths share a stem (client/resume.pdf)."""
    stems: dict[str, set[str]] = {}
    for path in paths:
        stems.setdefault(Path(path).stem.lower(), set()).add(path)
    return {
        path: Path(path).stem
        if len(stems[Path(path).stem.lower()]) == 1
        else f"{Path(path).parent.name}-{Path(path).stem}"
        for path in paths
    }


def _load(path: Path) -> Document:
    return load_document(path)


def build_checker(settings: Settings) -> Checker:
    """The checker for these settings' vocabulary: the process-wide one when no extra files are named."""
    if not settings.vocab and not settings.ignore_terms:
        return default_checker()
    return Checker(load_vocabulary(extra_files=settings.vocab, ignore=settings.ignore_terms))


def summarize(report: Report, resume: Path, posting: Path | None, settings: Settings) -> BatchRow:
    """The batch row of one report: score, missing terms, top findings, and whether it fails the gate."""
    missing = [t for t in report.terms if t.status is Status.MISSING and not is_condition(t.requirement)]
    return BatchRow(
        resume=str(resume),
        posting=str(posting) if posting is not None else None,
        posting_title=report.posting.title if report.posting else None,
        score=report.score.total,
        missing_required=tuple(t.requirement.term for t in missing if _required(t.requirement.importance)),
        missing_other=tuple(t.requirement.term for t in missing if not _required(t.requirement.importance)),
        top_findings=report.findings[:TOP_FINDINGS],
        counts=tuple(sum(f.severity is s for f in report.findings) for s in Severity),  # type: ignore[arg-type]
        failed=fails_gate(report, settings.fail_on, settings.min_score),
    )


def _required(importance: Importance) -> bool:
    return importance is Importance.REQUIRED


def fails_gate(report: Report, fail_on: Severity | None, min_score: int | None) -> bool:
    """True when a finding is at or above the fail level, or the score is below the minimum."""
    if fail_on is not None and any(f.severity.rank >= fail_on.rank for f in report.findings):
        return True
    return min_score is not None and report.score.total < min_score


def _error_row(resume: Path, posting: Path | None, message: str) -> BatchRow:
    return BatchRow(resume=str(resume), posting=str(posting) if posting is not None else None, error=message)


# --- running ------------------------------------------------------------------------------------

# The worker process's state: the initializer builds it once, every task of that process reuses it.
_PROCESS_WORKER: list[BatchWorker] = []


def _start_worker() -> None:
    # Ctrl-C reaches the whole process group: a worker leaves at once and quietly (no traceback of its
    # own), and the parent reports the interruption once.
    signal.signal(signal.SIGINT, _leave_quietly)
    worker = BatchWorker()
    _PROCESS_WORKER.append(worker)
    # Build the default pipeline and matcher while the pool starts; on an error each task reports it.
    with contextlib.suppress(ResumefitError):
        worker.checker(Settings())


def _leave_quietly(signum: int, frame: object) -> None:
    os._exit(130)


def _run_in_worker(task: BatchTask) -> tuple[BatchRow, ...]:
    return _PROCESS_WORKER[0].run(task)


def default_workers() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_batch(
    tasks: Sequence[BatchTask], workers: int | None = None, worker: BatchWorker | None = None
) -> Iterator[tuple[BatchRow, ...]]:
    """The rows of each task, in task order, as they are ready; workers=1 checks in this process."""
    ordered = sorted(tasks, key=lambda t: str(t.resume))
    count = min(workers or default_workers(), len(ordered))
    if count <= 1:
        local = worker or BatchWorker()
        yield from (_sorted_rows(local.run(task)) for task in ordered)
        return
    chunk = max(1, min(8, len(ordered) // (count * 4)))
    pool = ProcessPoolExecutor(max_workers=count, initializer=_start_worker)
    try:
        yield from (_sorted_rows(rows) for rows in pool.map(_run_in_worker, ordered, chunksize=chunk))
    finally:  # interrupted or stopped early: tasks not yet started are dropped, not run to the end
        pool.shutdown(wait=True, cancel_futures=True)


def _sorted_rows(rows: tuple[BatchRow, ...]) -> tuple[BatchRow, ...]:
    return tuple(sorted(rows, key=lambda r: (r.resume, r.posting or "")))


def rank_rows(rows: Iterable[BatchRow]) -> tuple[BatchRow, ...]:
    """Best fit first: by score, then fewer missing required terms, then posting path; errors last."""
    return tuple(sorted(rows, key=_rank_key))


def _rank_key(row: BatchRow) -> tuple:
    if row.error or row.score is None:
        return (1, 0, 0, row.posting or "")
    return (0, -row.score, len(row.missing_required), row.posting or "")


def batch_exit_code(rows: Iterable[BatchRow]) -> int:
    """The worst result: 2 when any file could not be read, else 1 when any row fails the gate, else 0."""
    worst = 0
    for row in rows:
        if row.error:
            return 2
        if row.failed:
            worst = 1
    return worst


def without_gate(rows: Iterable[BatchRow]) -> tuple[BatchRow, ...]:
    """The rows with the pass/fail gate cleared (rank reports fit, not pass or fail)."""
    return tuple(replace(row, failed=False) for row in rows)


__all__ = [
    "BatchRow",
    "BatchTask",
    "BatchWorker",
    "batch_exit_code",
    "expand_posting_paths",
    "expand_resume_paths",
    "plan_tasks",
    "rank_rows",
    "run_batch",
    "summarize",
]
