"""Contact rules (C): name, email and phone where an ATS reads them, and well formed."""

from resumefit.rules.contact import (
    email_malformed,
    email_missing,
    name_missing,
    phone_malformed,
    phone_missing,
)

RULES: tuple = (name_missing, email_missing, phone_missing, email_malformed, phone_malformed)
