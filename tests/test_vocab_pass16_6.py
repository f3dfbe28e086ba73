"""Faults the sixteenth pass found in lot 6 (software, standards, test equipment and titles), each with the
line that showed it and one of the concept's own sense. Other trades' phrases on unguarded names and aliases:
an aquarium's black piranha read as RTI's X-ray multimeter, a nursing sim lab's birthing manikin as the fetal
monitor simulator, a finance dashboard's "integrating indicators" as sterilization integrators, a substation's
CT engineer as the CT scanner engineer, agronomy and adhesives field application specialists as the
diagnostics title, a first name (Dragen, MAUDE) as a product or database; short codes in room numbers and
course numbers (ST90, ASL 5000); an alias naming more than its concept (FDA blood regulations as 21 CFR 606);
guards too strict for the concept's own lines (IGV beside reads, SNVs, somatic calls; an RT Structure Set
beside contours); and a phantom filed under radiation therapy QA although anthropomorphic phantoms serve
diagnostic imaging too.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Aquarium retail: cared for black piranha and cichlids", "rti-piranha", False),
    ("Measured kVp with the Black Piranha", "rti-piranha", True),
    ("QA of radiographic rooms with a Black Piranha", "rti-piranha", True),
    ("Maintained the Gaumard maternal/fetal simulator in the nursing sim lab", "fetal-simulator", False),
    (
        "Ran shoulder dystocia scenarios on the fetal simulator with nursing students",
        "fetal-simulator",
        False,
    ),
    ("Tested fetal monitors with a fetal simulator", "fetal-simulator", True),
    ("Checked the toco and ultrasound channels with the maternal/fetal simulator", "fetal-simulator", True),
    ("MAUDE HENDERSON, RN", "fda-maude", False),
    ("Searched MAUDE for similar device failures", "fda-maude", True),
    ("MAUDE HENDERSON, CBET", "fda-maude", False),
    ("Checked MAUDE before buying the new pumps", "fda-maude", True),
    ("Sent the Black Piranha out for annual calibration", "rti-piranha", True),
    ("Reviewed the RT Structure Set for contour naming", "dicom-rt-structure-set", True),
    ("Pulled MAUDE reports on the pump model", "fda-maude", True),
    ("Room ST90, Building 4", "aami-st90", False),
    ("Gap analysis against ST90 for the SPD", "aami-st90", True),
    ("Office ST108, second floor", "aami-st108", False),
    ("ST108 water quality testing for the washers", "aami-st108", True),
    ("CT engineer at the substation, current transformer testing", "ct-service-engineer", False),
    ("CT engineer for Siemens scanners", "ct-service-engineer", True),
    ("Follow FDA blood regulations", "fda-21-cfr-606", False),
    ("Blood bank compliant with 21 CFR 606", "fda-21-cfr-606", True),
    ("Integrating indicators into the sales dashboard", "chemical-integrator", False),
    ("Placed integrating indicators in each tray", "chemical-integrator", True),
    ("Read integrating indicators after each steam cycle", "chemical-integrator", True),
    ("ASL 5000 level course in Deaf studies", "ingmar-asl-5000", False),
    ("Tested ventilators with the ASL 5000", "ingmar-asl-5000", True),
    ("ASL 5000 breathing simulator for vent PMs", "ingmar-asl-5000", True),
    ("Dragen Kowalski, site supervisor", "illumina-dragen", False),
    ("Ran DRAGEN for germline variant calling", "illumina-dragen", True),
    ("Dragen pipeline secondary analysis", "illumina-dragen", True),
    ("Field Application Specialist, crop protection and agronomy", "field-application-specialist", False),
    (
        "Field Applications Specialist for industrial adhesives and sealants",
        "field-application-specialist",
        False,
    ),
    (
        "Field Application Specialist for Beckman chemistry analyzers",
        "field-application-specialist",
        True,
    ),
    ("Adjusted IGV position on the compressor inlet", "igv", False),
    ("Calculated IGV for Peru invoices", "igv", False),
    ("Inspected read coverage in IGV before sign-out", "igv", True),
    ("Reviewed SNVs and indels in IGV", "igv", True),
    ("Visually confirmed somatic calls in IGV", "igv", True),
    ("Used an anthropomorphic phantom for CT dose studies", "anthropomorphic-phantom", True),
]


def test_pass16_6_concepts_are_filed_as_what_they_are(vocabulary):
    anthropomorphic = vocabulary.ancestors("anthropomorphic-phantom")
    assert "rt-qa-phantom" not in anthropomorphic
    assert "biomedical-test-equipment" in anthropomorphic


def test_pass16_6_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
