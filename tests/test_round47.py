"""Readings the forty-seventh round of held-out pairs asked for, each one for any trade: a credential's
self-study course or online coursework prepares for it, so it is no held credential where the resume says the
exam is still ahead; the body that grants a credential ('(CBET) from AAMI') is asked of no one and is no
choice of the credential's group; an employer's body ('Zorbex Department of Health') is no product; an Act by
its title is one term, met by its initials ('WSH Act'); a model's name is met with one inner word left out
('Ziehm RFD 3D')."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses, _terms


def test_a_course_that_prepares_for_a_pursued_credential_is_no_held_credential(checker):
    posting = "Preferred\n- ITIL 4 Foundation or CompTIA A+ certification.\n"
    resume = (
        "Certifications\n"
        "- ITIL 4 Foundation - exam scheduled March 2027\n"
        "Training\n"
        "- ITIL 4 Foundation self-study course (PeopleCert), 2026\n"
    )
    assert next(iter(_statuses(checker, posting, resume).values())) is Status.IN_PROGRESS
    posting = "Preferred\n- Specialist in Blood Banking, SBB(ASCP).\n"
    resume = (
        "Certifications\n"
        "- SBB(ASCP) - exam scheduled March 2027\n"
        "Education\n"
        "- Specialist in Blood Banking online coursework, 2025-2026\n"
    )
    assert next(iter(_statuses(checker, posting, resume).values())) is Status.IN_PROGRESS


def test_the_body_that_grants_a_credential_is_no_choice_of_its_group(checker):
    posting = (
        "Preferred\n"
        "- Certified Biomedical Equipment Technician (CBET) from AAMI, or Certified Healthcare Facility "
        "Manager (CHFM).\n"
    )
    terms = _terms(checker, posting, "Experience\n- Wrote PM procedures to AAMI standards.\n")
    assert not any(t.requirement.posting_form == "AAMI" for t in terms), terms
    group = next(
        t
        for t in terms
        if "CHFM" in (t.requirement.alternatives + (t.requirement.concept_id,))
        or "chfm" in t.requirement.alternatives
    )
    assert group.status is Status.MISSING, group  # working to AAMI's standards is neither credential
    held = _statuses(checker, posting, "Certifications\n- CHFM, 2021\n")
    assert any(status is Status.LITERAL or status is Status.SYNONYM for status in held.values()), held


def test_an_employers_body_is_no_product(checker):
    posting = (
        "Microbiologist 2 - Vector-Borne Disease Laboratory\n\n"
        "Zorbex Department of Health - Division of Public Health Laboratories\n"
        "Job Number: 2026-PHL-0419\n"
        "Location: State Public Health Laboratory, Riverbend (on-site)\n\n"
        "ABOUT THE LABORATORY\n"
        "The State Public Health Laboratory provides reference testing for 36 local health jurisdictions.\n\n"
        "DUTIES\n- Test mosquito pools by real-time RT-PCR.\n"
    )
    statuses = _statuses(checker, posting, "Skills\n- RT-PCR\n")
    assert not any("Department" in form for form in statuses), statuses


def test_an_act_by_its_title_is_one_term_met_by_its_initials(checker):
    posting = (
        "Duties\n"
        "- Work safely under BSL-2 practices in line with the Workplace Quorvane and Zorbex Act, and\n"
        "  protect patient data. Act on QC failures.\n"
    )
    statuses = _statuses(checker, posting, "Skills\n- WQZ Act awareness training\n")
    assert statuses.get("Workplace Quorvane and Zorbex Act") is Status.SYNONYM, statuses
    assert "Zorbex Act" not in statuses, statuses


def test_a_models_name_is_met_with_one_inner_word_left_out(checker):
    posting = "Requirements\n- Experience with the Ziehm Vision RFD 3D.\n"
    statuses = _statuses(checker, posting, "Skills\n- Ziehm RFD 3D C-arm service\n")
    assert statuses["Ziehm Vision RFD 3D"] is Status.SYNONYM, statuses


def test_infrared_scans_are_no_interventional_radiology(checker):
    from tests.test_vocab import line_check

    check = line_check(checker)
    check("Quarterly IR scans of switchgear; FLIR thermal imaging camera", "angiography", False)
    check("Covered the IR suite and angiography rooms", "angiography")


def test_a_choice_in_brackets_after_or_joins_the_group(checker):
    posting = "Requirements\n- CBET (or equivalent CRES) within one year of hire.\n"
    statuses = _statuses(checker, posting, "Certifications\n- CRES, 2019\n")
    assert len(statuses) == 1 and next(iter(statuses.values())).is_met, statuses
