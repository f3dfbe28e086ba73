"""The command line through typer's CliRunner: formats, outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resumefit.cli import app, main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
BMET = EXAMPLES / "bmet-hospital"
LAB = EXAMPLES / "lab-mls-core"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_check_prints_a_terminal_report_with_score_and_fixes(runner):
    result = run(runner, "check", BMET / "resume.pdf", BMET / "posting.txt")
    assert result.exit_code in (0, 1)
    assert "Score" in result.output or "score" in result.output
    assert "fix first" in result.output.lower()


def test_check_json_is_versioned_and_complete(runner, tmp_path):
    out = tmp_path / "report.json"
    result = run(runner, "check", LAB / "resume.docx", LAB / "posting.html", "-f", "json", "-o", out)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema_version"]
    assert {"terms", "findings", "sections", "score"} <= report.keys()
    assert 0 <= report["score"]["total"] <= 100
    term = report["terms"][0]
    assert {"term", "category", "importance", "status", "posting_form", "resume_forms"} <= term.keys()


@pytest.mark.parametrize("fmt", ["markdown", "concise", "github", "html"])
def test_every_format_renders(runner, fmt):
    result = run(runner, "check", BMET / "resume.pdf", BMET / "posting.txt", "-f", fmt)
    assert result.exit_code in (0, 1)
    assert result.output.strip()


def test_min_score_and_fail_on_set_exit_code_one(runner):
    assert (
        run(
            runner,
            "check",
            BMET / "resume.pdf",
            BMET / "posting.txt",
            "--min-score",
            "100",
            "--fail-on",
            "error",
            "--ignore",
            "K,L,S,W,C",
        ).exit_code
        == 1
    )
    assert (
        run(
            runner, "check", BMET / "resume.pdf", BMET / "posting.txt", "--ignore", "K,L,S,W,C", "-f", "json"
        ).exit_code
        == 0
    )
    assert (
        run(
            runner, "check", BMET / "resume.pdf", BMET / "posting.txt", "--fail-on", "info", "-f", "json"
        ).exit_code
        == 1
    )


def written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "missing.pdf", "missing.pdf"),
        (lambda tmp: tmp, "directory"),
        (lambda tmp: written(tmp / "old.doc", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600), ".docx"),
        (lambda tmp: written(tmp / "empty.txt", b""), "empty"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_two(tmp_path, capsys, make, expected):
    path = make(tmp_path)
    code = main(["check", str(path), str(BMET / "posting.txt")])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert expected in err


def test_unknown_format_is_a_usage_error(runner):
    assert run(runner, "check", BMET / "resume.pdf", BMET / "posting.txt", "-f", "pdf").exit_code == 2


def test_text_command_shows_regions_and_json(runner):
    result = run(runner, "text", LAB / "resume.docx")
    assert result.exit_code == 0 and "[header]" in result.output
    data = json.loads(run(runner, "text", LAB / "resume.docx", "-f", "json").output)
    assert data["lines"][0]["region"] == "header"


def test_vocab_commands(runner, monkeypatch):
    assert "infusion" in run(runner, "vocab", "search", "infusion pump").output.lower()
    explained = run(runner, "vocab", "explain", "MT(ASCP)")
    assert explained.exit_code == 0 and "MLS(ASCP)" in explained.output
    assert run(runner, "vocab", "explain", "no-such-thing-xyz").exit_code == 1
    # 'vocab lint' reports what the lint finds and fails on any problem. The shipped vocabulary's lint itself
    # runs in test_matching (it is clean there); here the command's own work around it, with each outcome
    import resumefit.vocab

    linted = []

    def lint(vocabulary, tokens):  # noqa: ANN001, ANN202
        linted.append(len(vocabulary))
        assert tokens("infusion pumps", False)  # the command hands the lint its tokeniser
        return problems

    monkeypatch.setattr(resumefit.vocab, "lint_vocabulary", lint)
    problems: list[str] = []
    clean = run(runner, "vocab", "lint")
    assert clean.exit_code == 0 and linted and linted[0] > 10_000, clean.output
    assert "0 problems" in clean.output
    problems = ["infusion-pump: 'iv pump' is claimed twice"]
    found = run(runner, "vocab", "lint")
    assert found.exit_code == 1 and "claimed twice" in found.output and "1 problems" in found.output


def test_vocab_suggest_lists_unknown_posting_terms(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Required: experience with the ZQX-9000 widget analyzer and FOOBAR systems.\n")
    result = run(runner, "vocab", "suggest", posting)
    assert "ZQX-9000" in result.output and "FOOBAR" in result.output


def test_check_with_record_records_a_version(runner, tmp_path):
    store = tmp_path / "history.sqlite3"
    result = run(
        runner,
        "check",
        BMET / "resume.pdf",
        BMET / "posting.txt",
        "-f",
        "json",
        "--record",
        "--store",
        store,
        "--employer",
        "Lakeside Regional",
        "--role",
        "BMET II",
    )
    assert result.exit_code in (0, 1)
    listed = run(runner, "track", "--store", store, "list")
    assert "Lakeside Regional" in listed.output


def test_python_dash_m_entry_point_exists():
    import resumefit.__main__  # noqa: F401


def test_version_flag(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and result.output.startswith("resumefit ")


def test_an_unexpected_error_is_one_line_not_a_traceback(monkeypatch, capsys):
    import resumefit.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.delenv("RESUMEFIT_DEBUG", raising=False)
    monkeypatch.setattr(resumefit.pipeline.Checker, "check_documents", broken)
    code = main(["check", str(BMET / "resume.pdf"), str(BMET / "posting.txt")])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "boom" in err
