"""Faults the sixteenth pass found in lot 1 (apheresis, device security, endoscopy and the clinical equipment
list), each with the line that showed it and one of the concept's own sense: a standard filed under the field
it serves (AAMI TIR97 under medical device cybersecurity) and a sigmoidoscope filed under the flexible GI
scopes though rigid ones are common; unguarded names read in other trades (aviation borescopes, food and
bottled-water ozone sterilizers, Lafarge's Agilia concrete, the lender Progressa, a neural network's image
segmentation, pressure vessel sealing systems, transdermal patch validation); bare model codes read in
addresses and room numbers (Unit 4008B, Room MR850); and guards or forms too strict for the concept's own
lines (ECP beside transplant rejection or UVADEX; ELI-380, LIFEPAK20e, LP-20e, Efficia DFM 100, PM-1000N,
Masimo Rad 97, BSM 6000, Belmont FMS2000, Tec6 Plus, GSS67H, Bellavista 1000).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Performed borescope inspections of jet engine turbines on the A320 fleet", "borescope", False),
    ("Ran a borescope through the boiler tubes and weld seams", "borescope", False),
    ("Inspected lumens with a borescope per AAMI ST91", "borescope", True),
    ("Borescope inspection of endoscope channels in SPD", "borescope", True),
    ("Operated the ozone sterilizer on the bottled water filling line", "ozone-sterilizer", False),
    ("Validated the ozone sterilizer for the OR instrument trays", "ozone-sterilizer", True),
    ("Placed Lafarge Agilia self-compacting concrete for the slab", "fresenius-agilia", False),
    ("Serviced Agilia syringe pumps", "fresenius-agilia", True),
    ("Updated drug libraries on the Agilia VP pumps", "fresenius-agilia", True),
    ("Loan officer at Progressa consumer finance", "hillrom-progressa", False),
    ("Repaired Progressa beds in the ICU", "hillrom-progressa", True),
    ("Serviced Hillrom Progressa+ and VersaCare frames", "hillrom-progressa", True),
    ("Trained a deep neural network segmentation model for liver CT", "network-segmentation", False),
    ("Built a convolutional network segmentation pipeline for brain MRI", "network-segmentation", False),
    ("Network segmentation of medical devices onto VLANs", "network-segmentation", True),
    ("Network segmentation for the MRI scanners and PACS", "network-segmentation", True),
    ("Designed pressure vessel sealing systems for the reactor plant", "vessel-sealing-system", False),
    ("Serviced LigaSure vessel sealing systems", "vessel-sealing-system", True),
    ("PMs on vessel sealing generators and electrosurgical units", "vessel-sealing-system", True),
    ("123 Main St, Unit 4008B, Springfield", "fresenius-4008b", False),
    ("Serviced Fresenius 4008B machines", "fresenius-4008b", True),
    ("Suite 4008H, Medical Arts Building", "fresenius-4008h", False),
    ("Replaced the 4008H hydraulics", "fresenius-4008h", True),
    ("Room MR850, Building 2", "fp-mr850", False),
    ("Replaced heater plates on MR850 humidifiers", "fp-mr850", True),
    ("Maintained ELI-380 electrocardiographs", "eli-380", True),
    ("Maintained ELI 380 carts", "eli-380", True),
    ("Swapped LIFEPAK20e monitors between crash carts", "lifepak-20e", True),
    ("Battery checks on the LP-20e defibrillators", "lifepak-20e", True),
    ("Swapped LP 20 lb propane tanks", "lifepak-20e", False),
    ("Tested Efficia DFM 100 energy output", "philips-efficia-dfm100", True),
    ("Philips DFM100 defibs in the ED", "philips-efficia-dfm100", True),
    ("Calibrated PM-1000N bedside oximeters", "nellcor-pm1000n", True),
    ("Deployed Masimo Rad 97 pulse CO-oximeters", "masimo-rad-97", True),
    ("Rad-97 oximeters on the med-surg floors", "masimo-rad-97", True),
    ("Serviced BSM 6000 monitors", "nihon-kohden-bsm-6000", True),
    ("Checked flow rates on the Belmont FMS2000", "belmont-fms-2000", True),
    ("Installed Tec6 Plus vaporizers", "ge-tec-6-plus", True),
    ("Completed PMs on Bellavista 1000 units", "bellavista-ventilator", True),
    ("Moved to Bellavista, Arkansas", "bellavista-ventilator", False),
    ("Transdermal patch validation studies for the nicotine line", "patch-validation", False),
    ("Patch validation of vendor updates before deployment to infusion pumps", "patch-validation", True),
    ("Deployed only validated patches from the manufacturer", "patch-validation", True),
    ("Enhanced Care Practitioner (ECP) for transplant patients", "extracorporeal-photopheresis", False),
    ("Ran ECP procedures for lung transplant rejection", "extracorporeal-photopheresis", True),
    ("ECP with UVADEX (methoxsalen)", "extracorporeal-photopheresis", True),
    ("Validated Getinge GSS67H sterilizers", "getinge-gss67", True),
]


def test_pass16_lot1_forms(checker):
    each_case(_CASES, line_check(checker))


def test_pass16_lot1_concepts_are_filed_as_what_they_are(vocabulary):
    tir97 = vocabulary.ancestors("aami-tir97")
    assert "medical-device-cybersecurity" not in tir97 and "aami-standards" in tir97
    sigmoidoscope = vocabulary.ancestors("sigmoidoscope")
    assert "flexible-endoscope" not in sigmoidoscope and "endoscope" in sigmoidoscope
