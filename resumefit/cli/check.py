"""`resumefit check` and `resumefit text`: one resume against one posting, and what an ATS sees."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from resumefit.cli.app import (
    app,
    parse_track,
    split_codes,
    stdout_is_terminal,
    user_errors,
    write_output,
)
from resumefit.models import Severity
from resumefit.reporters import Format, render

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="terminal (default on a terminal), json, markdown, concise, github, html."
    ),
]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to FILE.")]


ColorChoice = Annotated[
    str,
    typer.Option(
        "--color", help="always, never or auto (default: colour on a terminal unless NO_COLOR is set)."
    ),
]
SEVERITIES = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


@app.command("check")
def check_command(
    resume: Annotated[str, typer.Argument(help="The resume: PDF, DOCX, text or Markdown.")],
    posting: Annotated[
        str | None,
        typer.Argument(
            help="The job posting: text, saved HTML, PDF or DOCX; - reads pasted text from stdin."
        ),
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="error, warning, info or never: exit 1 at or above this severity."),
    ] = None,
    min_score: Annotated[
        int | None, typer.Option("--min-score", min=0, max=100, help="Exit 1 when the score is below N.")
    ] = None,
    career_track: Annotated[
        str | None,
        typer.Option("--career-track", help="lab or equipment (default: read from the posting)."),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Only rules with these code prefixes.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Skip rules with these code prefixes.")
    ] = None,
    vocab: Annotated[
        list[Path] | None, typer.Option("--vocab", help="An extra vocabulary YAML file (repeatable).")
    ] = None,
    severity: Annotated[
        str | None, typer.Option("--severity", help="Show only findings at or above: error, warning or info.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the one-line summary (and why a gate failed).")
    ] = False,
    color: ColorChoice = "auto",
    no_color: Annotated[bool, typer.Option("--no-color", hidden=True, help="Same as --color never.")] = False,
    record: Annotated[
        bool,
        typer.Option("--record", help="Also record this version in the history (see `resumefit track`)."),
    ] = False,
    old_record: Annotated[
        bool, typer.Option("--track", hidden=True, help="Deprecated spelling of --record.")
    ] = False,
    employer: Annotated[str | None, typer.Option("--employer", help="With --record: the employer.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="With --record: the role.")] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="With --record: applied, interview, ...")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="With --record: a note.")] = None,
    store: Annotated[
        Path | None, typer.Option("--store", help="With --record: the history store file.")
    ] = None,
) -> None:
    """Check RESUME against POSTING: missing terms, other names, layout an ATS cannot read, and advice."""
    from resumefit.settings import load_settings

    use_color = _use_color("never" if no_color else color, output)
    shown = _severity(severity)
    if old_record:
        typer.echo(
            "resumefit: --track is deprecated; use --record (it records this version in the history)",
            err=True,
        )
    with user_errors():
        flags = {
            "track": parse_track(career_track),
            "fail_on": _fail_on(fail_on),
            "min_score": min_score,
            "select": split_codes(select),
            "ignore": split_codes(ignore),
            "vocab": tuple(vocab or ()),
        }
        settings = load_settings(Path(resume), flags)
        for line in settings.notes:
            typer.echo(f"resumefit: {line}", err=True)
        # the documents are read in forked children while the checker is built: both take a few tenths
        with _reading_inputs(resume, posting, settings.posting) as reading:
            checker = _checker(settings.vocab, settings.ignore_terms)
            resume_doc, posting_doc, posting_bytes = reading.documents()
        report = checker.check_documents(
            resume_doc, posting_doc, track=settings.track, select=settings.select, ignore=settings.ignore
        )
        if record or old_record:
            _record(report, store, posting_bytes, employer=employer, role=role, status=status, note=note)
    fails = fail_on is not None and fail_on.lower() == "never"
    report = _gated(report, None if fails else settings.fail_on, settings.min_score)
    _write(_shown(report, shown), fmt, output, quiet, use_color)
    raise typer.Exit(0 if report.gate is None or report.gate.passed else 1)


def _write(report, fmt: Format | None, output: Path | None, quiet: bool, use_color: bool) -> None:  # noqa: ANN001
    from resumefit.reporters.presentation import summary_line

    if quiet:
        write_output(summary_line(report) + "\n", output)
        return
    width = min(shutil.get_terminal_size((100, 24)).columns, 120)
    write_output(
        render(report, fmt or Format.TERMINAL, color=use_color, width=width), output, use_color or None
    )
    if (fmt or Format.TERMINAL) in (Format.CONCISE, Format.JSON, Format.HTML) and output is None:
        typer.echo(summary_line(report), err=True)


def _use_color(choice: str, output: Path | None) -> bool:
    """--color always|never|auto; auto colours a terminal unless NO_COLOR is set (https://no-color.org)."""
    choice = choice.lower()
    if choice not in ("always", "never", "auto"):
        typer.echo(f"resumefit: --color must be always, never or auto, not '{choice}'", err=True)
        raise typer.Exit(2)
    if choice != "auto":
        return choice == "always"
    return output is None and stdout_is_terminal() and not os.environ.get("NO_COLOR")


def _fail_on(value: str | None) -> Severity | None:
    if value is None or value.lower() == "never":
        return None
    if value.lower() not in SEVERITIES:
        typer.echo(f"resumefit: --fail-on must be error, warning, info or never, not '{value}'", err=True)
        raise typer.Exit(2)
    return SEVERITIES[value.lower()]


def _severity(value: str | None) -> Severity | None:
    if value is None:
        return None
    if value.lower() not in SEVERITIES:
        typer.echo(f"resumefit: --severity must be error, warning or info, not '{value}'", err=True)
        raise typer.Exit(2)
    return SEVERITIES[value.lower()]


def _gated(report, fail_on: Severity | None, min_score: int | None):  # noqa: ANN001, ANN202
    from resumefit.scoring import gate_verdict

    if fail_on is None and min_score is None:
        return report
    return replace(report, gate=gate_verdict(report.findings, report.score, fail_on, min_score))


def _shown(report, severity: Severity | None):  # noqa: ANN001, ANN202
    """The report with only the findings at or above --severity (the gate has already seen them all)."""
    if severity is None:
        return report
    return replace(report, findings=tuple(f for f in report.findings if f.severity.rank >= severity.rank))


class _Inputs:
    """The resume and the posting being read (the argument, stdin for '-', else the config's `posting:`)."""

    def __init__(self, resume: str, posting: str | None, configured: Path | None) -> None:
        from resumefit.documents import MAX_BYTES, PendingDocument, parse_document, start_loading

        self.names = (resume, posting)
        self.posting_bytes: bytes | None = None
        self.pending: list[PendingDocument] = [start_loading(resume)]
        try:
            if posting == "-":
                self.posting_bytes = sys.stdin.buffer.read(MAX_BYTES + 1)
                document = parse_document(self.posting_bytes, "<stdin>")
                self.pending.append(PendingDocument(lambda: document))
            elif posting is not None or configured is not None:
                self.pending.append(start_loading(posting if posting is not None else configured))
        except BaseException:
            self.cancel()
            raise

    def documents(self):  # noqa: ANN201
        """The resume, the posting (None for a resume-only check) and the posting's bytes when pasted."""
        from resumefit.rules.kind import reads_like_posting, resume_cues

        resume, posting = self.names
        resume_doc = self.pending[0].result()
        posting_doc = self.pending[1].result() if len(self.pending) > 1 else None
        if reads_like_posting(resume_doc):
            _say_swapped(resume, posting, posting_doc is not None and resume_cues(posting_doc) >= 2)
        if posting_doc is None:
            typer.echo(
                "resumefit: no posting given: a resume-only check (layout, sections, wording), no match "
                "score. Give a posting file, or - to paste one, to see what it asks for.",
                err=True,
            )
        return resume_doc, posting_doc, self.posting_bytes

    def cancel(self) -> None:
        for pending in self.pending:
            pending.cancel()


@contextmanager
def _reading_inputs(resume: str, posting: str | None, configured: Path | None) -> Iterator[_Inputs]:
    inputs = _Inputs(resume, posting, configured)
    try:
        yield inputs
    finally:
        inputs.cancel()  # a reader whose result was not taken (an error, Ctrl-C) must not outlive us


def _say_swapped(resume: str, posting: str | None, posting_reads_like_resume: bool) -> None:
    if posting is not None and posting_reads_like_resume:
        message = (
            f"the arguments look swapped: '{resume}' reads like a job posting and '{posting}' like a resume; "
            f"run: resumefit check {posting} {resume}"
        )
    else:
        message = (
            f"'{resume}' reads like a job posting, not a resume; "
            "give the resume first: resumefit check RESUME POSTING"
        )
    typer.echo(f"resumefit: {message}", err=True)
    raise typer.Exit(2)


def _checker(vocab: tuple[Path, ...], ignore_terms: tuple[str, ...]):  # noqa: ANN202
    from resumefit.pipeline import Checker, default_checker
    from resumefit.vocab import load_vocabulary

    if not vocab and not ignore_terms:
        return default_checker()
    return Checker(load_vocabulary(extra_files=vocab, ignore=ignore_terms))


def _record(report, store: Path | None, posting_bytes: bytes | None, **fields: str | None) -> None:  # noqa: ANN001
    from resumefit.history import HistoryStore, record_check, resolve_store_path
    from resumefit.history.record import read_input

    resume_path = Path(report.resume.path)
    posting_path = Path(report.posting.document.path) if report.posting and posting_bytes is None else None
    resume_bytes = read_input(resume_path)
    if posting_path is not None:
        posting_bytes = read_input(posting_path)
    with HistoryStore.open(resolve_store_path(store)) as history:
        version = record_check(history, report, resume_bytes, posting_bytes, **fields)
    typer.echo(f"Recorded version {version}", err=True)


@app.command("text")
def text_command(
    file: Annotated[str, typer.Argument(help="A resume or posting: PDF, DOCX, HTML, text.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text (default) or json.")] = "text",
    output: OutputOption = None,
) -> None:
    """Print what an ATS would extract from FILE, in reading order, with regions marked."""
    from resumefit.documents import load_document
    from resumefit.reporters.textview import render_text_view, text_view_dict

    if fmt not in ("text", "json"):
        typer.echo(f"resumefit: --format must be 'text' or 'json', not '{fmt}'", err=True)
        raise typer.Exit(2)
    with user_errors():
        document = load_document(file)
    if fmt == "json":
        text = json.dumps(text_view_dict(document), indent=2, ensure_ascii=False)
    else:
        text = render_text_view(document)
    write_output(text, output)
