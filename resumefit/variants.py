"""The ways of writing a vocabulary form that tokenise differently, and the credential notation they know.

Free of spaCy and rapidfuzz, so the wheel's build step can store what every check would otherwise work out
anew (the anchor word of each way of writing a form, from which the matcher takes its anchors).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from resumefit.models import Concept, SurfaceForm

_LABORATORY = re.compile(r"\b[Ll]aboratory\b")
_MEDICAL = re.compile(r"\b[Mm]edical\b")
# a qualification by its abbreviation and its subject: 'ND Biomedical Technology', 'B.Tech Biomedical
# Engineering', 'BSc Medical Laboratory Science' (no bare 'BS' or 'MS': MS Office, BS EN 285)
_DEGREE_AND_SUBJECT = re.compile(
    r"^(?P<degree>(?:B|M)\.\s?(?:Sc|S|Tech|Eng|E|A|HSc|ASc|Pharm|Phil)\.?|(?:B|M)(?:Sc|Tech|Eng|HSc|ASc)|"
    r"N\.?D\.?|H\.?N\.?[DC]\.?)\s+(?:in\s+)?(?P<subject>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|and|of))*)$"
)


@dataclass(frozen=True, slots=True)
class _Credentials:
    """Patterns for credentials written LETTERS(BODY), built from the lexicon's issuing bodies."""

    form: re.Pattern[str]  # a form that is exactly such a credential
    spaced: re.Pattern[str]  # 'MLS (ASCP)' in running text
    stacked: re.Pattern[str]  # 'MT(ASCP)SBB' holds SBB(ASCP)


@lru_cache(maxsize=8)
def credential_regexes(bodies: tuple[str, ...]) -> _Credentials:
    """The credential patterns for these issuing bodies."""
    names = "|".join(sorted(map(re.escape, bodies), key=len, reverse=True)) or "(?!)"
    return _Credentials(
        form=re.compile(rf"^([A-Z]{{1,5}})\(({names})\)$"),
        spaced=re.compile(rf"\b([A-Z]{{1,5}})\s+\(((?:{names})i?)\)"),
        stacked=re.compile(rf"^[A-Z]{{1,5}}\((?P<org>{names})i?\)(?:CM)?(?P<extra>[A-Z]{{1,4}}?)(?:CM)?$"),
    )


_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_PLAIN = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss"}
_UMLAUT = re.compile("[äöüÄÖÜß]")


_IEC_NUMBER = re.compile(r"^IEC\s?(6\d{4}(?:-\d+)*)$")
_CODE_NUMBER = re.compile(r"^([A-Z]{2,5})(\s?)(\d{2,5})$")
_ZERO_PADDED = re.compile(r"^([A-Z]{1,4})0(\d)(-[A-Z]\d?|c)$")
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_CODE_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=\d)|(?<=\d)-(?=[A-Za-z])")
_WORD_PARTS = re.compile(r"[A-Za-z0-9]+")


def umlaut_spellings(text: str) -> list[str]:
    """Dräger is written Draeger or Drager, Rili-BÄK Rili-BAEK, where a keyboard has no umlauts."""
    if not _UMLAUT.search(text):
        return []
    return [
        _UMLAUT.sub(lambda m: _UMLAUTS[m.group(0)], text),
        _UMLAUT.sub(lambda m: _PLAIN[m.group(0)], text),
    ]


def form_variants(form: SurfaceForm, credentials: _Credentials | None = None) -> list[str]:
    """The ways of writing a form that tokenise differently: X-ray / X ray / Xray, MLS(ASCP) / MLS (ASCP)."""
    text = form.text
    variants = [text]
    credential = credentials.form.match(text) if credentials else None
    if credential:
        letters, body = credential.groups()
        variants += [f"{letters} ({body})", f"{letters} {body}", f"{letters}, {body}"]
        if body == "ASCP":
            variants.append(f"{letters} (ASCPi)")
    if _WORD_HYPHEN.search(text):
        variants += [_WORD_HYPHEN.sub(" ", text), _WORD_HYPHEN.sub("", text)]
    if _CODE_HYPHEN.search(text):  # model codes: 'DBB-07' / 'DBB07'
        variants.append(_CODE_HYPHEN.sub("", text))
    edition = _ZERO_PADDED.match(text)
    if edition:  # a document with its edition: 'EP09-A3' is also written 'EP9-A3'
        variants.append(edition.expand(r"\1\2\3"))
    european = _IEC_NUMBER.match(text)
    if european:  # Europe adopts an IEC standard under its number: 'IEC 62353' is 'EN 62353', 'BS EN 62353'
        variants.append(f"EN {european.group(1)}")
    numbered = _CODE_NUMBER.match(text)
    if numbered:  # 'UN3373' / 'UN 3373', 'ISO 15189' / 'ISO15189'
        letters, gap, digits = numbered.groups()
        variants.append(f"{letters}{digits}" if gap else f"{letters} {digits}")
    variants += umlaut_spellings(text)
    # 'ND: Biomedical Technology', 'B.Tech, Biomedical Engineering': a qualification's label, then its subject
    qualification = _DEGREE_AND_SUBJECT.match(text)
    if qualification:
        degree, subject = qualification.group("degree", "subject")
        variants += [f"{degree}: {subject}", f"{degree}, {subject}"]
    if not form.case_sensitive and _LABORATORY.search(text):
        variants += [_LABORATORY.sub(lambda m: m.group(0)[:3], v) for v in variants]  # Medical Lab Technology
    if not form.case_sensitive and _MEDICAL.search(text) and " " in text.strip():
        variants += [_MEDICAL.sub(lambda m: m.group(0)[:3], v) for v in variants]  # Med gas, Med Tech
    return list(dict.fromkeys(variants))


def anchor_words(
    form: SurfaceForm, credentials: _Credentials | None = None, counts: Mapping[str, int] | None = None
) -> tuple[str, ...]:
    """For each way of writing the form, the word a match must hold that the fewest forms share ('X-ray'
    gives 'ray' and 'Xray'): 'QC' in 'Sysmex XN QC material' rather than 'material'. Every word of a form is
    in each of its matches, so any would do; a rare one puts the form among few others, so a document
    holding a common word compiles only the forms it could hold. A word whose anchor would be short (three
    letters start many words) is taken only when every word is; ties go to the longest word. ``counts``
    (from ``word_counts``) says how many forms hold each word; without it, the longest word is taken."""
    counts = counts or {}
    found = []
    for text in form_variants(form, credentials):
        words = _WORD_PARTS.findall(text) or [text]
        found.append(min(words, key=lambda w: (_anchor_size(w) < 4, counts.get(w.lower(), 0), -len(w))))
    return tuple(dict.fromkeys(found))


def _anchor_size(word: str) -> int:
    """The length of the anchor the matcher takes from a word (it drops two letters of a long word for
    endings that change: analyzer/analyzers)."""
    return len(word) if len(word) <= 4 else max(3, len(word) - 2)


def word_counts(texts: Iterable[str]) -> dict[str, int]:
    """How many of the texts (the vocabulary's forms) hold each word, lower case."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in {w.lower() for w in _WORD_PARTS.findall(text)}:
            counts[word] = counts.get(word, 0) + 1
    return counts


def wording_key(text: str) -> tuple[str, ...]:
    """A key for comparing two wordings of an open term: case, plural and punctuation aside."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return tuple(_singular(w) for w in words)


def _singular(word: str) -> str:
    """'switches' -> switch, 'pumps' -> pump, 'batteries' -> battery; 'glass', 'status', 'analysis',
    'series' and 'forceps' stay."""
    if (
        len(word) <= 3
        or not word.endswith("s")
        or word.endswith(("ss", "us", "is", "ceps", "series", "species"))
    ):
        return word
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    return word[:-1]


def form_keys(concepts: Iterable[Concept]) -> frozenset[tuple[str, ...]]:
    """The wording keys of every form of the concepts, but for a plain wording (lower case, or of several
    words) the vocabulary knows only beside its context words (its other guards refuse further senses): where
    those words are missing it still names a thing ('water sampling for heterotrophic plate count' on a
    heater-cooler line is no pharmaceutical water sampling, but is asked; an MRI's 'RF amplifiers' are no
    cyclotron's RF system, but are asked); an acronym known only so is held back only when not written in
    capitals (_acronym_in_context)."""
    keys = set()
    for form in (f for c in concepts for f in c.forms):
        if _acronym_in_context(form):
            key = wording_key(form.text)
            keys.add((NAME_MARK + key[0], *key[1:]))  # held back only when not written in capitals
        elif not _plain_in_context(form):
            keys.add(_form_key(form))
    return frozenset(keys)


NAME_MARK = "~"  # marks the key of a name the vocabulary knows only in its own capitals ('Epic')


def _form_key(form: SurfaceForm) -> tuple[str, ...]:
    """A form's wording key; a case-sensitive name written in small letters too ('Epic') is marked, so the
    same letters shouted ('EPICS', a control system) are not taken for it."""
    key = wording_key(form.text)
    if form.case_sensitive and key and any(c.islower() for c in form.text):
        return (NAME_MARK + key[0], *key[1:])
    return key


def is_form_key(text: str, keys: frozenset[tuple[str, ...]] | set[tuple[str, ...]]) -> bool:
    """Whether ``text`` is a wording among the form ``keys``, a marked name only when not written in
    capitals."""
    key = wording_key(text)
    if not key:
        return False
    if key in keys:
        return True
    return not text.isupper() and (NAME_MARK + key[0], *key[1:]) in keys


def _acronym_in_context(form: SurfaceForm) -> bool:
    """An acronym known only beside its field's words ('EMA' for endomysial antibodies): elsewhere, written
    in capitals, it still names something asked for ('FDA, EMA' inspections); in small letters ('act as a
    lead') it is held back as before."""
    return (
        bool(form.context)
        and form.case_sensitive
        and not (form.guards or form.not_after or form.not_before)
        and re.fullmatch(r"[A-Z][A-Z0-9]{2,7}", form.text) is not None
    )


def _plain_in_context(form: SurfaceForm) -> bool:
    return (
        bool(form.context)
        and not (form.guards or form.case_sensitive)
        and (form.text == form.text.lower() or " " in form.text)  # 'RF amplifier' of a cyclotron's RF
        and len(form.text) >= 5
    )
