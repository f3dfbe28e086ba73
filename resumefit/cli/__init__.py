"""The command line: parse arguments, call the pipeline, render, exit. The only place that prints or exits."""

from __future__ import annotations

import importlib
import os

import typer

from resumefit.cli.app import app
from resumefit.cli.track import track_app

# Each module registers its commands on app when imported, in the order --help lists them.
for _module in ("check", "batch", "vocab", "config", "scale"):
    importlib.import_module(f"resumefit.cli.{_module}")
app.add_typer(track_app, name="track")
INTERRUPTED = 130


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `resumefit` command; returns the exit code."""
    try:
        app(args=argv, prog_name="resumefit")
    except SystemExit as done:
        if done.code == INTERRUPTED:  # typer turns Ctrl-C into a silent exit 130
            typer.echo("resumefit: interrupted", err=True)
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
    except KeyboardInterrupt:
        typer.echo("resumefit: interrupted", err=True)
        return INTERRUPTED
    except Exception as error:  # the last resort: one line, never a traceback (RESUMEFIT_DEBUG=1 shows it)
        if os.environ.get("RESUMEFIT_DEBUG"):
            raise
        typer.echo(f"resumefit: internal error ({type(error).__name__}: {error}); please report it", err=True)
        return 2
    return 0


__all__ = ["app", "main"]
