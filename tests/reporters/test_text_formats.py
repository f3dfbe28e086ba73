"""Terminal, Markdown, concise and GitHub renderers: wording, layout, escaping."""

from __future__ import annotations

import re

from resumefit.models import Finding, Location, Report, Severity
from resumefit.reporters.concise import render_concise
from resumefit.reporters.github import escape_data, escape_property, render_github
from resumefit.reporters.markdown import escape, render_markdown
from resumefit.reporters.terminal import render_terminal

from .sample import HOSTILE, build_hostile_report

CONCISE_LINE = re.compile(
    r"^(?P<path>[^:]+):(?:(?P<line>\d+):(?P<col>\d+):)? (?P<severity>ERROR|WARNING|INFO) (?P<code>[A-Z]\d{3})"
    r" (?P<message>.+)$"
)


def test_terminal_starts_with_score_and_what_to_fix_first(report: Report) -> None:
    text = render_terminal(report)
    assert text.index("Match score 72/100") < text.index("What to fix first") < text.index("Posting terms")
    assert "Add NFPA 99 to your Experience" in text


def test_terminal_tells_to_mirror_the_posting_wording(report: Report) -> None:
    text = " ".join(render_terminal(report, width=200).split())
    assert "use the posting's wording: physiological monitors (you wrote patient monitors)" in text


def test_terminal_groups_missing_before_synonym_before_related_before_present(report: Report) -> None:
    text = render_terminal(report)
    headings = ["Missing (2)", "Present under another name (2)", "Related term only (1)", "Present (6)"]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)


def test_terminal_fits_80_columns_without_colour(report: Report) -> None:
    text = render_terminal(report, width=80)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "\x1b[" not in text


def test_terminal_colour_adds_ansi_styles(report: Report) -> None:
    assert "\x1b[" in render_terminal(report, color=True)


def test_terminal_shows_document_text_that_looks_like_rich_markup_as_is(report: Report) -> None:
    finding = Finding("W999", Severity.INFO, "Heading [bold]SKILLS[/bold] is odd.", "")
    text = render_terminal(replace_findings(report, (finding,)))
    assert "[bold]SKILLS[/bold]" in text


def replace_findings(report: Report, findings: tuple[Finding, ...]) -> Report:
    from dataclasses import replace

    return replace(report, findings=findings)


def test_markdown_escapes_pipes_in_table_cells(report: Report) -> None:
    from dataclasses import replace

    part = replace(report.score.parts[0], detail="CBET | CRES")
    text = render_markdown(replace(report, score=replace(report.score, parts=(part,))))
    assert "| CBET \\| CRES |" in text


def test_markdown_lets_no_html_through() -> None:
    text = render_markdown(build_hostile_report())
    assert "<script" not in text
    assert "<img" not in text
    assert escape("a|b <i>") == "a\\|b &lt;i&gt;"


def test_concise_has_one_flake8_style_line_per_finding(report: Report) -> None:
    lines = render_concise(report).splitlines()
    assert len(lines) == len(report.findings)
    for line in lines:
        assert CONCISE_LINE.match(line), line
    assert (
        "resumes/jordan-reyes-bmet.docx:2:1: WARNING L103 Email and phone are in the page header" in lines[3]
    )


def test_concise_never_writes_zero_positions_and_sorts_by_position(report: Report) -> None:
    text = render_concise(report)
    assert ":0:" not in text
    lines = text.splitlines()
    placed = [line for line in lines if CONCISE_LINE.match(line).group("line")]
    unplaced = lines[: len(lines) - len(placed)]
    assert all(CONCISE_LINE.match(line).group("line") is None for line in unplaced)
    positions = [tuple(int(n) for n in CONCISE_LINE.match(line).group("line", "col")) for line in placed]
    assert positions == sorted(positions)
    assert unplaced[0].startswith("resumes/jordan-reyes-bmet.docx: ")


def test_concise_gives_the_column_of_a_term_when_known(report: Report) -> None:
    finding = Finding("K003", Severity.WARNING, "m", "", Location(1, 4, column=10))
    assert render_concise(replace_findings(report, (finding,))) == (
        "resumes/jordan-reyes-bmet.docx:5:11: WARNING K003 m\n"
    )


def test_concise_does_not_add_lines_for_missing_terms_beyond_the_findings(report: Report) -> None:
    k_lines = [line for line in render_concise(report).splitlines() if " K101 " in line]
    assert len(k_lines) == sum(1 for f in report.findings if f.code == "K101")


def test_concise_keeps_each_finding_on_one_line(report: Report) -> None:
    finding = Finding("W999", Severity.INFO, "two\nlines", "", Location(1, 0))
    assert (
        render_concise(replace_findings(report, (finding,)))
        == "resumes/jordan-reyes-bmet.docx:1:1: INFO W999 two lines\n"
    )


def test_github_annotations_map_severities(report: Report) -> None:
    lines = render_github(report).splitlines()[1:]
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 2 + ["::warning"] * 3 + ["::notice"] * 2
    assert lines[2].startswith(
        "::warning file=resumes/jordan-reyes-bmet.docx,line=2,title=L103 contact-in-header"
    )


def test_github_escaping_follows_the_runner_rules() -> None:
    assert escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b"
    assert escape_property("C:\\cv, final.docx") == "C%3A\\cv%2C final.docx"


def test_github_annotation_cannot_be_broken_by_hostile_text(report: Report) -> None:
    finding = Finding("W999", Severity.WARNING, "a\n::error::injected 100%", "hint", Location(1, 4))
    text = render_github(replace_findings(report, (finding,))).split("\n", 1)[1]
    assert text.count("\n") == 1
    assert text == (
        "::warning file=resumes/jordan-reyes-bmet.docx,line=5,title=W999 (page 1)"
        "::a%0A::error::injected 100%25%0Ahint\n"
    )


def test_github_escapes_properties_taken_from_the_path(report: Report) -> None:
    from dataclasses import replace

    hostile = replace(report, resume=replace(report.resume, path="cv,line=1::x.docx"))
    first = render_github(hostile).splitlines()[1]
    assert first.startswith("::error file=cv%2Cline=1%3A%3Ax.docx,title=")


def test_hostile_text_in_plain_formats_is_kept_verbatim() -> None:
    assert HOSTILE in render_terminal(build_hostile_report(), width=400)
