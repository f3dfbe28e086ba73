"""Import spaCy without its command line.

``import spacy`` runs ``from .cli.info import info``, which imports spaCy's whole CLI: training loops,
the project tool and an HTTP client, about a quarter of a second that tokenising never uses. While spaCy
itself is first imported, two stand-in modules answer for ``spacy.cli`` and ``spacy.cli.info``; they are
removed at once, so a later ``import spacy.cli`` (by a program that embeds resumefit) loads the real CLI,
and ``spacy.info`` still works: it imports the real one when called.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import types
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any


def import_spacy() -> types.ModuleType:
    """The spacy package, imported without spacy.cli when this process has not imported it yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package = types.ModuleType("spacy.cli")
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is package:
        del spacy.cli
    return spacy


def _info(*args: object, **kwargs: object) -> object:
    from spacy.cli.info import info

    return info(*args, **kwargs)


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words."""
    import_spacy()
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def lookup_table(name: str) -> Mapping[str, Any]:
    """An English table of spacy-lookups-data ("lemma_lookup", "lemma_index") keyed by string.

    Read from the package's gzipped JSON directly: spaCy's loader hashes every key into a Table first,
    which takes twice as long and makes every lookup hash its key again.
    """
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"en_{name}.json.gz"
    try:
        with gzip.open(path) as stream:
            return json.load(stream)
    except OSError:  # another layout of the data package: spaCy's loader finds the table
        import_spacy()
        from spacy.lookups import load_lookups

        return _ByString(load_lookups("en", [name]).get_table(name))


class _ByString(Mapping[str, Any]):
    """A spaCy lookups Table (keyed by string hashes) read by string."""

    def __init__(self, table: Any) -> None:  # noqa: ANN401 - spacy.lookups.Table
        self._table = table

    def __getitem__(self, key: str) -> Any:  # noqa: ANN401
        if key not in self._table:
            raise KeyError(key)
        return self._table[key]

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a lookups Table keeps hashes, not its keys")

    def __len__(self) -> int:
        return len(self._table)


@cache
def american_spellings() -> dict[str, str]:
    """British spellings of single words and their American forms, lower case (spacy-lookups-data's
    English 'lexeme_norm' table, less its contractions and phrases)."""
    table = lookup_table("lexeme_norm")
    return {
        key.lower(): value.strip().lower()
        for key, value in table.items()
        if key.isalpha() and value.strip().isalpha() and key.lower() != value.strip().lower()
    }


def american_word(lower: str) -> str:
    """The American spelling of one lower-case word: 'haematology' -> 'hematology', 'analysers' ->
    'analyzers', 'sterilisation' -> 'sterilization'. Used alike on documents, on the vocabulary's forms and on
    stored keys (without spaCy)."""
    known = american_spellings().get(lower)
    if known is not None:
        return known
    if len(lower) < 5 or not _BRITISH_HINT.search(lower):
        return lower
    for pattern, american in _BRITISH_PATTERNS:
        lower = pattern.sub(american, lower)
    return lower


# What the table of spellings does not hold, by rule: the -isation and -yser/-yse endings ('analyser',
# 'dialysed'; never '-yses', the plural of '-ysis') and the Greek ae/oe of medicine ('haemolysis',
# 'anaemia', 'paediatric', 'oedema').
_BRITISH_HINT = re.compile(r"isation|ys(?:e|ed|er|ers|ing)$|haem|aemi|paed|^oe[ds]|gynaec")
_HAEM = (re.compile(r"^(an)?haem"), r"\1hem")
_OE = (re.compile(r"^oe(?=d|s)"), "e")
# the two the open-term matcher also applies to a wording's key (with the table alone otherwise)
MEDICAL_BRITISH = (_HAEM, _OE)
_BRITISH_PATTERNS = (
    (re.compile(r"isation"), "ization"),
    (re.compile(r"(?<=[a-z]{3})ys(e|ed|er|ers|ing)$"), r"yz\1"),
    _HAEM,
    (re.compile(r"aemi(a|as|c)$"), r"emi\1"),
    (re.compile(r"^(ortho)?paed"), r"\1ped"),
    _OE,
    (re.compile(r"^gynaec"), "gynec"),
)
