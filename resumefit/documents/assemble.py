"""Turning a reader's draft lines into the Document's numbered, normalised lines and text facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from resumefit.documents.normalize import normalise_line
from resumefit.models import Line

MAX_GARBLED_SAMPLES = 20


@dataclass(frozen=True, slots=True)
class AssembledLines:
    """Lines numbered in reading order, with what normalising their text revealed."""

    lines: tuple[Line, ...]
    ligatures: int
    letter_spaced: tuple[str, ...]
    garbled: tuple[str, ...]


def assemble_lines(drafts: Iterable[Line], letter_spaced: Iterable[str] = ()) -> AssembledLines:
    """Normalise each draft line's text, drop empty lines and number the rest 0..n-1."""
    lines: list[Line] = []
    ligatures = 0
    spaced: list[str] = list(letter_spaced)
    garbled: list[str] = []
    for draft in drafts:
        text, found_ligatures, found_spaced, found_garbled = normalise_line(draft.text)
        ligatures += found_ligatures
        spaced.extend(found_spaced)
        garbled.extend(found_garbled)
        if text:
            lines.append(replace(draft, text=text, index=len(lines)))
    samples = tuple(dict.fromkeys(garbled))[:MAX_GARBLED_SAMPLES]
    return AssembledLines(tuple(lines), ligatures, tuple(dict.fromkeys(spaced)), samples)


def most_common_size(lines: Iterable[Line]) -> float | None:
    """The font size that sets the most characters: the body text size."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.font_size:
            sizes[line.font_size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None
