"""Writing output files whole or not at all: a temporary file in the same folder, then one rename."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def write_atomically(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` so a reader, a crash or Ctrl-C never sees half a file; returns the file.

    An existing file keeps its permissions; a new one gets the usual ones (0666 less the umask). A path
    that is not a regular file (/dev/null, /dev/stdout, a named pipe) cannot be renamed over and is written
    directly. A symbolic link is followed, so the link stays and its target gets the new content.
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    target = _follow_link(Path(path))
    info = _stat_or_none(target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(target, payload)
        return target
    temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        _fill(descriptor, payload, None if info is None else stat.S_IMODE(info.st_mode))
        os.replace(temporary, target)
    except BaseException:  # an error or Ctrl-C before the rename: the target is untouched, the temp goes
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target


def _follow_link(path: Path) -> Path:
    if not path.is_symlink():
        return path
    try:
        return path.resolve(strict=False)
    except RuntimeError:  # a symlink loop (Python 3.11 raises RuntimeError, later versions OSError)
        raise OSError(40, "Too many levels of symbolic links", str(path)) from None


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _fill(descriptor: int, payload: bytes, mode: int | None) -> None:
    with os.fdopen(descriptor, "wb") as handle:
        if mode is not None:
            os.fchmod(handle.fileno(), mode)
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())


def _write_through(target: Path, payload: bytes) -> None:
    with open(target, "wb") as handle:  # noqa: PTH123 - a device or pipe, opened as the user named it
        handle.write(payload)


__all__ = ["write_atomically"]
