"""`resumefit config show`: the effective settings as YAML, with the files they came from."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

import resumefit.cli.config  # noqa: F401  (registers the command on app)
from resumefit.cli.app import app


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch, tmp_path):
    monkeypatch.setenv("RESUMEFIT_CONFIG", str(tmp_path / "no-user-config.yaml"))


def show(*args: str):
    return CliRunner().invoke(app, ["config", "show", *args])


def test_defaults_when_no_file_is_found(tmp_path):
    result = show(str(tmp_path / "resume.pdf"))
    values = yaml.safe_load(result.stdout)
    assert result.exit_code == 0
    assert values["fail_on"] == "error" and values["sources"] == ["defaults"]


def test_project_file_is_found_from_the_resume_and_named(tmp_path):
    project = tmp_path / "job-hunt"
    (project / "resumes").mkdir(parents=True)
    config = project / ".resumefit.yaml"
    config.write_text("min_score: 70\nignore: [W]\nposting: postings/bmet.txt\n", encoding="utf-8")
    result = show(str(project / "resumes" / "resume.docx"))
    values = yaml.safe_load(result.stdout)
    assert values["min_score"] == 70 and values["ignore"] == ["W"]
    assert Path(values["posting"]) == (project / "postings" / "bmet.txt").resolve()
    assert values["sources"] == ["defaults", str(config)]
    assert f"# from: defaults, {config}" in result.stdout


def test_user_file_comes_before_the_project_file(tmp_path, monkeypatch):
    user = tmp_path / "user.yaml"
    user.write_text("min_score: 50\ntrack: lab\n", encoding="utf-8")
    monkeypatch.setenv("RESUMEFIT_CONFIG", str(user))
    (tmp_path / ".resumefit.yaml").write_text("min_score: 80\n", encoding="utf-8")
    values = yaml.safe_load(show(str(tmp_path / "resume.md")).stdout)
    assert values["min_score"] == 80 and values["career_track"] == "lab"


def test_invalid_config_is_one_line_and_exit_2(tmp_path):
    (tmp_path / ".resumefit.yaml").write_text("min_score: lots\n", encoding="utf-8")
    result = show(str(tmp_path / "resume.md"))
    assert result.exit_code == 2
    assert "min_score" in result.stderr and "Traceback" not in result.stderr
