"""Keyword rules (K): how the resume answers the posting's terms."""

from resumefit.rules.keywords import (
    at_risk_only,
    credential_long_form,
    not_understood,
    preferred_missing,
    related_only,
    required_missing,
    synonym_only,
    unknown_posting_term,
)

RULES: tuple = (
    required_missing,
    preferred_missing,
    synonym_only,
    related_only,
    at_risk_only,
    credential_long_form,
    unknown_posting_term,
    not_understood,
)
