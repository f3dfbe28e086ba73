"""Where on the resume a layout finding points: lines by region, and a Location for a line."""

from __future__ import annotations

from collections.abc import Iterable

from resumefit.models import Document, Line, Location, Region
from resumefit.rules.base import RuleContext, section_at

FURNITURE = (Region.HEADER, Region.FOOTER)


def lines_in(doc: Document, regions: Iterable[Region]) -> list[Line]:
    """The document's lines that sit in any of ``regions``."""
    wanted = set(regions)
    return [line for line in doc.lines if line.region in wanted]


def line_location(ctx: RuleContext, line: Line) -> Location:
    """A finding's location at ``line``, with the heading of the section that holds it."""
    section = section_at(ctx.sections, line.index)
    return Location(page=line.page, line=line.index, section=section.heading if section else None)


def quote(text: str, limit: int = 60) -> str:
    """``text`` in quotes, shortened with an ellipsis past ``limit`` characters."""
    short = text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
    return f'"{short}"'


def join_names(names: Iterable[str], limit: int = 5) -> str:
    """Names joined with commas, the rest counted: "A, B, C and 2 more"."""
    unique = list(dict.fromkeys(names))
    shown = ", ".join(unique[:limit])
    return shown if len(unique) <= limit else f"{shown} and {len(unique) - limit} more"
