"""Fixtures for the history tests: a temporary store, the track app, and a stand-in for the pipeline."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from resumefit.history import HistoryStore
from tests.history.doubles import Clock, fake_check_resume, fake_report_to_dict


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(store_path: Path, clock: Clock) -> Iterator[HistoryStore]:
    with HistoryStore.open(store_path, clock=clock) as opened:
        yield opened


@pytest.fixture(scope="session")
def track_app() -> Any:
    """The `track` typer app; loaded from its file if the `resumefit.cli` package cannot be imported yet."""
    try:
        return importlib.import_module("resumefit.cli.track").track_app
    except ImportError:
        path = Path(__file__).parents[2] / "resumefit" / "cli" / "track.py"
        spec = importlib.util.spec_from_file_location("resumefit_cli_track_file", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.track_app


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace resumefit.pipeline and resumefit.reporters.json with the stand-ins above."""
    pipeline = types.ModuleType("resumefit.pipeline")
    pipeline.check_resume = fake_check_resume  # type: ignore[attr-defined]
    reporter = types.ModuleType("resumefit.reporters.json")
    reporter.report_to_dict = fake_report_to_dict  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "resumefit.pipeline", pipeline)
    monkeypatch.setitem(sys.modules, "resumefit.reporters.json", reporter)
