"""Advice a user can paste as written: groups, requisition numbers, alternatives, inflections, conditions."""

from __future__ import annotations

import re

import pytest

from resumefit.advice import (
    action_text,
    choices,
    is_condition,
    is_inflection,
    is_requisition,
    job_conditions,
    mirror_wording,
    missing_advice,
    synonym_advice,
)
from resumefit.models import Category, Importance, Requirement, Status, TermResult
from resumefit.reporters.json import report_to_dict
from resumefit.scoring import scored_terms
from tests.conftest import text_document

RESUME = """
Jane Roe
Kettering, OH | jane.roe@example.com | (937) 555-0142

SUMMARY
BMET II with 5 years supporting infusion pumps, ventilators and patient monitors.

EXPERIENCE
BMET II - Mercy Hospital, Dayton, OH (2020 - Present)
- Troubleshot monitors and infusion pumps; completed 90 PMs a month.
- Completed ventilator service training on Hamilton C1 ventilators, 2021.
- Certified Biomedical Equipment Technician (CBET), AAMI, 2022.

EDUCATION
A.A.S. Biomedical Equipment Technology, Sinclair College, 2019
"""

POSTING = """
Biomedical Equipment Technician II
Full time | Day shift with rotating on-call | Req #BME-24117

REQUIRED QUALIFICATIONS
- Troubleshoot infusion pumps, ventilators and patient monitors.
- Valid driver's license; must lift 50 lbs.
- Associate degree in biomedical engineering technology or electronics technology

PREFERRED QUALIFICATIONS
- CBET or CRES certification
- Hamilton or Draeger ventilator service training
"""


def requirement(form: str, alternatives: tuple[str, ...] = (), cid: str = "cbet") -> Requirement:
    return Requirement(
        cid, "CBET / CRES", Category.CREDENTIAL, Importance.PREFERRED, form, alternatives=alternatives
    )


@pytest.fixture(scope="module")
def report(checker):
    return checker.check_documents(text_document(RESUME), text_document(POSTING, "posting.txt"))


def pasted_wordings(report) -> list[str]:
    """Every piece of wording a finding or a fix-first action asks the user to paste."""
    texts = [f.hint for f in report.findings] + [a.text for a in report.fix_first]
    return [m for text in texts for m in re.findall(r"(?:exact wording|Add|add) '([^']+)'", text)]


def test_an_either_or_group_is_split_into_its_choices():
    assert choices("CBET or CRES") == ("CBET", "CRES")
    assert choices("biomedical engineering technology or electronics technology") == (
        "biomedical engineering technology",
        "electronics technology",
    )
    assert choices("infusion pumps") == ("infusion pumps",)
    # a comma list is split too, and no choice keeps the list's comma ('electronics,' is nothing to paste)
    assert choices("Vitros, Atellica, Alinity c") == ("Vitros", "Atellica", "Alinity c")
    assert choices("electronics, or equivalent military training") == (
        "electronics",
        "equivalent military training",
    )


def test_a_group_is_never_offered_as_wording_to_paste():
    req = requirement("CBET or CRES", alternatives=("cres",))
    assert mirror_wording(req) is None
    assert mirror_wording(req, "cres") == "CRES"
    missing = missing_advice(TermResult(req, Status.MISSING))
    assert "'CBET or CRES'" not in missing.message + missing.hint
    assert "'CBET' or 'CRES'" in missing.message


def test_a_synonym_for_a_group_advises_only_the_choice_it_meets():
    req = requirement("CBET or CRES", alternatives=("cres",))
    result = TermResult(req, Status.SYNONYM, ("Certified Biomedical Equipment Technician",), mirror="CBET")
    hint = synonym_advice(result).hint
    assert "'CBET'" in hint and "CBET or CRES" not in hint


def test_no_advice_in_a_real_check_pastes_a_group_or_a_requisition_number(report):
    pasted = pasted_wordings(report)
    assert pasted, "the check should advise some wording"
    assert not [p for p in pasted if " or " in p or "BME-24117" in p]
    assert all("BME-24117" not in f.message for f in report.findings)


def test_a_requisition_number_is_never_a_term():
    assert is_requisition("BME-24117")
    assert is_requisition("CE-881", "Req #CE-881")
    assert not is_requisition("IEC 62353")
    assert not is_requisition("NFPA 99")
    assert not is_requisition("XN-1000", "Sysmex XN-1000 analyzers")


def test_an_alternative_already_met_satisfies_the_group_and_is_not_flagged(report):
    draeger = next(t for t in report.terms if t.requirement.concept_id == "draeger")
    assert draeger.status is Status.LITERAL and draeger.alternative == "Hamilton"
    assert not [f for f in report.findings if "Draeger" in f.message]


def test_an_inflection_of_the_posting_word_is_literal_so_advice_never_contradicts(report):
    assert is_inflection("Troubleshot", "troubleshoot")
    assert is_inflection("calibrated", "calibrate")
    assert not is_inflection("troubleshooting guide", "troubleshoot")
    trouble = next(t for t in report.terms if t.requirement.concept_id == "troubleshooting")
    assert trouble.status is Status.LITERAL
    assert not [f for f in report.findings if f.code == "K003" and "roubleshoot" in f.message]


def test_ventilator_service_training_is_matched_whole(report):
    training = next(t for t in report.terms if t.requirement.concept_id == "oem-training")
    assert training.status is Status.LITERAL
    assert training.resume_forms[0] == "ventilator service training"
    texts = [f.message + " " + f.hint for f in report.findings]
    assert not [t for t in texts if "'service training'" in t]


def test_a_broader_term_is_evidence_not_a_spelling_hint(checker):
    resume = text_document("SKILLS\nHematology analyzers, chemistry analyzers\n")
    posting = text_document("Medical Technologist\nRequired: Sysmex XN-1000 experience.\n", "posting.txt")
    report = checker.check_documents(resume, posting)
    xn = next(t for t in report.terms if t.status is Status.MISSING and t.broader)
    assert xn.broader == "Hematology analyzers" and xn.misspelt is None
    hints = " ".join(f.hint for f in report.findings if f.code == "K001")
    assert "check the spelling" not in hints and "your resume says" not in hints
    assert "Your resume names only the broader 'Hematology analyzers'" in hints


def test_job_conditions_are_listed_never_failed_on_or_scored(report):
    conditions = job_conditions(report.posting)
    assert "Valid driver's license" in conditions
    assert any("lift 50 lbs" in c for c in conditions) and any("on-call" in c for c in conditions)
    license_term = next(t for t in report.terms if t.requirement.concept_id == "drivers-license")
    assert is_condition(license_term.requirement)
    assert license_term not in scored_terms(report.terms)
    assert not [f for f in report.findings if "driver" in f.message.lower()]
    assert report_to_dict(report)["conditions"] == list(conditions)


def test_a_coach_batch_row_does_not_list_a_condition_as_missing(report):
    from pathlib import Path

    from resumefit.batch import summarize
    from resumefit.settings import Settings

    row = summarize(report, Path("resume.txt"), Path("posting.txt"), Settings())
    assert not [term for term in row.missing_required if "driver" in term.lower()]
    assert row.status == "pass"


def test_a_term_outside_the_vocabulary_is_only_said_to_be_missing_as_worded():
    # resumefit looked for 'curved array' as written: the resume may say 'curvilinear'
    req = Requirement(
        "open:curved-array", "curved array", Category.SKILL, Importance.REQUIRED, "curved array", known=False
    )
    result = TermResult(req, Status.MISSING)
    assert "does not use this wording" in missing_advice(result).message
    assert action_text(result).endswith("your resume does not use this wording")
    known = TermResult(requirement("CBET"), Status.MISSING)
    assert "does not mention it" in missing_advice(known).message


def test_a_condition_wrapped_onto_the_next_line_is_one_clause(checker):
    posting = (
        "Requirements\n- Valid driver's license.\nThis position requires a background check, a motor vehicle "
        "record check and\na pre-employment drug screen.\n"
    )
    read, _ = checker.read_posting(text_document(posting, "posting.txt"))
    conditions = job_conditions(read)
    assert not any(c.endswith(" and") or c.startswith("a pre-employment") for c in conditions), conditions
