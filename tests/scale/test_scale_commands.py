"""`resumefit index` and `resumefit match` from the command line; plain check needs none of the extra."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scale.conftest import require_extra

require_extra("pyarrow", "scipy")

from resumefit.cli import main  # noqa: E402
from tests.scale.corpus import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "bmet-hospital"


@pytest.fixture(scope="module")
def folder(tmp_path_factory, scale_vocabulary) -> Path:
    root = tmp_path_factory.mktemp("small")
    write_corpus(root, scale_vocabulary, 6, 12, seed=3)
    return root


def test_index_then_match_writes_the_top_k_as_csv_with_reasons(folder, tmp_path, capsys):
    cache = str(tmp_path / "cache")
    assert main(["index", str(folder), "--cache", cache]) == 0
    assert "18 extracted, 0 from the cache, 0 unreadable" in capsys.readouterr().err
    out = tmp_path / "top.csv"
    args = ["match", "-r", str(folder / "resumes"), "-p", str(folder / "postings"), "--cache", cache]
    assert main([*args, "--top", "2", "-o", str(out)]) == 0
    assert "0 documents extracted, 18 from the cache" in capsys.readouterr().err
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    by_resume = [row for row in rows if row["side"] == "resume"]
    assert {row["resume"] for row in by_resume} == {str(p) for p in sorted((folder / "resumes").iterdir())}
    first = by_resume[0]
    assert first["rank"] == "1" and float(first["score"]) > 50 and first["matched"] and first["required"]


def test_match_writes_json_and_a_full_report_per_short_listed_pair(folder, tmp_path):
    out, reports = tmp_path / "top.json", tmp_path / "reports"
    args = ["match", "-r", str(folder / "resumes"), "-p", str(folder / "postings"), "-k", "1"]
    assert main([*args, "-o", str(out), "--reports", str(reports)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "resumefit-match/1" and data["resumes"] == 12 and data["postings"] == 6
    best = data["by_resume"][0]["postings"][0]
    report = json.loads((reports / best["report"]).read_text(encoding="utf-8"))
    assert report["score"]["total"] == best["report_score"]
    assert report["resume"]["path"] == data["by_resume"][0]["resume"]


def test_match_of_a_missing_folder_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["match", "-r", str(tmp_path / "nowhere"), "-p", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "nowhere: no such file or folder" in err


def test_index_without_a_cache_folder_is_one_line_and_exit_2(folder, capsys):
    assert main(["index", str(folder)]) == 2
    assert "needs --cache" in capsys.readouterr().err


def test_an_unknown_engine_is_one_line_and_exit_2(folder, tmp_path, capsys):
    assert main(["index", str(folder), "--cache", str(tmp_path), "--engine", "spark"]) == 2
    assert "--engine must be local or ray" in capsys.readouterr().err


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted():
    from resumefit.scale.output import _cell

    assert [_cell("=HYPERLINK()"), _cell("@SUM"), _cell("-2"), _cell(("a", "b"))] == [
        "'=HYPERLINK()",
        "'@SUM",
        "'-2",
        "a; b",
    ]


BLOCKING = """
import importlib.abc, sys
blocked = set(sys.argv[1].split(","))
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ImportError(f"No module named {name!r}")
sys.meta_path.insert(0, Block())
from resumefit.cli import main
code = main(sys.argv[2:])
sys.stderr.write("\\nloaded:" + ",".join(sorted(m for m in blocked if m in sys.modules)))
sys.exit(code)
"""


def run_blocked(blocked: str, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", BLOCKING, blocked, *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_match_without_the_extra_says_what_to_install_and_exits_2(folder):
    done = run_blocked("pyarrow", "match", "-r", str(folder / "resumes"), "-p", str(folder / "postings"))
    message = done.stderr.split("\nloaded:")[0].strip()
    assert done.returncode == 2
    assert message == (
        'resumefit: pyarrow is not installed: install resumefit[scale] (pip install "resumefit[scale]")'
    )


def test_the_ray_engine_without_ray_says_what_to_install_and_exits_2(folder, tmp_path):
    done = run_blocked("ray", "index", str(folder), "--cache", str(tmp_path), "--engine", "ray")
    assert done.returncode == 2
    assert done.stderr.startswith("resumefit: ray is not installed: install resumefit[scale]")


def test_check_runs_and_imports_nothing_of_the_extra(tmp_path):
    out = tmp_path / "report.json"
    args = ["check", str(EXAMPLE / "resume.pdf"), str(EXAMPLE / "posting.txt"), "-f", "json", "-o", str(out)]
    done = run_blocked("pyarrow,scipy,ray,pandas", *args)
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["terms"]
    assert done.stderr.rstrip().endswith("loaded:")


def test_match_names_a_term_outside_the_vocabulary_by_its_words_not_its_id(tmp_path):
    (tmp_path / "resumes").mkdir()
    (tmp_path / "postings").mkdir()
    (tmp_path / "resumes" / "resume.txt").write_text(
        "Pat Doe\npat@example.com | 555-0100\n\nExperience\n- Ran the Quorvex 9 daily\n", encoding="utf-8"
    )
    (tmp_path / "postings" / "posting.txt").write_text(
        "Technician\n\nRequired Qualifications\n- Experience with Zelmark pipetting robots\n",
        encoding="utf-8",
    )
    out = tmp_path / "top.csv"
    args = ["match", "-r", str(tmp_path / "resumes"), "-p", str(tmp_path / "postings"), "-o", str(out)]
    assert main(args) == 0
    missing = next(csv.DictReader(out.open(encoding="utf-8")))["missing"]
    assert "open:" not in missing and "zelmark" in missing.lower(), missing
