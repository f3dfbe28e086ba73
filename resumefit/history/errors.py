"""Exceptions of the version history: each message names the store or version and says what to do."""

from __future__ import annotations

from pathlib import Path

from resumefit.errors import ResumefitError, StoreError


class HistoryError(ResumefitError):
    """A history request that cannot be carried out (unknown version, bad status, file in the way, ...)."""


class UnknownVersion(HistoryError):
    """A version id that is not in the store."""

    def __init__(self, store: Path, version: str) -> None:
        super().__init__(f"{store}: no version {version}; `resumefit track list` shows the recorded ids")
        self.version = version


class StoreMissing(StoreError):
    """A command that only reads found no store at the path."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path}: no history store here yet; record a version with `resumefit track add`, "
            "or choose a store with --store or RESUMEFIT_STORE"
        )
        self.path = path


class NotAStore(StoreError):
    """The file at the store path is not a resumefit history store; it is left untouched."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"{path}: {reason}, not a resumefit history store; it was left untouched: "
            "move it aside or choose another store with --store or RESUMEFIT_STORE"
        )
        self.path = path
