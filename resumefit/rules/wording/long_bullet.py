"""An experience bullet is too long to skim.

What it does:
    Reports experience bullets longer than 35 words (wrapped lines joined).

Why it matters:
    A recruiter skims each bullet in a second or two. Long bullets bury the equipment and the
    outcome; two short bullets are read where one long one is skipped.

Example:
    A 48-word bullet listing every device class supported at two hospitals.
    W004 info: Bullet has 48 words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.wording.bullets import experience_bullets

CODE = "W004"
NAME = "long-bullet"
SEVERITY = Severity.INFO

MAX_WORDS = 35


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per bullet over MAX_WORDS words."""
    rule = sys.modules[__name__]
    for bullet in experience_bullets(ctx):
        count = len(bullet.words)
        if count > MAX_WORDS:
            yield finding(
                rule,
                f"Bullet has {count} words.",
                hint="Split the bullet in two or cut it to action, equipment or instrument, and outcome "
                "(15-30 words); move long lists of equipment to the skills section.",
                location=bullet.location,
            )
