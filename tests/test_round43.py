"""Readings the forty-third round of held-out pairs asked for, each one for any trade: the school of a
credential the resume says is still pursued is no held credential; a job specification's field lines are
fields, not wrapped text; European acts and statutory instruments by their numbers; a region after a compass
word; the employer named by its equal-opportunity line; people after a name are no class of product."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses


def test_the_school_of_a_credential_still_pursued_is_no_held_credential(checker):
    posting = "Preferred Qualifications\n- SBB(ASCP) certification.\n"
    resume = (
        "Certifications\n"
        "- MLS(ASCP), 2019\n"
        "- SBB(ASCP) - eligible; exam scheduled March 2027\n"
        "Education\n"
        "- Specialist in Blood Banking distance program - Harbor SBB Program, completed December 2026\n"
    )
    assert _statuses(checker, posting, resume).get("SBB(ASCP)") is Status.IN_PROGRESS


def test_a_course_that_is_the_qualification_stays_held(checker):
    # nothing on the resume says the credential is still ahead: the course was the qualification
    posting = "Required Qualifications\n- Radiation Safety Officer training.\n"
    resume = "Training\n- 40-hour Radiation Safety Officer course (broad-scope medical), 2022\n"
    status = _statuses(checker, posting, resume)
    assert status and all(s is not Status.IN_PROGRESS for s in status.values()), status


def test_a_field_line_after_a_long_line_opens_a_field_of_its_own(checker):
    posting = (
        "St Brigid's General Hospital, Ennisbawn\n"
        "\n"
        "JOB SPECIFICATION AND TERMS AND CONDITIONS\n"
        "\n"
        "Job Title and Grade: Medical Scientist, Haematology and Blood Transfusion\n"
        "Competition Reference: WNW-LAB-26-118\n"
        "Closing Date: 12 noon, Friday 13 November 2026\n"
        "Location of Post: Department of Laboratory Medicine, St Brigid's General Hospital\n"
        "\n"
        "Duties\n"
        "- Crossmatch red cells in the Blood Transfusion laboratory.\n"
        "\n"
        "Eligibility Criteria - Qualifications and/or Experience\n"
        "- CORU registration as a medical scientist.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Blood Transfusion and haematology, 4 years\n")
    assert not any(word in form for form in status for word in ("Competition", "WNW", "Eligibility")), status


def test_european_acts_and_statutory_instruments_are_read_by_their_numbers(checker):
    # numbers the vocabulary does not know, so the reading itself is what finds them
    posting = (
        "Duties\n"
        "- Keep animal facility records in compliance with EU Directive 2010/63/EU, Commission Directive\n"
        "  2006/17/EC and S.I. No. 158 of 2006.\n"
        "- Verify assays under Regulation (EU) 2019/1381.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Animal facility records audits\n")
    for law in (
        "EU Directive 2010/63/EU",
        "Commission Directive 2006/17/EC",
        "S.I. No. 158 of 2006",
        "Regulation (EU) 2019/1381",
    ):
        assert status.get(law) is Status.MISSING, status
    assert not any(form in ("EU", "EU Directive", "Commission Directive 2006") for form in status), status


def test_a_region_after_a_compass_word_is_a_place(checker):
    posting = (
        "About us\n"
        "The Department serves the people of Clare and north Tipperary.\n"
        "Duties\n"
        "- Perform full blood counts on the Sysmex XN and coagulation screens for north Tipperary clinics.\n"
        "Job-sharing and part-time applications will be considered.\n"
    )
    status = _statuses(checker, posting, "Skills\n- Sysmex XN\n")
    assert not any("Tipperary" in form or "sharing" in form.lower() for form in status), status


def test_the_employer_named_by_its_equal_opportunity_line_is_no_term(checker):
    posting = (
        "St Brigid's General Hospital, Ennisbawn, Co. Clare\n"
        "Health Service Executive (HSE) - HSE West and North West\n"
        "\n"
        "JOB SPECIFICATION AND TERMS AND CONDITIONS\n"
        "\n"
        "Job Title and Grade: Medical Scientist, Haematology\n"
        "Closing Date: 12 noon, Friday 13 November 2026\n"
        "\n"
        "Duties\n"
        "- Perform antibody screening and Kleihauer testing.\n"
        "\n"
        "The HSE is an equal opportunities employer.\n"
    )
    status = _statuses(checker, posting, "Skills\n- Antibody screening\n")
    assert not any("Executive" in form or "HSE" in form for form in status), status


def test_people_after_a_coined_name_are_no_class_of_product(checker):
    posting = "Duties\n- Assess anti-D prophylaxis requirements for RhD-negative women.\n"
    status = _statuses(checker, posting, "Skills\n- Anti-D prophylaxis\n")
    assert "women" not in status, status


def test_a_long_form_has_a_word_for_each_letter_of_its_acronym(checker):
    posting = "Duties\n- Review logs of Elevated Electrical Faults (EEFs) on the infusion pumps.\n"
    status = _statuses(checker, posting, "Experience\n- Reviewed batches\n")
    assert "Elevated Electrical Faults (EEFs)" in status, status
