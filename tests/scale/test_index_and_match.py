"""index and match on a few hundred generated documents, locally: cache reuse, ranking, gate, blocks."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest

from tests.scale.conftest import require_extra

require_extra("pyarrow", "scipy")

from resumefit.documents import load_document  # noqa: E402
from resumefit.facts import Role  # noqa: E402
from resumefit.reporters.json import render_json  # noqa: E402
from resumefit.scale.run import (  # noqa: E402
    Engine,
    ensure_facts,
    full_reports,
    index,
    match,
    open_cache,
    short_list,
)
from tests.scale.corpus import write_corpus  # noqa: E402

POSTINGS, RESUMES = 100, 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, scale_vocabulary):
    return write_corpus(tmp_path_factory.mktemp("corpus"), scale_vocabulary, POSTINGS, RESUMES)


@pytest.fixture(scope="module")
def folder(corpus) -> Path:
    return corpus.postings[0].path.parent.parent


@pytest.fixture(scope="module")
def first_index(folder):
    """The first index of the corpus into a fresh cache, run once for the module."""
    cache, _ = open_cache(folder / "cache")
    return index([folder / "postings", folder / "resumes"], cache, "auto")


@pytest.fixture(scope="module")
def matched(first_index, folder, scale_vocabulary):
    cache, _ = open_cache(folder / "cache")
    return match([folder / "resumes"], [folder / "postings"], cache, scale_vocabulary, 5)


def test_index_extracts_every_document_and_reads_each_role_from_its_text(first_index):
    assert (first_index.extracted, first_index.cached, first_index.errors) == (POSTINGS + RESUMES, 0, ())
    wrong = [s.path for s in first_index.sources if ("posting-" in s.path) != (s.role is Role.POSTING)]
    assert wrong == []


def test_index_again_reads_everything_from_the_cache(first_index, folder):
    cache, _ = open_cache(folder / "cache")
    again = index([folder], cache, "auto")
    assert (again.extracted, again.cached) == (0, POSTINGS + RESUMES)


def test_index_extracts_only_new_and_changed_documents(first_index, folder, tmp_path):
    copy = tmp_path / "resumes"
    shutil.copytree(folder / "resumes", copy)
    (copy / "resume-0000.txt").write_text("Jordan Diaz\njordan@example.com\nSKILLS\nFlow cytometry\n")
    (copy / "new.txt").write_text("Riley Kim\nriley@example.com\nSKILLS\nInfusion pumps\n")
    cache, _ = open_cache(folder / "cache")
    done = index([copy], cache, "resume")
    assert (done.extracted, done.cached) == (2, RESUMES - 1)


def test_documents_with_equal_content_are_extracted_once(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Casey Ellis\ncasey@example.com\nSKILLS\nCentrifuge maintenance\n")
    cache, _ = open_cache(None)
    done = index([tmp_path], cache, "resume")
    assert (done.extracted, len(done.sources)) == (1, 2)


def test_each_resume_ranks_the_posting_it_was_written_for_first(matched, corpus):
    firsts = [int(row[0]) for row in matched.top.postings_for_resume]
    assert firsts == [resume.written_for for resume in corpus.resumes]


def test_lab_resumes_meet_only_lab_postings_and_equipment_only_equipment(matched, corpus):
    for r, row in enumerate(matched.top.postings_for_resume):
        assert {corpus.postings[p].track for p in row if p >= 0} == {corpus.resumes[r].track}
    assert matched.top.pairs == (RESUMES // 2) * (POSTINGS // 2) * 2


def test_a_posting_short_lists_only_resumes_holding_its_required_credential(matched, corpus):
    for p, row in enumerate(matched.top.resumes_for_posting):
        holders = {corpus.resumes[r].credentials for r in row if r >= 0}
        assert holders <= {corpus.postings[p].credentials}


def test_a_resume_without_the_required_credential_is_gated_out(corpus, folder, scale_vocabulary, tmp_path):
    posting, resume = corpus.postings[0], corpus.resumes[0]
    text = resume.path.read_text()
    lacking = "\n".join(line for line in text.splitlines() if "2019" not in line)
    (tmp_path / "with.txt").write_text(text)
    (tmp_path / "without.txt").write_text(lacking)
    cache, _ = open_cache(folder / "cache")
    gated = match([tmp_path], [posting.path], cache, scale_vocabulary, 5)
    assert [gated.resumes[int(r)].path for r in gated.top.resumes_for_posting[0] if r >= 0] == [
        str(tmp_path / "with.txt")
    ]
    open_gate = match([tmp_path], [posting.path], cache, scale_vocabulary, 5, gate=False)
    assert sum(int(r) >= 0 for r in open_gate.top.resumes_for_posting[0]) == 2


def test_short_list_reports_are_the_check_reports(matched, folder, checker):
    cache, _ = open_cache(folder / "cache")
    pairs = sorted(short_list(matched.top))[:: len(short_list(matched.top)) // 6 + 1]
    chosen = dataclasses.replace(matched, top=_only(matched.top, pairs))
    reports = full_reports(chosen, cache, checker.vocabulary)
    assert set(reports) == set(pairs)
    for (r, p), report in reports.items():
        expected = checker.check_documents(
            load_document(matched.resumes[r].path), load_document(matched.postings[p].path)
        )
        assert render_json(report) == render_json(expected)


def _only(top, pairs):
    """A TopK that lists only ``pairs``, each as its resume's single partner."""
    by_resume = np.full_like(top.postings_for_resume, -1)
    none = np.full_like(top.resumes_for_posting, -1)
    for r, p in pairs:
        by_resume[r, 0] = p
    return dataclasses.replace(top, postings_for_resume=by_resume, resumes_for_posting=none)


def test_an_unreadable_document_is_reported_and_the_rest_are_indexed(tmp_path):
    (tmp_path / "good.txt").write_text("Quinn Hayes\nquinn@example.com\nSKILLS\nInfusion pumps\n")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    cache, _ = open_cache(None)
    wanted = [(tmp_path / "good.txt", "resume"), (tmp_path / "broken.pdf", "resume")]
    done = ensure_facts(wanted, cache, Engine())
    assert [s.path for s in done.sources] == [str(tmp_path / "good.txt")]
    assert len(done.errors) == 1 and done.errors[0].startswith(str(tmp_path / "broken.pdf"))
