"""Fixtures for the reporter tests: the sample report and a pinned tool version for golden files."""

from __future__ import annotations

import pytest

import resumefit
from resumefit.models import Report

from .sample import build_report


@pytest.fixture
def report() -> Report:
    return build_report()


@pytest.fixture
def pinned_version(monkeypatch: pytest.MonkeyPatch) -> str:
    """Golden files must not change when the package version does."""
    monkeypatch.setattr(resumefit, "__version__", "0.0.0")
    return "0.0.0"
