"""A bare "networked devices" guarded by the word "monitor" no longer reads as networked medical devices.

An IT line about networked devices and network monitors in a retail chain read as networked medical devices,
because "monitor" and "monitors" were among the words that let the bare forms "networked devices",
"networked equipment", "device connectivity" and "clinical networking" count; network monitors are an IT
thing. The guard now asks for "patient monitor" or "patient monitors" instead, beside its clinical words.
Likewise a bare "embedding" counted beside any "block" or "blocks", so a machine-learning line about
embedding layers and transformer blocks read as tissue embedding; it now needs a paraffin block, tissue,
cassettes or another histology word.
The second table checks that the bare forms still count beside pumps, a hospital or patient monitors.

Further in the lot: an oil dipstick's "dipstick testing", a screening core's compound "drug library
management" and an athlete's "power conditioning" read as the urine dipstick, pump drug libraries and a
power conditioner, a utility's billing software as medical billing software, a builder's "Windows and doors"
as Microsoft Windows and Linux's iBus input method as Cerner's iBus; each now needs its own trade's words.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS11_5 = [
    # embedding: a machine-learning model's embedding layers and transformer blocks
    ("Fine-tuned embedding layers and transformer blocks for a search model", "embedding", False),
    # networked-medical-devices: IT network monitors
    (
        "Managed networked devices and network monitors for the retail chain",
        "networked-medical-devices",
        False,
    ),
    (
        "Set up networked equipment and uptime monitors for 40 branch offices",
        "networked-medical-devices",
        False,
    ),
]

_FORMS_GUARDED_IN_PASS11_5_STILL_COUNT_PASS11_5 = [
    ("Performed embedding of blocks and cassettes at the embedding center", "embedding", True),
    ("Handled embedding and sectioning of paraffin blocks", "embedding", True),
    (
        "Onboarded networked devices such as infusion pumps onto the hospital VLAN",
        "networked-medical-devices",
        True,
    ),
    (
        "Connected networked devices (patient monitors, ventilators) to the central station",
        "networked-medical-devices",
        True,
    ),
]


def test_other_trades_no_longer_read_as_ours_pass11_5(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS11_5, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass11_5(checker):
    each_case(_FORMS_GUARDED_IN_PASS11_5_STILL_COUNT_PASS11_5, line_check(checker))


_FURTHER_IN_THE_LOT = [
    ("Dipstick testing of engine oil levels on the fleet", "urine-dipstick", False),
    ("Dipstick testing of urine specimens", "urine-dipstick", True),
    ("Drug library management for the high-throughput screening core", "drug-library-updates", False),
    ("Drug library management for Alaris smart pumps", "drug-library-updates", True),
    ("Strength and power conditioning coach for the football team", "power-conditioner", False),
    ("Power conditioning for the MRI: isolation transformer and UPS", "power-conditioner", True),
    ("Implemented billing software for the utility company", "billing-coding-software", False),
    ("Billing software for CPT claims", "billing-coding-software", True),
    ("Installed Windows and doors for residential builds", "microsoft-windows", False),
    ("Windows and Linux servers", "microsoft-windows", True),
    ("Configured iBus input methods on Ubuntu", "cerner-careaware-ibus", False),
    ("iBus device connectivity for the ICU monitors", "cerner-careaware-ibus", True),
]


def test_forms_further_in_the_lot_read_only_in_their_own_sense(checker):
    each_case(_FURTHER_IN_THE_LOT, line_check(checker))
