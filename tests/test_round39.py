"""Readings the thirty-ninth round of held-out pairs asked for, each one for any trade: a credential named
twice before the word that says it is pursued, initials before a title-cased noun, an antibody by what it is
against, a word made from another word, a numbered pair, and a forwarded e-mail's own lines."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses


def test_a_credential_named_then_lettered_before_eligible_is_pursued(checker):
    posting = "Required Qualifications\n- MLS(ASCP) or equivalent\n- Specialist in Immunology, SI(ASCP)\n"
    resume = (
        "Certifications\n- MLS(ASCP)CM, 2016\n"
        "- Specialist in Immunology, SI(ASCP) - eligible; exam scheduled February 2027\n"
    )
    status = _statuses(checker, posting, resume)
    assert status.get("Specialist in Immunology") is Status.IN_PROGRESS, status
    held = _statuses(checker, posting, "Certifications\n- Specialist in Immunology, SI(ASCP), 2021\n")
    assert held.get("Specialist in Immunology") in (Status.LITERAL, Status.SYNONYM), held


def test_initials_before_a_title_cased_noun_are_met_by_the_name_spelt_out(checker):
    posting = "Required Qualifications\n- Working knowledge of CLWA Standards for waste handling\n"
    resume = "Training\n- Trained to Clinical Laboratory Waste Association handling standards\n"
    status = _statuses(checker, posting, resume)
    assert status.get("CLWA Standards") is Status.SYNONYM, status


def test_an_antibody_is_named_by_what_it_is_against(checker):
    posting = "Duties\n- Perform anti-HEV IgM and anti-HDV testing on the immunoassay analyzer.\n"
    resume = "Experience\n- Ran HEV IgM and HDV antibody screens on the immunoassay analyzer.\n"
    status = _statuses(checker, posting, resume)
    assert status.get("anti-HEV IgM") is Status.SYNONYM, status
    assert status.get("anti-HDV testing") is Status.SYNONYM, status
    # an antibody class alone names no test: another virus's IgM does not meet it
    posting = "Duties\n- Perform parvovirus IgM testing.\n"
    other = _statuses(checker, posting, "Experience\n- Ran toxoplasma IgM screens.\n")
    assert other.get("parvovirus IgM") is not Status.SYNONYM, other


def test_a_hyphened_name_gives_a_letter_for_each_part(checker):
    posting = "Duties\n- Perform parainfluenza-adenovirus panel IgG testing.\n"
    resume = "Experience\n- Ran PAP IgG testing on the bead analyzer.\n"
    status = _statuses(checker, posting, resume)
    assert status.get("parainfluenza-adenovirus panel IgG testing") is Status.SYNONYM, status


def test_a_word_made_from_another_meets_it_in_either_order(checker):
    posting = "Duties\n- Perform titer confirmation on reactive screens.\n"
    status = _statuses(
        checker, posting, "Experience\n- Performed confirmatory titer runs on reactive screens.\n"
    )
    assert status.get("titer confirmation") is Status.SYNONYM, status
    # both words must be there: the made word alone is not the wording
    alone = _statuses(checker, posting, "Experience\n- Performed confirmatory testing on reactive screens.\n")
    assert alone.get("titer confirmation") is not Status.SYNONYM, alone


def test_a_numbered_pair_is_met_in_part_by_one_of_its_numbers(checker):
    posting = "Duties\n- Perform HPIV-1/3 IgG testing by ELISA.\n"
    status = _statuses(checker, posting, "Experience\n- Ran HPIV-3 type-specific IgG by ELISA.\n")
    assert status.get("HPIV-1/3 IgG testing") is Status.RELATED, status


def test_a_forwarded_mails_header_and_note_are_not_the_posting(checker):
    posting = (
        "From: Maren Oyelaran <maren.oyelaran@example.com>\n"
        "Sent: Tuesday, September 15, 2026 9:12 AM\n"
        "To: NW HTM Network <nw-htm-network@example.com>\n"
        "Subject: FW: Now hiring - Recalls Coordinator (Clinical Engineering)\n"
        "\n"
        "Hi all - please pass this along. Zorbex experience a plus for the team.\n"
        "Thanks,\n"
        "Maren\n"
        "\n"
        "---------- Forwarded message ----------\n"
        "\n"
        "Recalls Coordinator\n"
        "Required Qualifications\n"
        "- Experience with the Zorbex recall tracker\n"
    )
    status = _statuses(checker, posting, "Skills\n- CMMS work orders\n")
    assert not {"FW", "Maren", "Maren Oyelaran"} & set(status), status
    # the posting below the separator is read
    assert any("Zorbex" in form for form in status), status


def test_an_acronym_the_posting_defines_for_a_known_term_is_that_term(checker):
    posting = (
        "Duties\n- Perform scheduled maintenance (SM) on incubators.\n"
        "- Verify the radiometer readings at every SM.\n"
        "- Take part in TJC Environment of Care (EC) rounds and keep to the EC standards.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Completed PMs on 300 incubators.\n")
    assert "scheduled maintenance" in status and "TJC Environment of Care" in status, status
    assert not {"SM", "EC"} & set(status), status  # no second term to add for the same thing
    # an acronym defined for an unknown wording stays that wording's term
    posting = "Duties\n- Run the quarterly zorbex flow audit (ZFA) and file each ZFA.\n"
    status = _statuses(checker, posting, "Experience\n- Ran audits.\n")
    assert "ZFA" not in status and any("zorbex flow audit" in form for form in status), status


def test_a_slash_pair_in_a_comma_list_is_a_choice_not_the_whole_list(checker):
    posting = (
        "Duties\n- Run hepatitis panels: HBsAg with neutralization confirmation, anti-HBs, HBeAg/anti-HBe, "
        "anti-HAV IgM, and anti-HCV with reflex to HCV RNA.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Ran HAV IgM on the LIAISON.\n")
    assert status.get("anti-HAV IgM") is Status.SYNONYM, status
    assert status.get("HBeAg/anti-HBe") is Status.MISSING, status  # not met by another item of the list
    # a run joined by 'or' is still one choice, slashes and all
    either = _statuses(checker, "Requirements\n- CBET/CRES, or CHTM\n", "Certifications\n- CHTM, 2020\n")
    assert either.get("CBET/CRES, or CHTM") is Status.LITERAL, either
