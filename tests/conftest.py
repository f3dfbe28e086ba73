"""Shared fixtures: the spaCy pipeline, the shipped vocabulary and its matcher, built once per session."""

from __future__ import annotations

import os
import shutil
import tempfile

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
    from tests.evaluation import share_reports

    session_checker = Checker(vocabulary, nlp)
    share_reports(session_checker)  # its example reports are worked out once for all the session's workers
    return session_checker


def pytest_configure(config: pytest.Config) -> None:
    """A folder for the example pairs' check reports of this session, shared by the xdist workers (they
    inherit the controller's environment) and removed at its end."""
    from tests.evaluation import REPORTS_ENV

    if not hasattr(config, "workerinput") and REPORTS_ENV not in os.environ:
        folder = tempfile.mkdtemp(prefix="resumefit-reports-")
        os.environ[REPORTS_ENV] = folder
        config.stash[_REPORTS_FOLDER] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    from tests.evaluation import REPORTS_ENV

    folder = config.stash.get(_REPORTS_FOLDER, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(REPORTS_ENV, None)


_REPORTS_FOLDER = pytest.StashKey[str]()


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
