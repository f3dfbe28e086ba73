"""Reading resumes and postings into Documents: the only place in resumefit that opens files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from resumefit.documents.bounded import ReadBudget, can_fork, parse_within_budget, start_within_budget
from resumefit.documents.detect import Kind, detect_kind, looks_like_html
from resumefit.documents.encoding import decode_text
from resumefit.documents.files import read_file_bytes, too_large_reason
from resumefit.documents.html import read_html
from resumefit.documents.text import read_text
from resumefit.errors import UnreadableDocument
from resumefit.models import Document

__all__ = [
    "MAX_BYTES",
    "MAX_TEXT_CHARS",
    "PendingDocument",
    "ReadBudget",
    "load_document",
    "parse_document",
    "start_loading",
]

MAX_BYTES = 10_000_000
MAX_TEXT_CHARS = 200_000  # a two-page resume holds about 8,000 characters, a long posting about 20,000
MAX_JUNK_SHARE = 0.05  # decoded "text" with more control characters than this is binary


def load_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read the file at ``path`` (PDF, DOCX, HTML, Markdown or plain text) into a Document."""
    path = Path(path)
    return parse_document(read_file_bytes(path, max_bytes), str(path), max_bytes=max_bytes)


def parse_document(
    data: bytes, name: str, *, max_bytes: int = MAX_BYTES, budget: ReadBudget | None = None
) -> Document:
    """Parse a file's bytes already in memory; ``name`` names it in messages and breaks format ties."""
    if len(data) > max_bytes:
        raise UnreadableDocument(name, too_large_reason(len(data), max_bytes))
    kind = detect_kind(data, name)
    budget = budget or ReadBudget.from_environment()
    if kind == Kind.TEXT:
        document = _read_textual(data, name, budget)
    else:
        document = _parse_bounded(kind, data, name, budget)
    return _finished(document, data, name)


def _finished(document: Document, data: bytes, name: str) -> Document:
    _refuse_long_text(document, name)
    layout = replace(document.layout, file_size=len(data))
    return replace(document, layout=layout, sha256=hashlib.sha256(data).hexdigest())


class PendingDocument:
    """A document being read while the caller does other work (a PDF or DOCX parses in a forked child)."""

    def __init__(self, finish: Callable[[], Document], cancel: Callable[[], None] = lambda: None) -> None:
        self._finish = finish
        self._cancel = cancel

    def result(self) -> Document:
        """The Document, or the UnreadableDocument error reading it gave."""
        return self._finish()

    def cancel(self) -> None:
        """Stop reading (the result is not wanted)."""
        self._cancel()


def start_loading(path: str | Path, *, max_bytes: int = MAX_BYTES) -> PendingDocument:
    """Start reading the file at ``path``: a PDF or DOCX is parsed in a forked child from now on, so a
    caller can build its checker meanwhile; errors about the file itself (missing, too large, not a
    document) are raised here at once."""
    path = Path(path)
    name = str(path)
    data = read_file_bytes(path, max_bytes)
    if len(data) > max_bytes:
        raise UnreadableDocument(name, too_large_reason(len(data), max_bytes))
    kind = detect_kind(data, name)
    if kind == Kind.TEXT or not can_fork():
        return PendingDocument(lambda: parse_document(data, name, max_bytes=max_bytes))
    # the child imports the parser itself, so that import too runs alongside the caller's work
    running = start_within_budget(lambda: _reader(kind)(data, name), name, ReadBudget.from_environment())
    return PendingDocument(lambda: _finished(running.result(), data, name), running.cancel)


def _reader(kind: Kind) -> Callable[[bytes, str], Document]:
    if kind == Kind.PDF:
        from resumefit.documents.pdf import read_pdf

        return read_pdf
    from resumefit.documents.docx import read_docx

    return read_docx


def _parse_bounded(kind: Kind, data: bytes, name: str, budget: ReadBudget) -> Document:
    """A PDF or DOCX parsed by a third-party parser, in a child process within ``budget`` where possible."""
    # pdfplumber and python-docx are imported only when a file needs them (they cost start-up time), and
    # here in the parent: a child that imported them would pay for it on every document.
    read = _reader(kind)
    return _within(lambda: read(data, name), name, budget)


def _within(parse: Callable[[], Document], name: str, budget: ReadBudget) -> Document:
    return parse_within_budget(parse, name, budget) if can_fork() else parse()


def _refuse_long_text(document: Document, name: str) -> None:
    chars = sum(len(line.text) + 1 for line in document.lines)
    if chars > MAX_TEXT_CHARS:
        raise UnreadableDocument(name, _long_text_reason(chars))


def _long_text_reason(chars: int) -> str:
    return (
        f"holds {chars:,} characters of text, over the {MAX_TEXT_CHARS:,} limit (about 60 full pages; "
        "a resume or posting is far shorter); give one resume or one posting, not a collection"
    )


def _read_textual(data: bytes, name: str, budget: ReadBudget) -> Document:
    decoded = decode_text(data)
    if decoded is None or _mostly_junk(decoded[0]):
        raise UnreadableDocument(
            name,
            "is not a document resumefit can read (binary data); give a PDF, .docx, .txt, .md or .html file",
        )
    text, encoding = decoded
    if looks_like_html(text, name):  # markup: up to 10 MB of tags, so parsed within the budget too
        return _within(lambda: read_html(text, name, encoding), name, budget)
    if len(text) > 2 * MAX_TEXT_CHARS:  # refused before parsing: plain text is nearly all text
        raise UnreadableDocument(name, _long_text_reason(len(text)))
    return read_text(text, name, encoding)  # linear and short: read in this process


def _mostly_junk(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    junk = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return junk / len(sample) > MAX_JUNK_SHARE
