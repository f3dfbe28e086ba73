"""HTML files (saved job postings): visible text by block, page furniture such as nav and footer dropped."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from resumefit.documents.assemble import assemble_lines
from resumefit.models import Document, LayoutFacts, Line, SourceFormat

# fmt: off
SKIPPED = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "head", "template", "svg",
    "iframe", "button", "select",
})
BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead",
    "tbody", "blockquote", "pre", "address", "figure", "figcaption", "hr", "br", "body", "html",
    "h1", "h2", "h3", "h4", "h5", "h6",
})
# fmt: on
FURNITURE_ROLES = frozenset({"dialog", "alertdialog", "navigation", "banner", "contentinfo", "complementary"})
# Page furniture that sites build from plain divs: cookie banners, breadcrumbs, share bars, "similar jobs".
FURNITURE_NAMES = re.compile(
    r"cookie|consent|gdpr|breadcrumb|modal|popup|share|social|similar|related|newsletter"
)
CELLS = frozenset({"td", "th"})
BOLD = frozenset({"b", "strong"})
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source"})


class _BlockCollector(HTMLParser):
    """Collects visible text as lines, one per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.tables = 0
        self.images = 0
        self._parts: list[str] = []
        self._bold_parts: list[str] = []
        self._skip_depth = 0
        self._stack: list[str] = []
        self._open_count: Counter[str] = Counter()
        self._bold_depth = 0
        self._style: str | None = None
        self._bullet = False
        self._span_closed = False  # the last thing read was the end of a span: no text or tag since

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self._void(tag)
            return
        self._stack.append(tag)
        self._open_count[tag] += 1
        if self._skip_depth or tag in SKIPPED or is_furniture(attrs):
            self._skip_depth += 1
            return
        self._open(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        # The count, not a scan of the stack: a page of stray closing tags must not take quadratic time.
        if tag in VOID or not self._open_count[tag]:
            return
        while self._stack:  # close anything left open inside this element (HTML is forgiving)
            open_tag = self._stack.pop()
            self._open_count[open_tag] -= 1
            self._close(open_tag)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self._span_closed = False
        self._parts.append(data)
        if self._bold_depth:
            self._bold_parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _void(self, tag: str) -> None:
        if self._skip_depth:
            return
        if tag == "img":
            self.images += 1
        elif tag in ("br", "hr"):
            self._flush()

    def _open(self, tag: str) -> None:
        if tag == "span" and self._span_closed and self._parts:
            # '<span>Location: Albuquerque, NM</span><span>Employment type: ...</span>': fields a page's
            # style sets apart, never one word
            self._parts.append(" | ")
        self._span_closed = False
        if tag in BLOCKS:
            self._flush()
        if tag in CELLS and self._parts:
            self._parts.append(" | ")
        if tag in BOLD:
            self._bold_depth += 1
        if tag == "table":
            self.tables += 1
        if tag == "li":
            self._bullet = True
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            self._style = f"Heading {tag[1]}"

    def _close(self, tag: str) -> None:
        if self._skip_depth:
            self._skip_depth -= 1
            return
        if tag in BOLD:
            self._bold_depth = max(0, self._bold_depth - 1)
        if tag in BLOCKS:
            self._flush()
        self._span_closed = tag == "span"

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            bold = self._style is not None or " ".join("".join(self._bold_parts).split()) == text
            prefix = "- " if self._bullet else ""
            self.lines.append(Line(text=prefix + text, index=0, bold=bold, style=self._style))
        self._parts, self._bold_parts = [], []
        self._style, self._bullet = None, False


def is_furniture(attrs: list[tuple[str, str | None]]) -> bool:
    """True for an element that is hidden, or by its role, id or class part of the page, not the text."""
    values = {name: (value or "").lower() for name, value in attrs}
    if "hidden" in values or values.get("aria-hidden") == "true" or values.get("role") in FURNITURE_ROLES:
        return True
    return bool(FURNITURE_NAMES.search(f"{values.get('id', '')} {values.get('class', '')}"))


def read_html(text: str, name: str, encoding: str) -> Document:
    """A Document from decoded HTML: one line per block of visible text."""
    collector = _BlockCollector()
    collector.feed(text)
    collector.close()
    assembled = assemble_lines(collector.lines)
    layout = LayoutFacts(
        tables=collector.tables,
        images=collector.images,
        chars_per_page=(sum(len(line.text) for line in assembled.lines),),
        ligatures=assembled.ligatures,
        letter_spaced=assembled.letter_spaced,
        garbled=assembled.garbled,
        encoding=encoding,
        columns_per_page=(1,),
    )
    return Document(path=name, source_format=SourceFormat.HTML, lines=assembled.lines, layout=layout)
