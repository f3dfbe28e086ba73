"""The typer application and what every command shares: error handling, output, exit codes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from resumefit.atomic import write_atomically
from resumefit.errors import ResumefitError
from resumefit.models import Report, Severity, Track

app = typer.Typer(
    name="resumefit",
    help="Check a resume against a job posting: missing terms, unreadable layout, and advice.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a ResumefitError into one line on stderr and exit code 2."""
    try:
        yield
    except ResumefitError as error:
        typer.echo(f"resumefit: {error}", err=True)
        raise typer.Exit(2) from None


def write_output(text: str, output: Path | None, color: bool | None = None) -> None:
    """Data to stdout, or to --output FILE; ``color=True`` keeps ANSI styles when stdout is no terminal."""
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"), color=color)
        return
    try:
        write_atomically(output, text if text.endswith("\n") else text + "\n")
    except OSError as error:
        typer.echo(f"resumefit: {output}: cannot write the report ({error.strerror})", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Report written to {output}", err=True)


def exit_code(report: Report, fail_on: Severity | None, min_score: int | None) -> int:
    """1 when a finding is at or above the fail level or the score is below --min-score, else 0."""
    if fail_on is not None and any(f.severity.rank >= fail_on.rank for f in report.findings):
        return 1
    if min_score is not None and report.score.total < min_score:
        return 1
    return 0


def parse_track(value: str | None) -> Track | None:
    if value is None:
        return None
    try:
        return Track(value.lower())
    except ValueError:
        typer.echo(f"resumefit: --career-track must be 'lab' or 'equipment', not '{value}'", err=True)
        raise typer.Exit(2) from None


def split_codes(values: list[str] | None) -> tuple[str, ...]:
    """'K,W1' and repeated flags both give ('K', 'W1')."""
    return tuple(code.strip().upper() for value in values or () for code in value.split(",") if code.strip())


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _show_version(value: bool) -> None:
    if value:
        from resumefit import __version__

        typer.echo(f"resumefit {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", callback=_show_version, is_eager=True
    ),
) -> None:
    """Check a resume against a job posting: missing terms, unreadable layout, and advice."""
