"""Readings the thirty-eighth round of held-out pairs asked for, each one for any trade: a word rare in
everyday English names a thing on its own, a misspelling keeps its first letter, the work done 'of' a thing
is met by the thing."""

from __future__ import annotations

from pathlib import Path

from resumefit.matching import _misspelt
from resumefit.models import Status
from resumefit.openmatch import _spelt_alike
from resumefit.postingnoise import COMMON_WORDS_FILE, common_word_list, common_words
from resumefit.spacyload import lookup_table
from tests.test_round16 import _statuses


def test_the_shipped_common_words_are_the_lookup_table_above_the_cut():
    shipped = (Path(__file__).resolve().parent.parent / "resumefit" / COMMON_WORDS_FILE).read_text("utf-8")
    assert shipped.split() == common_word_list(lookup_table("lexeme_prob"))
    assert {"patients", "repair", "experience"} <= common_words()
    assert not {"refrigerant", "deviations", "transducers"} & common_words()


def test_a_trade_word_alone_is_read_where_the_resume_has_it(checker):
    posting = "Duties\n- Recover refrigerant from the coolers.\n"
    resume = "Experience\n- Recovered refrigerant from 40 walk-in coolers.\n"
    status = _statuses(checker, posting, resume)
    assert status.get("refrigerant") is Status.LITERAL, status
    # a word alone the resume lacks is no term to add: it is listed as unchecked, never reported missing
    lacking = _statuses(checker, posting, "Experience\n- Serviced coolers.\n")
    assert "refrigerant" not in lacking, lacking
    # an everyday word alone is never a term
    posting = "Duties\n- Help the patients and the nursing staff.\n"
    everyday = _statuses(checker, posting, "Skills\n- patients\n")
    assert "patients" not in everyday, everyday


def test_a_word_alone_counts_only_where_the_resume_spells_it(checker):
    posting = "Duties\n- Document deviations in the quality system.\n"
    status = _statuses(checker, posting, "Experience\n- Documented deviations for 2 years.\n")
    assert status.get("deviations") is Status.LITERAL, status
    # a lone word the resume has only as a near spelling is unchecked, not met
    slip = _statuses(checker, posting, "Experience\n- Documented deviatons for 2 years.\n")
    assert "deviations" not in slip, slip
    # the British spelling of a word is no misspelling of it
    assert _spelt_alike("aluminium", "aluminum") and _spelt_alike("fetal haemoglobin", "fetal hemoglobin")
    assert not _spelt_alike("Diagnostics", "diagnosis")


def test_a_misspelling_keeps_its_first_letter(checker):
    posting = "Required Qualifications\n- Perform verification on all stations.\n"
    status = _statuses(checker, posting, "Experience\n- Completed Certification of all stations.\n")
    assert status.get("verification") is Status.MISSING, status
    # a prefix that keeps the meaning may come or go; one that reverses it may not
    assert _misspelt("biosafety", "safety") and _misspelt("loads", "reloads")
    assert not _misspelt("decontamination", "contamination") and not _misspelt("non-medical", "medical")


def test_the_work_done_of_a_thing_is_met_by_the_thing(checker):
    posting = (
        "Duties\n- Perform inspection of medical electrical equipment.\n"
        "- Quantitation of opioids in postmortem blood.\n"
    )
    resume = "Experience\n- Testing of medical electrical equipment.\n- Confirmed opioids in urine.\n"
    status = _statuses(checker, posting, resume)
    assert status.get("inspection of medical electrical equipment") is Status.SYNONYM, status
    opioids = status.get("opioids", status.get("quantitation of opioids"))
    assert opioids in (Status.LITERAL, Status.SYNONYM), status
    # an everyday thing after 'of' is not enough ('inspection of rooms' is not met by 'rooms')
    rooms = _statuses(checker, "Duties\n- Perform inspection of patient rooms.\n", "Skills\n- rooms\n")
    assert rooms.get("inspection of patient rooms", Status.MISSING) is not Status.LITERAL, rooms


def test_a_bullet_tail_takes_no_letters_off_the_term(checker):
    # '- Vibration analysis experience.': the 'is' of 'analysis' is no 'is preferred'
    status = _statuses(checker, "Preferred\n- Vibration analysis experience.\n", "Skills\n- PLCs\n")
    assert "Vibration analysis" in status, status
    assert "Vibration analys" not in status, status


def test_a_list_item_that_speaks_of_the_one_before_is_no_term(checker):
    posting = "Requirements\n- Knowledge of postmortem redistribution and its effect on interpretation.\n"
    status = _statuses(checker, posting, "Skills\n- LC-MS/MS\n")
    assert not {"effect", "interpretation", "its effect"} & set(status), status


def test_a_long_name_in_capitals_and_a_possessive_are_read_as_written_otherwise(checker):
    posting = "Duties\n- Review electropherograms in PHORESIS.\n- Bart's\n"
    resume = "Skills\n- Sebia Phoresis software; Barts hemoglobin in cord blood\n"
    status = _statuses(checker, posting, resume)
    assert status.get("PHORESIS") is Status.LITERAL, status
    # a possessive written without its apostrophe, however short
    assert status.get("Bart's") is Status.LITERAL, status
    # initials are still matched as written: 'CAP' is not the word 'cap'
    initials = _statuses(checker, "Requirements\n- CAP inspections\n", "Skills\n- cap and decap tubes\n")
    assert initials.get("CAP inspections", Status.MISSING) is Status.MISSING, initials


def test_the_words_that_open_examples_and_an_address_are_no_terms(checker):
    posting = (
        "Requirements\n- Associate degree plus military electronics training (for example, Navy nuclear ET)\n"
    )
    # the resume's e-mail address holds no word of a term ('example' of 'pat@example.com')
    resume = "Pat Q. Sample | pat@example.com | www.example.com\nSkills\n- Navy nuclear ET, 6 years\n"
    status = _statuses(checker, posting, resume)
    assert status.get("Navy nuclear ET") is Status.LITERAL, status
    assert not any("example" in form for form in status), status
    software = _statuses(checker, "Requirements\n- Experience with Examplesoft Suite\n", resume)
    assert software.get("Examplesoft Suite", Status.MISSING) is Status.MISSING, software


def test_experience_in_a_job_title_is_asked_and_the_title_of_the_post_is_not(checker):
    posting = (
        "Biomedical Technician II\n\nRequirements\n- 3+ years of BMET experience, including ECG carts.\n"
        "- The Biomedical Technician II maintains pumps.\n"
    )
    status = _statuses(checker, posting, "Experience\nBMET II - Acme Hospital - 2019 to present\n")
    assert status.get("BMET") is Status.LITERAL, status
    assert "Biomedical Technician" not in status, status
    years = _statuses(checker, "Requirements\n- Two years as a Medical Technologist.\n", "Skills\n- HPLC\n")
    assert years.get("Medical Technologist") is Status.MISSING, years
