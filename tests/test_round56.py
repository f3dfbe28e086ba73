"""Readings asked for by round 56, each one for any trade: requirement headings with a second noun ('Required
qualifications and experience') or a European 'What we ask'; a duty that keeps to rules ('in keeping with
Ministry requirements') asks nothing of the candidate; a body's name with 'and' inside it is one name, asked
for after a frame of registration or membership; a qualification named by its kind and subject ('Diploma
in ...') joins the degree the posting offers in its place, wherever it is from; training in a thing met by
the thing held on the resume; a work term met by its adverb and verb ('technically validated'); a skill's
words in a body's name on the resume are no skill; checks of conduct and clearances are no terms; a
product's model word is no acronym."""

from __future__ import annotations

from resumefit.models import Importance, Status
from tests.test_round16 import _statuses, _terms


def _by_form(checker, posting: str, resume: str = "Jane Doe\n"):  # noqa: ANN001, ANN202
    return {t.requirement.posting_form: t for t in _terms(checker, posting, resume)}


def _report(checker, posting: str, resume: str = "Jane Doe\n"):  # noqa: ANN001, ANN202
    from tests.conftest import text_document

    return checker.check_documents(text_document(resume, "resume.txt"), text_document(posting, "posting.txt"))


def test_a_requirement_heading_with_a_second_noun_sets_the_lines_under_it(checker):
    for heading in ("Required qualifications and experience", "WHAT WE ASK", "What we ask of you"):
        posting = f"Key responsibilities\n- Run the analysers.\n{heading}\n- Westgard rules.\n"
        terms = _by_form(checker, posting)
        assert terms["Westgard rules"].requirement.importance is Importance.REQUIRED, heading
        report = _report(checker, posting)
        assert all(u.text != "ASK" for u in report.posting.unknown_terms)  # a heading names no term
        assert all(heading != n.text for n in report.posting.not_understood), heading


def test_a_duty_kept_to_rules_asks_nothing_of_the_candidate(checker):
    posting = (
        "Key responsibilities\n"
        "- Report notifiable results in keeping with national surveillance requirements.\n"
        "- Perform Gram stains.\n"
    )
    assert _by_form(checker, posting)["Gram stains"].requirement.importance is Importance.MENTIONED
    # the posting's own requirements, spoken as such, still ask
    posting = "About the job\n- Requirements: Gram stains and Westgard rules.\n"
    assert _by_form(checker, posting)["Gram stains"].requirement.importance is Importance.REQUIRED


def test_a_bodys_name_with_and_inside_it_is_one_name(checker):
    posting = (
        "Requirements\n"
        "- Confirm that incoming devices are registered by the Quarry and Lantern Board.\n"
        "- Report in keeping with Ministry of Lanterns and Wellness requirements.\n"
        "- Membership of the Institution of Lampwrights of Wessex.\n"
    )
    report = _report(checker, posting, "Skills\n- QLB registration of new devices\n")
    terms = {t.requirement.posting_form: t for t in report.terms}
    assert terms["Quarry and Lantern Board"].status is Status.SYNONYM, sorted(terms)  # by its initials
    assert "Institution of Lampwrights of Wessex" in terms
    assert not {"Quarry", "Lantern Board", "Wellness requirements", "Ministry of Lanterns"} & set(terms)
    # a body named outside a frame of registration or membership is only listed, never asked for
    assert "Ministry of Lanterns and Wellness" not in terms
    assert "Ministry of Lanterns and Wellness" in {u.text for u in report.posting.unknown_terms}


def test_a_named_qualification_joins_the_degree_offered_in_its_place(checker):
    posting = (
        "Requirements\n"
        "- Diploma in Lantern Engineering from the Wessex Lamp College (WLC) or any other recognised "
        "institution, OR a Bachelor's degree in Biomedical Engineering.\n"
    )
    resume = "Education\nDiploma in Lantern Engineering - Wessex Lamp College, 2019\n"
    terms = _by_form(checker, posting, resume)
    assert terms["Bachelor's degree"].status is Status.LITERAL, {f: t.status for f, t in terms.items()}
    assert terms["Bachelor's degree"].alternative == "Diploma in Lantern Engineering"
    assert "recognised institution" not in terms  # where the qualification is from, any school
    # the degree still in progress takes nothing from the diploma held
    pursuing = (
        "Education\nBTech Biomedical Engineering - in progress (expected Dec 2027)\n"
        + resume.split("\n", 1)[1]
    )
    terms = _by_form(checker, posting, pursuing)
    assert terms["Bachelor's degree"].status is Status.LITERAL, {f: t.status for f, t in terms.items()}
    # the diploma on its own: held, or not
    terms = _by_form(checker, "Requirements\n- Diploma in Lantern Engineering.\n", resume)
    assert terms["Diploma in Lantern Engineering"].status is Status.LITERAL
    terms = _by_form(checker, "Requirements\n- Diploma in Lantern Engineering.\n", "Education\nBSc Physics\n")
    assert terms["Diploma in Lantern Engineering"].status is Status.MISSING


def test_training_in_a_thing_is_met_by_the_thing_held(checker):
    posting = "Requirements\n- Current WHMIS training.\n"
    statuses = _statuses(checker, posting, "Certifications\n- WHMIS 2015, renewed annually\n")
    assert statuses.get("WHMIS training") is Status.SYNONYM, statuses
    # the thing without the edition the posting names, or with it
    statuses = _statuses(
        checker, "Requirements\n- Current WHMIS 2015 training.\n", "Training\n- WHMIS (GHS) refresher, 2025\n"
    )
    assert statuses.get("WHMIS 2015 training") is Status.SYNONYM, statuses
    # the thing named as work, not as training held, is no training
    statuses = _statuses(checker, posting, "Skills\n- WHMIS labels on chemicals\n")
    assert statuses.get("WHMIS training") is Status.MISSING, statuses
    # nor a course that prepares for an exam, nor a training still to come
    posting = "Requirements\n- MRSO training.\n"
    statuses = _statuses(checker, posting, "Education\n- MRSO preparation course (24 CE credits), 2025\n")
    assert statuses.get("MRSO training") is not Status.SYNONYM, statuses
    posting = "Requirements\n- Current WHMIS training.\n"
    statuses = _statuses(checker, posting, "Certifications\n- WHMIS - course booked for March 2027\n")
    assert statuses.get("WHMIS training") is not Status.SYNONYM, statuses


def test_a_work_term_met_by_its_adverb_and_verb(checker):
    posting = "Requirements\n- Bioanalytical validation of LC-MS/MS methods.\n"
    statuses = _statuses(checker, posting, "Experience\n- Bioanalytically validated 12 methods\n")
    assert statuses.get("Bioanalytical validation") is Status.LITERAL, statuses
    # the adverb alone, with another verb, is another thing
    statuses = _statuses(checker, posting, "Experience\n- Bioanalytically trained 4 new staff\n")
    assert statuses.get("Bioanalytical validation") is Status.MISSING, statuses


def test_a_skills_words_in_a_bodys_name_are_no_skill(checker):
    posting = "Requirements\n- Radiation protection training.\n"
    resume = "Experience\n- Licensed X-ray rooms with the Radiation Protection Board\n"
    assert _statuses(checker, posting, resume).get("Radiation protection training") is Status.MISSING
    resume = "Training\n- Radiation protection course, 2022\n"
    assert _statuses(checker, posting, resume).get("Radiation protection training") is Status.SYNONYM


def _named(report) -> set[str]:  # noqa: ANN001
    return {t.requirement.posting_form for t in report.terms} | {u.text for u in report.posting.unknown_terms}


def test_checks_of_conduct_and_clearances_are_no_terms(checker):
    posting = (
        "Requirements\n"
        "- Meet the requirements of Chapter Six (clearance from KRQ, HLQB and an approved CRQ).\n"
        "- A Certificate of Conduct (VGQ) before your start date.\n"
        "- An enhanced DBS check.\n"
        "- Westgard rules.\n"
    )
    report = _report(checker, posting)
    named = _named(report)
    assert "Westgard rules" in named
    assert not {"KRQ", "HLQB", "CRQ", "VGQ", "DBS", "Certificate of Conduct"} & named, named


def test_a_products_model_word_is_no_acronym(checker):
    posting = "Requirements\n- Blood gas analysis on Radiometer ABL90 FLEX PLUS analysers.\n"
    report = _report(checker, posting, "Skills\n- Radiometer ABL90 FLEX\n")
    named = _named(report)
    assert "PLUS" not in named, named
    # a shouted word after no known product is read as ever
    report = _report(checker, "Requirements\n- Experience with PLUS.\n")
    assert "PLUS" in _named(report)


def test_a_credential_with_its_subject_inside_its_name_is_pursued_by_the_words_after_it(checker):
    posting = "Requirements\n- CSMLS certification.\n"
    resume = (
        "Certifications\n"
        "- CSMLS General Medical Laboratory Technology certification - eligible; exam February 2027\n"
    )
    assert _statuses(checker, posting, resume).get("CSMLS certification") is Status.IN_PROGRESS
    resume = "Certifications\n- CSMLS General Medical Laboratory Technology certification, 2019\n"
    assert _statuses(checker, posting, resume).get("CSMLS certification").is_met


def test_a_choice_named_by_its_kind_and_its_subject_is_one_choice_of_its_group(checker):
    posting = (
        "Requirements\n"
        "- An HLO bachelor's degree in Biology and Medical Laboratory Research (BML), or a foreign "
        "bachelor's degree in biomedical science.\n"
    )
    terms = _by_form(checker, posting, "Education\nBSc (Hons) Biomedical Science, 2018\n")
    missing = [form for form, t in terms.items() if t.status is Status.MISSING]
    assert missing == [], {form: t.status for form, t in terms.items()}
    assert any(form.startswith("HLO bachelor's degree in Biology") for form in terms), sorted(terms)


def test_a_subject_the_employers_unit_shares_is_a_choice_met_by_a_held_qualification(checker):
    posting = (
        "Biomedical Engineering Technologist - Lantern Engineering Unit\n"
        "Requirements\n"
        "- A Bachelor's degree in Biomedical Engineering or Lantern Engineering.\n"
    )
    resume = (
        "Summary\nLantern Engineering Technologist with seven years on hospital equipment.\n"
        "Education\nBTech Lantern Engineering - in progress (expected Dec 2027)\n"
        "Diploma in Lantern Engineering - Wessex Lamp College, 2019\n"
    )
    terms = _by_form(checker, posting, resume)
    assert terms["Biomedical Engineering"].requirement.open_alternatives == ("Lantern Engineering",)
    assert terms["Biomedical Engineering"].status is Status.LITERAL, {f: t.status for f, t in terms.items()}
