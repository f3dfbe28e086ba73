"""The HTML report: self-contained, highlighted, and safe against markup in any document text."""

from __future__ import annotations

from html.parser import HTMLParser

from resumefit.models import Report
from resumefit.reporters.html import render_html

from .sample import build_hostile_report

ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "header",
    "section",
    "h1",
    "h2",
    "h3",
    "p",
    "span",
    "strong",
    "em",
    "code",
    "table",
    "tr",
    "th",
    "td",
    "ol",
    "ul",
    "li",
    "mark",
    "div",
    "br",
}
ALLOWED_ATTRIBUTES = {"lang", "charset", "name", "content", "class", "title", "style", "value", "id"}


class TagCollector(HTMLParser):
    """Records every tag and attribute a browser would see."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}
        self.styles += [value or "" for name, value in attrs if name == "style"]


def collect(text: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(text)
    return collector


def test_sample_uses_only_inert_tags_and_no_external_assets(report: Report) -> None:
    page = collect(render_html(report))
    assert page.tags <= ALLOWED_TAGS
    assert page.attributes <= ALLOWED_ATTRIBUTES
    assert all(style.startswith("width: ") and style.endswith("%") for style in page.styles)


def test_hostile_document_text_injects_no_markup() -> None:
    text = render_html(build_hostile_report())
    page = collect(text)
    assert page.tags <= ALLOWED_TAGS
    assert page.attributes <= ALLOWED_ATTRIBUTES
    assert "<script" not in text.lower()
    assert "<img" not in text.lower()
    assert "&lt;script&gt;" in text


def test_page_has_score_fix_first_coverage_terms_resume_and_findings(report: Report) -> None:
    text = render_html(report)
    for anchor in (
        '<span class="total">72</span>',
        'id="fix-first"',
        'id="coverage"',
        'id="terms"',
        'id="resume"',
        'id="findings"',
        'id="sections"',
    ):
        assert anchor in text


def test_resume_terms_are_highlighted_with_their_status(report: Report) -> None:
    text = render_html(report)
    assert '<mark class="status-synonym" title="patient-monitor">patient monitors</mark>' in text
    assert '<mark class="status-related" title="tms">TMS</mark>' in text
    assert '<mark class="unasked" title="fluke-esa620">Fluke ESA620</mark>' in text


def test_resume_text_is_escaped_around_highlights(report: Report) -> None:
    assert "Lakeview &lt;Clinic&gt; &amp; &quot;Partners&quot;" in render_html(report)


def test_coverage_bars_show_the_share_covered(report: Report) -> None:
    text = render_html(report)
    assert (
        '<td>standard</td><td><div class="bar" title="50%"><span style="width: 50%"></span></div></td>'
        in text
    )
