"""The three showcase pairs' JSON reports, kept as golden files; regenerate on purpose with
RESUMEFIT_UPDATE_GOLDEN=1 after a deliberate change to the vocabulary, the rules or the score."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from resumefit.reporters.json import report_to_dict

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
PAIRS = {
    "lab-mls-core": ("resume.docx", "posting.html"),
    "bmet-hospital": ("resume.pdf", "posting.txt"),
    "imaging-service": ("resume.txt", "posting.pdf"),
}


def stable_json(data: dict) -> str:
    """The report with the parts that differ between machines (paths, tool version) made fixed."""
    data["tool"]["version"] = "(any)"
    data["resume"]["path"] = Path(data["resume"]["path"]).name
    if data["posting"]:
        data["posting"]["path"] = Path(data["posting"]["path"]).name
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_showcase_report_matches_its_golden_file(checker, name):
    resume, posting = PAIRS[name]
    folder = ROOT / "examples" / name
    got = stable_json(report_to_dict(checker.check(folder / resume, folder / posting)))
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("RESUMEFIT_UPDATE_GOLDEN") == "1":
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")
