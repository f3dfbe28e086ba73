"""The ways of writing a vocabulary form that tokenise differently, and the credential notation they know.

Free of spaCy and rapidfuzz, so the wheel's build step can store what every check would otherwise work out
anew (the longest word of each way of writing a form, from which the matcher takes its anchors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from resumefit.models import SurfaceForm

_LABORATORY = re.compile(r"\b[Ll]aboratory\b")
_MEDICAL = re.compile(r"\b[Mm]edical\b")


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
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_CODE_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=\d)|(?<=\d)-(?=[A-Za-z])")
_WORD_PARTS = re.compile(r"[A-Za-z0-9]+")


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
    european = _IEC_NUMBER.match(text)
    if european:  # Europe adopts an IEC standard under its number: 'IEC 62353' is 'EN 62353', 'BS EN 62353'
        variants.append(f"EN {european.group(1)}")
    numbered = _CODE_NUMBER.match(text)
    if numbered:  # 'UN3373' / 'UN 3373', 'ISO 15189' / 'ISO15189'
        letters, gap, digits = numbered.groups()
        variants.append(f"{letters}{digits}" if gap else f"{letters} {digits}")
    if _UMLAUT.search(text):  # Dräger is written Draeger or Drager where a keyboard has no umlauts
        variants += [
            _UMLAUT.sub(lambda m: _UMLAUTS[m.group(0)], text),
            _UMLAUT.sub(lambda m: _PLAIN[m.group(0)], text),
        ]
    if not form.case_sensitive and _LABORATORY.search(text):
        variants += [_LABORATORY.sub(lambda m: m.group(0)[:3], v) for v in variants]  # Medical Lab Technology
    if not form.case_sensitive and _MEDICAL.search(text) and " " in text.strip():
        variants += [_MEDICAL.sub(lambda m: m.group(0)[:3], v) for v in variants]  # Med gas, Med Tech
    return list(dict.fromkeys(variants))


def longest_words(form: SurfaceForm, credentials: _Credentials | None = None) -> tuple[str, ...]:
    """The longest word of each way of writing the form, as written ('X-ray' gives 'ray' and 'Xray')."""
    found = []
    for text in form_variants(form, credentials):
        words = _WORD_PARTS.findall(text) or [text]
        found.append(max(words, key=len))
    return tuple(dict.fromkeys(found))
