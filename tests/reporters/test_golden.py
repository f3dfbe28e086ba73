"""Each format rendered from the sample report matches its golden file (fixed width, no colour)."""

from __future__ import annotations

import pytest

from resumefit.models import Report
from resumefit.reporters import Format, render

from .golden import assert_matches_golden

GOLDEN_NAMES = {
    Format.TERMINAL: "sample.terminal.txt",
    Format.JSON: "sample.json",
    Format.MARKDOWN: "sample.md",
    Format.CONCISE: "sample.concise.txt",
    Format.GITHUB: "sample.github.txt",
    Format.HTML: "sample.html",
}


@pytest.mark.parametrize("fmt", list(Format))
def test_sample_report_matches_golden_file(report: Report, pinned_version: str, fmt: Format) -> None:
    text = render(report, fmt, color=False, width=100)
    assert_matches_golden(GOLDEN_NAMES[fmt], text)


def test_terminal_at_80_columns_matches_golden_file(report: Report, pinned_version: str) -> None:
    assert_matches_golden("sample.terminal-80.txt", render(report, Format.TERMINAL, width=80))
