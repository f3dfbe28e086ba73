"""The sparse concept matrix: credits through the vocabulary, either/or slots, gate, blocks, tiles."""

from __future__ import annotations

import numpy as np
import pytest

from tests.scale.conftest import require_extra

require_extra("pyarrow", "scipy")

from resumefit.scale import matrix  # noqa: E402
from resumefit.scale.matrix import SlotCredits, posting_side, resume_side, slot_columns, top_k  # noqa: E402
from resumefit.scale.profiles import Profile  # noqa: E402


def resume(*concepts: str, track: str = "both", quality: float = 0.0, at_risk: float = 1.0) -> Profile:
    return Profile(concepts, (at_risk,) * len(concepts), (), track, quality)


def posting(slots: dict[str, float], required: tuple[str, ...] = (), track: str = "both") -> Profile:
    return Profile(tuple(slots), tuple(slots.values()), required, track)


def credits(profile: Profile, slots: list[str], vocabulary) -> dict[str, float]:
    found, values = SlotCredits({s: i for i, s in enumerate(slots)}, vocabulary).of(profile)
    return dict(zip(found, values.tolist(), strict=True))


def test_a_named_concept_earns_full_credit_and_an_equivalent_four_fifths(scale_vocabulary):
    assert credits(resume("cath-lab"), ["cath-lab", "angiography"], scale_vocabulary) == pytest.approx(
        {"cath-lab": 1.0, "angiography": 0.8}
    )
    # radiation-safety-training lists radiation-safety as the same thing: it holds both ways
    slots = ["radiation-safety-training"]
    assert credits(resume("radiation-safety"), slots, scale_vocabulary) == pytest.approx({slots[0]: 0.8})


def test_a_narrower_concept_earns_related_credit_on_its_broader_requirement(scale_vocabulary):
    child = next(c for c in scale_vocabulary.concepts.values() if c.broader)
    parent = child.broader[0]
    assert credits(resume(child.id), [parent], scale_vocabulary) == pytest.approx({parent: 0.6})


def test_an_instrument_earns_related_credit_on_the_method_it_runs(scale_vocabulary):
    # the GeneXpert lists real-time PCR as related; real-time PCR is a kind of PCR
    slots = ["real-time-pcr", "pcr", "flow-cytometry"]
    assert credits(resume("cepheid-genexpert"), slots, scale_vocabulary) == pytest.approx(
        {"real-time-pcr": 0.6, "pcr": 0.6}
    )


def test_an_either_or_slot_takes_its_best_member_and_a_risky_term_half(scale_vocabulary):
    slot = "mlt-amt|mlt-ascp"
    assert credits(resume("mlt-amt", at_risk=0.5), [slot], scale_vocabulary) == pytest.approx({slot: 0.5})


def scored(resumes, postings, vocabulary, **options):
    columns = slot_columns(postings)
    return top_k(resume_side(resumes, columns, vocabulary), posting_side(postings, columns), 3, **options)


def test_the_score_is_sixty_times_coverage_plus_the_resume_points_outside_coverage(scale_vocabulary):
    top = scored([resume("cbet", quality=30.0)], [posting({"cbet": 3.0, "cres": 1.0})], scale_vocabulary)
    assert top.resume_scores[0, 0] == pytest.approx(60 * 3 / 4 + 30)


def test_a_pair_missing_a_required_credential_is_gated_unless_asked_not_to(scale_vocabulary):
    postings = [posting({"cbet": 3.0, "infusion-pump": 3.0}, required=("cbet",))]
    top = scored([resume("infusion-pump")], postings, scale_vocabulary)
    assert top.postings_for_resume[0].tolist() == [-1, -1, -1]
    opened = scored([resume("infusion-pump")], postings, scale_vocabulary, gate=False)
    assert opened.postings_for_resume[0, 0] == 0


def test_tracks_block_pairs_and_untracked_postings_meet_everyone(scale_vocabulary):
    resumes = [resume("cbet", track="equipment"), resume("mls-ascp", track="lab"), resume("cbet")]
    postings = [posting({"cbet": 1.0}, track=track) for track in ("lab", "both", "equipment")]
    top = scored(resumes, postings, scale_vocabulary)
    partners = [sorted(p for p in row.tolist() if p >= 0) for row in top.postings_for_resume]
    assert partners == [[1, 2], [0, 1], [0, 1, 2]]
    assert top.pairs == 2 + 2 + 3


def test_tiles_give_the_same_top_k_as_one_pass(scale_vocabulary, monkeypatch):
    rng = np.random.default_rng(5)
    ids = sorted(scale_vocabulary.concepts)[:40]
    resumes = [resume(*rng.choice(ids, 8, replace=False), quality=float(i % 7)) for i in range(30)]
    slots = [rng.choice(ids, 6, replace=False) for _ in range(25)]
    postings = [posting({c: float(rng.integers(1, 4)) for c in chosen}) for chosen in slots]
    whole = scored(resumes, postings, scale_vocabulary)
    monkeypatch.setattr(matrix, "RESUME_TILE", 4)
    monkeypatch.setattr(matrix, "POSTING_TILE", 3)
    tiled = scored(resumes, postings, scale_vocabulary)
    assert np.array_equal(whole.postings_for_resume, tiled.postings_for_resume)
    assert np.array_equal(whole.resumes_for_posting, tiled.resumes_for_posting)
    assert np.allclose(whole.resume_scores, tiled.resume_scores)
