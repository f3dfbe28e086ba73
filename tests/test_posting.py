"""Reading a posting: title, importance from structure and wording, either/or groups, boilerplate."""

from __future__ import annotations

from resumefit.models import Importance, Status
from resumefit.posting import classify_lines, find_title
from tests.conftest import text_document

POSTING = """
Job Title: Biomedical Equipment Technician II
Lakeside Regional Medical Center is hiring.
Responsibilities:
- Perform preventive maintenance on infusion pumps and defibrillators.
Required Qualifications:
- CBET, CRES, or CHTM certification
- Experience with ventilators
Preferred:
- Experience with a CMMS such as Nuvolo
Benefits:
- Medical, dental and vision; ventilators for everyone
We are an equal opportunity employer; anesthesia machines are not considered.
"""


def importance_by_line(text: str) -> list[Importance | None]:
    return [c.importance for c in classify_lines(text_document(text).lines)]


def test_importance_follows_headings_and_boilerplate_is_dropped():
    got = importance_by_line(POSTING)
    assert got[3] is Importance.MENTIONED
    assert got[5] is Importance.REQUIRED and got[6] is Importance.REQUIRED
    assert got[8] is Importance.PREFERRED
    assert got[10] is None and got[11] is None


def test_the_wrapped_lines_of_a_boilerplate_sentence_are_boilerplate():
    got = importance_by_line(
        "Preferred\n- MLS(ASCP)\n\nWhat we offer: medical, dental and vision, paid continuing\n"
        "education and relocation assistance.\n"
        "Acme Labs is an equal opportunity employer. All qualified applicants will receive\n"
        "consideration for employment without regard to race, color, religion, sex, gender\n"
        "identity, national origin, disability or veteran status.\n- Flow cytometry a plus"
    )
    assert got[1] is Importance.PREFERRED
    assert got[3:8] == [None] * 5
    assert got[8] is Importance.PREFERRED


def test_line_wording_overrides_the_heading():
    got = importance_by_line("Duties:\n- Repair pumps; CBET required\n- Nuvolo experience a plus")
    assert got[1:] == [Importance.REQUIRED, Importance.PREFERRED]


def test_title_from_label_or_first_title_line():
    assert find_title(text_document(POSTING).lines) == "Biomedical Equipment Technician II"
    doc = text_document("Medical Laboratory Scientist - Core Lab\nNight shift")
    assert find_title(doc.lines) == "Medical Laboratory Scientist"


def test_either_or_credentials_form_one_requirement(checker):
    posting, _ = checker.read_posting(text_document(POSTING, "posting.txt"))
    groups = {r.posting_form: r for r in posting.requirements if r.alternatives}
    # the credentials, and the class with its example ('a CMMS such as Nuvolo': either meets it)
    assert set(groups) == {"CBET, CRES, or CHTM", "CMMS such as Nuvolo"}
    assert groups["CBET, CRES, or CHTM"].importance is Importance.REQUIRED


def test_boilerplate_terms_are_not_requirements(checker):
    posting, _ = checker.read_posting(text_document(POSTING, "posting.txt"))
    by_id = {r.concept_id: r for r in posting.requirements}
    assert "anesthesia-machine" not in by_id
    ventilator = [r for r in posting.requirements if r.term.lower().startswith("ventilator")]
    assert ventilator and ventilator[0].importance is Importance.REQUIRED and ventilator[0].count == 1


def test_a_list_ending_in_or_something_else_is_one_group(checker):
    text = (
        "Requirements:\n"
        "- Associate degree in Biomedical Equipment Technology, electronics, or equivalent training"
    )
    posting, _ = checker.read_posting(text_document(text, "posting.txt"))
    groups = [r for r in posting.requirements if r.alternatives]
    assert len(groups) == 1 and "electronics" in groups[0].posting_form


def test_a_list_naming_one_choice_twice_or_ending_in_an_unknown_choice_is_one_group(checker):
    text = (
        "Requirements:\n"
        "- Bachelor's degree in medical technology, clinical laboratory science, biology, animal science or"
        " a related science.\n"
        "- Certification as MLS(ASCP), MT(ASCP) or MT(AMT).\n"
    )
    posting, _ = checker.read_posting(text_document(text, "posting.txt"))
    groups = {r.concept_id: r for r in posting.requirements if r.alternatives}
    # the two wordings of the laboratory science degree do not split the subjects into two requirements
    assert groups["mls-degree"].alternatives == ("science-degree",)
    assert "science-degree" not in {r.concept_id for r in posting.requirements}
    # MLS(ASCP) and its former name MT(ASCP) are one choice; MT(AMT) the other
    assert groups["mls-ascp"].posting_form == "MLS(ASCP), MT(ASCP) or MT(AMT)"


def test_a_choice_list_wrapped_onto_the_next_line_is_one_group_with_its_bracketed_abbreviation(checker):
    text = (
        "Preferred:\n"
        "- Experience with Beckman Coulter DxA 5000, Roche cobas connection modules (CCM), Siemens Aptio\n"
        "Automation or Inpeco FlexLab.\n"
    )
    posting, _ = checker.read_posting(text_document(text, "posting.txt"))
    groups = [r for r in posting.requirements if r.alternatives]
    assert len(groups) == 1
    assert set(groups[0].alternatives) >= {"roche-cobas-connection-module", "inpeco-flexlab"}
    assert groups[0].posting_form.endswith("Automation or Inpeco FlexLab")
    report = checker.check_documents(
        text_document("Experience\n- Serviced the Inpeco FlexLab track"), text_document(text, "posting.txt")
    )
    assert next(t for t in report.terms if t.requirement.alternatives).status.value == "literal"


def test_one_maker_written_twice_does_not_make_a_list_of_makers_a_choice(checker):
    text = "Duties:\n- Service surgical lights and booms (Stryker, Skytron, Getinge/Maquet) on schedule.\n"
    posting, _ = checker.read_posting(text_document(text, "posting.txt"))
    assert [r.posting_form for r in posting.requirements if r.alternatives] == []


def test_x_or_another_broader_term_is_one_group(checker):
    text = "Required:\n- Experience with Epic Beaker or another LIS"
    posting, _ = checker.read_posting(text_document(text, "posting.txt"))
    groups = [r for r in posting.requirements if r.alternatives]
    assert len(groups) == 1 and groups[0].posting_form == "Epic Beaker or another LIS"


def test_a_choice_also_required_on_its_own_stays_a_requirement_of_its_own(checker):
    text = (
        "Required:\n"
        "- 5+ years servicing CT and MRI systems.\n"
        "- OEM service training on GE or Siemens CT or MR platforms.\n"
    )
    posting, _ = checker.read_posting(text_document(text, "posting.txt"))
    by_id = {r.concept_id: r for r in posting.requirements}
    assert by_id["computed-tomography"].alternatives == ()  # CT is required on its own, not only "CT or MR"
    assert by_id["magnetic-resonance-imaging"].importance is Importance.REQUIRED
    assert not any(r.alternatives for r in posting.requirements if r.concept_id == "computed-tomography")


def test_a_choice_introduced_by_or_completion_of_joins_the_group_and_its_example_stays_with_it(checker):
    text = (
        "Required qualifications:\n"
        "- Associate degree in biomedical equipment technology or electronics, OR completion of military BMET"
        " training\n"
        "(e.g., METC)\n"
        "- Understanding of basic electronics (Ohm's law, soldering)\n"
    )
    posting, _ = checker.read_posting(text_document(text, "posting.txt"))
    groups = [r for r in posting.requirements if r.alternatives]
    # the subject's group and the degree itself: completing the training is the other way to both
    assert groups and all("military-bmet-training" in g.alternatives for g in groups), groups
    assert {g.concept_id for g in groups} <= {"associate-degree", "biomedical-equipment-technology-degree"}
    singles = {r.concept_id for r in posting.requirements if not r.alternatives}
    assert "military-bmet-training" not in singles  # "(e.g., METC)" is an example of a choice, not a demand
    assert "electronics" in singles  # basic electronics is asked for on its own as well


def test_a_why_us_heading_starts_boilerplate():
    got = importance_by_line("Preferred\n- CISSP\n\nWhy Bluegrass\nMedical, dental and vision; tuition help.")
    assert got[1] is Importance.PREFERRED
    assert got[3:] == [None, None]


def test_a_lead_word_another_concepts_forms_open_with_is_no_requirement_of_its_own(checker):
    posting = "Preferred:\n- OEM factory training on cardiovascular X-ray systems\n"
    report = checker.check_documents(
        text_document("Philips factory training: Allura Xper, 2020"), text_document(posting, "posting.txt")
    )
    ids = [t.requirement.concept_id for t in report.terms]
    assert "oem" not in ids
    training = next(t for t in report.terms if t.requirement.concept_id == "oem-training")
    assert training.requirement.posting_form == "OEM factory training"
    assert training.status is not Status.MISSING
