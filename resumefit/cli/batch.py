"""`resumefit batch`, `resumefit rank` and `resumefit precommit`: many resumes, many postings, one table."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from resumefit.cli.app import app, split_codes, stdout_is_terminal, user_errors, write_output
from resumefit.errors import ResumefitError
from resumefit.models import Severity

if TYPE_CHECKING:
    from resumefit.batch import BatchRow, BatchTask
    from resumefit.reporters.batch import BatchFormat

FORMAT_HELP = "terminal (default), csv, json, markdown or html."
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write the summary to FILE.")]
FailOnOption = Annotated[
    str | None, typer.Option("--fail-on", help="error, warning, info or never: fail a resume at this.")
]
MinScoreOption = Annotated[
    int | None, typer.Option("--min-score", min=0, max=100, help="A resume fails when its score is below N.")
]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", "-j", min=1, help="Worker processes (default: CPUs).")
]
ProgressOption = Annotated[
    bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: on a tty).")
]
ColorOption = Annotated[bool | None, typer.Option("--color/--no-color", help="Colour the terminal table.")]
CodesOption = Annotated[list[str] | None, typer.Option(help="Rule code prefixes (repeatable).")]
VocabOption = Annotated[list[Path] | None, typer.Option("--vocab", help="An extra vocabulary YAML file.")]


def _format_option() -> Any:
    return typer.Option("--format", "-f", help=FORMAT_HELP)


@app.command("batch")
def batch_command(
    paths: Annotated[list[str], typer.Argument(help="Resume files, folders of resumes, or glob patterns.")],
    posting: Annotated[
        list[Path] | None,
        typer.Option("--posting", "-p", help="A job posting (repeatable; default: the config's `posting:`)."),
    ] = None,
    fmt: Annotated[str, _format_option()] = "terminal",
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    min_score: MinScoreOption = None,
    workers: WorkersOption = None,
    progress: ProgressOption = None,
    select: CodesOption = None,
    ignore: CodesOption = None,
    vocab: VocabOption = None,
    color: ColorOption = None,
    reports: Annotated[
        Path | None,
        typer.Option(
            "--reports",
            help="Also write each resume's full HTML report into DIR, one self-contained file per pair.",
            metavar="DIR",
        ),
    ] = None,
) -> None:
    """Check every resume in PATHS against every --posting; a summary table; exit with the worst result."""
    chosen = _parse_format(fmt)
    flags = _flags(fail_on, min_score, select, ignore, vocab)
    tasks = _plan(paths, list(posting or ()), flags)
    if reports is not None:
        tasks = tuple(replace(task, keep_report=True) for task in tasks)
    rows = _run(tasks, workers, progress)
    if reports is not None:
        _write_reports(rows, reports)
    _finish(rows, chosen, output, color, ranked=False)


def _write_reports(rows: Sequence[BatchRow], folder: Path) -> None:
    """Each pair's HTML report into the folder (created if needed), written atomically."""
    from resumefit.atomic import write_atomically
    from resumefit.batch import report_file_names

    with user_errors():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ResumefitError(f"{folder}: cannot create the reports folder ({exc.strerror})") from None
        written = 0
        for row, name in zip(rows, report_file_names(rows), strict=True):
            if row.report_html is not None:
                write_atomically(folder / name, row.report_html)
                written += 1
    typer.echo(f"wrote {written} report{'s' if written != 1 else ''} to {folder}", err=True)


@app.command("precommit")
def precommit_command(
    files: Annotated[list[str], typer.Argument(help="The resume files (as a pre-commit hook passes them).")],
    fmt: Annotated[str, _format_option()] = "terminal",
    fail_on: FailOnOption = None,
    min_score: MinScoreOption = None,
    workers: WorkersOption = None,
) -> None:
    """Check each resume against the `posting:` of its .resumefit.yaml (for pre-commit hooks)."""
    from resumefit.batch import expand_resume_paths, plan_tasks

    chosen = _parse_format(fmt)
    with user_errors():
        resumes = expand_resume_paths(f for f in files if Path(f).suffix.lower() in _resume_suffixes())
        tasks = plan_tasks(resumes, (), _flags(fail_on, min_score, None, None, None))
    tasks = _without_posting_files(tasks)
    unset = [str(t.resume) for t in tasks if not t.postings and not t.settings_error]
    if unset:
        message = "no posting to check against; set `posting: FILE` in .resumefit.yaml"
        typer.echo(f"resumefit: {unset[0]}: {message}", err=True)
        raise typer.Exit(2)
    rows = _run(tasks, workers, None) if tasks else []
    _finish(rows, chosen, None, None, ranked=False)


@app.command("rank")
def rank_command(
    resume: Annotated[Path, typer.Argument(help="The resume: PDF, DOCX, text or Markdown.")],
    postings: Annotated[list[str], typer.Argument(help="Job postings: files, folders or glob patterns.")],
    fmt: Annotated[str, _format_option()] = "terminal",
    output: OutputOption = None,
    select: CodesOption = None,
    ignore: CodesOption = None,
    vocab: VocabOption = None,
    color: ColorOption = None,
) -> None:
    """Which POSTINGS fit RESUME best (by score), and which required terms each one misses."""
    from resumefit.batch import expand_posting_paths, plan_tasks, rank_rows, run_batch, without_gate

    chosen = _parse_format(fmt)
    with user_errors():
        found = expand_posting_paths(postings, exclude=(resume,))
        tasks = plan_tasks((resume,), found, _flags(None, None, select, ignore, vocab))
    if not found:
        typer.echo("resumefit: no posting found; name posting files or folders", err=True)
        raise typer.Exit(2)
    rows = rank_rows(without_gate(row for rows in run_batch(tasks, workers=1) for row in rows))
    _finish(rows, chosen, output, color, ranked=True)


def _resume_suffixes() -> tuple[str, ...]:
    from resumefit.batch import RESUME_SUFFIXES

    return RESUME_SUFFIXES


def _parse_format(value: str) -> BatchFormat:
    from resumefit.reporters.batch import BatchFormat

    try:
        return BatchFormat(value.lower())
    except ValueError:
        known = ", ".join(f.value for f in BatchFormat)
        typer.echo(f"resumefit: --format must be one of {known}, not '{value}'", err=True)
        raise typer.Exit(2) from None


def _flags(
    fail_on: str | None,
    min_score: int | None,
    select: list[str] | None,
    ignore: list[str] | None,
    vocab: list[Path] | None,
) -> dict[str, Any]:
    return {
        "fail_on": _parse_fail_on(fail_on),
        "min_score": min_score,
        "select": split_codes(select),
        "ignore": split_codes(ignore),
        "vocab": tuple(vocab or ()),
    }


def _parse_fail_on(value: str | None) -> Severity | str | None:
    """A severity; 'never' is kept as a marker the settings turn into no fail level."""
    if value is None:
        return None
    if value.lower() in ("never", "none"):
        from resumefit.batch import NEVER

        return NEVER
    try:
        return Severity(value.lower())
    except ValueError:
        typer.echo(f"resumefit: --fail-on must be error, warning, info or never, not '{value}'", err=True)
        raise typer.Exit(2) from None


def _plan(paths: Sequence[str], postings: list[Path], flags: dict[str, Any]) -> tuple[BatchTask, ...]:
    from resumefit.batch import expand_resume_paths, plan_tasks

    with user_errors():
        resumes = expand_resume_paths(paths, exclude=postings)
        tasks = plan_tasks(resumes, postings, flags)
    if not resumes:
        typer.echo("resumefit: no resume found (.pdf, .docx, .txt or .md); check the paths", err=True)
        raise typer.Exit(2)
    return tasks


def _without_posting_files(tasks: Sequence[BatchTask]) -> list[BatchTask]:
    """A hook is given every matching file, the configured posting too: it is not a resume."""
    return [t for t in tasks if t.resume.resolve() not in {p.resolve() for p in t.postings}]


def _run(tasks: Sequence[BatchTask], workers: int | None, progress: bool | None) -> list[BatchRow]:
    from resumefit.batch import run_batch

    show = progress if progress is not None else sys.stderr.isatty()
    results = run_batch(tasks, workers=workers)
    rows: list[BatchRow] = []
    with user_errors():
        for done in _with_progress(results, len(tasks), show):
            rows.extend(done)
    return rows


def _with_progress(results: Iterator[tuple[BatchRow, ...]], total: int, show: bool) -> Iterator[Any]:
    if not show:
        yield from results
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("resumes", total=total)
        for done in results:
            bar.advance(task)
            yield done


def _finish(
    rows: Sequence[BatchRow], fmt: BatchFormat, output: Path | None, color: bool | None, ranked: bool
) -> None:
    from resumefit.batch import batch_exit_code
    from resumefit.reporters.batch import render_batch, summary_line

    use_color = color if color is not None else (output is None and stdout_is_terminal())
    width = min(shutil.get_terminal_size((120, 24)).columns, 160)
    write_output(render_batch(rows, fmt, ranked=ranked, color=use_color, width=width), output)
    typer.echo(summary_line(rows, ranked), err=True)
    raise typer.Exit(batch_exit_code(rows))
