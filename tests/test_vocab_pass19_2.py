"""Faults the nineteenth pass found in its second lot, each with the line that showed it and one of the
concept's own sense: a model's forms reading a different model whose name extends it (the Philips
Ingenuity Core in the Ingenuity Core 128; the GammaMedplus's family form GammaMed in the earlier GammaMed
12i), so the other model is its own concept; another setting's phrase on a short alias (a Navy veteran's
"vet x-ray technician" read as veterinary imaging); and a urology imaging table filed as a modality
rather than as equipment.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Installed the Philips Ingenuity Core 128 CT in room 2", "philips-ingenuity-core", False),
    ("Installed the Philips Ingenuity Core 128 CT in room 2", "philips-ingenuity-core128", True),
    ("Serviced the Ingenuity Core128 scanner in the ED", "philips-ingenuity-core128", True),
    ("Serviced the Philips Ingenuity Core CT in the ED", "philips-ingenuity-core", True),
    ("Serviced the Philips Ingenuity Core CT in the ED", "philips-ingenuity-core128", False),
    ("Source exchanges on the GammaMed 12i afterloader", "varian-gammamed", False),
    ("Source exchanges on the GammaMed 12i afterloader", "varian-gammamed-12i", True),
    ("Source exchanges on the GammaMedplus iX afterloader", "varian-gammamed", True),
    ("QA on the GammaMed HDR afterloader", "varian-gammamed", True),
    ("Installed the Siemens Biograph Vision Quadra PET/CT", "siemens-biograph-vision-quadra", True),
    ("Calibrated the Biograph Vision 600 PET/CT", "siemens-biograph-vision-quadra", False),
    ("Navy vet x-ray technician with 10 years in trauma imaging", "veterinary-imaging", False),
    ("Army vet x-ray tech seeking a radiology role", "veterinary-imaging", False),
    ("Maintained the vet x-ray unit at the animal hospital", "veterinary-imaging", True),
]


def test_pass19_2_lines(checker):
    each_case(_CASES, line_check(checker))


def test_pass19_2_concepts_are_filed_as_what_they_are(vocabulary):
    assert vocabulary.concepts["lithotripsy-imaging"].category.value == "equipment"
    assert "siemens-biograph-vision" in vocabulary.ancestors("siemens-biograph-vision-quadra")
    assert "philips-ingenuity-ct" in vocabulary.ancestors("philips-ingenuity-core128")
    assert "philips-ingenuity-core" not in vocabulary.ancestors("philips-ingenuity-core128")
    assert "hdr-afterloader" in vocabulary.ancestors("varian-gammamed-12i")
