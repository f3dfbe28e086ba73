"""All pairs at once: resumes x concepts and postings x concepts as sparse matrices, top-k both ways.

A posting row holds its requirement slots' importance weights, scaled to sum to 1; a resume row holds the
credit it earns on each slot (1 named, 0.8 an equivalent such as MT(ASCP) for MLS(ASCP), 0.6 a narrower
concept, halved when only in a header or text box; an either/or slot takes its best member). Their
product is each pair's coverage share, so the estimated score is 60 x coverage + the resume's points
outside coverage: the report's total with every named term taken as literal. Pairs that miss a required
credential are gated out, and pairs are only formed inside a track block (lab resumes with lab and
untracked postings, equipment with equipment), tile by tile, so memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from resumefit.models import Track
from resumefit.scale.profiles import BOTH, Profile
from resumefit.scoring import COVERAGE, MAX_POINTS
from resumefit.vocab import Vocabulary

NAMED, EQUIVALENT, NARROWER = 1.0, 0.8, 0.6  # scoring.CREDIT for literal, synonym, related
BLOCKS = {Track.LAB.value: 0, BOTH: 1, Track.EQUIPMENT.value: 2}
RESUME_TILE, POSTING_TILE = 1024, 4096
SCORE_STEPS = 1000  # scores are ranked in thousandths of a point
GATED = -1  # the points of a gated pair: below any score
GATED_KEY = GATED << 32  # a gated pair's key is at most this (and an empty place's is far below)
EMPTY = -(1 << 62)  # an empty place: below every key, and safe to negate


@dataclass(frozen=True)
class Side:
    """One side of the matrix: a row per document."""

    weights: sparse.csr_matrix  # rows x slots
    blocks: np.ndarray  # 0 lab, 1 both, 2 equipment
    quality: np.ndarray  # resumes: points outside coverage; postings: zeros
    required: sparse.csr_matrix | None = None  # postings: rows x slots, 1 where a resume must meet it


@dataclass(frozen=True)
class TopK:
    """The k best partners of every row on both sides (index -1 and score -inf where fewer qualify)."""

    postings_for_resume: np.ndarray  # resumes x k posting indexes, best first
    resume_scores: np.ndarray
    resumes_for_posting: np.ndarray  # postings x k resume indexes, best first
    posting_scores: np.ndarray
    pairs: int  # pairs scored (inside blocks)


def slot_columns(postings: Sequence[Profile]) -> dict[str, int]:
    """A column per requirement slot any posting has."""
    columns: dict[str, int] = {}
    for profile in postings:
        for slot in profile.concepts:
            columns.setdefault(slot, len(columns))
    return columns


def posting_side(postings: Sequence[Profile], columns: dict[str, int]) -> Side:
    """Postings x slots: importance weights scaled to sum to 1 per posting; required slots marked."""
    weights = _matrix(
        [(p.concepts, np.asarray(p.weights) / (sum(p.weights) or 1.0)) for p in postings], columns
    )
    required = _matrix([(p.required, np.ones(len(p.required))) for p in postings], columns)
    blocks = np.array([BLOCKS.get(p.track, 1) for p in postings], dtype=np.int8)
    return Side(weights, blocks, np.zeros(len(postings), dtype=np.float32), required)


def resume_side(resumes: Sequence[Profile], columns: dict[str, int], vocabulary: Vocabulary) -> Side:
    """Resumes x slots: the credit each resume earns on each slot."""
    credits = SlotCredits(columns, vocabulary)
    rows = [credits.of(profile) for profile in resumes]
    blocks = np.array([BLOCKS.get(p.track, 1) for p in resumes], dtype=np.int8)
    quality = np.array([p.quality for p in resumes], dtype=np.float32)
    return Side(_matrix(rows, columns), blocks, quality)


def _matrix(rows: Sequence[tuple[Sequence[str], np.ndarray]], columns: dict[str, int]) -> sparse.csr_matrix:
    indptr, indices, data = [0], [], []
    for keys, values in rows:
        for key, value in zip(keys, values, strict=True):
            if key in columns:
                indices.append(columns[key])
                data.append(value)
        indptr.append(len(indices))
    shape = (len(rows), len(columns))
    matrix = sparse.csr_matrix((np.asarray(data, np.float32), indices, indptr), shape=shape)
    matrix.sum_duplicates()
    return matrix


class SlotCredits:
    """What a resume's concepts earn on each slot, through the vocabulary's equivalents and is-a links."""

    def __init__(self, columns: dict[str, int], vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.members: dict[str, list[str]] = {}  # concept id -> slots it belongs to
        for slot in columns:
            for concept_id in slot.split("|"):
                self.members.setdefault(concept_id, []).append(slot)
        self.mutual: dict[str, list[str]] = {}  # concept id -> concepts that list it as same_as
        for concept in vocabulary.concepts.values():
            for other in concept.same_as:
                self.mutual.setdefault(other, []).append(concept.id)
        self._reach: dict[str, tuple[tuple[str, float], ...]] = {}

    def of(self, profile: Profile) -> tuple[list[str], np.ndarray]:
        """(slots, credits) of one resume: the best credit per slot."""
        best: dict[str, float] = {}
        for concept_id, factor in zip(profile.concepts, profile.weights, strict=True):
            for target, credit in self.reach(concept_id):
                for slot in self.members.get(target, ()):
                    best[slot] = max(best.get(slot, 0.0), credit * factor)
        return list(best), np.fromiter(best.values(), np.float32, len(best))

    def reach(self, concept_id: str) -> tuple[tuple[str, float], ...]:
        """The requirement concepts a named concept answers, with the credit: itself, its equivalents,
        every broader concept (a narrower term on the resume is related to a broader requirement)."""
        if concept_id not in self._reach:
            vocab = self.vocabulary
            concept = vocab.concepts.get(concept_id)
            found = {concept_id: NAMED}
            if concept is not None:
                for other in [*concept.same_as, *self.mutual.get(concept_id, ())]:
                    found.setdefault(other, EQUIVALENT)
                for parent in vocab.ancestors(concept_id):
                    found.setdefault(parent, NARROWER)
                # what it shows experience of (an instrument's method), and what is broader than that
                for source in (concept_id, *vocab.ancestors(concept_id)):
                    for target in vocab.concepts[source].related:
                        for shown in (target, *vocab.ancestors(target)):
                            found.setdefault(shown, NARROWER)
            self._reach[concept_id] = tuple(found.items())
        return self._reach[concept_id]


def top_k(resumes: Side, postings: Side, k: int, *, gate: bool = True, block: bool = True) -> TopK:
    """The k best postings per resume and the k best resumes per posting, by estimated score."""
    best = _Best(resumes.weights.shape[0], postings.weights.shape[0], k)
    order = np.argsort(postings.blocks, kind="stable") if block else np.arange(postings.blocks.size)
    plan = _block_plan(resumes.blocks, postings.blocks[order], block)
    weights_t = postings.weights[order].T.tocsc()
    required = postings.required[order] if postings.required is not None else None
    needed = np.asarray(required.sum(axis=1)).ravel() if required is not None else None
    required_t = required.T.tocsc() if required is not None else None
    pairs = 0
    for rows, start, stop in plan:
        for r0 in range(0, rows.size, RESUME_TILE):
            chunk = rows[r0 : r0 + RESUME_TILE]
            credit = resumes.weights[chunk]
            met = (credit > 0).astype(np.float32)
            for c0 in range(start, stop, POSTING_TILE):
                c1 = min(c0 + POSTING_TILE, stop)
                scores = (credit @ weights_t[:, c0:c1]).toarray() * MAX_POINTS[COVERAGE]
                scores += resumes.quality[chunk, None]
                points = np.rint(scores * SCORE_STEPS).astype(np.int64)
                if gate and required_t is not None:
                    points[(met @ required_t[:, c0:c1]).toarray() < needed[c0:c1]] = GATED
                best.add(chunk, order[c0:c1], points)
                pairs += chunk.size * (c1 - c0)
    return best.result(pairs)


def _block_plan(resume_blocks: np.ndarray, posting_blocks: np.ndarray, block: bool) -> list:
    """(resume rows, posting start, posting stop) per block; postings are sorted lab, both, equipment."""
    everyone = np.arange(resume_blocks.size)
    if not block:
        return [(everyone, 0, posting_blocks.size)]
    lab_end = int(np.searchsorted(posting_blocks, 1))
    both_end = int(np.searchsorted(posting_blocks, 2))
    return [
        (everyone[resume_blocks == 0], 0, both_end),
        (everyone[resume_blocks == 1], 0, posting_blocks.size),
        (everyone[resume_blocks == 2], lab_end, posting_blocks.size),
    ]


class _Best:
    """Running top-k per resume and per posting, merged tile by tile.

    Each candidate is ranked by one int64 key, score steps above the partner index (higher score first,
    then the lower index), so keys never tie and the result does not depend on how the pairs were tiled.
    """

    def __init__(self, resumes: int, postings: int, k: int) -> None:
        self.k = k
        self.r_key = np.full((resumes, k), EMPTY, np.int64)
        self.r_index = np.full((resumes, k), -1, np.int64)
        self.p_key = np.full((postings, k), EMPTY, np.int64)
        self.p_index = np.full((postings, k), -1, np.int64)

    def add(self, rows: np.ndarray, columns: np.ndarray, points: np.ndarray) -> None:
        """Offer a tile: points[i, j] for resume rows[i] and posting columns[j]."""
        shifted = points << 32
        _merge(self.r_key, self.r_index, rows, shifted - columns[None, :], columns, self.k)
        _merge(self.p_key, self.p_index, columns, (shifted - rows[:, None]).T, rows, self.k)

    def result(self, pairs: int) -> TopK:
        r_index, r_score = _ordered(self.r_key, self.r_index)
        p_index, p_score = _ordered(self.p_key, self.p_index)
        return TopK(r_index, r_score, p_index, p_score, pairs)


def _merge(
    best_key: np.ndarray,
    best_index: np.ndarray,
    rows: np.ndarray,
    keys: np.ndarray,
    partners: np.ndarray,
    k: int,
) -> None:
    """Keep, for each row, the k best of what it had and this tile's candidates."""
    key = np.concatenate([best_key[rows], keys], axis=1)
    index = np.concatenate([best_index[rows], np.broadcast_to(partners, keys.shape)], axis=1)
    if key.shape[1] > k:
        keep = np.argpartition(-key, k - 1, axis=1)[:, :k]
        key = np.take_along_axis(key, keep, axis=1)
        index = np.take_along_axis(index, keep, axis=1)
    best_key[rows], best_index[rows] = key, index


def _ordered(key: np.ndarray, index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Best first; gated and empty places as index -1 and score -inf."""
    order = np.argsort(-key, axis=1, kind="stable")
    key = np.take_along_axis(key, order, axis=1)
    index = np.take_along_axis(index, order, axis=1)
    kept = key > GATED_KEY
    score = np.where(kept, ((key + index) >> 32) / SCORE_STEPS, -np.inf).astype(np.float32)
    return np.where(kept, index, -1), score


__all__ = ["Side", "SlotCredits", "TopK", "posting_side", "resume_side", "slot_columns", "top_k"]
