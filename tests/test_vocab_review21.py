"""Faults the twenty-first review of a sample found, each with the line that showed it and one of the
concept's own sense: the phacoemulsification surgery read in 'phacoemulsification units' and 'machines'
(the machine is its own concept); the Dako Link software read in 'Dako Link 48', the stainer's short name;
a diabetes educator's 'TIR 30%' (time in range) and a machinist's 'TIR 30 microns' read as AAMI TIR30; the
mass spec's vacuum pumps read as the technique; conductivity meters, of labs, pharma and water plants,
filed as a kind of biomedical test equipment; dental cone-beam CT citing the intraoral X-ray rule as its
source."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Performed PMs and repairs on phacoemulsification units", "phaco-system", True),
    ("Phacoemulsification machine repair", "phaco-system", True),
    ("Assisted in phacoemulsification cataract surgery", "phacoemulsification", True),
    ("Assisted in phacoemulsification cataract surgery", "phaco-system", False),
    ("Operated Dako Link 48 and Ventana BenchMark ULTRA IHC stainers", "dako-autostainer-link-48", True),
    ("Managed staining protocols in Dako Link software", "dako-link", True),
    ("Improved clinic average TIR 30% to 62% via CGM coaching", "aami-tir30", False),
    ("Shaft runout held within TIR 30 microns", "aami-tir30", False),
    ("Cleaning verification per AAMI TIR 30", "aami-tir30", True),
    ("Validated cleaning per TIR30", "aami-tir30", True),
    ("Maintained the mass spec vacuum pumps and ion source", "mass-spectrometry", False),
    ("Serviced mass spec systems for Sciex", "mass-spectrometer", True),
    ("Developed LC mass spec methods for vitamin D", "mass-spectrometry", True),
]


def test_the_twenty_first_reviews_faults_are_fixed(checker, vocabulary):
    each_case(_CASES, line_check(checker))
    assert "biomedical-test-equipment" not in vocabulary.ancestors("conductance-meter")
    assert "892.1750" in vocabulary.concepts["dental-cbct"].source
