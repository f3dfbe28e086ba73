"""An email address is malformed.

What it does:
    Checks every token with an '@' on the resume: one '@', no spaces, a dotted domain, and no common
    top-level-domain typo (".con", ".cmo", ".ocm").

Why it matters:
    A typo in the address means the recruiter's reply bounces and the candidate never knows. ATS
    parsers also reject malformed addresses and leave the email field empty.

Example:
    Resume: "jordan.rivera@example.con"
    C004 error: 'jordan.rivera@example.con' is not a valid email address.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.contact.details import email_candidates, is_valid_email, line_location

CODE = "C004"
NAME = "email-malformed"
SEVERITY = Severity.ERROR


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per malformed email-like token."""
    rule = sys.modules[__name__]
    for line in ctx.resume.lines:
        for candidate in email_candidates(line.text):
            if not is_valid_email(candidate):
                yield finding(
                    rule,
                    f"'{candidate}' is not a valid email address.",
                    hint="Check the address character by character: name@domain.com, no spaces, one '@'.",
                    location=line_location(ctx, line),
                )
