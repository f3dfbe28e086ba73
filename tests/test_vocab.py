"""The vocabulary loader: validation errors name the file and the key; user files extend the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.errors import VocabularyError
from resumefit.matching import TermMatcher
from resumefit.variants import form_keys
from resumefit.vocab import ANCHOR_WORDS, FORM_KEYS, default_vocab_dir, lint_vocabulary, load_vocabulary
from tests.conftest import text_document


def status_of(checker, resume: str, posting: str, concept: str) -> str:  # noqa: ANN001
    """The status a one-line resume gets for a one-bullet posting's term of ``concept``."""
    report = checker.check_documents(
        text_document(f"Experience\n{resume}"), text_document(f"Required:\n- {posting}", "posting.txt")
    )
    return next(t for t in report.terms if t.requirement.concept_id == concept).status.value


def _concepts_in(checker, text: str) -> set[str]:
    """The concepts the shipped matcher finds in one line of text."""
    return {m.concept_id for m in checker.matcher.find(text_document(text))}


def line_check(checker):  # noqa: ANN001, ANN201
    """A table check: (line, concept, wanted): whether the shipped matcher finds the concept in the line."""

    def check(text: str, concept: str, wanted: bool = True) -> None:
        found = _concepts_in(checker, text)
        assert (concept in found) is wanted, found

    return check


def status_check(checker):  # noqa: ANN001, ANN201
    """A table check: (resume line, posting line, concept, status): the status the resume gets."""

    def check(resume: str, posting: str, concept: str, status: str) -> None:
        assert status_of(checker, resume, posting, concept) == status

    return check


def parent_check(vocabulary):  # noqa: ANN001, ANN201
    """A table check: (concept, parent, wanted): whether the concept is filed under the parent."""

    def check(concept: str, parent: str, wanted: bool = True) -> None:
        assert concept in vocabulary.concepts
        assert (parent in vocabulary.ancestors(concept)) is wanted

    return check


BASE = """
version: 1
concepts:
  - id: infusion-pump
    name: infusion pump
    category: equipment
    track: equipment
    source: O*NET 29.2 Tools Used 29-2035.00
    aliases: [IV pump]
  - id: pca-pump
    name: PCA pump
    category: equipment
    track: equipment
    source: FDA 510(k) K243855
    broader: [infusion-pump]
"""


def make_dir(tmp_path: Path, text: str = BASE, name: str = "equipment.yaml") -> Path:
    folder = tmp_path / "vocab"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "headings.yaml").write_text(
        "headings:\n  skills: [skills, technical skills]\n", encoding="utf-8"
    )
    return folder


def test_the_shipped_vocabulary_loads_and_is_large(vocabulary):
    assert default_vocab_dir().is_dir()
    assert len(vocabulary) >= 150
    assert {c.track.value for c in vocabulary.concepts.values()} >= {"equipment", "lab"}


def test_a_checkouts_vocabulary_is_cached_once_checked_and_read_while_the_yaml_is_unchanged(
    tmp_path, monkeypatch
):
    import resumefit.vocab as vocab_module

    folder = make_dir(tmp_path)
    cache = tmp_path / "cache"
    monkeypatch.setattr(vocab_module, "default_vocab_dir", lambda: folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    from_yaml = load_vocabulary()
    assert ANCHOR_WORDS not in from_yaml.derived
    assert len(list((cache / "resumefit").glob("vocabulary-*.json"))) == 1
    again = load_vocabulary()  # read from the cache: compiled, so its anchor words are stored
    assert ANCHOR_WORDS in again.derived
    assert dict(again.concepts) == dict(from_yaml.concepts)
    assert again.concepts["pca-pump"].name == from_yaml.concepts["pca-pump"].name
    # an edited YAML file makes the cache stale: read from the YAML, cached again under its new digest
    (folder / "equipment.yaml").write_text(BASE.replace("PCA pump", "PCA infusion pump"), encoding="utf-8")
    edited = load_vocabulary()
    assert ANCHOR_WORDS not in edited.derived
    assert "PCA infusion pump" in {f.text for f in edited.concepts["pca-pump"].forms}
    assert len(list((cache / "resumefit").glob("vocabulary-*.json"))) == 2
    # a damaged cache is read past, never an error; overlays and ignored concepts are never cached
    for path in (cache / "resumefit").glob("vocabulary-*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert dict(load_vocabulary().concepts) == dict(edited.concepts)
    for path in (cache / "resumefit").glob("vocabulary-*.json"):
        path.unlink()
    load_vocabulary(ignore=["pca-pump"])
    assert not list((cache / "resumefit").glob("vocabulary-*.json"))


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    import resumefit.vocab as vocab_module

    folder = make_dir(tmp_path)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setattr(vocab_module, "default_vocab_dir", lambda: folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert "pca-pump" in load_vocabulary().concepts
    assert blocked.read_text(encoding="utf-8").startswith("a file")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            (
                "category: equipment\n    track: equipment\n    source: O*NET",
                "track: equipment\n    source: O*NET",
            ),
            "missing key 'category'",
        ),
        (("category: equipment", "category: gadgets"), "key 'category' is 'gadgets'"),
        (("aliases: [IV pump]", "aliases: [IV pump]\n    colour: blue"), "unknown key 'colour'"),
        (("broader: [infusion-pump]", "broader: [pump]"), "names unknown concept 'pump'"),
        (("id: pca-pump", "id: infusion-pump"), "duplicate id 'infusion-pump'"),
        (("aliases: [IV pump]", "aliases: [IV pump"), "invalid YAML at line"),
    ],
)
def test_a_malformed_file_is_a_clear_error_naming_file_and_key(tmp_path, change, message):
    folder = make_dir(tmp_path, BASE.replace(*change, 1))
    with pytest.raises(VocabularyError) as error:
        load_vocabulary(vocab_dir=folder)
    assert "equipment.yaml" in str(error.value)
    assert message in str(error.value)


def test_a_user_file_adds_concepts_and_forms_and_ignores_concepts(tmp_path):
    folder = make_dir(tmp_path)
    user = tmp_path / "mine.yaml"
    user.write_text(
        "concepts:\n  - {id: widget-tester, name: widget tester, category: test_equipment,"
        " track: equipment}\n"
        "add_forms:\n  infusion-pump: {aliases: [volumetric pump]}\n"
        "ignore: [pca-pump]\n",
        encoding="utf-8",
    )
    vocab = load_vocabulary(extra_files=[user], vocab_dir=folder)
    assert "widget-tester" in vocab.concepts and "pca-pump" not in vocab.concepts
    assert "volumetric pump" in [f.text for f in vocab.concepts["infusion-pump"].forms]


def test_a_file_read_again_is_parsed_once_and_still_named_where_it_is(tmp_path, monkeypatch):
    import resumefit.vocab as vocab_module

    parsed = []
    parse = vocab_module._parse_file
    monkeypatch.setattr(
        vocab_module, "_parse_file", lambda path, *rest: parsed.append(path) or parse(path, *rest)
    )
    text = "add_forms:\n  no-such-concept: {aliases: [volumetric pump]}\n"
    first, second = tmp_path / "a" / "mine.yaml", tmp_path / "b" / "mine.yaml"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        with pytest.raises(VocabularyError, match="no concept with id") as error:
            load_vocabulary(extra_files=[path], vocab_dir=make_dir(path.parent))
        assert str(error.value).startswith(str(path))  # the error names the file read, not the first copy
    assert parsed.count(first) == 1 and second not in parsed  # the same text is parsed once
    first.write_text(text + "# edited\n", encoding="utf-8")
    with pytest.raises(VocabularyError):
        load_vocabulary(extra_files=[first], vocab_dir=make_dir(first.parent))
    assert parsed.count(first) == 2  # an edited file is read again


def test_relations_are_transitive(tmp_path):
    vocab = load_vocabulary(vocab_dir=make_dir(tmp_path))
    assert vocab.ancestors("pca-pump") == {"infusion-pump"}
    assert vocab.descendants("infusion-pump") == {"pca-pump"}


def test_lint_reports_a_form_claimed_by_two_concepts(tmp_path):
    text = BASE + "    aliases: [IV pump]\n"
    vocab = load_vocabulary(vocab_dir=make_dir(tmp_path, text))
    assert any("'iv pump' is claimed by infusion-pump, pca-pump" in p for p in lint_vocabulary(vocab))


def test_short_capital_forms_are_case_sensitive(tmp_path):
    text = BASE + "    abbreviations: [PCA]\n"
    vocab = load_vocabulary(vocab_dir=make_dir(tmp_path, text))
    forms = {f.text: f.case_sensitive for f in vocab.concepts["pca-pump"].forms}
    assert forms == {"PCA pump": False, "PCA": True}


def test_a_name_and_its_number_match_in_any_case(tmp_path):
    text = BASE + "    aliases: [AMSCO 600, V-PRO 1, CT 64, PCS-2]\n"
    vocab = load_vocabulary(vocab_dir=make_dir(tmp_path, text))
    forms = {f.text: f.case_sensitive for f in vocab.concepts["pca-pump"].forms}
    # a word of four letters or more and its number is a name ('Amsco 600'); two or three letters stay so
    assert forms == {"PCA pump": False, "AMSCO 600": False, "V-PRO 1": False, "CT 64": True, "PCS-2": True}


def test_the_compiled_vocabulary_loads_as_the_yaml_does(tmp_path, nlp):
    import shutil

    from resumefit.vocab import COMPILED_FILE, compile_vocabulary

    vocabulary = load_vocabulary(cache=False)  # the YAML itself, not the user's cache of it
    folder = tmp_path / "vocab"
    shutil.copytree(default_vocab_dir(), folder)
    (folder / COMPILED_FILE).write_text(compile_vocabulary(folder), encoding="utf-8")
    compiled = load_vocabulary(vocab_dir=folder)
    assert dict(compiled.concepts) == dict(vocabulary.concepts)
    assert compiled.headings == vocabulary.headings
    # the words the matcher's anchors start from are stored, as the matcher works them out from the YAML
    stored = compiled.derived[ANCHOR_WORDS]
    assert stored["exact"]["MLS(ASCP)"] == "ASCP ASCPi"  # "MLS (ASCPi)" is one of its ways of writing
    from_yaml = vocabulary  # read from the YAML above, no matcher has worked on it yet
    assert ANCHOR_WORDS not in from_yaml.derived
    TermMatcher(from_yaml, nlp)
    assert from_yaml.derived[ANCHOR_WORDS] == stored
    # and the wording keys an open term may not repeat, as they are worked out from the YAML
    assert compiled.derived[FORM_KEYS] == form_keys(vocabulary.concepts.values())
    assert load_vocabulary(vocab_dir=folder, ignore=["abi-seqstudio-flex"]).derived.get(FORM_KEYS) is None


def test_the_compiled_vocabulary_is_read_only_while_it_matches_the_yaml(tmp_path):
    import json
    import shutil

    from resumefit.vocab import COMPILED_FILE, LEXICON_FILE, compile_vocabulary

    folder = make_dir(tmp_path)  # a small vocabulary, with the shipped lexicon
    shutil.copy(default_vocab_dir() / LEXICON_FILE, folder / LEXICON_FILE)
    compiled_path = folder / COMPILED_FILE
    compiled_path.write_text(compile_vocabulary(folder), encoding="utf-8")
    assert ANCHOR_WORDS in load_vocabulary(vocab_dir=folder).derived

    lexicon = folder / LEXICON_FILE  # the issuing bodies shape the stored words: an edit makes it stale
    original = lexicon.read_text(encoding="utf-8")
    lexicon.write_text(original + "\n# edited\n", encoding="utf-8")
    assert ANCHOR_WORDS not in load_vocabulary(vocab_dir=folder).derived
    lexicon.write_text(original, encoding="utf-8")

    data = json.loads(compiled_path.read_text(encoding="utf-8"))
    data["concepts"][0]["name"] = "marked in the compiled copy"
    compiled_path.write_text(json.dumps(data), encoding="utf-8")
    first_id = data["concepts"][0]["id"]
    assert load_vocabulary(vocab_dir=folder).concepts[first_id].name == "marked in the compiled copy"

    source = folder / data["concepts"][0]["file"]
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_vocabulary(vocab_dir=folder).concepts[first_id].name == "infusion pump"


@pytest.mark.parametrize(
    "text,concept,wanted",
    [
        ("CHT(ABHI), American Board of Histocompatibility and Immunogenetics", "cht-abhi", True),
        ("CHT(ABHI), American Board of Histocompatibility and Immunogenetics", "chs-abhi", False),
        ("Maintained Zoll E Series defibrillators", "zoll-m-series", False),
        ("Ran the Simplexa COVID-19 Direct assay", "diasorin-liaison", False),
        ("CAHIMS, 2023", "cphims", False),
        ("RSci (Registered Scientist), Science Council", "chartered-scientist", False),
        ("Repaired capital equipment in the OR", "capital-planning", False),
        ("Ran Sanger sequencing on an ABI 310", "abi-3130", False),
        ("Maintained the grossing station and fume cupboard", "fume-hood", True),
    ],
)
def test_a_sampled_concept_review_keeps_distinct_products_and_levels_apart(checker, text, concept, wanted):
    found = _concepts_in(checker, text)
    assert (concept in found) is wanted, found


@pytest.mark.parametrize(
    "text,concept,wanted",
    [
        ("SOC 2 Type II audit support", "soc-2", True),
        ("SOC 2 Type II audit support", "security-operations-center", False),
        ("Monitored alerts in the SOC with Splunk", "security-operations-center", True),
        ("Repaired flexible and rigid scopes using test equipment", "oscilloscope", False),
        ("Repaired flexible and rigid scopes using test equipment", "endoscope", True),
        ("Troubleshot circuit boards with scopes and multimeters", "oscilloscope", True),
        ("Troubleshot circuit boards with scopes and multimeters", "endoscope", False),
        ("PGS on day 5 blastocysts", "pgt-a", True),
        ("Printed 4 PGS of notes", "pgt-a", False),
        ("Semen analysis with CASA (Hamilton Thorne IVOS II)", "casa", True),
        ("CASA volunteer for foster children", "casa", False),
        ("FET cycles and embryo warming", "frozen-embryo-transfer", True),
        ("Replaced a failed FET on the amplifier board", "frozen-embryo-transfer", False),
        ("Admitted patients to the CCU", "camera-control-unit", False),
        ("Patient had a CVE last year", "cve", False),
        ("NAC 600 mg given", "network-access-control", False),
        ("Annual N95 fit testing", "occult-blood-testing", False),
        ("Performed FIT testing on stool samples", "fit-testing", True),
    ],
)
def test_ambiguous_short_forms_of_the_added_domains_count_only_in_their_sense(checker, text, concept, wanted):
    found = _concepts_in(checker, text)
    assert (concept in found) is wanted, found


@pytest.mark.parametrize(
    "text,concept,wanted",
    [
        ("Tested external pacers with a pacer analyzer", "pacemaker-analyzer", True),
        ("Tested external pacers with a pacer analyzer", "defibrillator-analyzer", False),
        ("Hospital laboratory, 400 beds", "clinical-laboratory", False),
        ("Reference laboratory experience", "reference-laboratory", True),
        ("Daily output constancy check on the linac", "dose-calibrator", False),
        ("Cleaned the flotation bath", "microtome", False),
        ("Cleaned the flotation bath", "tissue-flotation-bath", True),
        ("Interrogated pacemakers with the device programmer", "temporary-pacemaker", False),
        ("Interrogated pacemakers with the device programmer", "cardiac-device-programmer", True),
        ("Agarose gel electrophoresis of PCR products", "electrophoresis", False),
        ("Automated the QC reports in Python", "scripting", False),
        ("SQL queries for monthly reports", "sql", True),
        ("Daily tea breaks", "total-allowable-error", False),
        ("Sigma metrics for QC planning", "total-allowable-error", False),
        ("Trained patients on the VersiHD", "nxstage", False),
        ("Siemens e.cam dual-head camera", "siemens-symbia", False),
        ("R.T.(CI)(ARRT)", "arrt-ci", True),
        ("RT(BD)", "arrt-bd", True),
        ("Temperature data logger for refrigerators", "sterilizer-data-logger", False),
        ("Non-contact voltage tester", "receptacle-tester", False),
        ("LIM tester", "receptacle-tester", False),
        ("Processed studies on Xeleris", "ge-nm-cameras", False),
        ("Orchard Copia", "orchard-harvest", False),
        ("Orchard Sequoia", "orchard-harvest", False),
        ("Windows Vista workstations", "ehr", False),
        ("Cardiac PACS administrator", "cvis", False),
        ("ChemSTAT", "werfen-gem-premier", False),
        ("GEMweb Plus connectivity", "werfen-gem-premier", False),
        ("Datrend vPad-IV", "datrend-vpad", False),
        ("Radcal", "radcal-accu-gold", False),
        ("Radcal Accu-Dose", "radcal-accu-gold", False),
    ],
)
def test_a_third_sampled_concept_review_keeps_distinct_things_apart(checker, text, concept, wanted):
    found = _concepts_in(checker, text)
    assert (concept in found) is wanted, found


@pytest.mark.parametrize(
    "resume,posting,concept,status",
    [
        ("Pronk SimCube", "NIBP simulator", "nibp-simulator", "related"),
        ("RT(BD)", "R.T.(CI)(ARRT)", "arrt-ci", "missing"),
        ("Hospital laboratory", "Reference laboratory", "reference-laboratory", "missing"),
        ("Python scripting", "SQL", "sql", "missing"),
    ],
)
def test_a_third_sampled_concept_review_sets_relations_right(checker, resume, posting, concept, status):
    assert status_of(checker, resume, posting, concept) == status


@pytest.mark.parametrize(
    "text,concept",
    [
        ("Dose calibrator constancy check with Cs-137", "dose-calibrator"),
        ("Temperature data loggers in the steam sterilizer load", "sterilizer-data-logger"),
        ("Serum protein electrophoresis on agarose gel electrophoresis", "electrophoresis"),
        ("TEa from CLIA acceptance limits", "total-allowable-error"),
        ("VistA and CPRS", "vista"),
    ],
)
def test_forms_guarded_in_the_third_review_still_count_in_their_own_sense(checker, text, concept):
    assert concept in _concepts_in(checker, text)


def test_the_lexicons_equal_words_load_as_groups_and_lint_says_a_word_in_two(tmp_path, vocabulary):
    import dataclasses

    from resumefit.vocab import load_lexicon

    path = tmp_path / "lexicon.yaml"
    path.write_text("equal_words:\n  oxygen: [O2]\n  test: [check, verification]\n")
    lexicon = load_lexicon(path)
    assert lexicon.equal_words == (("oxygen", "O2"), ("test", "check", "verification"))
    for bad in ("equal_words: [[oxygen, O2]]\n", "equal_words:\n  oxygen: []\n"):
        path.write_text(bad)
        with pytest.raises(VocabularyError, match="equal_words"):
            load_lexicon(path)
    twice = dataclasses.replace(lexicon, equal_words=(("oxygen", "O2"), ("liquid oxygen", "o2")))
    problems = lint_vocabulary(dataclasses.replace(vocabulary, lexicon=twice))
    assert problems == ["lexicon: 'o2' is in two groups of equal_words"]
    assert all(group[0] != group[1] for group in vocabulary.lexicon.equal_words)


def test_a_clean_mvr_is_the_driving_record_and_a_valve_replacement_is_not(checker):
    check = line_check(checker)
    check("Clean MVR, valid Indiana driver's license", "driving-record")
    check("Must have an acceptable MVR", "driving-record")
    check("Assisted with MVR and CABG cases as perfusionist", "driving-record", False)


def test_an_xray_service_providers_registration_is_a_licence_held_or_applied_for(checker):
    posting = "Registered as an X-ray service provider in North Carolina or Virginia"
    check = status_check(checker)
    concept = "xray-service-provider-registration"
    check("Registered X-ray service provider, Virginia, 2019", posting, concept, "literal")
    applied = "NC X-ray service provider registration - application submitted March 2026"
    check(applied, posting, concept, "in_progress")
    check("Serviced X-ray rooms", posting, concept, "missing")


def test_the_dental_shops_chairs_and_2579s_are_their_concepts_and_other_chairs_and_counts_are_not(checker):
    check = line_check(checker)
    check("Filed 2579s with the state for every new X-ray install", "fda-form-2579")
    check("Ordered 2579 units of gloves", "fda-form-2579", False)
    check("Serviced delivery systems, chairs and handpieces", "dental-chair")
    check("Set up phlebotomy chairs and draw stations", "dental-chair", False)


def test_every_vocabulary_file_is_named_in_the_vocabulary_documentation():
    root = Path(__file__).resolve().parents[1]
    documented = (root / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    unnamed = [
        path.name
        for path in sorted((root / "vocab").glob("*.yaml"))
        if f"{path.name}`" not in documented and f"`{path.stem}`" not in documented
    ]
    assert unnamed == []
