"""Faults the eighteenth pass found in lot 6 (software, standards, test equipment, titles), each with the
line that showed it and one of the concept's own sense. Other settings' phrases on unguarded forms: a nurse
educator's arrhythmia and ECG simulators for rhythm teaching, ultrasound-guided IV training phantoms, and
"DICOM echo studies" (echocardiograms) read as the biomed simulator, the imaging QA phantom and the C-ECHO
verification. A general phrase taken as one thing: "particular standards" beside IEC 61010 read as the
60601-2 series. Spellings missed: mixed-case "Dicom", "C-Echo", "C-Find", "C-Move" and "NYS Dept of
Health". Filing: the CIRS phantom line (imaging and radiotherapy phantoms) filed under imaging phantoms.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Stored Dicom images from the echo carts to PACS", "dicom", True),
    ("Verified C-Echo between the modalities and PACS", "dicom-c-echo", True),
    ("Routed DICOM echo studies from ultrasound carts to the cardiology PACS", "dicom-c-echo", False),
    ("Troubleshot DICOM echo failures between the CT and PACS", "dicom-c-echo", True),
    ("Tested C-Find queries from the workstations", "dicom-c-find", True),
    ("Set up C-Move retrieves to the reading rooms", "dicom-c-move", True),
    ("Certified to IEC 61010-1 and its particular standards (IEC 61010-2-101)", "iec-60601-2-x", False),
    ("Tested to IEC 60601-1 and the particular standards", "iec-60601-2-x", True),
    ("Compliance with NYS Dept of Health rules", "nysdoh", True),
    ("Surveys by New York State DOH inspectors", "nysdoh", True),
    ("Used an arrhythmia simulator to teach telemetry nurses rhythm recognition", "ecg-simulator", False),
    ("Ran ACLS megacode practice on the ECG simulator", "ecg-simulator", False),
    ("Verified telemetry alarms with an ECG simulator", "ecg-simulator", True),
    ("Tested monitors with an arrhythmia simulator", "ecg-simulator", True),
    (
        "Taught ultrasound-guided IV insertion on ultrasound phantoms to ED nurses",
        "ultrasound-phantom",
        False,
    ),
    ("Practised nerve blocks on an ultrasound phantom", "ultrasound-phantom", False),
    ("Ran monthly ultrasound phantom QC on all probes", "ultrasound-phantom", True),
    ("Performed SBRT QA with CIRS phantoms", "cirs-phantoms", True),
]


def test_pass18_6_concepts_are_filed_as_what_they_are(vocabulary):
    assert "imaging-phantom" not in vocabulary.ancestors("cirs-phantoms")
    assert "imaging-phantom" in vocabulary.ancestors("ultrasound-phantom")


def test_pass18_6_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
