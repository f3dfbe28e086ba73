"""Batch and rank HTML: results in words, scores by fit, required terms missing across postings."""

from __future__ import annotations

from resumefit.batch import BatchRow
from resumefit.reporters.batch import missing_across, render_batch_html


def test_missing_across_counts_readable_postings_once_per_term():
    rows = [
        BatchRow("r.pdf", "a.txt", score=80, missing_required=("CBET", "NFPA 99")),
        BatchRow("r.pdf", "b.txt", score=55, missing_required=("CBET", "CBET")),
        BatchRow("r.pdf", "c.txt", error="c.txt: cannot read"),
    ]
    assert missing_across(rows) == [("CBET", 2), ("NFPA 99", 1)]
    page = render_batch_html(rows, ranked=True)
    assert "CBET: missing in 2 of 2 postings" in page
    assert "r.pdf</h1>" in page


def test_batch_results_are_badges_in_words_and_scores_carry_their_fit():
    rows = [BatchRow("a.pdf", "p.txt", score=85), BatchRow("b.pdf", "p.txt", score=52, failed=True)]
    page = render_batch_html(rows)
    assert '<span class="badge result-pass">pass</span>' in page
    assert '<span class="badge result-fail">fail</span>' in page
    assert 'class="fit-strong"' in page and 'class="fit-weak"' in page


def test_the_batch_page_lists_the_best_score_first_and_unreadable_files_last():
    rows = [
        BatchRow("a.pdf", "p.txt", score=52),
        BatchRow("b.pdf", "p.txt", error="b.pdf: cannot read"),
        BatchRow("c.pdf", "p.txt", score=91),
    ]
    page = render_batch_html(rows)
    assert page.index("c.pdf") < page.index("a.pdf") < page.index("b.pdf")
