"""Reading PDFs: reading order, columns, fonts, regions and the layout facts the L rules use."""

from __future__ import annotations

import pytest

from resumefit.documents import load_document, parse_document
from resumefit.errors import UnreadableDocument
from resumefit.models import Region, SourceFormat
from tests import fixtures
from tests.fixtures.people import CONTACT, NAME, SECTIONS, TITLE


def texts(doc, region=None):
    return [line.text for line in doc.lines if region is None or line.region == region]


def test_one_column_pdf_is_read_top_to_bottom_with_fonts_and_pages() -> None:
    doc = parse_document(fixtures.plain_resume_pdf(), "resume.pdf")
    assert doc.source_format == SourceFormat.PDF
    assert texts(doc)[:3] == [NAME, TITLE, CONTACT]
    expected = [text for heading, lines in SECTIONS for text in (heading, *lines)]
    assert texts(doc)[3 : 3 + len(expected)] == expected
    name, heading = doc.lines[0], doc.lines[3]
    assert (name.font_size, name.bold, heading.bold, doc.lines[4].bold) == (20.0, True, True, False)
    assert doc.layout.pages == 2 and doc.layout.columns_per_page == (1, 1)
    assert doc.layout.body_font_size == 10.0
    assert {line.page for line in doc.lines} == {1, 2}
    assert [line.index for line in doc.lines] == list(range(len(doc.lines)))


def test_two_column_pdf_is_read_column_by_column() -> None:
    doc = parse_document(fixtures.two_column_pdf(), "columns.pdf")
    body = texts(doc)
    assert body[:2] == [NAME, TITLE]
    assert body[3:] == [*fixtures.SIDEBAR, *fixtures.MAIN]
    assert doc.layout.columns_per_page == (2,)
    columns = {line.text: line.column for line in doc.lines}
    assert columns["SKILLS"] == 1 and columns["EXPERIENCE"] == 2


def test_page_numbers_at_the_bottom_are_footer_lines() -> None:
    doc = parse_document(fixtures.plain_resume_pdf(), "resume.pdf")
    assert texts(doc, Region.FOOTER) == ["Page 1 of 2", "Page 2 of 2"]


def test_contact_line_in_the_top_band_is_a_header_line() -> None:
    doc = parse_document(fixtures.header_contact_pdf(), "band.pdf")
    assert texts(doc, Region.HEADER) == [CONTACT]
    assert doc.lines[0].region == Region.HEADER


def test_ruled_table_cells_are_table_lines() -> None:
    doc = parse_document(fixtures.table_pdf(), "table.pdf")
    assert doc.layout.tables == 1
    assert texts(doc, Region.TABLE) == ["Hematology Sysmex XN-1000", "Chemistry Roche cobas 6000", "LIS Epic"]


def test_letter_spaced_headings_are_rejoined_and_recorded() -> None:
    doc = parse_document(fixtures.letter_spaced_pdf(), "spaced.pdf")
    assert "EXPERIENCE" in texts(doc) and "SKILLS" in texts(doc)
    assert set(doc.layout.letter_spaced) == {"EXPERIENCE", "SKILLS"}


def test_ligatures_are_spelled_out_and_counted() -> None:
    doc = parse_document(fixtures.ligature_pdf(), "ligatures.pdf")
    assert texts(doc)[1:] == [
        "Certified medical laboratory scientist",
        "flow cytometry proficiency testing for staff",
    ]
    assert doc.layout.ligatures == 4


def test_font_without_character_map_is_recorded_with_garbled_samples() -> None:
    doc = parse_document(fixtures.garbled_pdf(), "cid.pdf")
    assert doc.layout.fonts_without_unicode == ("DejaVuSansBook",)
    assert doc.layout.garbled and all("(cid:" in sample for sample in doc.layout.garbled)
    assert texts(doc)[-1] == NAME


def test_scanned_pdf_has_an_image_and_no_text() -> None:
    doc = parse_document(fixtures.scanned_pdf(), "scan.pdf")
    assert doc.lines == ()
    assert (doc.layout.images, doc.layout.chars_per_page) == (1, (0,))


def test_pdf_with_an_open_password_is_refused_with_advice() -> None:
    with pytest.raises(UnreadableDocument, match="password-protected; save an unprotected copy"):
        parse_document(fixtures.encrypted_pdf(), "locked.pdf")


def test_pdf_with_only_an_owner_password_is_read_and_flagged() -> None:
    doc = parse_document(fixtures.encrypted_pdf(user_password=""), "restricted.pdf")
    assert doc.layout.encrypted
    assert texts(doc)[0] == NAME


def test_file_facts_are_recorded(tmp_path) -> None:
    data = fixtures.plain_resume_pdf()
    doc = load_document(fixtures.write_file(tmp_path, "resume.pdf", data))
    assert doc.layout.file_size == len(data)
    assert len(doc.sha256) == 64
    assert doc.path.endswith("resume.pdf")


def test_sidebar_with_its_own_line_spacing_is_still_read_column_by_column() -> None:
    doc = parse_document(fixtures.uneven_sidebar_pdf(), "uneven.pdf")
    assert texts(doc) == [*fixtures.SIDEBAR, *fixtures.MAIN, *fixtures.MAIN]
    assert doc.layout.columns_per_page == (2,)


def test_right_set_dates_and_a_skills_grid_do_not_make_columns() -> None:
    doc = parse_document(fixtures.dated_one_column_pdf(), "dated.pdf")
    assert doc.layout.columns_per_page == (1,)
    assert texts(doc)[0] == "Medical Laboratory Scientist, Riverside 2019 - 2024"
