"""Exceptions the core raises; the CLI turns each into one line on stderr and exit code 2."""

from __future__ import annotations


class ResumefitError(Exception):
    """Base class: the message is shown to the user as it is, so it names the file and what to do."""


class UnreadableDocument(ResumefitError):
    """A resume or posting that cannot be read (wrong format, corrupt, encrypted, too large, ...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class VocabularyError(ResumefitError):
    """A vocabulary file that is malformed; the message names the file and the key."""


class ConfigError(ResumefitError):
    """A .resumefit.yaml or a flag value that cannot be used."""


class StoreError(ResumefitError):
    """The version history store cannot be opened or is damaged."""
