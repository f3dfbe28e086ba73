"""A product whose name fills the employer's field of a resume's job header line is the employer that makes
it ('Software Engineer | Epic | 2015 - Present'), not experience with the product: the rule the per-concept
`maker-as-employer` guard stood for, for every product of the vocabulary. A header needs bars or dashes
between its fields, the job's dates and a job title in another field, so a list with a year ('Managed work
orders in Nuvolo, 2022') or a project line ('Epic Beaker | 2019') still names the product."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Software Engineer | Epic | 2015 - Present", "epic", False),
    ("HTM Systems Analyst | Nuvolo | 2021 - Present", "nuvolo", False),
    ("Implementation Consultant, MEDITECH, Westwood, MA - 2015-2019", "meditech", False),
    ("Vocera Communications, San Jose, CA | Support Engineer | 2016-2019", "vocera", False),
    ("Clinical Applications Specialist | CellaVision | 2018 - 2021", "cellavision", False),
    ("Managed work orders in Nuvolo, 2022", "nuvolo", True),
    ("Epic Beaker | 2019", "epic-beaker", True),
    ("Biomedical Technician | Alaris pump program | 2019", "bd-alaris", True),
    ("Biomed II - Vocera rollout lead - 2020", "vocera", True),
    ("Built Epic reports for the lab | 2019", "epic", True),
]


def test_a_product_filling_the_employer_field_of_a_job_line_is_the_employer(checker):
    each_case(_CASES, line_check(checker))


_AMOUNTS = [
    ("Managed a $3M medical equipment capital budget", "three-m-health-care", False),
    ("Administered a $3M Medical equipment fund", "three-m-health-care", False),
    ("Trained staff on 3M Medical Attest indicators", "three-m-health-care", True),
]


def test_a_term_after_a_currency_sign_is_an_amount(checker):
    """'$3M' is three million dollars, for every term (the fourteenth review's named guard, now a rule)."""
    each_case(_AMOUNTS, line_check(checker))
