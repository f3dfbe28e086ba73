"""Wording rules (W): how the experience bullets are written."""

from resumefit.rules.wording import action_verb, first_person, long_bullet, quantified_share, vague_duty

RULES: tuple = (vague_duty, quantified_share, action_verb, long_bullet, first_person)
