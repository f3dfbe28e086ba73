"""The resume has no technical skills or equipment section.

What it does:
    Checks that the resume has a section headed as skills, technical skills, equipment,
    instrumentation or modalities.

Why it matters:
    A skills and equipment section is where a technical hiring manager confirms fit at a glance, and
    where an ATS finds the equipment classes, instruments, modalities and systems a posting names.
    Chapter 4 lists it among the sections a technical resume needs.

Example:
    Resume sections: Summary, Experience, Education.
    S003 warning: The resume has no Technical Skills and Equipment section.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, SectionKind, Severity, Track
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.sections.outline import has_section

CODE = "S003"
NAME = "skills-section-missing"
SEVERITY = Severity.WARNING

_HEADINGS = {
    Track.LAB: "Technical Skills and Instrumentation",
    Track.EQUIPMENT: "Technical Skills and Equipment",
    Track.BOTH: "Technical Skills and Equipment",
}
_CONTENT = {
    Track.LAB: "the analyzers, disciplines, LIS and quality processes you work with",
    Track.EQUIPMENT: "the equipment classes, modalities, test equipment and CMMS you work with",
    Track.BOTH: "the equipment, instruments and systems you work with",
}


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when no skills section exists."""
    if not ctx.resume.lines or has_section(ctx.sections, SectionKind.SKILLS):
        return
    heading = _HEADINGS[ctx.track]
    yield finding(
        sys.modules[__name__],
        f"The resume has no {heading} section.",
        hint=f"Add a '{heading}' section below Certifications listing {_CONTENT[ctx.track]}, "
        "in the posting's wording.",
    )
