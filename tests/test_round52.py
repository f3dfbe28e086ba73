"""Readings asked for by round 51, each one for any trade: a British job description's headings ('Job
summary', 'Person specification', 'Essential'); the posting's own initials of a term on the resume; initials
whose long form the resume spells out ('KENAS', 'PSSR 2000'); a word the resume spells the other way, cut
short or run together; a product by its line, its web name or without its maker; a European standard under
another country's prefix; a class named before a bracket of its examples; initials in another sense listed
beside other terms; a school's name opened by initials."""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import text_document
from tests.test_round16 import _statuses
from tests.test_round16 import _terms as round16_terms
from tests.test_round48 import _forms


def _terms(checker, posting: str, resume: str = "Jane Doe\n"):  # noqa: ANN001, ANN202
    return round16_terms(checker, posting, resume)


def test_a_british_job_descriptions_headings_open_its_sections(checker):
    posting = (
        "About us\nFenmoor Trust runs two hospitals.\n"
        "Job summary\nThe post holder tests sterilizers.\n"
        "Main duties and responsibilities\n- Perform Bowie-Dick tests on porous load sterilizers.\n"
        "Person specification\nEssential\n- Thorough knowledge of HTM 01-01.\n"
        "Desirable\n- IOSH Managing Safely.\n"
    )
    terms = {t.requirement.posting_form: t.requirement.importance.value for t in _terms(checker, posting)}
    assert terms.get("HTM 01-01") == "required", terms
    assert any("Bowie-Dick" in form for form in terms), terms
    assert terms.get("IOSH Managing Safely") == "preferred", terms


def test_the_postings_own_initials_on_the_resume_with_a_word_of_its_beside_them(checker):
    posting = (
        "Requirements\n- Follow radiation safety practice: TLD badge, survey meter, ALARA.\n"
        "- Awareness of BSH guidelines on pre-transfusion sample labelling.\n"
    )
    resume = (
        "Skills\n- AERB e-LORA, ALARA, TLD monitoring, LOTO.\n"
        "- Apply the BSH zero tolerance sample labelling rules.\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("TLD badge") is Status.SYNONYM, statuses
    assert statuses.get("BSH guidelines") is Status.SYNONYM, statuses
    # the same initials beside none of the posting's words mean another thing: a carrier, a base
    posting = "Duties\n- Complete site readiness checks: power and UPS, HVAC and heat load.\n"
    resume = "Experience\n- Shipped failed boards back to the depot by UPS Ground the same day.\n"
    assert _statuses(checker, posting, resume).get("UPS") is not Status.LITERAL


def test_initials_another_sense_uses_are_the_postings_own_beside_its_words(checker):
    # ABG is an arterial blood gas to the vocabulary; here it is the posting's own, and the resume's too
    posting = "Duties\n- Service the air-break gap (ABG) valves on the dialysis water loop.\n"
    resume = "Experience\n- Replaced ABG valves and RO membranes on the water loop.\n"
    assert _statuses(checker, posting, resume).get("air-break gap (ABG)") is Status.LITERAL


def test_initials_whose_long_form_the_resume_spells(checker):
    posting = (
        "Requirements\n- Membership of ZAMLT.\n- Knowledge of ZABS audit findings.\n"
        "- Knowledge of MEWR 2011.\n"
    )
    resume = (
        "Memberships\nZambia Association of Medical Laboratory Technologists - member since 2018\n"
        "Experience\n- Led the 2024 Zambia Bureau of Standards audit.\n"
        "- Kept records under the Medical Equipment Works Regulations 2011.\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Membership of ZAMLT") is Status.SYNONYM, statuses
    assert statuses.get("ZABS audit findings") is Status.SYNONYM, statuses
    assert statuses.get("MEWR 2011") is Status.SYNONYM, statuses


def test_words_spelt_the_other_way_cut_short_or_run_together(checker):
    posting = (
        "Duties\n- Verify purity with the Servomex MiniMP 5200 paramagnetic analyzer.\n"
        "- Check automatic changeover manifolds and hydrostatic test dates.\n"
        "- Run the HTX panel.\n- Service the electron gun.\n"
    )
    resume = (
        "Experience\n- O2 purity testing with Servomex 5200 paramagnetic analysers.\n"
        "- auto-changeover manifolds; hydrotest records; ran the pHTX panel; replaced the e-gun.\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Servomex MiniMP 5200") is Status.SYNONYM, statuses
    assert statuses.get("paramagnetic analyzer") is Status.SYNONYM, statuses
    assert statuses.get("hydrostatic test dates") is Status.SYNONYM, statuses
    assert statuses.get("HTX panel") is Status.SYNONYM or statuses.get("HTX") is Status.SYNONYM, statuses
    assert statuses.get("electron gun") is Status.SYNONYM, statuses
    assert statuses.get("automatic changeover manifolds") is Status.SYNONYM, statuses


def test_a_product_by_its_line_its_web_name_or_a_standard_under_another_prefix(checker):
    posting = (
        "Requirements\n- Thorough knowledge of BS EN 285.\n"
        "- Experience with the Hettich Rotanta 460 and with Medgrid.\n"
    )
    resume = "Skills\n- IS EN 285 testing; Hettich Rotanta centrifuges; Medgrid.io scheduling.\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("BS EN 285") is Status.SYNONYM, statuses
    assert statuses.get("Hettich Rotanta 460") is Status.RELATED, statuses
    assert statuses.get("Medgrid") is Status.LITERAL, statuses


def test_a_class_before_a_bracket_of_its_examples_is_one_choice(checker):
    posting = (
        "Essential\n- Competent with validation software (Ellab ValSuite, Kaye ValProbe RT, or equivalent).\n"
        "- Experience with a CMMS (Nuvolo, TMS, or equivalent).\n"
    )
    resume = "Skills\n- ValSuite reports; Nuvolo work orders.\n"
    terms = _terms(checker, posting, resume)
    assert all(t.status.is_met for t in terms), [(t.requirement.posting_form, t.status) for t in terms]
    assert len(terms) == 2, [t.requirement.posting_form for t in terms]


def test_initials_listed_beside_other_terms_are_read(checker):
    posting = (
        "Required Qualifications\n- Sound knowledge of high voltage pulsed power, RF and microwave systems, "
        "vacuum systems and cooling circuits.\n"
    )
    assert "RF" in _forms(checker, posting)
    assert "CT" not in _forms(checker, "Requirements\n- Relocation to Hartford, CT and pulsed power.\n")


def test_initials_that_open_a_schools_name_are_the_schools(checker):
    resume = text_document(
        "Volunteer mentor for CBC Junior School learners; ran CBC with differential", "r.txt"
    )
    mentions = checker.matcher.find(resume)
    assert [m.start for m in mentions if m.concept_id == "cbc"] == [53], mentions


def test_an_equivalent_qualification_meets_the_level_the_posting_asks(checker):
    posting = (
        "Requirements\n- High school diploma or GED, plus an Associate degree in mechanical technology, or "
        "equivalent technical training (military or trade school).\n"
    )
    resume = (
        "Education\nCity & Guilds Level 3 NVQ Diploma in Mechanical Engineering Maintenance - Tees College, "
        "2012\n"
        "GCSEs (8, including Maths and English) - Manor School, 2010\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Associate degree") is Status.SYNONYM, statuses
    assert statuses.get("High school diploma") is Status.SYNONYM, statuses
    # without 'or equivalent' the degree is asked as written
    posting = "Requirements\n- Associate degree in mechanical technology.\n"
    assert _statuses(checker, posting, resume).get("Associate degree") is Status.MISSING


def test_vacancy_numbers_job_groups_school_grades_and_departments_are_no_terms(checker):
    posting = (
        "ADVERTISEMENT - VACANCY NO. MWCPSB/HLTH/041/2026\nJob Group: CPSB 08 ('K')\n"
        "Navjeevan Hospitals | Biomedical Services Directorate | Nashik\n"
        "Requirements\n- GCSEs (or equivalent) at grade 4/C or above in English and Maths.\n"
        "- Support surgical tables and surgical lights, working with senior BMETs.\n"
    )
    forms = _forms(checker, posting)
    for noise in ("MWCPSB", "CPSB", "4/C", "Directorate", "BMETs"):
        assert not any(noise in form for form in forms), (noise, forms)


def test_a_lone_everyday_word_beside_known_terms_is_asked_where_the_resume_names_it(checker):
    posting = (
        "Duties\n- Support the Mosaiq and DICOM RT connectivity, servers and backups with the IT team.\n"
        "Navjeevan Hospitals | Biomedical Engineering Department | Nashik, Maharashtra | Job ID: 0426\n"
    )
    forms = _forms(checker, posting)
    assert "backups" not in forms and "DICOM RT" in forms, forms
    resume = "Skills\n- Nightly backups of the record and verify server.\n"
    assert "backups" in _forms(checker, posting, resume)
    assert not any("Department" in form for form in forms), forms


def test_initials_with_a_year_no_form_writes_are_another_countrys_act(checker):
    posting = "Requirements\n- Knowledge of OSHA 1994; prepare for the CAP 2026 inspection.\n"
    resume = "Skills\n- Occupational Safety and Health Act 1994 (Malaysia) committee; CAP inspections\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("OSHA 1994") is Status.SYNONYM, statuses
    assert statuses.get("CAP") is Status.LITERAL, statuses


def test_a_word_needing_its_kind_beside_it_and_a_names_capitals(checker):
    posting = (
        "Duties\n- Review use of red cells, platelets, fresh frozen plasma and cryoprecipitate.\n"
        "- Deliver LearnBloodTransfusion e-learning.\n"
    )
    resume = (
        "Experience\n- Ran the National Comparative Audit of the medical use of red cells and platelets.\n"
        "- Completed LBT modules.\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("platelets") is Status.LITERAL, statuses
    assert statuses.get("LearnBloodTransfusion") is Status.SYNONYM, statuses


def test_a_marker_names_its_quantitation_and_a_pair_is_partly_met_by_one_of_it(checker):
    posting = (
        "Requirements\n- Support image analysis (ER/PR and Ki-67 quantitation).\n"
        "- Perform acceptance testing on PET/CT systems.\n"
    )
    resume = (
        "Skills\n- Ki67 and ER/PR image analysis algorithms\n- Annual CT and mammography physics surveys\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Ki-67 quantitation") is Status.SYNONYM, statuses
    assert statuses.get("PET/CT") is Status.RELATED, statuses
