"""Readings the forty-fourth round of held-out pairs asked for, each one for any trade: a posting's heading
as high as the boilerplate heading before it ends the boilerplate, whatever its words; 'The job' heads the
duties; a field's own work names the field; a CFR part's subpart is no term alone; a model's number is
neither the full stop after it nor missing when the resume writes it after the product; an acronym the
resume spells out as another thing is that thing wherever the resume writes it; the accreditations the
employer's own sentence says it holds are asked of no one."""

from __future__ import annotations

from resumefit.documents import load_document
from resumefit.models import Status
from tests.conftest import text_document
from tests.test_round16 import _statuses, _terms

_PAGE = """<!DOCTYPE html><html><head><title>X-Ray / Lab Technician</title></head><body>
<h1>X-Ray / Lab Technician</h1>
<h2>Who we are</h2>
<p>We are a group of six walk-in clinics serving local employers.</p>
<h2>Radiology</h2>
<ul><li>Operate the Carestream DRX-1 and send studies to PACS.</li></ul>
<h2>Laboratory</h2>
<ul><li>Run HbA1c on the Abbott Afinion 2 and urinalysis on the Siemens CLINITEK Status+.</li></ul>
<h2>Benefits</h2>
<h3>Health</h3>
<ul><li>Medical plans through Aetna Choice POS II and a free Peloton membership.</li></ul>
</body></html>
"""


def _posting_forms(checker, posting) -> set[str]:  # noqa: ANN001
    report = checker.check_documents(text_document("Skills\n- Phlebotomy\n", "resume.txt"), posting)
    return {t.requirement.posting_form for t in report.terms}


def test_a_heading_as_high_as_the_boilerplates_ends_it(checker, tmp_path):
    page = tmp_path / "posting.html"
    page.write_text(_PAGE, encoding="utf-8")
    forms = _posting_forms(checker, load_document(page))
    text = " ".join(forms)
    # the duties under headings of their own trade's words ('Radiology', 'Laboratory') are read ...
    assert "PACS" in forms and "HbA1c" in forms, forms
    assert "Afinion" in text and "CLINITEK" in text, forms
    # ... and a lower heading under 'Benefits' is still the benefits
    assert not any(w in text for w in ("Aetna", "Peloton", "Choice POS")), forms


def test_the_job_heads_the_duties(checker):
    posting = (
        "About us\n"
        "We have served hospitals since 1994 with our Acme Water Cloud portal.\n"
        "\n"
        "The job\n"
        "You will service RO membranes and TOC analyzers at customer sites.\n"
    )
    forms = _posting_forms(checker, text_document(posting, "posting.txt"))
    assert any("TOC" in f for f in forms) and any("RO" in f.split() for f in forms), forms
    assert not any("Acme" in f for f in forms), forms


def test_a_fields_own_work_names_the_field(checker):
    posting = "Duties\n- Support the physicist with dosimetry measurements.\n"
    resume = "Experience\n- Monthly QA: dosimetry with a PTW Farmer chamber.\n"
    assert _statuses(checker, posting, resume).get("dosimetry measurements") is Status.SYNONYM
    # the field's own word alone does not meet another kind of work done in it
    posting = "Duties\n- Laboratory experience.\n"
    assert _statuses(checker, posting, "Skills\n- Laboratory safety\n").get("Laboratory experience") in (
        Status.MISSING,
        None,
    )


def test_a_cfr_parts_subpart_is_no_term_alone(checker):
    posting = (
        "Requirements\n"
        "- DOT HAZMAT training (49 CFR 172 Subpart H).\n"
        "- Working knowledge of 10 CFR Part 35, Subpart H.\n"
    )
    statuses = _statuses(checker, posting, "Skills\n- Gamma Knife service\n")
    assert statuses and not any("Subpart" in form for form in statuses), statuses


def test_a_models_number_is_not_the_full_stop_and_is_met_where_the_resume_writes_it(checker):
    posting = "Duties\n- Run HbA1c on the Abbott Afinion 2.\n"
    resume = "Skills\n- A1c (Abbott Afinion 2)\n"
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("Abbott Afinion 2") is Status.LITERAL, statuses
    # the family alone on the resume is still only related
    other = _statuses(checker, posting, "Skills\n- A1c on the Abbott Afinion AS100\n")
    assert other.get("Abbott Afinion 2") is Status.RELATED, other


def test_an_acronym_the_resume_spells_out_as_another_thing_is_that_thing_everywhere(checker):
    posting = (
        "Requirements\n"
        "- Follow CLIA and OSHA requirements.\n"
        "- Perform preventive maintenance (PM).\n"
        "- CBET certification.\n"
    )
    resume = (
        "Experience\n"
        "- Confirmed anti-dsDNA by chemiluminescent immunoassay (CLIA) on the BIO-FLASH.\n"
        "Skills\n"
        "- CLIFT and CLIA (BIO-FLASH); preventive maintenance (PM) of analyzers\n"
        "- Certified Biomedical Equipment Technician (CBET)\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("CLIA") is Status.MISSING, statuses  # the resume's CLIA is an immunoassay
    # the acronym's own long form, or a long form of which only a part is known, leaves it as it was
    assert statuses.get("preventive maintenance") is Status.LITERAL, statuses
    assert statuses.get("CBET") is Status.LITERAL, statuses


def test_the_employers_own_accreditations_are_asked_of_no_one(checker):
    posting = (
        "Gulf Meridian Reference Laboratories is a CAP-accredited, CLIA-certified esoteric laboratory.\n"
        "Requirements\n"
        "- Experience in a CAP-accredited laboratory.\n"
    )
    statuses = _statuses(checker, posting, "Skills\n- Flow cytometry\n")
    assert "CLIA-certified" not in statuses, statuses
    assert "CAP-accredited" in statuses, statuses  # asked of the applicant, in a requirement


def test_a_class_and_its_examples_after_such_as_are_one_choice(checker):
    posting = (
        "Requirements\n"
        "- Experience with a laboratory information system such as Meditech, Cerner or Sunquest.\n"
        "- A computerized maintenance management system (CMMS) such as Nuvolo or TMS.\n"
    )
    resume = "Skills\n- LIS (Orchard Harvest); Medimizer CMMS\n"
    terms = _terms(checker, posting, resume)
    # the resume meets each class, so neither group is missing, and no example is advised on its own
    assert all(t.status is not Status.MISSING for t in terms), [
        (t.requirement.posting_form, t.status) for t in terms
    ]
    assert {t.requirement.concept_id for t in terms} == {"lis", "cmms"}


def test_such_as_after_no_class_of_things_or_before_a_list_of_all_is_no_choice(checker):
    posting = (
        "Requirements\n"
        "- ASCP BOC certification, such as Specialist in Blood Banking (SBB) or Specialist in\n"
        "  Hematology (SH).\n"
        "- Use test equipment such as electrical safety analyzers, patient simulators and oscilloscopes.\n"
    )
    resume = "Skills\n- MLS(ASCP); test equipment\nCertifications\n- SH(ASCP) - exam scheduled March 2027\n"
    statuses = {t.requirement.posting_form: t.status for t in _terms(checker, posting, resume)}
    # the held MLS(ASCP) does not meet the specialist credential the resume only pursues ...
    assert not any("Specialist" in form and status.is_met for form, status in statuses.items()), statuses
    # ... and each thing of a list of all of them is asked for on its own
    assert statuses.get("oscilloscopes") is Status.MISSING, statuses


def test_a_standards_number_is_read_whole_at_a_sentences_end_and_after_no(checker):
    posting = (
        "Duties\n"
        "- Collect blood by venipuncture and capillary puncture (finger and heel) from patients of\n"
        "  all ages,\n"
        "  following the order of draw in CLSI GP41 and CAN/CSA-Z316.7.\n"
        "Requirements\n"
        "- Working knowledge of CSA Z32, CAN/CSA-C22.2 No. 60601-1 and IEC 62353.\n"
    )
    forms = set(_statuses(checker, posting, "Skills\n- Phlebotomy\n"))
    # Canada's adoption of IEC 60601-1 is one wording, its series and number together
    assert "CAN/CSA-Z316.7" in forms and "CAN/CSA-C22.2 No. 60601-1" in forms, forms
    assert not {"CAN/CSA-Z316", "CAN/CSA-C22", "CAN/CSA-C22.2", "CAN/CSA-C22.2 No"} & forms, forms
    assert "ages" not in forms, forms  # 'patients of all ages': every kind, no thing


def test_a_choice_of_degree_subjects_is_worded_to_its_head(checker):
    posting = (
        "Requirements\n"
        "- Bachelor's degree in medical laboratory science, clinical laboratory science, or a chemical or\n"
        "  biological science.\n"
        "- Ship specimens under IATA Dangerous Goods Regulations and DOT 49 CFR: UN3373 Category B.\n"
    )
    forms = set(_statuses(checker, posting, "Skills\n- Phlebotomy\n"))
    subjects = [f for f in forms if f.startswith("medical laboratory science")]
    # the wording ends at the subject's head, not at 'or a chemical'
    assert subjects == [
        "medical laboratory science, clinical laboratory science, or a chemical or biological science"
    ]
    assert "49 CFR" in forms and not {"DOT 49", "CFR"} & forms, forms


def test_a_group_met_by_its_class_quotes_the_class(checker):
    from resumefit.advice import synonym_advice

    posting = (
        "Requirements\n- Experience with a laboratory information system such as Meditech or Sunquest.\n"
    )
    met = [
        t for t in _terms(checker, posting, "Skills\n- LIS (Orchard Harvest)\n") if t.status is Status.SYNONYM
    ]
    assert len(met) == 1, met
    advice = synonym_advice(met[0])
    assert advice.message.startswith("The posting says 'laboratory information system' (required)"), advice
    assert "'laboratory information system (LIS)'" in advice.hint, advice


def test_a_canadian_province_after_its_town_is_a_place(checker):
    posting = "Requirements\n- Daily QC and calibration on the chemistry analyzers.\n"
    resume = (
        "Experience\n"
        "- Medical Laboratory Technologist, Hôpital du Sacré-Cœur, Montréal, QC, 2015 - 2019\n"
        "- Calibration of the Atellica CH analyzers, Vancouver, BC V5Z 1M9\n"
    )
    statuses = _statuses(checker, posting, resume)
    assert statuses.get("QC") is Status.MISSING, statuses  # 'Montréal, QC' is Quebec
    met = _statuses(checker, posting, resume + "- Ran QC daily\n")
    assert met.get("QC") is Status.LITERAL, met
    # in a posting, a province's code after its town is no term either ('Winnipeg, MB'), nor a code's letters
    # that open a name ('PRC, US state licence')
    posting = (
        "Duties\n"
        "- Ship specimens from our sites in Sudbury, ON and Montréal, QC to Winnipeg, MB.\n"
        "- Valid home-country licence (e.g., PRC, US state licence or equivalent).\n"
    )
    forms = set(_statuses(checker, posting, resume))
    assert not {"MB", "ON", "QC"} & forms and "PRC" in forms, forms
