"""`resumefit index` and `resumefit match`: every resume against every posting, from cached facts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from resumefit.cli.app import app, user_errors, write_output

if TYPE_CHECKING:
    from resumefit.scale.run import Engine, Matched

CacheOption = Annotated[
    Path | None, typer.Option("--cache", help="The facts cache folder (Parquet); reused across runs.")
]
EngineOption = Annotated[
    str, typer.Option("--engine", help="local (this process) or ray (Ray Data actors; needs ray).")
]
WorkersOption = Annotated[int, typer.Option("--workers", "-j", min=1, help="Ray actors (with --engine ray).")]
AddressOption = Annotated[
    str | None, typer.Option("--ray-address", help="A Ray cluster to run on (default: a local Ray).")
]


@app.command("index")
def index_command(
    paths: Annotated[list[str], typer.Argument(help="Folders (searched recursively) or files.")],
    cache: CacheOption = None,
    role: Annotated[
        str, typer.Option("--role", help="resume, posting or auto (decide from each document's text).")
    ] = "auto",
    engine: EngineOption = "local",
    workers: WorkersOption = 2,
    ray_address: AddressOption = None,
) -> None:
    """Extract the facts of every document into the cache; documents already there are not read again."""
    if cache is None:
        typer.echo("resumefit: index needs --cache FOLDER: where to keep the facts", err=True)
        raise typer.Exit(2)
    if role not in ("auto", "resume", "posting"):
        typer.echo(f"resumefit: --role must be resume, posting or auto, not '{role}'", err=True)
        raise typer.Exit(2)
    with user_errors():
        run = _scale_run(engine)
        store, _ = run.open_cache(cache)
        done = run.index(paths, store, role, _engine(engine, workers, ray_address))
    for line in done.errors:
        typer.echo(f"resumefit: {line}", err=True)
    typer.echo(
        f"indexed {len(done.sources)} documents: {done.extracted} extracted, {done.cached} from the cache, "
        f"{len(done.errors)} unreadable ({done.seconds:.1f} s)",
        err=True,
    )
    raise typer.Exit(2 if done.errors else 0)


@app.command("match")
def match_command(
    resumes: Annotated[list[str], typer.Option("--resumes", "-r", help="Resume folders or files.")],
    postings: Annotated[list[str], typer.Option("--postings", "-p", help="Posting folders or files.")],
    top: Annotated[int, typer.Option("--top", "-k", min=1, help="Partners to keep per document.")] = 10,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the list to FILE.")] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="csv or json (default: from --output, else csv).")
    ] = None,
    reports: Annotated[
        Path | None, typer.Option("--reports", help="Also write each short-listed pair's JSON report here.")
    ] = None,
    cache: CacheOption = None,
    gate: Annotated[
        bool, typer.Option("--gate/--no-gate", help="Drop pairs missing a required credential or license.")
    ] = True,
    block: Annotated[
        bool, typer.Option("--block/--no-block", help="Compare lab with lab and equipment with equipment.")
    ] = True,
    engine: EngineOption = "local",
    workers: WorkersOption = 2,
    ray_address: AddressOption = None,
) -> None:
    """The TOP best postings for every resume and resumes for every posting, with score and reasons."""
    chosen = _format(fmt, output)
    with user_errors():
        run = _scale_run(engine)
        store, vocabulary = run.open_cache(cache)
        options = {"engine": _engine(engine, workers, ray_address), "gate": gate, "block": block}
        matched = run.match(resumes, postings, store, vocabulary, top, **options)
        written = _write_reports(matched, store, vocabulary, reports) if reports is not None else {}
    from resumefit.scale import output as out

    rows = out.match_rows(matched, vocabulary, written)
    text = out.render_json(matched, rows, top) if chosen == "json" else out.render_csv(rows)
    write_output(text, output)
    _summary(matched)
    raise typer.Exit(2 if matched.errors else 0)


def _scale_run(engine: str):  # noqa: ANN202
    """resumefit.scale.run, after checking that the scale extra (and Ray, when asked) is installed."""
    from resumefit.scale import SCALE_MODULES, require

    require(*SCALE_MODULES, *(("ray",) if engine == "ray" else ()))
    from resumefit.scale import run

    return run


def _engine(name: str, workers: int, address: str | None) -> Engine:
    from resumefit.scale.run import Engine

    return Engine(name, workers, address)


def _format(fmt: str | None, output: Path | None) -> str:
    chosen = (fmt or ("json" if output is not None and output.suffix.lower() == ".json" else "csv")).lower()
    if chosen not in ("csv", "json"):
        typer.echo(f"resumefit: --format must be csv or json, not '{fmt}'", err=True)
        raise typer.Exit(2)
    return chosen


def _write_reports(matched: Matched, store, vocabulary, folder: Path) -> dict:  # noqa: ANN001
    """Each short-listed pair's JSON report in ``folder``: (resume, posting) -> (file name, Report)."""
    from resumefit.reporters.json import render_json
    from resumefit.scale.output import report_names
    from resumefit.scale.run import full_reports

    reports = full_reports(matched, store, vocabulary)
    names = report_names(sorted(reports), matched)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for pair, report in reports.items():
            (folder / names[pair]).write_text(render_json(report), encoding="utf-8")
    except OSError as error:
        typer.echo(f"resumefit: {folder}: cannot write the reports ({error.strerror})", err=True)
        raise typer.Exit(2) from None
    return {pair: (names[pair], report) for pair, report in reports.items()}


def _summary(matched: Matched) -> None:
    for line in matched.errors:
        typer.echo(f"resumefit: {line}", err=True)
    done = matched.indexed
    typer.echo(
        f"matched {len(matched.resumes)} resumes x {len(matched.postings)} postings: "
        f"{matched.top.pairs} pairs scored in {matched.seconds:.2f} s; "
        f"{done.extracted} documents extracted, {done.cached} from the cache ({done.seconds:.1f} s)",
        err=True,
    )
