"""Terms a fifteenth round of held-out pairs (hyperbaric medicine, third-party ultrasound service, a Mohs
laboratory, a contract research organisation's central laboratory) named that the vocabulary lacked or knew
under one name only: the British TOE probe, the IAC's former commissions (ICAEL and its siblings) and its
initials beside an accreditation word, another maker's field modification instructions (FMIs), HBO for
hyperbaric oxygen therapy, the Navy's double-lock chamber (a multiplace one), wound care centers, the
chamber's inside attendant or tender, decompression sickness (DCS), obstetric and gynecologic ("women's
health") ultrasound, media sanitization under NIST SP 800-88, the hard disk drive, dermatopathology
(dermpath), the Mohs surgery a Mohs laboratory serves, Good Clinical Practice (ICH E6), Good Clinical
Laboratory Practice, good documentation practices (GDP), the ALCOA data integrity principles and change
control (IT's change management beside a ticketing word), equipment maintenance contracts as service
contracts, "IATA Dangerous Goods" written without "Regulations", and a zone valve showing work on the medical
gas system. Each short or common form counts only beside a
word of its own trade.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Leakage-tested TOE probes after every case", "tee-probe", True),
    ("Stubbed my toe probe-testing the old couch", "tee-probe", False),
    ("Kept the echo lab ICAEL accredited", "iac-accreditation", True),
    ("Completed FMIs and FCOs on Philips EPIQ systems", "field-change-orders", True),
    ("Sent FMI FoundationOne CDx send-outs for solid tumors", "field-change-orders", False),
    ("Ran HBO treatments in two monoplace chambers", "hyperbaric-oxygen-therapy", True),
    ("Cancelled the HBO Max subscription for the break room", "hyperbaric-oxygen-therapy", False),
    ("Inside tender for 300+ chamber dives", "hyperbaric-inside-attendant", True),
    ("Treated DCS/AGE in the recompression chamber", "decompression-sickness", True),
    ("Migrated the refinery's Honeywell DCS to Experion", "decompression-sickness", False),
    ("Serviced general, cardiac and OB/GYN ultrasound systems", "obgyn-ultrasound", True),
    ("Front desk, Women's Health clinic", "obgyn-ultrasound", False),
    ("Wiped HDDs per NIST SP 800-88 before disposal", "nist-sp-800-88", True),
    ("Wiped HDDs per NIST SP 800-88 before disposal", "hard-disk-drive", True),
    ("Drive sanitization of returned ultrasound systems", "media-sanitization", True),
    ("Ran dives in the SNDL at the dive school", "sndl-chamber", True),
    ("PRN monoplace dives at a wound center", "wound-care", True),
    ("IAC accreditation support for the echo lab", "iac-accreditation", True),
    ("IAC Interactive, ad sales account manager", "iac-accreditation", False),
    ("Packed dermpath send-outs for the reference lab", "dermatopathology", True),
    ("Processed tissue for Mohs micrographic surgery", "mohs-micrographic-surgery", True),
    ("Tested minerals on the Mohs hardness scale", "mohs-micrographic-surgery", False),
    ("Follow GDP; document deviations, CAPA and change control", "good-documentation-practices", True),
    ("Follow GDP; document deviations, CAPA and change control", "change-control", True),
    ("GDP grew 2% last quarter", "good-documentation-practices", False),
    ("ICH E6(R3) GCP training, 2025", "good-clinical-practice", True),
    ("Deployed the API on GCP and AWS", "good-clinical-practice", False),
    ("GCLP clinical trials laboratory", "good-clinical-laboratory-practice", True),
    ("Records kept to ALCOA+ principles", "data-integrity-alcoa", True),
    ("Ran change management in ServiceNow for the biomed group", "change-control", True),
    ("Led organizational change management for the merger", "change-control", False),
    ("Kept uptime on maintenance contracts for 40 ultrasound systems", "vendor-management", True),
    ("Bid HOA lawn maintenance contracts", "vendor-management", False),
    ("Current IATA Dangerous Goods certification", "dot-iata-regulations", True),
]


def test_a_zone_valve_shows_work_on_the_medical_gas_system(vocabulary):
    assert "medical-gas-zone-valve" in vocabulary.showing("medical-gas-system")


def test_round15_terms_read_in_their_own_sense_only(checker):
    each_case(_CASES, line_check(checker))
