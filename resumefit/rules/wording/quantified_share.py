"""Too few experience bullets state a measurable outcome.

What it does:
    Counts the experience bullets that contain a number (other than a year), a percentage, a count
    word ("dozens", "hundred") or an outcome measure ("uptime", "turnaround time", "TAT", "zero
    defects"), and reports the document once when fewer than 30% do (with at least 3 bullets).

Why it matters:
    Chapter 4: frame experience by the outcomes you contributed to: uptime maintained, systems
    returned to service, quality standards met. Numbers are what a hiring manager remembers and what
    separates you from applicants with the same duties.

Example:
    Eight bullets, one with a number.
    W002 warning: Only 1 of 8 experience bullets (12%) states a measurable outcome.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.wording.bullets import Bullet, experience_bullets

CODE = "W002"
NAME = "few-quantified-outcomes"
SEVERITY = Severity.WARNING

MIN_SHARE = 0.30
MIN_BULLETS = 3
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MEASURE = re.compile(
    r"\d|%|\b(?:percent|dozens?|hundreds?|thousands?|zero|uptime|downtime|turnaround|TAT|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)\b",
    re.IGNORECASE,
)


def is_quantified(bullet: Bullet) -> bool:
    """True when a bullet states a number or an outcome measure (years do not count)."""
    return bool(_MEASURE.search(_YEAR.sub("", bullet.text)))


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding for the document when the quantified share is below MIN_SHARE."""
    bullets = experience_bullets(ctx)
    if len(bullets) < MIN_BULLETS:
        return
    counted = sum(is_quantified(b) for b in bullets)
    share = counted / len(bullets)
    if share >= MIN_SHARE:
        return
    yield finding(
        sys.modules[__name__],
        f"Only {counted} of {len(bullets)} experience bullets ({int(share * 100)}%) "
        "state a measurable outcome.",
        hint=f"Add a measurable outcome to more bullets (now {counted} of {len(bullets)}): devices or "
        "instruments supported (e.g. '1,200 devices'), uptime ('98% uptime'), PMs completed on time, "
        "turnaround time, QC or proficiency testing results.",
        location=bullets[0].location,
    )
