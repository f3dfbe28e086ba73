"""Which experience lines the wording rules read as bullets."""

from __future__ import annotations

import dataclasses

from resumefit.rules.wording.bullets import experience_bullets
from tests.rules.cases_common import context

RESUME = """
Experience
BMET II, Lakeside Regional Medical Center, 2019 - Present
- Repaired 300 infusion pumps a year
Maintained medical equipment
Supported the OR
"""


def test_docx_list_style_lines_are_bullets_beside_marked_ones():
    ctx = context(RESUME)
    lines = list(ctx.resume.lines)
    lines[3] = dataclasses.replace(lines[3], style="List Bullet")
    ctx = dataclasses.replace(ctx, resume=dataclasses.replace(ctx.resume, lines=tuple(lines)))
    assert [b.text for b in experience_bullets(ctx)] == [
        "Repaired 300 infusion pumps a year",
        "Maintained medical equipment",
    ]
