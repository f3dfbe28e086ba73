"""The tenth review of a sample, first half: one line per fix, each failing on the vocabulary of the draw.

A clinical evaluation report (CER) under the EU MDR as the HSPA endoscope reprocessor credential; an RF
induction welder's HF generator as the X-ray generator; Leica Geosystems total stations, Leica cameras and
Leica Microsystems confocals as Leica Biosystems; aerospace "active clearance control" as a security
clearance; a high-frequency generator beside any other generator; a vacuum-assisted biopsy device as the
stereotactic breast biopsy system (renamed so); road rehabilitation equipment as physical therapy equipment;
"medical laboratory evaluation of anemia" as the ACP MLE proficiency testing program; a fire alarm "alarm
systems standard" as IEC 60601-1-8. Google Docs is on both tracks, as its parent is.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_TENTH_REVIEW_KEEPS_OTHER_SENSES_OUT_A_CASES = [
    ("Authored the CER for the sterile single-use endoscope under EU MDR", "cer-hspa", False),
    ("Clinical evaluation report (CER) for endoscope reprocessing accessories", "cer-hspa", False),
    ("Repaired the HF generator for the RF induction welder tube", "xray-generator", False),
    ("Ran Leica total station surveys for the civil crew", "leica-biosystems", False),
    ("Shot events with a Leica Q2 camera", "leica-biosystems", False),
    ("Leica confocal imaging", "leica-biosystems", False),
    ("Designed active clearance control for turbine engines", "security-clearance", False),
    ("Rebuilt high-frequency generator and backup generator", "xray-generator", False),
    ("Eviva breast biopsy system", "breast-biopsy-system", False),
    (
        "Operated road rehabilitation equipment including milling machines",
        "physical-therapy-equipment",
        False,
    ),
    ("Performed medical laboratory evaluation of anemia", "mle-pt", False),
    (
        "Maintained fire alarm systems to the NFPA 72 alarm systems standard at the medical center",
        "iec-60601-1-8",
        False,
    ),
]

_FORMS_GUARDED_IN_THE_TENTH_REVIEW_STILL_COUNT_A_CASES = [
    ("HSPA CER, 2023; endoscope reprocessing", "cer-hspa", True),
    ("Replaced the HF generator on the x-ray tube", "xray-generator", True),
    ("Leica BOND-III and Leica Peloris", "leica-biosystems", True),
    ("Leica", "leica-biosystems", True),
    ("Active clearance (Secret)", "security-clearance", True),
    ("Replaced the high-frequency generator on the x-ray room", "xray-generator", True),
    ("Serviced the Hologic Affirm stereotactic breast biopsy system", "breast-biopsy-system", True),
    ("Repaired rehabilitation equipment in the PT gym", "physical-therapy-equipment", True),
    ("Enrolled the clinic in Medical Laboratory Evaluation surveys", "mle-pt", True),
    ("Tested monitors to the IEC alarm systems standard", "iec-60601-1-8", True),
]


def test_the_tenth_review_keeps_other_senses_out_a(checker):
    each_case(_THE_TENTH_REVIEW_KEEPS_OTHER_SENSES_OUT_A_CASES, line_check(checker))


def test_forms_guarded_in_the_tenth_review_still_count_a(checker):
    each_case(_FORMS_GUARDED_IN_THE_TENTH_REVIEW_STILL_COUNT_A_CASES, line_check(checker))


def test_google_docs_is_on_both_tracks_as_its_parent_is(vocabulary):
    assert vocabulary.concepts["google-docs"].track.value == "both"
