"""The command line: parse arguments, call the pipeline, render, exit. The only place that prints or exits."""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
from typing import NoReturn

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


def run() -> NoReturn:
    """The console script: main(), then exit without tearing the interpreter down.

    Freeing every object of a loaded vocabulary and spaCy one by one at exit takes longer than the
    check itself; the operating system reclaims the memory at once. Output is flushed and exit
    handlers run first, so nothing written is lost.
    """
    # A check allocates a few hundred thousand long-lived objects (vocabulary, spaCy's tables) and little
    # garbage: collecting the youngest generation every 700 allocations costs a tenth of the cold time.
    gc.set_threshold(50_000, 20, 100)
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a reader such as `head` closed the pipe: nothing more to say
        pass
    atexit._run_exitfuncs()
    os._exit(code)


__all__ = ["app", "main", "run"]
