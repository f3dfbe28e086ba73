"""Faults the fourteenth pass found in lot 2 (equipment, imaging and imaging informatics concepts), each with
the line that showed it and one of the concept's own sense: generic phrases of other trades read as imaging
informatics or medical terms (community disaster recovery after a hurricane, an IRB's study routing, a
satellite's image routing, consumer electronics' device interoperability, a cell biologist's uptake probe,
focused-ultrasound research as a physical therapy unit); lemma readings of a verb (a research study that split
or merged cohorts as PACS study QC, "merged PACS archives" and "merge cardio and strength training" as
Merative products); an acronym with another meaning in the same field (VNA, the vector network analyzer that
tunes MRI coils, now its own concept); a product line's name inside another product's name (Fujifilm Synapse
Cardiovascular and Synapse 3D as the PACS); a maker's other product line (Codonics' syringe label printers as
its film printer); another company's product (LightSpeed Systems' web filter as the GE CT); lowercase legal
"discovery 690 pages" as the GE PET/CT; and a source that did not say what the concept is."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Tuned MRI RF coils with a VNA and spectrum analyzer in the imaging lab", "vna", False),
    ("Used a VNA to measure S-parameters of antennas for the storage array", "vna", False),
    ("Migrated studies from PACS to the VNA", "vna", True),
    (
        "Tuned MRI RF coils with a VNA and spectrum analyzer in the imaging lab",
        "vector-network-analyzer",
        True,
    ),
    ("VNA migration from the legacy PACS archive", "vector-network-analyzer", False),
    ("Calibrated the vector network analyzer", "vector-network-analyzer", True),
    (
        "Ensured device interoperability across Bluetooth headsets and smartphones",
        "medical-device-interoperability",
        False,
    ),
    ("Device interoperability of infusion pumps with the EHR", "medical-device-interoperability", True),
    ("Measured glucose uptake with a fluorescent uptake probe", "thyroid-uptake-system", False),
    ("Daily QC of the uptake probe in nuclear medicine", "thyroid-uptake-system", True),
    ("The study split participants into two groups", "imaging-study-qc", False),
    ("The study merged data from three cohorts", "imaging-study-qc", False),
    ("Performed study merges and splits in PACS", "imaging-study-qc", True),
    ("Study routing to IRB for approval of new protocols", "dicom-routing", False),
    ("Image routing for the satellite ground station", "dicom-routing", False),
    ("Configured image routing from the modalities to PACS", "dicom-routing", True),
    ("Disaster recovery case manager for FEMA after Hurricane Ian", "disaster-recovery", False),
    ("Coordinated disaster recovery grants for the county housing program", "disaster-recovery", False),
    ("Tested the disaster recovery plan for the EHR", "disaster-recovery", True),
    ("Reviewed discovery 690 pages of documents", "ge-discovery-690", False),
    ("Discovery 690 PET/CT", "ge-discovery-690", True),
    ("Answered discovery 710 requests for the firm", "ge-discovery-710", False),
    ("Scanned patients on the Discovery 710 PET/CT", "ge-discovery-710", True),
    ("Administered LightSpeed Systems content filtering for students", "ge-lightspeed", False),
    ("Scanned on the LightSpeed VCT", "ge-lightspeed", True),
    (
        "Performed therapeutic ultrasound research on HIFU tumor ablation",
        "therapeutic-ultrasound-unit",
        False,
    ),
    ("Therapeutic ultrasound and TENS for patients in outpatient PT", "therapeutic-ultrasound-unit", True),
    ("Merged PACS archives from the two hospitals after the acquisition", "merge-pacs", False),
    ("Merge PACS records for duplicate patients", "merge-pacs", False),
    ("Administered Merge PACS for radiology", "merge-pacs", True),
    ("Designed programs that merge cardio and strength training", "merge-cardio", False),
    ("Administered Merge Cardio for the echo lab", "merge-cardio", True),
    ("Merged hemo and chemistry reports", "merge-hemo", False),
    ("Merge Hemo in the cath lab", "merge-hemo", True),
    ("Maintained Codonics printers for syringe labels in the OR", "codonics-horizon", False),
    ("Replaced film in the Codonics printer for ultrasound prints", "codonics-horizon", True),
    ("Administered Fujifilm Synapse Cardiovascular for the cath lab", "fujifilm-synapse", False),
    (
        "Administered Fujifilm Synapse Cardiovascular for the cath lab",
        "fujifilm-synapse-cardiovascular",
        True,
    ),
    ("Built 3D reconstructions on Fujifilm Synapse 3D", "fujifilm-synapse", False),
    ("Built 3D reconstructions on Fujifilm Synapse 3D", "fujifilm-synapse-3d", True),
    ("Administered Fujifilm Synapse PACS for radiology", "fujifilm-synapse", True),
]


def test_pass14_2_concepts_are_filed_as_what_they_are(vocabulary):
    assert "FDA" in vocabulary.concepts["surgical-equipment"].source
    assert vocabulary.concepts["vector-network-analyzer"].category.value == "test_equipment"
    assert "electronic-test-equipment" in vocabulary.ancestors("vector-network-analyzer")
    assert "cvis" in vocabulary.ancestors("fujifilm-synapse-cardiovascular")
    assert "pacs" not in vocabulary.ancestors("fujifilm-synapse-cardiovascular")
    assert "image-processing-workstation" in vocabulary.ancestors("fujifilm-synapse-3d")


def test_pass14_2_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
