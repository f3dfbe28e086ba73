"""Laboratory instrument model codes and brand words that other trades use: one line per guard, and one per
corrected source.

Guarded: the ARCHITECT c4000, c8000 and c16000 codes against Xerox printers, Cisco routers and storage
nodes (beside their guard against Dell servers); i1000 and i2000 against network switches and POS
terminals; Synchron against the brain-computer interface company; VIRTUO against the car-rental app;
FocalPoint against the business coaching franchise; Veriti against consultancies; FlexLab against the
building test facility; Genexus against the low-code platform; Horizon Mini against compact excavators
(beside its guard against minibar fridges); "diagnostic analyzer" against engine diagnostics; "automated
specimen processor" (microbiology) against core-laboratory processors; G3+ (the i-STAT cartridge) against
safety-glass ratings. The lines for Xpert HR, Tigris object storage, the EP-3E ARIES II aircraft and a
Power Express courier check the guards those forms already carry; the TEG gas-plant and ACT Plus Writing
lines are in tests/test_vocab_pass9_ha.py. "Densitometer scanner" (a film or gel densitometer, not an
electrophoresis system) is no longer a form. Sources that named another maker or product are corrected
(Afinion, i-STAT 1, Biomek, NanoZoomer, the Coulter hematology and Synchron lines, QX600, PURELAB Chorus
and others). The second table checks that each guarded form still counts in its own sense.
"""

from __future__ import annotations

import pytest

from tests.conftest import each_case
from tests.test_vocab import line_check

_LAB_INSTRUMENT_CODES_AND_BRANDS_KEEP_OTHER_SENSES_OUT_CASES = [
    ("Managed Xerox VersaLink C8000 and C4000 printers", "abbott-architect-c8000", False),
    ("Managed Xerox VersaLink C8000 and C4000 printers", "abbott-architect-c4000", False),
    ("Deployed Cisco C8000 edge routers at branch offices", "abbott-architect-c8000", False),
    ("Built a render farm on C16000 storage nodes", "abbott-architect-c16000", False),
    ("Replaced the i2000 network switch in the closet", "abbott-architect-i2000", False),
    ("Sold i1000 POS terminals to retailers", "abbott-architect-i1000sr", False),
    ("Firmware engineer at Synchron, brain-computer interface startup", "beckman-synchron", False),
    ("Handled customer bookings on the Virtuo car rental app", "bact-alert-virtuo", False),
    ("Business coach at FocalPoint Coaching franchise", "bd-focalpoint", False),
    ("Analyst, Veriti Consulting LLC", "abi-veriti", False),
    ("Used Xpert HR for employee handbook updates", "cepheid-xpert-assays", False),
    ("Migrated backups to Tigris object storage", "hologic-tigris", False),
    ("Operated a Horizon Mini excavator on site", "horizon-mini-centrifuge", False),
    ("Ran daylighting studies at the FlexLab building test facility", "inpeco-flexlab", False),
    ("Genexus low-code developer for ERP screens", "ion-genexus", False),
    ("Flight engineer on EP-3E ARIES II aircraft", "luminex-aries", False),
    ("Driver for Power Express courier service", "beckman-power-express", False),
    ("Used an engine diagnostic analyzer on fleet trucks", "laboratory-analyzer", False),
    ("Installed an automated specimen processor for core lab", "microbiology-specimen-processor", False),
    ("Sold the G3+ rated safety glasses", "istat-g3", False),
    ("Calibrated the densitometer scanner for film QC", "electrophoresis-system", False),
]

_LAB_INSTRUMENT_CODES_AND_BRANDS_STILL_COUNT_CASES = [
    ("Ran ARCHITECT c8000 and c16000 chemistry analyzers", "abbott-architect-c8000", True),
    ("Ran ARCHITECT c8000 and c16000 chemistry analyzers", "abbott-architect-c16000", True),
    ("Daily maintenance on the c4000 analyzer", "abbott-architect-c4000", True),
    ("Ran i2000 immunoassays for thyroid panels", "abbott-architect-i2000", True),
    ("Abbott i1000 troubleshooting", "abbott-architect-i1000sr", True),
    ("Performed maintenance on Synchron LX20 chemistry analyzers", "beckman-synchron", True),
    ("Performed maintenance on Synchron LX20 chemistry analyzers", "beckman-synchron-lx20", True),
    ("Loaded blood culture bottles on the VIRTUO", "bact-alert-virtuo", True),
    ("Screened SurePath slides on the FocalPoint", "bd-focalpoint", True),
    ("Ran PCR on Veriti thermal cyclers", "abi-veriti", True),
    ("Performed Xpert MTB/RIF and Xpert C. diff testing", "cepheid-xpert-assays", True),
    ("Ran TEG 6s for massive transfusion in trauma", "haemonetics-teg", True),
    ("Ran Aptima assays on the Tigris", "hologic-tigris", True),
    ("Spun tubes in the Horizon Mini centrifuge", "horizon-mini-centrifuge", True),
    ("Maintained Inpeco FlexLab automation track", "inpeco-flexlab", True),
    ("Ran Oncomine panels on the Genexus", "ion-genexus", True),
    ("Ran GBS assays on the ARIES", "luminex-aries", True),
    ("Ran ACT Plus for heparin monitoring in the cath lab", "medtronic-act-plus", True),
    ("Loaded tubes on the Power Express automation line", "beckman-power-express", True),
    ("Maintained diagnostic analyzers in the clinical lab", "laboratory-analyzer", True),
    ("Automated specimen processor for urine cultures", "microbiology-specimen-processor", True),
    ("Ran i-STAT G3+ cartridges in the ICU", "istat-g3", True),
]


def test_lab_instrument_codes_and_brands_keep_other_senses_out(checker):
    each_case(_LAB_INSTRUMENT_CODES_AND_BRANDS_KEEP_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_lab_instrument_codes_and_brands_still_count_in_their_sense(checker):
    each_case(_LAB_INSTRUMENT_CODES_AND_BRANDS_STILL_COUNT_CASES, line_check(checker))


@pytest.mark.parametrize(
    ("concept_id", "wanted", "unwanted"),
    [
        ("abbott-afinion", "Afinion", "Tosoh"),
        ("abbott-istat-1", "i-STAT 1", "Alinity"),
        ("beckman-biomek", "Biomek", "Hamilton"),
        ("drucker-centrifuge", "Drucker", "Thermo"),
        ("horizon-mini-centrifuge", "Drucker", "Beckman"),
        ("hamamatsu-nanozoomer", "Hamamatsu", "Aperio"),
        ("beckman-au400", "AU400", "AU680"),
        ("beckman-dxh-600", "DxH 600", "Indiana"),
        ("coulter-stks", "STKS", "LH 750"),
        ("biorad-qx600", "QX600", "QX200"),
        ("elga-purelab-chorus", "ELGA", "CLSI"),
    ],
)
def test_lab_instrument_sources_name_the_right_maker_and_product(vocabulary, concept_id, wanted, unwanted):
    source = vocabulary.concepts[concept_id].source
    assert wanted in source
    assert unwanted not in source
