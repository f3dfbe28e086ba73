"""Shared fixtures: the spaCy pipeline, the shipped vocabulary and its matcher, built once per session."""

from __future__ import annotations

import pytest

from resumefit.matching import TermMatcher
from resumefit.models import Document, Line, SourceFormat
from resumefit.nlp import build_nlp
from resumefit.vocab import Vocabulary, load_vocabulary


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.fixture(scope="session")
def matcher(vocabulary, nlp) -> TermMatcher:
    return TermMatcher(vocabulary, nlp)


@pytest.fixture(scope="session")
def checker(vocabulary, nlp):
    from resumefit.pipeline import Checker

    return Checker(vocabulary, nlp)


def text_document(text: str, path: str = "resume.txt") -> Document:
    """A Document from plain text, one Line per line, as the text loader would give it."""
    lines = tuple(Line(text=t, index=i) for i, t in enumerate(text.strip("\n").splitlines()))
    return Document(path=path, source_format=SourceFormat.TEXT, lines=lines)


def each_case(cases, check, unpack: bool = True) -> None:  # noqa: ANN001
    """Run ``check`` on every case of a table and fail once, naming every case that failed (a table of
    hundreds of one-line vocabulary cases runs as one test: pytest's cost per test would outweigh the
    checks)."""
    failures = []
    for case in cases:
        try:
            check(*case) if unpack else check(case)
        except AssertionError as error:
            failures.append(f"{case!r}: {error}")
    assert not failures, f"{len(failures)} of {len(cases)} cases failed:\n" + "\n".join(failures)
