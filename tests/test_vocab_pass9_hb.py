"""The pass over every file, laboratory instruments (the second half of the file): model names and codes that
read another sense, each with a line that failed before the pass and a line showing it still counts.

Guarded: Multiplate (a motorcycle clutch), enGen (the Engen fuel stations), Vision Max (eyeglass lenses), the
wax dispenser (a candle factory), Sysmex CS 2400 and CS 2500 (computer science courses), UN-2000 (a UN
dangerous-goods number), XR-1000 (the Harley-Davidson), Vizion (smart glasses), the water bath (canning),
DP 200 (a camera monitor), Aptio (AMI's BIOS), E170 (the Embraer jet), API 5000 (a wellhead pressure rating),
VIP 5 (concert tickets), Sofia 2 (an apartment listing) and the CS-Series (Bombardier's aircraft).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_INSTRUMENTS_PASS_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Bombardier CS Series aircraft maintenance", "sysmex-cs", False),
    ("Rebuilt the multiplate clutch on the race bike", "multiplate", False),
    ("Fuel attendant at the Engen service station", "ortho-engen", False),
    ("Vision Max eyeglass lenses and frames sales", "ortho-vision-max", False),
    ("Wax dispenser maintenance at the candle factory", "paraffin-dispenser", False),
    ("Took CS 2500 Data Structures and CS 2400 Algorithms", "sysmex-cs-2500", False),
    ("Took CS 2500 Data Structures and CS 2400 Algorithms", "sysmex-cs-2400", False),
    ("Packed UN-2000 celluloid shipments per IATA", "sysmex-un-2000", False),
    ("Restored a Harley-Davidson XR-1000 motorcycle", "sysmex-xr-1000", False),
    ("Vizion smart glasses product launch", "thermo-sensititre-vizion", False),
    ("Water bath canning of tomatoes and jams", "water-bath", False),
    ("Shot the short film on a Canon DP 200 monitor setup", "ventana-dp-200", False),
    ("Updated the AMI Aptio BIOS on the workstations", "siemens-aptio", False),
    ("Embraer E170 and E175 line maintenance", "roche-modular-e170", False),
    ("API 5000 psi wellhead pressure testing", "sciex-api-5000", False),
    ("VIP 5 concert ticket packages", "sakura-vip-5", False),
    ("Sofia 2 bedroom apartment listing", "quidel-sofia-2", False),
]

_FORMS_GUARDED_IN_THE_INSTRUMENTS_PASS_STILL_COUNT_CASES = [
    ("Sysmex CS-Series coagulation analyzers", "sysmex-cs", True),
    ("Multiplate platelet aggregation (ADP, ASPI tests)", "multiplate", True),
    ("Multiplate", "multiplate", True),
    ("Ortho enGen automation line in the core lab", "ortho-engen", True),
    ("Ortho Vision Max blood bank analyzer", "ortho-vision-max", True),
    ("Paraffin wax dispenser in the histology lab", "paraffin-dispenser", True),
    ("Sysmex CS-2500 coagulation analyzer", "sysmex-cs-2500", True),
    ("CS 2400 and CS 2500 coag analyzers", "sysmex-cs-2400", True),
    ("Sysmex UN-2000 urinalysis line", "sysmex-un-2000", True),
    ("Sysmex XR-1000 hematology analyzer", "sysmex-xr-1000", True),
    ("Sensititre Vizion for MIC plate reading", "thermo-sensititre-vizion", True),
    ("37 C water bath for the blood bank", "water-bath", True),
    ("Ventana DP 200 slide scanner", "ventana-dp-200", True),
    ("Siemens Aptio automation track", "siemens-aptio", True),
    ("Aptio", "siemens-aptio", True),
    ("Roche Modular E170 immunoassay analyzer", "roche-modular-e170", True),
    ("SCIEX API 5000 LC-MS/MS", "sciex-api-5000", True),
    ("Tissue-Tek VIP 5 and VIP 6 tissue processors", "sakura-vip-5", True),
    ("Quidel Sofia 2 flu and strep antigen testing", "quidel-sofia-2", True),
]


def test_the_instruments_pass_keeps_other_senses_out(checker):
    each_case(_THE_INSTRUMENTS_PASS_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_instruments_pass_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_INSTRUMENTS_PASS_STILL_COUNT_CASES, line_check(checker))
