"""Every HTML report in a real browser: headless Chromium runs no injected script and shows the report's text.

CI sets RESUMEFIT_REQUIRE_CHROMIUM=1 (after installing Chromium from the distribution's packages), so a
missing or broken browser fails there instead of skipping."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resumefit.cli.app import app

HOSTILE_POSTING = """Biomedical Equipment Technician <script>alert(1)</script>
Required: CBET certification and experience with infusion pumps <img src=x onerror=alert(1)>.
Preferred: Fluke ESA620 and <script>document.title='owned'</script> a CMMS such as <b>TMS</b>.
"""
RESUME = """Jordan Avery
jordan.avery@example.com | 555-0142

CERTIFICATIONS
CBET (AAMI)

EXPERIENCE
Biomedical Equipment Technician II, Lakeside Regional Hospital, 2019 - present
- Repaired infusion pumps <script>alert(2)</script> and defibrillators with a Fluke ESA620.
"""
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def chromium() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def browser() -> str:
    found = chromium()
    if found is None:
        unavailable("Chromium is not installed")
    return found


def unavailable(reason: str) -> None:
    """Skip on a developer machine without a browser; fail in CI, where Chromium is installed."""
    if os.environ.get("RESUMEFIT_REQUIRE_CHROMIUM") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def test_hostile_posting_runs_no_script_in_chromium(browser, tmp_path, monkeypatch):
    import resumefit.cli.check  # noqa: F401  (registers the check command on app)

    monkeypatch.setenv("RESUMEFIT_CONFIG", str(tmp_path / "no-user-config.yaml"))
    (tmp_path / "posting.txt").write_text(HOSTILE_POSTING, encoding="utf-8")
    (tmp_path / "resume.txt").write_text(RESUME, encoding="utf-8")
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        app,
        [
            "check",
            str(tmp_path / "resume.txt"),
            str(tmp_path / "posting.txt"),
            "-f",
            "html",
            "-o",
            str(report),
        ],
    )
    assert result.exit_code in (0, 1), result.stderr
    dom = dump_dom(browser, report, tmp_path / "profile")
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # shown as text, not run
    assert "Jordan Avery" in dom and "CBET" in dom
    assert "owned" not in dom.split("<title>", 1)[-1].split("</title>", 1)[0]


def dump_dom(browser: str, page: Path, profile: Path) -> str:
    command = [browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    except subprocess.TimeoutExpired:
        unavailable("Chromium did not finish within 90 s")
    if done.returncode != 0 or "<html" not in done.stdout.lower():
        unavailable(f"Chromium could not render the page: {done.stderr.strip()[:200]}")
    return done.stdout


SECOND_POSTING = """Imaging Service Engineer
Required: ARRT(R) and experience with CT scanners and MRI systems.
"""


def run(tmp_path: Path, monkeypatch, args: list[str]) -> None:
    import resumefit.cli.batch  # noqa: F401  (registers batch and rank on app)
    import resumefit.cli.check  # noqa: F401

    monkeypatch.setenv("RESUMEFIT_CONFIG", str(tmp_path / "no-user-config.yaml"))
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.stderr


def test_batch_summary_renders_with_each_resume_and_its_score(browser, tmp_path, monkeypatch):
    (tmp_path / "posting.txt").write_text(HOSTILE_POSTING, encoding="utf-8")
    clients = tmp_path / "clients"
    clients.mkdir()
    (clients / "avery.txt").write_text(RESUME, encoding="utf-8")
    (clients / "blake.txt").write_text(RESUME.replace("Jordan Avery", "Casey Blake"), encoding="utf-8")
    out = tmp_path / "batch.html"
    run(
        tmp_path,
        monkeypatch,
        [
            "batch",
            str(clients),
            "-p",
            str(tmp_path / "posting.txt"),
            "-f",
            "html",
            "-o",
            str(out),
            "-j",
            "1",
            "--no-progress",
        ],
    )
    dom = dump_dom(browser, out, tmp_path / "profile")
    assert "avery.txt" in dom and "blake.txt" in dom
    assert "<script" not in dom.lower()


def test_rank_report_renders_every_posting(browser, tmp_path, monkeypatch):
    (tmp_path / "bmet.txt").write_text(HOSTILE_POSTING, encoding="utf-8")
    (tmp_path / "imaging.txt").write_text(SECOND_POSTING, encoding="utf-8")
    (tmp_path / "resume.txt").write_text(RESUME, encoding="utf-8")
    out = tmp_path / "rank.html"
    run(
        tmp_path,
        monkeypatch,
        [
            "rank",
            str(tmp_path / "resume.txt"),
            str(tmp_path / "bmet.txt"),
            str(tmp_path / "imaging.txt"),
            "-f",
            "html",
            "-o",
            str(out),
        ],
    )
    dom = dump_dom(browser, out, tmp_path / "profile")
    assert "bmet.txt" in dom and "imaging.txt" in dom
    assert "resume.txt</h1>" in dom  # the page names the resume it ranks for
    assert "missing in 1 of 2 postings" in dom
    assert "<script" not in dom.lower()
