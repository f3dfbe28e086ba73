"""Readings the forty-first round of held-out pairs asked for, each one for any trade: a verb after 'that'
is no kind of the known term after it, the state a thing is kept in is no part of it, a doped crystal
written out, a title's certificate, a body whose initials mix cases, one term whether or not the posting
adds its acronym, initials over a hyphened compound and a number spelt as a word, and the employer's own
unit or department introducing itself."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses


def test_the_verb_of_a_clause_is_no_kind_of_the_known_term_after_it(checker):
    posting = (
        "What you'll do\n"
        "- Work safely on instruments that hold formalin and xylene.\n"
        "- Support the units that carry patient telemetry.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Changed formalin and xylene; patient telemetry\n")
    assert not any(form.startswith(("hold ", "carry ")) for form in status), status
    assert status.get("formalin") is Status.LITERAL, status


def test_the_state_a_thing_is_kept_in_is_no_part_of_it(checker):
    posting = (
        "What you'll do\n"
        "- Keep the laser safety SOPs and dosimeter exchange charts current.\n"
        "- You will keep the machines and water systems running.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Wrote laser safety SOPs\n")
    assert not any(form.endswith((" current", " running")) for form in status), status
    assert "systems" not in status, status  # what is left of 'water systems running' names nothing
    assert "dosimeter exchange charts" in status, status


def test_a_doped_crystal_written_out_is_one_name(checker):
    posting = "Required Qualifications\n- Align a tunable Cr:Forsterite laser.\n"
    status = _statuses(checker, posting, "Experience\n- Aligned a Cr:Forsterite laser weekly\n")
    assert status.get("Cr:Forsterite") is Status.LITERAL, status
    assert not any(form in ("tunable Cr", "Forsterite laser") for form in status), status


def test_a_titles_certificate_is_a_credential(checker):
    posting = (
        "Minimum Qualifications\n"
        "- Must earn the Program's Breath Alcohol Technician certification within six months of hire.\n"
    )
    status = _statuses(checker, posting, "Certifications\n- Breath Alcohol Technician certification, 2021\n")
    assert status.get("Breath Alcohol Technician certification") is Status.LITERAL, status


def test_a_body_whose_initials_mix_cases_is_read_before_what_it_does(checker):
    posting = "Minimum Qualifications\n- Graduate of a CoARC-accredited respiratory care program.\n"
    status = _statuses(checker, posting, "Education\n- A.S., Respiratory Care, CoARC-accredited program\n")
    assert status.get("CoARC-accredited") is Status.LITERAL, status
    assert status.get("respiratory care program") is not None, status
    assert "CoARC-accredited respiratory care program" not in status, status


def test_one_term_whether_or_not_the_posting_adds_its_acronym(checker):
    posting = (
        "What you'll do\n"
        "- Run quorvane exercise mapping on the cycle ergometer.\n"
        "- Calibrate the cart before quorvane exercise mapping (QEM) each morning.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Ran quorvane exercise mapping\n")
    named = [form for form in status if form.lower().startswith("quorvane exercise")]
    assert named == ["quorvane exercise mapping (QEM)"], status


def test_initials_over_a_hyphened_compound_and_a_number_spelt_as_a_word(checker):
    posting = "Required Qualifications\n- Measure SNR on each channel\n- Perform 6MWT\n"
    resume = "Experience\n- Measured signal-to-noise ratio\n- Ran six-minute walk tests\n"
    status = _statuses(checker, posting, resume)
    assert status.get("SNR") is Status.SYNONYM, status
    assert status.get("6MWT") is Status.SYNONYM, status
    # the other way round: the posting spells out what the resume writes by its initials
    posting = "Required Qualifications\n- Perform six-minute walk tests\n"
    status = _statuses(checker, posting, "Skills\n- 6MWT\n")
    assert status.get("six-minute walk tests") is Status.SYNONYM, status
    # 'point-of-care testing' still gives POCT with its small word
    posting = "Required Qualifications\n- POCT oversight\n"
    status = _statuses(checker, posting, "Skills\n- point-of-care testing\n")
    assert status.get("POCT") is not Status.MISSING, status


def test_the_employers_own_unit_and_department_are_no_terms(checker):
    posting = (
        "About the role\n"
        "The Advanced Light Microscopy Core (ALMC) is a recharge facility in the Department of Cell and "
        "Developmental Biology.\n"
        "The Breath Alcohol Program (BAP) of the Forensic Laboratory Services Bureau supports 190 agencies.\n"
        "What you'll do\n"
        "- Train ALMC users on confocal microscopes for the BAP.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Confocal microscopes\n")
    names = ("ALMC", "BAP", "Breath Alcohol Program (BAP)", "Department of Cell", "Developmental Biology")
    for wording in names:
        assert wording not in status, status


def test_a_list_that_ends_in_and_asks_for_each_of_its_things(checker):
    posting = (
        "What you'll do\n"
        "- Maintain equipment such as the Glostavent, patient monitors, defibrillators, suction pumps and "
        "infant warmers.\n"
        "- Maintain CPAP, BiPAP and ASV titration units.\n"
    )
    resume = (
        "Experience\n- Repaired defibrillators and radiant warmers in the NICU\n"
        "- Maintained OmniLab units for CPAP, bilevel and ASV titrations\n"
    )
    status = _statuses(checker, posting, resume)
    assert status.get("suction pumps") is Status.MISSING, status  # not met by the defibrillators
    assert status.get("BiPAP") is Status.SYNONYM, status  # 'bilevel' beside CPAP and titrations
    # an 'or' list after the cue is still one choice
    status = _statuses(
        checker, "Required Qualifications\n- Experience with a CMMS such as AIMS or TMS\n", resume
    )
    assert not any(form in ("AIMS", "TMS") for form in status), status


def test_operating_theatre_lights_and_tables_written_ot(checker):
    posting = "What you'll do\n- Service surgical lights and operating tables\n"
    status = _statuses(checker, posting, "Experience\n- Repaired diathermy, OT lights and OT tables\n")
    assert status.get("surgical lights") is Status.SYNONYM, status
    assert status.get("operating tables") is Status.SYNONYM, status
