"""The evaluation set in examples/: matching quality is the product, so these thresholds are hard."""

from __future__ import annotations

import pytest

from tests.evaluation import evaluate_pair, example_dirs, summarise

SHOWCASE = ("lab-mls-core", "bmet-hospital", "imaging-service")


@pytest.fixture(scope="module")
def results(checker):
    return [evaluate_pair(folder, checker) for folder in example_dirs()]


def test_the_evaluation_set_is_large_enough(results):
    assert len(results) >= 12
    assert sum(r.checked for r in results) >= 200


def test_no_term_present_on_the_resume_is_reported_missing(results):
    false_missing = [f"{r.name}: {item}" for r in results for item in r.false_missing]
    assert false_missing == []


def test_recall_of_truly_missing_terms_is_at_least_95_percent(results):
    figures = summarise(results)
    undetected = [
        f"{r.name}: {item}" for r in results for item in r.not_detected if "expected missing" in item
    ]
    assert figures["missing_recall"] >= 0.95, undetected


def test_no_trap_matches(results):
    assert [f"{r.name}: {t}" for r in results for t in r.traps_sprung] == []


def test_statuses_agree_with_the_hand_labels(results):
    figures = summarise(results)
    wrong = [f"{r.name}: {w}" for r in results for w in r.wrong_status + r.not_detected]
    assert figures["status_agreement"] >= 0.9, wrong


def test_showcase_pairs_have_their_title_and_section_order(results):
    by_name = {r.name: r for r in results}
    for name in SHOWCASE:
        assert by_name[name].title_ok, name
        assert by_name[name].sections_ok, name
