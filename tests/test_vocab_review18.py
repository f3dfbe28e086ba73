"""Faults the eighteenth review of a sample found, each with the line that showed it and one of the concept's
own sense: "cobas 6800/8800" read as the whole cobas molecular family and neither model (a product name's
model numbers joined by a slash are now each that model); a state's "Environmental Protection Agency" read
as U.S. EPA regulations; two branded plate readers sourced to O*NET's class entry; endoscopy equipment (GI,
pulmonary, urology as well) filed under surgical equipment, and an aircraft engine's industrial endoscopy
read as it; the Getinge GSS guard refusing every numbered model but the GSS67's own; an OR slush machine's
solution warmer read as a warming cabinet; an archive's Epson slide scanner for glass negatives read as a
pathology scanner; a plant pathologist's germ tube elongation read as the yeast test; IQMH, which still
runs Ontario's proficiency testing, read as Accreditation Canada Diagnostics; a wastewater plant's
bicarbonate mixers read as dialysis equipment; radiologists who read mammograms read as mammography
technologists; Quantum flash units read as QUANTA Flash assays; Accreditation Canada Diagnostics, which
accredits diagnostic imaging too, filed on the lab track only."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Ran HIV viral loads on the cobas 6800/8800 Systems", "roche-cobas-6800", True),
    ("Ran HIV viral loads on the cobas 6800/8800 Systems", "roche-cobas-8800", True),
    ("Calibrated ProSim 2/3/4 simulators", "fluke-prosim-4", True),
    ("Beckman DxC 600/800 chemistry", "beckman-dxc-800", True),
    ("Available 24/7 for on-call repairs", "fluke-prosim-4", False),
    (
        "Environmental Chemist | Illinois Environmental Protection Agency | 2015 - 2019",
        "epa-regulations",
        False,
    ),
    (
        "Analyzed drinking water samples for the Ohio Environmental Protection Agency",
        "epa-regulations",
        False,
    ),
    ("Waste handling per U.S. Environmental Protection Agency rules", "epa-regulations", True),
    ("Inspected aircraft engines using industrial endoscopy systems", "endoscopy-equipment", False),
    ("Repaired endoscopy systems and video processors", "endoscopy-equipment", True),
    ("PMs on Getinge GSS 610H steam sterilizers", "getinge-gss", True),
    ("Validated the Getinge GSS67 sterilizer", "getinge-gss67", True),
    ("Performed PMs on OR slush machines and solution warmers (Ecolab/ORS)", "fluid-warming-cabinet", False),
    ("Checked temperatures of the solution warmers in the OR corridor", "fluid-warming-cabinet", True),
    (
        "Digitized historic glass slides and negatives with an Epson slide scanner",
        "digital-pathology-scanner",
        False,
    ),
    ("Scanned H&E glass slides on the Aperio slide scanner", "digital-pathology-scanner", True),
    ("Measured spore germination and germ tube elongation of Botrytis cinerea", "germ-tube-test", False),
    ("Performed germ tube tests on yeast isolates", "germ-tube-test", True),
    ("Germ tube positive, reported as presumptive Candida albicans", "germ-tube-test", True),
    ("Enrolled the lab in IQMH proficiency testing surveys", "accreditation-canada-diagnostics", False),
    ("Enrolled the lab in IQMH proficiency testing surveys", "iqmh-proficiency-testing", True),
    (
        "Prepared for the Accreditation Canada Diagnostics assessment",
        "accreditation-canada-diagnostics",
        True,
    ),
    (
        "WWTP Operator II: maintained the bicarb mix tank for digester alkalinity",
        "bicarbonate-mixing-system",
        False,
    ),
    ("Operated bicarbonate mixers and polymer feed at the WWTP", "bicarbonate-mixing-system", False),
    (
        "Maintained the central bicarb system and acid concentrate loop for hemodialysis",
        "bicarbonate-mixing-system",
        True,
    ),
    (
        "Dedicated breast imagers and mammographers read all screening studies",
        "mammography-technologist",
        False,
    ),
    ("Lead mammographer, ARRT(M)", "mammography-technologist", True),
    ("Event photographer: Nikon D5 bodies, Quantum flash units", "werfen-quanta-flash", False),
    ("Ran QUANTA Flash CTD assays on the BIO-FLASH", "werfen-quanta-flash", True),
    ("Prepared CT and MRI for IQMH accreditation", "accreditation-canada-diagnostics", True),
]


def test_the_eighteenth_reviews_faults_are_fixed(checker, vocabulary):
    each_case(_CASES, line_check(checker))
    assert "surgical-equipment" not in vocabulary.ancestors("endoscopy-equipment")
    assert "medical-equipment" in vocabulary.ancestors("endoscopy-equipment")
    assert vocabulary.concepts["accreditation-canada-diagnostics"].track.value == "both"
    for cid in ("tecan-infinite", "thermo-multiskan"):
        assert "O*NET" not in vocabulary.concepts[cid].source, cid
