"""`resumefit check` as a user meets it: gates that say why, quiet and filtered output, colour, stdin."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from resumefit.cli import app

ROOT = Path(__file__).resolve().parent.parent
BMET = ROOT / "examples" / "bmet-hospital"
COMMUNITY = ROOT / "examples" / "heldout2-bmet2-community"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: object, stdin: str | None = None, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], input=stdin, env=env)


def check(runner: CliRunner, *args: object, **options):
    return run(runner, "check", COMMUNITY / "resume.txt", COMMUNITY / "posting.txt", *args, **options)


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "concise", "github", "json"])
def test_a_failing_gate_says_why_in_every_format(runner, fmt):
    result = check(runner, "-f", fmt, "--min-score", "99", "--fail-on", "never")
    assert result.exit_code == 1
    assert re.search(r"score \d+ is below --min-score 99", result.stdout), result.stdout


def test_json_gate_lists_its_reasons(runner):
    data = json.loads(check(runner, "-f", "json", "--min-score", "99", "--fail-on", "warning").stdout)
    assert data["gate"]["passed"] is False
    assert any(r.startswith("score ") for r in data["gate"]["reasons"])
    assert any("at or above --fail-on warning" in r for r in data["gate"]["reasons"])


def test_github_format_carries_the_score(runner):
    first = check(runner, "-f", "github").stdout.splitlines()[0]
    assert first.startswith("::notice ") and re.search(r"Match score \d+/100", first)


def test_fail_on_never_passes_whatever_the_findings(runner):
    assert check(runner, "--fail-on", "info").exit_code == 1
    assert check(runner, "--fail-on", "never").exit_code == 0


def test_quiet_prints_only_the_summary_line(runner):
    lines = check(runner, "--quiet").stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Found ") and "Match score" in lines[0]


def test_severity_filter_shows_only_findings_at_or_above_it(runner):
    data = json.loads(check(runner, "-f", "json", "--severity", "warning").stdout)
    assert data["findings"] and {f["severity"] for f in data["findings"]} <= {"error", "warning"}


def test_terminal_report_ends_with_a_ruff_like_summary(runner):
    last = check(runner, "--color", "never").stdout.rstrip().splitlines()[-1]
    assert re.fullmatch(r"Found \d+ errors?, \d+ warnings? and \d+ notes?\. Match score \d+/100\.", last)


def test_first_fifty_lines_at_eighty_columns_carry_what_matters(runner):
    from resumefit.pipeline import default_checker
    from resumefit.reporters.terminal import render_terminal

    report = default_checker().check(COMMUNITY / "resume.txt", COMMUNITY / "posting.txt")
    console = Console(width=80, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(Text(render_terminal(report, width=80)))
    rendered = console.export_text().rstrip().splitlines()
    assert max(map(len, rendered)) <= 80
    head = "\n".join(rendered[:50])
    for must in ("Match score", "What to fix first", "Job conditions", "Posting terms"):
        assert must in head, must
    assert rendered[-1].startswith("Found ")


def test_each_term_appears_once_in_the_terminal_report(runner):
    text = check(runner, "--color", "never").stdout
    assert "K003" not in text and "K004" not in text
    assert text.count("Electrosurgical unit") == 1


def test_repeated_findings_of_one_rule_collapse_into_one(runner):
    # a width set, as a parallel test worker has no terminal to take it from
    text = check(runner, "--color", "never", env={"COLUMNS": "120"}).stdout
    w003 = [line for line in text.splitlines() if line.strip().startswith("W003")]
    assert len(w003) == 1 and "more" in w003[0]


def test_concise_is_path_line_col_severity_code_message(runner):
    lines = check(runner, "-f", "concise", "--fail-on", "never").stdout.splitlines()
    pattern = re.compile(r"^[^:]+:(\d+:\d+:)? (ERROR|WARNING|INFO) [A-Z]\d{3} \S.*$")
    assert lines and all(pattern.match(line) for line in lines), lines
    assert not [line for line in lines if ":0:" in line]


def test_no_color_environment_and_color_flag(runner):
    assert "\x1b[" not in check(runner, env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" in check(runner, "--color", "always", env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" not in check(runner, "--color", "never").stdout
    assert check(runner, "--color", "sometimes").exit_code == 2


def test_dash_reads_the_posting_from_stdin(runner):
    posting = (COMMUNITY / "posting.txt").read_text(encoding="utf-8")
    result = run(runner, "check", COMMUNITY / "resume.txt", "-", "-f", "json", stdin=posting)
    data = json.loads(result.stdout)
    assert data["posting"]["title"] == "Biomedical Equipment Technician II"


def test_check_honours_the_posting_in_the_config(runner, tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_bytes((COMMUNITY / "resume.txt").read_bytes())
    (tmp_path / "posting.txt").write_bytes((COMMUNITY / "posting.txt").read_bytes())
    (tmp_path / ".resumefit.yaml").write_text("posting: posting.txt\n", encoding="utf-8")
    data = json.loads(run(runner, "check", resume, "-f", "json").stdout)
    assert data["posting"] is not None and data["terms"]


def test_a_check_without_a_posting_is_labelled_resume_only(runner, tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_bytes((COMMUNITY / "resume.txt").read_bytes())
    result = run(runner, "check", resume, "--color", "never")
    assert "no posting given" in result.stderr
    assert "Resume-only check" in result.stdout and "Match score" not in result.stdout


def test_swapped_arguments_are_detected_and_said(runner):
    result = run(runner, "check", COMMUNITY / "posting.txt", COMMUNITY / "resume.txt")
    assert result.exit_code == 2
    assert "look swapped" in result.stderr and result.stderr.count("\n") == 1


def test_a_posting_given_alone_is_said(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_bytes((COMMUNITY / "posting.txt").read_bytes())
    result = run(runner, "check", posting)
    assert result.exit_code == 2 and "reads like a job posting" in result.stderr


def _text_reports(runner: CliRunner, resume: Path):  # noqa: ANN202
    """(format, output) of checking the resume against the community posting in each text format, wide
    enough that a deep temporary folder does not wrap the resume's name."""
    for fmt in ("terminal", "markdown", "concise", "github"):
        args = ("check", resume, COMMUNITY / "posting.txt", "-f", fmt, "--color", "never")
        yield fmt, run(runner, *args, env={"COLUMNS": "250"}).stdout


def test_escape_sequences_in_documents_never_reach_a_text_report(runner, tmp_path):
    resume = tmp_path / "resume.txt"
    text = (COMMUNITY / "resume.txt").read_text(encoding="utf-8")
    resume.write_text(text.replace("SUMMARY", "SUMMARY \x1b]0;owned\x07\x1b[2J"), encoding="utf-8")
    for fmt, out in _text_reports(runner, resume):
        assert "\x1b" not in out and "\x07" not in out, fmt


def test_record_is_the_history_flag_and_track_still_works_with_a_note(runner, tmp_path):
    store = tmp_path / "history.sqlite3"
    fresh = check(runner, "-f", "json", "--record", "--store", store, "--employer", "Riverbend")
    assert "Recorded version" in fresh.stderr
    old = check(runner, "-f", "json", "--track", "--store", store, "--employer", "Riverbend")
    assert "--track is deprecated; use --record" in old.stderr and "Recorded version" in old.stderr


def test_config_track_key_is_career_track_and_the_old_key_still_works(runner, tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_bytes((COMMUNITY / "resume.txt").read_bytes())
    (tmp_path / ".resumefit.yaml").write_text("track: lab\n", encoding="utf-8")
    old = run(runner, "check", resume, COMMUNITY / "posting.txt", "-f", "json")
    assert "'track:' is deprecated; write 'career_track:'" in old.stderr
    assert json.loads(old.stdout)["track"] == "lab"
    (tmp_path / ".resumefit.yaml").write_text("career_track: lab\n", encoding="utf-8")
    new = run(runner, "check", resume, COMMUNITY / "posting.txt", "-f", "json")
    assert "deprecated" not in new.stderr and json.loads(new.stdout)["track"] == "lab"
    shown = yaml.safe_load(run(runner, "config", "show", resume).stdout)
    assert shown["career_track"] == "lab"


@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("resume.pdf", True),
        ("docs/jane-doe-resume-2026.docx", True),
        ("JaneDoeResume.pdf", True),
        ("cv.pdf", True),
        ("applications/my-cv.md", True),
        ("CV_Jane_Roe.docx", True),
        ("curriculum-vitae.pdf", True),
        ("recv.txt", False),
        ("cvs-receipts.pdf", False),
        ("docs/resumefit-notes.md", False),
        ("resume.png", False),
    ],
)
def test_the_pre_commit_hook_matches_resumes_not_any_name_containing_cv(name, matches):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert bool(re.search(hooks[0]["files"], name)) is matches


def test_text_command_strips_escape_sequences(runner, tmp_path):
    resume = tmp_path / "resume.txt"
    body = (COMMUNITY / "resume.txt").read_text(encoding="utf-8")
    resume.write_text("Jane Roe \x1b[31mred\x1b[0m\n" + body + "SKILLS \x1b]0;title\x07\n", encoding="utf-8")
    out = run(runner, "text", resume).stdout
    assert "\x1b" not in out and "\x07" not in out and "Jane Roe" in out


def test_a_file_name_with_escape_sequences_is_shown_clean(runner, tmp_path):
    resume = tmp_path / "resume\x1b[2J.txt"
    resume.write_bytes((COMMUNITY / "resume.txt").read_bytes())
    for fmt, out in _text_reports(runner, resume):
        assert "\x1b" not in out and "resume.txt" in out, fmt
