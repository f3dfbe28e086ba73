"""Images and icons in the resume.

What it does:
    Counts pictures the reader found (photos, logos, icons, charts). Stays quiet when a page is a scan,
    which L002 reports instead.

Why it matters:
    An ATS ignores images: a phone icon is harmless, but a skills chart, a logo standing in for an
    employer's name or a picture of a certificate carries words the ATS never sees.

Example:
    Icons beside the phone number and email address.
    L007 info: The resume has 2 images or icons: an ATS ignores them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.layout.image_only_pages import scanned_pages

CODE = "L007"
NAME = "images-or-icons"
SEVERITY = Severity.INFO


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the resume has images."""
    count = ctx.resume.layout.images
    if count == 0 or scanned_pages(ctx.resume):
        return
    noun = "image or icon" if count == 1 else "images or icons"
    yield finding(
        sys.modules[__name__],
        f"The resume has {count} {noun}: an ATS ignores them.",
        hint="Make sure no words live only in a picture (skill charts, logos, certificates).",
    )
