"""Faults the sixteenth pass found in lot 2 (imaging, radiotherapy, sterile processing and bedside
equipment), each with the line that showed it and one of the concept's own sense: other trades' phrases
on unguarded forms (a drug-discovery infarct model read as the GE Discovery MI, a UK food-bag brand read
as the Siemens MULTIX, vintage aircraft read as biplane angiography, a water flosser and root canal
irrigation read as the sterile-processing ultrasonic irrigator, an e-commerce company read as the GE
LOGIQ e, a juice plant's flash sterilizer and an aseptic filler's peracetic acid sterilant read as
sterile-processing equipment, an Apollo Hospitals anesthesia department read as the Draeger Apollo, the
tube maker Stellant Systems read as the MEDRAD Stellant injector); and a form too narrow for the
concept's own wording (the spaced "SRT 100" of the Sensus superficial X-ray unit was missed), with
everyday forms of their own trade added ("BP cuffs", "polysomnography equipment").
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Drug discovery MI models in rats for the cardiology group", "ge-discovery-mi", False),
    ("Ran the Discovery MI PET/CT for oncology patients", "ge-discovery-mi", True),
    ("Installed GE Discovery MI Gen 2 scanners", "ge-discovery-mi", True),
    ("Multix cleaning products and freezer bags for the janitorial account", "siemens-multix", False),
    ("Serviced the MULTIX Impact room", "siemens-multix", True),
    ("Siemens Multix Fusion DR rooms", "siemens-multix", True),
    (
        "Restored fabric and rigging on vintage biplane systems for the airshow team",
        "biplane-angiography-system",
        False,
    ),
    ("Serviced biplane systems in the neuro IR suite", "biplane-angiography-system", True),
    (
        "Sold sonic irrigator and water flosser products at the dental counter",
        "ultrasonic-irrigator",
        False,
    ),
    (
        "Activated the irrigant with an ultrasonic irrigator during root canal therapy",
        "ultrasonic-irrigator",
        False,
    ),
    ("Loaded lumened instruments into the ultrasonic irrigator in decontam", "ultrasonic-irrigator", True),
    ("Cleaned lumens in the sonic irrigator before the washer", "ultrasonic-irrigator", True),
    ("Sales lead at Logiq e-commerce platform", "ge-logiq", False),
    ("Scanned with the LOGIQ e portable in the ED", "ge-logiq", True),
    ("Treated skin cancers on the Sensus SRT 100", "sensus-srt-100", True),
    ("Calibrated the SRT 100 superficial unit", "sensus-srt-100", True),
    ("Took SRT 100 introduction to surveying", "sensus-srt-100", False),
    ("Treated skin cancers on the SRT-100", "sensus-srt-100", True),
    ("Operated the flash sterilizer on the aseptic juice line", "flash-sterilizer", False),
    ("Ran the UHT flash sterilizer in the dairy plant", "flash-sterilizer", False),
    ("Ran flash sterilizers between cases in the OR", "flash-sterilizer", True),
    (
        "Cleaned the peracetic acid sterilant system on the aseptic filler",
        "liquid-chemical-sterilant-system",
        False,
    ),
    (
        "Loaded scopes into the peracetic acid sterilant system in the GI lab",
        "liquid-chemical-sterilant-system",
        True,
    ),
    ("Anesthesia technician in the Apollo anesthesia department, Chennai", "draeger-apollo", False),
    ("Serviced Apollo anesthesia machines", "draeger-apollo", True),
    ("Calibrated the Apollo anesthesia vaporizers and flow sensors", "draeger-apollo", True),
    ("Test technician at Stellant Systems building traveling wave tubes", "medrad-stellant", False),
    ("Stellant TWT amplifier burn-in and test", "medrad-stellant", False),
    ("Loaded syringes on the Stellant injectors in CT", "medrad-stellant", True),
    ("PM on Stellant contrast injectors", "medrad-stellant", True),
    ("Replaced BP cuffs and hoses on the vital signs monitors", "blood-pressure-cuff", True),
    ("Set up polysomnography equipment for overnight studies", "sleep-lab-equipment", True),
]


def test_pass16_lot2_lines(checker):
    each_case(_CASES, line_check(checker))
