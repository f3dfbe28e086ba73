"""The tokenizer keeps domain forms whole and the normaliser folds plurals, case and credential variants."""

from __future__ import annotations

import pytest

from tests.conftest import text_document


@pytest.mark.parametrize(
    "text",
    [
        "MLS(ASCP)",
        "MLS(ASCP)CM",
        "TCP/IP",
        "i-STAT",
        "X-ray",
        "C-arm",
        "60601-1",
        "BacT/ALERT",
        "CT/NG",
        "A+",
    ],
)
def test_domain_forms_are_single_tokens(nlp, text):
    assert [t.text for t in nlp.make_doc(f"uses {text}, daily")][1] == text


def test_iec_and_nfpa_standards_keep_their_numbers_whole(nlp):
    assert [t.text for t in nlp.make_doc("IEC 60601-1-2 and NFPA 99")] == [
        "IEC",
        "60601-1-2",
        "and",
        "NFPA",
        "99",
    ]


def test_plurals_and_inflections_fold_to_one_norm(nlp):
    assert [t.norm_ for t in nlp.make_doc("Infusion Pumps analyzers X-rays")] == [
        "infusion",
        "pump",
        "analyzer",
        "x-ray",
    ]


def test_acronym_plural_keeps_case_in_lemma(nlp):
    doc = nlp.make_doc("AEDs ESUs CMMS PACS")
    assert [t.lemma_ for t in doc] == ["AED", "ESU", "CMMS", "PACS"]


def test_ascp_credential_variants_share_one_form(nlp):
    forms = {nlp.make_doc(text)[0].lemma_ for text in ("MLS(ASCP)CM", "MLS(ASCPi)", "MLS(ASCP)")}
    assert forms == {"MLS(ASCP)"}


def test_standard_edition_year_is_dropped(nlp):
    assert nlp.make_doc("ISO 15189:2022")[1].norm_ == "15189"


def test_a_credential_after_an_opening_bracket_keeps_its_own(nlp):
    assert [t.text for t in nlp.make_doc("(PBT(ASCP) or NHA CPT)")] == [
        "(",
        "PBT(ASCP)",
        "or",
        "NHA",
        "CPT",
        ")",
    ]


def test_a_field_ending_in_ics_is_not_its_adjective(nlp):
    """'electronics' (a field) is not 'electronic' (an electronic witnessing system)."""
    assert [t.norm_ for t in nlp.make_doc("electronics electronic genetics pumps")] == [
        "electronics",
        "electronic",
        "genetics",
        "pump",
    ]


def test_spacy_loads_without_its_cli_and_the_cli_still_loads_when_asked():
    import subprocess
    import sys

    code = (
        "import sys; from resumefit.nlp import build_nlp; build_nlp(); "
        "assert 'spacy.cli' not in sys.modules; "
        "import spacy.cli; assert hasattr(spacy.cli, 'download'); "
        "import spacy; assert callable(spacy.info)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_full_stop_after_a_model_names_capital_ends_the_sentence(checker):
    for line, concept in (
        ("Ran the Attune NxT.", "thermo-attune-nxt"),
        ("Sequenced on the ABI 3500xL.", "abi-3500xl"),
        ("Fed the analyzers from a Milli-Q.", "millipore-milli-q"),
        ("Ran hemodialysis on the Fresenius 2008T.", "fresenius-2008t"),
    ):
        assert concept in {m.concept_id for m in checker.matcher.find(text_document(line))}, line
    assert {"bachelors-degree", "science-degree"} <= {
        m.concept_id for m in checker.matcher.find(text_document("B.S. in Biology"))
    }


def test_a_standards_part_with_an_amendment_and_no_year_is_the_part(checker):
    from tests.test_vocab import _concepts_in

    assert "iec-60601-2-44" in _concepts_in(checker, "Testing to IEC 60601-2-44:2009+A1 for CT")
