"""Faults the sixteenth review of a sample found, each with the line that showed it and one of the concept's
own sense: the airline's "Delta check-in" read as the laboratory's delta check; a transdermal drug patch's
management read as software patch management; the BACTEC FX 40 written spaced or hyphenated read as the larger
FX; "troubleshot", a resume's usual past tense, not found; a lab's "CRRT patients on citrate" read as the CRRT
machine; HPLC haemoglobin variant analyzers read as HbA1c analyzers; "IVOS-II" read as the first IVOS too; a
standard's part written with its amendment ("IEC 60601-2-54:2009+A1:2015") read as the general standard."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Staffed the Delta check-in counter at ATL", "delta-check", False),
    ("Assisted passengers at Delta check-in kiosks", "delta-check", False),
    ("Processed Delta checked baggage claims for passengers", "delta-check", False),
    ("Reviewed delta checks on flagged potassium results", "delta-check", True),
    ("Investigated delta failures in the LIS", "delta-check", True),
    ("Hospice RN: transdermal fentanyl patch management and reassessment", "patch-management", False),
    ("Nicotine patch management for smoking cessation clients", "patch-management", False),
    ("Patch management for infusion pump servers", "patch-management", True),
    ("Loaded blood culture bottles on the BD BACTEC FX 40", "bd-bactec-fx40", True),
    ("Loaded blood culture bottles on the BD BACTEC FX 40", "bd-bactec-fx", False),
    ("Maintained the BACTEC FX-40", "bd-bactec-fx40", True),
    ("Ran the BACTEC FX blood culture system", "bd-bactec-fx", True),
    ("Troubleshot and repaired infusion pumps", "troubleshooting", True),
    ("Performed post-filter ionized calcium testing for CRRT patients on citrate", "crrt", False),
    ("Completed PMs on CRRT machines and Prismaflex units", "crrt", True),
    ("Completed PMs on CRRT and hemodialysis equipment", "crrt", True),
    ("Operated the HPLC hemoglobin analyzer for HbA2 and HbF screening", "hba1c-analyzer", False),
    ("Ran HbA1c on the A1c analyzer", "hba1c-analyzer", True),
    ("Trained on the Hamilton Thorne IVOS-II", "hamilton-thorne-ivos", False),
    ("Trained on the Hamilton Thorne IVOS-II", "hamilton-thorne-ivos-ii", True),
    ("Semen analysis on the IVOS CASA", "hamilton-thorne-ivos", True),
    ("Compliance with IEC 60601-2-54:2009+A1:2015 for X-ray equipment", "iec-60601-2-54", True),
    ("Compliance with IEC 60601-2-54:2009+A1:2015 for X-ray equipment", "iec-60601", False),
    ("EMC testing to IEC 60601-1-2:2014+A1:2020", "iec-60601-1-2", True),
    ("Design verification to IEC 60601-1:2005/AMD1:2012", "iec-60601", True),
]


def test_the_sixteenth_reviews_faults_are_fixed(checker):
    each_case(_CASES, line_check(checker))
