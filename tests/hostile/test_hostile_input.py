"""Hostile documents and configurations: refused (or read) with one line and exit 2, no traceback, no hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hostile import builders
from tests.hostile.conftest import one_clean_line, run_cli

REFUSED = {
    "huge-xref.pdf": builders.huge_xref_stream_pdf,
    "flate-bomb.pdf": builders.flate_bomb_pdf,
    "billion-laughs.docx": builders.billion_laughs_docx,
    "external-entity.docx": builders.external_entity_docx,
    "zip-bomb.docx": builders.zip_bomb_docx,
    "lying-zip.docx": builders.lying_zip_docx,
    "big.html": builders.big_html,
}


@pytest.fixture(autouse=True)
def small_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tight read budget, so a reader that would hang or balloon is stopped within seconds."""
    monkeypatch.setenv("RESUMEFIT_READ_SECONDS", "2")
    monkeypatch.setenv("RESUMEFIT_READ_MEMORY_MB", "400")


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_document_is_one_line_naming_it_and_exit_2(name, tmp_path, posting, capsys):
    path = tmp_path / name
    path.write_bytes(REFUSED[name]())
    code, out, err = run_cli(capsys, "check", path, posting)
    assert code == 2 and out == ""
    assert name in one_clean_line(err)


@pytest.mark.parametrize(
    "name", ["deep.docx", "deep.html", "mismatched.html", "many-pages.pdf", "deep-nesting.pdf"]
)
def test_a_deep_or_long_but_valid_document_is_read_or_refused_cleanly(name, tmp_path, posting, capsys):
    build = {
        "deep.docx": lambda: builders.deep_docx(50_000),
        "deep.html": lambda: builders.deep_html(100_000),
        "mismatched.html": lambda: builders.mismatched_html(100_000),
        "many-pages.pdf": lambda: builders.many_pages_pdf(1_000),
        "deep-nesting.pdf": lambda: builders.deep_nesting_pdf(50_000),
    }[name]
    path = tmp_path / name
    path.write_bytes(build())
    code, _, err = run_cli(capsys, "check", path, posting, "--fail-on", "never")
    if code == 2:
        assert name in one_clean_line(err)
    else:
        assert code == 0 and "Traceback" not in err


def test_a_text_resume_past_the_parser_limit_is_read_in_chunks_or_refused_with_the_limit(
    tmp_path, posting, capsys
):
    path = tmp_path / "long.txt"
    path.write_text(builders.RESUME_TEXT * (1_600_000 // len(builders.RESUME_TEXT) + 1), encoding="utf-8")
    code, _, err = run_cli(capsys, "check", path, posting, "--fail-on", "never")
    assert "internal error" not in err and "E088" not in err and "Traceback" not in err
    if code == 2:
        assert "long.txt" in one_clean_line(err)


def test_nul_bytes_in_a_text_resume_are_read_without_an_error(tmp_path, posting, capsys):
    path = tmp_path / "nul.txt"
    path.write_bytes(builders.nul_text())
    code, _, err = run_cli(capsys, "check", path, posting, "--fail-on", "never")
    assert code == 0 and "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path, posting, capsys):
    fifo = tmp_path / "resume.txt"
    os.mkfifo(fifo)
    code, _, err = run_cli(capsys, "check", fifo, posting)
    assert code == 2 and "resume.txt" in one_clean_line(err)


def test_a_device_is_refused(posting, capsys):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    code, _, err = run_cli(capsys, "check", "/dev/zero", posting)
    assert code == 2 and "/dev/zero" in one_clean_line(err)


def test_a_symlink_loop_is_refused(tmp_path, posting, capsys):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop.txt")
    code, _, err = run_cli(capsys, "check", loop, posting)
    assert code == 2 and "loop.txt" in one_clean_line(err)


@pytest.mark.parametrize(
    "text",
    [
        "a: &a ['x','x','x','x','x','x','x','x','x']\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
            for i in range(9)
        ),
        "posting: !!python/object/apply:os.system ['echo owned']\n",
    ],
    ids=["alias-bomb", "python-tag"],
)
def test_a_hostile_config_is_one_line_and_exit_2(text, tmp_path, resume, posting, capsys):
    (tmp_path / ".resumefit.yaml").write_text(text, encoding="utf-8")
    code, _, err = run_cli(capsys, "check", resume, posting)
    assert code == 2 and ".resumefit.yaml" in one_clean_line(err)
