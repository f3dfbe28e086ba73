"""Model codes, acronyms and single words that read another trade's thing, one line per fix.

A Lufthansa flight number (LH 500), room and building numbers (C311, E801), plant and crop cytogenetics and
cytogeneticists, livestock and animal embryologists (cattle embryo transfer), the National Geodetic Survey's
benchmarks, datasheets and OPUS (NGS), the New International Version of the Bible (NIV), the butyl benzyl
phthalate plasticiser (BBP), a vehicle programme's start of production (SOP), the colour-matching
spectrophotometers of paint stores, print shops and dye houses, and the bricklayer's, the picture framer's and
the furniture maker's stretchers, a racing wing's Gurney flap and a Mr. Gurney no longer read as the Beckman
Coulter LH 500, the cobas c 311 and e 801, clinical cytogenetics, the clinical (IVF) embryologist,
next-generation sequencing, non-invasive ventilation, the OSHA bloodborne pathogens standard, standard
operating procedures, the laboratory spectrophotometer and the patient stretcher. Cytogenetics, Embryologist,
Spectrophotometer and Stretcher were concept names and so could carry no guard: the concepts are renamed
Clinical cytogenetics, Clinical embryologist, Laboratory spectrophotometer and Patient stretcher, the old
names kept as guarded aliases. The second table checks that each guarded form, and each old name alone on a
line, still counts in its own sense. Facts corrected: the LH 500, the Atellica IM 1300 and the VITROS XT 3400
cited another model (the LH 750, the IM 1600, the XT 7600) as their source.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_KEPT_OUT_PASS10_3 = [
    # beckman-lh-500: the Lufthansa flight
    ("Booked Lufthansa flight LH 500 to Rio", "beckman-lh-500", False),
    # roche-cobas-c311 / roche-cobas-e801: room and building numbers
    ("Classes held in room C311", "roche-cobas-c311", False),
    ("Office in Building E801", "roche-cobas-e801", False),
    ("Report to Room E801", "roche-cobas-e801", False),
    # cytogenetics / cytogenetic-technologist: plant and crop cytogenetics
    ("Plant cytogeneticist in the wheat breeding program", "cytogenetic-technologist", False),
    ("Cytogeneticist, wheat and barley breeding program", "cytogenetic-technologist", False),
    ("Plant cytogenetics research on maize chromosomes", "cytogenetics", False),
    ("Cytogenetics of wheat and rye hybrids", "cytogenetics", False),
    # embryologist: livestock and animal embryologists
    ("Bovine embryologist for a cattle embryo transfer company", "embryologist", False),
    ("Livestock embryologist, equine breeding farm", "embryologist", False),
    ("Embryologist at Trans Ova Genetics flushing donor cows", "embryologist", False),
    ("Embryologists for the dairy herd program", "embryologist", False),
    # ngs: the National Geodetic Survey
    ("Tied the survey to NGS benchmarks and CORS stations", "ngs", False),
    ("Downloaded NGS datasheets for control monuments", "ngs", False),
    ("Processed GPS data with NGS OPUS", "ngs", False),
    # noninvasive-ventilation: the New International Version of the Bible
    ("Taught Sunday school from the NIV Bible", "noninvasive-ventilation", False),
    ("Led NIV study Bible group", "noninvasive-ventilation", False),
    # osha-bloodborne-pathogens: butyl benzyl phthalate
    ("Formulated PVC compounds with BBP plasticizer", "osha-bloodborne-pathogens", False),
    ("Tested toys for BBP and DEHP phthalates", "osha-bloodborne-pathogens", False),
    # standard-operating-procedures: an automotive programme's start of production
    ("Supported the vehicle program from PPAP to SOP", "standard-operating-procedures", False),
    ("Launched production at SOP for the new model year", "standard-operating-procedures", False),
    # spectrophotometer: paint, print and textile colour matching
    ("Matched paint colors with the X-Rite spectrophotometer", "spectrophotometer", False),
    ("Used a spectrophotometer for color matching in the print shop", "spectrophotometer", False),
    ("Color spectrophotometer for textile dyeing", "spectrophotometer", False),
    ("Operated the spectrophotometer to match paint formulas", "spectrophotometer", False),
    ("Spectrophotometer readings for ink density on press", "spectrophotometer", False),
    # stretcher: masonry, canvas and furniture stretchers; the Gurney flap and Mr. Gurney
    ("Laid brick in stretcher bond", "stretcher", False),
    ("Stretchers laid in Flemish bond", "stretcher", False),
    ("Built canvas stretcher frames for the gallery", "stretcher", False),
    ("Installed stretcher bars on canvas", "stretcher", False),
    ("Replaced chair stretchers on antique furniture", "stretcher", False),
    ("Designed a Gurney flap for the race car wing", "stretcher", False),
    ("Reported to Mr. Gurney, plant manager", "stretcher", False),
]

_GUARDED_FORMS_STILL_COUNT_PASS10_3 = [
    ("LH 500", "beckman-lh-500", True),
    ("Maintained the Beckman Coulter LH 500 hematology analyzer", "beckman-lh-500", True),
    ("c311", "roche-cobas-c311", True),
    ("Ran chemistries on the Roche c311", "roche-cobas-c311", True),
    ("e801", "roche-cobas-e801", True),
    ("Maintained the cobas e801 module", "roche-cobas-e801", True),
    ("Cytogeneticist", "cytogenetic-technologist", True),
    ("Cytogeneticist performing karyotypes and FISH on bone marrow", "cytogenetic-technologist", True),
    ("Cytogenetics", "cytogenetics", True),
    ("Clinical cytogenetics", "cytogenetics", True),
    ("Karyotyping in the cytogenetics laboratory", "cytogenetics", True),
    ("Embryologist", "embryologist", True),
    ("Embryologists", "embryologist", True),
    ("Clinical embryologist", "embryologist", True),
    ("Senior embryologist performing ICSI and vitrification", "embryologist", True),
    ("NGS", "ngs", True),
    ("Ran NGS libraries on the MiSeq", "ngs", True),
    ("NIV", "noninvasive-ventilation", True),
    ("Set up NIV on the V60 ventilator", "noninvasive-ventilation", True),
    ("BBP", "osha-bloodborne-pathogens", True),
    ("Completed annual BBP training", "osha-bloodborne-pathogens", True),
    ("SOP", "standard-operating-procedures", True),
    ("Followed SOP for specimen rejection", "standard-operating-procedures", True),
    ("Wrote SOPs for the chemistry section", "standard-operating-procedures", True),
    ("Spectrophotometer", "spectrophotometer", True),
    ("Spectrophotometers", "spectrophotometer", True),
    ("Laboratory spectrophotometer", "spectrophotometer", True),
    ("Calibrated the spectrophotometer for colorimetric assays", "spectrophotometer", True),
    ("Stretcher", "stretcher", True),
    ("Stretchers", "stretcher", True),
    ("Patient stretcher", "stretcher", True),
    ("Replaced casters on stretchers and exam tables", "stretcher", True),
    ("gurney", "stretcher", True),
    ("Repaired gurneys in the ED", "stretcher", True),
]


def test_other_trades_are_kept_out_pass10_3(checker):
    each_case(_OTHER_TRADES_KEPT_OUT_PASS10_3, line_check(checker))


def test_guarded_forms_still_count_pass10_3(checker):
    each_case(_GUARDED_FORMS_STILL_COUNT_PASS10_3, line_check(checker))


def test_renamed_to_the_own_sense_pass10_3(vocabulary):
    assert vocabulary.concepts["cytogenetics"].name == "Clinical cytogenetics"
    assert vocabulary.concepts["embryologist"].name == "Clinical embryologist"
    assert vocabulary.concepts["spectrophotometer"].name == "Laboratory spectrophotometer"
    assert vocabulary.concepts["stretcher"].name == "Patient stretcher"


def test_sources_name_the_model_itself_pass10_3(vocabulary):
    assert "LH 750" not in vocabulary.concepts["beckman-lh-500"].source
    assert "IM 1600" not in vocabulary.concepts["siemens-atellica-im-1300"].source
    assert "XT 7600" not in vocabulary.concepts["vitros-xt-3400"].source
    assert "XT 3400" in vocabulary.concepts["vitros-xt-3400"].source
