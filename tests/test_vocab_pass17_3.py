"""Faults the seventeenth pass found in lot 3, each with the line that showed it and one of the concept's own
sense: sibling models' lines read as the wrong model or their own spellings missed (Ion S5 Plus and Prime
read as the original Ion S5, IVOS 2 missed, the Maxwell CSC 48, the Scopio X100 HT and the OsmoPRO MAX read
as their older siblings); resume verb wording of techniques and skills missed (replaced CT tubes, graded
blastocysts, cultured embryos to blastocyst); other trades' phrases read as this field's concepts (personal
noise dosimetry, a poultry hatchery's assisted hatching, a CNC plasma center, a donor centre's malaria
screening questions, a molecular diagnostics platform company); collecting blood gases read as the testing;
and a gross imaging camera filed as a grossing workstation (and so as a fume hood).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Ran the Ion S5 Prime for tumor panels", "ion-s5", False),
    ("Ran the Ion S5 Prime for tumor panels", "ion-genestudio-s5-prime", True),
    ("Loaded chips on the Ion S5 Plus", "ion-s5", False),
    ("Loaded chips on the Ion S5 Plus", "ion-genestudio-s5-plus", True),
    ("Sequenced hotspot panels on the Ion S5", "ion-s5", True),
    ("Semen analysis on the IVOS 2 CASA", "hamilton-thorne-ivos-ii", True),
    ("Semen analysis on the IVOS 2 CASA", "hamilton-thorne-ivos", False),
    ("Trained staff on the IVOSII", "hamilton-thorne-ivos-ii", True),
    ("Nucleic acid extraction on the Maxwell CSC 48", "promega-maxwell-csc", False),
    ("Nucleic acid extraction on the Maxwell CSC 48", "promega-maxwell-csc-48", True),
    ("Extracted DNA on the Maxwell CSC-48", "promega-maxwell-csc-48", True),
    ("Extracted DNA on the Promega Maxwell CSC", "promega-maxwell-csc", True),
    ("Reviewed blood smears on the Scopio X100 HT", "scopio-labs", False),
    ("Reviewed blood smears on the Scopio X100 HT", "scopio-x100ht", True),
    ("Reviewed blood smears on the Scopio X100", "scopio-labs", True),
    ("Serum osmolality on the OsmoPRO MAX", "advanced-instruments-osmopro", False),
    ("Serum osmolality on the OsmoPRO MAX", "advanced-instruments-osmopro-max", True),
    ("Serum osmolality on the Advanced Instruments OsmoPRO", "advanced-instruments-osmopro", True),
    ("Replaced CT tubes on GE Revolution scanners", "ct-tube-replacement", True),
    ("Replaced the CT tube on the Somatom", "ct-tube-replacement", True),
    ("Graded blastocysts using Gardner criteria", "blastocyst-grading", True),
    ("Cultured embryos to blastocyst stage", "blastocyst-culture", True),
    ("Personal dosimetry for noise exposure in the stamping plant", "personal-dosimetry", False),
    ("Managed the personal dosimetry program for radiology staff", "personal-dosimetry", True),
    ("Operated the CNC plasma center and press brake", "plasma-center", False),
    ("Plasma center technician: donor screening and plasmapheresis", "plasma-center", True),
    ("Asked malaria screening questions at donor intake", "malaria-testing", False),
    ("Malaria screening by thick and thin smears", "malaria-testing", True),
    ("Drew blood gases on ventilated patients as an RN", "blood-gas-testing", False),
    ("Blood gases drawn by RT before transport", "blood-gas-testing", False),
    ("Ran blood gases on the GEM Premier 5000", "blood-gas-testing", True),
    ("Field service for a molecular diagnostics platform company", "molecular-analyzer", False),
    ("Validated assays on the molecular diagnostics platform", "molecular-analyzer", True),
    ("Assisted hatching and sexing of chicks at the poultry hatchery", "assisted-hatching", False),
    ("Performed assisted hatching on day 3 embryos", "assisted-hatching", True),
]


def test_pass17_3_concepts_are_filed_as_what_they_are(vocabulary):
    assert "promega-maxwell" in vocabulary.ancestors("promega-maxwell-csc-48")
    assert "promega-maxwell-csc" not in vocabulary.ancestors("promega-maxwell-csc-48")
    assert "osmometer" in vocabulary.ancestors("advanced-instruments-osmopro-max")
    assert "advanced-instruments-osmopro" not in vocabulary.ancestors("advanced-instruments-osmopro-max")
    macropath = vocabulary.ancestors("milestone-macropath")
    assert "grossing-workstation" not in macropath and "fume-hood" not in macropath
    assert "laboratory-equipment" in macropath


def test_pass17_3_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
