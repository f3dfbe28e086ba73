"""The scale tests need the scale extra; without it they skip, unless RESUMEFIT_REQUIRE_SCALE=1 (CI)."""

from __future__ import annotations

import os

import pytest

from resumefit.scale import MissingExtra, require


def require_extra(*modules: str) -> None:
    """Skip the calling test module when a module of the extra is missing (fail instead in CI)."""
    try:
        require(*modules)
    except MissingExtra as missing:
        if os.environ.get("RESUMEFIT_REQUIRE_SCALE"):
            raise
        pytest.skip(str(missing), allow_module_level=True)


@pytest.fixture(scope="session")
def scale_vocabulary():
    from resumefit.assess import default_vocabulary

    return default_vocabulary()[0]
