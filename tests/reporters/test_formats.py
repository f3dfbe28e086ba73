"""Every output format has a renderer, and render() dispatches to it."""

from __future__ import annotations

import pytest

from resumefit.models import Report
from resumefit.reporters import RENDERERS, Format, render


def test_every_format_maps_to_a_renderer() -> None:
    assert set(RENDERERS) == set(Format)


def test_formats_are_the_documented_ones() -> None:
    assert [fmt.value for fmt in Format] == ["terminal", "json", "markdown", "concise", "github", "html"]


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_renders_the_sample_to_text_ending_with_a_newline(report: Report, fmt: Format) -> None:
    text = render(report, fmt)
    assert isinstance(text, str)
    assert text.endswith("\n")


@pytest.mark.parametrize("fmt", list(Format))
def test_rendering_is_deterministic(report: Report, fmt: Format) -> None:
    assert render(report, fmt) == render(report, fmt)


def test_render_accepts_the_format_name_as_a_string(report: Report) -> None:
    assert render(report, "concise") == render(report, Format.CONCISE)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", list(Format))
def test_an_empty_report_without_posting_renders(fmt: Format) -> None:
    from resumefit.models import Document, Score, SourceFormat, Track

    empty = Report(Document("empty.txt", SourceFormat.TEXT, ()), None, (), (), (), Score(0, ()), Track.BOTH)
    assert isinstance(render(empty, fmt), str)
