"""Readings the fortieth round of held-out pairs asked for, each one for any trade: what a posting puts
outside the role, where the body works, an acronym spelt by another name's words, a standard's number, an
employer's initials, a firm without the word for its kind of business, an acronym written with a hyphen,
a guideline's revision in brackets, and a bare everyday word from the duties."""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import text_document
from tests.test_round16 import _statuses, _terms


def test_what_the_posting_puts_outside_the_role_is_no_term(checker):
    posting = (
        "What you'll do\n"
        "- Qualify HPLC and GC systems.\n"
        "Please note: microbiology instruments (Zorbex 2, Quillon/ALERT, Marrowind) are qualified by our\n"
        "Microbiology Systems team and are not part of this role.\n"
    )
    status = _statuses(checker, posting, "Skills\n- HPLC\n")
    assert "HPLC" in status, status
    assert not any(w in form for form in status for w in ("Zorbex", "Quillon", "Marrowind")), status
    # a sentence that only says what the role is stays read
    kept = _statuses(
        checker, "What you'll do\n- Qualify Marrowind readers; part of this role is travel.\n", ""
    )
    assert any("Marrowind" in form for form in kept), kept


def test_where_the_body_works_is_no_term(checker):
    posting = (
        "Physical demands\n"
        "- Able to lift 50 lb and work in tight mechanical spaces.\n"
        "- Must be able to wear scrubs, stand for long periods and work around animal allergens.\n"
    )
    status = _statuses(checker, posting, "Skills\n- Cage washers\n")
    for wording in ("tight mechanical spaces", "wear scrubs", "stand", "animal allergens"):
        assert wording not in status, status


def test_an_acronym_the_posting_spells_out_is_not_met_by_other_words_with_its_letters(checker):
    posting = "Required Qualifications\n- Working knowledge of Quorvane Software Assurance (QSA)\n"
    status = _statuses(checker, posting, "Experience\n- Service lead, Quincy-South Atlantic region\n")
    assert status.get("Quorvane Software Assurance (QSA)") is Status.MISSING, status
    # another long form sharing its words is the same credential
    posting = "Required Qualifications\n- NBDHMT Diver Medic Technician (DMT)\n"
    status = _statuses(checker, posting, "Certifications\n- Diving Medical Technician, U.S. Navy, 2011\n")
    assert status.get("Diver Medic Technician (DMT)") is Status.SYNONYM, status


def test_a_standards_number_is_not_met_by_words_that_spell_its_bodys_letters(checker):
    posting = "Required Qualifications\n- Knowledge of ISO 10936 and IEC 60529\n"
    resume = (
        "Experience\n- Field engineer for an independent service organization (ISO)\n"
        "- Investigated electromagnetic compatibility complaints\n"
    )
    status = _statuses(checker, posting, resume)
    assert status.get("ISO 10936") is Status.MISSING, status
    assert status.get("IEC 60529") is Status.MISSING, status


def test_an_employers_initials_are_the_employer(checker):
    posting = "Required Qualifications\n- Experience with ZMC requirements\n"
    resume = (
        "Experience\n- Imaging BMET, Zanebrook Medical Center (ZMC), 2019 to 2024\n"
        "- Calibrated pumps at ZMC\n"
    )
    assert _statuses(checker, posting, resume).get("ZMC requirements") is Status.MISSING
    # the same letters defined as the thing itself still meet it
    own = "Experience\n- Ran zonal magnetic calibration (ZMC) pre-scans\n"
    assert _statuses(checker, posting, own).get("ZMC requirements") is not Status.MISSING
    # and a known term's letters are not met by the employer either
    known = "Required Qualifications\n- Experience with EMC testing\n"
    resume = resume.replace("ZMC", "EMC").replace("Zanebrook", "Eastbrook")
    assert all(s is Status.MISSING for s in _statuses(checker, known, resume).values())


def test_a_firm_is_met_by_its_name_without_its_kind_of_business(checker):
    posting = "Preferred\n- Factory training on Quillon Microsystems or Fairhaven Scientific microscopes\n"
    resume = "Experience\n- Serviced Quillon M525 microscopes; moved to Fairhaven, MA in 2020\n"
    status = {t.requirement.posting_form: t for t in _terms(checker, posting, resume)}
    quillon = next(t for form, t in status.items() if "Quillon" in form)
    assert quillon.status is Status.SYNONYM, status
    # a name that is a place on the resume is the place
    alone = _statuses(checker, "Preferred\n- Fairhaven Scientific\n", resume)
    assert alone.get("Fairhaven Scientific") is Status.MISSING, alone


def test_an_acronym_is_met_with_a_hyphen_inside_it_and_without_one(checker):
    posting = "Duties\n- Qualify FTIR and QTOF-MS systems.\n"
    resume = "Experience\n- Qualified Nicolet FT-IR and QTOFMS units.\n"
    status = _statuses(checker, posting, resume)
    assert status.get("FTIR") in (Status.LITERAL, Status.SYNONYM), status


def test_a_guidelines_revision_in_brackets_is_the_guideline(checker):
    posting = "Required Qualifications\n- Mutagenic impurity assessment to ICH M7\n"
    resume = "Experience\n- Assessed impurities per ICH M7(R1) and USP <1225>\n"
    status = _statuses(checker, posting, resume)
    assert status.get("ICH M7") is Status.LITERAL, status


def test_a_bare_everyday_word_of_the_duties_is_listed_to_check_not_missing(checker):
    posting = (
        "Duties\n- Administer the Zorbex image management system: user accounts, case assignment, worklists,"
        " storage and audit logs.\n"
    )
    resume = "Experience\n- Ran analyzers.\n"
    report = checker.check_documents(
        text_document(resume, "resume.txt"), text_document(posting, "posting.txt")
    )
    missing = {t.requirement.posting_form for t in report.terms if t.status is Status.MISSING}
    assert "storage" not in missing, missing
    assert "storage" in {u.text for u in report.posting.unknown_terms}  # listed, for the reader to check
    assert "worklists" in missing, missing  # things counted in the plural stay terms


def test_a_makers_name_in_capitals_is_read_with_its_product(checker):
    posting = "Required Qualifications\n- OR integration (KARL STORZ OR1, Stryker SwitchPoint)\n"
    resume = "Experience\n- Integrated OR rooms on Karl Storz OR1 and Stryker SwitchPoint\n"
    status = _statuses(checker, posting, resume)
    assert status.get("KARL STORZ OR1") is Status.LITERAL, status
    assert "KARL" not in status, status


def test_two_capitals_are_initials_not_the_english_word_they_spell(checker):
    nlp = checker.nlp
    assert [t.norm_ for t in nlp.make_doc("AM cortisol and NT scans")][::3] == ["am", "nt"]
    # the English words keep their lemma, so 'are cortisol' is no 'AM cortisol'
    assert [t.norm_ for t in nlp.make_doc("are not")] == ["be", "not"]
    posting = "Duties\n- Draw AM cortisol levels.\n"
    status = _statuses(checker, posting, "Experience\n- Cortisol levels are drawn by nursing.\n")
    assert status.get("AM cortisol") is not Status.LITERAL, status


def test_a_maker_stylised_in_capitals_is_still_its_word(checker):
    posting = "Preferred\n- Laser particle counters (TSI AeroTrak, Lighthouse or Beckman Coulter Met One)\n"
    resume = "Skills\n- Beckman Coulter MET ONE 3400 particle counters\n"
    status = _statuses(checker, posting, resume)
    assert any(s in (Status.LITERAL, Status.SYNONYM) for s in status.values()), status


def test_heads_up_systems_are_no_ups(checker):
    posting = "Duties\n- Service 3D heads-up systems.\n"
    status = _statuses(checker, posting, "Experience\n- Replaced UPS system batteries.\n")
    assert "UPS system" not in status and all(s is not Status.LITERAL for s in status.values()), status


def test_the_employers_office_by_its_initials_is_no_term(checker):
    posting = (
        "DEPARTMENT: Office of Animal Resources (OAR) - Facilities & Equipment\n"
        "Duties\n- OAR supports 300 protocols; maintain the Zorbex cage racks.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Cage racks\n")
    assert "OAR" not in status, status


def test_where_the_work_is_done_is_no_term_but_the_thing_before_it_is(checker):
    posting = (
        "Required Qualifications\n- Animal husbandry experience in a research setting.\n"
        "- Degree in chemistry or a related scientific discipline.\n"
        "Duties\n- Verify quench pipe inspections, zorbex monitor function in the magnet room and run-down"
        " unit checks.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Rodent care\n")
    assert not {"research setting", "scientific discipline"} & set(status), status
    assert "zorbex monitor" in status, status


def test_an_acronym_the_posting_writes_in_brackets_after_its_wording_is_a_gloss(checker):
    posting = "Duties\n- Maintain the reverse osmosis (RO) system and follow lockout/tagout (LOTO).\n"
    resume = "Experience\n- Maintained the RO skid; LOTO on pumps\n"
    status = _statuses(checker, posting, resume)
    assert status.get("reverse osmosis") is Status.SYNONYM, status  # advise the posting's wording
    assert status.get("lockout/tagout") is Status.SYNONYM, status
    # an acronym the posting also writes on its own is its wording too
    posting += "- Replace RO membranes.\n"
    assert _statuses(checker, posting, resume).get("reverse osmosis") is Status.LITERAL
