"""The posting names a term resumefit does not know, and the resume does not contain it.

What it does:
    Lists the posting's terms that look like a product, instrument, system or skill but are not in
    the vocabulary (so synonyms could not be checked) and whose text is not on the resume.

Why it matters:
    New analyzers, software releases and site-specific systems appear in postings before any
    vocabulary knows them. If you have the experience, the posting's exact wording is the safest way
    to be found.

Example:
    Posting: "Experience with Epic Beaker preferred."  Resume: no "Epic Beaker".
    K007 info: The posting mentions 'Epic Beaker' (1 time); it is not on your resume.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from resumefit.advice import is_group, is_requisition, unknown_term_advice
from resumefit.models import Finding, Severity
from resumefit.rules.base import RuleContext, finding

CODE = "K007"
NAME = "unknown-posting-term"
SEVERITY = Severity.INFO


def check(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per unknown posting term that is not on the resume."""
    if ctx.posting is None:
        return
    rule = sys.modules[__name__]
    for term in ctx.posting.unknown_terms:
        if term.on_resume or term.tentative or is_requisition(term.text, term.snippet) or is_group(term.text):
            continue  # a tentative reading is listed with the posting's unknown terms, not advised
        advice = unknown_term_advice(term.text, term.count)
        yield finding(rule, advice.message, hint=advice.hint)
