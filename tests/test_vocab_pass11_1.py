"""Concepts of the riskiest part of the first lot fixed after reading them against other trades, each with a
line the vocabulary matched before and the same forms in their own sense.

Forms another trade reads: a power plant's "water chemistry system" as a chemistry analyzer; a start-up's
"POC device" (proof of concept) as a point-of-care device; a gas diluter of an emissions bench as the
laboratory's automatic diluter; Mettler Toledo's truck and retail scales as its laboratory balances (the
context words "scale", "weighing" and "weights" are gone); Hollister's Vapro catheters as the Vapro
osmometer;
a parking garage's licence plate readers as the microplate reader, and a stage lighting photometer as the
laboratory photometer (it now needs a laboratory word); Honda's XR Series motorcycles as the Sysmex
XR-Series (in lot 2). A wrong fact: a barcode scanner is no kind of
laboratory equipment (shops and warehouses use them) and cited a label printer's source; it now stands alone,
on both tracks.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Ran the water chemistry system at the power plant", "chemistry-analyzer", False),
    ("Chemistry system maintenance on the core lab analyzers", "chemistry-analyzer", True),
    ("Built a POC device for the investor demo", "poc-analyzer", False),
    ("Trained nurses on the POC device for glucose testing", "poc-analyzer", True),
    ("Calibrated the gas diluter for the emissions bench", "diluter", False),
    ("Loaded the diluter for serum dilutions", "diluter", True),
    ("Installed Mettler Toledo truck scales at the warehouse", "mettler-toledo-balance", False),
    ("Mettler Toledo analytical balance calibration", "mettler-toledo-balance", True),
    ("Scanned specimen labels with the barcode scanner", "barcode-scanner", True),
    ("Taught patients self-catheterization with Vapro catheters", "vapro-osmometer", False),
    ("Ran sweat chloride and Vapro osmolality", "vapro-osmometer", True),
    ("Installed license plate readers at the parking garage", "plate-reader", False),
    ("Automatic plate reader cameras for toll roads", "plate-reader", False),
    ("ELISA on the plate reader", "plate-reader", True),
    ("Light meter and photometer for stage lighting", "photometer", False),
    ("Checked the photometer wavelength accuracy with filters", "photometer", True),
    ("Rebuilt Honda XR Series dirt bikes", "sysmex-xr", False),
    ("XR-Series analyzers in the core lab", "sysmex-xr", True),
]


def test_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_a_barcode_scanner_is_no_laboratory_equipment(vocabulary):
    concept = vocabulary.concepts["barcode-scanner"]
    assert concept.broader == () and concept.track.value == "both"
    assert "Brady" not in concept.source
