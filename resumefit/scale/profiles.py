"""A document's concept profile: the few columns of its facts that the all-pairs matrix reads.

A resume's profile is the concepts it names, each with a credit factor (0.5 when every mention sits in a
header, footer or text box, as the score halves such terms) and the track block it is compared in. A
posting's profile is its scored requirements as slots (a concept, or an either/or group such as
"mlt-ascp|mlt-amt"), each weighted by importance, and the slots a resume must meet: required credentials
and licenses.
"""

from __future__ import annotations

from dataclasses import dataclass

from resumefit.advice import is_condition
from resumefit.facts import Facts, Role
from resumefit.matching import AT_RISK_REGIONS
from resumefit.models import Category, Importance, Requirement, Track
from resumefit.vocab import Vocabulary

BOTH = Track.BOTH.value
GATED_CATEGORIES = frozenset({Category.CREDENTIAL, Category.LICENSE})
AT_RISK_CREDIT = 0.5


@dataclass(frozen=True, slots=True)
class Profile:
    """The matrix's view of one document."""

    concepts: tuple[str, ...]  # resume: concept ids; posting: requirement slots
    weights: tuple[float, ...]  # resume: credit factor; posting: importance weight
    required: tuple[str, ...] = ()  # posting: slots a resume must meet (required credentials, licenses)
    track: str = BOTH  # lab, equipment or both: the block the document is compared in
    quality: float = 0.0  # resume: points outside coverage (structure, parseability, wording)


def profile_of(facts: Facts, vocabulary: Vocabulary) -> Profile:
    """The profile of a resume's or a posting's facts."""
    if facts.role is Role.POSTING:
        return posting_profile(facts)
    return resume_profile(facts, vocabulary)


def resume_profile(facts: Facts, vocabulary: Vocabulary) -> Profile:
    risky: dict[str, bool] = {}
    for mention in facts.mentions:
        at_risk = mention.region in AT_RISK_REGIONS
        risky[mention.concept_id] = risky.get(mention.concept_id, True) and at_risk
    concepts = tuple(sorted(risky))
    weights = tuple(AT_RISK_CREDIT if risky[c] else 1.0 for c in concepts)
    return Profile(concepts, weights, (), resume_block(facts, vocabulary), facts.quality)


def resume_block(facts: Facts, vocabulary: Vocabulary) -> str:
    """lab or equipment when one track has at least twice the other's mentions, else both."""
    votes = {Track.LAB: 0, Track.EQUIPMENT: 0}
    for mention in facts.mentions:
        concept = vocabulary.concepts.get(mention.concept_id)
        if concept is not None and concept.track in votes:
            votes[concept.track] += 1
    lab, equipment = votes[Track.LAB], votes[Track.EQUIPMENT]
    if lab and lab >= 2 * equipment:
        return Track.LAB.value
    if equipment and equipment >= 2 * lab:
        return Track.EQUIPMENT.value
    return BOTH


def posting_profile(facts: Facts) -> Profile:
    read = facts.as_posting()
    weights: dict[str, float] = {}
    required: dict[str, None] = {}
    for req in read.requirements:
        if is_condition(req):
            continue
        slot = slot_of(req)
        weights[slot] = weights.get(slot, 0.0) + req.importance.weight
        if req.importance is Importance.REQUIRED and req.category in GATED_CATEGORIES:
            required[slot] = None
    track = read.track.value if read.track is not None else BOTH
    return Profile(tuple(weights), tuple(weights.values()), tuple(required), track)


def slot_of(requirement: Requirement) -> str:
    """The requirement's concept, or its either/or group as sorted ids joined by '|'."""
    return "|".join(sorted({requirement.concept_id, *requirement.alternatives}))


__all__ = ["Profile", "posting_profile", "profile_of", "resume_block", "resume_profile", "slot_of"]
