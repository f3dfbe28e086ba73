"""Posting words that are never terms, found across the held-out rounds: an address line and its postcode,
a link to an attached document and its size, the visas an employer sponsors, the units a hospital names in
its own description, a county named in the blurb, the towns of a location line; and 'It supports' is no 'IT
support'. 'Selection Criteria' (an Australian posting's requirements) is a heading of requirements. And from
the twenty-sixth round: a trade named in a posting's title speaks for its long wordings on any line; an
organism's genus may be cut to its initial; 'annual' is no part of 'annual pressure vessel inspections'; a
sentence runs on over a page break; a licence application 'being processed' is pursued."""

from __future__ import annotations

from tests.conftest import text_document
from tests.test_round16 import _statuses

_BLURB = (
    "Biomedical Technician\n\nAbout the role\n"
    "Hudson Mercy Medical Center is a teaching hospital serving Westchester\n"
    "County and the northern Bronx. It supports a busy Emergency Department, Labor & Delivery and two ICUs.\n"
    "We have supported H-1B and EB-3 (permanent residency) sponsorship for qualified candidates.\n\n"
)


def test_the_blurbs_places_units_and_visas_are_no_terms(checker):
    status = _statuses(
        checker, _BLURB + "Requirements\n- Experience with infusion pumps.\n", "Skills\n- Alaris\n"
    )
    for noise in ("Westchester", "Labor", "Delivery", "H-1B", "EB-3", "It supports"):
        assert noise not in status, status
    assert "infusion pumps" in status


def test_an_address_and_a_document_link_are_no_terms_nor_requirements(checker):
    posting = (
        "EBME Technician\n\nSelection Criteria\n1. Experience with infusion pumps.\n\nDocuments\n"
        "- Job Description and Person Specification - EBME Technician Band 6 (PDF, 412.3KB)\n\n"
        "Address\nCalderbrook Royal Infirmary, Moor Lane, Calderbrook, BB9 4QT\n"
    )
    report = checker.check_documents(
        text_document("Skills\n- Alaris\n", "resume.txt"), text_document(posting, "posting.txt")
    )
    forms = {t.requirement.posting_form for t in report.terms}
    assert forms.isdisjoint({"412.3KB", "PDF", "BB9 4QT", "Moor Lane", "Criteria", "Calderbrook"}), forms
    assert not [n.text for n in report.posting.not_understood if "BB9" in n.text or "KB" in n.text]
    pump = next(t for t in report.terms if t.requirement.posting_form == "infusion pumps")
    assert pump.requirement.importance.value == "required"


def test_it_in_small_letters_is_no_it_department(checker):
    status = _statuses(
        checker,
        "Requirements\n- Provide IT support for analyzers.\n",
        "Summary\n- It supports the lab's analyzers daily.\n",
    )
    assert status["IT support"].value == "missing", status


def test_a_trade_in_the_postings_title_speaks_for_its_long_wordings(checker):
    """'reverse osmosis units, carbon tanks, water softeners' on a line of no dialysis word: the title says
    the trade (a topical guard); a short capitals form ('RO') still needs its own line's words."""
    title = "Senior Biomedical Technician - Dialysis\n\nRequirements\n"
    status = _statuses(
        checker,
        title + "- Own the water systems at each clinic: reverse osmosis units, water softeners.\n",
        "Dialysis Biomedical Technician\n\nSkills\n- RO systems and water softeners in the water room.\n",
    )
    assert status["reverse osmosis units"].value == "synonym", status
    assert status["water softeners"].value == "literal", status
    # without the trade in the title, the same line names no dialysis system
    status = _statuses(
        checker,
        "Facilities Technician\n\nRequirements\n- Reverse osmosis units and water softeners.\n",
        "Skills\n- Boilers\n",
    )
    assert "reverse osmosis units" not in status, status


def test_an_organisms_genus_may_be_cut_to_its_initial(checker):
    status = _statuses(
        checker,
        "Requirements\n- Verify autoclaves: biological indicator testing with Geobacillus stearothermophilus,"
        " door gasket and steam trap maintenance, and annual pressure vessel inspections.\n",
        "Experience\n- Ran weekly spore tests (G. stearothermophilus BIs) and hosted the state pressure\n"
        "vessel inspections.\n",
    )
    assert status["Geobacillus stearothermophilus"].value == "synonym", status
    # 'annual' is when, not what: the term is the inspections, met word for word across the line break
    assert status["pressure vessel inspections"].value == "literal", status


def test_a_sentence_runs_on_over_a_page_break():
    from resumefit.matching import continues
    from resumefit.models import Line

    last = Line("replace door gaskets, and host the state pressure vessel", 9, page=1)
    assert continues(last, Line("inspections.", 10, page=2))
    assert not continues(last, Line("Education", 10, page=2))


def test_a_licence_application_being_processed_is_pursued(checker):
    report = checker.check_documents(
        text_document(
            "Summary\n- Working as a specimen processor while my Florida license application is processed.\n",
            "resume.txt",
        ),
        text_document("Requirements\n- A Florida license in all five specialties.\n", "posting.txt"),
    )
    assert {t.status.value for t in report.terms} == {"in_progress"}, report.terms


def test_the_towns_of_a_location_line_are_no_terms(checker):
    posting = (
        "Senior Biomedical Technician\n\nLakeshore Kidney Care\n"
        "Grand Rapids, MI (regional role covering Grand Rapids, Muskegon, Grand Haven and Greenville)\n\n"
        "Requirements\n- Experience with hemodialysis machines.\n"
    )
    status = _statuses(checker, posting, "Skills\n- Fresenius 2008T\n")
    assert not {"Muskegon", "Grand Haven", "Greenville"} & set(status), status


def test_a_credential_line_ending_in_a_colon_is_told_on_below(checker):
    report = checker.check_documents(
        text_document(
            "Licensure\nFlorida Clinical Laboratory Technologist license - Molecular Pathology:\n"
            "  application submitted November 2026, pending Board approval\n",
            "resume.txt",
        ),
        text_document(
            "Requirements\n- Current Florida Clinical Laboratory Technologist license.\n", "posting.txt"
        ),
    )
    assert [t.status.value for t in report.terms] == ["in_progress"], report.terms


_CASES = [
    ("Factor V Leiden and Factor II (G20210A) genotyping by PCR", "prothrombin-g20210a", True),
    ("Factor V Leiden and Factor II (G20210A) genotyping by PCR", "factor-ii-assay", False),
    ("Factor II activity assays on the ACL TOP", "prothrombin-g20210a", False),
    ("Quantitative BCR-ABL1 monitoring on the International Scale", "bcr-abl1-testing", True),
    ("Ran the BioFire RP2.1 on the Torch", "biofire-respiratory-panel", True),
    ("Eppendorf 5810R and 5424R benchtop centrifuges", "eppendorf-5810-r", True),
    ("kVp and mA calibration of the generator", "xray-tube-current", True),
    ("Shipping from Boston, MA", "xray-tube-current", False),
    ("SMT rework and through-hole soldering on PCB assemblies", "surface-mount-technology", True),
    ("Rees Centron alarms on call", "rees-scientific", True),
    ("Itron Centron electric meters", "rees-scientific", False),
    ("35% volume reduction in regulated medical waste", "volume-reduction", False),
    ("Replaced high-tension cables on the tube", "hv-cable", True),
]


def test_round_26_vocabulary_facts(checker):
    from tests.test_vocab import line_check

    check = line_check(checker)
    for line, concept, wanted in _CASES:
        check(line, concept, wanted)
    assert "molecular-diagnostics" in checker.vocabulary.concepts["pcr-instrument"].related


def test_the_employers_about_section_its_cores_and_initials_are_no_terms(checker):
    posting = (
        "Senior Research Equipment Technician\n\nAbout Research Core Facilities\n"
        "Hollis-Grant University's Research Core Facilities (RCF) run six shared labs - Genomics, Mass\n"
        "Spectrometry, Flow Cytometry and Advanced Light Microscopy - for 400 research groups.\n\n"
        "About the role\n- Maintain centrifuges for RCF users; keep pre- and post-amplification rooms.\n"
        "\n"
        "About you\n- Experience with ultracentrifuges.\n"
    )
    status = _statuses(checker, posting, "Skills\n- Optima XPN-100\n")
    assert not {"Mass Spectrometry", "Spectrometry", "Microscopy", "RCF", "pre-"} & set(status), status
    assert {"centrifuges", "ultracentrifuges"} <= set(status), status


def test_a_long_paragraph_line_runs_on_into_a_capitalised_line():
    from resumefit.openterms import continues

    long_line = (
        "Hollis-Grant University's Research Core Facilities run six shared laboratories - Genomics, Mass"
    )
    assert continues(long_line, "Spectrometry, Flow Cytometry and Microscopy.")
    assert not continues("Schedule", "Monday to Friday")


def test_an_ing_noun_is_a_thing_among_listed_things(checker):
    status = _statuses(
        checker,
        "Requirements\n- Working knowledge of electronics, plumbing, pneumatics and hydraulics.\n",
        "Skills\n- Electronics, plumbing and water room piping\n",
    )
    assert status["plumbing"].value == "literal", status


def test_a_name_asked_for_with_plain_words_around_it_is_the_postings_own(checker):
    status = _statuses(
        checker,
        "Requirements\n- Knowledge of CLIA requirements and CAP inspections.\n"
        "- Annual competency assessment.\n- Point-of-care testing.\n",
        "Experience\n- Kept the lab ready for CAP and CLIA; ran competency assessment for 9 staff;"
        " point-of-care coordinator\n",
    )
    assert status["CLIA requirements"].value == "literal", status
    assert status["CAP inspections"].value == "literal", status
    assert status["Annual competency assessment"].value == "literal", status
    # an ordinary phrase is no name: 'point-of-care' stays another wording of 'point-of-care testing'
    assert status["Point-of-care testing"].value == "synonym", status
