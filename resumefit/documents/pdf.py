"""PDF files: words grouped into lines by position, columns read one after another, page furniture marked."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pdfplumber
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from resumefit.documents.assemble import assemble_lines, most_common_size
from resumefit.documents.layout import Word, order_page_lines
from resumefit.documents.streams import refuse_compression_bombs
from resumefit.errors import UnreadableDocument
from resumefit.models import Document, LayoutFacts, Line, Region, SourceFormat

MAX_PAGES = 50
BAND = 0.07  # top and bottom share of the page height treated as header and footer
REPEAT_BAND = 0.15  # lines repeated on several pages within this share are page furniture too
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
_DIGITS_RE = re.compile(r"\d+")
ENCRYPTED_REASON = "is password-protected; save an unprotected copy and try again"


@dataclass(slots=True)
class _Page:
    """One page read: its draft lines and what was noticed on it."""

    number: int
    height: float
    lines: list[Line]
    columns: int = 1
    tables: int = 0
    images: int = 0
    chars: int = 0
    letter_spaced: list[str] = field(default_factory=list)
    fonts_without_unicode: set[str] = field(default_factory=set)


def read_pdf(data: bytes, name: str) -> Document:
    """A Document from the bytes of a PDF."""
    _quiet_pdfminer()
    refuse_compression_bombs(data, name)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            encrypted = pdf.doc.encryption is not None
            total = len(pdf.pages)
            pages = [_read_page(page, number) for number, page in enumerate(pdf.pages[:MAX_PAGES], start=1)]
    except (UnreadableDocument, MemoryError):  # a memory error is the read budget's to report
        raise
    except PdfminerException as exc:
        if exc.args and isinstance(exc.args[0], MemoryError):
            raise MemoryError from None
        raise UnreadableDocument(name, _pdfminer_reason(exc)) from None
    except Exception:  # pdfminer raises many kinds (and RecursionError) on damaged files
        raise UnreadableDocument(name, _damaged_reason()) from None
    return _document(pages, name, total, encrypted)


def _quiet_pdfminer() -> None:
    # pdfminer logs a warning for every oddity in a damaged file; with no handler configured Python prints
    # them to stderr. A NullHandler keeps them out of the terminal without changing anyone's log levels.
    logger = logging.getLogger("pdfminer")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _pdfminer_reason(exc: PdfminerException) -> str:
    cause = exc.args[0] if exc.args else None
    if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
        return ENCRYPTED_REASON
    return _damaged_reason()


def _damaged_reason() -> str:
    return "could not be read as a PDF (it looks damaged or incomplete); re-export it to PDF and try again"


def _read_page(page, number: int) -> _Page:
    raw = page.extract_words(extra_attrs=["fontname", "size"], expand_ligatures=False, keep_blank_chars=False)
    words = [_word(w) for w in raw]
    words, spaced = rejoin_spaced_letters(words)
    tables = [table.bbox for table in page.find_tables()] if page.rects or page.lines else []
    furniture, body = _split_bands(words, page.height)
    ordered, columns = order_page_lines(body)
    lines = [_line(group, number, column, tables) for group, column in ordered]
    header = _band_lines(furniture[0], number, Region.HEADER)
    footer = _band_lines(furniture[1], number, Region.FOOTER)
    return _Page(
        number=number,
        height=float(page.height),
        lines=header + lines + footer,
        columns=columns,
        tables=len(tables),
        images=len(page.images),
        chars=sum(len(w.text) for w in words),
        letter_spaced=spaced,
        fonts_without_unicode=fonts_without_unicode(page),
    )


def _band_lines(words: list[Word], page: int, region: Region) -> list[Line]:
    ordered, _ = order_page_lines(words)
    return [replace(_line(group, page, 0, []), region=region) for group, _ in ordered]


def _word(raw: dict) -> Word:
    return Word(
        text=raw["text"],
        x0=float(raw["x0"]),
        x1=float(raw["x1"]),
        top=float(raw["top"]),
        bottom=float(raw["bottom"]),
        size=round(float(raw["size"]) * 2) / 2,
        bold=bool(_BOLD_RE.search(raw.get("fontname") or "")),
    )


def _split_bands(words: list[Word], height: float) -> tuple[tuple[list[Word], list[Word]], list[Word]]:
    top, bottom, body = [], [], []
    for word in words:
        if word.bottom <= height * BAND:
            top.append(word)
        elif word.top >= height * (1 - BAND):
            bottom.append(word)
        else:
            body.append(word)
    return (top, bottom), body


def _line(words: Sequence[Word], page: int, column: int, tables: list[tuple]) -> Line:
    chars = Counter()
    sizes: Counter[float] = Counter()
    for word in words:
        chars[word.bold] += len(word.text)
        sizes[word.size] += len(word.text)
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    in_table = any(_inside((x0 + x1) / 2, (top + bottom) / 2, box) for box in tables)
    return Line(
        text=" ".join(w.text for w in words),
        index=0,
        page=page,
        region=Region.TABLE if in_table else Region.BODY,
        font_size=sizes.most_common(1)[0][0],
        bold=chars[True] >= chars[False],
        column=column,
        top=round(top, 1),
    )


def _inside(x: float, y: float, box: tuple) -> bool:
    x0, top, x1, bottom = box
    return x0 <= x <= x1 and top <= y <= bottom


def rejoin_spaced_letters(words: list[Word]) -> tuple[list[Word], list[str]]:
    """Merge runs of single letters on a line ("E X P E R I E N C E") into words; return the joined words."""
    out: list[Word] = []
    joined: list[str] = []
    run: list[Word] = []
    for word in words:
        if _continues_run(run, word):
            run.append(word)
            continue
        _flush_run(run, out, joined)
        run = [word] if _single_letter(word) else []
        if not run:
            out.append(word)
    _flush_run(run, out, joined)
    return out, joined


def _flush_run(run: list[Word], out: list[Word], joined: list[str]) -> None:
    if len(run) < 3:
        out.extend(run)
        return
    merged = _merge_run(run)
    joined.extend(word.text for word in merged if len(word.text) > 1)
    out.extend(merged)


def _single_letter(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isalpha()


def _continues_run(run: list[Word], word: Word) -> bool:
    if not run or not _single_letter(word):
        return False
    last = run[-1]
    same_line = abs(word.top - last.top) < 1.0
    return same_line and 0 <= word.x0 - last.x1 < 2.5 * word.size


def _merge_run(run: list[Word]) -> list[Word]:
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False)]
    usual = sorted(gaps)[len(gaps) // 2]
    groups: list[list[Word]] = [[run[0]]]
    for gap, word in zip(gaps, run[1:], strict=True):
        if gap > max(usual * 1.6, usual + 2.0):
            groups.append([word])
        else:
            groups[-1].append(word)
    return [_merge(group) if len(group) >= 2 else group[0] for group in groups]


def _merge(group: list[Word]) -> Word:
    return replace(group[0], text="".join(w.text for w in group), x1=group[-1].x1)


def fonts_without_unicode(page) -> set[str]:
    """Composite and Type 3 fonts on ``page`` with no ToUnicode map (their text often extracts as junk)."""
    names: set[str] = set()
    try:
        fonts = resolve1(page.page_obj.resources.get("Font")) or {}
        for ref in fonts.values():
            font = resolve1(ref)
            subtype = getattr(resolve1(font.get("Subtype")), "name", "")
            if subtype in ("Type0", "Type3") and "ToUnicode" not in font:
                base = getattr(resolve1(font.get("BaseFont")), "name", "") or "unnamed"
                names.add(_SUBSET_RE.sub("", base))
    except Exception:  # a damaged font dictionary only means we cannot tell
        return names
    return names


def _document(pages: list[_Page], name: str, total: int, encrypted: bool) -> Document:
    drafts = _mark_repeated_furniture(pages)
    spaced = [word for page in pages for word in page.letter_spaced]
    assembled = assemble_lines(drafts, spaced)
    layout = LayoutFacts(
        pages=total,
        columns_per_page=tuple(page.columns for page in pages),
        tables=sum(page.tables for page in pages),
        images=sum(page.images for page in pages),
        garbled=assembled.garbled,
        ligatures=assembled.ligatures,
        letter_spaced=assembled.letter_spaced,
        chars_per_page=tuple(page.chars for page in pages),
        encrypted=encrypted,
        fonts_without_unicode=tuple(sorted({f for page in pages for f in page.fonts_without_unicode})),
        body_font_size=most_common_size(assembled.lines),
    )
    return Document(path=name, source_format=SourceFormat.PDF, lines=assembled.lines, layout=layout)


def _mark_repeated_furniture(pages: list[_Page]) -> list[Line]:
    if len(pages) < 2:
        return [line for page in pages for line in page.lines]
    seen_on = Counter()
    for page in pages:
        seen_on.update({_DIGITS_RE.sub("#", line.text) for line in page.lines})
    return [line for page in pages for line in _furniture(page, seen_on)]


def _furniture(page: _Page, seen_on: Counter) -> list[Line]:
    marked = []
    for line in page.lines:
        repeated = seen_on[_DIGITS_RE.sub("#", line.text)] >= 2 and line.region == Region.BODY
        if repeated and line.top is not None and line.top <= page.height * REPEAT_BAND:
            line = replace(line, region=Region.HEADER)
        elif repeated and line.top is not None and line.top >= page.height * (1 - REPEAT_BAND):
            line = replace(line, region=Region.FOOTER)
        marked.append(line)
    return marked
