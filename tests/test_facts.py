"""extract() + assess() give the same report as check, from facts that survive JSON, without spaCy."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from resumefit.assess import assess, mentions_within
from resumefit.documents import load_document
from resumefit.facts import Extractor, Facts, FactsError, Role, facts_from_json, facts_to_json
from resumefit.reporters.json import render_json
from tests.conftest import text_document
from tests.evaluation import example_document, example_report

ROOT = Path(__file__).resolve().parent.parent
ALL_EXAMPLES = sorted(
    (min(folder.glob("resume.*")), min(folder.glob("posting.*")))
    for folder in (ROOT / "examples").iterdir()
    if folder.is_dir() and any(folder.glob("resume.*")) and any(folder.glob("posting.*"))
)


def _sample(pairs: list[tuple[Path, Path]]) -> list[tuple[Path, Path]]:
    """Every curated pair, the first pair of every sixth held-out round (the first, seventh, ...), and a
    pair of each pairing of document formats (a DOCX resume against a PDF posting ...) not in yet: each pair
    costs half a second, and the rest of a round adds no kind of input (the evaluation checks every pair)."""
    chosen = [pair for pair in pairs if not pair[0].parent.name.startswith("heldout")]
    rounds = {re.match(r"heldout(\d*)-", pair[0].parent.name) for pair in pairs}
    rounds = {found.group(0) for found in rounds if found and int(found.group(1) or 1) % 6 == 1}
    for prefix in sorted(rounds):
        chosen.append(next(pair for pair in pairs if pair[0].parent.name.startswith(prefix)))
    for pair in pairs:
        formats = {(r.suffix, p.suffix) for r, p in chosen}
        if (pair[0].suffix, pair[1].suffix) not in formats:
            chosen.append(pair)
    return sorted(set(chosen))


EXAMPLES = _sample(ALL_EXAMPLES)


@pytest.fixture(scope="module")
def extractor(checker) -> Extractor:
    return Extractor(checker)


def stored(facts: Facts) -> Facts:
    """The facts as a cache gives them back."""
    return facts_from_json(facts_to_json(facts))


@pytest.mark.parametrize("resume,posting", EXAMPLES, ids=[r.parent.name for r, _ in EXAMPLES])
def test_assess_of_stored_facts_gives_the_check_report_on_every_example(resume, posting, checker, extractor):
    resume_doc, posting_doc = example_document(resume), example_document(posting)
    # the report a worker's evaluation may have worked out already
    expected = render_json(example_report(resume.parent, checker))
    resume_facts = stored(extractor.extract(resume_doc, Role.RESUME))
    posting_facts = stored(extractor.extract(posting_doc, Role.POSTING))
    assert render_json(assess(resume_facts, posting_facts, vocabulary=checker.vocabulary)) == expected


def test_assess_without_a_posting_gives_the_resume_only_report(checker, extractor):
    resume = load_document(EXAMPLES[0][0])
    expected = render_json(checker.check_documents(resume))
    facts = stored(extractor.extract(resume))
    assert render_json(assess(facts, vocabulary=checker.vocabulary)) == expected


def test_facts_keep_every_field_through_json(extractor):
    facts = extractor.extract(load_document(EXAMPLES[0][1]), Role.POSTING)
    assert stored(facts) == facts
    assert facts.posting is not None and facts.posting.requirements
    assert {item.concept_id for item in facts.form_keys} <= {r.concept_id for r in facts.posting.requirements}


def test_resume_facts_hold_the_points_outside_coverage(checker, extractor):
    resume = load_document(EXAMPLES[0][0])
    parts = checker.check_documents(resume).score.parts
    assert extractor.extract(resume).quality == round(sum(p.points for p in parts), 1)


def test_damaged_facts_are_one_clear_error():
    with pytest.raises(FactsError, match="index the documents again"):
        facts_from_json('{"role": "resume"}')


def test_facts_of_another_vocabulary_are_refused(extractor):
    facts = dataclasses.replace(extractor.extract(text_document("Infusion pumps")), version="0" * 16)
    with pytest.raises(FactsError, match="another vocabulary"):
        assess(facts)


def test_a_posting_given_as_the_resume_is_refused(checker, extractor):
    posting = extractor.extract(text_document("Required: infusion pumps", "posting.txt"), Role.POSTING)
    with pytest.raises(FactsError, match="expected a resume"):
        assess(posting, posting, vocabulary=checker.vocabulary)


def test_a_phrase_names_a_term_when_a_resume_mention_lies_inside_it(extractor):
    facts = extractor.extract(text_document("Performed preventive maintenance on infusion pumps"))
    assert {m.concept_id for m in mentions_within(facts, "preventive maintenance on")} == {
        "preventive-maintenance"
    }
    assert not mentions_within(facts, "Performed preventive")  # the mention runs past the phrase
    assert not mentions_within(facts, "preventive maintenence")
    # a mention that holds the whole phrase names it too: 'infusion pumps' holds 'infusion pump'
    assert {m.concept_id for m in mentions_within(facts, "infusion pump")} == {"infusion-pump"}


@pytest.mark.parametrize(
    "posting,resume",
    [
        # every way open matching writes a wording is keyed: 'custody chain', a model without its class
        ("Requirements\n- Maintain chain of custody.\n- Service Getinge HCU 40 units.\n", "Skills\n- ECMO\n"),
        # a resume phrase spelt near a posting term is no misspelling when a mention of its line holds it
        (
            "Requirements\n- Leak testers for flexible endoscopes.\n",
            "Skills\n- Leak tests on flexible endoscopes\n",
        ),
    ],
)
def test_stored_facts_give_the_check_report_for_open_wordings_and_near_spellings(
    posting, resume, checker, extractor
):
    resume_doc, posting_doc = text_document(resume, "resume.txt"), text_document(posting, "posting.txt")
    expected = render_json(checker.check_documents(resume_doc, posting_doc))
    resume_facts = stored(extractor.extract(resume_doc, Role.RESUME))
    posting_facts = stored(extractor.extract(posting_doc, Role.POSTING))
    assert render_json(assess(resume_facts, posting_facts, vocabulary=checker.vocabulary)) == expected


BLOCKED = """
import importlib.abc, json, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"spacy", "thinc", "pyarrow", "scipy", "ray"}:
            raise ImportError(f"{name} is blocked")
sys.meta_path.insert(0, Block())
from resumefit.assess import assess
from resumefit.facts import facts_from_json
from resumefit.reporters.json import render_json
resume, posting = (facts_from_json(open(p, encoding="utf-8").read()) for p in sys.argv[1:3])
sys.stdout.write(render_json(assess(resume, posting)))
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"spacy", "thinc"})
sys.stderr.write(json.dumps(loaded))
"""


def test_assess_runs_with_spacy_blocked(tmp_path, extractor):
    resume, posting = EXAMPLES[0]
    files = []
    for path, role in ((resume, Role.RESUME), (posting, Role.POSTING)):
        files.append(tmp_path / f"{role.value}.json")
        files[-1].write_text(facts_to_json(extractor.extract(path, role)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", BLOCKED, *map(str, files)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stderr) == []
    expected = assess(*(facts_from_json(f.read_text(encoding="utf-8")) for f in files))
    assert done.stdout == render_json(expected)


def test_the_facts_version_changes_with_the_lexicon_and_the_heading_words(vocabulary):
    import dataclasses

    from resumefit.facts import vocabulary_version

    lexicon = dataclasses.replace(vocabulary.lexicon, equal_words=(("oxygen", "O2"),))
    headings = dataclasses.replace(vocabulary, headings={})
    version = vocabulary_version(vocabulary)
    assert version == vocabulary_version(dataclasses.replace(vocabulary))
    assert version != vocabulary_version(dataclasses.replace(vocabulary, lexicon=lexicon))
    assert version != vocabulary_version(headings)
