"""`resumefit track ...`: record which resume version went where, list, show, diff, restore, export."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from resumefit.atomic import write_atomically
from resumefit.errors import ResumefitError
from resumefit.history import (
    KNOWN_STATUSES,
    STORE_ENV_VAR,
    ExportFormat,
    HistoryStore,
    StoreMissing,
    VersionFilter,
    VersionRecord,
    check_and_record,
    diff_versions,
    resolve_store_path,
)
from resumefit.history.filters import parse_date_bound
from resumefit.history.render import diff_text, show_score, version_table, version_text

STORE_KEY = "resumefit.history.store_path"
UNWRAPPED_WIDTH = 1000

track_app = typer.Typer(
    name="track",
    help="Record which resume version went to which employer, and compare versions later.",
    no_args_is_help=True,
)


@track_app.callback()
def track_options(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar=STORE_ENV_VAR,
            show_envvar=True,
            help="The history store file (default: history.sqlite3 in the user data directory).",
        ),
    ] = None,
) -> None:
    """Record which resume version went to which employer, and compare versions later."""
    ctx.meta[STORE_KEY] = resolve_store_path(store)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn a resumefit error into one line on stderr and exit code 2."""
    try:
        yield
    except ResumefitError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None


@contextmanager
def opened_store(ctx: typer.Context, *, create: bool = False) -> Iterator[HistoryStore]:
    path = ctx.meta.get(STORE_KEY) or resolve_store_path()
    with HistoryStore.open(path, create=create) as store:
        yield store


@track_app.command("add")
def add_command(
    ctx: typer.Context,
    resume: Annotated[Path, typer.Argument(help="The resume file to check and record.")],
    posting: Annotated[
        Path | None, typer.Option("--posting", "-p", help="The job posting it was tailored to.")
    ] = None,
    employer: Annotated[str | None, typer.Option("--employer", "-e", help="Where it is going.")] = None,
    role: Annotated[str | None, typer.Option("--role", "-r", help="The job title applied for.")] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status", "-s", help=f"Application status: {', '.join(KNOWN_STATUSES)}, or your own word."
        ),
    ] = None,
    note: Annotated[str | None, typer.Option("--note", "-n", help="A free-text note.")] = None,
) -> None:
    """Check RESUME against the posting and record this version; prints the new version's id."""
    with reported_errors(), opened_store(ctx, create=True) as store:
        version_id, report = check_and_record(
            store, resume, posting, employer=employer, role=role, status=status, note=note
        )
    typer.echo(str(version_id))
    typer.echo(f"recorded version {version_id} of {resume.name} (score {report.score.total})", err=True)


@track_app.command("list")
def list_command(
    ctx: typer.Context,
    employer: Annotated[
        str | None, typer.Option("--employer", "-e", help="Only this employer (part of the name).")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", "-s", help="Only versions with this status.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Recorded on or after DATE (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Recorded on or before DATE (YYYY-MM-DD).")
    ] = None,
) -> None:
    """List recorded versions, newest first."""
    with reported_errors():
        filters = VersionFilter(
            employer=employer,
            status=status,
            since=parse_date_bound(since, "--since"),
            until=parse_date_bound(until, "--until", end=True),
        )
        records = _listed(ctx, filters)
    if not records:
        typer.echo("no versions recorded" + (" match" if filters != VersionFilter() else ""), err=True)
        return
    _print_table(version_table(records))


def _print_table(table: Table) -> None:
    """Print a table; piped output gets its natural width so rows are not wrapped."""
    console = Console()
    if not console.is_terminal:
        console = Console(width=UNWRAPPED_WIDTH)  # a table is only as wide as its content needs
    console.print(table)


def _listed(ctx: typer.Context, filters: VersionFilter) -> list[VersionRecord]:
    try:
        with opened_store(ctx) as store:
            return store.list_versions(filters)
    except StoreMissing:
        return []


@track_app.command("show")
def show_command(
    ctx: typer.Context,
    version: Annotated[str, typer.Argument(help="The version id, as `track list` shows it.")],
    text: Annotated[bool, typer.Option("--text", help="Also print the extracted resume text.")] = False,
) -> None:
    """Show everything recorded about one version, with its status history."""
    with reported_errors(), opened_store(ctx) as store:
        record = store.get(version)
    typer.echo(version_text(record, with_text=text))


@track_app.command("diff")
def diff_command(
    ctx: typer.Context,
    before: Annotated[str, typer.Argument(help="The earlier version id.")],
    after: Annotated[str, typer.Argument(help="The later version id.")],
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Leave out the unified diff of the texts.")
    ] = False,
) -> None:
    """Compare two versions: terms gained and lost, findings fixed and new, score, text changes."""
    with reported_errors(), opened_store(ctx) as store:
        difference = diff_versions(store.get(before), store.get(after))
    typer.echo(diff_text(difference, with_text=not no_text))


@track_app.command("status")
def status_command(
    ctx: typer.Context,
    version: Annotated[str, typer.Argument(help="The version id.")],
    status: Annotated[str, typer.Argument(help=f"{', '.join(KNOWN_STATUSES)}, or your own word.")],
    note: Annotated[str | None, typer.Option("--note", "-n", help="A note about this change.")] = None,
) -> None:
    """Set a version's application status; every change is dated and kept."""
    with reported_errors(), opened_store(ctx) as store:
        change = store.set_status(version, status, note)
    typer.echo(f"version {version}: {change.status}", err=True)


@track_app.command("restore")
def restore_command(
    ctx: typer.Context,
    version: Annotated[str, typer.Argument(help="The version id.")],
    to: Annotated[Path, typer.Option("--to", help="Where to write the file (a directory keeps its name).")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a version's resume file back, byte for byte."""
    with reported_errors(), opened_store(ctx) as store:
        written = store.restore(version, to, force=force)
    typer.echo(f"restored version {version} to {written}", err=True)


@track_app.command("export")
def export_command(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="json or csv.")] = ExportFormat.JSON,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
) -> None:
    """Export every version with all its fields (id included) as JSON or CSV."""
    with reported_errors():
        text = _exported(ctx, fmt)
        if output is None:
            typer.echo(text, nl=False)
            return
        _write_output(output, text)
    typer.echo(f"wrote {output}", err=True)


def _exported(ctx: typer.Context, fmt: ExportFormat) -> str:
    from resumefit.history import export_versions

    try:
        with opened_store(ctx) as store:
            return store.export(fmt)
    except StoreMissing:
        return export_versions([], fmt)


def _write_output(output: Path, text: str) -> None:
    try:
        write_atomically(output, text)
    except OSError as err:
        raise ResumefitError(f"{output}: cannot write the export ({err.strerror})") from None


@track_app.command("rm")
def rm_command(
    ctx: typer.Context,
    version: Annotated[str, typer.Argument(help="The version id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove a version (its file too, unless another version uses it)."""
    with reported_errors(), opened_store(ctx) as store:
        record = store.get(version)
        if not yes and not _confirmed(_rm_question(record)):
            typer.echo("nothing removed", err=True)
            raise typer.Exit(1)
        store.remove(record.id)
    typer.echo(f"removed version {record.id}", err=True)


def _confirmed(question: str) -> bool:
    """Ask on stderr; only y or yes agrees. Ctrl-C is an interruption (exit 130), not a "no"."""
    try:
        typer.echo(f"{question} [y/N]: ", err=True, nl=False)
        answer = sys.stdin.readline()
    except KeyboardInterrupt:
        typer.echo("", err=True)  # end the prompt's line before the one-line interruption notice
        raise
    return answer.strip().lower() in ("y", "yes")


def _rm_question(record: VersionRecord) -> str:
    where = f" for {record.employer}" if record.employer else ""
    return f"Remove version {record.id} ({record.resume_name}{where}, score {show_score(record.score)})?"


@track_app.command("check")
def check_command(ctx: typer.Context) -> None:
    """Verify the store: SQLite integrity, foreign keys, every file's SHA-256. Exit 1 on a problem."""
    with reported_errors(), opened_store(ctx) as store:
        result = store.check()
    for problem in result.problems:
        typer.echo(f"{store.path}: {problem}")
    counted = f"{store.path}: {result.versions} versions, {result.blobs} files"
    typer.echo(
        f"{counted}, {len(result.problems)} problems" if result.problems else f"{counted}, ok", err=True
    )
    if result.problems:
        raise typer.Exit(1)
