"""Should-fire and should-not-fire examples for the layout rules (L).

Most examples are Documents written as text with layout facts set by hand; a few are real fixture files
read with the document reader, so the rules and the reader are checked together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from cases_common import GOOD_RESUME, Case, document, edit, find_mentions, vocabulary

from resumefit.documents import parse_document
from resumefit.models import Document, LayoutFacts, SourceFormat, Track
from resumefit.rules.base import RuleContext
from tests import fixtures

CONTACT = "Chicago, IL | jordan.rivera@example.com | (312) 555-0142\n"
CONTACT_IN_HEADER = "[header] jordan.rivera@example.com | (312) 555-0142\n" + edit(GOOD_RESUME, CONTACT, "")
SIDEBAR_ORDER = (1, 1, 2, 2)  # column of each line: a sidebar read whole, then the main column
STACKED_ORDER = (1, 2, 1, 2)  # two blocks of columns, one under the other


def layout_context(text: str = GOOD_RESUME, source: SourceFormat = SourceFormat.DOCX, **facts) -> RuleContext:
    """A RuleContext for resume text (region markers allowed) with the given layout facts."""
    doc = document(text, source=source)
    return context_of(replace(doc, layout=replace(doc.layout, **facts)))


def context_of(doc: Document) -> RuleContext:
    """A RuleContext around ``doc``, with vocabulary mentions found in it."""
    mentions = find_mentions(doc, (), vocabulary())
    return RuleContext(doc, (), None, (), mentions, vocabulary(), Track.BOTH)


def columns_context(order: tuple[int, ...]) -> RuleContext:
    """A two-column PDF page whose lines are read in the given column order."""
    doc = document("\n".join(f"line {i}" for i in range(len(order))), source=SourceFormat.PDF)
    lines = tuple(replace(line, column=column) for line, column in zip(doc.lines, order, strict=True))
    return context_of(replace(doc, lines=lines, layout=LayoutFacts(columns_per_page=(2,))))


@cache
def _read_fixture(builder: Callable[[], bytes], name: str) -> Document:
    return parse_document(builder(), name)


def fixture(builder: Callable[[], bytes], name: str) -> Callable[[], RuleContext]:
    """A context builder that reads a fixture file with the real document reader."""
    return lambda: context_of(_read_fixture(builder, name))


def text_case(name: str, fires: bool, **options) -> Case:
    """A Case built by layout_context(**options)."""
    return Case(name, lambda: layout_context(**options), fires)


CASES: dict[str, list[Case]] = {
    "L001": [
        Case("scanned PDF has no text", fixture(fixtures.scanned_pdf, "scan.pdf"), True),
        text_case("only a page number", True, text="Page 1 of 1", source=SourceFormat.PDF),
        Case("text-based PDF", fixture(fixtures.plain_resume_pdf, "plain.pdf"), False),
    ],
    "L002": [
        Case("scanned PDF page", fixture(fixtures.scanned_pdf, "scan.pdf"), True),
        text_case(
            "second page is an image", True, source=SourceFormat.PDF, images=1, chars_per_page=(900, 0)
        ),
        text_case(
            "pages with text and a logo", False, source=SourceFormat.PDF, images=1, chars_per_page=(900,)
        ),
        text_case("DOCX with a photo", False, images=1, chars_per_page=(0,)),
    ],
    "L003": [
        Case("contact in the Word header", fixture(fixtures.header_contact_docx, "header.docx"), True),
        Case("contact in the PDF top band", fixture(fixtures.header_contact_pdf, "band.pdf"), True),
        text_case("contact in the header", True, text=CONTACT_IN_HEADER),
        text_case("contact in the body", False),
        text_case(
            "contact in body and header", False, text="[header] jordan.rivera@example.com\n" + GOOD_RESUME
        ),
        Case("plain PDF", fixture(fixtures.plain_resume_pdf, "plain.pdf"), False),
    ],
    "L004": [
        Case("two-column PDF", fixture(fixtures.two_column_pdf, "columns.pdf"), True),
        Case("sidebar read column by column", lambda: columns_context(SIDEBAR_ORDER), True),
        Case("stacked column blocks", lambda: columns_context(STACKED_ORDER), True),
        Case("one-column PDF", fixture(fixtures.plain_resume_pdf, "plain.pdf"), False),
    ],
    "L005": [
        Case("skills table in a PDF", fixture(fixtures.table_pdf, "table.pdf"), True),
        text_case(
            "one Word table",
            True,
            text=GOOD_RESUME + "\n[table] Hematology\n[table] Sysmex XN-1000",
            tables=1,
        ),
        Case("layout table is L013's", fixture(fixtures.table_layout_docx, "grid.docx"), False),
        text_case("no tables", False),
    ],
    "L006": [
        Case("terms in a text box", fixture(fixtures.text_box_docx, "box.docx"), True),
        text_case(
            "text box without known terms",
            True,
            text=GOOD_RESUME + "\n[text_box] Available nights",
            text_boxes=1,
        ),
        text_case("no text boxes", False),
    ],
    "L007": [
        text_case("icons", True, images=2),
        Case("picture in a DOCX", fixture(fixtures.structured_docx, "rich.docx"), True),
        Case("scanned page is L002's", fixture(fixtures.scanned_pdf, "scan.pdf"), False),
        text_case("no images", False),
    ],
    "L008": [
        Case("font without a map", fixture(fixtures.garbled_pdf, "cid.pdf"), True),
        text_case(
            "replacement characters",
            True,
            text=GOOD_RESUME + "\nHematology \ufffd\ufffd",
            garbled=("\ufffd\ufffd",),
        ),
        Case("clean PDF", fixture(fixtures.plain_resume_pdf, "plain.pdf"), False),
    ],
    "L009": [
        Case("fi and fl ligatures", fixture(fixtures.ligature_pdf, "ligatures.pdf"), True),
        Case("no ligatures", fixture(fixtures.plain_resume_pdf, "plain.pdf"), False),
    ],
    "L010": [
        Case("spaced PDF headings", fixture(fixtures.letter_spaced_pdf, "spaced.pdf"), True),
        Case("spaced Word headings", fixture(fixtures.letter_spaced_docx, "spaced.docx"), True),
        Case("ordinary headings", fixture(fixtures.plain_resume_docx, "plain.docx"), False),
    ],
    "L011": [
        text_case("a 6 MB file", True, file_size=6_000_000),
        text_case("a 300 kB file", False, file_size=300_000),
    ],
    "L012": [
        Case("font without ToUnicode", fixture(fixtures.garbled_pdf, "cid.pdf"), True),
        Case("standard fonts", fixture(fixtures.plain_resume_pdf, "plain.pdf"), False),
    ],
    "L013": [
        Case("resume inside a table", fixture(fixtures.table_layout_docx, "grid.docx"), True),
        Case("one small table", fixture(fixtures.structured_docx, "rich.docx"), False),
        Case("a PDF table is never a layout table", fixture(fixtures.table_pdf, "table.pdf"), False),
    ],
    "L014": [
        Case("contact in the Word header", fixture(fixtures.header_contact_docx, "header.docx"), True),
        text_case("name in the footer", True, text=GOOD_RESUME + "\n[footer] Jordan Rivera - Resume"),
        Case("page numbers only", fixture(fixtures.plain_resume_pdf, "plain.pdf"), False),
    ],
}
