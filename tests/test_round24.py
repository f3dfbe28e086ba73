"""Rules fixed where the twenty-fourth round of held-out pairs showed them wrong: a bullet of two acronyms
joined by 'and' ('- IVUS and FFR systems') names two things; the words before 'of' have cores of their own
('pronase treatment of donor cells' is met by 'pronase'); a field's name before 'fundamentals' or
'principles' is a core; either name of a slash pair before common nouns is a part of it ('UNOS' of 'OPTN/UNOS
requirements')."""

from __future__ import annotations

from resumefit.models import Category, Status
from resumefit.variants import wording_key
from tests.conftest import text_document
from tests.test_open_terms import _posting_forms
from tests.test_round16 import _statuses
from tests.test_vocab import line_check


def test_a_bullet_of_two_joined_acronyms_names_two_things(checker):
    forms = _posting_forms(checker, "- IVUS and FFR systems.\n")
    assert {"IVUS", "FFR systems"} <= forms, forms
    assert "IVUS and FFR systems" not in forms, forms
    # words that are no acronyms stay one name
    forms = _posting_forms(checker, "- Foobar plating and streaking.\n")
    assert not {"Foobar plating", "streaking"} <= forms, forms


def test_the_words_before_of_have_cores_of_their_own(checker):
    status = _statuses(
        checker,
        "Responsibilities\n- Perform pronase treatment of donor cells and DTT treatment of sera.\n",
        "Experience\n- T/B flow crossmatch (FCXM) with pronase; DTT and EDTA for prozone.\n",
    )
    assert status["pronase treatment"] is Status.SYNONYM, status
    assert status["DTT treatment of sera"] is Status.SYNONYM, status


def test_a_fields_name_before_fundamentals_is_a_core(checker):
    status = _statuses(
        checker,
        "Requirements\n- Knowledge of tribology fundamentals.\n",
        "Experience\n- Principles of Bearing Tribology course, 2024\n",
    )
    assert status["tribology fundamentals"] is Status.SYNONYM, status
    # an ordinary word before 'fundamentals' is no core
    status = _statuses(
        checker,
        "Requirements\n- Knowledge of safety fundamentals.\n",
        "Experience\n- Safety committee member.\n",
    )
    assert status["safety fundamentals"] is Status.MISSING, status


def test_either_name_of_a_slash_pair_before_common_nouns_is_a_part_of_it(checker):
    status = _statuses(
        checker,
        "Requirements\n- Maintain compliance with CAP, CLIA and QRST/WXYZ requirements.\n",
        "Experience\n- Entered candidates in the WXYZ registry.\n",
    )
    assert status["QRST/WXYZ requirements"] is Status.RELATED, status


def test_a_hyphenated_word_shares_the_head_it_is_joined_to(checker):
    status = _statuses(
        checker,
        "Requirements\n- Knowledge of high-voltage safety.\n",
        "Training\n- High-voltage and electrical safety, 2024.\n",
    )
    assert status["high-voltage safety"] is Status.SYNONYM, status


def test_the_same_words_with_their_describing_words_in_another_order_are_there(checker):
    posting = "Requirements\n- Control vendor remote access to medical devices.\n"
    status = _statuses(checker, posting, "Experience\n- Managed remote vendor access for 40 systems.\n")
    assert status["vendor remote access"] is Status.SYNONYM, status
    # another head is another thing ('vendor access' alone, one word fewer, would be a synonym)
    status = _statuses(checker, posting, "Experience\n- Vendor visits to remote access sites.\n")
    assert status["vendor remote access"] is Status.MISSING, status


def test_a_standards_code_alone_names_it_and_without_its_revision_is_related(checker):
    status = _statuses(
        checker,
        "Requirements\n- Mount equipment to SAE J9043.\n- Knowledge of QQQ-A-1822F and CAAS GVS.\n",
        "Skills\n- J9043 equipment mounts; Triple Q (QQQ-A-1822).\n",
    )
    assert status["SAE J9043"] is Status.SYNONYM, status
    assert status["QQQ-A-1822F"] is Status.RELATED, status


def test_allowlisting_is_whitelisting_and_anti_malware_antivirus(checker):
    status = _statuses(
        checker,
        "Requirements\n- Support application allowlisting and antivirus on clinical workstations.\n",
        "Experience\n- Rolled out application whitelisting and anti-malware on 300 workstations.\n",
    )
    assert status["application allowlisting"] is Status.SYNONYM, status
    assert status["antivirus"] is Status.SYNONYM, status


def test_people_a_duty_is_done_for_and_benefits_in_the_employer_blurb_are_no_terms(checker):
    forms = _posting_forms(
        checker,
        "- The technician assists anesthesiologists and CRNAs with airway equipment.\n"
        "- Support surgeons, nurses and visitors with the Foobar 900 consoles.\n",
    )
    assert not forms & {"assists anesthesiologists", "surgeons", "visitors"}, forms
    read, _ = checker.read_posting(
        text_document(
            "About us\nWe invest in our people: paid certification exams, a clinical\n"
            "ladder, and tuition support for advanced degrees.\n\nRequirements\n- ELISA experience.\n",
            "posting.txt",
        )
    )
    forms = {r.posting_form for r in read.requirements}
    assert not forms & {"paid certification exams", "clinical ladder", "tuition support"}, forms


def test_a_compound_verb_ends_a_row_of_verbs_and_an_ies_plural_keys_as_its_singular(checker):
    forms = _posting_forms(checker, "- Fill, exchange and leak-check vaporizers and agent bottles.\n")
    assert "exchange" not in forms, forms
    assert wording_key("airway emergencies") == wording_key("airway emergency")
    assert wording_key("forceps") == ("forceps",) and wording_key("series") == ("series",)


def test_a_credential_of_any_vocabulary_file_is_pursued_after_studying_for(checker, vocabulary):
    pursuable = [
        c for c in vocabulary.concepts.values() if c.category in (Category.CREDENTIAL, Category.LICENSE)
    ]
    assert pursuable and all("pursued" in f.guards for c in pursuable for f in c.forms)
    status = _statuses(
        checker,
        "Preferred\n- CSMLS CLXT certification.\n",
        "Summary\nStudying for the CLXT and finishing a diploma.\n",
    )
    assert status["CLXT certification"] is Status.IN_PROGRESS, status


def test_a_crossmatch_written_xm_and_an_accreditor_among_its_siblings_are_there(checker):
    status = _statuses(
        checker,
        "Requirements\n- Perform virtual crossmatches.\n- Knowledge of ASHI, CAP and FACT standards.\n"
        "- Support cell salvage and point-of-care hemoglobin.\n",
        "Experience\n- Virtual XM for deceased donor offers.\n- ASHI, CAP, FACT, CLIA '88\n"
        "- Set up the Cell Saver Elite+ and HemoCue 201+ in the OR.\n",
    )
    assert status["virtual crossmatches"] is Status.SYNONYM, status
    assert status["FACT"] is Status.LITERAL, status
    assert status["cell salvage"] is Status.RELATED, status
    assert status["hemoglobin"] is Status.RELATED, status


def test_ana_is_no_antinuclear_antibody_test_beside_nursing_words(checker):
    check = line_check(checker)
    check("Emergency Nurses Association (ENA) and ANA member", "ana-testing", False)
    check("Member, American Nurses Association (ANA)", "ana-testing", False)
    check("ANA by IFA with reflex to ENA panel", "ana-testing")


def test_an_acronym_opening_a_longer_wording_is_its_core(checker):
    status = _statuses(
        checker,
        "Requirements\n- Replace bending section rubbers, angulation wires and CCD image sensors.\n",
        "Experience\n- CCD swaps and light guide repairs on 120 scopes a year.\n",
    )
    assert status["CCD image sensors"] is Status.SYNONYM, status


def test_an_unknown_model_of_a_maker_of_one_kind_of_thing_is_that_kind(checker):
    status = _statuses(
        checker,
        "Requirements\n- Use oscilloscopes and survey meters.\n- Service infusion pumps.\n",
        "Skills\n- Test equipment: Tektronix MSO44, Ludlum 9DP, Fluke 1587.\n",
    )
    assert status["oscilloscopes"] is Status.RELATED, status
    assert status["survey meters"] is Status.RELATED, status
    # a maker of many kinds of thing names none of them by a model code alone
    assert status["infusion pumps"] is Status.MISSING, status


def test_a_credential_of_a_users_own_vocabulary_file_is_pursued_too(tmp_path):
    from resumefit.vocab import load_vocabulary

    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "version: 2\nconcepts:\n  - id: foobar-cert\n    name: Foobar Certified Technician\n"
        "    category: credential\n    track: both\n    source: Foobar Board\n"
        "    abbreviations:\n      - FCT\n",
        encoding="utf-8",
    )
    concept = load_vocabulary(extra_files=[extra]).concepts["foobar-cert"]
    assert all("pursued" in form.guards for form in concept.forms), concept.forms
