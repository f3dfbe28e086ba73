"""Rules fixed where the twentieth round of held-out pairs showed them wrong: a plural acronym the line spells
out as something else ('CBAHI ESRs (Essential Safety Requirements)') is not the vocabulary's ESR; a known
product's module the vocabulary lacks, with its certificate ('Epic Bridges certification'), is one credential
term, and pursued where the resume says so; a named thing whose clause says it is still under review
('Professional Engineer grade: application submitted October 2026, under review') is in progress; 'paid ASCP
and state license fees' is a benefit, not a requirement."""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import each_case
from tests.test_round16 import _statuses, _terms
from tests.test_vocab import line_check


def test_a_plural_acronym_spelled_out_as_something_else_is_not_the_vocabularys(checker):
    each_case(
        [
            ("the CBAHI ESRs (Essential Safety Requirements) that apply to medical equipment", "esr", False),
            ("Ran ESRs and CRPs on the Alifax", "esr", True),
        ],
        line_check(checker),
    )


def test_a_products_module_certificate_is_one_credential_and_may_be_pursued(checker):
    posting = (
        "Integration Engineer\n\nPreferred\n- Epic Bridges certification, or willingness to obtain it.\n"
    )
    resume = (
        "Certifications\n- Epic Bridges certification - employer-sponsored, in progress (expected Q1 2027)\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Epic Bridges certification") is Status.IN_PROGRESS, statuses


def test_a_named_thing_under_review_is_in_progress(checker):
    posting = (
        "Senior Biomedical Engineer\n\nRequirements\n- SCE classification at Professional Engineer grade.\n"
    )
    resume = (
        "Certifications\n- Upgrade to Professional Engineer grade: application submitted October 2026, "
        "under review\n"
    )
    terms = _terms(checker, posting, resume)
    pe = [t for t in terms if "Professional Engineer" in t.requirement.posting_form]
    assert pe and all(t.status is Status.IN_PROGRESS for t in pe), [
        (t.requirement.posting_form, t.status) for t in terms
    ]


def test_paid_fees_for_a_credential_are_a_benefit(checker):
    posting = (
        "Microbiology Specialist\n\nAbout the role\n"
        "- Day shift; 27 days PTO; paid ASCP and state license fees.\n"
        "\nRequirements\n- Bachelor's degree in medical laboratory science.\n"
    )
    forms = {t.requirement.posting_form for t in _terms(checker, posting, "Skills\n- Gram stains\n")}
    assert not any("ASCP" in f for f in forms), forms


def test_a_states_body_by_its_initials_meets_its_name(checker):
    """'Wisconsin DNR' written 'WDNR' (as 'Illinois EPA' is 'IEPA'): the state's initial before the
    acronym."""
    posting = "Safety Officer\n\nRequirements\n- Knowledge of Wisconsin DNR hazardous waste rules.\n"
    statuses = _statuses(checker, posting, "Experience\n- Hazardous waste management (RCRA, WDNR)\n")
    assert set(statuses.values()) == {Status.SYNONYM}, statuses


def test_ppm_completion_beside_a_verb_lead_is_maintenance_not_a_pacemaker(checker):
    """The pacemaker's 'PPM' wanted 'lead' near it, and 'Lead the hospital's ... plan' is a verb."""
    line = "Lead the equipment plan and report KPIs (uptime, PPM completion, mean time to repair)"
    each_case(
        [
            (line, "implantable-pacemaker", False),
            (line, "preventive-maintenance", True),
            ("PPM and ICD interrogations in the device clinic", "implantable-pacemaker", True),
        ],
        line_check(checker),
    )
