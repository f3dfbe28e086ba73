"""The evaluation set in examples/: matching quality is the product, so these thresholds are hard."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from resumefit.models import Category, Importance, Requirement, Status, TermResult
from tests.evaluation import (
    PairResult,
    evaluate_pair,
    example_dirs,
    find_term,
    format_table,
    main,
    round_problems,
    summarise,
    wording_key,
)

SHOWCASE = ("lab-mls-core", "bmet-hospital", "imaging-service")
# Held-out rounds measured but not yet fixed against: their figures are reported in examples/README.md and
# they join the hard thresholds once the open-vocabulary reading they exposed is in place.
MEASURED_ONLY = tuple(f"heldout{n}-" for n in range(4, 58))
# The rounds the suite checks pair by pair: the newest eight (those still being fixed against) and every fifth
# older one, for the older rounds' kinds of input. Every round is checked so, with the same assertions, by
# `python -m tests.evaluation --strict` in CI (.ci/run): each round costs the suite two seconds, and the whole
# suite is to stay under two minutes on two cores.
SUITE_ROUNDS = tuple(p for n, p in enumerate(MEASURED_ONLY, start=4) if n >= 50 or n % 5 == 0)


@pytest.fixture(scope="module")
def results(checker):
    folders = [f for f in example_dirs() if not f.name.startswith(MEASURED_ONLY)]
    return [evaluate_pair(folder, checker) for folder in folders]


@pytest.mark.parametrize("prefix", SUITE_ROUNDS)
def test_measured_rounds_are_evaluated_without_error(prefix, checker):
    results = [evaluate_pair(folder, checker) for folder in example_dirs(prefix)]
    assert round_problems(results) == []


def test_the_suites_rounds_are_the_newest_and_a_spread_of_the_older():
    newest = sorted(int(p[len("heldout") : -1]) for p in MEASURED_ONLY)[-8:]
    assert {f"heldout{n}-" for n in newest} <= set(SUITE_ROUNDS)
    assert len(SUITE_ROUNDS) < len(MEASURED_ONLY) and "heldout5-" in SUITE_ROUNDS
    # every held-out round on disk from round 4 on is a measured one, so CI's strict run (and this sample)
    # sees it; rounds 1 to 3 are tuned against and held to the thresholds below
    numbers = {int(m.group(1)) for f in example_dirs("heldout") if (m := re.match(r"heldout(\d+)-", f.name))}
    assert {f"heldout{n}-" for n in numbers if n >= 4} <= set(MEASURED_ONLY)


def test_the_strict_evaluation_fails_on_a_pursued_credential_reported_as_held(monkeypatch, capsys):
    import tests.evaluation as evaluation

    def credited(folder, checker):  # noqa: ANN001, ANN202
        result = PairResult(folder.name)
        result.checked, result.credited_pursued = 140, ["MLS(ASCP) (resume: 'MLS(ASCP) - exam scheduled')"]
        return result

    monkeypatch.setattr(evaluation, "evaluate_pair", credited)
    assert main(["--strict", "heldout5-"]) == 1
    assert "MLS(ASCP)" in capsys.readouterr().err


def test_the_evaluation_set_is_large_enough(results):
    assert len(results) >= 12
    assert sum(r.checked for r in results) >= 200


def test_no_term_present_on_the_resume_is_reported_missing(results):
    """On the curated labels of the tuned pairs. The terms added later by judging what reports listed
    (pooled: true) are counted in the evaluation's figures; their false missing are stated in
    examples/README.md rather than held to zero here."""
    false_missing = [
        f"{r.name}: {item}" for r in results for item in r.false_missing if item not in r.pooled_false_missing
    ]
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


# --- the measurement itself ----------------------------------------------------------------------


def _term(concept_id: str, wording: str, status: Status, alternatives: tuple[str, ...] = ()) -> TermResult:
    requirement = Requirement(
        concept_id, wording, Category.SKILL, Importance.REQUIRED, wording, alternatives=alternatives
    )
    return TermResult(requirement, status)


def _report(*terms: TermResult) -> SimpleNamespace:
    return SimpleNamespace(terms=terms)


def test_wording_key_ignores_case_plural_and_punctuation():
    assert wording_key("Infusion Pumps") == wording_key("infusion pump")
    assert wording_key("MLS (ASCP)") == wording_key("MLS(ASCP)")
    assert wording_key("Bowie-Dick tests") == wording_key("bowie dick test")
    assert wording_key("NxStage") != wording_key("NxStage System One")


def test_a_label_the_vocabulary_does_not_know_is_found_by_the_postings_wording(checker):
    report = _report(_term("open:nxstage", "NxStage System", Status.LITERAL))
    assert find_term({"posting": "NxStage systems"}, report, checker) is report.terms[0]


def test_a_label_inside_a_longer_unknown_wording_is_found(checker):
    report = _report(_term("open:cd4", "CD4 enumeration by flow", Status.MISSING))
    assert find_term({"posting": "CD4 enumeration"}, report, checker) is report.terms[0]


def test_a_known_label_is_still_found_by_its_concept(checker):
    report = _report(_term("infusion-pump", "IV pumps", Status.SYNONYM))
    assert find_term({"posting": "infusion pumps"}, report, checker) is report.terms[0]


def test_summary_gives_the_five_figures_of_a_round():
    pair = PairResult(
        "x",
        checked=10,
        missing_expected=4,
        missing_found=3,
        present_expected=6,
        present_found=5,
        synonym_expected=2,
        synonym_found=1,
        reported_missing=5,
        reported_missing_true=3,
        false_missing=["a"],
    )
    figures = summarise([pair])
    assert figures["missing_recall"] == 0.75
    assert figures["present_recall"] == 5 / 6
    assert figures["synonym_recall"] == 0.5
    assert figures["missing_precision"] == 0.6
    assert figures["false_missing"] == 1


def test_table_has_a_row_per_round_and_the_targets():
    table = format_table([("heldout9-", summarise([PairResult("x", checked=1)]))])
    assert "| `heldout9-*` | 1 | 1 |" in table
    assert table.splitlines()[-1].startswith("| target |")


def test_script_refuses_a_prefix_with_no_pairs(capsys):
    assert main(["no-such-round-"]) == 2
    assert "no labelled pairs named no-such-round-*" in capsys.readouterr().err


def test_the_session_checkers_reports_are_shared_through_one_folder(tmp_path, monkeypatch, checker):
    import tests.evaluation as evaluation
    from resumefit.reporters.json import render_json

    monkeypatch.setenv(evaluation.REPORTS_ENV, str(tmp_path))
    monkeypatch.setattr(evaluation, "_REPORTS", {})
    folder = example_dirs("heldout39-")[0]
    first = evaluation.example_report(folder, checker)
    assert (tmp_path / f"{folder.name}.pickle").is_file()
    # another worker (a process without the report) reads it instead of checking the pair again
    monkeypatch.setattr(evaluation, "_REPORTS", {})
    monkeypatch.setattr(type(checker), "check_documents", lambda *args: pytest.fail("checked again"))
    assert render_json(evaluation.example_report(folder, checker)) == render_json(first)
