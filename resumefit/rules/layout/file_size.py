"""A resume file larger than 2.5 MB.

What it does:
    Reports files over 2.5 MB.

Why it matters:
    Many application portals refuse uploads over 2 to 5 MB, and email gateways strip large
    attachments. A big file almost always means embedded photos or high-resolution images, which an
    ATS ignores anyway.

Example:
    A 6.1 MB PDF with a full-resolution photo.
    L011 warning: The file is 6.1 MB; many application portals refuse files over 2 to 5 MB.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding

CODE = "L011"
NAME = "large-file"
SEVERITY = Severity.WARNING

LIMIT_BYTES = 2_500_000


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding when the file is over the size limit."""
    size = ctx.resume.layout.file_size
    if size <= LIMIT_BYTES:
        return
    yield finding(
        sys.modules[__name__],
        f"The file is {size / 1_000_000:.1f} MB; many application portals refuse files over 2 to 5 MB.",
        hint="Remove or compress images (Word: File > Compress Pictures; PDF: 'reduce file size' export).",
    )
