"""Vocabulary added where the thirty-fourth round of held-out pairs showed it thin: ground-fault circuit
interrupters, leakage current, continuous passive motion machines beside rehabilitation words, stand aids,
tissue trimming, necropsy, genotyping and probabilistic genotyping, and an animal's name beside the word a
laboratory describes its tissue with. Then the chassis (touch) and patient leakage currents as kinds of
leakage current, more IEC 60601 collateral and particular standards, UV-Vis spectrophotometry with the
NanoDrop, and DNA extraction as a kind of nucleic acid extraction."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check


def test_electrical_safety_words_of_a_rehabilitation_shop(checker):
    check = line_check(checker)
    check("Tested GFCI receptacles at every whirlpool", "gfci")
    check("Chassis leakage and GFI checks on e-stim units", "gfci")
    check("GFI rate reported to the board", "gfci", False)  # no electrical word beside it
    check("RCD trip tests on the sockets of the therapy gym", "gfci")
    check("RCD-related admissions audit", "gfci", False)
    check("Measured leakage current on every new device", "leakage-current-testing")


def test_cpm_only_beside_rehabilitation_words(checker):
    check = line_check(checker)
    check("Repaired CPMs, paraffin baths and hydrocollators for the rehab gym", "cpm-machine")
    check("Kept the project on its CPM schedule", "cpm-machine", False)  # critical path method
    check("Counts of 1,200 CPM on the wipe test", "cpm-machine", False)  # counts per minute


def test_stand_aids_tissue_trimming_necropsy_and_genotyping(checker):
    check = line_check(checker)
    check("Serviced stand aids and ceiling lifts", "stand-aid")
    check("Tissue trimming of fixed tissues per the trimming guide", "grossing")
    check("Support necropsy and record organ weights", "autopsy-pathology")
    check("CYP2C19 genotyping on the QuantStudio", "genotyping")
    check("Mixture interpretation with STRmix", "strmix")
    check("Validated probabilistic genotyping software", "probabilistic-genotyping")


def test_a_stand_aid_is_a_kind_of_sit_to_stand_lift_and_necropsy_an_autopsy(checker):
    posting = "Duties\n- Maintain sit-to-stand lifts.\n- Support necropsy.\n"
    resume = "Experience\n- Serviced stand aids\n- Assisted with autopsy cases in the hospital morgue\n"
    status = _statuses(checker, posting, resume)
    assert status["sit-to-stand lifts"] is Status.RELATED, status
    assert status["necropsy"] is Status.SYNONYM, status


def test_an_animal_is_met_by_the_word_its_tissue_is_described_with(checker):
    posting = (
        "Duties\n- Section rodent tissues and large-animal tissues (dog, minipig and nonhuman primate).\n"
    )
    status = _statuses(checker, posting, "Experience\n- Processed canine and feline biopsies\n")
    assert status["dog"] is Status.SYNONYM, status


def test_scheduled_maintenance_of_histology_instruments_is_preventive_maintenance(checker):
    check = line_check(checker)
    check(
        "Perform scheduled maintenance and daily checks on processors, stainers and microtomes",
        "preventive-maintenance",
    )
    check("Scheduled maintenance windows for the hospital network", "preventive-maintenance", False)


def test_a_collateral_standard_is_a_kind_of_the_collateral_standards(checker):
    check = line_check(checker)
    check("Apply the collateral standards of IEC 60601-1", "iec-60601-1-x")
    check("Collateral standards for the loan portfolio", "iec-60601-1-x", False)
    posting = "Duties\n- Apply the collateral standards of IEC 60601-1.\n"
    status = _statuses(checker, posting, "Experience\n- EMC pre-scans to IEC 60601-1-2\n")
    assert status["collateral standards"] is Status.RELATED, status


def test_chassis_and_patient_leakage_are_kinds_of_leakage_current(checker):
    check = line_check(checker)
    check("Touch current and patient leakage measured on every ME system", "chassis-leakage-current")
    check("Touch current and patient leakage measured on every ME system", "patient-leakage-current")
    check("Enclosure leakage current per IEC 60601-1", "chassis-leakage-current")
    check("Measured the patient auxiliary current between ECG leads", "patient-auxiliary-current")
    # a health system's lost referrals
    check("Reduce patient leakage to out-of-network providers", "patient-leakage-current", False)
    posting = "Duties\n- Bench tests: leakage current, including touch current\n"
    resume = "Experience\n- Electrical safety: enclosure leakage with the ESA620\n"
    status = _statuses(checker, posting, resume)
    assert status["leakage current"] is Status.RELATED, status
    assert status["touch current"] is Status.SYNONYM, status


def test_the_collateral_and_particular_standards_of_iec_60601(checker, vocabulary):
    check = line_check(checker)
    check("Usability engineering file to IEC 60601-1-6", "iec-60601-1-6")
    check("Home-use devices tested to IEC 60601-1-11", "iec-60601-1-11")
    check("Tested ESUs to IEC 60601-2-2", "iec-60601-2-2")
    check("Apply the particular standard of IEC 60601-2", "iec-60601-2-x")
    check("Particular standards of the loan agreement", "iec-60601-2-x", False)
    for concept in ("iec-60601-1-6", "iec-60601-1-11"):
        assert "iec-60601-1-x" in vocabulary.ancestors(concept)
    for concept in ("iec-60601-2-1", "iec-60601-2-2"):
        assert "iec-60601-2-x" in vocabulary.ancestors(concept)


def test_uv_vis_spectrophotometry_and_the_nanodrop(checker):
    check = line_check(checker)
    check("Experience with HPLC, GC, UV-Vis and FTIR", "uv-vis-spectrophotometry")
    check("UV/Vis spectrophotometry on the Cary 60", "uv-vis-spectrophotometry")
    check("HPLC with UV-Vis detection", "uv-vis-spectrophotometry", False)  # the HPLC detector
    posting = "Requirements\n- UV-Vis spectrophotometry\n"
    status = _statuses(checker, posting, "Experience\n- Quantified DNA on the NanoDrop One\n")
    assert status["UV-Vis spectrophotometry"] is Status.RELATED, status


def test_more_rehabilitation_and_electrical_words_beside_cpm_and_gfi(checker):
    check = line_check(checker)
    check("Maintained the CPM fleet for the physiotherapy department", "cpm-machine")
    check("Cut CPM to $4 per thousand impressions", "cpm-machine", False)  # cost per mille
    check("Checked the GFI on each tank", "gfci")


def test_dna_extraction_is_a_kind_of_nucleic_acid_extraction(checker):
    posting = "Requirements\n- Nucleic acid extraction\n"
    status = _statuses(checker, posting, "Experience\n- DNA extraction on the QIAcube\n")
    assert status["Nucleic acid extraction"] is Status.RELATED, status
    # is-a goes one way: the broader method on a resume does not show the narrower one
    posting = "Requirements\n- DNA extraction\n"
    status = _statuses(checker, posting, "Experience\n- Nucleic acid extraction on the QIAcube\n")
    assert status["DNA extraction"] is Status.MISSING, status


def test_dog_and_cat_tissues_against_canine_and_feline_biopsies(checker):
    posting = "Requirements\n- Experience with dog and cat tissues\n"
    status = _statuses(checker, posting, "Experience\n- Processed canine and feline biopsies\n")
    # 'cat tissues' is read as one term, which the resume's 'feline biopsies' does not meet word for word
    assert status["dog"] is Status.SYNONYM, status
