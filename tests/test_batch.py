"""The batch core and its summary renderers: path expansion, rows, order, errors, exit codes, formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from resumefit import batch
from resumefit.batch import (
    BatchRow,
    BatchWorker,
    batch_exit_code,
    expand_posting_paths,
    expand_resume_paths,
    plan_tasks,
    rank_rows,
    run_batch,
)
from resumefit.models import Finding, Severity
from resumefit.reporters.batch import RENDERERS, BatchFormat, render_batch
from resumefit.settings import Settings

POSTING = """Biomedical Equipment Technician II
Required: CBET certification and 2+ years repairing infusion pumps and defibrillators.
Required: electrical safety testing per NFPA 99.
Preferred: experience with Fluke ESA620 electrical safety analyzers and a CMMS.
"""
STRONG = """Jordan Avery
jordan.avery@example.com | 555-0142

CERTIFICATIONS
CBET (AAMI)

EXPERIENCE
Biomedical Equipment Technician II, Lakeside Regional Hospital, 2019 - present
- Repaired infusion pumps and defibrillators; electrical safety testing per NFPA 99 with a Fluke ESA620.
- Documented all work orders in the CMMS.
"""
WEAK = """Casey Morgan
casey.morgan@example.com | 555-0173

EXPERIENCE
Technician, Northside Clinic, 2020 - present
- Helped with equipment.
"""


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch, tmp_path):
    monkeypatch.setenv("RESUMEFIT_CONFIG", str(tmp_path / "no-user-config.yaml"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    clients = tmp_path / "clients"
    clients.mkdir()
    (clients / "b-strong.txt").write_text(STRONG, encoding="utf-8")
    (clients / "a-weak.md").write_text(WEAK, encoding="utf-8")
    (clients / "notes.csv").write_text("not a resume", encoding="utf-8")
    (clients / "c-broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf")
    return tmp_path


def rows_of(tasks, **options) -> list[BatchRow]:
    return [row for rows in run_batch(tasks, **options) for row in rows]


def test_folder_gives_resume_files_inside_sorted_and_skips_other_types(folder):
    found = expand_resume_paths([str(folder / "clients")])
    assert [p.name for p in found] == ["a-weak.md", "b-strong.txt", "c-broken.pdf"]


def test_glob_and_explicit_files_are_merged_without_duplicates(folder):
    clients = folder / "clients"
    given = [str(clients / "*.txt"), str(clients / "b-strong.txt"), str(clients / "a-weak.md")]
    found = expand_resume_paths(given)
    assert [p.name for p in found] == ["a-weak.md", "b-strong.txt"]


def test_posting_inside_the_resume_folder_is_not_taken_for_a_resume(folder):
    found = expand_resume_paths([str(folder)], exclude=[folder / "posting.txt"])
    assert found == ()


def test_missing_file_is_kept_to_become_an_error_row(folder):
    assert expand_resume_paths([str(folder / "gone.pdf")]) == (folder / "gone.pdf",)


def test_posting_folder_gives_posting_files(folder):
    assert expand_posting_paths([str(folder)]) == (folder / "posting.txt",)


def test_every_resume_gets_a_row_per_posting_in_path_order(folder):
    resumes = expand_resume_paths([str(folder / "clients")])
    second = folder / "posting2.txt"
    second.write_text(POSTING.replace("CBET", "CRES"), encoding="utf-8")
    rows = rows_of(plan_tasks(resumes, [second, folder / "posting.txt"]), workers=1)
    pairs = [(Path(r.resume).name, Path(r.posting).name) for r in rows]
    assert pairs == sorted(pairs)
    assert len(rows) == 6


def test_strong_resume_scores_above_weak_and_weak_misses_required_terms(folder):
    resumes = expand_resume_paths([str(folder / "clients" / "*.txt"), str(folder / "clients" / "*.md")])
    weak, strong = rows_of(plan_tasks(resumes, [folder / "posting.txt"]), workers=1)
    assert strong.score > weak.score
    assert weak.missing_required and not weak.error
    assert len(weak.top_findings) <= batch.TOP_FINDINGS


def test_unreadable_resume_gets_its_own_error_row_and_the_batch_goes_on(folder):
    resumes = expand_resume_paths([str(folder / "clients")])
    rows = rows_of(plan_tasks(resumes, [folder / "posting.txt"]), workers=1)
    broken = [r for r in rows if r.resume.endswith("c-broken.pdf")]
    assert broken[0].status == "error" and "c-broken.pdf" in broken[0].error
    assert sum(r.score is not None for r in rows) == 2
    assert batch_exit_code(rows) == 2


def test_unreadable_posting_marks_every_row_with_its_error(folder):
    resumes = expand_resume_paths([str(folder / "clients" / "*.txt")])
    rows = rows_of(plan_tasks(resumes, [folder / "missing-posting.txt"]), workers=1)
    assert [r.status for r in rows] == ["error"]
    assert "missing-posting.txt" in rows[0].error


def test_min_score_from_flags_fails_the_weak_resume(folder):
    resumes = expand_resume_paths([str(folder / "clients" / "*.md")])
    tasks = plan_tasks(resumes, [folder / "posting.txt"], {"min_score": 100, "fail_on": None})
    rows = rows_of(tasks, workers=1)
    assert rows[0].failed and batch_exit_code(rows) == 1


def test_project_config_applies_per_resume_folder(folder):
    (folder / "clients" / ".resumefit.yaml").write_text("min_score: 0\nfail_on: never\n", encoding="utf-8")
    resumes = expand_resume_paths([str(folder / "clients" / "*.md")])
    rows = rows_of(plan_tasks(resumes, [folder / "posting.txt"]), workers=1)
    assert not rows[0].failed and batch_exit_code(rows) == 0


def test_configured_posting_is_used_when_no_posting_is_given(folder):
    (folder / "clients" / ".resumefit.yaml").write_text("posting: ../posting.txt\n", encoding="utf-8")
    tasks = plan_tasks(expand_resume_paths([str(folder / "clients" / "*.txt")]), [])
    assert tasks[0].postings == ((folder / "posting.txt").resolve(),)


def test_broken_config_becomes_an_error_row(folder):
    (folder / "clients" / ".resumefit.yaml").write_text("colour: blue\n", encoding="utf-8")
    resumes = expand_resume_paths([str(folder / "clients" / "*.md")])
    rows = rows_of(plan_tasks(resumes, [folder / "posting.txt"]))
    assert rows[0].status == "error" and "colour" in rows[0].error


def test_each_posting_is_parsed_once_per_worker(folder, monkeypatch):
    import resumefit.pipeline

    calls = []
    original = resumefit.pipeline.read_posting

    def counting(document, mentions, vocabulary):
        calls.append(document.path)
        return original(document, mentions, vocabulary)

    monkeypatch.setattr(resumefit.pipeline, "read_posting", counting)
    resumes = expand_resume_paths([str(folder / "clients" / "*.txt"), str(folder / "clients" / "*.md")])
    rows_of(plan_tasks(resumes, [folder / "posting.txt"]), workers=1, worker=BatchWorker())
    assert len(calls) == 1


def test_checker_is_built_once_per_vocabulary_setting():
    built = []
    worker = BatchWorker(lambda settings: built.append(settings) or object())
    worker.checker(Settings())
    worker.checker(Settings(min_score=50))
    assert len(built) == 1


def test_two_workers_give_the_same_rows_as_one(folder):
    resumes = expand_resume_paths([str(folder / "clients")])
    tasks = plan_tasks(resumes, [folder / "posting.txt"])
    assert rows_of(tasks, workers=2) == rows_of(tasks, workers=1)


def row(name: str, score: int | None, **fields) -> BatchRow:
    return BatchRow(resume="r.pdf", posting=name, score=score, **fields)


def test_rank_puts_best_score_first_and_errors_last():
    ranked = rank_rows(
        [
            row("a", 40),
            row("b", None, error="b: cannot read"),
            row("c", 80),
            row("d", 80, missing_required=("CBET",)),
        ]
    )
    assert [r.posting for r in ranked] == ["c", "d", "a", "b"]


def test_exit_code_is_the_worst_result():
    assert batch_exit_code([row("a", 90)]) == 0
    assert batch_exit_code([row("a", 90), row("b", 10, failed=True)]) == 1
    assert batch_exit_code([row("a", 10, failed=True), row("b", None, error="x")]) == 2


HOSTILE = BatchRow(
    resume="clients/<script>alert(1)</script>.pdf",
    posting="posting|one.txt",
    posting_title="BMET <b>II</b>",
    score=55,
    missing_required=("CBET", "NFPA 99"),
    top_findings=(Finding("K001", Severity.ERROR, "The posting requires 'CBET'; the resume lacks it."),),
    counts=(1, 0, 0),
    failed=True,
)
ERROR_ROW = BatchRow(resume="clients/broken.pdf", posting="posting|one.txt", error="clients/broken.pdf: bad")


def test_every_batch_format_has_a_renderer():
    assert set(RENDERERS) == set(BatchFormat)
    for fmt in BatchFormat:
        assert render_batch([HOSTILE, ERROR_ROW], fmt)
        assert render_batch([HOSTILE], fmt, ranked=True)


def test_csv_has_one_record_per_row_with_joined_terms():
    records = list(csv.DictReader(io.StringIO(render_batch([HOSTILE, ERROR_ROW], BatchFormat.CSV))))
    assert records[0]["missing_required"] == "CBET; NFPA 99"
    assert records[0]["result"] == "fail" and records[1]["result"] == "error"
    assert records[1]["error"] == "clients/broken.pdf: bad"


def test_json_is_versioned_with_rows_and_summary():
    document = json.loads(render_batch([HOSTILE, ERROR_ROW], BatchFormat.JSON))
    assert document["schema_version"] == "1.0" and document["kind"] == "batch"
    assert document["rows"][0]["top_findings"][0]["code"] == "K001"
    assert document["summary"] == {"rows": 2, "passed": 0, "failed": 1, "errors": 1}


def test_ranked_json_numbers_the_rows():
    document = json.loads(render_batch([HOSTILE, ERROR_ROW], BatchFormat.JSON, ranked=True))
    assert [r.get("rank") for r in document["rows"]] == [1, None]
    assert document["kind"] == "rank"


def test_html_escapes_every_text():
    page = render_batch([HOSTILE], BatchFormat.HTML)
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "<b>II" not in render_batch([HOSTILE], BatchFormat.HTML, ranked=True)


def test_markdown_escapes_table_pipes():
    text = render_batch([HOSTILE], BatchFormat.MARKDOWN)
    assert "posting\\|one.txt" in text and "<script>" not in text


def test_terminal_table_shows_codes_without_colour_codes():
    text = render_batch([HOSTILE, ERROR_ROW], BatchFormat.TERMINAL, width=200)
    assert "K001" in text and "requires 'CBET'" not in text and "\x1b[" not in text
    assert "broken.pdf: bad" in text
