"""`resumefit vocab ...`: list, search, explain and lint the vocabulary; suggest terms from a posting."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from resumefit.cli.app import app, user_errors

vocab_app = typer.Typer(
    help="Browse and check the vocabulary of equipment, instruments, credentials and standards.",
    no_args_is_help=True,
)
app.add_typer(vocab_app, name="vocab")

VocabFiles = Annotated[list[Path] | None, typer.Option("--vocab", help="An extra vocabulary YAML file.")]


def _load(extra: list[Path] | None):  # noqa: ANN202
    from resumefit.vocab import load_vocabulary

    with user_errors():
        return load_vocabulary(extra_files=tuple(extra or ()))


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False)


@vocab_app.command("list")
def list_command(
    category: Annotated[str | None, typer.Option("--category", help="Only this category.")] = None,
    track: Annotated[str | None, typer.Option("--career-track", help="Only lab or equipment.")] = None,
    vocab: VocabFiles = None,
) -> None:
    """List the concepts: id, name, category, track, number of forms."""
    vocabulary = _load(vocab)
    table = Table("id", "name", "category", "track", "forms", box=None)
    for concept in sorted(vocabulary.concepts.values(), key=lambda c: (c.category.value, c.id)):
        if category and concept.category.value != category:
            continue
        if track and concept.track.value not in (track, "both"):
            continue
        table.add_row(
            concept.id, concept.name, concept.category.value, concept.track.value, str(len(concept.forms))
        )
    _console().print(table)


@vocab_app.command("search")
def search_command(text: str, vocab: VocabFiles = None) -> None:
    """Concepts whose id, name or any form contains TEXT (case-insensitive)."""
    vocabulary = _load(vocab)
    needle = text.lower()
    hits = [
        c
        for c in vocabulary.concepts.values()
        if needle in c.id or any(needle in f.text.lower() for f in c.forms)
    ]
    if not hits:
        typer.echo(f"No concept matches '{text}'.", err=True)
        raise typer.Exit(1)
    for concept in sorted(hits, key=lambda c: c.id):
        forms = ", ".join(f.text for f in concept.forms[1:6])
        typer.echo(f"{concept.id}  {concept.name}  [{concept.category.value}]  {forms}")


@vocab_app.command("explain")
def explain_command(term: str, vocab: VocabFiles = None) -> None:
    """A concept's forms, relations and source; TERM is an id or any way of writing it."""
    vocabulary = _load(vocab)
    concept = vocabulary.concepts.get(term) or next(
        (c for c in vocabulary.concepts.values() if any(f.text.lower() == term.lower() for f in c.forms)),
        None,
    )
    if concept is None:
        typer.echo(
            f"resumefit: no concept is written '{term}'; try `resumefit vocab search {term}`", err=True
        )
        raise typer.Exit(1)
    lines = [
        f"{concept.name} ({concept.id})",
        f"  category: {concept.category.value}; track: {concept.track.value}",
    ]
    for form in concept.forms:
        guard = " (case-sensitive)" if form.case_sensitive else ""
        if form.context:
            guard += f" (only near: {', '.join(form.context)})"
        lines.append(f"  {form.kind}: {form.text}{guard}")
    for label, ids in (
        ("is a", concept.broader),
        ("same as", concept.same_as),
        ("related to", concept.related),
    ):
        lines += [f"  {label}: {vocabulary.concepts[i].name} ({i})" for i in ids]
    narrower = sorted(vocabulary.descendants(concept.id))
    if narrower:
        lines.append(f"  narrower: {', '.join(narrower[:15])}{' …' if len(narrower) > 15 else ''}")
    if concept.long_form:
        lines.append(f"  long form: {concept.long_form}")
    lines.append(f"  source: {concept.source or 'none given'}")
    if concept.note:
        lines.append(f"  note: {concept.note}")
    typer.echo("\n".join(lines))


@vocab_app.command("lint")
def lint_command(vocab: VocabFiles = None) -> None:
    """Check the vocabulary: schema, duplicate ids, a form claimed by two concepts, cycles, sources."""
    from resumefit.nlp import build_nlp, form_tokens
    from resumefit.vocab import default_vocab_dir, lint_vocabulary
    from resumefit.yamlfile import duplicate_keys

    vocabulary = _load(vocab)
    nlp = build_nlp(vocabulary.lexicon.issuing_bodies)
    problems = lint_vocabulary(vocabulary, lambda text, exact: form_tokens(nlp, text, exact))
    for path in [*sorted(default_vocab_dir().glob("*.yaml")), *(vocab or ())]:
        text = path.read_text(encoding="utf-8")
        problems += [f"{path}:{line}: key '{key}' is given twice" for line, key in duplicate_keys(text)]
    for problem in problems:
        typer.echo(problem)
    forms = sum(len(c.forms) for c in vocabulary.concepts.values())
    typer.echo(f"{len(vocabulary)} concepts, {forms} forms, {len(problems)} problems", err=True)
    raise typer.Exit(1 if problems else 0)


@vocab_app.command("suggest")
def suggest_command(posting: str, vocab: VocabFiles = None) -> None:
    """Terms in POSTING the vocabulary does not know: candidates for your own vocabulary file."""
    from resumefit.documents import load_document
    from resumefit.pipeline import Checker

    with user_errors():
        checker = Checker(_load(vocab))
        read, _ = checker.read_posting(load_document(posting))
    if not read.unknown_terms:
        typer.echo("Every term in the posting is in the vocabulary.", err=True)
        return
    for term in sorted(read.unknown_terms, key=lambda t: (-t.count, t.text)):
        typer.echo(f"{term.text}\t{term.count}\t{term.snippet}")


@vocab_app.command("fmt")
def fmt_command(
    paths: Annotated[list[Path], typer.Argument(help="Vocabulary YAML files or folders of them.")],
    check: Annotated[
        bool, typer.Option("--check", help="Change nothing; exit 1 if a file would change.")
    ] = False,
) -> None:
    """Write vocabulary files in the canonical block-style layout (fixed key order, comments kept)."""
    from resumefit.vocabfmt import format_file, vocabulary_paths

    with user_errors():
        files = vocabulary_paths(paths)
        changed = [path for path in files if format_file(path, write=not check)]
    verb = "would be reformatted" if check else "reformatted"
    for path in changed:
        typer.echo(f"{path}: {verb}" if check else str(path))
    typer.echo(f"{len(changed)} of {len(files)} files {verb}", err=True)
    raise typer.Exit(1 if check and changed else 0)
