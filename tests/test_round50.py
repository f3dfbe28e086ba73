"""Readings asked for by what rounds 49 and 50's reports listed, each one for any trade: 'and other agents'
names the kind of the items before it; the last everyday word of a department's name ('Infection Prevention
and Control') is no term; a numbered standard's parts are part of it; a clinical practice guideline is one
titled document; 'and its amendments' speaks of the law before it; a bare 'machines' names no thing."""

from __future__ import annotations

from pathlib import Path

from resumefit.models import Status
from tests.conftest import text_document
from tests.test_round16 import _statuses, _terms
from tests.test_round48 import _forms

ROOT = Path(__file__).resolve().parent.parent


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


def test_a_word_left_hanging_on_its_hyphen_takes_the_words_part(checker):
    posting = "Requirements\n- Place 3-lead and 12-lead ECG electrodes.\n"
    resume = "Experience\n- Applied 3- and 5-lead monitoring electrodes for 40 telemetry patients.\n"
    statuses = _statuses(checker, posting, resume)
    # on the resume, though not as the posting writes it: an ATS matching literally misses it
    assert statuses.get("3-lead") is Status.SYNONYM, statuses


def test_choices_each_through_its_own_body_are_one_group(checker):
    posting = (
        "Requirements\n- Current Certified EKG Technician (CET) through the National Healthcareer "
        "Association (NHA), Certified Cardiographic Technician (CCT) through Cardiovascular Credentialing "
        "International (CCI), or equivalent ECG credential, at hire.\n"
    )
    resume = "Certifications\n- Certified Cardiographic Technician (CCT), 2022\n"
    terms = _terms(checker, posting, resume)
    group = [t for t in terms if "Certified EKG Technician" in t.requirement.posting_form]
    assert [t.status for t in group] == [Status.LITERAL], [
        (t.requirement.posting_form, t.status) for t in terms
    ]
    # the group's wording names its choices, not their bodies; 'equivalent ECG credential' asks for no ECG
    assert (
        group[0].requirement.posting_form == "Certified EKG Technician or Certified Cardiographic Technician"
    )
    assert not any(t.requirement.posting_form == "ECG" for t in terms)


def test_a_degree_in_view_and_the_subject_of_a_degree_pursued_are_not_held(checker):
    posting = (
        "Requirements\n- M.Sc. in Medical Laboratory Science preferred.\n"
        "- Associate degree in biomedical equipment technology or electronics technology.\n"
    )
    resume = (
        "Summary\nRental equipment technician. Working toward an A.A.S. in Biomedical Equipment Technology.\n"
        "Education\nM.Sc. Haematology (in view) - Ogun Riverside University, expected 2026\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("M.Sc.") is Status.IN_PROGRESS, statuses
    pursued = [s for form, s in statuses.items() if "biomedical equipment technology" in form.lower()]
    assert pursued and all(s in (Status.IN_PROGRESS, Status.MISSING) for s in pursued), statuses


def test_what_the_referees_hold_is_theirs(checker):
    posting = "Requirements\n- PhD or FMLSCN preferred.\n- Current MLSCN practising licence.\n"
    resume = (
        "Education\nB.MLS (Bachelor of Medical Laboratory Science), 2016\n"
        "REFEREES\nDr. (Mrs.) Bolanle A. Ogunleye, PhD, FMLSCN - Head of Laboratory Services\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert all(s is Status.MISSING for form, s in statuses.items() if "PhD" in form or "FMLSCN" in form), (
        statuses
    )


def test_the_initials_a_posting_defines_are_the_term_on_the_resume(checker):
    posting = "Requirements\n- Process urine culture and sensitivity (UCS) specimens on the day shift.\n"
    resume = "Experience\n- Performed UCS on 60 urine specimens a day.\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("culture and sensitivity") is Status.SYNONYM, statuses
    # initials the resume spells out as something else are that other thing
    resume = "Volunteering\n- Driver, UCS (Union County Shelters), weekends since 2019\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("culture and sensitivity") is Status.MISSING, statuses


def test_a_standards_number_is_asked_for_with_the_bodies_before_it(checker):
    posting = "Requirements\n- Familiarity with ANSI/AAMI ES60601-1 and IEC 60601-2-52 (medical beds).\n"
    forms = _forms(checker, posting)
    assert "ANSI/AAMI ES60601-1" in forms, forms
    assert "AAMI" not in forms and "ES60601-1" not in forms, forms
    report = checker.check_documents(text_document("Jane Doe\n", "r.txt"), text_document(posting, "p.txt"))
    assert not any("AAMI" in u.text for u in report.posting.unknown_terms), report.posting.unknown_terms


def test_cms_conditions_for_coverage_are_one_titled_document(checker):
    posting = (
        "Responsibilities\n- Prepare centers for state surveys and CMS Conditions for Coverage reviews.\n"
    )
    forms = _forms(checker, posting)
    assert "CMS Conditions for Coverage" in forms, forms


def test_initials_the_resume_spells_out_otherwise_meet_no_open_term(checker):
    posting = "Requirements\n- Perform semen analysis by computer-assisted sperm assessment (CASSA).\n"
    resume = "Volunteering\n- Advocate, Winnebago County CASSA (Court Appointed Special Support Advocates)\n"
    statuses = _statuses(checker, posting, resume)
    assert all(s is Status.MISSING for s in statuses.values()), statuses
    statuses = _statuses(checker, posting, "Experience\n- Ran CASSA on 20 samples a day.\n")
    assert statuses.get("computer-assisted sperm assessment (CASSA)", Status.MISSING).is_met, statuses


def test_the_table_advice_gives_an_example_of_the_resumes_track(checker):
    from resumefit.documents import load_document

    folder = ROOT / "examples" / "heldout50-npwt-specialty-bed-service-tech"
    report = checker.check_documents(
        load_document(folder / "resume.docx"), load_document(folder / "posting.txt")
    )
    hints = [f.hint for f in report.findings if f.code == "L005"]
    assert hints and "Fluke" in hints[0] and "Sysmex" not in hints[0], hints


def test_a_makers_owner_in_brackets_is_no_choice_of_its_own(checker):
    posting = "Preferred\n- Service training on Arjo, Hillrom (Baxter) or Stryker support surfaces.\n"
    terms = _terms(checker, posting, "Training\n- Hillrom factory training on Envella beds, 2022\n")
    assert not any(t.requirement.posting_form.startswith("Baxter") for t in terms), [
        t.requirement.posting_form for t in terms
    ]
    statuses = {t.requirement.posting_form: t.status for t in terms}
    assert statuses.get("Hillrom") is Status.LITERAL and statuses.get("Stryker") is Status.MISSING, statuses
