"""Section rules (S): which sections the resume has, in what order, and how long it is."""

from resumefit.rules.sections import (
    certifications_below,
    certifications_missing,
    credential_in_experience_only,
    education_first,
    education_missing,
    experience_missing,
    job_title,
    section_order,
    skills_missing,
    too_long,
    too_short,
)

RULES: tuple = (
    certifications_below,
    certifications_missing,
    skills_missing,
    experience_missing,
    education_missing,
    credential_in_experience_only,
    education_first,
    section_order,
    job_title,
    too_long,
    too_short,
)
