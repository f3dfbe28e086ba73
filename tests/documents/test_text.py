"""Reading plain text, Markdown and HTML: encodings, clean-up, headings, bullets, dropped page furniture."""

from __future__ import annotations

import codecs

import pytest

from resumefit.documents import load_document, parse_document
from resumefit.models import Region, SourceFormat
from tests import fixtures

RESUME = "Dana Whitfield\nSUMMARY\nMLS(ASCP) scientist \u2013 \u201chematology\u201d lead\n"


def texts(doc):
    return [line.text for line in doc.lines]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RESUME.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RESUME.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + RESUME.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + RESUME.encode("utf-16-be"), "utf-16-be"),
        (RESUME.encode("utf-16-le"), "utf-16-le"),
        (RESUME.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + RESUME.encode("utf-32-le"), "utf-32-le"),
        (RESUME.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32le-bom", "cp1252"],
)
def test_text_encoding_is_detected_and_punctuation_made_plain(data: bytes, encoding: str) -> None:
    doc = parse_document(data, "resume.txt")
    assert doc.layout.encoding == encoding
    assert texts(doc) == ["Dana Whitfield", "SUMMARY", 'MLS(ASCP) scientist - "hematology" lead']


def test_control_characters_and_blank_lines_are_dropped() -> None:
    data = b"Dana\x07 Whitfield\r\n\r\n\x0bSKILLS\x00\n" + b"Hematology and chemistry analyzers\n" * 3
    doc = parse_document(data, "resume.txt")
    assert texts(doc)[:3] == ["Dana Whitfield", "SKILLS", "Hematology and chemistry analyzers"]
    assert doc.source_format == SourceFormat.TEXT


def test_letter_spaced_text_is_rejoined() -> None:
    doc = parse_document(b"E X P E R I E N C E\nS K I L L S  A N D  T O O L S\n", "resume.txt")
    assert texts(doc) == ["EXPERIENCE", "SKILLS AND TOOLS"]
    assert doc.layout.letter_spaced == ("EXPERIENCE", "SKILLS", "AND", "TOOLS")


def test_markdown_headings_keep_a_style_and_bullets_stay() -> None:
    text = "# Dana Whitfield\n\n## Experience\n- Ran **Sysmex XN-1000** analyzers\n* QC per [CLIA](https://example.com)\n"
    doc = parse_document(text.encode(), "resume.md")
    assert doc.source_format == SourceFormat.MARKDOWN
    assert texts(doc) == [
        "Dana Whitfield",
        "Experience",
        "- Ran Sysmex XN-1000 analyzers",
        "* QC per CLIA (https://example.com)",
    ]
    assert [line.style for line in doc.lines[:2]] == ["Heading 1", "Heading 2"]


def test_markdown_is_recognised_by_content_under_a_txt_name() -> None:
    doc = parse_document(b"# Dana Whitfield\n\n## Skills\nHematology\n", "resume.txt")
    assert doc.source_format == SourceFormat.MARKDOWN


HTML = b"""<!DOCTYPE html><html><head><title>Job</title><style>p{color:red}</style></head>
<body><nav>Home | Jobs</nav><header>Acme Health careers</header>
<h1>Medical Laboratory Scientist</h1><p>We need an <b>MLS(ASCP)</b> &amp; more.</p>
<ul><li>Sysmex XN-1000 experience</li><li>CLIA knowledge</li></ul>
<table><tr><td>Shift</td><td>Nights</td></tr></table>
<script>var x = "Hidden";</script><footer>Privacy</footer><form>Apply now</form></body></html>"""


def test_html_keeps_visible_blocks_and_drops_page_furniture() -> None:
    doc = parse_document(HTML, "posting.html")
    assert doc.source_format == SourceFormat.HTML
    assert texts(doc) == [
        "Medical Laboratory Scientist",
        "We need an MLS(ASCP) & more.",
        "- Sysmex XN-1000 experience",
        "- CLIA knowledge",
        "Shift | Nights",
    ]
    assert doc.lines[0].style == "Heading 1"
    assert doc.layout.tables == 1


def test_html_spans_side_by_side_are_fields_not_one_word() -> None:
    html = (
        "<html><body><h1>Field Service Engineer</h1>"
        '<p class="meta"><span>Req ID: FSE-1234</span><span>Location: Santa Fe, NM territory</span>'
        "<span>Full-time</span></p><p>Run <span>Sysmex</span> <span>XN</span> and C<span>T</span></p>"
        "</body></html>"
    )
    assert texts(parse_document(html.encode(), "posting.html"))[1:] == [
        "Req ID: FSE-1234 | Location: Santa Fe, NM territory | Full-time",
        "Run Sysmex XN and CT",  # spans set apart by a space, or inside a word, stay as written
    ]


def test_html_is_recognised_by_content_under_a_txt_name() -> None:
    assert parse_document(HTML, "posting.txt").source_format == SourceFormat.HTML


def test_wrong_extension_is_read_by_content(tmp_path) -> None:
    docx_as_pdf = fixtures.write_file(tmp_path, "resume.pdf", fixtures.plain_resume_docx())
    pdf_as_txt = fixtures.write_file(tmp_path, "resume.txt", fixtures.plain_resume_pdf())
    assert load_document(docx_as_pdf).source_format == SourceFormat.DOCX
    assert load_document(pdf_as_txt).source_format == SourceFormat.PDF


def test_same_resume_reads_the_same_from_text_markdown_pdf_and_docx() -> None:
    readings = [
        parse_document(fixtures.plain_resume_text(), "resume.txt"),
        parse_document(fixtures.plain_resume_markdown(), "resume.md"),
        parse_document(fixtures.plain_resume_pdf(pages=1), "resume.pdf"),
        parse_document(fixtures.plain_resume_docx(pages=1), "resume.docx"),
    ]
    # Word draws list bullets from the paragraph style, so DOCX lines carry no "- " of their own.
    body = [
        [line.text.removeprefix("- ") for line in doc.lines if line.region == Region.BODY] for doc in readings
    ]
    assert len({tuple(lines[:3]) for lines in body}) == 1
    assert len({lines[-1] for lines in body}) == 1
    assert body[0] == body[2] == body[3]


def test_html_cookie_banners_breadcrumbs_and_hidden_blocks_are_dropped() -> None:
    html = (
        b'<html><body><div id="cookie-consent">We use cookies.</div>'
        b'<div class="breadcrumbs">Home &gt; Jobs</div>'
        b'<div hidden>Secret</div><div role="dialog">Sign up</div><p>Perform QC on Sysmex XN-1000.</p>'
        b'<section class="similar-jobs"><p>Histotechnologist</p></section></body></html>'
    )
    assert texts(parse_document(html, "posting.html")) == ["Perform QC on Sysmex XN-1000."]
