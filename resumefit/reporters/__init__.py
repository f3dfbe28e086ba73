"""Renderers: one per output format, each a pure function from a Report to a string."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from resumefit.models import Report


class Format(str, Enum):
    """The output formats ``--format`` accepts."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    CONCISE = "concise"
    GITHUB = "github"
    HTML = "html"


Renderer = Callable[[Report, bool, int], str]

# Each renderer module is imported only when its format is asked for: rich costs start-up time that the
# json, concise and github formats (scripts, CI) should not pay.


def _terminal(report: Report, color: bool, width: int) -> str:
    from resumefit.reporters.terminal import render_terminal

    return render_terminal(report, color=color, width=width)


def _json(report: Report, color: bool, width: int) -> str:
    from resumefit.reporters.json import render_json

    return render_json(report)


def _markdown(report: Report, color: bool, width: int) -> str:
    from resumefit.reporters.markdown import render_markdown

    return render_markdown(report)


def _concise(report: Report, color: bool, width: int) -> str:
    from resumefit.reporters.concise import render_concise

    return render_concise(report)


def _github(report: Report, color: bool, width: int) -> str:
    from resumefit.reporters.github import render_github

    return render_github(report)


def _html(report: Report, color: bool, width: int) -> str:
    from resumefit.reporters.html import render_html

    return render_html(report)


RENDERERS: dict[Format, Renderer] = {
    Format.TERMINAL: _terminal,
    Format.JSON: _json,
    Format.MARKDOWN: _markdown,
    Format.CONCISE: _concise,
    Format.GITHUB: _github,
    Format.HTML: _html,
}


def render(report: Report, fmt: Format, *, color: bool = False, width: int = 100) -> str:
    """Render ``report`` in format ``fmt``; ``color`` and ``width`` matter to the terminal format only."""
    return RENDERERS[Format(fmt)](report, color, width)
