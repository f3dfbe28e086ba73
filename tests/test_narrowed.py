"""A known term the posting narrows with a word of its own ('geriatric venipuncture', 'reflectance
microscopy', 'scanner uptime') is asked for as written: met by the same words, by the narrowing words before
the known term written another way, related when the resume names only the known (broader) term, and only
listed for checking when the resume lacks the known term as well (that one is reported missing already)."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _terms


def _by_form(checker, posting: str, resume: str):  # noqa: ANN001, ANN202
    return {t.requirement.posting_form: t for t in _terms(checker, posting, resume)}


def test_the_narrowed_term_is_met_related_or_listed(checker):
    posting = "Requirements\n- Skilled in geriatric venipuncture.\n- Proficient in reflectance microscopy.\n"
    terms = _by_form(
        checker, posting, "Experience\n- Venipuncture for 200 patients a day; fluorescence microscopy\n"
    )
    geriatric = terms["geriatric venipuncture"]
    assert geriatric.status is Status.RELATED and geriatric.broader == "Venipuncture", terms
    assert geriatric.via == "phlebotomy" and not geriatric.requirement.known
    assert terms["reflectance microscopy"].status is Status.RELATED, terms
    # the posting's own words, or the narrowing word before another name of the known term
    met = _by_form(checker, posting, "Skills\n- Geriatric venipuncture; reflectance microscopy\n")
    assert met["geriatric venipuncture"].status is Status.LITERAL, met
    assert met["reflectance microscopy"].status is Status.LITERAL, met
    other = _by_form(checker, posting, "Skills\n- Geriatric phlebotomy in long-term care homes\n")
    assert other["geriatric venipuncture"].status is Status.SYNONYM, other
    assert other["geriatric venipuncture"].resume_forms == ("Geriatric phlebotomy",), other


def test_without_the_known_term_it_is_listed_not_advised_twice(checker):
    report = checker.check_documents(
        _doc("Skills\n- Specimen processing and centrifuge maintenance\n", "resume.txt"),
        _doc("Requirements\n- Skilled in geriatric venipuncture.\n", "posting.txt"),
    )
    forms = {t.requirement.posting_form: t.status for t in report.terms}
    assert forms == {"venipuncture": Status.MISSING}, forms
    listed = {u.text for u in report.posting.unknown_terms}
    assert "geriatric venipuncture" in listed, listed


def test_how_often_how_well_and_the_duty_verb_narrow_nothing(checker):
    posting = (
        "Duties\n- Perform daily QC and routine maintenance.\n- Track scanner uptime.\n"
        "- Experience servicing CT scanners.\n- Write work instructions; support test method validation.\n"
    )
    terms = _by_form(
        checker, posting, "Skills\n- QC review; testing; method validation; kept MRI uptime above 98%\n"
    )
    narrowed = {form for form, t in terms.items() if t.requirement.narrows}
    assert narrowed == {"scanner uptime", "test method validation"}, narrowed
    # the words of the posting's wording across a ';' on the resume are not the wording
    assert terms["test method validation"].status is Status.RELATED, terms


def test_the_broader_advice_says_broader(checker):
    report = checker.check_documents(
        _doc("Experience\n- Venipuncture for 200 patients a day\n", "resume.txt"),
        _doc("Requirements\n- Skilled in geriatric venipuncture.\n", "posting.txt"),
    )
    finding = next(f for f in report.findings if f.code == "K004")
    assert "broader 'Venipuncture'" in finding.message, finding
    assert "geriatric venipuncture" in finding.hint, finding


def _doc(text: str, path: str):  # noqa: ANN202
    from tests.conftest import text_document

    return text_document(text, path)


def test_a_series_of_things_no_reader_took_is_read_tentatively(checker):
    report = checker.check_documents(
        _doc("Experience\n- Urine and whole blood zinc; sputum and tissue processing\n", "resume.txt"),
        _doc(
            "Duties\n- Prepare and analyze whole blood, urine and serum specimens for lead, mercury, "
            "cadmium, selenium and zinc on the analyzer.\n- Process specimens (sputum, bronchoalveolar "
            "lavage, cerebrospinal fluid, tissue) for culture.\n- Strong communication, teamwork and "
            "organization.\n",
            "posting.txt",
        ),
    )
    forms = {t.requirement.posting_form: t.status for t in report.terms}
    for met in ("whole blood", "urine", "zinc", "sputum", "tissue"):
        assert forms.get(met) is Status.LITERAL, forms
    # what the resume does not have is listed for checking, never advised: the series may be prose
    listed = {u.text for u in report.posting.unknown_terms if u.tentative}
    assert {"mercury", "cadmium"} <= listed, listed
    assert "cerebrospinal fluid" in listed | set(forms), (listed, forms)
    assert not any(word in form for form in forms for word in ("communication", "teamwork")), forms


def test_the_objects_of_a_run_of_duties_are_read_tentatively(checker):
    report = checker.check_documents(
        _doc(
            "Experience\n- Replaced compressors; brazing and refrigerant recovery on -80 freezers\n",
            "resume.txt",
        ),
        _doc(
            "Duties\n- Maintain ULT freezers: diagnose cascade systems, replace compressors and controllers, "
            "recover and charge refrigerant, and perform brazing on sealed systems.\n"
            "- Answer calls, clean surfaces and stock supplies.\n",
            "posting.txt",
        ),
    )
    forms = {t.requirement.posting_form: t.status for t in report.terms}
    for met in ("compressors", "refrigerant", "brazing"):
        assert forms.get(met) is Status.LITERAL, forms
    assert "controllers" in {u.text for u in report.posting.unknown_terms if u.tentative}
    assert not any(word in form for form in forms for word in ("calls", "surfaces", "supplies")), forms
