"""An experience bullet does not start with an action verb.

What it does:
    Checks the first word of each experience bullet against a curated list of action verbs
    (``ACTION_VERBS``: repaired, calibrated, validated, troubleshot, ...) in any tense ("calibrate",
    "calibrates", "calibrated", "calibrating").

Why it matters:
    Bullets that start with what you did read as accomplishments; bullets that start with "Responsible
    for" or a noun read as a job description. Recruiters skim the first two or three words.

Example:
    Bullet: "• Duties included preventive maintenance on ventilators."
    W003 info: Bullet starts with 'Duties' rather than an action verb.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.wording.bullets import experience_bullets

CODE = "W003"
NAME = "bullet-without-action-verb"
SEVERITY = Severity.INFO

_VERB_LIST = """
    achieve analyze assemble assess assist audit automate build calibrate certify champion check
    coach collaborate collect commission compile complete conduct configure consolidate coordinate
    correlate create cross-train cut decommission decrease deliver deploy design detect develop
    diagnose direct document double drive eliminate enhance ensure establish evaluate exceed execute
    expand expedite implement improve increase inspect install integrate interface interpret
    introduce inventory investigate isolate launch lead liaise log maintain manage mentor migrate
    modify monitor negotiate operate optimize orient organize overhaul oversee partner perform pilot
    plan prepare present prevent prioritize process procure program provide qualify rebuild
    recalibrate receive recommend reconcile record recover reduce refurbish release remediate
    replace report represent repair research resolve restore retrofit review revise run save
    schedule screen secure serve service set simplify solve spearhead standardize streamline
    supervise support test train transition troubleshoot update upgrade validate verify write
    accession call issue tag patch earn track file select package embed section label load respond dispatch
    centrifuge culture pipette prepare stain type crossmatch identify quantify
"""
ACTION_VERBS: frozenset[str] = frozenset(_VERB_LIST.split())
IRREGULAR_PAST = {
    "led": "lead",
    "ran": "run",
    "built": "build",
    "wrote": "write",
    "oversaw": "oversee",
    "troubleshot": "troubleshoot",
    "drove": "drive",
    "cut": "cut",
    "set": "set",
    "taught": "teach",
    "kept": "keep",
    "made": "make",
    "brought": "bring",
    "found": "find",
    "held": "hold",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def is_action_verb(word: str) -> bool:
    """True when the word is an inflection of a curated action verb."""
    w = word.lower()
    if w in IRREGULAR_PAST:
        return True
    stems = {w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-3] + "y", w[:-4]}
    return any(stem in ACTION_VERBS for stem in stems if stem)


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per bullet whose first word is not an action verb."""
    rule = sys.modules[__name__]
    for bullet in experience_bullets(ctx):
        first = _WORD.search(bullet.text)
        if first is None or is_action_verb(first.group()):
            continue
        yield finding(
            rule,
            f"Bullet starts with '{first.group()}' rather than an action verb.",
            hint="Start each bullet with an action verb such as 'Repaired', 'Calibrated', 'Validated' or "
            "'Troubleshot', then the equipment or instrument and the outcome.",
            location=bullet.location,
        )
