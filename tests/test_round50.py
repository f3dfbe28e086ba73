"""Readings asked for by what rounds 49 and 50's reports listed, each one for any trade: 'and other agents'
names the kind of the items before it; the last everyday word of a department's name ('Infection Prevention
and Control') is no term; a numbered standard's parts are part of it; a clinical practice guideline is one
titled document; 'and its amendments' speaks of the law before it; a bare 'machines' names no thing."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_round48 import _forms


def test_and_other_things_names_the_kind_of_the_items_before(checker):
    posting = (
        "Duties\n- Carry out chemical disinfection with Puristeril 340 and other agents, as COSHH says.\n"
        "- Clean beds with Virex II 256 or other approved disinfectants.\n"
    )
    forms = _forms(checker, posting)
    assert "Puristeril 340" in forms and "Virex II 256" in forms, forms
    assert not any(form.lower() in {"agents", "disinfectants"} for form in forms), forms


def test_the_last_everyday_word_of_a_departments_name_is_no_term(checker):
    posting = (
        "Duties\n- Escalate failed water tests to the Renal Technical Services Manager and Infection "
        "Prevention and Control.\n"
        "- Perform special stains: PAS, GMS, Giemsa, Gram and Steiner.\n"
    )
    forms = _forms(checker, posting)
    assert "Control" not in forms, forms
    # in a list of names the last word after 'and' is one of them
    assert "Steiner" in forms and "Giemsa" in forms, forms


def test_a_numbered_standards_parts_are_part_of_it(checker):
    posting = "Requirements\n- Working knowledge of BS ISO 23500 parts 1-5 and IEC 62353 Part 2.\n"
    forms = _forms(checker, posting)
    assert not any(form.lower().startswith("part") for form in forms), forms
    assert any("23500" in form for form in forms), forms


def test_a_clinical_practice_guideline_is_one_titled_document(checker):
    posting = (
        "Requirements\n- Working knowledge of the Canadian Society of Nephrology Clinical Practice Guideline "
        "for Haemodialysis Water and the Medical Devices Regulations 2002.\n"
    )
    forms = _forms(checker, posting)
    titled = [f for f in forms if f.startswith("Canadian Society of Nephrology")]
    assert titled == ["Canadian Society of Nephrology Clinical Practice Guideline for Haemodialysis Water"], (
        forms
    )
    assert "Practice Guideline" not in forms, forms


def test_its_amendments_and_bare_machines_are_no_terms(checker):
    posting = (
        "Duties\n- Help maintain compliance with DOH A.O. No. 2007-0027 and its amendments.\n"
        "- Perform daily and preventive maintenance of analyzers and keep instrument logbooks updated.\n"
    )
    forms = _forms(checker, posting)
    assert not any(form.lower() in {"amendments", "machines"} for form in forms), forms


def test_the_renal_associations_guideline_is_the_uk_kidney_associations(checker):
    posting = (
        "Requirements\n- Working knowledge of the UK Kidney Association Clinical Practice Guideline for "
        "Haemodialysis.\n"
    )
    resume = "Experience\n- Audited the water plant against the Renal Association haemodialysis guidelines.\n"
    statuses = _statuses(checker, posting, resume)
    assert (
        statuses.get("UK Kidney Association Clinical Practice Guideline for Haemodialysis") is Status.SYNONYM
    )


def test_a_labs_biological_indicators_are_its_spore_tests(checker):
    posting = (
        "Microbiology Media Preparation Technician\n"
        "Duties\n- Prepare culture media and run growth promotion QC on agar plates.\n"
        "- Verify each autoclave load weekly with biological indicators.\n"
    )
    resume = "Experience\n- Ran weekly spore tests with G. stearothermophilus on the media autoclave.\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("biological indicators") is Status.SYNONYM, statuses
