"""The spaCy pipeline: blank English, resumefit's tokenizer rules, and a lookup-lemma normaliser.

Two normalised forms are set on every token, so one tokenisation serves both kinds of matching:

- ``token.norm_``: lower-cased lemma ("Infusion Pumps" -> "infusion pump"), for ordinary names;
- ``token.lemma_``: the case-preserving form ("AEDs" -> "AED", "MLS(ASCP)CM" -> "MLS(ASCP)"), for
  case-sensitive acronyms, so the word "or" is never OR and "it" is never IT.

The lemma is of the American spelling ("haematology", "analysers", "licence" -> "hematology", "analyzer",
"license"), so a British, Canadian or Australian resume and an American posting (or vocabulary form) meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from resumefit.spacyload import american_word, import_spacy, lookup_table

import_spacy()

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER  # noqa: E402 - after import_spacy
from spacy.tokens import Doc  # noqa: E402

# One token each: credentials in ASCP style, hyphen/slash compounds (X-ray, C-arm, i-STAT, TCP/IP,
# 60601-1, XN-1000, BacT/ALERT, CT/NG, PT/INR), editions (15189:2022) and "plus" names (A+, Network+).
# The issuing bodies written in brackets after a credential (ASCP, AMT, ...) come from vocab/lexicon.yaml.
_COMPOUND = r"[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+(?:\+)?"
# a standard's part with its edition and any amendments: '60601-2-54:2009+A1:2015', '60601-1:2005/AMD1:2012'
_EDITION = r"[A-Za-z]*\d+(?:[-.]\d+)*:\d{4}(?:[+/](?:A|AMD|Amd)\d+(?::\d{4})?)*"
_PLUS = r"[A-Za-z]+\+{1,2}"

_LEXEME_ATTRS = (IS_PUNCT, IS_SPACE, LOWER)
# an edition's year after a colon ('60601-1:2005+A1:2012'), or after a hyphen on a bare number
# ('NFPA 99-2021', 'NSF/ANSI 49-2022', not a span of years): the standard is the number
_EDITION_SUFFIX = re.compile(r":\d{4}(?:[+/](?:A|AMD|Amd)\d+(?::\d{4})?)*$")
_YEAR_EDITION = re.compile(r"^(?!(?:19|20)\d\d-)(\d{2,5})-(?:19|20)\d\d$")
_SHORT_CAPITALS = re.compile(r"[A-Z]{2}")
_APOSTROPHE_S = re.compile(r"['\u2019]s$")


@dataclass(frozen=True, slots=True)
class CredentialPatterns:
    """The regular expressions for bracketed credentials, built from the issuing bodies."""

    token: re.Pattern[str]  # one token: a credential, compound, edition or plus name
    tail: re.Pattern[str]  # a string ending in a credential
    norm: re.Pattern[str]  # a credential's letters and body, for its normal form


def credential_patterns(bodies: Iterable[str]) -> CredentialPatterns:
    """Patterns for credentials written LETTERS(BODY), e.g. MLS(ASCP), MLT(AMT), HCLD(ABB)."""
    names = "|".join(sorted(map(re.escape, bodies), key=len, reverse=True)) or "(?!)"
    credential = rf"[A-Z]{{1,5}}\s?\((?:(?:{names})i?)\)(?:CM)?(?:[A-Z]{{1,4}}(?:CM)?)?"
    return CredentialPatterns(
        token=re.compile(rf"^(?:{credential}|{_COMPOUND}|{_EDITION}|{_PLUS})$"),
        tail=re.compile(rf"(?:{credential})$"),
        norm=re.compile(rf"^([A-Z]{{1,5}})\s?\(({names})i?\)"),
    )


class Pipeline:
    """What resumefit uses of a spaCy ``Language``: its vocab, its tokenizer and ``make_doc``.

    A blank ``Language`` validates a config, builds its tokenizer and then reloads the tokenizer's 4,000
    special cases once per rule set afterwards; building the tokenizer directly with its final rules
    loads them once (0.07 s instead of 0.3 s) and gives the same tokens.
    """

    def __init__(self, tokenizer: _NormalisingTokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def make_doc(self, text: str) -> Doc:
        return self.tokenizer(text)

    __call__ = make_doc

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        return map(self.tokenizer, texts)


def build_nlp(issuing_bodies: Iterable[str] | None = None) -> Pipeline:
    """English tokenisation with resumefit's tokenizer rules and the normaliser; build it once per process.

    ``issuing_bodies`` default to those of the shipped vocabulary (vocab/lexicon.yaml).
    """
    from spacy import util
    from spacy.lang.en import English
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    if issuing_bodies is None:
        from resumefit.vocab import shipped_lexicon

        issuing_bodies = shipped_lexicon().issuing_bodies
    patterns = credential_patterns(issuing_bodies)
    english = English.Defaults
    # Lexeme attributes resumefit never reads cost most of the time spent compiling ~18,000 patterns.
    vocab = Vocab(lex_attr_getters={attr: LEX_ATTRS[attr] for attr in _LEXEME_ATTRS})
    # A full stop after a model name's capital ('Attune NxT.', 'ABI 3500xL.', 'Milli-Q.') ends the sentence;
    # spaCy keeps it on the token to spare abbreviations ('U.S.', 'B.S.'), which have a stop inside.
    # A section's paragraphs ('42 CFR 493.1255(b)(3)') are tokens of their own, so the section's number stays
    # a word of its own.
    numbered = [r"(?<=[\d)])\((?:[a-z]{1,2}|\d{1,2}|[ivx]{1,4})\)"]
    suffix_search = util.compile_suffix_regex(
        [*english.suffixes, r"(?<=[^.\s][^.\s][A-Z])\.", *numbered]
    ).search
    # spaCy keeps a lower-case letter's stop together ('m.') for lettered lists; after a number the letter is
    # a unit or a model's suffix ('Mindray Passport 12m.'), and resumefit reads no lettered lists.
    rules = {k: v for k, v in english.tokenizer_exceptions.items() if not _LETTER_STOP.fullmatch(k)}
    tokenizer = Tokenizer(
        vocab,
        rules=rules,
        prefix_search=util.compile_prefix_regex(english.prefixes).search,
        suffix_search=_keep_credential_tail(suffix_search, patterns.tail),
        infix_finditer=util.compile_infix_regex(english.infixes).finditer,
        token_match=patterns.token.match,
        url_match=english.url_match,
    )
    table = lookup_table("lemma_lookup")
    return Pipeline(_NormalisingTokenizer(tokenizer, Normaliser(table, patterns.norm)))


def _keep_credential_tail(suffix_search, tail: re.Pattern[str]):  # noqa: ANN001, ANN202 - spaCy's callable
    """spaCy strips a leading '(' and a trailing ')' together, so '(PBT(ASCP)' would lose the
    credential's own ')'; a string ending in a credential gives up no suffix."""

    def search(text: str):  # noqa: ANN202
        return None if tail.search(text) else suffix_search(text)

    return search


_LETTER_STOP = re.compile(r"[^\W\d_A-Z]\.")
_FIELDS = frozenset({"engineering"})


_FORMS_KEPT = 200_000  # distinct token texts whose forms a Normaliser keeps


class Normaliser:
    """Sets norm_ (lower-case lemma) and lemma_ (case-preserving) on each token of a Doc."""

    def __init__(self, lemmas: Mapping[str, str], credential: re.Pattern[str] | None = None) -> None:
        self._lemmas = lemmas
        self._written: dict[str, str] = {}
        self._credential = credential or credential_patterns(()).norm
        self._cache: dict[str, tuple[str, str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if not token.is_space:
                token.lemma_, token.norm_ = self.token_forms(token.text)
        return doc

    def token_forms(self, text: str) -> tuple[str, str]:
        """forms(text), kept: documents and the vocabulary's forms share most of their words (kept to a
        bound, as a batch reads many documents)."""
        forms = self._cache.get(text)
        if forms is None:
            if len(self._cache) >= _FORMS_KEPT:
                self._cache.clear()
            forms = self._cache[text] = self.forms(text)
        return forms

    def forms(self, text: str, american: bool = True) -> tuple[str, str]:
        """(case-preserving form, lower-case lemma) of one token's text; the lemma of its American spelling
        unless ``american`` is false (the spelling as written, for telling a literal match from another
        spelling)."""
        text = _APOSTROPHE_S.sub("", text) or text
        credential = self._credential.match(text)
        if credential:
            exact = f"{credential.group(1)}({credential.group(2)})"
            return exact, exact.lower()
        text = _YEAR_EDITION.sub(r"\1", _EDITION_SUFFIX.sub("", text))
        exact = _singular_acronym(text)
        lemma = self._lemma(exact.lower(), american)
        if _SHORT_CAPITALS.fullmatch(exact) and not exact.lower().startswith(lemma):
            # 'AM', 'NT' are initials, not the English 'am' (be) or 'n't' (not); a plural's lemma keeps
            # the word's start ('GS' -> 'g' as ever). Longer words in capitals may be a brand's way with an
            # English word ('MET ONE' for Met One), so they are read as the word
            return exact, exact.lower()
        return exact, lemma

    def written(self, text: str) -> str:
        """The lower-case lemma of one token's text in its own spelling ('analysers' -> 'analyser')."""
        known = self._written.get(text)
        if known is None:
            known = self._written[text] = self.forms(text, american=False)[1]
        return known

    def lemma(self, lower: str) -> str:
        """The lower-case lemma of one lower-case word ('pumps' -> 'pump', 'x-rays' -> 'x-ray')."""
        return self._lemma(lower)

    def _lemma(self, lower: str, american: bool = True) -> str:
        if american:
            lower = american_word(lower)
        lemma = self._lemmas.get(lower)
        if lemma is not None:
            # 'electronics', 'genetics', 'physics' name a field; 'electronic', 'genetic' describe a thing; and
            # 'engineering' is a field, not what an engineer does ('B.S. in Biomedical Engineering')
            field = (lower.endswith("ics") and lemma == lower[:-1]) or lower in _FIELDS
            # the table's lemma has a lemma of its own: 'warmers' -> 'warmer' -> 'warm', as 'warmer' is read
            return lower if field else self._lemmas.get(lemma, lemma)
        if len(lower) >= 6 and lower.endswith(("ers", "ors")) and lower.isalpha():
            return lower[:-1]  # a plural the table lacks: 'pipettors', 'decappers', 'thermocyclers'
        if "-" in lower or "/" in lower:
            head, sep, last = max(lower.rpartition("-"), lower.rpartition("/"), key=lambda p: len(p[0]))
            return f"{head}{sep}{self._lemmas.get(last, last)}"
        return lower


def _singular_acronym(text: str) -> str:
    """AEDs -> AED, ESUs -> ESU; CMMS and PACS stay as they are."""
    if len(text) >= 3 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha():
        return text[:-1]
    return text


class _NormalisingTokenizer:
    """Wraps spaCy's tokenizer so every Doc, patterns included, is normalised the same way."""

    def __init__(self, tokenizer, normaliser: Normaliser) -> None:  # noqa: ANN001 - spaCy's Tokenizer
        self.tokenizer = tokenizer
        self.normaliser = normaliser
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        return self.normaliser(self.tokenizer(text))

    def to_bytes(self, **kwargs) -> bytes:  # noqa: ANN003
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs):  # noqa: ANN003, ANN201
        self.tokenizer.from_bytes(data, **kwargs)
        return self


def form_tokens(nlp: Pipeline, text: str, exact: bool) -> tuple[str, ...]:
    """A form's tokens as the matcher compares them: case-preserving lemmas, or lower-case norms."""
    return tuple(t.lemma_ if exact else t.norm_ for t in nlp.make_doc(text) if not t.is_punct)
