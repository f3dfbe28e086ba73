"""assess(resume_facts, posting_facts) -> Report: the cheap half of a check, pure and without spaCy.

It runs the same steps as ``Checker.check_documents`` after matching (terms judged by
``openmatch.assess_posting_terms``, every rule, the score, fix-first) over facts that ``extract`` stored,
with a ``FrozenLexicon`` answering the few questions term judging asks of the spaCy matcher. A test checks
that ``assess(extract(resume), extract(posting))`` equals ``check`` on every example.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from resumefit.facts import Facts, FactsError, Role, vocabulary_version
from resumefit.matching import TermMatcher, mentions_holding
from resumefit.models import Mention, Report, Track
from resumefit.openmatch import assess_posting_terms, unchecked_apart
from resumefit.pipeline import _mark_unknown_on_resume, build_report
from resumefit.sections import candidates_own
from resumefit.vocab import Vocabulary, load_vocabulary


@cache
def default_vocabulary() -> tuple[Vocabulary, str]:
    """The shipped vocabulary and its version, loaded once per process."""
    vocabulary = load_vocabulary()
    return vocabulary, vocabulary_version(vocabulary)


def assess(
    resume: Facts,
    posting: Facts | None = None,
    *,
    vocabulary: Vocabulary | None = None,
    track: Track | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> Report:
    """The Report of a resume against a posting (or on its own), from their extracted facts."""
    vocab = vocabulary if vocabulary is not None else _checked_default(resume, posting)
    _expect_role(resume, Role.RESUME)
    document, sections = resume.document, resume.sections
    own = candidates_own(document, sections)  # a referee's 'PhD, FMLSCN' is not the candidate's
    mentions = tuple(m for m in resume.mentions if not m.in_progress)
    read, terms = None, ()
    if posting is not None:
        _expect_role(posting, Role.POSTING)
        read = _mark_unknown_on_resume(posting.as_posting(), own)
        lexicon = FrozenLexicon(vocab, resume, posting)
        terms = assess_posting_terms(
            read,
            posting.mentions,
            resume.mentions,
            own,
            lexicon,
            read.track,  # type: ignore[arg-type]
        )
        read, terms = unchecked_apart(read, terms)
    return build_report(document, sections, read, terms, mentions, vocab, track, select, ignore)


def _checked_default(resume: Facts, posting: Facts | None) -> Vocabulary:
    """The shipped vocabulary, when the facts were extracted with it."""
    vocabulary, version = default_vocabulary()
    for facts in (resume, posting):
        if facts is not None and facts.version != version:
            raise FactsError(
                f"{facts.document.path}: facts were extracted with another vocabulary or resumefit version "
                "(or a --vocab overlay); extract them again, or pass the vocabulary they were extracted with"
            )
    return vocabulary


def _expect_role(facts: Facts, role: Role) -> None:
    if facts.role is not role:
        raise FactsError(f"{facts.document.path}: facts of a {facts.role.value}, expected a {role.value}")


class FrozenLexicon:
    """What judging terms asks of a TermMatcher, answered from two documents' facts without spaCy.

    Keys come from the tables extract() stored for every written form; the near-miss probe ("is this
    resume phrase itself a vocabulary term?") is answered from the resume's own mentions: a phrase names
    a term when one of the resume's mentions lies inside it or holds it, on a line where it is written.
    """

    posting_keys = TermMatcher.posting_keys  # the matcher's own rule, over the stored form keys
    plain_extras = TermMatcher.plain_extras  # the plain words' keys, from the stored keys

    def __init__(self, vocabulary: Vocabulary, resume: Facts, posting: Facts) -> None:
        self.vocabulary = vocabulary
        self._keys = {**resume.key_map(), **posting.key_map()}
        self._form_keys = posting.form_key_map()
        self._resume = resume
        self._plain_extras: tuple[frozenset[str], frozenset[str]] | None = None

    def key(self, text: str) -> tuple[str, ...]:
        """The stored matching key of a form written in either document."""
        try:
            return self._keys[text]
        except KeyError:
            raise FactsError(f"no stored key for {text!r}: the facts are incomplete; extract again") from None

    def form_keys(self, concept_id: str) -> frozenset[tuple[str, ...]]:
        """The keys of every form of a concept the posting requires."""
        return self._form_keys.get(concept_id, frozenset())


def mentions_within(resume: Facts, phrase: str) -> tuple[Mention, ...]:
    """The resume's mentions inside an occurrence of ``phrase`` on their own line, or holding all of it."""
    return mentions_holding(resume.mentions, resume.document.lines, phrase)


__all__ = ["FrozenLexicon", "assess", "default_vocabulary", "mentions_within"]
