"""Readings asked for by round 53, each one for any trade: a standard adopted under a body's own series
('CSA C22.2 No. 60601-1'); an act named by what it rules on, met by its initials, with an ampersand too ('D&C
Act'); two words turned round an 'of'; a known term with its kinds' codes inside it or its head in a
hyphened compound; a phrase that wraps from one resume line into the next; a qualification with a colon or
a comma before its subject; and from round 54 on sight: a European posting's headings ('Your tasks', 'Your
profile'); a word capitalised only because a bullet opens with it; umlauts written out; an acronym the
resume spells out once and uses later in that sense; a body's document met by the body spelt out."""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import text_document
from tests.test_round16 import _statuses
from tests.test_round16 import _terms as round16_terms


def _terms(checker, posting: str, resume: str = "Jane Doe\n"):  # noqa: ANN001, ANN202
    return round16_terms(checker, posting, resume)


def test_a_standard_adopted_under_a_bodys_own_series_is_the_standard(checker):
    posting = "Duties\n- Perform electrical safety testing to CSA Z32 and CSA C22.2 No. 60601-1.\n"
    resume = "Skills\n- Electrical safety testing to IEC 60601-1\n"
    terms = {t.requirement.posting_form: t for t in _terms(checker, posting, resume)}
    assert "CSA C22.2 No. 60601-1" in terms, sorted(terms)
    assert terms["CSA C22.2 No. 60601-1"].status.is_met
    assert "CSA C22.2" not in terms  # the series alone asks for nothing


def test_an_act_is_read_whole_and_met_by_its_initials(checker):
    posting = (
        "Requirements\n- Knowledge of the Infection Control Act and WHMIS.\n"
        "- Working knowledge of the Tubes and Fittings Rules, 2011.\n"
    )
    resume = "Skills\n- ICA, WHMIS, T&F Rules\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Infection Control Act") is Status.SYNONYM, statuses
    assert statuses.get("Tubes and Fittings Rules, 2011") is Status.SYNONYM, statuses
    assert "Infection Control" not in statuses  # the act's subject is no requirement of its own


def test_two_words_turned_round_an_of(checker):
    posting = "Requirements\n- Probe alignment.\n"
    assert _statuses(checker, posting, "Skills\n- alignment of new probes\n").get("Probe alignment") is (
        Status.SYNONYM
    )
    # two words turn only round 'of': 'alignment for probes' says another thing
    assert _statuses(checker, posting, "Skills\n- alignment for probes\n").get("Probe alignment") is (
        Status.MISSING
    )


def test_a_known_term_with_its_kinds_codes_inside_or_its_head_in_a_compound(checker):
    posting = "Requirements\n- Blood warmers.\n- Platelet incubators.\n"
    resume = "Skills\n- blood QX and HX warmers; platelet shaker-incubator\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Blood warmers") is Status.RELATED, statuses  # kinds of them, named by code
    assert statuses.get("Platelet incubators") is Status.SYNONYM, statuses
    # words between them that are no codes name neither: 'blood draws, patient warmers'
    resume = "Skills\n- blood draws, patient warmers\n"
    assert _statuses(checker, posting, resume).get("Blood warmers") is Status.MISSING


def test_a_phrase_wrapping_into_the_next_resume_line_is_found(checker):
    from resumefit.openmatch import _compound_head, _ResumeReader

    resume = text_document(
        "Stored components in blood bank refrigerators and a platelet\n"
        "shaker-incubator; kept the temperature charts.\n",
        "resume.pdf",
    )
    hit = _compound_head("platelet incubators", _ResumeReader(resume, checker.matcher))
    assert hit is not None and hit.line == 0 and "shaker-incubator" in hit.form, hit


def test_a_qualification_with_a_colon_or_a_comma_before_its_subject(checker):
    posting = (
        "Requirements\n- Bachelor's degree in Biomedical Engineering or equivalent.\n"
        "- National Diploma: Biomedical Technology, or BHSc in Medical Laboratory Science.\n"
    )
    resume = "Education\n- B.Tech, Biomedical Engineering, 2017\n- ND: Biomedical Technology, 2012\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Bachelor's degree") is Status.SYNONYM, statuses
    assert any(s.is_met for f, s in statuses.items() if f.startswith("National Diploma")), statuses


def test_a_european_postings_headings_open_its_sections(checker):
    posting = (
        "ABOUT US\nA university hospital of 1,400 beds.\n"
        "YOUR TASKS\n- Run the Sysmex XN-9000 haematology line.\n"
        "YOUR PROFILE\n- Knowledge of Westgard rules.\n"
        "DESIRABLE\n- Experience with total laboratory automation (TLA).\n"
        "WHAT WE OFFER\n- 30 days of annual leave.\n"
    )
    terms = {t.requirement.posting_form: t.requirement.importance.value for t in _terms(checker, posting)}
    assert terms.get("Westgard rules") == "required", terms
    assert any("XN-9000" in form and value == "mentioned" for form, value in terms.items()), terms
    assert any("automation" in form and value == "preferred" for form, value in terms.items()), terms


def test_a_word_capitalised_only_to_open_a_bullet_is_the_everyday_word(checker):
    posting = "Your tasks\n- Maintenance, calibration and first-line troubleshooting of analysers.\n"
    resume = "Experience\n- Did daily and weekly maintenance and calibration.\n"
    assert _statuses(checker, posting, resume).get("Maintenance") is Status.LITERAL
    # inside a line the capital marks a name: 'Capsule' (a product) is no 'capsule endoscopy'
    posting = "Requirements\n- Interface monitors through Capsule and Epic.\n"
    resume = "Experience\n- Serviced capsule endoscopy recorders.\n"
    assert _statuses(checker, posting, resume).get("Capsule") is not Status.LITERAL


def test_umlauts_written_out_are_the_same_name(checker):
    posting = "Requirements\n- Knowledge of the Rili-BÄK and of the Prüfbuch.\n"
    resume = "Skills\n- QC to Rili-BAEK limits; device Pruefbuch kept\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Rili-BÄK") is Status.SYNONYM, statuses


def test_an_acronym_the_resume_spells_out_keeps_that_sense_beside_its_words(checker):
    found = {
        (m.concept_id, m.line)
        for m in checker.matcher.find(
            text_document(
                "Quality: CAP proficiency testing (PT), method verification\n"
                "Coordinated CAP PT surveys for chemistry and coagulation\n"
                "Coagulation: PT, APTT, fibrinogen\n",
                "resume.txt",
            )
        )
    }
    assert ("prothrombin-time", 1) not in found  # 'CAP PT surveys': proficiency testing, as spelt out
    assert ("proficiency-testing", 1) in found
    assert ("prothrombin-time", 2) in found  # beside none of its spelling's words: the coagulation test


def test_a_bodys_document_met_by_the_body_spelt_out_beside_a_document_of_its_own(checker):
    posting = "Requirements\n- Donor selection as per the RBTC Guidelines for Donor Referral (2019).\n"
    resume = "Experience\n- Selected donors as per Regional Blood Tissue Council criteria.\n"
    statuses = _statuses(checker, posting, resume)
    assert any(s is Status.SYNONYM for f, s in statuses.items() if f.startswith("RBTC")), statuses
    # the body spelt out with no document of it says nothing of its guidelines
    resume = "Experience\n- Member, Regional Blood Tissue Council.\n"
    statuses = _statuses(checker, posting, resume)
    assert all(s is Status.MISSING for f, s in statuses.items() if f.startswith("RBTC")), statuses


def test_an_office_spelt_out_before_its_initials_is_one_term(checker):
    # (made-up offices: the vocabulary knows the Radiation Protection Supervisor itself)
    posting = "Desirable\n- Infection Control Officer (ICO) training.\n"
    resume = "Training\n- Infection Control Officer (ICO) course booked for May 2026\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Infection Control Officer (ICO)") is Status.IN_PROGRESS, statuses
    assert "Infection Control" not in statuses  # a word of the office's name asks for nothing


def test_a_recognition_still_worked_toward_is_not_held(checker):
    # (made-up names: the vocabulary knows the German MTL and Anerkennung itself)
    posting = (
        "Your profile\n- State recognition as Technologist for Clinical Analytics (TCA).\n"
        "- Gleichwertigkeitspruefung of the foreign qualification.\n"
    )
    resume = (
        "Summary\nMoved to Germany in 2025 and am completing the adaptation period for recognition as TCA.\n"
        "Licences\n- Gleichwertigkeitspruefung (equivalence check) as Technologin fuer Klinische Analytik: "
        "partial notice received Aug 2025, adaptation period in progress, completion expected April 2026\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Technologist for Clinical Analytics (TCA)") is Status.IN_PROGRESS, statuses
    assert statuses.get("Gleichwertigkeitspruefung") is Status.IN_PROGRESS, statuses


def test_work_named_by_a_noun_is_done_by_its_verb(checker):
    posting = "Duties\n- Support depot refurbishment.\n- Superchlorination of the distribution loop.\n"
    resume = "Experience\n- Refurbished 18 trade-in C-arms; superchlorinated the loop twice a year.\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("refurbishment") is Status.LITERAL, statuses
    assert statuses.get("Superchlorination") is Status.LITERAL, statuses


def test_one_posting_word_read_as_two_known_things_gets_the_resumes_answer():
    from resumefit.models import Category, Importance, Requirement, TermResult
    from resumefit.openmatch import _one_word_one_answer

    def result(concept: str, status: Status, line: int = 3) -> TermResult:
        req = Requirement(
            concept, concept, Category.EQUIPMENT, Importance.MENTIONED, "collimators", line=line
        )
        return TermResult(req, status, ("collimators",) if status.is_met else (), ())

    answered = _one_word_one_answer(
        [result("xray-collimator", Status.LITERAL), result("gamma", Status.MISSING)]
    )
    assert [r.requirement.concept_id for r in answered] == ["xray-collimator"]
    # the word on another line of the posting keeps its own answer
    answered = _one_word_one_answer(
        [result("xray-collimator", Status.LITERAL), result("gamma", Status.MISSING, 4)]
    )
    assert [r.status for r in answered] == [Status.LITERAL, Status.MISSING]


def test_a_bodys_numbered_report_is_the_document_not_the_body(checker):
    posting = "Duties\n- Carry out beam output checks as set out in IPEM Report 81.\n"
    forms = set(_statuses(checker, posting, "Memberships\n- IPEM, member\n"))
    assert "IPEM Report 81" in forms and "IPEM" not in forms, forms


def test_a_kind_of_credential_with_its_granting_body_is_that_bodys_credential(checker):
    posting = "Requirements\n- Certification as a CBNT or CHT through BONENT, or CCHT through NNCC.\n"
    resume = "Certifications\n- Certified Hemodialysis Technician (BONENT), 2021\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("CBNT, CHT or CCHT") is Status.SYNONYM, statuses
    found = {m.concept_id for m in checker.resume_mentions(text_document(resume, "resume.txt"), ())[0]}
    assert "cht-bonent" in found, found
    # the kind alone, or with a body that grants none of its kinds, names no one body's credential
    found = {
        m.concept_id
        for m in checker.resume_mentions(
            text_document("Certifications\n- Certified Hemodialysis Technician (AAMI), 2021\n", "resume.txt"),
            (),
        )[0]
    }
    assert not {"cht-bonent", "ccht-nncc", "cbnt-nnco"} & found, found


def test_clia_between_immunoassay_methods_is_the_method(checker):
    def concepts(text: str) -> set[str]:
        return {
            m.concept_id for m in checker.matcher.find(text_document(text, "posting.txt")) if m.form == "CLIA"
        }

    line = "- Screen units for HIV and HBsAg by ELISA (Bio-Rad Evolis) or CLIA (Abbott Architect i1000SR).\n"
    assert concepts(line) == {"chemiluminescent-immunoassay"}
    assert "clia-88" in concepts("- Ensure compliance with CLIA and CAP requirements.\n")


def test_a_settings_kind_names_the_experience(checker):
    posting = (
        "Preferred\n- Experience in a pediatric laboratory.\n- Experience in a clinical laboratory setting.\n"
    )
    resume = "Summary\nComfortable with low-volume pediatric specimens.\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("pediatric laboratory") is Status.SYNONYM, statuses


def test_initials_spelt_out_with_the_word_their_last_letter_stands_for(checker):
    posting = "Duties\n- Manage ARC/FRC contracts with vendors.\n- Renew ARC contracts on time.\n"
    resume = "Experience\n- Negotiated annual repair contracts with 14 vendors.\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("ARC/FRC") is Status.RELATED, statuses  # one of the pair
    assert all(s.is_met for f, s in statuses.items() if f.startswith("ARC")), statuses


def test_a_bodys_name_by_its_initials(checker):
    posting = "Requirements\n- Registered with the Medical Laboratory Technologists Board of Hong Kong.\n"
    resume = "Licences\n- Registered Medical Laboratory Technologist, Part I - MLTB, Hong Kong\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Medical Laboratory Technologists Board") is Status.SYNONYM, statuses
    # initials in small letters are a word, not the body's
    resume = "Licences\n- Registered Medical Laboratory Technologist (mltb pending)\n"
    assert _statuses(checker, posting, resume).get("Medical Laboratory Technologists Board") is Status.MISSING


def test_regulations_with_their_initials_and_initials_with_a_bracket_inside(checker):
    posting = (
        "Duties\n- Work within the Ionising Radiations Regulations 2017 (IRR17), the Ionising Radiation "
        "(Medical Exposure) Regulations 2017 (IR(ME)R) and the local rules.\n"
        "Requirements\n- Working knowledge of radiation safety and of IRR17 and IR(ME)R.\n"
    )
    resume = "Skills\n- IRR17, IRMER, local rules\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Ionising Radiations Regulations 2017 (IRR17)") is Status.LITERAL, statuses
    assert statuses.get("IR(ME)R") is Status.SYNONYM, statuses
    assert not any(f.startswith(("IR R", "(Medical")) for f in statuses), statuses


def test_qualification_and_experience_headings_ask(checker):
    posting = (
        "Key Responsibilities\n- Service ventilators.\n"
        "Qualification & Experience\n- Valid registration with the Pakistan Engineering Council (PEC).\n"
        "Knowledge, Skills and Abilities\n- Knowledge of NFPA 99.\n"
    )
    terms = {t.requirement.posting_form: t.requirement.importance.value for t in _terms(checker, posting)}
    assert any("Pakistan Engineering Council" in f and v == "required" for f, v in terms.items()), terms
    assert terms.get("NFPA 99") == "required", terms


def test_a_degree_still_worked_toward_on_the_line_it_wraps_into_is_not_held(checker):
    posting = (
        "Preferred\n"
        "- Bachelor of Biomedical Laboratory Technology, or Bachelor of Medical Laboratory Science.\n"
    )
    resume = (
        "Education and Training\n"
        "- Bachelor of Biomedical Laboratory Technology (distance learning) - Mbarara University of\n"
        "Science and Technology (MUST); final year, expected completion June 2027\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert set(statuses.values()) == {Status.IN_PROGRESS}, statuses


def test_the_body_that_grants_a_credential_choice_is_asked_of_no_one(checker):
    posting = "Preferred\n- Certification as a CBNT or CHT through BONENT, or CCHT through NNCC.\n"
    resume = "Certifications\n- Certified Hemodialysis Technician (BONENT), 2021\n"
    report = checker.check_documents(
        text_document(resume, "resume.txt"), text_document(posting, "posting.txt")
    )
    forms = {t.requirement.posting_form: t.status for t in report.terms}
    assert "NNCC" not in forms, forms  # no advice to add the other choice's body
    assert "NNCC" in {u.text for u in report.posting.unknown_terms}  # listed, not dropped


def test_packaging_following_a_rule_and_a_stains_name(checker):
    # (made-up names: the vocabulary knows triple packaging and Giemsa itself)
    posting = (
        "Duties\n- Ship specimens in overpack labelling following IATA requirements.\n"
        "- Read Fieldsen-stained films.\n"
    )
    resume = "Skills\n- Overpack labelling; thick and thin films (Fieldsen)\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("overpack labelling") is Status.LITERAL, statuses  # 'following IATA' is the rule
    assert statuses.get("Fieldsen-stained films") is Status.SYNONYM, statuses  # the stain names them


def test_a_virus_spelt_out_with_its_letter_and_a_model_with_its_slash_sibling(checker):
    from resumefit.openmatch import _ResumeReader, _with_a_slash_sibling

    statuses = _statuses(checker, "Duties\n- Run HGV testing.\n", "Skills\n- hepatitis G virus PCR\n")
    assert statuses.get("HGV") is Status.SYNONYM, statuses
    reader = _ResumeReader(
        text_document("Skills\n- Nordex ProMax SP/AS extraction\n", "r.txt"), checker.matcher
    )
    found = _with_a_slash_sibling("Nordex ProMax SP", reader)
    assert found is not None and found.form == "Nordex ProMax SP/AS", found
    assert _with_a_slash_sibling("Nordex ProMax AS", reader) is None  # the code after the slash is another


def test_a_course_enrolled_in_and_yet_to_start_is_not_held(checker):
    posting = "Preferred\n- Ward Leadership Development Course from the Kenya School of Government.\n"
    resume = (
        "Training\n"
        "- Ward Leadership Development Course, Kenya School of Government - enrolled, starts February 2027\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses and all(s is Status.IN_PROGRESS for s in statuses.values()), statuses
