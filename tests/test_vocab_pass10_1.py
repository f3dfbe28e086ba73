"""Forms that read another trade's sense: one line per fix, each failing on the vocabulary before it.

NASA's Advanced Solid Rocket Motor (ASRM); the South African IT company BCX; the FDA, the trade union of
senior UK civil servants; New York's public school PS 320; a vivid 7-inch display; a military family's PCS
moves and post-concussion syndrome (PCS 2); Abu Dhabi's International Holding Company, Intermountain's IHC
Health Services, the Taj hotels' IHC and IHC tractors; the International Society of Hypertension and the
International School of Hamburg (ISH); Tyler Junior College (TJC); the Danish investment fund IFU; mushroom
growers' mycology; ARK's 3D printing ETF (PRNT); people named Pronk; winery, brewery, coolant and gemstone
refractometers; Western Australia's School Curriculum and Standards Authority (SCSA); motion picture film
laboratories' sensitometers; juvenile justice's Standardized Program Evaluation Protocol (SPEP); a forklift's
MAX 4000 lb capacity; the Australian Standard AS 1200 for pressure equipment; and the Turkish mobile operator
Avea no longer read as the American Society for Reproductive Medicine, blood cultures, the U.S. FDA, the Fluke
PS320 fetal simulator, the GE Vivid 7, the Haemonetics PCS2, immunohistochemistry, in situ hybridization, The
Joint Commission, a manufacturer's instructions for use, clinical mycology, the plaque reduction
neutralization test, Pronk Technologies, the laboratory refractometer, the sperm chromatin structure assay,
the X-ray film sensitometer, serum protein electrophoresis, the Standard Imaging MAX 4000 electrometer, the
Varian aS1200 imager and the AVEA ventilator. ASRM, FDA, Mycology, Refractometer and Sensitometer were names
of their own; the concepts are now named American Society for Reproductive Medicine, U.S. FDA, Clinical
mycology, Laboratory refractometer and X-ray film sensitometer, with the old name a guarded form. The second
table checks that each guarded form still counts in its own sense and that each old name alone still counts.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS10_1 = [
    # asrm: NASA's Advanced Solid Rocket Motor
    ("Worked on the ASRM advanced solid rocket motor program at NASA", "asrm", False),
    ("Shuttle ASRM propulsion engineer at Thiokol", "asrm", False),
    # blood-culture: the South African IT company
    ("Service desk analyst at BCX, a South African IT company", "blood-culture", False),
    # fda: the UK civil servants' union
    ("Branch representative for the FDA union of senior civil servants", "fda", False),
    # fluke-ps320: New York's public school
    ("Taught fourth grade at PS320 in the Bronx", "fluke-ps320", False),
    ("Taught fourth grade at PS 320 in the Bronx", "fluke-ps320", False),
    # ge-vivid-7: a vivid display
    ("Installed the Sharp vivid 7 inch display panels", "ge-vivid-7", False),
    ("vivid 7 colour LED strip", "ge-vivid-7", False),
    # haemonetics-pcs2: military moves and post-concussion syndrome
    ("Completed PCS 2 times in four years as an Army spouse", "haemonetics-pcs2", False),
    ("Relocated via PCS 2 times with my Army spouse", "haemonetics-pcs2", False),
    ("PCS-2 orders to Fort Bragg", "haemonetics-pcs2", False),
    ("Diagnosed PCS 2 weeks after concussion", "haemonetics-pcs2", False),
    # immunohistochemistry: a holding company, a health system, hotels and tractors
    ("Financial analyst at IHC in Abu Dhabi", "immunohistochemistry", False),
    ("Analyst, IHC Capital Holding", "immunohistochemistry", False),
    ("Nurse at IHC Health Services, Salt Lake City", "immunohistochemistry", False),
    ("Front office associate at IHC Taj Hotels", "immunohistochemistry", False),
    ("Restored IHC Farmall tractors", "immunohistochemistry", False),
    # in-situ-hybridization: the hypertension society and a school
    ("Member of the ISH hypertension guideline committee", "in-situ-hybridization", False),
    ("Taught grade 5 at ISH, the International School of Hamburg", "in-situ-hybridization", False),
    # joint-commission: Tyler Junior College
    ("Graduated from TJC in Tyler, Texas", "joint-commission", False),
    ("Nursing student at TJC, Tyler Junior College", "joint-commission", False),
    # manufacturer-ifu: the Danish investment fund
    (
        "Investment officer at IFU, the Danish investment fund for developing countries",
        "manufacturer-ifu",
        False,
    ),
    # mycology: mushroom growing
    ("Amateur mycology and mushroom foraging; grew oyster mushroom spawn", "mycology", False),
    ("Mushroom farm mycology lab: spawn production and substrate sterilization", "mycology", False),
    # prnt: the 3D printing ETF
    ("Managed positions in ARKK and PRNT ETFs", "prnt", False),
    # pronk: a person
    ("Reported to Jan Pronk, plant manager", "pronk", False),
    # refractometer: winery, fleet shop and gemstone refractometers
    ("Measured Brix with a refractometer at the winery", "refractometer", False),
    ("Checked coolant freeze point with a refractometer in the fleet shop", "refractometer", False),
    ("Gemologist: identified stones with a refractometer and polariscope", "refractometer", False),
    # scsa: Western Australia's School Curriculum and Standards Authority
    ("Developed WACE courses for the SCSA in Western Australia", "scsa", False),
    ("Completed SCSA professional learning on WACE assessment", "scsa", False),
    # sensitometer: a motion picture film laboratory
    ("Ran sensitometer strips for the motion picture film lab", "sensitometer", False),
    # spep: the juvenile justice Standardized Program Evaluation Protocol
    ("Scored juvenile justice programs with the SPEP protocol", "spep", False),
    # standard-imaging-max-4000: a load capacity
    ("Forklift capacity MAX-4000 lbs", "standard-imaging-max-4000", False),
    ("Rated load MAX 4000 kg", "standard-imaging-max-4000", False),
    ("Capacity: MAX 4000 lbs", "standard-imaging-max-4000", False),
    # varian-as1200: the Australian Standard for pressure equipment
    ("Designed pressure vessels to AS1200", "varian-as1200", False),
    # vyaire-avea: the Turkish mobile operator
    ("Network engineer at AVEA, the Turkish GSM operator", "vyaire-avea", False),
]

_FORMS_GUARDED_IN_PASS10_1_STILL_COUNT_PASS10_1 = [
    ("Member of ASRM; embryology lab director", "asrm", True),
    ("ASRM", "asrm", True),
    ("American Society for Reproductive Medicine", "asrm", True),
    ("Drew BCX from two sites per protocol", "blood-culture", True),
    ("BCX", "blood-culture", True),
    ("Prepared 510(k) submissions for the FDA", "fda", True),
    ("Complied with FDA and European Union MDR requirements", "fda", True),
    ("FDA", "fda", True),
    ("U.S. FDA", "fda", True),
    ("Calibrated fetal monitors with the PS320", "fluke-ps320", True),
    ("Trained students on the PS320 fetal simulator", "fluke-ps320", True),
    ("Serviced the Vivid 7 echo machine", "ge-vivid-7", True),
    ("Ran plasma collections on the PCS2", "haemonetics-pcs2", True),
    ("Ran plasma collections on the PCS 2", "haemonetics-pcs2", True),
    ("Performed IHC on the BenchMark ULTRA", "immunohistochemistry", True),
    ("Performed ISH for HER2", "in-situ-hybridization", True),
    ("Taught students ISH scoring for HER2", "in-situ-hybridization", True),
    ("Prepared for TJC surveys", "joint-commission", True),
    ("Prepared for TJC and College of American Pathologists inspections", "joint-commission", True),
    ("Followed the IFU for cleaning scopes", "manufacturer-ifu", True),
    ("Followed IFU; investigated nonconformances", "manufacturer-ifu", True),
    ("Worked in the mycology bench identifying yeasts", "mycology", True),
    ("Mycology: identified molds growing on Sabouraud agar", "mycology", True),
    ("Mycology", "mycology", True),
    ("Clinical mycology", "mycology", True),
    ("Performed PRNT for West Nile confirmation", "prnt", True),
    ("Prepared virus stocks for PRNT confirmation", "prnt", True),
    ("Pronk tester and simulators for SpO2", "pronk", True),
    ("Pronk Technologies", "pronk", True),
    ("Checked urine specific gravity with a refractometer", "refractometer", True),
    ("Maintained refractometer and urinalysis machines", "refractometer", True),
    ("Refractometer", "refractometer", True),
    ("Laboratory refractometer", "refractometer", True),
    ("Performed SCSA on semen samples", "scsa", True),
    ("Ran daily sensitometer strips on the mammography processor", "sensitometer", True),
    (
        "Ran sensitometer and densitometer QC; checked viewbox luminance with a photometer",
        "sensitometer",
        True,
    ),
    ("Sensitometer", "sensitometer", True),
    ("X-ray film sensitometer", "sensitometer", True),
    ("Performed SPEP and immunofixation", "spep", True),
    ("Calibrated the MAX 4000 electrometer", "standard-imaging-max-4000", True),
    ("Replaced the aS1200 imager panel", "varian-as1200", True),
    ("Commissioned aS1200 EPIDs at an Australian cancer centre", "varian-as1200", True),
    ("Serviced AVEA ventilators", "vyaire-avea", True),
    ("Followed the AVEA operator's manual for PM", "vyaire-avea", True),
]

_RENAMED_IN_PASS10_1 = {
    "asrm": "American Society for Reproductive Medicine",
    "fda": "U.S. FDA",
    "mycology": "Clinical mycology",
    "refractometer": "Laboratory refractometer",
    "sensitometer": "X-ray film sensitometer",
}


def test_other_trades_no_longer_read_as_ours_pass10_1(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS10_1, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass10_1(checker):
    each_case(_FORMS_GUARDED_IN_PASS10_1_STILL_COUNT_PASS10_1, line_check(checker))


def test_names_that_read_another_sense_are_renamed_pass10_1(vocabulary):
    wrong = {
        c: vocabulary.concepts[c].name
        for c, n in _RENAMED_IN_PASS10_1.items()
        if vocabulary.concepts[c].name != n
    }
    assert not wrong, wrong
