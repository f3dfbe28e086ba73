"""Text clean-up shared by every format: ligatures, letter spacing, smart punctuation, control characters."""

from __future__ import annotations

import re
import unicodedata

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")

_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
        "\t": " ",
    }
)

# (cid:N) is pdfminer's stand-in for a glyph it could not map; U+FFFD and runs of private-use code points
# are glyphs that reach the ATS as junk. A lone private-use character is usually an icon font glyph.
_GARBLED_RE = re.compile(r"(?:\(cid:\d+\))+|\ufffd+|[\ue000-\uf8ff]{2,}")
_LONE_PRIVATE_USE_RE = re.compile(r"[\ue000-\uf8ff]")
# Three or more single capitals separated by single spaces: "E X P E R I E N C E". Words of a
# letter-spaced phrase are separated by two or more spaces, so each becomes its own match.
_LETTER_SPACED_RE = re.compile(r"(?<![\w.])(?:[A-Z] ){2,}[A-Z](?![\w.])")
_SPACES_RE = re.compile(r" {2,}")


def expand_ligatures(text: str) -> tuple[str, int]:
    """``text`` with ligature characters spelled out, and how many there were."""
    count = len(_LIGATURE_RE.findall(text))
    if not count:
        return text, 0
    return _LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], text), count


def find_garbled(text: str) -> list[str]:
    """Runs of unreadable glyphs in ``text``, e.g. ``(cid:12)(cid:7)``."""
    return [m.group() for m in _GARBLED_RE.finditer(text)]


def rejoin_letter_spacing(text: str) -> tuple[str, list[str]]:
    """``text`` with letter-spaced words ("S K I L L S") rejoined, and the words that were."""
    words: list[str] = []

    def join(match: re.Match[str]) -> str:
        word = match.group().replace(" ", "")
        words.append(word)
        return word

    return _LETTER_SPACED_RE.sub(join, text), words


def clean_text(text: str) -> str:
    """Smart quotes and dashes made plain, control characters and icon glyphs dropped, spaces collapsed."""
    text = unicodedata.normalize("NFC", text.translate(_PUNCTUATION))
    text = _LONE_PRIVATE_USE_RE.sub("", text)
    text = "".join(ch for ch in text if ch == "\ufffd" or not _is_control(ch))
    return _SPACES_RE.sub(" ", text).strip()


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")


def normalise_line(text: str) -> tuple[str, int, list[str], list[str]]:
    """One line's text made ready: (clean text, ligatures, letter-spaced words, garbled runs)."""
    garbled = find_garbled(text)
    text, ligatures = expand_ligatures(text)
    text = text.translate(_PUNCTUATION)
    text, spaced = rejoin_letter_spacing(text)
    return clean_text(text), ligatures, spaced, garbled
