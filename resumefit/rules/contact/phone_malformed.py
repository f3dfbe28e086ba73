"""A phone number has the wrong number of digits.

What it does:
    Checks phone-like digit runs at the top of the resume (above the first heading, in a contact
    section, header or footer): a North American number needs 10 digits (11 with a leading 1); an
    international one starts with '+' and has 8 to 15 digits.

Why it matters:
    A missing area code or a dropped digit means the call never arrives. Field service and on-call
    roles are often filled by phone.

Example:
    Resume: "Phone: 555-0142"
    C005 error: '555-0142' does not look like a complete phone number (7 digits).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding
from resumefit.rules.contact.details import is_valid_phone, line_location, phone_candidates, top_lines

CODE = "C005"
NAME = "phone-malformed"
SEVERITY = Severity.ERROR


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per phone-like run with the wrong number of digits."""
    rule = sys.modules[__name__]
    for line in top_lines(ctx, list(ctx.resume.lines)):
        for candidate in phone_candidates(line.text):
            if is_valid_phone(candidate):
                continue
            digits = sum(c.isdigit() for c in candidate)
            yield finding(
                rule,
                f"'{candidate}' does not look like a complete phone number ({digits} digits).",
                hint="Write the full number with area code, e.g. (312) 555-0142, or +44 20 7946 0958 abroad.",
                location=line_location(ctx, line),
            )
