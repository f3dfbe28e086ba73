"""Faults the seventeenth pass found in its second lot, each with the line that showed it and one of the
concept's own sense: a patient on a therapy or with an implanted device ("patients on BiPAP", "LVAD
patients", "hemodynamic monitoring of post-op patients") read as the machine; a model's own spellings
(spaced, hyphenated, joined, a letter suffix) missed or read as its family only (Optima CT 540, Discovery
IGS-740, CRC 55tR, Radiography 7000C, Vivid S60N); a successor model read as the model it replaced
(Luminos Agile Max); and a resume's usual wording of a product or skill missed (MGC Platinum Elite,
PET CT, the WATO EX-35, the BV Libra, Butterfly iQ+, "handled sealed sources").
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Managed patients on BiPAP and high-flow oxygen", "bipap-device", False),
    ("Weaned patients from BiPAP to nasal cannula", "bipap-device", False),
    ("Patients requiring bilevel positive airway pressure overnight", "bipap-device", False),
    ("Repaired BiPAP machines and CPAP units", "bipap-device", True),
    ("Trained on BiPAP V60 ventilators", "bipap-device", True),
    ("Cared for LVAD patients on the step-down unit", "lvad", False),
    ("Supported LVAD controllers and HeartMate 3 batteries", "lvad", True),
    ("Provided hemodynamic monitoring of post-op cardiac surgery patients", "hemodynamic-monitoring", False),
    ("Repaired hemodynamic monitors in the CVICU", "hemodynamic-monitoring", True),
    ("Serviced GE Optima CT 540 scanners", "ge-optima-ct540", True),
    ("Serviced GE Optima CT-660 scanners", "ge-optima-ct660", True),
    ("Commissioned the Optima CT 580 RT simulator", "ge-optima-ct580", True),
    ("Installed a GE Optima MR 450w", "ge-optima-mr450w", True),
    ("Ramped the GE Discovery MR 750w magnet", "ge-discovery-mr750w", True),
    ("Discovery IGS-740 angio suite", "ge-discovery-igs-740", True),
    ("Supported GE Discovery XR650 rooms", "ge-discovery-xr650", True),
    ("Supported GE Discovery XR656 rooms", "ge-discovery-xr650", False),
    ("Philips Radiography 7000C installation", "philips-radiography-7000c", True),
    ("Calibrated Carestream DRX 1 panels", "carestream-drx-1", True),
    ("Carestream DRX-1C detector", "carestream-drx-1", False),
    ("Constancy checks on the CRC 55tR dose calibrator", "capintec-crc-55tr", True),
    ("Constancy checks on the CRC 25PET dose calibrator", "capintec-crc-25pet", True),
    ("Constancy checks on the CRC 15R dose calibrator", "capintec-crc-15r", True),
    ("Ran body box QC on the MGC Platinum Elite", "mgc-platinum-elite", True),
    ("Platinum Elite member of the frequent flyer program", "mgc-platinum-elite", False),
    ("Checked out the Mindray WATO EX-35 anesthesia machine", "mindray-wato-series", True),
    ("Daily QC on the PET CT scanner", "pet-ct", True),
    ("Scheduled a pet CT for dogs at the veterinary clinic", "pet-ct", False),
    ("Probe testing on the GE Vivid S60N", "ge-vivid-s60", True),
    ("Installed the Siemens Luminos Agile Max in room 4", "siemens-luminos-agile", False),
    ("Installed the Siemens Luminos Agile Max in room 4", "siemens-luminos-agile-max", True),
    ("Serviced the Siemens Luminos Agile fluoroscopy room", "siemens-luminos-agile", True),
    ("Repaired the Philips BV Libra C-arm", "philips-bv-c-arm", True),
    ("Repaired the Philips BV Pulsera C-arm", "philips-bv-pulsera", True),
    ("Handled sealed sources and performed leak tests", "sealed-source-handling", True),
    ("Handling of sealed sources for nuclear medicine", "sealed-source-handling", True),
    ("Ordered sealed sources for the hot lab", "sealed-source-handling", False),
    ("Scanned with Butterfly iQ+ probes in the ED", "butterfly-iq", True),
    ("Drew blood with butterfly needles for IQ testing", "butterfly-iq", False),
    ("Replaced the Millennium 80-leaf MLC motors", "varian-millennium-80", True),
    ("Repaired Mobilett XP portables", "siemens-mobilett", True),
    ("Calibrated the Ingenuity CT tube", "philips-ingenuity-ct", True),
    ("Showed ingenuity ct scanning the backlog", "philips-ingenuity-ct", False),
    ("Swapped detector modules on Optima CT scanners", "ge-optima-ct", True),
    ("Cold head service on the Optima MR scanner", "ge-optima-mr", True),
]


def test_pass17_2_concepts_are_filed_as_what_they_are(vocabulary):
    assert "ge-discovery-xr" in vocabulary.ancestors("ge-discovery-xr650")
    agile_max = vocabulary.ancestors("siemens-luminos-agile-max")
    assert "siemens-luminos" in agile_max and "siemens-luminos-agile" not in agile_max


def test_pass17_2_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
