"""The text view: what an ATS would extract, in reading order, with pages, regions and columns marked."""

from __future__ import annotations

import json

from resumefit.documents import parse_document
from resumefit.models import Document, Line, Region, SourceFormat
from resumefit.reporters.textview import render_text_view, text_view_dict
from tests import fixtures


def test_regions_and_pages_are_marked_where_they_change() -> None:
    lines = (
        Line("dana.whitfield@example.com", 0, region=Region.HEADER),
        Line("Dana Whitfield", 1),
        Line("Hematology", 2, region=Region.TABLE),
        Line("Sysmex XN-1000", 3, region=Region.TEXT_BOX),
        Line("EXPERIENCE", 4, page=2),
        Line("Page 2", 5, page=2, region=Region.FOOTER),
    )
    doc = Document("r.docx", SourceFormat.DOCX, lines)
    assert render_text_view(doc).splitlines() == [
        "[page 1]",
        "[header]",
        "dana.whitfield@example.com",
        "[body]",
        "Dana Whitfield",
        "[table]",
        "Hematology",
        "[text box]",
        "Sysmex XN-1000",
        "[page 2]",
        "EXPERIENCE",
        "[footer]",
        "Page 2",
    ]


def test_columns_are_marked_in_reading_order() -> None:
    doc = parse_document(fixtures.two_column_pdf(), "columns.pdf")
    view = render_text_view(doc).splitlines()
    assert view.index("[column 1]") < view.index("SKILLS") < view.index("[column 2]") < view.index("SUMMARY")
    assert not view[0].startswith("[page")


def test_empty_document_says_so() -> None:
    assert render_text_view(Document("scan.pdf", SourceFormat.PDF, ())) == "[no extractable text]\n"


def test_json_view_has_lines_and_layout_and_serialises() -> None:
    doc = parse_document(fixtures.header_contact_docx(), "header.docx")
    data = text_view_dict(doc)
    assert data["format"] == "docx" and data["sha256"] == doc.sha256
    assert data["lines"][0]["region"] == "header"
    assert set(data["lines"][0]) == {
        "index",
        "text",
        "page",
        "region",
        "column",
        "font_size",
        "bold",
        "style",
    }
    assert data["layout"]["tables"] == 0
    json.dumps(data)
