"""The vocabulary's ``related`` links: a concept that shows experience of another without being one (an
instrument and the method it runs, a training and the standard it teaches) meets a posting asking for the
other as related, never as the thing itself, and never the other way round."""

from __future__ import annotations

import pytest

from resumefit.errors import VocabularyError
from resumefit.vocab import load_vocabulary
from tests.conftest import each_case
from tests.test_vocab import make_dir, status_check

_AN_INSTRUMENT_OR_TRAINING_SHOWS_ITS_METHOD_OR_STANDARD_CASES = [
    # the instrument named, the method asked for: related (the round-12 veterinary resume ran PCR on it)
    (
        "Ran respiratory panels on the Cepheid GeneXpert",
        "Experience with real-time PCR",
        "real-time-pcr",
        "related",
    ),
    # through the instrument's class: a thermal cycler for real-time PCR is a real-time PCR instrument
    ("Ran SARS-CoV-2 assays on the Bio-Rad CFX96", "Real-time PCR", "real-time-pcr", "related"),
    # a method broader than the one the instrument lists is shown too ('PCR' asked, a GeneXpert named)
    ("Ran respiratory panels on the Cepheid GeneXpert", "PCR experience", "pcr", "related"),
    (
        "Acquired samples on the BD FACSCanto II flow cytometer",
        "Flow cytometry experience",
        "flow-cytometry",
        "related",
    ),
    ("Safety: 70E arc-flash training (2025)", "Working knowledge of NFPA 70E", "nfpa-70e", "related"),
    # the method named on the resume still meets the method as written
    ("Real-time PCR on the GeneXpert", "Experience with real-time PCR", "real-time-pcr", "literal"),
    # not the other way round: a method does not show the instrument
    ("Performed real-time PCR assays", "Cepheid GeneXpert experience", "cepheid-genexpert", "missing"),
    # nor a sibling method the instrument does not run
    ("Acquired samples on the BD FACSCanto II flow cytometer", "Real-time PCR", "real-time-pcr", "missing"),
]


def test_an_instrument_or_training_shows_its_method_or_standard(checker):
    each_case(_AN_INSTRUMENT_OR_TRAINING_SHOWS_ITS_METHOD_OR_STANDARD_CASES, status_check(checker))


def test_related_links_name_known_concepts_and_not_the_concept_itself(tmp_path):
    entry = (
        "version: 1\nconcepts:\n"
        "  - {id: widget-analyzer, name: Widget analyzer, category: instrument, track: lab, source: x,\n"
        "     related: [%s]}\n"
    )
    with pytest.raises(VocabularyError, match="'related' names unknown concept 'widget-assay'"):
        load_vocabulary(vocab_dir=make_dir(tmp_path, entry % "widget-assay"))
    with pytest.raises(VocabularyError, match="'related' names the concept itself"):
        load_vocabulary(vocab_dir=make_dir(tmp_path, entry % "widget-analyzer"))
