"""Vocabulary the twelfth held-out round showed missing: commercial driver's licences by class (a CDL-A is a
Class A CDL and a driver's licence, never a Class B), the MRI shop's 'LHe top-offs' for helium fills and the
Sumitomo F-70 and CSW-71 helium compressors, a Ge-68 cylinder phantom as a sealed source, BD's Alaris Systems
Manager as 'ASM' beside the Alaris system's words (never the American Society for Microbiology), dangerous
goods shipping training as the IATA/DOT certification; and what a concept shows experience of: an LIS of a
LIMS, CLIA of a CLIA-certified laboratory, an infusion device analyzer of performance verification, EAP-TLS
of WPA2, alarm fatigue work of alarm management. A resume naming a thing as not used ('not yet on MedNet')
does not hold it."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_ROUND_12_FORMS_CASES = [
    ("Massachusetts CDL-A with air brakes, 2020", "cdl-class-a", True),
    ("CDL Class B", "cdl-class-b", True),
    ("Valid CDL", "commercial-drivers-license", True),
    ("Massachusetts CDL-A with air brakes, 2020", "cdl-class-b", False),
    ("Magnet work: LHe top-offs, coldhead swaps", "helium-fill", True),
    ("Sumitomo F-70 and CSW-71 compressors on the 1.5T magnets", "sumitomo-helium-compressor", True),
    ("Sumitomo F-70 compressor on the cryopump in the wafer fab", "sumitomo-helium-compressor", False),
    ("Ge-68 cylinder phantom for PET daily QC", "ge-68-source", True),
    ("Guardrails data set releases through ASM", "bd-alaris-systems-manager", True),
    ("ASM member; presented at ASM Microbe 2024", "bd-alaris-systems-manager", False),
    ("UN3373 / Category B biological substance shipping training, 2024", "dot-iata-certification", True),
    ("Epic-to-pump programming go-live", "infusion-pump-integration", True),
]

_ROUND_12_STATUSES_CASES = [
    ("Massachusetts CDL-A with air brakes, 2020", "Class A CDL", "cdl-class-a", "synonym"),
    ("Massachusetts CDL-A with air brakes, 2020", "Valid driver's license", "drivers-license", "related"),
    ("CDL-B, 2019", "Class A CDL", "cdl-class-a", "missing"),
    ("Sumitomo F-70 compressors", "Maintain helium compressors", "mri-helium-compressor", "related"),
    ("Sunquest LIS administration", "Experience with a LIMS", "lims", "related"),
    ("CLIA and CAP checklists", "Experience in a CLIA-certified laboratory", "clia-certificate", "related"),
    (
        "Flow and occlusion testing on the Fluke IDA-5",
        "Performance verification",
        "performance-verification",
        "related",
    ),
    ("EAP-TLS certificate renewals", "WPA2-Enterprise", "wpa2", "related"),
    ("Plum 360 pumps (standalone, not yet on MedNet)", "ICU Medical MedNet", "icu-medical-mednet", "missing"),
    ("Plum 360 pumps on ICU Medical MedNet", "ICU Medical MedNet", "icu-medical-mednet", "literal"),
]


def test_round_12_forms(checker):
    each_case(_ROUND_12_FORMS_CASES, line_check(checker))


def test_round_12_statuses(checker):
    each_case(_ROUND_12_STATUSES_CASES, status_check(checker))
