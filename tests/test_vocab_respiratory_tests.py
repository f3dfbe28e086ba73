"""Respiratory virus and strep A testing, the waived and molecular tests of urgent care and point-of-care
labs: named by a resume's usual wording ("flu A/B, RSV and COVID-19 on ID NOW", "A1c on the DCA"), never by a
vaccine, a season, a clinic or a pandemic response."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_TESTING_LINES = [
    ("Rapid molecular flu A/B, RSV and COVID-19 on ID NOW and GeneXpert", "influenza-testing", True),
    ("Rapid molecular flu A/B, RSV and COVID-19 on ID NOW and GeneXpert", "rsv-testing", True),
    ("Rapid molecular flu A/B, RSV and COVID-19 on ID NOW and GeneXpert", "sars-cov-2-testing", True),
    ("Ran SARS-CoV-2 PCR on the Panther", "sars-cov-2-testing", True),
    ("Sofia 2 flu/COVID antigen testing", "sars-cov-2-testing", True),
    ("Group A Strep antigen and strep A molecular", "strep-a-testing", True),
    ("A1c on the Siemens DCA Vantage", "hba1c-testing", True),
    ("Led the COVID-19 pandemic response for the lab", "sars-cov-2-testing", False),
    ("COVID-19 vaccine clinic volunteer", "sars-cov-2-testing", False),
    ("SARS-CoV-2 vaccine trial coordinator", "sars-cov-2-testing", False),
    ("Flu shots for staff in flu season", "influenza-testing", False),
    ("Influenza vaccination campaign lead", "influenza-testing", False),
    ("RSV season staffing plan", "rsv-testing", False),
]

_PARENTS = [
    ("id-now-covid-19", "sars-cov-2-testing", True),
    ("aptima-sars-cov-2", "sars-cov-2-testing", True),
    ("rapid-strep", "strep-a-testing", True),
    ("rapid-influenza-test", "influenza-testing", True),
]


def test_respiratory_virus_and_strep_tests_are_named_only_as_tests(checker):
    each_case(_TESTING_LINES, line_check(checker))


def test_named_assays_stand_under_their_kind_of_test(vocabulary):
    each_case(_PARENTS, parent_check(vocabulary))
