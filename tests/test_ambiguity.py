"""The shipped vocabulary on the ambiguous forms of these trades: each reading only where it belongs."""

from __future__ import annotations

import pytest

from tests.conftest import text_document


def concepts(matcher, text: str) -> set[str]:
    return {m.concept_id for m in matcher.find(text_document(text))}


def names(matcher, vocabulary, text: str) -> set[str]:
    return {vocabulary.concepts[cid].name.lower() for cid in concepts(matcher, text)}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Serviced GE CT scanners and a Siemens MRI", {"computed-tomography"}, set()),
        ("Cytotechnologist, CT(ASCP), screening Pap tests", set(), {"computed-tomography"}),
        ("Ran CT/NG assays on the Panther", set(), {"computed-tomography"}),
        ("Lakeside Hospital, Hartford, CT 06101", set(), {"computed-tomography"}),
        ("Completed PMs on 400 infusion pumps", {"preventive-maintenance"}, set()),
        ("Worked the 3 PM to 11:30 PM shift", set(), {"preventive-maintenance"}),
        (
            "Repaired pumps or monitors; it was the night shift",
            set(),
            {"surgical-equipment", "information-technology"},
        ),
        ("Supported OR equipment and IT support for networked pumps", {"surgical-equipment"}, set()),
        ("Mr. Jones reviewed the schedule", set(), {"magnetic-resonance-imaging"}),
        ("Repaired ECG machines and EKG carts", {"ecg-machine"}, {"eeg-machine"}),
        ("Serviced EEG machines", {"eeg-machine"}, {"ecg-machine"}),
        ("Held MLT(ASCP) since 2018", {"mlt-ascp"}, {"mls-ascp"}),
        ("MT(ASCP), 1998", {"mls-ascp"}, {"mlt-ascp"}),
    ],
)
def test_ambiguous_forms_are_read_by_context(matcher, text, present, absent):
    found = concepts(matcher, text)
    assert present <= found, found
    assert not (absent & found), found


def test_proficiency_testing_and_prothrombin_time_are_kept_apart(matcher, vocabulary):
    coag = names(matcher, vocabulary, "Ran PT/INR and aPTT on the Stago STA R Max")
    surveys = names(matcher, vocabulary, "Managed CAP PT surveys for chemistry")
    assert not any("proficiency" in n for n in coag)
    assert any("proficiency" in n for n in surveys)


def test_ise_is_read_by_its_track(matcher, vocabulary):
    lab = names(matcher, vocabulary, "Replaced the ISE module electrodes on the cobas 8000")
    imaging = names(matcher, vocabulary, "Imaging Service Engineer (ISE) covering CT and MRI")
    assert not any("imaging service" in n for n in lab)
    assert not any("ion-selective" in n or "ion selective" in n for n in imaging)


def test_ua_is_urinalysis_only_in_the_lab(matcher, vocabulary):
    assert any("urinalysis" in n for n in names(matcher, vocabulary, "Hematology, chemistry, UA and coag"))
    assert not any("urinalysis" in n for n in names(matcher, vocabulary, "Flew UA flight 212 to Denver"))


def test_a_bare_monitors_is_not_a_patient_monitor(matcher):
    assert "patient-monitor" not in concepts(matcher, "Monitored QC and monitors temperature logs")
    assert "patient-monitor" in concepts(matcher, "Repaired bedside patient monitors")
