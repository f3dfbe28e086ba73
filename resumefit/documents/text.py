"""Plain text and Markdown files: one Line per non-blank line, Markdown headings kept with a style."""

from __future__ import annotations

import re

from resumefit.documents.assemble import assemble_lines
from resumefit.models import Document, LayoutFacts, Line, SourceFormat

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")
_LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_RULE_RE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MARKDOWN_HINT_RE = re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE)


def looks_like_markdown(text: str, name: str) -> bool:
    """Markdown by extension, or by having at least two ATX headings."""
    if name.lower().endswith((".md", ".markdown")):
        return True
    return len(_MARKDOWN_HINT_RE.findall(text)) >= 2


def read_text(text: str, name: str, encoding: str) -> Document:
    """A plain text or Markdown Document from decoded text."""
    markdown = looks_like_markdown(text, name)
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    drafts = _markdown_lines(raw) if markdown else [Line(text=row, index=0) for row in raw]
    assembled = assemble_lines(drafts)
    layout = LayoutFacts(
        chars_per_page=(sum(len(line.text) for line in assembled.lines),),
        ligatures=assembled.ligatures,
        letter_spaced=assembled.letter_spaced,
        garbled=assembled.garbled,
        encoding=encoding,
        columns_per_page=(1,),
    )
    fmt = SourceFormat.MARKDOWN if markdown else SourceFormat.TEXT
    return Document(path=name, source_format=fmt, lines=assembled.lines, layout=layout)


def _markdown_lines(raw: list[str]) -> list[Line]:
    drafts: list[Line] = []
    for row in raw:
        setext = _SETEXT_RE.match(row)
        if setext and drafts and drafts[-1].style is None and drafts[-1].text.strip():
            level = 1 if setext.group(1).startswith("=") else 2
            drafts[-1] = Line(text=drafts[-1].text, index=0, style=f"Heading {level}", bold=True)
        elif not _RULE_RE.match(row):
            drafts.append(_markdown_line(row))
    return drafts


def _markdown_line(row: str) -> Line:
    heading = _HEADING_RE.match(row)
    if heading:
        level = len(heading.group(1))
        return Line(text=_inline(heading.group(2)), index=0, style=f"Heading {level}", bold=True)
    stripped = row.strip()
    bold = bool(stripped) and _EMPHASIS_RE.fullmatch(stripped) is not None
    return Line(text=_inline(row), index=0, bold=bold)


def _inline(text: str) -> str:
    text = _LINK_RE.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    return _EMPHASIS_RE.sub(r"\2", text)
