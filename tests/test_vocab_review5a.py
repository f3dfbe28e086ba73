"""The fifth review of a sample, first half: one line per fix, each failing on the vocabulary before it.

Lumped tests, platforms, credentials and models are their own concepts, wrong forms and facts are gone, and
forms with another sense count only with their own words nearby; the second table checks that the guarded
forms still count in their own sense, the third that the new concepts keep the other sense out, and the last
that each new concept stands under its parent.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_FIFTH_REVIEW_KEEPS_DISTINCT_THINGS_APART_CASES = [
    # anaerobic-culture: the anaerobe jar is a device used for the culture
    ("Set up anaerobe jars for the micro bench", "anaerobic-culture", False),
    ("Set up anaerobe jars for the micro bench", "anaerobe-jar", True),
    # blood-gas-analysis-method: COHb and MetHb tests are narrower; SpCO is not co-oximetry of blood
    ("Measured carboxyhemoglobin levels on the ABL800", "blood-gas-analysis-method", False),
    ("Measured carboxyhemoglobin levels on the ABL800", "carboxyhemoglobin-testing", True),
    ("Reported methemoglobin measurement", "blood-gas-analysis-method", False),
    ("Reported methemoglobin measurement", "methemoglobin-testing", True),
    (
        "Masimo Rad-57 pulse CO-oximeter for noninvasive carboxyhemoglobin (SpCO) screening",
        "blood-gas-analysis-method",
        False,
    ),
    ("CO-ox panel on the ABL90", "blood-gas-analysis-method", True),
    # bls-cpr: BLS, a CPR card and the lay First Aid/CPR course are three credentials; BLS and CPR guarded
    ("Heartsaver First Aid/CPR AED, 2022", "bls-cpr", False),
    ("Heartsaver First Aid/CPR AED, 2022", "first-aid-cpr-certification", True),
    ("CPR/AED certified", "bls-cpr", False),
    ("CPR/AED certified", "cpr-certification", True),
    ("Performed CPR on patients", "bls-cpr", False),
    ("Wrote the BLS firmware module", "bls-cpr", False),
    ("Bureau of Labor Statistics (BLS) data analysis", "bls-cpr", False),
    ("Tested the BLS ambulance stretchers", "bls-cpr", False),
    # crp-testing: hs-CRP is its own test
    ("Ordered hs-CRP and lipid panel", "crp-testing", False),
    ("Ordered hs-CRP and lipid panel", "hs-crp-testing", True),
    # draeger-atlan (and its Dräger siblings): context words match in any case, so 'OR' was every 'or'
    ("Metadata cataloged in Atlan or Collibra", "draeger-atlan", False),
    ("Used Atlan for data governance or lineage", "draeger-atlan", False),
    ("Supported the Primus or Avaya phone system", "draeger-primus", False),
    ("Read Perseus or Theseus myths", "draeger-perseus", False),
    # firstcall-probe-tester: the aPerio is one model of the line, and not Leica's Aperio
    ("FirstCall aPerio probe testing", "firstcall-probe-tester", False),
    ("FirstCall aPerio probe testing", "leica-aperio", False),
    ("FirstCall aPerio probe testing", "firstcall-aperio", True),
    # laser-safety-officer: the role, its course and the two BLS certifications are four concepts
    ("CLSO, Board of Laser Safety", "laser-safety-officer", False),
    ("CLSO, Board of Laser Safety", "clso", True),
    ("Certified Medical Laser Safety Officer (CMLSO)", "cmlso", True),
    ("Completed laser safety officer training", "laser-safety-officer-training", True),
    # microarray: SNP array and array CGH are narrower platforms; CGH alone may be metaphase CGH
    ("SNP array analysis for copy number", "microarray", False),
    ("SNP array analysis for copy number", "snp-array", True),
    ("Array CGH for developmental delay", "microarray", False),
    ("Array CGH for developmental delay", "array-cgh", True),
    ("Metaphase comparative genomic hybridization on tumor cells", "microarray", False),
    (
        "Metaphase comparative genomic hybridization on tumor cells",
        "comparative-genomic-hybridization",
        True,
    ),
    # microscope: the photomicroscope is a narrower class
    ("Nikon photomicroscope for documentation", "microscope", False),
    ("Nikon photomicroscope for documentation", "photomicroscope", True),
    # parca-cpas: the CPAS is the Certified PACS Associate; the CPSA is another credential
    ("Certified PACS System Analyst (CPSA)", "parca-cpas", False),
    ("Certified PACS System Analyst (CPSA)", "parca-cpsa", True),
    ("Certified PACS Associate", "parca-cpas", True),
    # radiometer: a generic radiometer is not the maker
    ("Checked phototherapy lights with a radiometer", "radiometer", False),
    ("Calibrated the radiometer for the UV cabinet", "radiometer", False),
    ("Used a Radiometer to check bili light irradiance", "radiometer", False),
    # surgical-video-tower: telehealth and AV carts are not the surgical video stack
    ("Set up telehealth video carts on the med-surg units", "surgical-video-tower", False),
    ("Deployed video carts for virtual sitter program", "surgical-video-tower", False),
    ("Installed video towers for telemedicine", "surgical-video-tower", False),
    ("Video tower for the conference room AV system", "surgical-video-tower", False),
    ("Moved the video cart to the classroom", "surgical-video-tower", False),
    # turbidimetry: immunoturbidimetry is a narrower method
    ("Immunoturbidimetric assay for CRP", "turbidimetry", False),
    ("Immunoturbidimetric assay for CRP", "immunoturbidimetry", True),
]


def test_the_fifth_review_keeps_distinct_things_apart(checker):
    each_case(_THE_FIFTH_REVIEW_KEEPS_DISTINCT_THINGS_APART_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_FIFTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Performed anaerobic culture and anaerobe jar setup", "anaerobic-culture", True),
    ("Carboxyhemoglobin measurement by co-oximetry", "blood-gas-analysis-method", True),
    ("Carboxyhemoglobin measurement by co-oximetry", "carboxyhemoglobin-testing", True),
    ("COHb and MetHb by co-oximetry", "methemoglobin-testing", True),
    ("BLS, ACLS, PALS", "bls-cpr", True),
    ("AHA BLS Provider, exp. 2026", "bls-cpr", True),
    ("BLS and CPR certified", "bls-cpr", True),
    ("BLS and CPR certified", "cpr-certification", True),
    ("CPR certification required", "cpr-certification", True),
    ("CRP testing on cobas", "crp-testing", True),
    ("C-reactive protein", "crp-testing", True),
    ("Serviced Atlan A350 anesthesia machines", "draeger-atlan", True),
    ("Atlan units in the operating room", "draeger-atlan", True),
    ("Serviced Drager Primus or Fabius machines", "draeger-primus", True),
    ("Leica Aperio AT2 scanner", "leica-aperio", True),
    ("Aperio GT 450 whole slide scanner", "leica-aperio", True),
    ("FirstCall probe tester", "firstcall-probe-tester", True),
    ("LSO for the hospital laser program", "laser-safety-officer", True),
    ("Chromosomal microarray (CMA) analysis", "microarray", True),
    ("Microscope maintenance", "microscope", True),
    ("PARCA CPAS certified", "parca-cpas", True),
    ("Radiometer ABL90 blood gas analyzers", "radiometer", True),
    ("Radiometer Medical ABL90", "radiometer", True),
    ("Serviced the Radiometer AQT90 FLEX", "radiometer", True),
    ("Set up the video tower for laparoscopic cases", "surgical-video-tower", True),
    ("Stryker video cart and insufflator", "surgical-video-tower", True),
    ("Laparoscopic tower setup", "surgical-video-tower", True),
    ("Turbidimetric assay for cystatin C", "turbidimetry", True),
]


def test_forms_guarded_in_the_fifth_review_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_FIFTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_FIFTH_REVIEWS_NEW_CONCEPTS_KEEP_THE_OTHER_SENSE_OUT_CASES = [
    ("Performed CPR on patients", "cpr-certification", False),
    ("Serviced the LUCAS mechanical CPR device", "cpr-certification", False),
    (
        "Masimo Rad-57 pulse CO-oximeter for noninvasive carboxyhemoglobin (SpCO) screening",
        "carboxyhemoglobin-testing",
        False,
    ),
    ("Noninvasive carboxyhemoglobin screening in the ED", "carboxyhemoglobin-testing", False),
    ("LSO training for orthotic fitting", "laser-safety-officer-training", False),
    ("Community General Hospital (CGH) lab", "comparative-genomic-hybridization", False),
    ("CPSA compliance for consumer products", "parca-cpsa", False),
]


def test_the_fifth_reviews_new_concepts_keep_the_other_sense_out(checker):
    each_case(_THE_FIFTH_REVIEWS_NEW_CONCEPTS_KEEP_THE_OTHER_SENSE_OUT_CASES, line_check(checker))


_THE_FIFTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("anaerobe-jar", "laboratory-equipment", True),
    ("anaerobe-jar", "anaerobic-culture", False),
    ("carboxyhemoglobin-testing", "blood-gas-analysis-method", True),
    ("methemoglobin-testing", "blood-gas-analysis-method", True),
    ("bls-cpr", "cpr-certification", True),
    ("first-aid-cpr-certification", "cpr-certification", True),
    ("first-aid-cpr-certification", "first-aid-certification", True),
    ("first-aid-cpr-certification", "bls-cpr", False),
    ("hs-crp-testing", "crp-testing", True),
    ("firstcall-aperio", "firstcall-probe-tester", True),
    ("clso", "laser-safety-officer", True),
    ("cmlso", "laser-safety-officer", True),
    ("laser-safety-officer-training", "laser-safety-training", True),
    ("snp-array", "microarray", True),
    ("array-cgh", "microarray", True),
    ("array-cgh", "comparative-genomic-hybridization", True),
    ("comparative-genomic-hybridization", "microarray", False),
    ("photomicroscope", "microscope", True),
    ("parca-cpsa", "parca-cpas", False),
    ("immunoturbidimetry", "turbidimetry", True),
    ("immunoturbidimetry", "immunoassay", True),
]


def test_the_fifth_review_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_FIFTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


def test_the_fifth_review_corrects_names_and_long_forms(vocabulary):
    # the CPAS is the Certified PACS Associate; the maker's name alone is also a generic meter
    assert vocabulary.concepts["parca-cpas"].long_form == "Certified PACS Associate"
    assert vocabulary.concepts["parca-cpsa"].long_form == "Certified PACS System Analyst"
    assert vocabulary.concepts["radiometer"].name == "Radiometer Medical"
