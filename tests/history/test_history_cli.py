"""`resumefit track ...` commands through typer's CliRunner, with a stand-in for the pipeline."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from resumefit.history import HistoryStore, record_check
from tests.history.doubles import POSTING_TEXT, RESUME_TEXT, make_report

COMMANDS = ("add", "list", "show", "diff", "status", "restore", "export", "rm", "check")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    resume, improved, posting = tmp_path / "resume.txt", tmp_path / "resume-v2.txt", tmp_path / "posting.txt"
    resume.write_text(RESUME_TEXT, encoding="utf-8")
    improved.write_text(RESUME_TEXT.replace("Objective: a role", "MLS(ASCP) certified, seeking a role"))
    posting.write_text(POSTING_TEXT, encoding="utf-8")
    return {"resume": resume, "improved": improved, "posting": posting}


@pytest.fixture
def track(track_app: Any, store_path: Path) -> Any:
    runner = CliRunner()

    def invoke(*args: str, **options: Any) -> Result:
        return runner.invoke(track_app, ["--store", str(store_path), *args], **options)

    return invoke


def add(track: Any, resume: Path, posting: Path, *extra: str) -> int:
    result = track("add", str(resume), "--posting", str(posting), *extra)
    assert result.exit_code == 0, result.stderr
    return int(result.stdout.strip())


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(track_app: Any, command: str) -> None:
    result = CliRunner().invoke(track_app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


def test_the_track_app_names_the_store_option_and_variable(track_app: Any) -> None:
    result = CliRunner().invoke(track_app, ["--help"])
    assert "--store" in result.stdout and "RESUMEFIT_STORE" in result.stdout


def test_add_prints_only_the_new_id_on_stdout(
    track: Any, files: dict[str, Path], fake_pipeline: None
) -> None:
    result = track(
        "add", str(files["resume"]), "--posting", str(files["posting"]), "--employer", "Example Health"
    )
    assert result.exit_code == 0
    assert result.stdout == "1\n"
    assert "recorded version 1 of resume.txt (score 40)" in result.stderr


def test_add_records_bytes_text_posting_and_report(
    track: Any, files: dict[str, Path], store_path: Path, fake_pipeline: None
) -> None:
    version = add(
        track, files["resume"], files["posting"], "--role", "MLS", "--status", "applied", "--note", "n"
    )
    with HistoryStore.open(store_path) as store:
        record = store.get(version)
        assert store.file_bytes(version) == files["resume"].read_bytes()
    assert record.resume_text == RESUME_TEXT.rstrip("\n") and record.posting_text == POSTING_TEXT.rstrip("\n")
    assert record.report is not None and record.report["score"]["total"] == 40 == record.score
    assert (record.role, record.status, record.note) == ("MLS", "applied", "n")


def test_the_environment_variable_chooses_the_store(
    track_app: Any, files: dict[str, Path], tmp_path: Path, fake_pipeline: None
) -> None:
    chosen = tmp_path / "env" / "store.sqlite3"
    result = CliRunner().invoke(
        track_app, ["add", str(files["resume"])], env={"RESUMEFIT_STORE": str(chosen)}
    )
    assert result.exit_code == 0 and chosen.exists()


def test_list_shows_a_table_newest_first(track: Any, files: dict[str, Path], fake_pipeline: None) -> None:
    add(track, files["resume"], files["posting"], "--employer", "Example Health", "--status", "applied")
    add(track, files["improved"], files["posting"], "--employer", "Sample Labs")
    result = track("list")
    assert result.exit_code == 0
    for column in ("id", "date", "file", "posting", "employer", "role", "status", "score"):
        assert column in result.stdout
    assert files["posting"].name in result.stdout  # which posting each version went with
    assert result.stdout.index("Sample Labs") < result.stdout.index("Example Health")
    filtered = track("list", "--employer", "sample", "--since", "2000-01-01", "--until", "2999-12-31")
    assert "Sample Labs" in filtered.stdout and "Example Health" not in filtered.stdout
    assert "Example Health" in track("list", "--status", "APPLIED").stdout


def test_list_of_an_empty_or_missing_store_says_so(track: Any, store_path: Path) -> None:
    result = track("list")
    assert result.exit_code == 0 and result.stdout == ""
    assert "no versions recorded" in result.stderr
    assert not store_path.exists()


def test_a_bad_date_is_one_line_and_exit_2(track: Any) -> None:
    result = track("list", "--since", "last tuesday")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--since" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_show_prints_everything_with_status_history(
    track: Any, files: dict[str, Path], fake_pipeline: None
) -> None:
    version = add(
        track, files["resume"], files["posting"], "--employer", "Example Health", "--status", "applied"
    )
    assert track("status", str(version), "interview", "--note", "panel").exit_code == 0
    result = track("show", str(version), "--text")
    assert result.exit_code == 0
    expected_parts = ("Example Health", "interview", "panel", "applied", "sha256", "posting.txt")
    expected_report = ("missing  MLS(ASCP)", "W001", "Sysmex XN hematology analyzer")
    for expected in (*expected_parts, *expected_report):
        assert expected in result.stdout
    assert result.stdout.index("applied") < result.stdout.index("panel")


def test_diff_reports_terms_findings_score_and_text(
    track: Any, files: dict[str, Path], fake_pipeline: None
) -> None:
    first = add(track, files["resume"], files["posting"])
    second = add(track, files["improved"], files["posting"])
    result = track("diff", str(first), f"#{second}")
    assert result.exit_code == 0
    for expected in (
        "score     40 -> 60 (+20)",
        "+ MLS(ASCP)",
        "findings fixed: 1",
        "W001",
        "--- #1 resume.txt",
    ):
        assert expected in result.stdout
    assert "--- #1" not in track("diff", str(first), str(second), "--no-text").stdout


def test_status_of_an_unknown_version_is_exit_2(
    track: Any, files: dict[str, Path], fake_pipeline: None
) -> None:
    add(track, files["resume"], files["posting"])
    result = track("status", "99", "offer")
    assert result.exit_code == 2 and "no version 99" in result.stderr and result.stderr.count("\n") == 1


def test_restore_writes_identical_bytes_and_refuses_to_overwrite(
    track: Any, files: dict[str, Path], tmp_path: Path, fake_pipeline: None
) -> None:
    version = add(track, files["resume"], files["posting"])
    target = tmp_path / "restored.txt"
    assert track("restore", str(version), "--to", str(target)).exit_code == 0
    assert target.read_bytes() == files["resume"].read_bytes()
    target.write_text("edited")
    refused = track("restore", str(version), "--to", str(target))
    assert refused.exit_code == 2 and "--force" in refused.stderr and target.read_text() == "edited"
    assert track("restore", str(version), "--to", str(target), "--force").exit_code == 0
    assert target.read_bytes() == files["resume"].read_bytes()


def test_export_json_and_csv_include_every_version_and_id(
    track: Any, files: dict[str, Path], tmp_path: Path, fake_pipeline: None
) -> None:
    ids = [add(track, files["resume"], files["posting"]), add(track, files["improved"], files["posting"])]
    rows = json.loads(track("export", "--format", "json").stdout)
    assert sorted(row["id"] for row in rows) == ids
    output = tmp_path / "out.csv"
    result = track("export", "--format", "csv", "--output", str(output))
    assert result.exit_code == 0 and result.stdout == "" and str(output) in result.stderr
    assert sorted(int(row["id"]) for row in csv.DictReader(io.StringIO(output.read_text()))) == ids


def test_export_of_a_missing_store_is_empty(track: Any) -> None:
    assert json.loads(track("export").stdout) == []


def test_rm_asks_first(track: Any, files: dict[str, Path], store_path: Path, fake_pipeline: None) -> None:
    version = add(track, files["resume"], files["posting"], "--employer", "Example Health")
    declined = track("rm", str(version), input="n\n")
    assert declined.exit_code == 1 and "Remove version 1" in declined.stderr
    assert track("show", str(version)).exit_code == 0
    accepted = track("rm", str(version), input="y\n")
    assert accepted.exit_code == 0 and "removed version 1" in accepted.stderr
    assert track("show", str(version)).exit_code == 2


def test_rm_yes_skips_the_question(
    track: Any, files: dict[str, Path], store_path: Path, fake_pipeline: None
) -> None:
    version = add(track, files["resume"], files["posting"])
    result = track("rm", str(version), "--yes")
    assert result.exit_code == 0 and "Remove" not in result.stderr
    with HistoryStore.open(store_path) as store:
        assert store.count_blobs() == 0


def test_check_passes_a_sound_store_and_fails_a_damaged_one(
    track: Any, files: dict[str, Path], store_path: Path, fake_pipeline: None
) -> None:
    add(track, files["resume"], files["posting"])
    sound = track("check")
    assert sound.exit_code == 0 and sound.stdout == "" and "1 versions, 2 files, ok" in sound.stderr
    with sqlite3.connect(store_path) as raw:
        raw.execute("UPDATE blobs SET data = X'00'")
    damaged = track("check")
    assert damaged.exit_code == 1 and "does not match its SHA-256" in damaged.stdout


@pytest.mark.parametrize("command", [("list",), ("show", "1"), ("check",), ("export",), ("rm", "1", "--yes")])
def test_a_foreign_file_at_the_store_path_is_exit_2_and_untouched(
    track: Any, store_path: Path, command: tuple[str, ...]
) -> None:
    store_path.parent.mkdir()
    content = os.urandom(2048)
    store_path.write_bytes(content)
    result = track(*command)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert str(store_path) in result.stderr and "not a resumefit history store" in result.stderr
    assert store_path.read_bytes() == content


def test_an_unreadable_resume_is_exit_2_with_one_line(
    track: Any, tmp_path: Path, fake_pipeline: None
) -> None:
    result = track("add", str(tmp_path / "missing.pdf"))
    assert result.exit_code == 2 and "missing.pdf" in result.stderr and result.stderr.count("\n") == 1


def test_record_check_stores_what_the_check_command_produced(
    store: HistoryStore, fake_pipeline: None
) -> None:
    report = make_report(RESUME_TEXT, POSTING_TEXT)
    version = record_check(
        store, report, RESUME_TEXT.encode(), POSTING_TEXT.encode(), employer="Example Health"
    )
    record = store.get(version)
    assert (record.resume_name, record.posting_name, record.employer) == (
        "resume.txt",
        "posting.txt",
        "Example Health",
    )
    assert record.score == 40 and record.report is not None and len(record.report["terms"]) == 5


def test_record_check_works_with_the_real_json_reporter(store: HistoryStore) -> None:
    reporter = pytest.importorskip("resumefit.reporters.json")
    report = make_report(RESUME_TEXT, POSTING_TEXT)
    version = record_check(store, report, RESUME_TEXT.encode(), POSTING_TEXT.encode())
    assert store.get(version).report == json.loads(json.dumps(reporter.report_to_dict(report)))
