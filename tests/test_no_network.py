"""No network connection, ever: `check` and `batch` on the examples with sockets forbidden."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import resumefit.cli.batch  # noqa: F401  (registers the batch command on app)
from resumefit.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for folder in sorted(p for p in EXAMPLES.glob("*") if p.is_dir()):
        resumes = sorted(folder.glob("resume.*"))
        postings = sorted(folder.glob("posting.*"))
        if resumes and postings:
            pairs.append((resumes[0], postings[0]))
    return pairs


@pytest.fixture
def no_sockets(monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"resumefit tried to open a network connection: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("RESUMEFIT_CONFIG", "/nonexistent/resumefit-config.yaml")
    return attempts


@pytest.fixture
def pairs() -> list[tuple[Path, Path]]:
    found = example_pairs()
    if not found:
        pytest.skip("no example resume/posting pairs in examples/")
    return found


def test_check_opens_no_connection(no_sockets, pairs, capsys):
    resume, posting = pairs[0]
    code = main(["check", str(resume), str(posting), "-f", "json"])
    assert code in (0, 1)
    assert no_sockets == []


def test_batch_opens_no_connection(no_sockets, pairs, capsys):
    resumes = [str(resume) for resume, _ in pairs[:4]]
    code = main(["batch", *resumes, "--posting", str(pairs[0][1]), "-f", "csv", "--workers", "1"])
    assert code in (0, 1)
    assert no_sockets == []
