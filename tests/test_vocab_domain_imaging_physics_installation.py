"""Diagnostic imaging physics QA and imaging installation terms (vocab/imaging-physics-installation.yaml):
each concept read in its own sense, and each guarded form kept out of the other trades that share its words
(3D printers' DLP, British Columbia's DAP, the UK's HCAI, a brachytherapy source's reference air kerma rate,
plant vibration surveys, a sales ramp-up, a building's main distribution panel).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # dose quantities
    ("Measured CTDIvol on all CT scanners for the annual survey", "ct-dose-index", True),
    ("Recorded CTDIvol and DLP for each CT protocol", "dose-length-product", True),
    ("Printed surgical guides on the DLP resin 3D printer", "dose-length-product", False),
    ("Calculated SSDE for pediatric CT body exams", "size-specific-dose-estimate", True),
    ("Set up SSDE drives in the server rack", "size-specific-dose-estimate", False),
    ("Compared CT doses with national diagnostic reference levels", "diagnostic-reference-level", True),
    ("Benchmarked CT DRLs against the ACR Dose Index Registry", "diagnostic-reference-level", True),
    ("Filed the DRL paperwork for the county driver programme", "diagnostic-reference-level", False),
    ("Recorded kerma-area product for interventional fluoroscopy cases", "kerma-area-product", True),
    ("Logged DAP for every fluoroscopy case", "kerma-area-product", True),
    ("Prepared the lab for DAP accreditation in British Columbia", "kerma-area-product", False),
    ("Tracked cumulative air kerma on the interventional suite", "reference-air-kerma", True),
    ("Verified the reference air kerma rate of the Ir-192 HDR source", "reference-air-kerma", False),
    ("Estimated peak skin dose for long interventional cases", "peak-skin-dose", True),
    ("Managed the PSD and SDS paperwork for the paint shop", "peak-skin-dose", False),
    ("Patient follow-up after a substantial radiation dose level", "substantial-radiation-dose-level", True),
    ("SRDL notification for fluoroscopy patients over 5 Gy", "substantial-radiation-dose-level", True),
    # accreditation and phantoms
    ("Prepared the ACR CT accreditation submission", "acr-ct-accreditation", True),
    ("CTAP phantom images submitted to the ACR", "acr-ct-accreditation", True),
    ("Passed the ACR MRI accreditation with the large phantom", "acr-mri-accreditation", True),
    ("MRAP site renewal with ACR phantom testing", "acr-mri-accreditation", True),
    ("Maintained ACR mammography accreditation for three sites", "acr-mammography-accreditation", True),
    ("Submitted ACR ultrasound accreditation clinical images", "acr-ultrasound-accreditation", True),
    ("Scanned the ACR large phantom weekly", "acr-large-mri-phantom", True),
    ("ACR medium phantom on the extremity scanner", "acr-medium-mri-phantom", True),
    ("Legacy ACR small phantom on the 1.0T extremity unit", "acr-small-mri-phantom", True),
    ("Imaged the RMI 156 phantom for mammography QC", "rmi-156-phantom", True),
    ("Ultrasound QC with the CIRS 040GSE phantom", "cirs-040gse", True),
    ("Depth of penetration on the Gammex 403GS LE", "gammex-403", True),
    ("Placed the pencil chamber in the 32 cm CTDI phantom", "ctdi-phantom", True),
    ("Measured CTDI with a 100 mm pencil ion chamber", "ct-pencil-chamber", True),
    # mammography, credential, title
    (
        "Completed the MEE on the new tomosynthesis unit before clinical use",
        "mammography-equipment-evaluation",
        True,
    ),
    ("MEE students in the mechanical engineering programme", "mammography-equipment-evaluation", False),
    ("Must be a QMP in diagnostic medical physics", "qualified-medical-physicist", True),
    ("QMP trainee on the Qualified Medical Physicist pathway", "qualified-medical-physicist", True),
    (
        "Ran QMP sampling for the quality management plan in the warehouse",
        "qualified-medical-physicist",
        False,
    ),
    ("Imaging project manager for CT and MRI installs", "imaging-installation-project-manager", True),
    # AAPM and NCRP
    ("DR acceptance testing per TG-150", "aapm-tg150", True),
    ("CT simulator QA per TG-66", "aapm-tg66", True),
    ("Display QC per TG-270 and TG-18", "aapm-tg270", True),
    ("SSDE per TG-204", "aapm-tg204", True),
    ("CT performance evaluation per TG-233", "aapm-tg233", True),
    ("Exposure indicator per TG-116", "aapm-tg116", True),
    ("Fluoroscopy ABC testing per TG-125", "aapm-tg125", True),
    ("Radiographic QC following AAPM Report 74", "aapm-report-74", True),
    ("MRI acceptance testing following AAPM Report No. 100", "aapm-report-100", True),
    ("Shielding calculations per NCRP 49", "ncrp-49", True),
    ("Linac vault shielding per NCRP Report 151", "ncrp-151", True),
    ("Interventional dose management per NCRP 168", "ncrp-168", True),
    # dose monitoring
    ("Configured RDSR export from the CT scanners", "dicom-rdsr", True),
    ("Radiation Dose Structured Report from the angiography suite", "dicom-rdsr", True),
    ("Implemented the IHE REM profile for dose reporting", "ihe-rem", True),
    ("Administered Philips DoseWise Portal", "philips-dosewise-portal", True),
    ("Set dose alerts in Sectra DoseTrack", "sectra-dosetrack", True),
    ("Rolled out Qaelum DOSE across the network", "qaelum-dose", True),
    ("PACSHealth DoseMonitor dashboards for CT", "pacshealth-dosemonitor", True),
    ("Imalogix dose analytics for CT protocols", "imalogix", True),
    # installation site work
    ("Inspected the quench pipe run to the roof", "mri-quench-pipe", True),
    ("Tied the MRI heat exchanger into building chilled water", "chilled-water-system", True),
    ("Coordinated HVAC for the CT room heat load", "hvac-systems", True),
    ("Seismic anchoring of the CT gantry", "seismic-anchorage", True),
    ("OSHPD plan review for the MRI suite", "hcai-oshpd", True),
    ("HCAI seismic anchorage preapproval for the magnet", "hcai-oshpd", True),
    ("HCAI surveillance and hand hygiene audits on the wards", "hcai-oshpd", False),
    ("EMI site survey before the 3T install", "mri-emi-site-survey", True),
    ("Vibration survey of the MRI site slab", "vibration-site-survey", True),
    ("Vibration survey of plant pumps and fans", "vibration-site-survey", False),
    ("Ramped the magnet to 1.5 T after the helium fill", "mri-magnet-ramping", True),
    ("Magnet ramp-up after the install", "mri-magnet-ramping", True),
    ("Sales ramp-up for the new product line", "mri-magnet-ramping", False),
    ("Passive shimming of the 3T magnet", "mri-magnet-shimming", True),
    ("Located the main disconnect panel in the CT control room", "imaging-main-disconnect-panel", True),
    (
        "Replaced breakers in the main disconnect panel of the warehouse",
        "imaging-main-disconnect-panel",
        False,
    ),
    ("Main distribution panel MDP upgrade for the building", "imaging-main-disconnect-panel", False),
    ("MDP wall location for the MRI scanner", "imaging-main-disconnect-panel", True),
    ("Crane pick of the 1.5T magnet onto the roof", "crane-pick", True),
]


def test_imaging_physics_installation_concepts_are_filed_as_what_they_are(vocabulary):
    assert "acr-mri-phantom" in vocabulary.ancestors("acr-large-mri-phantom")
    assert "acr-mri-phantom" in vocabulary.ancestors("acr-medium-mri-phantom")
    assert "acr-mammography-phantom" in vocabulary.ancestors("rmi-156-phantom")
    assert "ultrasound-phantom" in vocabulary.ancestors("cirs-040gse")
    assert {"ct-phantom", "xray-test-equipment"} <= set(vocabulary.ancestors("ctdi-phantom"))
    assert "ionization-chamber" in vocabulary.ancestors("ct-pencil-chamber")
    assert "acr-accreditation" in vocabulary.ancestors("acr-ct-accreditation")
    assert "imaging-acceptance-testing" in vocabulary.ancestors("mammography-equipment-evaluation")
    assert "radiation-dose-monitoring" in vocabulary.ancestors("sectra-dosetrack")
    assert "dicom" in vocabulary.ancestors("dicom-rdsr")
    assert "site-survey" in vocabulary.ancestors("mri-emi-site-survey")
    assert "equipment-rigging" in vocabulary.ancestors("crane-pick")
    for report in ("aapm-tg150", "aapm-tg270", "aapm-report-74"):
        assert "aapm" in vocabulary.ancestors(report)
    assert vocabulary.concepts["qualified-medical-physicist"].category.value == "credential"


def test_imaging_physics_installation_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
