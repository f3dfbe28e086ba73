"""Faults the twentieth review of a sample found, each with the line that showed it and one of the concept's
own sense: a regulatory toxicologist's chemical safety reports and assessments read as everyday chemical
safety; the QIAsymphony SP & AS platform refused by the family's guard; a technician's 'bench test equipment
before returning it' (a verb) read as electronic test equipment; force gauges, electronic test equipment and
other instruments of many trades filed as kinds of biomedical test equipment; a hyphenated
'incentive-spirometer' read as the diagnostic spirometer; password management on the equipment track only;
the vendor Clinisys filed as a kind of LIS (its ICE is order communications); the SeqStudio 8 and 24 Flex
read as the first SeqStudio."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Authored Chemical Safety Reports (CSR) for REACH registration dossiers", "chemical-safety", False),
    (
        "Chemical safety assessment of cosmetic ingredients and food contact materials",
        "chemical-safety",
        False,
    ),
    ("Trained new staff in chemical safety and spill response", "chemical-safety", True),
    ("Maintained the QIAsymphony SP & AS", "qiagen-qiasymphony", True),
    ("QIAsymphony SP and AS modules for extraction and assay setup", "qiagen-qiasymphony", True),
    (
        "Troubleshoot, repair and bench test equipment before returning it to service",
        "electronic-test-equipment",
        False,
    ),
    ("Maintained bench test equipment including oscilloscopes", "electronic-test-equipment", True),
    ("Incentive-spirometer teaching for post-op patients", "spirometer", False),
    ("Serviced spirometers in the PFT lab", "spirometer", True),
    ("Fragment analysis on the SeqStudio 24 Flex Genetic Analyzer", "abi-seqstudio", False),
    ("Fragment analysis on the SeqStudio 24 Flex Genetic Analyzer", "abi-seqstudio-flex", True),
    ("Applied Biosystems SeqStudio 8 Flex", "abi-seqstudio-flex", True),
    ("Ran the SeqStudio for Sanger sequencing", "abi-seqstudio", True),
    ("Trained ward staff on Clinisys ICE order communications", "clinisys", True),
]


def test_the_twentieth_reviews_faults_are_fixed(checker, vocabulary):
    each_case(_CASES, line_check(checker))
    for cid in ("force-gauge", "electronic-test-equipment", "gaussmeter", "tachometer", "sound-level-meter"):
        assert "biomedical-test-equipment" not in vocabulary.ancestors(cid), cid
        assert "biomedical-test-equipment" in vocabulary.concepts[cid].related, cid
    assert "lis" not in vocabulary.ancestors("clinisys")
    assert vocabulary.concepts["password-management"].track.value == "both"
