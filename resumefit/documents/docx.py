"""Word .docx files: the body walked in document order, with tables, text boxes, headers and footers."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field

import docx
from docx.enum.style import WD_STYLE_TYPE

from resumefit.documents.assemble import assemble_lines, most_common_size
from resumefit.documents.detect import ZIP_ERRORS, damaged_zip_reason
from resumefit.errors import UnreadableDocument
from resumefit.models import Document, LayoutFacts, Line, Region, SourceFormat

MAX_UNCOMPRESSED = 50_000_000
MAX_RATIO = 200
MAX_MEMBERS = 5_000
DTD_SCAN_CHUNK = 1 << 20

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, R, T, TBL, TXBX = W + "p", W + "r", W + "t", W + "tbl", W + "txbxContent"
FALLBACK = MC + "Fallback"
A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
IMAGES = frozenset({A_BLIP, V_IMAGEDATA})
# mc:Fallback repeats its mc:Choice for old readers: reading both would double every text box.
SKIPPED = frozenset(
    {W + "pPr", W + "rPr", W + "delText", W + "instrText", W + "sectPr", W + "tblPr", FALLBACK}
)
BREAKS = frozenset({W + "br", W + "cr"})
TABS = frozenset({W + "tab", W + "ptab"})
PAGE_BREAK = "\f"
_APP_PAGES_RE = re.compile(rb"<(?:\w+:)?Pages>(\d+)</")


@dataclass(frozen=True, slots=True)
class StyleLook:
    """A style's name and the bold/size it gives text (after following based-on styles)."""

    name: str
    bold: bool | None = None
    size: float | None = None


@dataclass(slots=True)
class _Piece:
    text: str
    bold: bool
    size: float | None


@dataclass(slots=True)
class _Walk:
    """What walking the XML gathers: draft lines and counts."""

    styles: dict[str, StyleLook]
    default_style: StyleLook
    rendered_breaks: bool
    lines: list[Line] = field(default_factory=list)
    tables: int = 0
    images: int = 0
    text_boxes: int = 0
    page: int = 1


def read_docx(data: bytes, name: str) -> Document:
    """A Document from the bytes of a .docx file."""
    app_pages = check_zip(data, name)
    try:
        word = docx.Document(io.BytesIO(data))
        walk = _walk_document(word)
    except (UnreadableDocument, MemoryError):  # a memory error is the read budget's to report
        raise
    except Exception:  # python-docx, lxml and zipfile raise many kinds on damaged input
        raise UnreadableDocument(name, damaged_zip_reason(name)) from None
    return _document(walk, name, app_pages)


def check_zip(data: bytes, name: str) -> int | None:
    """Refuse zip bombs and broken archives before anything is decompressed; return Word's page count."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _refuse_bomb(infos, name)
            _refuse_dtds(archive, infos, name)
            return _app_pages(archive)
    except ZIP_ERRORS:
        raise UnreadableDocument(name, damaged_zip_reason(name)) from None


def _refuse_bomb(infos: list[zipfile.ZipInfo], name: str) -> None:
    total = sum(info.file_size for info in infos)
    ratios = (info.file_size / max(info.compress_size, 1) for info in infos if info.file_size > 1_000_000)
    if len(infos) > MAX_MEMBERS or total > MAX_UNCOMPRESSED or any(r > MAX_RATIO for r in ratios):
        raise UnreadableDocument(
            name,
            "expands to far more data than a resume holds (a possible zip bomb); "
            "re-save it from Word and try again",
        )


def _refuse_dtds(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> None:
    """Word never writes a DTD: one in an XML part is an entity expansion ("billion laughs") or XXE."""
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and _declares_dtd(archive, info):
            raise UnreadableDocument(
                name,
                "declares XML entities, which Word never writes (a possible entity-expansion attack); "
                "re-save it from Word and try again",
            )


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(DTD_SCAN_CHUNK):
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                return True
            tail = window[-16:]  # a marker split across two chunks is still found
    return False


def _app_pages(archive: zipfile.ZipFile) -> int | None:
    try:
        info = archive.getinfo("docProps/app.xml")
    except KeyError:
        return None
    if info.file_size > 200_000:
        return None
    match = _APP_PAGES_RE.search(archive.read(info))
    return int(match.group(1)) if match else None


def _walk_document(word: docx.document.Document) -> _Walk:
    body = word.element.body
    walk = _Walk(
        styles=style_looks(word),
        default_style=_default_style(word),
        rendered_breaks=body.find(f".//{W}lastRenderedPageBreak") is not None,
    )
    headers, footers = _story_parts(word)
    for part in headers:
        _walk_blocks(walk, part, Region.HEADER)
    _walk_blocks(walk, body, Region.BODY)
    for part in footers:
        _walk_blocks(walk, part, Region.FOOTER)
    return walk


def _document(walk: _Walk, name: str, app_pages: int | None) -> Document:
    assembled = assemble_lines(_drop_repeated_furniture(walk.lines))
    pages = max(app_pages or 0, walk.page)
    chars = Counter()
    for line in assembled.lines:
        chars[line.page] += len(line.text)
    layout = LayoutFacts(
        pages=pages,
        columns_per_page=(1,) * pages,
        tables=walk.tables,
        images=walk.images,
        text_boxes=walk.text_boxes,
        garbled=assembled.garbled,
        ligatures=assembled.ligatures,
        letter_spaced=assembled.letter_spaced,
        chars_per_page=tuple(chars.get(page, 0) for page in range(1, pages + 1)),
        body_font_size=most_common_size(assembled.lines),
    )
    return Document(path=name, source_format=SourceFormat.DOCX, lines=assembled.lines, layout=layout)


def _drop_repeated_furniture(lines: list[Line]) -> list[Line]:
    # The first-page, even-page and default headers often repeat the same text: keep it once.
    seen: set[tuple[Region, str]] = set()
    kept: list[Line] = []
    for line in lines:
        key = (line.region, line.text.strip())
        if line.region in (Region.HEADER, Region.FOOTER) and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _story_parts(word: docx.document.Document) -> tuple[list, list]:
    headers, footers = [], []
    for rel in word.part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype.endswith("/header"):
            headers.append(rel.target_part.element)
        elif rel.reltype.endswith("/footer"):
            footers.append(rel.target_part.element)
    return headers, footers


def style_looks(word: docx.document.Document) -> dict[str, StyleLook]:
    """Every paragraph and character style by id, with the bold and size it sets."""
    looks: dict[str, StyleLook] = {}
    for style in word.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER) and style.style_id:
            default_size = _default_size(word) if style.type == WD_STYLE_TYPE.PARAGRAPH else None
            looks[style.style_id] = _look(style, default_size)
    return looks


def _look(style, default_size: float | None) -> StyleLook:
    bold, size, current, depth = None, None, style, 0
    while current is not None and depth < 10:  # based-on chains can loop in damaged files
        font = current.font
        bold = font.bold if bold is None else bold
        size = (font.size.pt if font.size else None) if size is None else size
        current, depth = current.base_style, depth + 1
    return StyleLook(name=style.name or style.style_id, bold=bold, size=size or default_size)


def _default_size(word: docx.document.Document) -> float | None:
    return _half_points(word.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz"))


def _default_style(word: docx.document.Document) -> StyleLook:
    style = word.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    return _look(style, _default_size(word)) if style is not None else StyleLook(name="Normal")


def _walk_blocks(walk: _Walk, element, region: Region) -> None:
    for child in element:
        tag = child.tag
        if tag == P:
            _paragraph(walk, child, region)
        elif tag == TBL:
            walk.tables += 1
            _walk_blocks(walk, child, Region.TABLE if region == Region.BODY else region)
        elif tag == TXBX:
            _text_box(walk, child, region)
        elif tag not in SKIPPED and isinstance(tag, str):
            _walk_blocks(walk, child, region)


def _text_box(walk: _Walk, box, region: Region) -> None:
    walk.text_boxes += 1
    _walk_blocks(walk, box, region if region in (Region.HEADER, Region.FOOTER) else Region.TEXT_BOX)


def _paragraph(walk: _Walk, p, region: Region) -> None:
    look = _paragraph_style(walk, p)
    if _flag(p.find(f"{W}pPr/{W}pageBreakBefore")) and not walk.rendered_breaks and region == Region.BODY:
        walk.page += 1
    pieces: list[_Piece] = []
    boxes: list = []
    _inline(walk, p, look, pieces, boxes, region)
    _emit_lines(walk, pieces, look, region)
    for box in boxes:
        _text_box(walk, box, region)


def _paragraph_style(walk: _Walk, p) -> StyleLook:
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is None:
        return walk.default_style
    return walk.styles.get(style.get(f"{W}val", ""), walk.default_style)


def _inline(walk: _Walk, element, look: StyleLook, pieces: list[_Piece], boxes: list, region: Region) -> None:
    for child in element:
        tag = child.tag
        if tag == TXBX:
            boxes.append(child)
        elif tag == R:
            _run(walk, child, look, pieces, boxes, region)
        elif tag in IMAGES:
            walk.images += 1
        elif tag not in SKIPPED and isinstance(tag, str):
            _inline(walk, child, look, pieces, boxes, region)


def _run(walk: _Walk, r, look: StyleLook, pieces: list[_Piece], boxes: list, region: Region) -> None:
    bold, size = _run_format(walk, r, look)
    for child in r:
        tag = child.tag
        if tag == T:
            pieces.append(_Piece(child.text or "", bold, size))
        elif tag in TABS:
            pieces.append(_Piece("\t", bold, size))
        elif tag in BREAKS:
            page = child.get(f"{W}type") == "page" and not walk.rendered_breaks
            pieces.append(_Piece(PAGE_BREAK if page and region == Region.BODY else "\n", bold, size))
        elif tag == W + "lastRenderedPageBreak" and region == Region.BODY:
            pieces.append(_Piece(PAGE_BREAK, bold, size))
        elif tag == W + "noBreakHyphen":
            pieces.append(_Piece("-", bold, size))
        elif tag not in SKIPPED and isinstance(tag, str):
            _inline(walk, child, look, pieces, boxes, region)


def _run_format(walk: _Walk, r, look: StyleLook) -> tuple[bool, float | None]:
    props = r.find(f"{W}rPr")
    char_look = StyleLook(name="")
    if props is not None:
        style = props.find(f"{W}rStyle")
        if style is not None:
            char_look = walk.styles.get(style.get(f"{W}val", ""), char_look)
    bold_el = props.find(f"{W}b") if props is not None else None
    size_el = props.find(f"{W}sz") if props is not None else None
    bold = _flag(bold_el) if bold_el is not None else _first(char_look.bold, look.bold, False)
    size = _half_points(size_el) or char_look.size or look.size
    return bool(bold), size


def _emit_lines(walk: _Walk, pieces: list[_Piece], look: StyleLook, region: Region) -> None:
    current: list[_Piece] = []
    for piece in [*pieces, _Piece("\n", False, None)]:
        if piece.text in ("\n", PAGE_BREAK):
            if current:
                walk.lines.append(_line(current, look, region, walk.page))
            current = []
            walk.page += piece.text == PAGE_BREAK
        else:
            current.append(piece)


def _line(pieces: list[_Piece], look: StyleLook, region: Region, page: int) -> Line:
    text = "".join(piece.text for piece in pieces)
    weight = Counter()
    sizes: Counter[float] = Counter()
    for piece in pieces:
        visible = len(piece.text.strip())
        weight[piece.bold] += visible
        if piece.size:
            sizes[piece.size] += visible
    bold = weight[True] > 0 and weight[True] >= weight[False]
    size = sizes.most_common(1)[0][0] if sizes else None
    return Line(text=text, index=0, page=page, region=region, font_size=size, bold=bold, style=look.name)


def _flag(element) -> bool:
    if element is None:
        return False
    return element.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


def _half_points(element) -> float | None:
    if element is None:
        return None
    try:
        return int(element.get(f"{W}val", "")) / 2
    except ValueError:
        return None


def _first(*values):
    return next((value for value in values if value is not None), None)
