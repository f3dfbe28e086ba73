"""Matching mechanics on a small vocabulary: forms, case, guards, overlaps, statuses."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest
import yaml

from resumefit.matching import TermMatcher, assess_terms, learned_mentions
from resumefit.models import Category, Importance, Requirement, Status, SurfaceForm
from resumefit.vocab import Vocabulary, parse_concept
from tests.conftest import each_case, text_document
from tests.test_open_terms import _statuses

CONCEPTS = """
- {id: infusion-pump, name: infusion pump, category: equipment, track: equipment, source: t,
   aliases: [IV pump, large-volume pump], abbreviations: [LVP]}
- {id: pca-pump, name: PCA pump, category: equipment, track: equipment, source: t, broader: [infusion-pump],
   aliases: [patient-controlled analgesia pump]}
- {id: operating-room, name: operating room, category: skill, track: equipment, source: t,
   abbreviations: [OR]}
- {id: preventive-maintenance, name: preventive maintenance, category: skill, track: equipment, source: t,
   abbreviations: [{text: PM, not_after: '\\d(:\\d\\d)?\\s*$'}], aliases: [planned maintenance]}
- {id: proficiency-testing, name: proficiency testing, category: quality, track: lab, source: t,
   abbreviations: [{text: PT, context: [proficiency, survey, CAP]}]}
- {id: computed-tomography, name: computed tomography, category: modality, track: equipment, source: t,
   abbreviations: [CT], aliases: [CT scanner]}
- {id: mls-ascp, name: MLS(ASCP), category: credential, track: lab, source: t, abbreviations: [MLS(ASCP)],
   legacy: [MT(ASCP)]}
- {id: mlt-ascp, name: MLT(ASCP), category: credential, track: lab, source: t, abbreviations: [MLT(ASCP)]}
- {id: sysmex, name: Sysmex, category: manufacturer, track: lab, source: t}
- {id: sysmex-xn, name: Sysmex XN, category: instrument, track: lab, source: t, aliases: [Sysmex XN-Series]}
- {id: sysmex-xn-1000, name: Sysmex XN-1000, category: instrument, track: lab, source: t,
   broader: [sysmex-xn], aliases: [XN-1000]}
- {id: x-ray, name: radiography, category: modality, track: equipment, source: t, aliases: [X-ray]}
- {id: ecg, name: ECG, category: equipment, track: both, source: t, abbreviations: [ECG, EKG]}
- {id: eeg, name: EEG, category: equipment, track: both, source: t, abbreviations: [EEG]}
- {id: cbet, name: CBET, category: credential, track: equipment, source: t, abbreviations: [CBET],
   aliases: [Certified Biomedical Equipment Technician]}
"""


@pytest.fixture(scope="module")
def small(nlp, vocabulary) -> TermMatcher:
    concepts = [parse_concept(raw, f"test[{i}]") for i, raw in enumerate(yaml.safe_load(CONCEPTS))]
    by_id = MappingProxyType({c.id: c for c in concepts})
    vocab = Vocabulary(by_id, MappingProxyType({}), guards=vocabulary.guards)  # the shipped guard 'place'

    return TermMatcher(vocab, nlp)


def found(small: TermMatcher, text: str, nested: bool = True) -> list[tuple[str, str]]:
    return [(m.concept_id, m.form) for m in small.find(text_document(text), nested=nested)]


def test_plural_and_alias_forms_match(small):
    assert found(small, "Serviced Infusion Pumps and IV pumps daily.") == [
        ("infusion-pump", "Infusion Pumps"),
        ("infusion-pump", "IV pumps"),
    ]


def test_english_or_and_it_are_never_acronyms(small):
    assert found(small, "Repaired pumps or monitors; it was done in the OR.") == [("operating-room", "OR")]


def test_short_acronyms_on_a_capitals_line_are_not_trusted(small):
    assert found(small, "CBET OR CRES REQUIRED FOR THIS ROLE") == [("cbet", "CBET")]


def test_pm_after_a_clock_time_is_not_preventive_maintenance(small):
    assert found(small, "Worked the 3 PM shift") == []
    assert found(small, "Completed PM on 300 devices") == [("preventive-maintenance", "PM")]


def test_ambiguous_pt_needs_its_context(small):
    assert found(small, "Ran PT and INR on the coag analyzer") == []
    assert found(small, "Managed CAP PT surveys") == [("proficiency-testing", "PT")]


def test_ct_inside_other_tokens_is_not_computed_tomography(small):
    assert found(small, "Performed CT/NG assays; CT(ASCP) certified") == []


def test_mls_is_not_mlt(small):
    assert found(small, "MLT(ASCP) since 2019") == [("mlt-ascp", "MLT(ASCP)")]


def test_credential_written_forms_match(small):
    for text in ("MLS(ASCP)CM", "MLS (ASCP)", "MLS(ASCPi)"):
        assert found(small, f"Jane Doe, {text}")[0][0] == "mls-ascp", text


def test_ecg_is_never_eeg(small):
    assert found(small, "EKG carts and EEG machines") == [("ecg", "EKG"), ("eeg", "EEG")]


def test_hyphen_variants_match(small):
    assert [c for c, _ in found(small, "x ray rooms, Xray and X-rays")] == ["x-ray"] * 3


def test_longest_match_wins_and_nested_is_kept_on_request(small):
    assert found(small, "Sysmex XN-1000", nested=False) == [("sysmex-xn-1000", "Sysmex XN-1000")]
    assert ("sysmex", "Sysmex") in found(small, "Sysmex XN-1000", nested=True)


def test_definition_in_a_document_teaches_its_abbreviation(small):
    doc = text_document("Certified Biomedical Equipment Technician (CBTX) preferred.\nCBTX holders apply.")
    mentions = small.find(doc)
    learned = learned_mentions(doc, mentions, small, ())
    assert [(m.concept_id, m.form, m.line) for m in learned] == [("cbet", "CBTX", 1)]
    doc = text_document("Patient-Controlled Analgesia Pump (PCAP) experience.\nServiced PCAP units.")
    learned = learned_mentions(doc, small.find(doc), small, ())
    assert ("pca-pump", "PCAP", 1) in [(m.concept_id, m.form, m.line) for m in learned]


def requirement(cid: str, form: str, term: str = "", alternatives: tuple[str, ...] = ()) -> Requirement:
    return Requirement(
        cid, term or form, Category.EQUIPMENT, Importance.REQUIRED, form, alternatives=alternatives
    )


def status_of(small: TermMatcher, req: Requirement, posting: str, resume: str):
    posting_doc, resume_doc = text_document(posting), text_document(resume)
    results = assess_terms(
        [req], small.find(posting_doc, nested=False), small.find(resume_doc), resume_doc, small
    )
    return results[0]


def test_status_literal_synonym_related_missing(small):
    req = requirement("infusion-pump", "infusion pumps")
    assert status_of(small, req, "infusion pumps", "Infusion pump repair").status is Status.LITERAL
    assert status_of(small, req, "infusion pumps", "IV pump repair").status is Status.SYNONYM
    related = status_of(small, req, "infusion pumps", "PCA pumps")
    assert (related.status, related.via) == (Status.RELATED, "pca-pump")
    assert status_of(small, req, "infusion pumps", "Ventilators").status is Status.MISSING


def test_legacy_credential_is_a_synonym(small):
    result = status_of(small, requirement("mls-ascp", "MLS(ASCP)"), "MLS(ASCP) required", "MT(ASCP), 2001")
    assert (result.status, result.resume_forms) == (Status.SYNONYM, ("MT(ASCP)",))


def test_either_or_group_is_satisfied_by_one(small):
    req = requirement("mls-ascp", "MLS(ASCP) or MLT(ASCP)", alternatives=("mlt-ascp",))
    result = status_of(small, req, "MLS(ASCP) or MLT(ASCP)", "MLT(ASCP)")
    assert (result.status, result.via) == (Status.LITERAL, "mlt-ascp")


def test_broader_term_on_resume_is_missing_with_a_hint(small):
    result = status_of(
        small, requirement("sysmex-xn-1000", "XN-1000"), "XN-1000", "Sysmex XN-Series analyzers"
    )
    assert result.status is Status.MISSING and "Sysmex XN-Series" in (result.broader or "")


def test_a_misspelt_long_name_is_there_under_another_spelling(small):
    result = status_of(
        small,
        requirement("preventive-maintenance", "preventive maintenance"),
        "preventive maintenance",
        "Performed preventative maintenence",
    )
    assert result.status is Status.SYNONYM and result.misspelt == "preventative maintenence"
    assert result.resume_forms == ("preventative maintenence",) and result.mentions[0].line == 0


def test_acronyms_and_credentials_are_never_fuzzy(small):
    result = status_of(small, requirement("cbet", "CBET"), "CBET", "CBETT and CEBT")
    assert result.status is Status.MISSING


def test_a_state_code_after_a_city_is_a_place(small):
    assert found(small, "Lakeside Hospital, Hartford, CT 06101") == []
    assert found(small, "Serviced CT and MRI") == [("computed-tomography", "CT")]


def test_inflections_unknown_to_the_lemma_table_still_compare_equal(small):
    assert small.key("crossmatching") == small.key("crossmatches") == small.key("crossmatch")


def test_terms_inside_a_slash_list_are_found_and_short_ones_only_when_every_part_is_known(small):
    assert found(small, "EKG/EEG carts") == [("ecg", "EKG"), ("eeg", "EEG")]
    assert found(small, "EKG/EMG carts; CT/NG assays") == [("ecg", "EKG")]


def test_stacked_ascp_credentials_name_both(small):
    assert found(small, "Jane Doe, MT(ASCP)MLT") == [("mls-ascp", "MT(ASCP)MLT"), ("mlt-ascp", "MLT")]


def test_an_arrt_chain_names_each_of_its_disciplines(checker):
    from tests.test_vocab import status_of

    def held(text: str) -> list[tuple[str, bool]]:
        return [(m.concept_id, m.in_progress) for m in checker.matcher.find(text_document(text))]

    assert held("Jane Doe, R.T.(R)(MR)(ARRT)") == [("arrt-mr", False), ("arrt-r", False)]
    assert held("RT (R)(M)(CT)") == [("arrt-ct", False), ("arrt-m", False), ("arrt-r", False)]
    assert held("R.T.(R)(CT)(ARRT) eligible") == [("arrt-ct", True), ("arrt-r", True)]
    assert held("Art (R)(C) Gallery, volunteer") == []
    assert status_of(checker, "Jane Doe, R.T.(R)(CT)(ARRT)", "ARRT CT certification required", "arrt-ct") != (
        "missing"
    )


def test_an_acronym_the_line_spells_out_as_something_else_is_not_the_term(checker):
    from tests.test_vocab import line_check

    cases = [
        ("Civil Air Patrol (CAP) cadet, 2012-2016", "cap", False),
        ("CAP (Civil Air Patrol) squadron leader", "cap", False),
        ("Passed the National Counselor Examination (NCE)", "nonconforming-events", False),
        ("Certified Medical Assistant (CMA), 2014 - lapsed 2018", "microarray", False),
        # its own spelling out, or one the vocabulary does not list word for word, still counts
        ("College of American Pathologists (CAP) inspection", "cap", True),
        ("Certified Biomedical Equipment Technician (CBET)", "cbet", True),
        ("Clinical Laboratory Improvement Amendments (CLIA) compliance", "clia-88", True),
        ("Process chromosomal microarray (CMA) specimens", "microarray", True),
    ]
    each_case(cases, line_check(checker))


@pytest.fixture(scope="module")
def fully_compiled(vocabulary, nlp) -> TermMatcher:
    """A matcher with every form compiled, for the tests that compare lazy compiling with it (compiling all
    takes seconds: once for the module)."""
    full = TermMatcher(vocabulary, nlp)
    full.prepare_all()
    return full


def test_compiling_forms_lazily_finds_what_compiling_all_finds(vocabulary, nlp, fully_compiled):
    from tests.evaluation import example_dirs, example_document, pair_files

    full = fully_compiled
    paths = [path for folder in example_dirs()[::42] for path in pair_files(folder)]
    for suffix in {p.suffix for folder in example_dirs() for p in pair_files(folder)} - {
        p.suffix for p in paths
    }:
        paths.append(next(p for f in example_dirs() for p in pair_files(f) if p.suffix == suffix))
    for path in paths:  # every 42nd pair and one of each other kind of document
        document = example_document(path)  # read once per process: the evaluation tests read it too
        lazy = TermMatcher(vocabulary, nlp)
        assert lazy.find(document) == full.find(document), path


def test_a_term_inside_a_hyphenated_word_is_found_but_not_inside_a_known_one(small):
    assert ("preventive-maintenance", "preventive maintenance") in found(small, "semi-preventive maintenance")
    assert found(small, "non-preventive maintenance") == []  # 'non-' names the other kind
    assert found(small, "Serviced X-rays") == [("x-ray", "X-rays")]


def test_keys_ignore_articles_and_letter_digit_joins(small):
    assert small.key("The Joint Commission") == small.key("Joint Commission")
    assert small.key("BSL-2") == small.key("BSL2")


def test_keys_fold_the_endings_of_one_word(small):
    assert small.key("installations") == small.key("installs")
    assert small.key("calibrations") == small.key("calibrated") == small.key("calibrate")
    assert small.key("validation") != small.key("calibration")
    # a plural the lookup table lacks is the singular with an -s, unless the -es follows s, x, z, ch or sh
    assert small.key("reticulocytes") == small.key("reticulocyte")
    assert small.key("cuvettes") == small.key("cuvette")
    assert small.key("flexes") == small.key("flex")


def test_a_slash_list_with_unknown_parts_still_gives_its_known_long_parts(small):
    assert found(small, "Used ECG/fishbone methods") == [("ecg", "ECG")]
    assert found(small, "CT/fishbone") == []


def test_a_form_with_an_umlaut_matches_its_keyboard_spellings(checker):
    from tests.conftest import text_document

    found = checker.matcher.find(text_document("Serviced Draeger Apollo units; Drager Apollo PMs"))
    assert [(m.concept_id, m.form) for m in found if m.concept_id == "draeger-apollo"] == [
        ("draeger-apollo", "Draeger Apollo"),
        ("draeger-apollo", "Drager Apollo"),
    ]


def test_two_overlapping_forms_of_one_concept_are_one_wording(checker):
    posting = "Required:\n- Work within our ISO 13485 quality system and 21 CFR 820\n"
    report = checker.check_documents(
        text_document("Kept repair records to ISO 13485:2016 for the annual audit."),
        text_document(posting, "posting.txt"),
    )
    iso = next(t for t in report.terms if t.requirement.concept_id == "iso-13485")
    assert iso.requirement.posting_form == "ISO 13485 quality system"
    assert iso.status is Status.SYNONYM and iso.resume_forms == ("ISO 13485:2016",)


def test_a_form_inside_a_longer_wording_is_not_that_wording(checker):
    posting = "Required:\n- OEM service training on GE CT systems\n"
    report = checker.check_documents(
        text_document("SERVICE TRAINING\n- Siemens PEPconnect modules"), text_document(posting, "posting.txt")
    )
    oem = next(t for t in report.terms if t.requirement.concept_id == "oem-training")
    assert oem.status is not Status.LITERAL


def test_med_is_written_for_medical_in_a_longer_name(checker):
    found = checker.matcher.find(text_document("Med gas alarm panels tested quarterly; meds passed at 9"))
    assert [(m.concept_id, m.form) for m in found if m.concept_id == "medical-gas-system"] == [
        ("medical-gas-system", "Med gas")
    ]


def test_a_singular_acronym_compiles_the_forms_its_plural_folds_to(vocabulary, nlp, fully_compiled):
    """'VMs' folds to 'VM': a text naming only 'VM' must compile that form too, or what a document finds
    would depend on the documents read before it."""
    import re

    singulars = sorted(
        {
            f.text[:-1]
            for c in vocabulary.concepts.values()
            for f in c.forms
            if re.fullmatch(r"[A-Z][A-Z0-9]+s", f.text)
        }
    )
    assert len(singulars) >= 10
    full = fully_compiled
    document = text_document("\n".join(f"Worked with the {word} daily." for word in singulars))
    assert TermMatcher(vocabulary, nlp).find(document) == full.find(document)


def test_lint_finds_an_unguarded_form_that_reads_as_a_guarded_one(vocabulary, nlp):
    from resumefit.nlp import form_tokens
    from resumefit.vocab import lint_vocabulary

    assert lint_vocabulary(vocabulary, lambda text, exact: form_tokens(nlp, text, exact)) == []
    guarded = replace(
        vocabulary.concepts["virtualization"],
        forms=(
            *vocabulary.concepts["virtualization"].forms,
            SurfaceForm("VMs", "abbreviation", case_sensitive=True),
        ),
    )
    changed = replace(vocabulary, concepts={**vocabulary.concepts, "virtualization": guarded})
    problems = lint_vocabulary(changed, lambda text, exact: form_tokens(nlp, text, exact))
    assert any("'VMs' has no guard but reads as the guarded 'VM'" in p for p in problems), problems


def test_a_degrees_subject_is_met_by_schooling_not_by_a_skill(checker):
    posting = "Required:\n- Master's degree in molecular biology, genomics, or bioinformatics.\n"
    subject = "biology, genomics, or bioinformatics"
    skills = "Skills\n- Ran bioinformatics pipelines for genomics data"
    assert _statuses(checker, posting, skills)[subject] is Status.MISSING
    school = "Education\n- M.S. in Genomics, 2019"
    assert _statuses(checker, posting, school)[subject] is Status.LITERAL
    pursued = "Education\n- MSc Clinical Bioinformatics, in progress, expected 2027\n" + skills
    assert _statuses(checker, posting, pursued)[subject] is Status.IN_PROGRESS


def test_a_degree_in_a_subject_is_met_by_a_degree_named_after_it(checker):
    posting = "Required:\n- Associate degree in electronics or biomedical equipment technology.\n"
    resume = "Education\n- A.A.S. Electronic Systems Technology - Community College of the Air Force, 2012"
    statuses = _statuses(checker, posting, resume)
    assert statuses["electronics or biomedical equipment technology"] is Status.LITERAL
    assert (
        _statuses(checker, posting, "Skills\n- Electronics troubleshooting")[
            "electronics or biomedical equipment technology"
        ]
        is Status.MISSING
    )


def test_a_degrees_subject_is_met_at_the_level_the_posting_names(checker):
    posting = "Preferred:\n- Master's degree in molecular biology, genomics, or bioinformatics.\n"
    subject = "biology, genomics, or bioinformatics"
    bachelor = "Education\n- B.S. Biology, 2015"
    assert _statuses(checker, posting, bachelor)[subject] is Status.MISSING
    wrapped = "Education\n- Degree evaluated by WES as equivalent to a US bachelor's degree\n  in biology"
    assert _statuses(checker, posting, wrapped)[subject] is Status.MISSING
    both = "Education\n- MSc Clinical Bioinformatics, in progress, expected 2027\n- BSc (Hons) Biology, 2015"
    assert _statuses(checker, posting, both)[subject] is Status.IN_PROGRESS
    assert _statuses(checker, posting, "Education\n- M.S. Molecular Biology, 2019")[subject] is Status.LITERAL


def test_a_skill_asked_for_on_its_own_stays_a_skill_beside_a_degree_in_that_subject(checker):
    posting = (
        "Duties:\n- Review bioinformatics pipeline output in IGV.\n"
        "Preferred:\n- Master's degree in molecular biology, genomics, or bioinformatics.\n"
    )
    resume = "Experience\n- Ran the bioinformatics pipeline for NGS\nEducation\n- B.S. Biology, 2015"
    statuses = _statuses(checker, posting, resume)
    assert statuses["bioinformatics pipeline"] is Status.LITERAL
    assert statuses["Master's degree"] is Status.MISSING


def test_a_context_phrase_wrapped_across_lines_still_vouches_for_the_form(checker):
    from tests.conftest import text_document

    doc = text_document(
        "- Perform preventive maintenance per service manuals: oxygen\n"
        "  purity checks with an oxygen analyzer, flow and pressure checks.\n"
    )
    assert "oxygen-analyzer" in {m.concept_id for m in checker.matcher.find(doc)}
