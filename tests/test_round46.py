"""Readings the forty-sixth round of held-out pairs asked for, each one for any trade: everyday words read
only from the duties, as a phrase too, are listed for the user to check, not reported missing; a credential
whose parts are still ahead ('Core 2 exam scheduled') or whose course is booked ('registered, batch starting
January 2027') is pursued, not held, and so is its prep course; a saint's or a mount's short title does not
end a sentence ('St. Louis encephalitis virus'); a law's name may have its year after a comma and does not
take the duty's verb before it, nor lose a known law's name to it; a form is met written with a hyphen inside
('IgM antibody-capture ELISA'); initials the resume spells out as another thing, or a guard refuses where they
stand, do not meet a wording by its initials. The names are made up, so that each test reads the wording, not
the vocabulary."""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import text_document
from tests.test_round16 import _statuses


def _report(checker, posting: str, resume: str):  # noqa: ANN001, ANN202
    return checker.check_documents(text_document(resume, "resume.txt"), text_document(posting, "posting.txt"))


def test_everyday_words_of_a_duty_are_listed_to_check_not_reported_missing(checker):
    posting = "Duties\n- Log room changes and serial number updates on the Zorbex QX-40 cyclers.\n"
    report = _report(checker, posting, "Experience\n- Repaired 40 Quorvane pumps.\n")
    missing = {t.requirement.posting_form for t in report.terms if t.status is Status.MISSING}
    assert not {"room changes", "serial number updates"} & missing, missing
    listed = {u.text for u in report.posting.unknown_terms if u.tentative}
    assert "room changes" in listed, listed  # never dropped: shown for the user to check
    assert any("Zorbex" in form for form in missing), missing  # a product stays a term


def test_a_credential_with_a_part_still_ahead_is_pursued_and_so_is_its_prep_course(checker):
    posting = "Preferred\n- CompTIA A+ or Network+.\n"
    resume = (
        "Certifications\n"
        "- CompTIA A+: Core 1 passed Aug 2026; Core 2 exam scheduled Jan 2027\n"
        "Training\n"
        "- CompTIA A+ Core 1 and Core 2 prep course, 2026\n"
    )
    assert _statuses(checker, posting, resume)["CompTIA A+ or Network+"] is Status.IN_PROGRESS
    held = "Certifications\n- CompTIA A+, 2019\n"
    assert _statuses(checker, posting, held)["CompTIA A+ or Network+"] is Status.LITERAL


def test_a_course_booked_to_start_later_is_pursued(checker):
    posting = "Preferred\n- Internal auditor training on ISO 15189.\n"
    resume = (
        "Training\n"
        "- Zorbex Lab Safety, 2021\n"
        "- ISO 15189:2022 Internal Auditor course (4 days) - registered, batch starting January 2027\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses["Internal auditor training"] is Status.IN_PROGRESS, statuses


def test_a_saints_short_title_does_not_end_the_sentence(checker):
    posting = "Duties\n- Test mosquito pools for West Nile virus, St. Quorvane fever virus and Zika virus.\n"
    statuses = _statuses(checker, posting, "Skills\n- SQFV RT-PCR\n")
    assert statuses.get("St. Quorvane fever virus") is Status.SYNONYM, statuses
    assert "St" not in statuses and "Quorvane fever virus" not in statuses, statuses
    team = _statuses(checker, "Duties\n- Work with St. Zorbex teams on cases.\n", "Skills\n- PCR\n")
    assert "St" not in team, team


def test_a_laws_year_after_a_comma_and_no_duty_verb_before_it(checker):
    posting = "Duties\n- Follow Zorbex Waste Handling Rules, 2016 (as amended) for segregation.\n"
    statuses = _statuses(checker, posting, "Skills\n- PCR\n")
    assert "Zorbex Waste Handling Rules, 2016" in statuses, statuses
    assert not any(form.startswith("Follow") for form in statuses), statuses
    # a first word that is a noun too stays the law's
    statuses = _statuses(checker, "Duties\n- Work Health and Safety Act, 2011 duties.\n", "Skills\n- PCR\n")
    assert "Work Health and Safety Act, 2011" in statuses, statuses


def test_a_known_law_after_a_duty_verb_stays_asked(checker):
    posting = "Duties\n- Follow Bio-Medical Waste Management Rules, 2016 (as amended) for segregation.\n"
    statuses = _statuses(checker, posting, "Skills\n- BMW Rules 2016 training\n")
    assert statuses.get("Bio-Medical Waste Management Rules, 2016") is Status.SYNONYM, statuses


def test_a_form_is_met_written_with_a_hyphen_inside(checker):
    posting = "Duties\n- Perform arbovirus serology by MAC-ELISA.\n"
    resume = "Experience\n- Arbovirus serology by IgM antibody-capture ELISA and PRNT.\n"
    assert _statuses(checker, posting, resume)["MAC-ELISA"] is Status.SYNONYM


def test_initials_that_stand_for_another_thing_where_they_are_do_not_meet_a_wording(checker):
    posting = "Duties\n- Perform computer-assisted semen analysis on the andrology bench.\n"
    spelt = "Other\n- Volunteer, Lakeland County CASA (Court Appointed Special Advocates), 2020\n"
    assert _statuses(checker, posting, spelt)["computer-assisted semen analysis"] is Status.MISSING
    met = _statuses(checker, posting, "Experience\n- Ran CASA on 20 semen samples a week.\n")
    assert met["computer-assisted semen analysis"].is_met, met
    # a guard of the vocabulary that names another sense still holds: multidrug-resistant organisms
    asked = "Duties\n- Support complaint handling and Medical Device Reporting (MDR).\n"
    organism = "Experience\n- Weekend MDR organism screens in microbiology.\n"
    assert _statuses(checker, asked, organism)["Medical Device Reporting"] is Status.MISSING
