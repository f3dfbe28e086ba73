"""Hostile input files built in code: each function returns bytes (or writes a file) an attacker could send.

Shared by the tests in this folder and by benchmarks/hostile.py, which runs the whole matrix.
"""

from __future__ import annotations

import io
import zipfile
import zlib

RESUME_TEXT = (
    "Jordan Avery\njordan.avery@example.com | 555-0142\n\nCERTIFICATIONS\nCBET (AAMI)\n\n"
    "EXPERIENCE\nBiomedical Equipment Technician II, Lakeside Regional Hospital, 2019 - present\n"
    "- Repaired infusion pumps and defibrillators with a Fluke ESA620.\n"
)


def pdf_file(objects: list[bytes], trailer: bytes | None = None, xref_stream: bytes | None = None) -> bytes:
    """A PDF of numbered ``objects`` (1..n) with a classic xref table, or ``xref_stream`` as the last one."""
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    if xref_stream is not None:
        out.write(b"%d 0 obj\n" % (len(objects) + 1) + xref_stream + b"\nendobj\n")
    else:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
        out.write(b"trailer\n" + (trailer or b"<< /Size %d /Root 1 0 R >>" % (len(objects) + 1)) + b"\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    body = zlib.compress(data, 9) if compress else data
    flate = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s %s >>\nstream\n" % (len(body), flate, extra) + body + b"\nendstream"


def _page_objects(content: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def text_content(lines: list[str]) -> bytes:
    """A page content stream that shows ``lines`` in Helvetica, top to bottom."""
    ops = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + safe.encode("latin-1", "replace") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


def small_pdf() -> bytes:
    """A harmless one-page PDF resume: the control case."""
    return pdf_file(_page_objects(text_content(RESUME_TEXT.splitlines())))


def huge_xref_stream_pdf(declared: int = 2_000_000_000, stored: int = 0) -> bytes:
    """A one-page PDF whose cross-reference stream declares ``declared`` objects but holds ``stored`` rows.

    The catalog has no page tree, so a reader that looks for pages among all objects visits every declared
    entry: with the default, two billion of them from a file of under 2 KB. ``stored`` rows of zeros
    (7 bytes each, compressed about 1000:1) make the stream itself large when inflated.
    """
    objects = _page_objects(text_content(RESUME_TEXT.splitlines()))
    objects[0] = b"<< /Type /Catalog >>"
    plain = pdf_file(objects)
    offsets = [plain.index(b"%d 0 obj" % n) for n in range(1, len(objects) + 1)]
    rows = [b"\x00" + b"\x00\x00\x00\x00" + b"\xff\xff"]
    rows += [b"\x01" + offset.to_bytes(4, "big") + b"\x00\x00" for offset in offsets]
    rows.append(b"\x01" + plain.index(b"xref\n").to_bytes(4, "big") + b"\x00\x00")  # the stream itself
    table = b"".join(rows) + b"\x00" * 7 * max(0, stored - len(rows))
    extra = b"/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % declared
    return pdf_file(objects, xref_stream=_stream(table, extra))


def deep_nesting_pdf(depth: int = 200_000) -> bytes:
    """A PDF whose page dictionary nests arrays ``depth`` deep (recursion in a naive parser)."""
    objects = _page_objects(text_content(["Jordan Avery"]))
    objects[2] = objects[2][:-2] + b" /Junk " + b"[" * depth + b"]" * depth + b" >>"
    return pdf_file(objects)


def flate_bomb_pdf(inflated: int = 200_000_000) -> bytes:
    """A PDF whose page content stream inflates to ``inflated`` bytes of spaces (about 200 KB on disk)."""
    objects = _page_objects(b"")
    compressor = zlib.compressobj(9)
    chunk = b" " * 1_000_000
    body = b"".join(compressor.compress(chunk) for _ in range(inflated // len(chunk))) + compressor.flush()
    objects[3] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    return pdf_file(objects)


def many_pages_pdf(pages: int = 5_000) -> bytes:
    """A PDF with ``pages`` pages sharing one content stream: far past the page limit."""
    content = _stream(text_content(["Jordan Avery", "Biomedical Equipment Technician"]))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
    page += b"/Resources << /Font << /F1 4 0 R >> >> >>"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        content,
        font,
        *([page] * pages),
    ]
    return pdf_file(objects)


# --- DOCX ------------------------------------------------------------------------------------------

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)
W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_file(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx around ``document_xml`` (the word/document.xml part)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def paragraphs_xml(lines: list[str], doctype: bytes = b"") -> bytes:
    body = b"".join(
        b"<w:p><w:r><w:t>" + line.replace("&", "&amp;").replace("<", "&lt;").encode() + b"</w:t></w:r></w:p>"
        for line in lines
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + doctype + b'<w:document xmlns:w="'
        + W_NS + b'"><w:body>' + body + b"</w:body></w:document>"
    )  # fmt: skip


def small_docx() -> bytes:
    """A harmless .docx resume: the control case."""
    return docx_file(paragraphs_xml(RESUME_TEXT.splitlines()))


def billion_laughs_docx(levels: int = 10) -> bytes:
    """A .docx whose document.xml defines entities that expand to 10**levels copies of "lol"."""
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10) for n in range(1, levels)
    )
    doctype = b"<!DOCTYPE w:document [" + entities + b"]>"
    xml = paragraphs_xml(["Jordan Avery"], doctype)
    return docx_file(xml.replace(b"Jordan Avery", b"&lol%d;" % (levels - 1)))


def external_entity_docx() -> bytes:
    """A .docx whose document.xml asks to include /etc/passwd through an external entity (XXE)."""
    doctype = b'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file:///etc/passwd">]>'
    xml = paragraphs_xml(["Jordan Avery"], doctype)
    return docx_file(xml.replace(b"Jordan Avery", b"&leak;"))


def zip_bomb_docx(inflated: int = 400_000_000) -> bytes:
    """A .docx whose styles part inflates to ``inflated`` bytes (about 400 KB on disk)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("word/document.xml", paragraphs_xml(["Jordan Avery"]))
        with archive.open("word/styles.xml", "w", force_zip64=True) as part:
            chunk = b" " * 1_000_000
            for _ in range(inflated // len(chunk)):
                part.write(chunk)
    return out.getvalue()


def lying_zip_docx(inflated: int = 300_000_000) -> bytes:
    """A zip bomb whose directory claims a tiny uncompressed size: only a streaming cap catches it."""
    data = bytearray(zip_bomb_docx(inflated))
    real = inflated.to_bytes(8, "little")
    fake = (1000).to_bytes(8, "little")
    return bytes(data.replace(real, fake))


def deep_docx(depth: int = 100_000) -> bytes:
    """A .docx whose body nests ``depth`` unknown elements (recursion in a walker of the XML tree)."""
    nested = b"<w:sdt>" * depth + b"<w:p><w:r><w:t>Jordan Avery</w:t></w:r></w:p>" + b"</w:sdt>" * depth
    return docx_file(
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' + W_NS + b'"><w:body>' + nested
        + b"</w:body></w:document>"
    )  # fmt: skip


# --- HTML and text ---------------------------------------------------------------------------------


def deep_html(depth: int = 500_000) -> bytes:
    """A posting whose text sits inside ``depth`` nested divs."""
    return b"<html><body>" + b"<div>" * depth + b"Biomedical Equipment Technician" + b"</div>" * depth


def mismatched_html(depth: int = 300_000) -> bytes:
    """Open tags that are never closed, then as many closing tags for an element that was never opened."""
    return b"<html><body>" + b"<span>" * depth + b"CBET required" + b"</b>" * depth


def big_html(megabytes: int = 50) -> bytes:
    """A saved page of ``megabytes`` MB (mostly script), far past the file size limit."""
    script = b"<script>" + b"var x = 1;" * (megabytes * 100_000) + b"</script>"
    return b"<html><head>" + script + b"</head><body><p>Biomedical Equipment Technician</p></body></html>"


def nul_text() -> bytes:
    """A text resume with stray NUL bytes inside words (a few, as a bad export leaves them)."""
    return RESUME_TEXT.replace("Avery", "Av\x00ery").replace("CBET", "CB\x00ET").encode()


def escape_text() -> bytes:
    """A text resume carrying terminal escape sequences: colours, a window title, a cursor move."""
    return (
        "Jordan \x1b[31mAvery\x1b[0m\n\x1b]0;owned\x07jordan.avery@example.com | 555-0142\n"
        "EXPERIENCE\n\x1b[2J\x1b[HBiomedical Equipment Technician II\n\x9b31mCBET (AAMI)\n"
    ).encode()


def formula_posting() -> bytes:
    """A posting whose title and terms start with spreadsheet formula characters."""
    return (
        b'=HYPERLINK("http://example.com/x","Biomedical Equipment Technician")\n'
        b"Required: @SUM(1+1) CBET certification.\n+cmd|' /C calc'!A0\n-2+3 infusion pumps\n"
    )
