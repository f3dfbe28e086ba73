"""Readings the forty-second round of held-out pairs asked for, each one for any trade: the job title's words
are the trade's, not the employer's; the kind a long form describes, its acronym aside; a compound before
'of' names the work; a list of duties each with its own verb; a class and its examples in brackets are one
choice."""

from __future__ import annotations

from resumefit.advice import choices
from resumefit.models import Status
from tests.test_round16 import _statuses, _terms


def test_the_job_titles_words_are_the_trades_not_the_employers(checker):
    posting = (
        "Harbor Point Health | Careers\n"
        "\n"
        "Renal Dialysis Technician II - Kidney Care Center, Acute Dialysis Unit\n"
        "Requisition #: R-2026-55012\n"
        "\n"
        "Required Qualifications\n"
        "- One year in a renal unit, apheresis unit, cardiac cath lab or other acute care area.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Three years in an outpatient renal unit\n")
    met = [form for form, s in status.items() if s.is_met]
    assert met, status  # the 'renal unit' choice meets the group: 'Renal' is the title's word, not a name


def test_the_kind_a_long_form_describes_is_read_without_its_acronym(checker):
    posting = (
        "Responsibilities\n- Perform high-resolution cystometric profiling (HR-CMP) on referred patients.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Ran cystometric profiling for 400 patients a year\n")
    assert status.get("high-resolution cystometric profiling (HR-CMP)") is Status.RELATED, status


def test_a_compound_before_of_names_the_work(checker):
    posting = (
        "Responsibilities\n"
        "- Run wipe tests, hold-for-decay of waste, survey meter checks and ALARA reviews.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Kept the hold-for-decay log for the hot lab\n")
    met = {form: s for form, s in status.items() if "hold-for-decay" in form}
    assert met and all(s.is_met for s in met.values()), status


def test_each_duty_of_a_list_has_its_own_verb(checker):
    posting = (
        "Responsibilities\n"
        "- Receive and store sealed sources under the license; check hot cells with a survey meter, perform "
        "wipe tests, wear dosimetry at all times and practice ALARA.\n"
    )
    status = _statuses(checker, posting, "Experience\n- Wore a dosimeter on every shift\n")
    assert not any(form.lower().startswith(("wear ", "perform ")) for form in status), status
    assert status.get("dosimetry") is Status.SYNONYM, status


def test_a_class_and_its_examples_in_brackets_are_one_choice(checker):
    posting = (
        "Responsibilities\n"
        "- Run and maintain automated plate readers (e.g., BioTek Synergy H1, Molecular Devices SpectraMax) "
        "and plate washers.\n"
        "- Service infusion pumps (including PCA).\n"
    )
    terms = {
        t.requirement.posting_form: t
        for t in _terms(checker, posting, "Skills\n- BMG CLARIOstar plate reader\n")
    }
    group = next(t for form, t in terms.items() if "plate readers" in form)
    assert group.requirement.posting_form.endswith("SpectraMax)"), terms  # the bracket closed, shown whole
    assert group.status.is_met, terms  # the class is met: the examples are not asked for apart
    assert not any(form.startswith(("BioTek", "Molecular Devices")) for form in terms), terms
    # 'including' names a part asked for too
    assert "PCA" in terms and "infusion pumps" in terms, terms
    assert choices(group.requirement.posting_form)[0] == "plate readers", choices(
        group.requirement.posting_form
    )
