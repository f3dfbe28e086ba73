"""`resumefit batch`, `rank` and `precommit` through typer's CliRunner: formats, output files, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import resumefit.cli.batch  # noqa: F401  (registers the commands on app)
from resumefit.cli.app import app

POSTING = """Biomedical Equipment Technician II
Required: CBET certification and 2+ years repairing infusion pumps and defibrillators.
Preferred: experience with Fluke ESA620 electrical safety analyzers and a CMMS.
"""
RESUME = """Jordan Avery
jordan.avery@example.com | 555-0142

CERTIFICATIONS
CBET (AAMI)

EXPERIENCE
Biomedical Equipment Technician II, Lakeside Regional Hospital, 2019 - present
- Repaired infusion pumps and defibrillators with a Fluke ESA620; documented work orders in the CMMS.
"""
LAB_POSTING = """Medical Laboratory Scientist
Required: MLS(ASCP) certification; experience with Sysmex XN hematology analyzers and blood bank.
"""


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch, tmp_path):
    monkeypatch.setenv("RESUMEFIT_CONFIG", str(tmp_path / "no-user-config.yaml"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "resumes").mkdir()
    (tmp_path / "resumes" / "avery.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    (tmp_path / "lab.txt").write_text(LAB_POSTING, encoding="utf-8")
    return tmp_path


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_batch_writes_csv_with_a_row_per_resume_and_posting(folder):
    result = invoke(
        "batch",
        str(folder / "resumes"),
        "-p",
        str(folder / "posting.txt"),
        "-p",
        str(folder / "lab.txt"),
        "-f",
        "csv",
        "--workers",
        "1",
        "--fail-on",
        "never",
    )
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [Path(r["posting"]).name for r in records] == ["lab.txt", "posting.txt"]
    assert "2 checks" in result.stderr


def test_batch_exit_code_is_2_when_a_file_cannot_be_read(folder):
    (folder / "resumes" / "broken.docx").write_bytes(b"PK\x03\x04 not a real docx")
    posting = str(folder / "posting.txt")
    result = invoke("batch", str(folder / "resumes"), "-p", posting, "-f", "json", "-j", "1")
    document = json.loads(result.stdout)
    assert result.exit_code == 2
    assert {Path(r["resume"]).name: r["result"] for r in document["rows"]}["broken.docx"] == "error"
    assert "Traceback" not in result.stderr


def test_batch_exit_code_is_1_below_min_score_and_0_otherwise(folder):
    common = ["batch", str(folder / "resumes"), "-p", str(folder / "posting.txt"), "-f", "csv", "-j", "1"]
    assert invoke(*common, "--min-score", "100").exit_code == 1
    assert invoke(*common, "--min-score", "0", "--fail-on", "never").exit_code in (0,)


def test_batch_writes_the_summary_to_output(folder):
    target = folder / "summary.html"
    posting = str(folder / "posting.txt")
    resumes = str(folder / "resumes" / "*.txt")
    result = invoke("batch", resumes, "-p", posting, "-f", "html", "-o", str(target), "-j", "1")
    assert result.exit_code in (0, 1)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_batch_without_resumes_is_a_usage_error(folder):
    result = invoke("batch", str(folder / "nothing-here" / "*.pdf"), "-p", str(folder / "posting.txt"))
    assert result.exit_code == 2 and "no resume found" in result.stderr


def test_batch_rejects_an_unknown_format(folder):
    result = invoke("batch", str(folder / "resumes"), "-p", str(folder / "posting.txt"), "-f", "github")
    assert result.exit_code == 2 and "--format" in result.stderr


def test_rank_lists_the_better_fitting_posting_first(folder):
    result = invoke(
        "rank",
        str(folder / "resumes" / "avery.txt"),
        str(folder / "lab.txt"),
        str(folder / "posting.txt"),
        "-f",
        "json",
    )
    rows = json.loads(result.stdout)["rows"]
    assert result.exit_code == 0
    assert [Path(r["posting"]).name for r in rows] == ["posting.txt", "lab.txt"]
    assert rows[0]["rank"] == 1 and "missing_required" in rows[1]


def test_rank_reports_an_unreadable_posting_last_and_exits_2(folder):
    result = invoke(
        "rank",
        str(folder / "resumes" / "avery.txt"),
        str(folder / "posting.txt"),
        str(folder / "gone.txt"),
        "-f",
        "csv",
    )
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 2 and records[-1]["result"] == "error"


def test_precommit_checks_against_the_configured_posting_and_skips_it(folder):
    (folder / ".resumefit.yaml").write_text("posting: posting.txt\nfail_on: never\n", encoding="utf-8")
    files = [str(folder / "resumes" / "avery.txt"), str(folder / "posting.txt")]
    result = invoke("precommit", *files, "-f", "csv")
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0
    assert [Path(r["resume"]).name for r in records] == ["avery.txt"]


def test_precommit_without_a_configured_posting_is_a_usage_error(folder):
    result = invoke("precommit", str(folder / "resumes" / "avery.txt"))
    assert result.exit_code == 2 and "posting:" in result.stderr


def test_every_command_has_help():
    for command in ("batch", "rank", "precommit"):
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout


def test_batch_reports_writes_one_self_contained_html_report_per_client_and_posting(folder):
    (folder / "resumes" / "blake.txt").write_text(
        RESUME.replace("Jordan Avery", "Casey Blake"), encoding="utf-8"
    )
    out = folder / "for-clients"
    result = invoke(
        "batch", str(folder / "resumes"), "-p", str(folder / "posting.txt"), "-p", str(folder / "lab.txt"),
        "--reports", str(out), "-j", "1", "--fail-on", "never",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["avery--lab.html", "avery--posting.html", "blake--lab.html", "blake--posting.html"]
    page = (out / "blake--posting.html").read_text(encoding="utf-8")
    assert "Casey Blake" in page and "<script" not in page.lower() and "<link" not in page.lower()
    assert "wrote 4 reports to" in result.stderr


def test_report_names_keep_clients_apart_when_files_share_a_name():
    from resumefit.batch import BatchRow, report_file_names

    rows = [BatchRow("ana/resume.pdf", "p/bmet.txt"), BatchRow("ben/resume.pdf", "p/bmet.txt")]
    assert report_file_names(rows) == ["ana-resume--bmet.html", "ben-resume--bmet.html"]
