"""Shared pieces of the hostile-input tests: a small resume and posting, and running the CLI in-process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from resumefit.cli import main

ROOT = Path(__file__).resolve().parents[2]
RESUME = """Jordan Avery
jordan.avery@example.com | 555-0142

CERTIFICATIONS
CBET (AAMI)

EXPERIENCE
Biomedical Equipment Technician II, Lakeside Regional Hospital, 2019 - present
- Repaired infusion pumps and defibrillators with a Fluke ESA620; documented work orders in the CMMS.
"""
POSTING = """Biomedical Equipment Technician II
Required: CBET certification and 2+ years repairing infusion pumps and defibrillators.
Preferred: experience with Fluke ESA620 electrical safety analyzers and a CMMS.
"""


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RESUMEFIT_CONFIG", str(tmp_path / "no-user-config.yaml"))
    monkeypatch.setenv("RESUMEFIT_STORE", str(tmp_path / "store" / "history.sqlite3"))


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "avery.txt"
    path.write_text(RESUME, encoding="utf-8")
    return path


@pytest.fixture
def posting(tmp_path: Path) -> Path:
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `resumefit ARGS` in this process: (exit code, stdout, stderr)."""
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli_process(*args: str, **kwargs) -> subprocess.Popen:  # noqa: ANN003 - passed to Popen
    """`python -m resumefit ARGS` as a child process with this checkout first on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **kwargs.pop("env", {})}
    return subprocess.Popen([sys.executable, "-m", "resumefit", *map(str, args)], env=env, **kwargs)


def one_clean_line(stderr: str) -> str:
    """The single line a refusal prints; fails on a traceback or several lines."""
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]
