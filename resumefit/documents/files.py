"""Reading a file's bytes safely: existence, type, permission and size are checked before parsing."""

from __future__ import annotations

import stat
from pathlib import Path

from resumefit.errors import UnreadableDocument


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, or UnreadableDocument saying why they cannot be read."""
    info = _stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableDocument(str(path), _directory_reason(path))
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableDocument(str(path), "is not a regular file; give the path of a resume or a posting")
    if info.st_size > max_bytes:
        raise UnreadableDocument(str(path), too_large_reason(info.st_size, max_bytes))
    return _read_capped(path, max_bytes)


def too_large_reason(size: int, max_bytes: int) -> str:
    """The message for a file over the size limit."""
    return (
        f"is {size / 1_000_000:.1f} MB, over the {max_bytes / 1_000_000:g} MB limit; "
        "export a smaller copy (compress the images) and try again"
    )


def _stat(path: Path):
    try:
        return path.stat()
    except FileNotFoundError:
        raise UnreadableDocument(str(path), "does not exist; check the path and try again") from None
    except PermissionError:
        raise UnreadableDocument(str(path), _permission_reason()) from None
    except OSError as exc:
        raise UnreadableDocument(str(path), f"cannot be opened ({exc.strerror}); check the path") from None


def _read_capped(path: Path, max_bytes: int) -> bytes:
    # Read one byte past the limit: a file that grows after stat() is still refused, never read whole.
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise UnreadableDocument(str(path), _permission_reason()) from None
    except OSError as exc:
        raise UnreadableDocument(str(path), f"cannot be read ({exc.strerror}); check the file") from None
    if len(data) > max_bytes:
        raise UnreadableDocument(str(path), too_large_reason(len(data), max_bytes))
    return data


def _permission_reason() -> str:
    return "cannot be read (permission denied); check the file's permissions or copy it somewhere readable"


def _directory_reason(path: Path) -> str:
    if path.suffix.lower() == ".pages":
        return "is an Apple Pages document; in Pages choose File > Export To > Word (or PDF) and try again"
    return "is a directory; give the path of a resume or posting file"
