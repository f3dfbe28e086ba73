"""Finding vocabulary terms in a document, and judging how a resume answers each posting requirement."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from resumefit.advice import is_inflection, mirror_wording, offers_choice
from resumefit.guards import Place, Verdict, check_guard, combine
from resumefit.models import (
    PRODUCT_CATEGORIES,
    Category,
    Concept,
    Document,
    Line,
    Mention,
    Region,
    Requirement,
    Section,
    SectionKind,
    Status,
    SurfaceForm,
    TermResult,
    Track,
)
from resumefit.openterms import BODY_NAME_ENDS, FUNCTION_WORDS, ends_sentence
from resumefit.postingnoise import (
    EMAIL_ADDRESS,
    HONORIFIC,
    opens_a_care_organisation,
    word_classes,
)
from resumefit.sections import section_at
from resumefit.variants import anchor_words, credential_regexes, form_variants, word_counts
from resumefit.vocab import ANCHOR_WORDS, Vocabulary

if TYPE_CHECKING:  # spaCy is imported when a matcher is built: judging terms (assess) runs without it
    from spacy.tokens import Doc

    from resumefit.nlp import Pipeline

AT_RISK_REGIONS = frozenset({Region.HEADER, Region.FOOTER, Region.TEXT_BOX})
_PARTS = re.compile(r"::|[-/]|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")  # BSL-2 == BSL2, solid-phase == solid phase
_ARTICLES = frozenset({"the", "a", "an"})  # "The Joint Commission" == "Joint Commission"
_LETTER_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
# ARRT's chained notation: 'R.T.(R)(CT)(MR)(ARRT)' holds R.T.(R)(ARRT), R.T.(CT)(ARRT) and R.T.(MR)(ARRT)
_ARRT_DISCIPLINE = r"\(\s*(?:[A-Z]{1,3}|R\.R\.A\.?)\s*\)"
_ARRT_CHAIN = re.compile(rf"\bR\.?\s?T\.?\s*(?P<chain>(?:{_ARRT_DISCIPLINE}\s*){{2,}})(?:\(\s*ARRT\s*\))?")
_ARRT_ONE = re.compile(rf"{_ARRT_DISCIPLINE}")
_NEGATED = re.compile(r"\bnon[-\u2010\u2011]\s*$|\bnon\s+$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"\d[\d.-]*")
# a standards body and two or more of its numbers: 'USP <797>/<800>', 'USP 61/62', 'ISO 13485 and 14971'
_BODY_LIST = re.compile(
    r"\b(?P<body>USP|ISO|IEC|AAMI|CLSI|NFPA|ANSI|ASTM)\s?(?P<first><?\d{2,5}>?)"
    r"(?:\s*(?:/|,|&|\band\b|\bor\b)\s*<?\d{2,5}>?(?![\w-]))+"
)
_LISTED_NUMBER = re.compile(r"<?\d{2,5}>?")
# a product name and two or more of its model numbers: 'cobas 6800/8800', 'ProSim 2/3/4', 'DxC 600/800'
_MODEL_CODE = r"[A-Za-z]{0,3}-?\d{1,5}[A-Za-z+]{0,3}"
_MODEL_LIST = re.compile(
    rf"(?P<lead>\b[A-Za-z][\w.+-]*(?:[ \t]+[A-Za-z][\w.+-]*){{0,2}})[ \t]+(?P<first>{_MODEL_CODE})"
    rf"(?:[ \t]*/[ \t]*{_MODEL_CODE})+(?![\w/])"
)
_MODEL_NUMBER = re.compile(_MODEL_CODE)
_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s*$")
# a resume's job header line: 'Title | Employer | 2019-2023', 'Employer, Town, ST - Title (2018-Present)'
_JOB_LINE_LENGTH = 140
_JOB_DATES = re.compile(r"\b(?:19|20)\d\d\b|\b(?:present|current)\b", re.IGNORECASE)
_FIELD_SEPARATOR = re.compile(r"\s*[|•]\s*|\s+[-–—]\s+")
_JOB_TITLE = re.compile(
    r"\b(?:engineer|technician|technologist|specialist|scientist|manager|analyst|representative|coordinator|"
    r"director|lead|supervisor|assistant|intern|associate|consultant|administrator|officer|apprentice|tech|"
    r"biomed|BMET|FSE|developer|trainer|educator|operator)s?\b",
    re.IGNORECASE,
)
_COMPANY_TAIL = re.compile(
    r"(?:,?\s+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|plc|AB|Co|Company|USA|UK|America|North America|"
    r"Medical|Medical Systems|Healthcare|Technologies|Solutions|Systems|Group|International|"
    r"Communications)\.?)+$"
)
PLACE_GUARD = "place"  # applied to every form written as a state code (vocab/lexicon.yaml)
_SUFFIXES = (("ification", "ify"), ("ation", ""), ("ate", ""), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_GENERIC = frozenset(
    "system unit equipment device machine accredit accredited certified certification license licensed "
    "licensure program series family line platform analyzer analyser instrument".split()
)
_NEAR_MISS = 88  # rapidfuzz ratio: 'preventative maintenence' 91, 'predictive maintenance' 86
_NO_FUZZ = frozenset({Category.CREDENTIAL, Category.LICENSE, Category.STANDARD})
_PURSUABLE = frozenset({Category.CREDENTIAL, Category.LICENSE})
_STATUS_RANK = {
    Status.LITERAL: 4,
    Status.SYNONYM: 3,
    Status.RELATED: 2,
    Status.IN_PROGRESS: 1,
    Status.MISSING: 0,
}


@dataclass(frozen=True, slots=True)
class _Form:
    concept_id: str
    form: SurfaceForm


@dataclass(frozen=True, slots=True)
class _Hit:
    form: _Form
    start: int  # character offsets in the joined text
    end: int
    written: str | None = None  # the wording put together from the text, when the span alone is not it


_WORD = re.compile(r"[a-z0-9]+")
_KEY_MEMO = 100_000


_ANCHOR_INDEX = "anchor_index"  # Vocabulary.derived: the pipeline, the forms and the forms by their anchors


def _shared_start(first: str, second: str) -> str:
    """The start two words share (os.path.commonprefix for two, without its sorting: built ~20,000 times)."""
    size = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        size += 1
    return first[:size]


def _anchors(words: Iterable[str], lemma: Callable[[str], str]) -> tuple[str, ...]:
    """For each way of writing a form (given by its anchor word), a piece of text any match must contain:
    the start the word shares with its lemma ('pooling' matches 'pool'), less two letters for endings that
    change (analyzer/analyzers, analysis/analyses, criterion/criteria)."""
    anchors = []
    for word in words:
        # the lemma as the tokenizer gives it, from the word as written: 'VMs' folds to 'vm'
        low, lemmatised = word.lower(), lemma(word)
        stem = low if lemmatised == low else (_shared_start(low, lemmatised) or low)
        anchors.append(stem[: max(3, len(stem) - 2)] if len(stem) > 4 else stem)
    return tuple(dict.fromkeys(anchors))


class TermMatcher:
    """Every surface form of a vocabulary, compiled into two spaCy PhraseMatchers as documents need them.

    A form is compiled the first time a document could hold it (its anchor, the start of the word of it
    that the fewest forms share, begins a word of the document), so a single check compiles a few thousand
    of the ~23,000 forms and a batch compiles each form at most once.
    """

    def __init__(self, vocabulary: Vocabulary, nlp: Pipeline) -> None:
        from resumefit.spacyload import import_spacy

        import_spacy()
        from spacy.matcher import PhraseMatcher

        self.vocabulary = vocabulary
        self.nlp = nlp
        self._credentials = credential_regexes(vocabulary.lexicon.issuing_bodies)
        normaliser = getattr(nlp.tokenizer, "normaliser", None)
        # the normaliser keeps what it works out, for the next matcher and document of this pipeline too
        self._lemma = (lambda word: normaliser.token_forms(word)[1]) if normaliser is not None else str.lower
        self._written = normaliser.written if normaliser is not None else str.lower
        # the forms and their anchors, worked out once for a vocabulary and pipeline (the next matcher of a
        # batch or a test session takes them as they are: nothing changes them)
        index = vocabulary.derived.get(_ANCHOR_INDEX)
        if index is None or index[0] is not nlp:
            index = vocabulary.derived[_ANCHOR_INDEX] = (nlp, *self._anchor_index(vocabulary))
        _, self._forms, self._by_anchor, self._loose_anchors = index
        self._pending = set(range(len(self._forms)))
        self._form_keys: dict[str, frozenset[tuple[str, ...]]] = {}
        self._keys: dict[str, tuple[str, ...]] = {}  # key() of the texts seen (vocabulary and documents)
        self._plain_extras: tuple[frozenset[str], frozenset[str]] | None = None
        self._exact = PhraseMatcher(nlp.vocab, attr="LEMMA")  # case-sensitive forms
        self._folded = PhraseMatcher(nlp.vocab, attr="NORM")  # case-insensitive, lemmatised forms

    def _anchor_index(
        self, vocabulary: Vocabulary
    ) -> tuple[list[_Form], dict[str, list[int]], dict[str, list[int]]]:
        """Every form, and the forms by their anchors: those that are words (looked up by the starts of a
        document's words) and those with other characters (searched for)."""
        places = vocabulary.lexicon.state_codes if PLACE_GUARD in vocabulary.guards else frozenset()
        forms = [_Form(c.id, _placed(f, places)) for c in vocabulary.concepts.values() for f in c.forms]
        by_anchor: dict[str, list[int]] = {}
        loose_anchors: dict[str, list[int]] = {}
        stored = vocabulary.derived.get(ANCHOR_WORDS) or {}  # from the wheel's compiled vocabulary
        exact, folded = stored.get("exact", {}), stored.get("folded", {})
        counts: dict[str, int] | None = None  # worked out only for forms the compiled file does not hold
        made: dict[str, dict[str, str]] = {"exact": {}, "folded": {}}
        for index, form in enumerate(forms):
            text, case_sensitive = form.form.text, form.form.case_sensitive
            known = (exact if case_sensitive else folded).get(text)
            if not known:
                if counts is None:
                    counts = word_counts(f.form.text for f in forms)
                known = " ".join(anchor_words(form.form, self._credentials, counts))
                made["exact" if case_sensitive else "folded"][text] = known
            for anchor in _anchors(known.split(" "), self._lemma):
                kind = by_anchor if _WORD.fullmatch(anchor) else loose_anchors
                kind.setdefault(anchor, []).append(index)
        if counts is not None:  # kept for the next matcher of this vocabulary (a batch, a test session)
            vocabulary.derived[ANCHOR_WORDS] = {
                "exact": {**exact, **made["exact"]},
                "folded": {**folded, **made["folded"]},
            }
        return forms, by_anchor, loose_anchors

    def prepare_all(self) -> None:
        """Compile every form now (what prepare() does lazily)."""
        for index in sorted(self._pending):
            self._compile(index)
        self._pending.clear()

    def prepare(self, text: str) -> None:
        """Compile every form the text could hold that is not compiled yet: those with an anchor that
        begins a word of the text or its lemma (words split as the anchors were)."""
        if not self._pending:
            return
        lower = text.lower()
        words = set(_WORD.findall(lower))
        words |= {self._lemma(word) for word in words}  # 'sent' holds a form anchored at 'send'
        starts = {word[:size] for word in words for size in range(1, len(word) + 1)}
        ready = {i for start in starts for i in self._by_anchor.get(start, ())}
        ready.update(i for anchor, forms in self._loose_anchors.items() if anchor in lower for i in forms)
        ready &= self._pending
        for index in sorted(ready):
            self._compile(index)
        self._pending -= ready

    def _compile(self, index: int) -> None:
        form = self._forms[index].form
        patterns = [self.nlp.make_doc(text) for text in form_variants(form, self._credentials)]
        patterns = [p for p in patterns if len(p)]
        if patterns:
            (self._exact if form.case_sensitive else self._folded).add(str(index), patterns)

    @property
    def plain_extras(self) -> tuple[frozenset[str], frozenset[str]]:
        """The keys of _PLAIN_QUALIFIERS and _PLAIN_EXTRAS, worked out once."""
        if self._plain_extras is None:
            qualifiers, extras = (
                frozenset(k for word in words for k in self.key(word))
                for words in (_PLAIN_QUALIFIERS, _PLAIN_EXTRAS)
            )
            self._plain_extras = (qualifiers, extras)
        return self._plain_extras

    def key(self, text: str) -> tuple[str, ...]:
        """A normalised key for comparing two ways of writing: 'Infusion Pumps' == 'infusion pump'.

        Compounds are split ('solid-phase' == 'solid phase') and inflections the lookup table does not know
        are stemmed ('crossmatching', 'calibration'): the key only compares forms of one concept. Spelling
        counts ('analyser' is not 'analyzer': an ATS matching literally tells them apart), though the
        matcher finds either.
        """
        known = self._keys.get(text)
        if known is not None:
            return known
        parts = []
        marked = TRADEMARKS.sub("", text)  # 'KWIK-STIK™' is the resume's 'KWIK-STIK'
        for token in self.nlp.make_doc(self._credentials.spaced.sub(r"\1(\2)", marked)):
            # '<' and '>' of 'USP <797>' are no word of the wording ('USP 797')
            if not token.is_punct and not token.is_space and any(c.isalnum() for c in token.text):
                parts.extend(_stem(part) for part in _PARTS.split(self._written(token.text)) if part)
        if len(self._keys) >= _KEY_MEMO:  # a long batch reads many documents: keep memory bounded
            self._keys.clear()
        key = self._keys[text] = tuple(part for part in parts if part not in _ARTICLES)
        return key

    def form_keys(self, concept_id: str) -> frozenset[tuple[str, ...]]:
        """The keys of every form of a concept (memoised)."""
        if concept_id not in self._form_keys:
            concept = self.vocabulary.concepts[concept_id]
            self._form_keys[concept_id] = frozenset(self.key(f.text) for f in concept.forms)
        return self._form_keys[concept_id]

    def posting_keys(self, concept_id: str, keys: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The posting's wordings, plus each one without generic words when that is a form of the concept
        too: 'MRI systems' may be written 'MRI', 'CAP-accredited' 'CAP'; 'anesthesia systems' is not
        'anesthesia'."""
        wanted = set(keys)
        forms = self.form_keys(concept_id)
        for key in keys:
            reduced = tuple(w for w in key if w not in _GENERIC)
            if reduced and reduced != key and reduced in forms:
                wanted.add(reduced)
        return wanted

    def find(
        self, document: Document, sections: Sequence[Section] = (), nested: bool = True
    ) -> tuple[Mention, ...]:
        """Mentions of vocabulary terms in reading order; nested ones ('Sysmex' in 'Sysmex XN') when asked."""
        text, starts = join_lines(document.lines)
        self.prepare(text)
        doc = self.nlp.make_doc(text)
        hits = self._hits(doc)
        hits += self._part_hits(doc, text, hits)
        hits += self._unhyphenated_hits(text, hits)
        hits += self._chained_hits(text)
        hits += self._shared_model_hits(text, hits)
        # a posting's: the wording to advise, put together; a resume's: what it names ('cardiac-protected and
        # body-protected areas' names cardiac-protected areas), of any kind
        hits += self._shared_head_hits(text, any_kind=nested)
        hits += self._body_list_hits(text)
        hits += self._model_list_hits(text)
        lines = document.lines
        defined = _document_definitions(lines)
        verdicts = {id(h): self._verdict(h, starts, lines, defined) for h in hits}
        hits = [h for h in hits if verdicts[id(h)] is not Verdict.REJECTED]
        kept = self._model_numbers_apart(_resolve_overlaps(hits, nested, verdicts))
        kept = [
            h
            for h in kept
            if not self._employer_field(h, starts, lines)
            and not _in_institution(h, starts, lines)
            and not _in_address(h, starts, lines)
        ]
        pursued = {id(h) for h in kept if verdicts[id(h)] is Verdict.IN_PROGRESS}
        return tuple(_mention(h, text, starts, lines, sections, id(h) in pursued) for h in kept)

    def _employer_field(self, hit: _Hit, starts: list[int], lines: Sequence[Line]) -> bool:
        """'Field Service Engineer | Omnicell | 2019-2023', 'Aerogen, Galway - Test Engineer, 2018-2021': on a
        job's header line (fields split by bars or dashes, with its dates and a job title), a product whose
        name fills its part of a field (less a company suffix) is the employer that makes it, not experience
        with the product."""
        concept = self.vocabulary.concepts.get(hit.form.concept_id)
        if concept is None or concept.category not in PRODUCT_CATEGORIES:
            return False
        index = _line_of(starts, hit.start)
        line = lines[index].text
        if opens_a_care_organisation(line, hit.start - starts[index], hit.end - starts[index]):
            return True  # 'Halcyon Cancer Care', 'Olympus Ridge Surgery Center': a place of work
        if len(line) > _JOB_LINE_LENGTH or not _JOB_DATES.search(line):
            return False
        start, end = hit.start - starts[index], hit.end - starts[index]
        bounds = [0]
        for separator in _FIELD_SEPARATOR.finditer(line):
            bounds += [separator.start(), separator.end()]
        bounds.append(len(line))
        if len(bounds) < 4:
            return False  # no bars or dashes: a sentence or a list, not a header
        fields = list(zip(bounds[::2], bounds[1::2], strict=True))
        field_start, field_end = next(((a, b) for a, b in fields if a <= start and end <= b), (0, -1))
        if field_end < 0:
            return False
        # the comma-separated part of the field the name stands in ('MEDITECH' of 'Implementation Consultant,
        # MEDITECH, Westwood, MA'), less a company suffix ('Omnicell, Inc.' is one name)
        part_start = line.rfind(",", field_start, start) + 1 or field_start
        part_end = line.find(",", end, field_end)
        part_end = (
            field_end if part_end < 0 or _COMPANY_TAIL.fullmatch(line[part_end:field_end]) else part_end
        )
        named = _COMPANY_TAIL.sub("", line[part_start:part_end]).strip()
        others = f"{line[:part_start]} {line[part_end:]}"
        # and a job title elsewhere on the line ('Test Engineer'): 'Epic Beaker | 2019' is a project line
        return named.lower() == line[start:end].strip().lower() and bool(_JOB_TITLE.search(others))

    def _model_numbers_apart(self, kept: list[_Hit]) -> list[_Hit]:
        """'62353' in 'Rigel 62353': a form that is a bare number, inside a longer name that is no standard,
        is that name's model number (the Rigel analyser), not the standard numbered so (IEC 62353); inside
        'BS EN 62353' it is the standard."""
        concepts = self.vocabulary.concepts
        numbers = [h for h in kept if _BARE_NUMBER.fullmatch(h.form.form.text)]
        if not numbers:
            return kept
        named = {
            id(n)
            for n in numbers
            for k in kept
            if k.start <= n.start
            and n.end <= k.end
            and (k.start, k.end) != (n.start, n.end)
            and (c := concepts.get(k.form.concept_id)) is not None
            and c.category is not Category.STANDARD
        }
        return [h for h in kept if id(h) not in named]

    def _verdict(self, hit: _Hit, starts: list[int], lines: Sequence[Line], defined: Definitions) -> Verdict:
        """Whether a hit counts where it stands: its inline guards, then its named guards."""
        form = hit.form.form
        index = _line_of(starts, hit.start)
        line = lines[index].text
        start = hit.start - starts[index]
        end = min(hit.end - starts[index], len(line))
        acronyms = self.vocabulary.lexicon.english_acronyms
        if form.case_sensitive and form.text.lower() in acronyms and _mostly_capitals(line):
            return Verdict.REJECTED
        if not form.case_sensitive and not keeps_capitals(form.text, line[start:end], acronyms):
            return Verdict.REJECTED  # 'It supports' is no 'IT support'
        if not _passes_inline_guards(form, index, start, end, lines):
            return Verdict.REJECTED
        if _NEGATED.search(line[:start]):  # 'non-medical equipment', 'non-GMP areas': the other kind
            return Verdict.REJECTED
        if _CURRENCY_BEFORE.search(line[:start]):  # 'a $3M equipment budget': an amount, not 3M the maker
            return Verdict.REJECTED
        if self._defined_as_another(hit.form.concept_id, line, start, end, defined):
            return Verdict.REJECTED
        if self._maker_as_surname(hit.form.concept_id, line, start, end):
            return Verdict.REJECTED
        if self._named_body_word(hit.form.concept_id, line, start, end):
            return Verdict.REJECTED
        if not form.guards:
            return Verdict.COUNTS
        around = " ".join(lines[j].text for j in (index - 1, index + 1) if 0 <= j < len(lines))
        after = line[end:]
        if not after.strip():  # 'my California CLS' / 'trainee year': the words after it, wrapped
            after = f" {wrapped_into(lines, index)}"
        # the title of a posting of one trade ('Senior Biomedical Technician - Dialysis') or a resume's
        # headline speaks for a long wording on any of its lines ('reverse osmosis units, carbon tanks'),
        # never for a short or capitals form that means another thing elsewhere ('PT', 'RO')
        long_wording = not form.case_sensitive and len(form.text) >= _TOPIC_FORM_LENGTH
        topic = " ".join(x.text for x in lines[:_TITLE_LINES]) if long_wording else ""
        place = Place(line[:start], after, around, topic)
        guards = self.vocabulary.guards
        return combine([check_guard(guards[name], place) for name in form.guards if name in guards])

    def _named_body_word(self, concept_id: str, line: str, start: int, end: int) -> bool:
        """'the Radiation Protection Board': the words of a skill or a discipline in capitals before a body's
        word are the body's name, no work done."""
        concept = self.vocabulary.concepts.get(concept_id)
        if concept is None or concept.category not in _WORK_CATEGORIES:
            return False
        words = line[start:end].split()
        return all(w[:1].isupper() for w in words) and bool(_BODY_WORD_AFTER.match(line, end))

    def _maker_as_surname(self, concept_id: str, line: str, start: int, end: int) -> bool:
        """'Dr. Miriam Roche, PhD', 'Renée M. Abbott, MLS(ASCP)CM | ... | renee.abbott@example.com': a maker's
        name that is a person's surname, after a title, or after a given name on the line of a person's
        name and contact details."""
        concept = self.vocabulary.concepts.get(concept_id)
        if concept is None or concept.category is not Category.MANUFACTURER:
            return False
        if _TITLED_NAME.search(line[:start]):
            return True
        return bool(_GIVEN_NAMES.fullmatch(line[:start]) and _CONTACT_DETAIL.search(line[end:]))

    def _defined_as_another(
        self, concept_id: str, line: str, start: int, end: int, defined: Definitions
    ) -> bool:
        """'Civil Air Patrol (CAP)', 'CAP (Civil Air Patrol)': the line spells the acronym out as something
        else. Only when none of the spelled-out words is a word of the concept's own names and forms, so a
        definition the vocabulary does not list word for word ('College of American Pathologists (CAP)')
        still counts. A bare acronym the document spells out elsewhere, and only as another thing, means
        that thing there too ('CAP proficiency testing (PT)', then 'CAP PT surveys': no prothrombin time)."""
        written = line[start:end]
        letters = re.sub(r"[^A-Za-z]", "", written)
        if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
            letters = letters[:-1]  # 'ESRs (Essential Safety Requirements)': a plural spells its singular
        if not 2 <= len(letters) <= 6 or sum(c.isupper() for c in letters) < 2:
            return False
        spelled = spelled_before(line[:start], letters) or spelled_after(line[end:], letters)
        elsewhere: list[list[str]] = []
        if spelled is None and written.rstrip("s") == letters:
            # used beside a word that stood beside its spelling: 'CAP PT surveys' after 'CAP proficiency
            # testing (PT)' ('Coagulation: PT, APTT' is the other PT)
            near = {
                w.lower()
                for w in (*_SPELLING_WORD.findall(line[:start])[-2:], *_SPELLING_WORD.findall(line[end:])[:2])
            }
            elsewhere = [words for words, around in defined.get(letters, ()) if near & around]
        if spelled is None and not elsewhere:
            return False
        concept = self.vocabulary.concepts.get(concept_id)
        if concept is None:
            return False
        own = " ".join([concept.name, concept.long_form or "", *(f.text for f in concept.forms)]).lower()
        own_words = set(re.findall(r"[a-z]+", own))
        if elsewhere:  # another thing when no spelling's first word is the concept's ('proficiency testing')
            return not any(words[0].lower() in own_words for words in elsewhere)
        return not any(word.lower() in own_words for word in spelled)

    def _hits(self, doc: Doc, offset: int = 0, limit: int | None = None) -> list[_Hit]:
        """Matches in ``doc``, moved by ``offset``; ``limit`` caps each match's length."""
        strings = self.nlp.vocab.strings
        hits = []
        for matcher in (self._exact, self._folded):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                form = self._forms[int(strings[match_id])]
                stop = span.end_char if limit is None else min(span.end_char, limit)
                hits.append(_Hit(form, offset + span.start_char, offset + stop))
        return hits

    def _part_hits(self, doc: Doc, text: str, hits: list[_Hit]) -> list[_Hit]:
        """Terms inside tokens kept whole: lists ('XN-10/XN-20', 'AU480/AU680') and stacked ASCP
        credentials ('MT(ASCP)SBB' holds SBB(ASCP)). ``text`` is the doc's text (doc.text makes every
        Token again)."""
        covered = _coverage(len(text), hits)
        found: list[_Hit] = []
        # only a token holding a slash or a bracket can be either (most hold neither: no Token is made)
        marks = [m.start() for m in re.finditer(r"[/(]", text)]
        if not marks:
            return found
        starts = doc.to_array("IDX").tolist()
        for i in sorted({bisect_right(starts, at) - 1 for at in marks}):
            token = doc[i]
            stacked = self._credentials.stacked.match(token.text)
            if stacked:
                piece = f"{stacked.group('extra')}({stacked.group('org')})"
                start = token.idx + stacked.start("extra")
                found += self._hits(self.nlp.make_doc(piece), start, len(stacked.group("extra")))
            elif "/" in token.text and covered[token.idx + 1] == covered[token.idx]:
                found += self._list_hits(token.text, token.idx)
                last = token.text.rsplit("/", 1)[1]
                found += self._last_part_on(text, token.idx + len(token.text), last)
        return found

    def _last_part_on(self, text: str, end: int, last: str) -> list[_Hit]:
        """A slash list's last part goes on after it: 'NATA/ISO 15189' holds ISO 15189."""
        start = end - len(last)
        if len(last) < 2 or end >= len(text) or text[end] != " ":
            return []
        piece = text[start : end + 40]
        return [h for h in self._hits(self.nlp.make_doc(piece), start) if h.start == start and h.end > end]

    def _unhyphenated_hits(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """Terms that start or end inside a hyphenated word: 'new-method verification' holds 'method
        verification', and terms written with a hyphen inside: 'IgM antibody-capture ELISA' is the form 'IgM
        antibody capture ELISA'. The text is read again with such hyphens as spaces (offsets unchanged); a
        match inside one already found or across its edge ('STAT' in 'i-STAT') is not taken, one that holds
        it whole is."""
        spaced = _LETTER_HYPHEN.sub(" ", text)
        if spaced == text:
            return []
        found = self._hits(self.nlp.make_doc(spaced))
        covered = _coverage(len(text), hits)
        spans = sorted({(h.start, h.end) for h in hits})
        starts = [start for start, _ in spans]
        return [h for h in found if covered[h.end] == covered[h.start] or _holds_whole(h, spans, starts)]

    def _chained_hits(self, text: str) -> list[_Hit]:
        """Each discipline of an ARRT chain ('R.T.(R)(MR)(ARRT)'), read as its own credential over the whole
        chain (so 'R.T.(R)(CT)(ARRT) eligible' is pursued for each)."""
        found: list[_Hit] = []
        for chain in _ARRT_CHAIN.finditer(text):
            for code in _ARRT_ONE.finditer(chain.group("chain")):
                letters = re.sub(r"[\s()]", "", code.group())
                piece = self.nlp.make_doc(f"R.T.({letters})(ARRT)")
                found += [_Hit(h.form, chain.start(), chain.end()) for h in self._hits(piece)]
        return found

    def _shared_model_hits(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """'3500 and 3500xL Genetic Analyzers': a model code before 'and', 'or', '/' or a comma shares the
        words after the next model's code, and is read as that model when the vocabulary knows it so."""
        found: list[_Hit] = []
        for hit in hits:
            words = text[hit.start : hit.end].split()
            if len(words) < 2 or not re.search(r"\d", words[0]):
                continue
            before = _MODEL_BEFORE.search(text, max(0, hit.start - 40), hit.start)
            if before is None:
                continue
            named = f"{before.group(1)} {' '.join(words[1:])}"
            found += self._named_hits(named, before.start(1), before.end(1))
        return found

    def _shared_head_hits(self, text: str, any_kind: bool = False) -> list[_Hit]:
        """'infusion and syringe pumps', 'hematology and coagulation analyzers': in a posting, a word before
        'and' or '&' shares the head of the words after it, and is read as the vocabulary's form of the
        two when that names a device or an instrument ('infusion pumps'), placed on the word and written as
        the form, the wording to advise. Work is left as written: 'mechanical and electrical troubleshooting'
        is one skill, and 'daily and weekly maintenance' no daily maintenance asked for.

        On a resume (``any_kind``) the words are read whatever they name, when written small
        ('cardiac-protected and body-protected areas' names cardiac-protected areas; 'AEC and CBC test
        results' and a standard's title in capitals are left as written), and written as they stand: not the
        posting's wording."""
        found: list[_Hit] = []
        concepts = self.vocabulary.concepts
        for match in _SHARED_HEAD.finditer(text):
            first = match.group("first")
            if any_kind and (not match.group(0).islower() or self._a_verb_form(match.group(0).split()[2])):
                continue  # 'serviced equipment and kept records': two duties, no shared head
            for head in (match.group("head"), match.group("head").split()[0]):
                named = f"{first} {head}"
                hits = [
                    replace(
                        h,
                        written=text[match.start() : match.start("head") + len(head)] if any_kind else named,
                    )
                    for h in self._named_hits(named, match.start("first"), match.end("first"))
                    if any_kind or concepts[h.form.concept_id].category in _DEVICE_CATEGORIES
                ]
                if hits:
                    found += hits
                    break
        return found

    def _a_verb_form(self, word: str) -> bool:
        """'kept', 'verified': a verb's past or other form (its lemma a verb, the word no noun), which joins
        two duties ('serviced equipment and kept records'), never names a kind of a head."""
        lemma = self.key(word)
        classes = word_classes()
        return (
            len(lemma) == 1
            and lemma[0] != word
            and lemma[0] in classes["verb"]
            and word not in classes["noun"]
        )

    def _named_hits(self, named: str, start: int, end: int) -> list[_Hit]:
        """The forms that match the whole of a wording put together from the text ('USP 800' of 'USP
        <797>/<800>'), placed at start..end of the text."""
        return [
            _Hit(h.form, start, end)
            for h in self._hits(self.nlp.make_doc(named))
            if h.start == 0 and h.end == len(named)
        ]

    def _body_list_hits(self, text: str) -> list[_Hit]:
        """'USP <797>/<800>', 'USP 61/62', 'ISO 13485 and 14971': a standards body's numbers joined by a
        slash, a comma or 'and' are each that body's standard."""
        found: list[_Hit] = []
        for match in _BODY_LIST.finditer(text):
            body = match.group("body")
            for number in _LISTED_NUMBER.finditer(text, match.start("first"), match.end()):
                named = f"{body} {number.group(0)}"
                start = match.start() if number.start() == match.start("first") else number.start()
                found += self._named_hits(named, start, number.end())
        return found

    def _model_list_hits(self, text: str) -> list[_Hit]:
        """'cobas 6800/8800', 'DxC 600/800', 'ProSim 2/3/4': a product name's model numbers joined by a slash
        are each that model, when the vocabulary knows the name with the number."""
        found: list[_Hit] = []
        for match in _MODEL_LIST.finditer(text):
            lead = match.group("lead").split()
            for number in _MODEL_NUMBER.finditer(text, match.start("first"), match.end()):
                for size in range(len(lead), 0, -1):  # 'Roche cobas 6800' before 'cobas 6800'
                    words = lead[-size:]
                    named = f"{' '.join(words)} {number.group(0)}"
                    first = number.start() == match.start("first")
                    lead_start = text.rindex(words[0], match.start(), match.start("first"))
                    start = lead_start if first else number.start()
                    hits = self._named_hits(named, start, number.end())
                    if hits:
                        found += hits
                        break
        return found

    def _list_hits(self, text: str, offset: int) -> list[_Hit]:
        """The known parts of a slash list: 'RCA/fishbone/5 Whys' holds RCA. A two-letter part counts only
        when every part is known ('EKG/EEG'): 'CT/NG' (an assay) holds no CT."""
        hits: list[_Hit] = []
        every_part_known = True
        for part in text.split("/"):
            part_hits = self._hits(self.nlp.make_doc(part), offset) if len(part) >= 2 else []
            every_part_known &= bool(part_hits)
            hits += [h for h in part_hits if len(part) >= 3]
            offset += len(part) + 1
        if every_part_known:
            return self._every_part(text, offset - len(text) - 1)
        return hits

    def _every_part(self, text: str, offset: int) -> list[_Hit]:
        hits: list[_Hit] = []
        for part in text.split("/"):
            hits += self._hits(self.nlp.make_doc(part), offset)
            offset += len(part) + 1
        return hits


def _holds_whole(hit: _Hit, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether every match that overlaps the hit lies inside it, and none is the hit's own span (``spans``
    sorted, ``starts`` their starts). A match is a few words long, so the ones before the hit that reach into
    it are found a few steps back."""
    first = bisect_left(starts, hit.start)
    last = bisect_left(starts, hit.end)
    if any(end > hit.end or (start, end) == (hit.start, hit.end) for start, end in spans[first:last]):
        return False
    return not any(end > hit.start for _, end in spans[max(0, first - 50) : first])


def _coverage(size: int, hits: Iterable[_Hit]) -> list[int]:
    """covered[i]: how many of the first i characters lie inside a match, so whether a span touches one is
    a subtraction (a scan of every match for every span was quadratic on long documents)."""
    marks = bytearray(size)
    for hit in hits:
        marks[hit.start : hit.end] = b"\x01" * (min(hit.end, size) - hit.start)
    return list(accumulate(marks, initial=0))


TRADEMARKS = re.compile(r"[™®℠©]")  # a trade mark's sign, no part of a name


def _stem(word: str) -> str:
    for suffix, replacement in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and word[-len(suffix) - 1].isalpha():
            if suffix == "es" and not _ES_PLURAL.search(word):
                continue  # 'reticulocytes' is the plural of 'reticulocyte', keyed alike; 'boxes' of 'box'
            return word[: -len(suffix)] + replacement
    return word


_ES_PLURAL = re.compile(r"(?:[sxz]|[cs]h)es$")


# Words that only say what a thing is asked for as ('CLIA requirements', 'CAP inspections', 'H&E staining',
# 'NeoBase 2 kits') or when and how ('annual', 'valid', 'written'): a name on the resume is the posting's own
_PLAIN_EXTRAS = frozenset(
    """requirements regulations inspections standards process processes program programs messaging testing
    tests kits specimens samples tissue cells data score units stations""".split()
)
_PLAIN_QUALIFIERS = frozenset("valid current accurate annual written".split())
PLAIN_WORDS = sorted(_PLAIN_QUALIFIERS | _PLAIN_EXTRAS)  # stored facts hold their keys


def plainly_more(
    posting_key: tuple[str, ...], resume_key: tuple[str, ...], matcher: TermMatcher, written: str = ""
) -> bool:
    """Whether the posting's wording is the resume's with only plain words around it: 'CLIA requirements'
    written 'CLIA', 'annual competency assessment' written 'competency assessment'. A word after the resume's
    counts only when the resume ``written`` names a thing by capitals or digits ('CAP', 'NeoBase 2'), not an
    ordinary phrase ('point-of-care' is no name of 'point-of-care testing')."""
    size = len(resume_key)
    if not size or size >= len(posting_key):
        return False
    qualifiers, extras = matcher.plain_extras
    named = bool(re.search(r"[A-Z0-9]", written))
    for i in range(len(posting_key) - size + 1):
        if posting_key[i : i + size] == resume_key:
            before, after = posting_key[:i], posting_key[i + size :]
            return (
                all(w in qualifiers for w in before)
                and (not after or named)
                and all(w in extras for w in after)
            )
    return False


_EDITION = re.compile(r"\d[:–-]\s?((?:19|20)\d\d)\b")


def _other_edition(asked: str, written: str) -> bool:
    """'ISO 15189:2012' for 'ISO 15189:2022': the standard in another edition, not the posting's wording."""
    first, second = _EDITION.search(asked), _EDITION.search(written)
    return bool(first and second and first.group(1) != second.group(1))


def is_literal(posting_key: tuple[str, ...], resume_key: tuple[str, ...]) -> bool:
    """The posting's wording stands in the resume's: 'defibrillators' in 'monitor/defibrillators', and
    'cleanroom gowning' in 'clean room gowning' (the same letters spaced otherwise)."""
    if not posting_key:
        return True
    size, first, joined = len(posting_key), posting_key[0], "".join(posting_key)
    for i, word in enumerate(resume_key):
        if word == first and resume_key[i : i + size] == posting_key:
            return True
        if not joined.startswith(word):
            continue
        letters = word
        for following in resume_key[i + 1 :]:
            if letters == joined:
                return True
            letters += following
            if not joined.startswith(letters):
                break
        if letters == joined:
            return True
    return False


_BULLET_START = re.compile(r"^([-*•▪◦‣●○■□➢►–—]|\d+[.)])\s")
_WRAPPED_LENGTH = 60


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "&", "to"})


def _initial_words(words: list[str], letters: str) -> list[str] | None:
    """The capitalised words whose initials spell ``letters`` (small words between them skipped)."""
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(big) != len(letters) or not all(w[:1].isupper() for w in big):
        return None
    initials = "".join(w[0] for w in big)
    return big if initials.upper() == letters.upper() else None


_SPELLING_WORD = re.compile(r"[A-Za-z][\w'-]*")
Definitions = dict[str, list[tuple[list[str], set[str]]]]


# the body after a credential's kind: '(BONENT)', ' through NNCC', ' - NHA'
_BODY_AFTER = re.compile(r"\s*(?:\(\s*|,\s*|[-–]\s*|(?:through|from|by|with)\s+)(?:the\s+)?(?=[A-Z])")


def credentials_by_their_body(
    mentions: Sequence[Mention], lines: Sequence[Line], vocabulary: Vocabulary
) -> list[Mention]:
    """'Certified Hemodialysis Technician (BONENT)': a kind of credential with the body that grants it right
    after it names that body's credential of the kind, the one concept narrower than both (BONENT's CHT);
    the mention of it is added, over the kind and the body."""
    bodies = {(m.line, m.start): m for m in mentions}
    added = []
    for mention in mentions:
        concept = vocabulary.concepts.get(mention.concept_id)
        if concept is None or concept.category is not Category.CREDENTIAL:
            continue
        if not vocabulary.children.get(mention.concept_id):
            continue
        text = lines[mention.line].text
        gap = _BODY_AFTER.match(text, mention.end)
        body = bodies.get((mention.line, gap.end())) if gap else None
        if body is None or body.concept_id == mention.concept_id:
            continue
        kinds = [
            c
            for c in vocabulary.descendants(mention.concept_id)
            if body.concept_id in vocabulary.ancestors(c)
        ]
        if len(kinds) != 1:
            continue
        end = body.end + (1 if text[body.end : body.end + 1] == ")" else 0)
        added.append(replace(mention, concept_id=kinds[0], form=text[mention.start : end], end=end))
    return [*mentions, *added]


def _document_definitions(lines: Sequence[Line]) -> Definitions:
    """The acronyms a document spells out before them in brackets ('CAP proficiency testing (PT)'), each
    with every spelling it gives: its words, and the words around it."""
    found: Definitions = {}
    for line in lines:
        if "(" not in line.text:
            continue
        for bracket in re.finditer(r"\(\s*([A-Z][A-Za-z]{1,5})\s*\)", line.text):
            letters = bracket.group(1)
            words = [
                w
                for w in _SPELLING_WORD.findall(line.text[: bracket.start()])
                if w.lower() not in _SMALL_WORDS
            ]
            spelled = words[-len(letters) :]
            # the words just before the bracket, in small letters or capitals, one for each letter
            if len(spelled) == len(letters) and "".join(w[0] for w in spelled).upper() == letters.upper():
                # and the words around the spelling, which the acronym's later uses share ('CAP')
                after = _SPELLING_WORD.findall(line.text[bracket.end() :])[:3]
                around = {w.lower() for w in (*words[-len(letters) - 3 : -len(letters)], *after)}
                found.setdefault(letters, []).append((spelled, around - _SMALL_WORDS))
    return found


def spelled_before(before: str, letters: str) -> list[str] | None:
    """'Civil Air Patrol (' before 'CAP': the words that spell it out."""
    if not before.rstrip().endswith("("):  # most acronyms stand bare: no search along the line
        return None
    found = re.search(r"((?:[A-Za-z][\w'-]*|&)(?:\s+(?:[A-Za-z][\w'-]*|&))*)\s*\(\s*$", before)
    if not found:
        return None
    words = found.group(1).split()
    for size in range(len(letters), min(len(words), 2 * len(letters)) + 1):
        spelled = _initial_words(words[-size:], letters)
        if spelled:
            return spelled
    return None


def spelled_after(after: str, letters: str) -> list[str] | None:
    """'(Civil Air Patrol)' after 'CAP'."""
    if not after.lstrip().startswith("("):
        return None
    found = re.match(r"\s*\(\s*([^()]{3,80})\)", after)
    return _initial_words(found.group(1).split(), letters) if found else None


def join_lines(lines: Sequence[Line]) -> tuple[str, list[int]]:
    """One text for the tokenizer; a wrapped line ("...infusion" / "pumps and...") joins with a space."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for i, line in enumerate(lines):
        if i:
            sep = " " if continues(lines[i - 1], line) else "\n"
            parts.append(sep)
            offset += 1
        starts.append(offset)
        parts.append(line.text)
        offset += len(line.text)
    return "".join(parts), starts


def continues(previous: Line, line: Line) -> bool:
    """A wrapped line: it starts in lower case, or follows a long line that stops mid-sentence."""
    prev = previous.text.rstrip()
    text = line.text.lstrip()
    if not prev or not text or ends_sentence(prev, text) or _BULLET_START.match(text):
        return False
    # a sentence may run on over a page break ('...host the state pressure vessel' / 'inspections.')
    next_page = line.page == previous.page + 1 and text[0].islower()
    same_place = previous.region == line.region and (previous.page == line.page or next_page)
    return same_place and (text[0].islower() or len(prev) >= _WRAPPED_LENGTH)


def wrapped_into(lines: Sequence[Line], index: int) -> str:
    """The next line's text when line ``index`` wraps into it, else ''."""
    following = index + 1 < len(lines) and continues(lines[index], lines[index + 1])
    return lines[index + 1].text if following else ""


def _said_below(lines: Sequence[Line], index: int) -> str:
    """'Florida Clinical Laboratory Technologist license - Molecular Pathology:' / '  application submitted
    November 2026': a line ending in a colon, told on by the indented or lower-case line under it."""
    if not lines[index].text.rstrip().endswith(":") or index + 1 >= len(lines):
        return ""
    below = lines[index + 1].text
    told = below[:1].isspace() or below.lstrip()[:1].islower()
    return below.strip() if told and below.strip() and not _BULLET_START.match(below.lstrip()) else ""


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


# a person's title and given names before a surname: 'Dr. Miriam ', 'Prof. A. '
_TITLED_NAME = re.compile(HONORIFIC + r"(?:[A-Z][\w'’-]+\s+)?(?:[A-Z]\.\s+)?$")
# a line opening with a given name and an initial or two: 'Renée M. ', 'Jordan '
_GIVEN_NAMES = re.compile(r"\s*[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?\s+(?:[A-Z]\.?\s+){0,2}")
# and holding an e-mail address or a phone number after the name
_CONTACT_DETAIL = re.compile(EMAIL_ADDRESS + r"|\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b")


def _placed(form: SurfaceForm, state_codes: frozenset[str]) -> SurfaceForm:
    """A form written as a state code ('CT', 'MT', 'OR') must pass the guard 'place' too."""
    if form.text in state_codes and form.case_sensitive and PLACE_GUARD not in form.guards:
        return replace(form, guards=(*form.guards, PLACE_GUARD))
    return form


def _passes_inline_guards(form: SurfaceForm, index: int, start: int, end: int, lines: Sequence[Line]) -> bool:
    """The guards written on the form itself (vocabulary format 1): not_after, not_before, context."""
    line = lines[index].text
    if form.not_after and _guard_pattern(form.not_after).search(line[:start]):
        return False
    if form.not_before and _guard_pattern(form.not_before).search(line[end:]):
        return False
    if form.context:
        before = lines[index - 1].text if index > 0 else ""
        after = lines[index + 1].text if index + 1 < len(lines) else ""
        # in reading order, so a phrase wrapped across lines ('... oxygen' / 'purity checks') is one phrase;
        # the form itself is a break, so nothing joins across it
        nearby = " ".join(f"{before} {line[:start]} | {line[end:]} {after}".split())
        folded = nearby.lower()
        return any(word.lower() in folded and _word_pattern(word).search(nearby) for word in form.context)
    return True


@lru_cache(maxsize=4096)
def _guard_pattern(pattern: str) -> re.Pattern[str]:
    """A form's not_after or not_before, compiled once: a check tries hundreds of them among thousands of
    other patterns, more than re's own cache keeps."""
    return re.compile(pattern)


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """A context word as a whole word, or its plural ('Codes & accreditation' has the context word 'code')."""
    plural = "(?:s|es)?" if word[-1:].isalpha() and len(word) >= 3 else ""
    return re.compile(rf"(?<!\w){re.escape(word)}{plural}(?!\w)", re.IGNORECASE)


def _mostly_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8


_TITLE_LINES = 3  # a posting's title and employer; a resume's name and headline (under a page header)
_TOPIC_FORM_LENGTH = 6


# 'Wellcome Sanger Institute', 'Broad Institute': capitalised words ending in an institution's word
_INSTITUTION = re.compile(r"(?:[A-Z][\w'&.-]*\s+){1,5}(?:Institute|University|Hospital|College|Foundation)\b")


def _in_institution(hit: _Hit, starts: list[int], lines: Sequence[Line]) -> bool:
    """A term inside an institution's name, after another of its words ('Sanger' of 'Wellcome Sanger
    Institute'), is the institution's, not the method."""
    index = _line_of(starts, hit.start)
    line = lines[index].text
    start, end = hit.start - starts[index], hit.end - starts[index]
    for found in _INSTITUTION.finditer(line):
        if found.start() < start and end < found.end() and re.match(r"\s+[A-Z]", line[end:]):
            return True
    # 'CBC Junior School' (a school of the competency-based curriculum): initials that open a school's name
    return bool(re.fullmatch(r"[A-Z]{2,6}", line[start:end]) and _SCHOOL_AFTER.match(line, end))


_SCHOOL_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:School|Schools|College|Academy|Polytechnic)\b")


_STREET_NUMBER = re.compile(r"(?<![\w.,$])\d{1,6}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'-]*\s+){0,2}$")
_STREET_TYPE = re.compile(
    r"^(?:\s+[A-Z][\w'-]*){0,2}\s+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|"
    r"Parkway|Pkwy|Court|Place|Pl|Highway|Hwy|Circle|Cir|Terrace|Pike|Trail|Plaza)\b\.?"
)


def _in_address(hit: _Hit, starts: list[int], lines: Sequence[Line]) -> bool:
    """'1200 Stryker Avenue': a name in a street address is the street's."""
    index = _line_of(starts, hit.start)
    line = lines[index].text
    start, end = hit.start - starts[index], hit.end - starts[index]
    return bool(_STREET_NUMBER.search(line[:start]) and _STREET_TYPE.match(line[end:]))


_WORK_CATEGORIES = frozenset(
    {Category.SKILL, Category.TECHNIQUE, Category.DISCIPLINE, Category.QUALITY, Category.MODALITY}
)
_BODY_WORD_AFTER = re.compile(rf"\s+{BODY_NAME_ENDS}\b")
_DEVICE_CATEGORIES = frozenset({Category.EQUIPMENT, Category.INSTRUMENT, Category.TEST_EQUIPMENT})
# 'infusion and syringe pumps': a word, 'and' or '&', a word, and the one or two words of the head ('Hamilton
# or Draeger ventilators' is a choice, read as one)
_SHARED_HEAD = re.compile(
    r"(?<![\w/-])(?P<first>[A-Za-z][A-Za-z-]*[A-Za-z])[ ]+(?:and|&)[ ]+[A-Za-z][\w-]*"
    r"[ ]+(?P<head>[A-Za-z][\w-]*(?:[ ]+[A-Za-z][\w-]*)?)"
)


def _resolve_overlaps(
    hits: list[_Hit], nested: bool, verdicts: dict[int, Verdict] | None = None
) -> list[_Hit]:
    """Longest match wins; the same span may name two concepts; nested matches kept on request; two
    matches of one concept that overlap join into one ('ISO 13485' + '13485 quality system').

    Kept matches never overlap one another (same-span pairs aside), so those a new match touches are
    found by bisection: linear in the number of matches, not quadratic. ``verdicts`` (by id of a match)
    gains the verdict of each joined match; matches with different verdicts are not joined."""
    verdicts = {} if verdicts is None else verdicts
    hits = sorted(hits, key=lambda h: (-(h.end - h.start), h.start, h.form.concept_id))
    kept: list[_Hit] = []  # in (start, end) order
    inner: list[_Hit] = []
    for hit in hits:
        index = bisect_left(kept, (hit.end, -1), key=lambda k: (k.start, k.end))
        first = index
        while first > 0 and kept[first - 1].end > hit.start:
            first -= 1
        clash = kept[first:index]
        new_concept = all(k.form.concept_id != hit.form.concept_id for k in clash)
        same_span = all(k.start == hit.start and k.end == hit.end for k in clash)
        inside = all(k.start <= hit.start and hit.end <= k.end for k in clash)
        if not clash or (same_span and new_concept):
            insort(kept, hit, key=lambda k: (k.start, k.end))
        elif nested and inside and new_concept:
            inner.append(hit)
        elif len(clash) == 1 and new_concept and _chained(clash[0], hit):
            inner.append(hit)  # 'core lab analyzers': the core lab and its analyzers share the word 'lab'
        elif (
            not inside
            and all(k.form.concept_id == hit.form.concept_id for k in clash)
            and len({verdicts.get(id(k)) for k in [*clash, hit]}) == 1
        ):
            joined = _Hit(clash[0].form, min(hit.start, clash[0].start), max(hit.end, clash[-1].end))
            verdicts[id(joined)] = verdicts.get(id(hit))
            kept[first:index] = [joined]
    unique = {(h.start, h.end, h.form.concept_id): h for h in kept + inner}
    return sorted(unique.values(), key=lambda h: (h.start, h.end, h.form.concept_id))


def _chained(kept: _Hit, hit: _Hit) -> bool:
    """Two multi-word terms that share one word where one ends and the other begins."""
    left, right = (kept, hit) if kept.start < hit.start else (hit, kept)
    if not (left.start < right.start < left.end < right.end):
        return False
    shared = left.end - right.start
    return (
        shared < left.end - left.start
        and shared < right.end - right.start
        and (" " in left.form.form.text.strip() and " " in right.form.form.text.strip())
    )


def _mention(
    hit: _Hit,
    text: str,
    starts: list[int],
    lines: Sequence[Line],
    sections: Sequence[Section],
    in_progress: bool = False,
) -> Mention:
    index = _line_of(starts, hit.start)
    line = lines[index]
    start = hit.start - starts[index]
    end = min(hit.end - starts[index], len(line.text))
    holder = section_at(sections, line.index)
    section = holder.kind if holder is not None else None
    return Mention(
        concept_id=hit.form.concept_id,
        form=hit.written or text[hit.start : hit.end].replace("\n", " "),
        line=line.index,
        start=start,
        end=end,
        page=line.page,
        region=line.region,
        section=section,
        in_progress=in_progress,
    )


# --- judging requirements ------------------------------------------------------------------------


def assess_terms(
    requirements: Iterable[Requirement],
    posting_mentions: Sequence[Mention],
    resume_mentions: Sequence[Mention],
    resume: Document,
    matcher: TermMatcher,
    track: Track | None = None,
    posting_lines: Sequence[Line] = (),
) -> tuple[TermResult, ...]:
    """How the resume answers each requirement: literal, synonym, related, in progress or missing.

    ``track`` is the posting's career track: a concept of the other track answers no requirement through
    same_as (a lab's instrument maintenance is not the preventive maintenance a BMET posting asks for).

    A mention marked in progress ("MLS(ASCP) eligible") never meets a requirement; it only turns missing
    into in progress.
    """
    by_concept: dict[str, list[Mention]] = defaultdict(list)
    pursued: dict[str, list[Mention]] = defaultdict(list)
    for mention in resume_mentions:
        (pursued if mention.in_progress else by_concept)[mention.concept_id].append(mention)
    posting_forms: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for mention in posting_mentions:
        if not _gloss(mention, posting_mentions, posting_lines):
            posting_forms[mention.concept_id].add(matcher.key(mention.form))
    levels = _posting_levels(posting_mentions, matcher.vocabulary)
    results = []
    for req in requirements:
        level = levels.get(req.line) if req.line is not None else None
        held, later = _schooled(req, by_concept, pursued, resume, matcher.vocabulary, level)
        result = _assess(req, held, posting_forms, matcher, resume, resume_mentions, track)
        results.append(_wording_on_resume(_in_progress(result, later, matcher.vocabulary), resume, matcher))
    return tuple(results)


def _gloss(mention: Mention, mentions: Sequence[Mention], lines: Sequence[Line] = ()) -> bool:
    """The acronym a posting writes in brackets right after its own wording of the same concept ('reverse
    osmosis (RO)'): a gloss, not the wording a reader searches for, so the resume's bare 'RO' is another way
    of writing it, and the advice is the posting's 'reverse osmosis'. Two wordings in a list are no gloss
    ('medical laboratory science, medical technology')."""
    if (
        mention.line < len(lines)
        and "(" not in lines[mention.line].text[max(mention.start - 2, 0) : mention.start]
    ):
        return False
    return any(
        other.line == mention.line
        and other.concept_id == mention.concept_id
        and other.end < mention.start <= other.end + 2
        and other is not mention
        for other in mentions
    )


_SCHOOLING = re.compile(
    r"\b(?:degree|diploma|associate|bachelor|master|doctor|ph\.?d|b\.?s\.?c?|m\.?s\.?c?|a\.?a\.?s|b\.?a|"
    r"graduate|graduated|university|college|school|program|programme|course|training|certificate|"
    r"academy|institute|major|minor|hnc|hnd|btec)\b",
    re.IGNORECASE,
)
_SCHOOL_SECTIONS = frozenset({SectionKind.EDUCATION, SectionKind.CONTINUING_EDUCATION})


def about_schooling(mention: Mention, lines: Sequence[Line]) -> bool:
    """Whether a mention stands in the education section or on a line about a degree or course ('M.S. in
    Molecular Biology', 'Army biomedical equipment course'), not on a line of skills."""
    return mention.section in _SCHOOL_SECTIONS or bool(_SCHOOLING.search(lines[mention.line].text))


def pursued_after(mention: Mention, lines: Sequence[Line]) -> bool:
    """Whether the mention's line, or the line it wraps into, goes on to say it is still pursued ('MSc
    Bioinformatics, in progress'; 'M.Sc. Haematology (in view)', as Nigeria writes it)."""
    return bool(PURSUED_LATER.search(said_after(mention, lines)))


_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_JOINED_ON = re.compile(r"(?:\b(?:and|or|of|the|in|for|with|to|at|a|an|from|by)|[,&/-])\s*$", re.IGNORECASE)


def said_after(mention: Mention, lines: Sequence[Line]) -> str:
    """What a line says after a mention, and, where the line breaks off mid-phrase ('... University of
    Science and' / 'Technology (MUST); final year, expected completion June 2027'), the next line to its
    first sentence's end."""
    rest = lines[mention.line].text[mention.end :]
    following = wrapped_into(lines, mention.line) if _JOINED_ON.search(rest) else ""
    return f"{rest} {_SENTENCE_BREAK.split(following, maxsplit=1)[0]}" if following else rest


def _schooled(
    req: Requirement,
    by_concept: dict[str, list[Mention]],
    pursued: dict[str, list[Mention]],
    resume: Document,
    vocab: Vocabulary,
    level: str | None = None,
) -> tuple[dict[str, list[Mention]], dict[str, list[Mention]]]:
    """The resume's held and pursued mentions as a requirement may count them. 'Master's degree in molecular
    biology, genomics, or bioinformatics': a choice of a degree's group that is no degree is the degree's
    subject, met only in the education section or on a line about schooling ('M.S. in Genomics'), never by
    a skill ('bioinformatics pipelines'); there but still pursued ('MSc Bioinformatics, in progress') it is
    the degree in progress. When the posting's line names the degree's level ('Master's degree in ...'), a
    resume line of a lower level ('BSc Biomedical Science') does not meet the subject."""
    choices = (req.concept_id, *req.alternatives)
    if not req.alternatives or not any(is_degree(c, vocab) for c in choices):
        return by_concept, pursued
    lower = _lines_below(level, by_concept, pursued, resume, vocab)
    held: dict[str, list[Mention]] = {}
    later: list[Mention] = []
    for cid, found in by_concept.items():
        if cid in vocab.lexicon.degree_levels:
            held[cid] = found
            continue
        if is_degree(cid, vocab):
            held[cid] = [m for m in found if m.line not in lower]
            continue
        if cid in vocab.concepts and vocab.concepts[cid].category in _PURSUABLE:
            held[cid] = found  # 'or equivalent military training': an equivalent, not the degree's subject
            continue
        for mention in found:
            if mention.line in lower:
                continue
            if not about_schooling(mention, resume.lines):
                continue
            if pursued_after(mention, resume.lines):
                later.append(mention)
            else:
                held.setdefault(cid, []).append(mention)
    for cid in choices:  # 'a degree in electronics' met by 'A.A.S. Electronic Systems Technology'
        if not is_degree(cid, vocab) and cid in vocab.concepts:
            named = _subject_degrees(vocab.concepts[cid], by_concept, vocab)
            held[cid] = [*held.get(cid, ()), *(m for m in named if not m.in_progress)]
    if later:
        pursued = {**pursued, req.concept_id: [*pursued.get(req.concept_id, ()), *later]}
    return held, pursued


def _posting_levels(mentions: Sequence[Mention], vocab: Vocabulary) -> dict[int, str]:
    """The lowest degree level each posting line accepts ('Master's degree in ...')."""
    order = vocab.lexicon.degree_levels
    levels: dict[int, str] = {}
    for mention in mentions:
        if mention.concept_id in order:
            known = levels.get(mention.line)
            if known is None or order.index(mention.concept_id) < order.index(known):
                levels[mention.line] = mention.concept_id
    return levels


def _lines_below(
    level: str | None,
    by_concept: dict[str, list[Mention]],
    pursued: dict[str, list[Mention]],
    resume: Document,
    vocab: Vocabulary,
) -> set[int]:
    """The resume lines whose degree is of a lower level than the posting asks for."""
    if level is None:
        return set()
    order = vocab.lexicon.degree_levels
    at_least = order.index(level)
    lines: dict[int, int] = {}
    for found in (by_concept, pursued):
        for cid in order:
            for mention in found.get(cid, ()):
                lines[mention.line] = max(lines.get(mention.line, -1), order.index(cid))
    for line, rank in list(lines.items()):
        # a wrapped line goes on: "... equivalent to a US bachelor's degree" / "in biomedical science"
        wrapped = line + 1 < len(resume.lines) and not resume.lines[line].text.rstrip().endswith((".", ";"))
        if wrapped and line + 1 not in lines:
            lines[line + 1] = rank
    return {line for line, rank in lines.items() if rank < at_least}


def _subject_degrees(
    subject: Concept, by_concept: dict[str, list[Mention]], vocab: Vocabulary
) -> list[Mention]:
    """The resume's degrees in a subject: a subject's degree whose wording holds the subject's name
    ('Electronic Systems Technology' for electronics)."""
    words = {w.rstrip("s") for w in re.findall(r"[a-z]{5,}", subject.name.lower())}
    return [
        m
        for cid, found in by_concept.items()
        if cid in vocab.lexicon.degree_subjects
        for m in found
        if words & {w.rstrip("s") for w in re.findall(r"[a-z]{5,}", m.form.lower())}
    ]


_NAME_WORDS_BETWEEN = re.compile(r"\s+(?:[A-Z][\w'-]*\s+)*")


def pursued_later_on_line(
    mentions: Sequence[Mention], lines: Sequence[Line], vocab: Vocabulary
) -> list[Mention]:
    """'SH(ASCP) Specialist in Hematology - approved to test, exam scheduled May 2026': the line goes on to
    say the credential is still pursued, though not right after its name, so it is no held credential. The
    words must follow the credential with no other credential or licence between them, and name no other
    one after them ('eligible for SBB' speaks of the SBB). A degree 'in progress, expected Dec 2026' is
    not held either."""
    marked = []
    for mention in mentions:
        text = lines[mention.line].text
        if not mention.in_progress and _course_heading(mention, text, vocab):
            # 'TDG (Transportation of Dangerous Goods) for specimen shippers - course booked': the line is a
            # course on the rules it names, still to be taken
            marked.append(replace(mention, in_progress=True))
            continue
        if mention.in_progress or not _pursuable(mention.concept_id, vocab):
            marked.append(mention)
            continue
        degree = is_degree(mention.concept_id, vocab)
        later = [
            m.start
            for m in mentions
            if m.line == mention.line
            and m.start >= mention.end
            and m.concept_id != mention.concept_id
            and _pursuable(m.concept_id, vocab)
            and not (degree and is_degree(m.concept_id, vocab))  # 'A.A.S., Electronics Technology'
            # 'CBET - AAMI Credentials Institute - exam scheduled': its own family or board speaks of it
            and m.concept_id not in vocab.ancestors(mention.concept_id)
            # 'CSMLS General Medical Laboratory Technology certification': a subject inside its name
            and not (
                is_degree(m.concept_id, vocab)
                and not degree
                and _NAME_WORDS_BETWEEN.fullmatch(text[mention.end : m.start])
            )
        ]
        rest = text[mention.end : min(later, default=len(text))]
        after = text[mention.end :]
        following = wrapped_into(lines, mention.line) or _said_below(lines, mention.line)
        if not later:  # '... License - application and foreign credentials' / 'submitted to NYSED'
            rest = f"{rest} {following}"
        if not after.strip():  # 'after the MLS(ASCP)' / 'exam'
            after = following
        pursued = PURSUED_LATER.search(rest) or _exam_ahead(text[: mention.start], after)
        marked.append(replace(mention, in_progress=True) if pursued else mention)
    return _schools_of_pursued(marked, lines, vocab)


def _schools_of_pursued(mentions: list[Mention], lines: Sequence[Line], vocab: Vocabulary) -> list[Mention]:
    """'Intermountain SBB Program, completed December 2026' on a resume that says 'SBB(ASCP) - eligible;
    exam scheduled March 2027' too: the school that prepares for a credential the resume names as pursued
    is no held credential. A course that is itself the qualification ('40-hour Radiation Safety Officer
    course, 2022') stays held where nothing says the credential is still ahead."""
    pursued = {m.concept_id for m in mentions if m.in_progress}
    return [
        replace(m, in_progress=True)
        if m.concept_id in pursued
        and not m.in_progress
        and not is_degree(m.concept_id, vocab)
        and _SCHOOL_FOR.match(lines[m.line].text[m.end :])
        else m
        for m in mentions
    ]


def _course_heading(mention: Mention, text: str, vocab: Vocabulary) -> bool:
    """A standard or regulation that opens its line, the line going on to say its course is still ahead."""
    concept = vocab.concepts.get(mention.concept_id)
    if concept is None or concept.category is not Category.STANDARD:
        return False
    opens = not re.sub(r"^[\W_]+", "", text[: mention.start])
    return opens and bool(_COURSE_AHEAD.search(text[mention.end :]))


_COURSE_AHEAD = re.compile(
    r"\b(?:course|training|class|exam|certification)\s+(?:is\s+)?(?:booked|scheduled|pending|in progress)\b"
    r"|\b(?:registered|enrolled|booked)\s+(?:for|in|on)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:course|training|class)\b",
    re.IGNORECASE,
)


# 'after the MLS(ASCP) exam': a credential named as its exam is still to be passed, unless the line says so
_EXAM_AFTER = re.compile(
    r"^\s*(?:certification\s+|board\s+|licen[cs]ure\s+)?exam(?:ination)?s?\b(?!\s+passed)", re.I
)
_PASSED_BEFORE = re.compile(r"\b(?:passed|passing|pass|cleared|sat and passed)\b[^.;]*$", re.I)


# A credential's name as the name of the school or course that prepares for it ('SBB program', 'CBET review
# course'); not '-accredited program' (the school's accreditor) nor 'exam' (an exam may be passed)
_SCHOOL_FOR = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:distance|online|review|exam|board|prep|preparation|preparatory|certificate|"
    r"training|(?:self-)?study)\s+){0,2}(?:program|programme|course|coursework|curriculum)s?\b"
    # 'CompTIA A+ Core 1 and Core 2 prep course': the parts it prepares for, then the course
    r"|\s*(?:[\w+()-]+\s+){1,6}?(?:exam\s+|board\s+)?(?:prep|preparation|preparatory|review)\s+"
    r"(?:program|programme|course|class)e?s?\b",
    re.IGNORECASE,
)


def _exam_ahead(before: str, after: str) -> bool:
    return bool(_EXAM_AFTER.match(after)) and not _PASSED_BEFORE.search(before)


def _pursuable(concept_id: str, vocab: Vocabulary) -> bool:
    """Credentials, licences and degrees: what a resume can hold or still be working toward."""
    concept = vocab.concepts.get(concept_id)
    if concept is None:
        return False
    # 'Bachelor of Engineering Technology': a named degree filed under its level is a degree too
    named_degree = any(a in vocab.lexicon.degree_levels for a in vocab.ancestors(concept_id))
    return concept.category in _PURSUABLE or is_degree(concept_id, vocab) or named_degree


def is_degree(concept_id: str, vocab: Vocabulary) -> bool:
    """A degree level, or a subject's degree ('electronics-technology-degree'): vocab/lexicon.yaml."""
    return concept_id in vocab.lexicon.degree_levels or concept_id in vocab.lexicon.degree_subjects


_MODEL_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]{0,4}\d[\w-]*)\s*(?:,|\band\b|\bor\b|&|/)\s*$")

PURSUED_LATER = re.compile(
    r"\b(?:exam (?:is )?(?:scheduled|booked|pending|date)|approved to (?:test|sit)|(?:exam |board )?eligible"
    r"(?!\s+(?:for|to)\b)|candidate(?!\s+for\b)|in progress|in view(?! of)"
    r"|sitting for the (?:\w+ )?(?:\d{4} )?(?:exam|administration|sitting)|results? pending"
    r"|expected (?:in )?(?:[A-Z][a-z]{2,8}\.? )?20\d\d"
    r"|will (?:sit|take) (?:for )?the (?:\w+ )?exam|application (?:submitted|pending|in process)"
    r"|application (?:is )?(?:to be|not yet|will be) (?:filed|submitted|made)"
    r"|application (?:and [\w ]{1,40}?)?(?:submitted|filed|sent|lodged)(?! and (?:approved|granted|issued))"
    r"|(?:course|exam|class|training|test) (?:is )?(?:booked|scheduled|pending)"
    r"|expected (?:completion|graduation|to (?:complete|graduate|finish))(?: (?:in|date|by))?:? "
    r"(?:[A-Z][a-z]{2,8}\.? )?20\d\d|\d+ of \d+ (?:units|courses|modules|credits) (?:complete|completed|done)"
    r"|in process|application (?:is |being |now )*(?:processed|under review|in review)"
    # 'Core 1 passed Sept 2025; Core 2 scheduled January 2027', 'application accepted, exam window ...'
    r"|(?:core|part|module|section|step|domain) \d+ (?:is )?(?:scheduled|booked|pending|next)"
    r"|application (?:accepted|approved)(?! and (?:passed|certified))|exam window"
    r"|awaiting (?:approval|registration|licensure|results|the (?:licen[cs]e|registration|certificate))"
    # 'Supervisory Skills Development Course - enrolled, starts February 2027': begun or yet to begin
    r"|(?<![\w-])enrolled(?:,| -| and)? (?:starts?|starting|begins?|beginning) (?:in )?"
    r"(?:[A-Z][a-z]{2,8}\.? )?20\d\d"
    r"|(?:registered|enrolled|signed up) (?:for|in) (?:the |an? )?(?:[\w()-]+ ){0,3}"
    r"(?:course|exam|examination|class)"
    # 'Internal Auditor course - registered, batch starting January 2027'
    r"|(?:registered|enrolled|booked)[,;:]? (?:\w+ ){0,3}?(?:starting|starts|begins|commencing)"
    r"|(?:batch|cohort|intake) (?:starting|starts|begins|commencing)"
    # 'Register of Clinical Technologists (RCT) - portfolio submitted October 2025, assessment interview
    # February 2026': a register's route by portfolio and interview, still under way
    r"|portfolio (?:submitted|in progress|under (?:review|assessment))"
    r"|(?:assessment|professional) interview (?:scheduled |booked |due |on )?"
    r"(?:[A-Z][a-z]{2,8}\.? )?20\d\d)\b",
    re.IGNORECASE,
)


def _wording_on_resume(result: TermResult, resume: Document, matcher: TermMatcher) -> TermResult:
    """The posting's own wording of two or more words stands on the resume: on a line where a guard kept every
    form of the concept from being taken ('risk assessments for 120 new purchases'), so it is never reported
    missing; or on the line of another form it was taken by, spaced otherwise ('clean room gowning'), so it
    is literal. Credentials and licences keep their guards: their wording alone does not show they are held.
    """
    req = result.requirement
    if result.status is Status.SYNONYM and not offers_choice(req):
        # 'clean room gowning' for 'Cleanroom gowning', taken by the form 'gowning': the line holds the
        # posting's own wording, spaced otherwise
        wanted = matcher.key(req.posting_form)
        lines = {m.line for m in result.mentions}
        edition = any(_other_edition(req.posting_form, m.form) for m in result.mentions)
        if (
            len(wanted) >= 2
            and not edition
            and any(is_literal(wanted, matcher.key(resume.lines[i].text)) for i in lines)
        ):
            return replace(result, status=Status.LITERAL)
        return result
    if result.status is not Status.MISSING or offers_choice(req):
        return result
    concept = matcher.vocabulary.concepts.get(req.concept_id)
    if concept is None or concept.category in _PURSUABLE:
        return result
    if _DEFINED_ACRONYM.fullmatch(req.posting_form) and not any(
        f.text == req.posting_form for f in concept.forms
    ):
        # 'NPHL', the posting's own initials for 'National Public Health Laboratories': the same initials on
        # the resume are the same thing (the vocabulary does not know them, so no guard speaks for them)
        pattern = re.compile(rf"(?<![\w-]){re.escape(req.posting_form)}s?(?![\w-])")
        for line in resume.lines:
            found = pattern.search(line.text)
            if found:
                mention = Mention(
                    req.concept_id, found.group(0), line.index, *found.span(), line.page, line.region
                )
                return replace(
                    result, status=Status.LITERAL, resume_forms=(found.group(0),), mentions=(mention,)
                )
    wanted = matcher.key(req.posting_form)
    if len(wanted) < 2 or not all(any(c.isalpha() for c in word) for word in wanted):
        return result
    for line in resume.lines:
        if is_literal(wanted, matcher.key(line.text)):
            start, end = _wording_span(req.posting_form, line.text)
            written = line.text[start:end] if end > start else req.posting_form
            if not keeps_capitals(req.posting_form, written):
                continue
            mention = Mention(req.concept_id, written, line.index, start, end, line.page, line.region)
            at_risk = line.region in AT_RISK_REGIONS
            return replace(
                result, status=Status.LITERAL, resume_forms=(written,), mentions=(mention,), at_risk=at_risk
            )
    return result


def keeps_capitals(wording: str, written: str, among: Collection[str] | None = None) -> bool:
    """Whether the written words keep the capitals words of a wording of several words: 'It supports' is
    no writing of 'IT support'. The capitals words are the short ones, or those ``among`` a set of words
    (the English words that are also acronyms, when a vocabulary form is checked)."""
    words = wording.split()
    return len(words) < 2 or all(
        re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", written)
        for w in words
        if w.isupper() and w.isalpha() and (w.lower() in among if among is not None else len(w) <= 3)
    )


_DEFINED_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,7}")


def _wording_span(wording: str, text: str) -> tuple[int, int]:
    """Where the wording stands in the text, its words allowed other endings ('risk assessment' for
    'risk assessments'); the whole line when it is split differently."""
    words = re.findall(r"[A-Za-z0-9]+", wording)
    pattern = r"[\s/-]+".join(re.escape(w[: max(3, len(w) - 3)]) + r"[A-Za-z]*" for w in words)
    found = re.search(rf"\b{pattern}", text, re.IGNORECASE)
    return found.span() if found else (0, len(text))


def _in_progress(result: TermResult, pursued: dict[str, list[Mention]], vocab: Vocabulary) -> TermResult:
    """A missing credential, licence or degree the resume names as pursued: the requirement's own concept, an
    alternative it accepts, a broader credential ('ASCP eligible' for MLS(ASCP)) or a kind of it ('MPH, in
    progress' for a master's degree)."""
    req = result.requirement
    if result.status is not Status.MISSING or not pursued or req.concept_id not in vocab.concepts:
        return result
    candidates = [
        req.concept_id,
        *req.alternatives,
        *sorted(vocab.ancestors(req.concept_id)),
        *sorted(vocab.descendants(req.concept_id)),
    ]
    for concept_id in candidates:
        if (concept_id == req.concept_id or _pursuable(concept_id, vocab)) and pursued.get(concept_id):
            mentions = pursued[concept_id]
            forms = tuple(dict.fromkeys(m.form for m in mentions))[:4]
            via = None if concept_id == req.concept_id else concept_id
            at_risk = all(m.region in AT_RISK_REGIONS for m in mentions)
            return replace(
                result,
                status=Status.IN_PROGRESS,
                resume_forms=forms,
                mentions=tuple(mentions),
                via=via,
                at_risk=at_risk,
            )
    return result


def _assess(
    req: Requirement,
    found: dict[str, list[Mention]],
    posting_forms: dict[str, set[tuple[str, ...]]],
    matcher: TermMatcher,
    resume: Document,
    resume_mentions: Sequence[Mention],
    track: Track | None = None,
) -> TermResult:
    vocab = matcher.vocabulary
    best = TermResult(requirement=req, status=Status.MISSING, mirror=mirror_wording(req))
    for candidate in (req.concept_id, *req.alternatives):
        result = _assess_one(req, candidate, found, posting_forms, matcher, track)
        if _STATUS_RANK[result.status] > _STATUS_RANK[best.status]:
            best = result
    concept = vocab.concepts.get(req.concept_id)
    if best.status is not Status.MISSING or concept is None:
        return best
    met = _unnamed_alternative(req, resume)
    if met is not None:
        return met
    misspelt = _near_miss(req, concept, resume, resume_mentions)
    if misspelt is not None:
        return misspelt
    trained = _trained_in(req, concept, found, resume, vocab)
    if trained:
        return _result(req, Status.SYNONYM, trained, trained[0].concept_id)
    return replace(best, broader=_broader_form(concept, found, vocab))


# 'WHMIS training' asked, 'WHMIS 2015, renewed annually' on the resume: the training in the thing it is on
_TRAINING_OF = re.compile(r"^(?P<subject>.+?)\s+(?:training|course)$", re.IGNORECASE)
_HELD_TRAINING = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:renew(?:ed|s|al)|refresher|current|certified|certificat(?:e|ion)|trained|training|"
    r"completed|course|expires?|valid)\b",
    re.IGNORECASE,
)
# 'MRSO preparation course (24 CE credits), 2025': a course for an exam, no credential held
_EXAM_PREPARATION = re.compile(r"\b(?:prep(?:aration)?|review|exam)\b", re.IGNORECASE)


def _trained_in(
    req: Requirement, concept: Concept, found: dict[str, list[Mention]], resume: Document, vocab: Vocabulary
) -> list[Mention]:
    """A credential of training in a thing the vocabulary links it to ('WHMIS training', linked to WHMIS),
    met by the thing named on a resume line that shows it held: a year, or a word of training or renewal
    ('WHMIS 2015, renewed annually'). The posting's wording is worth adding."""
    asked = _TRAINING_OF.match(req.posting_form.strip())
    if concept.category is not Category.CREDENTIAL or asked is None:
        return []
    subject = asked.group("subject").lower()
    linked = {*concept.related, *vocab.related_from(concept.id), *vocab.ancestors(concept.id)}
    return [
        m
        for cid in sorted(linked)
        for m in found.get(cid, [])
        # 'WHMIS' for 'WHMIS 2015 training', 'WHMIS 2015' for 'WHMIS training': the thing, with its edition
        # or without
        if (
            re.match(rf"{re.escape(subject)}\b", m.form.lower())
            or re.match(rf"{re.escape(m.form.lower())}\b", subject)
        )
        and m.line < len(resume.lines)
        and _HELD_TRAINING.search(resume.lines[m.line].text.replace(m.form, " "))
        and not PURSUED_LATER.search(resume.lines[m.line].text)
        and not _EXAM_PREPARATION.search(resume.lines[m.line].text)
        and not pursued_after(m, resume.lines)
    ]


# 'CER through HSPA or CFER through CBSPD', 'CBET (Certified Biomedical Equipment Technician) from AAMI': the
# body that grants the credential before it (posting.py too)
GRANTED_BY = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$|\)\s+(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
_CHOICE = re.compile(r"\s(?:or|and/or|/)\s")  # what _unnamed_alternative's joiner needs


def _unnamed_alternative(req: Requirement, resume: Document) -> TermResult | None:
    """'Hamilton or Draeger' with Hamilton on the resume: the group is met even when the vocabulary does not
    know the other choice. The body that grants the choice before is no choice ('CER through HSPA or CFER':
    HSPA is not the CFER's other choice)."""
    if not _CHOICE.search(req.snippet):
        return None  # no choice offered: no pattern to build
    form = re.escape(req.posting_form)
    joiner = r"\s+(?:or|and/or|/)\s+"
    pattern = rf"([A-Z][\w&+-]{{2,}}){joiner}{form}\b|\b{form}{joiner}([A-Z][\w&+-]{{2,}})"
    for match in re.finditer(pattern, req.snippet):
        other = match.group(1) or match.group(2)
        if match.group(1) and GRANTED_BY.search(req.snippet[: match.start(1)]):
            continue
        for line in resume.lines:
            hit = re.search(rf"\b{re.escape(other)}\b", line.text)
            if hit:
                mention = Mention(
                    req.concept_id, other, line.index, hit.start(), hit.end(), line.page, line.region
                )
                at_risk = line.region in AT_RISK_REGIONS
                # 'ASQ Certified Quality Technician (CQT) - exam scheduled March 2027': the choice is pursued
                status = Status.IN_PROGRESS if pursued_after(mention, resume.lines) else Status.LITERAL
                return TermResult(
                    req, status, (other,), (mention,), at_risk=at_risk, alternative=other, mirror=None
                )
    return None


def _assess_one(
    req: Requirement,
    concept_id: str,
    found: dict[str, list[Mention]],
    posting_forms: dict[str, set[tuple[str, ...]]],
    matcher: TermMatcher,
    track: Track | None = None,
) -> TermResult:
    vocab = matcher.vocabulary
    own = found.get(concept_id, [])
    via = None if concept_id == req.concept_id else concept_id
    if own and via is not None:
        # an alternative the posting accepts ("MLT(ASCP) or MLT(AMT)") is met as soon as it is named; in the
        # posting's wording of it, literally ('MT(AMT)' is its older name: a synonym)
        asked = posting_forms.get(concept_id)
        worded = not asked or any(
            is_literal(w, matcher.key(m.form)) for w in matcher.posting_keys(concept_id, asked) for m in own
        )
        status = Status.LITERAL if worded else Status.SYNONYM
        return replace(_result(req, status, own, via), alternative=own[0].form)
    if own:
        wanted = matcher.posting_keys(
            concept_id, posting_forms.get(concept_id) or {matcher.key(req.posting_form)}
        )
        asked = matcher.key(req.posting_form)
        literal = [
            m
            for m in own
            if any(is_literal(w, matcher.key(m.form)) for w in wanted)
            or is_inflection(m.form, req.posting_form)
            or plainly_more(asked, matcher.key(m.form), matcher, m.form)
        ]
        literal = [m for m in literal if not _other_edition(req.posting_form, m.form)]
        if literal:
            return _result(req, Status.LITERAL, literal, via)
        return _result(req, Status.SYNONYM, own, via)
    concept = vocab.concepts.get(concept_id)
    same_ids = [cid for cid in _same_as(concept_id, vocab) if _on_track(vocab.concepts[cid], track)]
    same = [m for cid in same_ids for m in found.get(cid, [])] if concept else []
    if same:
        return _result(req, Status.SYNONYM, same, same[0].concept_id)
    higher = [m for cid in _higher_degrees(concept_id, vocab) for m in found.get(cid, [])]
    if higher:  # 'Associate degree' met by a B.S.: an accepted choice, never wording to paste over the B.S.
        return replace(
            _result(req, Status.LITERAL, higher, higher[0].concept_id),
            mirror=None,
            alternative=higher[0].form,
        )
    narrower = (
        [m for cid in sorted(vocab.descendants(concept_id)) for m in found.get(cid, [])] if concept else []
    )
    if narrower:
        return _result(req, Status.RELATED, narrower, narrower[0].concept_id)
    showing = [m for cid in sorted(vocab.showing(concept_id)) for m in found.get(cid, [])] if concept else []
    if showing:  # 'real-time PCR' asked for, 'Cepheid GeneXpert' on the resume
        return _result(req, Status.RELATED, showing, showing[0].concept_id)
    inside = _worded_inside(req, concept, found, vocab) if concept else []
    if inside:  # 'CLIA' asked for, 'CLIA-certified' (the certificate) on the resume: the word is there
        return replace(_result(req, Status.LITERAL, inside, inside[0].concept_id), mirror=None)
    return TermResult(requirement=req, status=Status.MISSING)


def _worded_inside(
    req: Requirement, concept: Concept, found: dict[str, list[Mention]], vocab: Vocabulary
) -> list[Mention]:
    """The resume's mentions of a linked concept (related either way, broader) whose wording holds the
    posting's own wording as whole words: 'CLIA-certified' holds 'CLIA'. A longer form took the words, so the
    term is on the resume as written; an unlinked concept's form ('PT/INR' for proficiency testing's 'PT')
    never counts."""
    linked = {*concept.related, *vocab.ancestors(concept.id), *vocab.related_from(concept.id)}
    asked = req.posting_form
    if len(asked) < 3 or not linked:
        return []
    mentions = [m for cid in sorted(linked) for m in found.get(cid, []) if asked.lower() in m.form.lower()]
    if not mentions:
        return []  # no pattern to build
    caseless = not asked.isupper()
    pattern = re.compile(rf"(?<![\w-]){re.escape(asked)}(?!\w)", re.IGNORECASE if caseless else 0)
    return [m for m in mentions if pattern.search(m.form)]


def _on_track(concept: Concept, track: Track | None) -> bool:
    """A concept of one track speaks for a posting of that track, or of either, or of an unknown one."""
    return track in (None, Track.BOTH) or concept.track in (track, Track.BOTH)


def _higher_degrees(concept_id: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The degree levels above this one (vocab/lexicon.yaml), when it is one of them."""
    levels = vocab.lexicon.degree_levels
    return levels[levels.index(concept_id) + 1 :] if concept_id in levels else ()


def _same_as(concept_id: str, vocab: Vocabulary) -> list[str]:
    concept = vocab.concepts[concept_id]
    listed_by = vocab.derived.get("same_as_of")
    if listed_by is None:  # the concepts that name each one as the same, in the vocabulary's order
        listed_by = defaultdict(list)
        for other in vocab.concepts.values():
            for same in other.same_as:
                listed_by[same].append(other.id)
        vocab.derived["same_as_of"] = listed_by
    return list(dict.fromkeys([*concept.same_as, *listed_by.get(concept_id, ())]))


def _result(req: Requirement, status: Status, mentions: list[Mention], via: str | None) -> TermResult:
    forms = tuple(dict.fromkeys(m.form for m in mentions))[:4]
    at_risk = all(m.region in AT_RISK_REGIONS for m in mentions)
    mirror = mirror_wording(req, via or req.concept_id)
    return TermResult(req, status, forms, tuple(mentions), via=via, at_risk=at_risk, mirror=mirror)


def _broader_form(concept: Concept, found: dict[str, list[Mention]], vocab: Vocabulary) -> str | None:
    """The resume names only a broader class (posting: Sysmex XN; resume: hematology analyzers)."""
    for parent in sorted(vocab.ancestors(concept.id)):
        if found.get(parent):
            return found[parent][0].form
    return None


def _near_miss(
    req: Requirement, concept: Concept, resume: Document, mentions: Sequence[Mention]
) -> TermResult | None:
    """The posting's long name misspelt on the resume ('preventative maintenence'): the term is there, but
    an ATS will not find it. Never for acronyms, credentials, standards or model numbers, and never when
    the near-miss is itself another vocabulary term ('predictive maintenance')."""
    form = req.posting_form
    if concept.category in _NO_FUZZ or len(form) < 8 or any(c.isdigit() for c in form) or form.isupper():
        return None
    for near in near_spellings(form, resume.lines):
        if not keeps_capitals(form, near.form):
            continue
        if not _names_a_term(near.form, mentions, resume.lines):
            mention = replace(near, concept_id=concept.id)
            written = near.form
            if is_inflection(written, form):  # 'Troubleshot' for 'troubleshoot' is the posting's word
                return TermResult(req, Status.LITERAL, (written,), (mention,), mirror=form)
            return TermResult(req, Status.SYNONYM, (written,), (mention,), misspelt=written, mirror=form)
    return None


def near_spellings(form: str, lines: Sequence[Line], threshold: int = _NEAR_MISS) -> Iterator[Mention]:
    """Runs of as many resume words as ``form`` has, spelt close to it but not the same, in reading order."""
    asked = form.lower().split()
    lowered = form.lower()
    runs = _word_runs(lines, len(asked))
    # every run scored at once (rapidfuzz's loop, not Python's), then taken in reading order
    close = process.extract(lowered, runs.texts, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
    for index in sorted(i for _, _, i in close):
        written = runs.texts[index]
        if written == lowered:
            continue
        line, start, end, words = runs.places[index]
        # a small word never stands for another ('detector and' is no misspelling of 'detector gain')
        if all(
            a == b or (b not in FUNCTION_WORDS and _misspelt(a, b)) for a, b in zip(asked, words, strict=True)
        ):
            yield Mention("", line.text[start:end], line.index, start, end, line.page, line.region)


@dataclass
class _Runs:
    """Each run of a number of words on a document's lines: its text in lower case, and where it stands."""

    texts: list[str] = field(default_factory=list)
    places: list[tuple[Line, int, int, tuple[str, ...]]] = field(default_factory=list)


_RUNS_OF: list[tuple[Sequence[Line], dict[int, _Runs]]] = []


def _word_runs(lines: Sequence[Line], size: int) -> _Runs:
    """The runs of ``size`` words, kept for the last documents asked about: near spellings are looked for
    once for each posting wording, in the same resume."""
    cached = next((c for c in _RUNS_OF if c[0] is lines), None)
    if cached is None:
        cached = (lines, {})
        _RUNS_OF[:] = [cached, *_RUNS_OF[:3]]  # the last few documents (a check reads both of its own)
    runs = cached[1].get(size)
    if runs is None:
        runs = cached[1][size] = _Runs()
        for line in lines:
            words = list(re.finditer(r"[A-Za-z][A-Za-z-]+", line.text))
            for i in range(len(words) - size + 1):
                start, end = words[i].start(), words[i + size - 1].end()
                runs.texts.append(line.text[start:end].lower())
                lowered = tuple(w.group(0).lower() for w in words[i : i + size])
                runs.places.append((line, start, end, lowered))
    return runs


# a prefix that turns a word into its opposite: 'decontamination' is no spelling of 'contamination'
_REVERSING = re.compile(r"(?:de|dis|non|un|in|im|anti|counter|mis)-?")


def _misspelt(asked: str, written: str) -> bool:
    """Whether ``written`` may be a spelling of ``asked``: a misspelling keeps the word's first letter
    ('Certification' is not 'verification'), though a word may gain or lose a prefix ('safety cabinet' for
    'biosafety cabinet', 'reloads' for 'loads') that does not reverse it ('non-medical')."""
    if asked[:1] == written[:1]:
        return True
    short, long = sorted((asked, written), key=len)
    return long.endswith(short) and not _REVERSING.fullmatch(long[: -len(short)])


def _names_a_term(text: str, mentions: Sequence[Mention], lines: Sequence[Line]) -> bool:
    """Whether the resume's phrase is itself a term: one of the resume's mentions, read with its line's
    context, lies inside it or holds it. Stored facts answer the same way (assess.mentions_within)."""
    return bool(mentions_holding(mentions, lines, text))


def mentions_holding(mentions: Sequence[Mention], lines: Sequence[Line], phrase: str) -> tuple[Mention, ...]:
    """The mentions inside an occurrence of ``phrase`` on their own line, or holding all of it ('factory
    service training' holds 'service training')."""
    if not phrase:
        return ()
    pattern = re.compile(re.escape(phrase))
    found = []
    for mention in mentions:
        spans = ((m.start(), m.end()) for m in pattern.finditer(lines[mention.line].text))
        if any(
            (start <= mention.start and mention.end <= end) or (mention.start <= start and end <= mention.end)
            for start, end in spans
        ):
            found.append(mention)
    return tuple(found)


# --- abbreviations a document defines ------------------------------------------------------------

_DEFINITION = re.compile(
    r"\b((?:[A-Z][\w'-]*\s+(?:(?:of|for|in|and|the|&)\s+)?){1,7}[A-Z][\w'-]*)\s*\(([A-Z][A-Za-z0-9+&/-]{1,9})\)"
)


def learned_mentions(
    document: Document, mentions: Sequence[Mention], matcher: TermMatcher, sections: Sequence[Section]
) -> tuple[Mention, ...]:
    """Mentions of forms the document itself defines: 'Certified Widget Technician (CWT)' teaches CWT."""
    lines = document.lines
    taught: dict[str, str] = {}
    for line in lines:
        for match in _DEFINITION.finditer(line.text):
            long_span = (match.start(1), match.end(1))
            short_span = (match.start(2), match.end(2))
            inside = [m for m in mentions if m.line == line.index]
            if any(m.start < long_span[1] and short_span[0] < m.end for m in inside):
                continue  # 'Paid HT(ASCP)': one credential across the bracket, nothing defined
            long_id = _covering(inside, long_span)
            short_id = _covering(inside, short_span)
            if long_id and not short_id:
                taught[match.group(2)] = long_id
            elif short_id and not long_id:
                taught[match.group(1)] = short_id
    if not taught:
        return ()
    known = {(m.line, m.start) for m in mentions}
    extra = []
    for text, concept_id in taught.items():
        pattern = re.compile(rf"(?<![\w(]){re.escape(text)}(?![\w)])")
        for line in lines:
            for found in pattern.finditer(line.text):
                if (line.index, found.start()) not in known:
                    holder = section_at(sections, line.index)
                    section = holder.kind if holder is not None else None
                    extra.append(
                        Mention(
                            concept_id,
                            text,
                            line.index,
                            found.start(),
                            found.end(),
                            line.page,
                            line.region,
                            section,
                        )
                    )
    return tuple(extra)


def _covering(mentions: Sequence[Mention], span: tuple[int, int]) -> str | None:
    """The concept a mention names when it covers most of the span."""
    start, end = span
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > 0 and overlap >= 0.6 * (end - start):
            return mention.concept_id
    return None
