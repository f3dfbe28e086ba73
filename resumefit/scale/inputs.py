"""Which documents to read: files as given, folders searched recursively; and each file's content hash."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from resumefit.documents import MAX_BYTES
from resumefit.documents.files import read_file_bytes
from resumefit.errors import ResumefitError, UnreadableDocument
from resumefit.facts import Role

SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm")


class InputError(ResumefitError):
    """A path given on the command line that names no document."""


@dataclass(frozen=True, slots=True)
class Source:
    """One document to read as ``role``; ``sha256`` is its content hash, "" when it cannot be read."""

    path: str
    role: Role
    sha256: str = ""
    error: str = ""


def find_documents(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """Files as given and documents anywhere under folders (hidden ones skipped); sorted, unique."""
    found: dict[Path, None] = {}
    for given in map(Path, paths):
        if given.is_dir():
            found.update(dict.fromkeys(sorted(p for p in given.rglob("*") if _is_document(p, given))))
        elif given.exists():
            found.setdefault(given, None)
        else:
            raise InputError(f"{given}: no such file or folder; give document files or folders of them")
    return tuple(found)


def _is_document(path: Path, root: Path) -> bool:
    hidden = any(part.startswith((".", "~$")) for part in path.relative_to(root).parts)
    return path.suffix.lower() in SUFFIXES and not hidden and path.is_file()


def hashed(path: Path, role: Role) -> Source:
    """The document's content hash (the same as Document.sha256), or why its bytes cannot be read."""
    try:
        data = read_file_bytes(path, MAX_BYTES)
    except UnreadableDocument as error:
        return Source(str(path), role, error=str(error))
    return Source(str(path), role, hashlib.sha256(data).hexdigest())


__all__ = ["InputError", "SUFFIXES", "Source", "find_documents", "hashed"]
