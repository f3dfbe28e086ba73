"""Reading resumes and postings into Documents: the only place in resumefit that opens files."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from resumefit.documents.detect import Kind, detect_kind, looks_like_html
from resumefit.documents.encoding import decode_text
from resumefit.documents.files import read_file_bytes, too_large_reason
from resumefit.documents.html import read_html
from resumefit.documents.text import read_text
from resumefit.errors import UnreadableDocument
from resumefit.models import Document

__all__ = ["MAX_BYTES", "load_document", "parse_document"]

MAX_BYTES = 10_000_000
MAX_JUNK_SHARE = 0.05  # decoded "text" with more control characters than this is binary


def load_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read the file at ``path`` (PDF, DOCX, HTML, Markdown or plain text) into a Document."""
    path = Path(path)
    return parse_document(read_file_bytes(path, max_bytes), str(path), max_bytes=max_bytes)


def parse_document(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Parse a file's bytes already in memory; ``name`` names it in messages and breaks format ties."""
    if len(data) > max_bytes:
        raise UnreadableDocument(name, too_large_reason(len(data), max_bytes))
    kind = detect_kind(data, name)
    # pdfplumber and python-docx are imported only when a file needs them: they cost start-up time.
    if kind == Kind.PDF:
        from resumefit.documents.pdf import read_pdf

        document = read_pdf(data, name)
    elif kind == Kind.DOCX:
        from resumefit.documents.docx import read_docx

        document = read_docx(data, name)
    else:
        document = _read_textual(data, name)
    layout = replace(document.layout, file_size=len(data))
    return replace(document, layout=layout, sha256=hashlib.sha256(data).hexdigest())


def _read_textual(data: bytes, name: str) -> Document:
    decoded = decode_text(data)
    if decoded is None or _mostly_junk(decoded[0]):
        raise UnreadableDocument(
            name,
            "is not a document resumefit can read (binary data); give a PDF, .docx, .txt, .md or .html file",
        )
    text, encoding = decoded
    if looks_like_html(text, name):
        return read_html(text, name, encoding)
    return read_text(text, name, encoding)


def _mostly_junk(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    junk = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return junk / len(sample) > MAX_JUNK_SHARE
