"""Every resume against every posting: cached facts, a sparse concept matrix, top-k, optional Ray.

Needs the optional extra (``pip install "resumefit[scale]"``: pyarrow, scipy, and Ray for
``--engine ray``); ``require`` turns a missing one into one clear error. Plain ``check`` never imports
this package.
"""

from __future__ import annotations

import importlib

from resumefit.errors import ResumefitError

SCALE_MODULES = ("pyarrow", "scipy")


class MissingExtra(ResumefitError):
    """A module of the scale extra is not installed."""


def require(*modules: str) -> None:
    """Import each module or raise MissingExtra naming it and the extra to install."""
    for name in modules or SCALE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            raise MissingExtra(
                f'{name} is not installed: install resumefit[scale] (pip install "resumefit[scale]")'
            ) from None


__all__ = ["MissingExtra", "SCALE_MODULES", "require"]
