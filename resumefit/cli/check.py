"""`resumefit check` and `resumefit text`: one resume against one posting, and what an ATS sees."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Annotated

import typer

from resumefit.cli.app import (
    app,
    exit_code,
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


@app.command("check")
def check_command(
    resume: Annotated[str, typer.Argument(help="The resume: PDF, DOCX, text or Markdown.")],
    posting: Annotated[
        str | None, typer.Argument(help="The job posting: text, saved HTML, PDF or DOCX.")
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    fail_on: Annotated[
        Severity | None,
        typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity."),
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
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour the terminal report.")
    ] = None,
    record: Annotated[
        bool, typer.Option("--track", help="Also record this version in the history (see `resumefit track`).")
    ] = False,
    employer: Annotated[str | None, typer.Option("--employer", help="With --track: the employer.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="With --track: the role.")] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="With --track: applied, interview, ...")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="With --track: a note.")] = None,
    store: Annotated[
        Path | None, typer.Option("--store", help="With --track: the history store file.")
    ] = None,
) -> None:
    """Check RESUME against POSTING: missing terms, other names, layout an ATS cannot read, and advice."""
    from resumefit.documents import load_document
    from resumefit.settings import load_settings

    with user_errors():
        resume_doc = load_document(resume)
        posting_doc = load_document(posting) if posting is not None else None
        flags = {
            "track": parse_track(career_track),
            "fail_on": fail_on,
            "min_score": min_score,
            "select": split_codes(select),
            "ignore": split_codes(ignore),
            "vocab": tuple(vocab or ()),
        }
        settings = load_settings(Path(resume), flags)
        checker = _checker(settings.vocab, settings.ignore_terms)
        report = checker.check_documents(
            resume_doc, posting_doc, track=settings.track, select=settings.select, ignore=settings.ignore
        )
        if record:
            _record(report, store, employer=employer, role=role, status=status, note=note)
    chosen = fmt or Format.TERMINAL
    use_color = color if color is not None else (output is None and stdout_is_terminal())
    width = min(shutil.get_terminal_size((100, 24)).columns, 120)
    write_output(render(report, chosen, color=use_color, width=width), output)
    raise typer.Exit(exit_code(report, settings.fail_on, settings.min_score))


def _checker(vocab: tuple[Path, ...], ignore_terms: tuple[str, ...]):  # noqa: ANN202
    from resumefit.pipeline import Checker, default_checker
    from resumefit.vocab import load_vocabulary

    if not vocab and not ignore_terms:
        return default_checker()
    return Checker(load_vocabulary(extra_files=vocab, ignore=ignore_terms))


def _record(report, store: Path | None, **fields: str | None) -> None:  # noqa: ANN001
    from resumefit.history import HistoryStore, record_check, resolve_store_path
    from resumefit.history.record import read_input

    resume_path = Path(report.resume.path)
    posting_path = Path(report.posting.document.path) if report.posting else None
    resume_bytes = read_input(resume_path)
    posting_bytes = read_input(posting_path) if posting_path else None
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
