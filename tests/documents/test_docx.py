"""Reading Word files: body order, styles, tables, text boxes, content controls, headers and footers."""

from __future__ import annotations

from resumefit.documents import parse_document
from resumefit.models import Region, SourceFormat
from tests import fixtures
from tests.fixtures.docx_fixtures import TEXT_BOX_LINES
from tests.fixtures.people import CONTACT, EMAIL, NAME, PHONE, TITLE


def texts(doc, region=None):
    return [line.text for line in doc.lines if region is None or line.region == region]


def test_paragraphs_keep_order_style_bold_size_and_page() -> None:
    doc = parse_document(fixtures.plain_resume_docx(), "resume.docx")
    assert doc.source_format == SourceFormat.DOCX
    assert texts(doc)[:4] == [NAME, TITLE, CONTACT, "SUMMARY"]
    name, heading = doc.lines[0], doc.lines[3]
    assert (name.style, name.font_size) == ("Title", 26.0)
    assert (heading.style, heading.bold) == ("Heading 1", True)
    bullet = next(line for line in doc.lines if line.style == "List Bullet")
    assert bullet.text.startswith("Ran and maintained Sysmex")
    assert doc.layout.body_font_size == 11.0
    assert doc.layout.pages == 2 and doc.lines[-1].page == 2


def test_header_and_footer_text_is_marked_and_placed_around_the_body() -> None:
    doc = parse_document(fixtures.header_contact_docx(), "header.docx")
    assert texts(doc, Region.HEADER) == [CONTACT]
    assert texts(doc, Region.FOOTER) == ["Page 1"]
    assert doc.lines[0].region == Region.HEADER and doc.lines[-1].region == Region.FOOTER


def test_table_layout_lines_are_table_lines_in_row_order() -> None:
    doc = parse_document(fixtures.table_layout_docx(), "grid.docx")
    assert doc.layout.tables == 1
    assert all(line.region == Region.TABLE for line in doc.lines)
    assert texts(doc)[:4] == [NAME, TITLE, CONTACT, "SUMMARY"]


def test_text_box_is_read_once_from_the_drawing_not_again_from_its_fallback() -> None:
    doc = parse_document(fixtures.text_box_docx(), "box.docx")
    assert texts(doc, Region.TEXT_BOX) == list(TEXT_BOX_LINES)
    assert doc.layout.text_boxes == 1
    anchor = texts(doc).index("Key instruments:")
    assert texts(doc)[anchor + 1 : anchor + 3] == list(TEXT_BOX_LINES)


def test_vml_text_box_is_read() -> None:
    doc = parse_document(fixtures.text_box_docx(vml_only=True), "vml.docx")
    assert texts(doc, Region.TEXT_BOX) == list(TEXT_BOX_LINES)


def test_content_controls_links_fields_and_nested_tables_are_read() -> None:
    doc = parse_document(fixtures.structured_docx(), "rich.docx")
    assert texts(doc) == [NAME, PHONE, f"Email: {EMAIL}", "Page 7", "Hematology", "Sysmex XN-1000", "END"]
    assert (doc.layout.tables, doc.layout.images) == (2, 1)


def test_letter_spaced_headings_are_rejoined() -> None:
    doc = parse_document(fixtures.letter_spaced_docx(), "spaced.docx")
    assert "EXPERIENCE" in texts(doc) and "S K I L L S" not in texts(doc)
    assert "SKILLS" in doc.layout.letter_spaced
