"""Page geometry for PDFs: grouping words into rows, finding column gutters, and the reading order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_GUTTER = 12.0  # points of empty width between two columns
MAX_CROSSING_SHARE = 0.15  # a gutter may be crossed by this share of rows (a name or summary set full width)
MIN_SIDE_SHARE = 0.12  # each side of a gutter must hold this share of the page's characters
MIN_SIDE_ROWS = 3
# Within the rows a column spans, most rows must have text in it: a column is a block, while right-aligned
# dates or a skills grid leave rows of the "column" empty between them.
MIN_SIDE_DENSITY = 0.4


@dataclass(frozen=True, slots=True)
class Word:
    """One word on a PDF page with its box (points, from the top-left) and font."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def group_rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into rows: a word joins a row when its vertical middle lies within the row's span."""
    rows: list[list[Word]] = []
    span: tuple[float, float] | None = None
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if span is not None and span[0] <= word.middle <= span[1]:
            rows[-1].append(word)
            span = (span[0], max(span[1], min(word.bottom, span[0] + 2 * (span[1] - span[0]))))
        else:
            rows.append([word])
            span = (word.top, word.bottom)
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def find_gutters(rows: Sequence[Sequence[Word]]) -> list[float]:
    """The x positions of column gutters: wide vertical strips of white that few rows cross."""
    words = [w for row in rows for w in row]
    if len(rows) < 2 * MIN_SIDE_ROWS:
        return []
    left, right = int(min(w.x0 for w in words)), int(max(w.x1 for w in words)) + 1
    coverage = _coverage(words, left, right)
    allowed = max(2, int(len(rows) * MAX_CROSSING_SHARE))
    margin = int((right - left) * 0.1)
    gaps = _low_runs(coverage, left, margin, allowed)
    return [g for g in gaps if _splits_text(rows, words, g)]


def _coverage(words: Sequence[Word], left: int, right: int) -> list[int]:
    diff = [0] * (right - left + 2)
    for word in words:
        diff[int(word.x0) - left] += 1
        diff[int(word.x1) + 1 - left] -= 1
    coverage, total = [], 0
    for step in diff[:-1]:
        total += step
        coverage.append(total)
    return coverage


def _low_runs(coverage: list[int], left: int, margin: int, allowed: int) -> list[float]:
    gutters: list[float] = []
    start = None
    for i in range(margin, len(coverage) - margin + 1):
        low = i < len(coverage) - margin and coverage[i] <= allowed
        if low and start is None:
            start = i
        elif not low and start is not None:
            if i - start >= MIN_GUTTER:
                gutters.append(left + _clearest_middle(coverage, start, i))
            start = None
    return gutters


def _clearest_middle(coverage: list[int], start: int, end: int) -> float:
    """The middle of the clearest stretch of coverage[start:end] at least half a gutter wide.

    The clearest level is tried first, so a column's ragged edge does not pull the split into its text;
    a stretch narrower than half a gutter is only the space between two words of a full-width line.
    """
    for level in range(min(coverage[start:end]), max(coverage[start:end]) + 1):
        first, length = _longest_stretch(coverage, start, end, level)
        if length >= MIN_GUTTER / 2:
            return first + length / 2
    return (start + end) / 2


def _longest_stretch(coverage: list[int], start: int, end: int, level: int) -> tuple[int, int]:
    best, best_len, run_start = start, 0, None
    for i in range(start, end + 1):
        if i < end and coverage[i] <= level:
            run_start = i if run_start is None else run_start
        elif run_start is not None:
            if i - run_start > best_len:
                best, best_len = run_start, i - run_start
            run_start = None
    return best, best_len


def _splits_text(rows: Sequence[Sequence[Word]], words: Sequence[Word], x: float) -> bool:
    total = sum(len(w.text) for w in words) or 1
    left = sum(len(w.text) for w in words if w.x1 <= x)
    right = sum(len(w.text) for w in words if w.x0 >= x)
    if min(left, right) / total < MIN_SIDE_SHARE:
        return False
    left_rows = [any(w.x1 <= x for w in row) for row in rows]
    right_rows = [any(w.x0 >= x for w in row) for row in rows]
    return _is_block(left_rows) and _is_block(right_rows)


def _is_block(has_text: list[bool]) -> bool:
    """Enough rows with text, and dense within the rows from the first to the last of them."""
    marked = [i for i, flag in enumerate(has_text) if flag]
    if len(marked) < MIN_SIDE_ROWS:
        return False
    return len(marked) / (marked[-1] - marked[0] + 1) >= MIN_SIDE_DENSITY


def order_page_lines(words: Sequence[Word]) -> tuple[list[tuple[list[Word], int]], int]:
    """Lines of a page in reading order as (words, column), and the number of columns found.

    Rows that cross a gutter (a full-width name or summary) are read where they stand; the rows between
    them are read column by column, left column first.
    """
    rows = group_rows(words)
    gutters = find_gutters(rows)
    if not gutters:
        return [(row, 0) for row in rows], 1
    ordered: list[tuple[list[Word], int]] = []
    block: list[list[Word]] = []
    for row in rows:
        if _crosses(row, gutters):
            ordered.extend(_read_columns(block, gutters))
            ordered.append((row, 0))
            block = []
        else:
            block.append(row)
    ordered.extend(_read_columns(block, gutters))
    return ordered, len(gutters) + 1


def _crosses(row: Sequence[Word], gutters: Sequence[float]) -> bool:
    return any(w.x0 < g < w.x1 for w in row for g in gutters)


def _read_columns(block: list[list[Word]], gutters: Sequence[float]) -> list[tuple[list[Word], int]]:
    columns: list[list[Word]] = [[] for _ in range(len(gutters) + 1)]
    for word in (w for row in block for w in row):
        centre = (word.x0 + word.x1) / 2
        columns[sum(1 for g in gutters if centre > g)].append(word)
    return [(row, number) for number, column in enumerate(columns, start=1) for row in group_rows(column)]
