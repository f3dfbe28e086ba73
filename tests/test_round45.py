"""Readings the forty-fifth round of held-out pairs asked for, each one for any trade: a law's or a document's
name is met by its initials ('HSWA 2015', 'HPCA Act', 'SSRCR'); a long form with a genus by its initial
spells an acronym ('Shiga toxin-producing E. coli' for STEC); a coined product name is met without its maker
of two words; a test method by its number is one term ('EPA 200.8'); a brand asked with its grade is related
to the brand alone; an acronym the resume spells out after it as another thing is not the vocabulary's; a
body's document by its title is one term; a wrapped bullet's choices are one list; an older credential name
meets its choice as a synonym; a credential's long form spells its letters; two wordings in a list are no
gloss. The names are made up
where the vocabulary now knows the round's own, so that each test reads the wording, not the vocabulary."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses, _terms


def test_a_laws_name_is_met_by_its_initials_with_its_year_or_its_last_word(checker):
    posting = (
        "Requirements\n"
        "- Registration under the Quarry Workers Competence Assurance Act 2003.\n"
        "- Work safely under the Health and Safety at Quarry Act 2015.\n"
    )
    resume = (
        "Experience\n"
        "- Annual Practising Certificate under the QWCA Act.\n"
        "- HSQA 2015 health and safety representative for the core lab.\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses["Quarry Workers Competence Assurance Act 2003"] is Status.SYNONYM, statuses
    assert statuses["Health and Safety at Quarry Act 2015"] is Status.SYNONYM, statuses
    # another year is another Act
    statuses = _statuses(checker, posting, "Experience\n- HSQA 1992 representative.\n")
    assert statuses["Health and Safety at Quarry Act 2015"] is Status.MISSING, statuses


def test_a_genus_by_its_initial_spells_the_acronym(checker):
    posting = "Duties\n- qPCR screens for Salmonella, QTEC and Aspergillus.\n"
    resume = "Experience\n- Screened for Salmonella and Quorvane toxin-producing E. coli by real-time PCR.\n"
    assert _statuses(checker, posting, resume)["QTEC"] is Status.SYNONYM


def test_a_coined_product_is_met_without_its_maker_of_two_words(checker):
    posting = "Duties\n- Run qPCR screens (e.g., Medicinal Genomics ZentoSEEK or Agilent AriaMx).\n"
    terms = _terms(checker, posting, "Experience\n- Real-time PCR: ZentoSEEK on Bio-Rad CFX96.\n")
    # the group is the open wording's, or a known choice's with the open one beside it
    group = next(t for t in terms if "AriaMx" in t.requirement.term)
    assert group.status.is_met and group.resume_forms == ("ZentoSEEK",), group


def test_a_test_method_by_its_number_is_one_term_and_one_choice(checker):
    posting = "Preferred\n- Testing background under EPA 277.4, SW-846 9123B or AOAC Official Methods.\n"
    terms = _terms(checker, posting, "Experience\n- Metals by EPA Method 277.4 on an Agilent 7900 ICP-MS.\n")
    # one group, whether a known choice leads it or not
    group = next(
        t for t in terms if "9123B" in " ".join((t.requirement.term, *t.requirement.open_alternatives))
    )
    wordings = " ".join((group.requirement.term, *group.requirement.open_alternatives))
    assert "EPA 277.4" in wordings and group.status is Status.SYNONYM, group
    # a title's number before a CFR part is no method
    terms = _terms(checker, "Requirements\n- EPA 40 CFR Part 261 waste rules.\n", "Skills\n- Phlebotomy\n")
    assert "40 CFR Part 261" in {t.requirement.posting_form for t in terms}


def test_a_brand_asked_with_its_grade_is_related_to_the_brand_alone(checker):
    posting = "Duties\n- DNA extraction by manual methods (Zorbex-100, phenol-chloroform).\n"
    statuses = _statuses(checker, posting, "Experience\n- DNA extraction with Zorbex on 9,000 cases.\n")
    assert statuses["Zorbex-100"] is Status.RELATED, statuses
    # another grade written is not the brand alone
    statuses = _statuses(checker, posting, "Experience\n- DNA extraction with Zorbex 20 resin.\n")
    assert statuses["Zorbex-100"] is Status.MISSING, statuses


def test_an_acronym_spelt_out_after_it_as_another_thing_is_not_the_vocabularys(checker):
    posting = "Duties\n- Perform CBC and ESR work on analysers.\n"
    resume = "Experience\n- Referred isolates to CBC (Institute of Coastal Bird Conservation).\n"
    assert _statuses(checker, posting, resume)["CBC"] is Status.MISSING
    # its own long form after it is the same thing
    resume = "Experience\n- Ran CBC (complete blood count) on the Sysmex XN.\n"
    assert _statuses(checker, posting, resume)["CBC"] is not Status.MISSING


def test_a_bodys_document_by_its_title_is_one_term(checker):
    posting = (
        "Duties\n"
        "- Report in accordance with the AABB Standards for\n"
        "  Quorvane Marker Laboratories and our quality system.\n"
        "- Knowledge of the CRCPD Suggested State Regulations for Control of Radiation, Parts B, D and F.\n"
        "- Follow Joint Commission Standards.\n"
        "- Keep to the CBAHI ESRs (Essential Safety Requirements).\n"
    )
    resume = (
        "Experience\n"
        "- Worked to the AABB parentage testing standards.\n"
        "- SSRCR Part F inspections; Joint Commission survey prep.\n"
    )
    statuses = _statuses(checker, posting, resume)
    # the title, wrapped or not, is the term; the body that opens it is no term of its own
    assert statuses.get("AABB Standards for Quorvane Marker Laboratories") is Status.SYNONYM, statuses
    assert statuses.get("CRCPD Suggested State Regulations for Control of Radiation") is Status.SYNONYM
    assert not any(form in statuses for form in ("AABB", "AABB Standards", "CRCPD")), statuses
    # a title's parts are no terms, nor is a known body's name and a document word a title of its own
    assert not any(form.startswith("Parts") for form in statuses), statuses
    assert statuses.get("Joint Commission") is Status.LITERAL and "Joint Commission Standards" not in statuses
    # the long form of an acronym in brackets is the acronym's
    assert "Essential Safety Requirements" not in statuses, statuses


def test_a_wrapped_bullets_choices_are_one_list(checker):
    posting = (
        "Duties\n"
        "- Perform DNA extraction on automated platforms such as the QIAGEN ZX9 Advanced XL or\n"
        "  Promega Maxwell RSC.\n"
    )
    terms = _terms(checker, posting, "Experience\n- DNA extraction on two ZX9 Advanced XL instruments.\n")
    group = next(t for t in terms if "Maxwell" in t.requirement.posting_form)
    assert group.status.is_met and group.alternative == "QIAGEN ZX9 Advanced XL", group


def test_a_standard_in_another_edition_is_not_the_postings_wording(checker):
    posting = "Requirements\n- Work to ISO 15189:2022 and IEC 62353:2014.\n"
    statuses = _statuses(checker, posting, "Skills\n- ISO 15189:2012 accreditation; IEC 62353 testing.\n")
    assert statuses["ISO 15189:2022"] is Status.SYNONYM, statuses
    # the standard with no edition named is still the posting's wording
    assert statuses["IEC 62353:2014"] is Status.LITERAL, statuses


def test_a_possessive_gives_no_initial(checker):
    posting = "Preferred\n- Master's degree in Analytical Chemistry.\n"
    statuses = _statuses(checker, posting, "Skills\n- Method blanks, LCS, MS/MSD\n")
    assert statuses["Master's degree"] is Status.MISSING, statuses


def test_an_older_credential_name_meets_its_choice_under_another_name(checker):
    posting = "Requirements\n- MLS(ASCP) or MLS(AMT) certification.\n"
    assert _statuses(checker, posting, "Certifications\n- MT(AMT), 2012\n")["MLS(ASCP) or MLS(AMT)"] is (
        Status.SYNONYM
    )
    assert _statuses(checker, posting, "Certifications\n- MLS(AMT), 2012\n")["MLS(ASCP) or MLS(AMT)"] is (
        Status.LITERAL
    )


def test_a_credential_is_never_given_a_long_form_its_letters_do_not_spell(checker):
    from tests.conftest import text_document

    posting = text_document("Requirements\n- MLS(ASCP) or MLS(AMT) certification.\n", "posting.txt")
    resume = text_document("Certifications\n- MT(AMT), 2012\n- CBET, 2020\n", "resume.txt")
    notes = [f.message for f in checker.check_documents(resume, posting).findings if f.code == "K006"]
    assert not any("MT(AMT)" in note for note in notes), notes  # not 'Medical Laboratory Scientist'
    assert any("CBET" in note for note in notes), notes


def test_two_wordings_in_a_list_are_no_gloss(checker):
    posting = (
        "Requirements\n"
        "- Bachelor's degree in medical laboratory science, medical technology, or a chemical or biological"
        " science.\n"
    )
    terms = _terms(checker, posting, "Education\n- B.S., Medical Technology, 2014\n")
    group = next(t for t in terms if "medical technology" in t.requirement.posting_form.lower())
    # the resume's 'Medical Technology' is one of the posting's own wordings, not another name for it
    assert group.status is Status.LITERAL, group
