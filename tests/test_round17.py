"""Rules fixed where the seventeenth round of held-out pairs showed them wrong.

A credential named as its exam to come ('after the MLS(ASCP) exam', on one line or wrapped onto the next), a
licence whose application is still to be filed, and a licence named with 'trainee' after it (on the line or
the next it wraps into: a guard reads on into a wrapped line) are in progress; 'non-' before a term names
the other kind; a bare number inside a longer product name is its model number, not the standard numbered
so, while Europe's adoption of an IEC standard ('BS EN 62353') is the standard; a law by its title and year
is one term, and its words are no terms of their own; an NHS pay band is no part of a term; a town and
state code is no town when the letters go on into a name ('Datix, MS Office').
"""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import each_case
from tests.test_round16 import _statuses, _terms
from tests.test_vocab import line_check


def test_a_credential_named_as_its_exam_to_come_is_in_progress(checker):
    posting = "Requirements\n- MLS(ASCP) certification\n- California CLS license\n"
    pursued = (
        "Certifications\n"
        "- California Clinical Laboratory Scientist license - application to be filed after the\n"
        "MLS(ASCP) exam; expected February 2027\n"
        "- Preparing to sit the exam after the MLS(ASCP)\n"
        "exam review course\n"
    )
    statuses = _statuses(checker, posting, pursued)
    assert set(statuses.values()) == {Status.IN_PROGRESS}, statuses
    wrapped = "Certifications\n- Licence application to be filed after the MLS(ASCP)\nexam; expected 2027\n"
    assert _mls(_statuses(checker, posting, wrapped)) == [Status.IN_PROGRESS]
    held = _statuses(checker, posting, "Certifications\n- Passed the MLS(ASCP) exam in 2021\n")
    assert _mls(held) in ([Status.LITERAL], [Status.SYNONYM]), held


def _mls(statuses: dict[str, Status]) -> list[Status]:
    return [status for form, status in statuses.items() if "MLS" in form]


def test_a_licence_named_with_trainee_after_it_is_not_held(checker):
    posting = "Requirements\n- California CLS license\n"
    resume = "Summary\nGeneralist MLT, now finishing my California CLS trainee year at a reference lab.\n"
    assert _statuses(checker, posting, resume)["California CLS license"] is not Status.LITERAL
    wrapped = (
        "Summary\nGeneralist MLT at a community hospital, now finishing my California CLS\ntrainee year.\n"
    )
    assert _statuses(checker, posting, wrapped)["California CLS license"] is not Status.LITERAL


_LINES = [
    ("PAT testing of non-medical equipment in the workshop", "medical-equipment", False),
    ("Inspected and repaired medical equipment on the wards", "medical-equipment", True),
    ("Cleaned non-GMP support areas", "fda-cgmp", False),
    ("Tested with a Rigel 62353 analyser", "iec-62353", False),
    ("Tested with a Rigel 62353 analyser", "rigel-62353", True),
    ("Electrical safety tests to BS EN 62353 on every return", "iec-62353", True),
    ("Electrical safety testing to IEC 62353", "iec-62353", True),
    ("Type testing to BS EN 60601-1", "iec-60601", True),
    (
        "Perform bacterial endotoxin testing using kinetic chromogenic LAL and gel-clot methods",
        "lal-testing",
        True,
    ),
    (
        "Perform bacterial endotoxin testing using kinetic chromogenic LAL and gel-clot methods",
        "column-agglutination",
        False,
    ),
    ("Ran gel card antibody screens", "column-agglutination", True),
    ("Hb variant screens on the VARIANT II; reviewed HbA2 and HbF quantitation", "biorad-variant-ii", True),
]


def test_lines_of_round_17_read_right(checker):
    each_case(_LINES, line_check(checker))


def test_a_law_by_its_title_and_year_is_one_term(checker):
    posting = (
        "Duties\n"
        "- Work safely in line with COSHH and the Electricity at Work Regulations 1989.\n"
        "- Ensure the Trust meets the Medical Devices Regulations 2002 and MHRA guidance.\n"
    )
    resume = "Experience\n- Isolation to EAWR 1989; worked to UK MDR 2002 and MHRA guidance.\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Electricity at Work Regulations 1989") is Status.SYNONYM, statuses
    assert statuses.get("Medical Devices Regulations 2002") is Status.SYNONYM, statuses
    assert not any(form.lower() in ("electricity", "medical devices") for form in statuses), statuses
    led = _statuses(checker, "Duties\n- Work to the Electricity at Work Regulations 1989.\n", resume)
    assert "Electricity at Work Regulations 1989" in led, led  # the sentence's verb is no part of the title


def test_a_pay_band_is_no_part_of_a_term_and_a_software_list_no_place(checker):
    posting = (
        "EBME Technician Band 6\n\nRequirements\n- Experience with Datix\n- EBME Technician Band 6 work\n"
    )
    resume = "Skills\n- e-Quip asset management system, Datix, MS Office\n- EBME Technician, Band 5\n"
    terms = _terms(checker, posting, resume)
    forms = {t.requirement.posting_form: t.status for t in terms}
    assert not any("Band" in form for form in forms), forms
    assert forms.get("Datix") is Status.LITERAL, forms
