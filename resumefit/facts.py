"""What one document says, extracted once and stored: the input of assess() and of the all-pairs matrix.

``extract(document) -> Facts`` runs the expensive half of a check (reading, sections, the spaCy matcher,
the posting's requirements) and keeps everything the cheap half needs, so that ``assess(resume_facts,
posting_facts)`` (resumefit.assess) gives the same Report as ``check`` without spaCy. Facts are plain
frozen values with a JSON form (``facts_to_json`` / ``facts_from_json``), stamped with the version of the
vocabulary and of resumefit that produced them, so a cache can tell stale facts from good ones.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import resumefit
from resumefit.errors import ResumefitError
from resumefit.models import (
    Document,
    Mention,
    NotUnderstood,
    Posting,
    Requirement,
    Section,
    Track,
    UnknownTerm,
)
from resumefit.vocab import Vocabulary

if TYPE_CHECKING:
    from resumefit.pipeline import Checker

FACTS_FORMAT = 5  # bump when what extract() stores changes shape or meaning


class Role(str, Enum):
    """Which side of a match a document is read as: a resume and a posting are read differently."""

    RESUME = "resume"
    POSTING = "posting"


class FactsError(ResumefitError):
    """Facts that cannot be used: damaged, or extracted with another vocabulary or resumefit version."""


@dataclass(frozen=True, slots=True)
class TextKey:
    """The matching key of one written form ('Infusion Pumps' -> ('infusion', 'pump'))."""

    text: str
    key: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConceptKeys:
    """The matching keys of every surface form of one concept (what a posting's wording is compared with)."""

    concept_id: str
    keys: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class PostingFacts:
    """A posting's requirements: the Posting without its document (which Facts holds once)."""

    title: str | None
    requirements: tuple[Requirement, ...]
    unknown_terms: tuple[UnknownTerm, ...] = ()
    track: Track | None = None
    not_understood: tuple[NotUnderstood, ...] = ()


@dataclass(frozen=True, slots=True)
class Facts:
    """One document's text and layout, sections, vocabulary mentions (concept, form, position, section)
    and, for a posting, its requirements with importance; plus the matching keys assess() compares."""

    role: Role
    document: Document
    version: str  # vocabulary_version() of the vocabulary and resumefit that extracted these facts
    sections: tuple[Section, ...] = ()
    mentions: tuple[Mention, ...] = ()
    keys: tuple[TextKey, ...] = ()
    posting: PostingFacts | None = None
    form_keys: tuple[ConceptKeys, ...] = ()
    quality: float = 0.0  # resume: structure + parseability + wording points of a posting-less check

    def as_posting(self) -> Posting:
        """The Posting as read_posting gave it (a posting's facts only)."""
        if self.posting is None:
            raise FactsError(f"{self.document.path}: these facts were extracted as a resume, not a posting")
        p = self.posting
        return Posting(self.document, p.title, p.requirements, p.unknown_terms, p.track, p.not_understood)

    def key_map(self) -> dict[str, tuple[str, ...]]:
        return {item.text: item.key for item in self.keys}

    def form_key_map(self) -> dict[str, frozenset[tuple[str, ...]]]:
        return {item.concept_id: frozenset(item.keys) for item in self.form_keys}


# --- versions ----------------------------------------------------------------------------------


def vocabulary_version(vocabulary: Vocabulary) -> str:
    """A digest of the vocabulary files (and ignored ids), resumefit's version and the facts format."""
    digest = hashlib.sha256(f"{FACTS_FORMAT}\0{resumefit.__version__}\0".encode())
    for name in vocabulary.files:
        digest.update(name.encode() + b"\0" + _file_bytes(name) + b"\0")
    digest.update("\0".join(sorted(vocabulary.ignored)).encode())
    digest.update(_lexicon_text(vocabulary).encode())
    return digest.hexdigest()[:16]


def _lexicon_text(vocabulary: Vocabulary) -> str:
    """The lexicon and the heading words as text in one order: facts are stale when either changes."""
    lexicon = {
        f.name: sorted(value) if isinstance(value, frozenset) else value
        for f in dataclasses.fields(vocabulary.lexicon)
        for value in [getattr(vocabulary.lexicon, f.name)]
    }
    headings = sorted((text, str(kind)) for text, kind in vocabulary.headings.items())
    nouns = sorted((text, str(kind)) for text, kind in vocabulary.head_nouns.items())
    return json.dumps([lexicon, headings, nouns], ensure_ascii=False)


def _file_bytes(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError:
        return b""


# --- extract -----------------------------------------------------------------------------------


class Extractor:
    """A Checker (vocabulary, spaCy pipeline, matcher) and the version its facts are stamped with."""

    def __init__(self, checker: Checker | None = None) -> None:
        from resumefit.pipeline import default_checker

        self.checker = checker if checker is not None else default_checker()
        self.version = vocabulary_version(self.checker.vocabulary)

    def extract(self, document: Document | str | Path, role: Role | str = Role.RESUME) -> Facts:
        """The facts of one document (a path, or a Document already read), read as ``role``."""
        from resumefit.documents import load_document

        if not isinstance(document, Document):
            document = load_document(document)
        if Role(role) is Role.POSTING:
            return _posting_facts(document, self.checker, self.version)
        return _resume_facts(document, self.checker, self.version)


@cache
def default_extractor() -> Extractor:
    """The process-wide extractor over the default checker, built on first use."""
    return Extractor()


def extract(
    document: Document | str | Path, role: Role | str = Role.RESUME, checker: Checker | None = None
) -> Facts:
    """The facts of one document (a path, or a Document already read), read as a resume or a posting."""
    extractor = default_extractor() if checker is None else Extractor(checker)
    return extractor.extract(document, role)


def _resume_facts(document: Document, checker: Checker, version: str) -> Facts:
    from resumefit.openmatch import line_words
    from resumefit.sections import candidates_own, split_sections

    sections = split_sections(document, checker.vocabulary)
    held, pursued = checker.resume_mentions(candidates_own(document, sections), sections)
    mentions = held + pursued
    texts = [*(m.form for m in mentions), *(line.text for line in document.lines)]
    keys = _keys(checker, texts + line_words(document.lines))
    facts = Facts(Role.RESUME, document, version, sections, mentions, keys)
    return dataclasses.replace(facts, quality=_quality(facts, checker.vocabulary))


def _posting_facts(document: Document, checker: Checker, version: str) -> Facts:
    from resumefit.matching import PLAIN_WORDS
    from resumefit.openmatch import open_wordings

    posting, found = checker.read_posting(document)
    texts = [*(m.form for m in found), *(r.posting_form for r in posting.requirements)]
    texts += open_wordings(posting, found, checker.matcher)
    texts += [wording for group in checker.vocabulary.lexicon.equal_words for wording in group]
    texts += PLAIN_WORDS  # 'CLIA requirements' met by 'CLIA': the plain words' keys
    concepts = dict.fromkeys(r.concept_id for r in posting.requirements)
    form_keys = tuple(
        ConceptKeys(cid, tuple(sorted(checker.matcher.form_keys(cid))))
        for cid in concepts
        if cid in checker.vocabulary.concepts
    )
    summary = PostingFacts(
        posting.title, posting.requirements, posting.unknown_terms, posting.track, posting.not_understood
    )
    # the document as read (capital 'OR' that joins written 'or', list paragraphs marked), which the mentions
    # and requirements were read from
    read = posting.document
    return Facts(Role.POSTING, read, version, (), found, _keys(checker, texts), summary, form_keys)


def _keys(checker: Checker, texts: typing.Iterable[str]) -> tuple[TextKey, ...]:
    return tuple(TextKey(text, checker.matcher.key(text)) for text in dict.fromkeys(texts))


def _quality(facts: Facts, vocabulary: Vocabulary) -> float:
    """The resume's points outside coverage (structure, parseability, wording) with no posting."""
    from resumefit.assess import assess

    report = assess(facts, None, vocabulary=vocabulary)
    return round(sum(part.points for part in report.score.parts), 1)


# --- JSON form ---------------------------------------------------------------------------------


def facts_to_json(facts: Facts) -> str:
    """Facts as compact JSON; fields at their default are left out."""
    return json.dumps(to_data(facts), ensure_ascii=False, separators=(",", ":"))


def facts_from_json(text: str) -> Facts:
    """Facts from facts_to_json's output; FactsError when it is not that."""
    try:
        return from_data(Facts, json.loads(text))
    except (ValueError, TypeError, KeyError) as error:
        raise FactsError(f"stored facts cannot be read ({error}); index the documents again") from None


def to_data(value: Any) -> Any:
    """A frozen value as JSON-ready data: dataclasses as dicts without defaults, enums as values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_data(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not _is_default(f, getattr(value, f.name))
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    return value


def _is_default(field: dataclasses.Field, value: Any) -> bool:
    if field.default is not dataclasses.MISSING:
        return value == field.default
    if field.default_factory is not dataclasses.MISSING:
        return value == field.default_factory()
    return False


def from_data(kind: Any, data: Any) -> Any:
    """The value of type ``kind`` that to_data turned into ``data``."""
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return from_data(next(a for a in typing.get_args(kind) if a is not type(None)), data)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], item) for item in data)
        return tuple(from_data(a, item) for a, item in zip(args, data, strict=True))
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: from_data(hints[name], item) for name, item in data.items()})
    return data


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


__all__ = [
    "FACTS_FORMAT",
    "Facts",
    "FactsError",
    "Extractor",
    "PostingFacts",
    "Role",
    "extract",
    "facts_from_json",
    "facts_to_json",
    "vocabulary_version",
]
