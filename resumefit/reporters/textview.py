"""What an ATS would extract from a document, in reading order, with its regions marked."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from resumefit.models import Document, Line, Region
from resumefit.reporters.presentation import clean

TEXT_VIEW_VERSION = "1"
_REGION_MARKERS = {
    Region.HEADER: "[header]",
    Region.FOOTER: "[footer]",
    Region.TABLE: "[table]",
    Region.TEXT_BOX: "[text box]",
}


def render_text_view(doc: Document) -> str:
    """The document's lines in reading order, with markers where the page, region or column changes."""
    out: list[str] = []
    previous: Line | None = None
    multi_page = doc.layout.pages > 1 or any(line.page > 1 for line in doc.lines)
    for line in doc.lines:
        out.extend(_markers(previous, line, multi_page))
        out.append(clean(line.text))
        previous = line
    if not doc.lines:
        out.append("[no extractable text]")
    return "\n".join(out) + "\n"


def _markers(previous: Line | None, line: Line, multi_page: bool) -> list[str]:
    markers: list[str] = []
    new_page = previous is None or previous.page != line.page
    if new_page and multi_page:
        markers.append(f"[page {line.page}]")
    # Each page starts in the body, first column: only a different place needs a marker there.
    before = (Region.BODY, 0) if new_page else (previous.region, previous.column)
    if before != (line.region, line.column):
        markers.append(_place_marker(line))
    return markers


def _place_marker(line: Line) -> str:
    if line.region in _REGION_MARKERS:
        return _REGION_MARKERS[line.region]
    return f"[column {line.column}]" if line.column else "[body]"


def text_view_dict(doc: Document) -> dict[str, Any]:
    """The text view as data for ``--format json``: each line with where and how it was set, plus layout."""
    return {
        "version": TEXT_VIEW_VERSION,
        "path": doc.path,
        "format": doc.source_format.value,
        "sha256": doc.sha256,
        "lines": [_line_dict(line) for line in doc.lines],
        "layout": _layout_dict(doc),
    }


def _line_dict(line: Line) -> dict[str, Any]:
    return {
        "index": line.index,
        "text": line.text,
        "page": line.page,
        "region": line.region.value,
        "column": line.column,
        "font_size": line.font_size,
        "bold": line.bold,
        "style": line.style,
    }


def _layout_dict(doc: Document) -> dict[str, Any]:
    layout = asdict(doc.layout)
    return {key: list(value) if isinstance(value, tuple) else value for key, value in layout.items()}
