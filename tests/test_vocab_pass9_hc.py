"""The pass over every file, imaging: forms that read another trade's sense, each with a line that failed
before the pass and a line showing the form still counts in its own sense.

Guarded: GE HiSpeed (broadband), GE Mac-Lab (a school's Mac lab, ADInstruments' MacLab), the image
intensifier's TV camera chain (broadcast), display calibration (video editing), the Cs-137 check source (a
nuclear density gauge), the cardiac EP lab (evoked potentials, patch-clamp research; renamed "Cardiac
electrophysiology lab"), the X-ray high-voltage cable (substation cables; renamed), MRI cryogen service (NMR
spectrometers), OSL dosimeters (the Oslo airport code), Allura (the food dye Allura Red), i-CAT (ICAT
proteomics labels), gamma camera linearity and uniformity corrections (ADC front ends, LED walls; the latter
renamed "Gamma camera uniformity calibration"), tube conditioning (guitar amplifiers), MRI receive, flex,
body and phased-array coils (wireless chargers, Rogowski coils, car springs), SABR (the baseball research
society), the linac solid-state modulator (radar; renamed), the Sumitomo MRI helium compressor (fab cryopumps;
renamed), advanced visualization and 3D workstations (BI dashboards, CAD), the physics survey (a survey
course), Philips Ingenia (Ingenia Communities), GE Allia (the Allia charity), HVL (HVAC ducts), the gradient
chain (machine learning), magnet quench (accelerator magnets) and portal imaging (a patient portal).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_IMAGING_PASS_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Installed HiSpeed internet for rural customers", "ge-hispeed", False),
    ("Managed the school's 30-seat Mac lab", "ge-mac-lab", False),
    ("Maintained the MacLab data acquisition system in the physiology teaching lab", "ge-mac-lab", False),
    ("Aligned TV camera chains in the broadcast studio", "fluoroscopy-image-intensifier", False),
    ("Display calibration of editing suites with CalMAN", "display-calibration", False),
    ("Calibrated the Troxler nuclear density gauge (Cs-137 source)", "cs-137-source", False),
    ("Scheduled patients in the EEG and EP lab (evoked potentials)", "ep-lab", False),
    ("Research assistant in a patch-clamp electrophysiology lab", "ep-lab", False),
    ("Spliced HV cables at the substation", "hv-cable", False),
    ("Cryogen fills on the NMR spectrometers", "mri-cryogen-service", False),
    ("OSL airport ground crew", "personal-dosimeter", False),
    ("Food dye analysis: Allura Red and tartrazine by HPLC", "philips-allura", False),
    ("ICAT labeling and LC-MS/MS proteomics", "kavo-i-cat", False),
    ("Applied linearity correction to the ADC front end", "linearity-calibration", False),
    ("Vacuum tube conditioning on guitar amplifiers", "xray-tube-seasoning", False),
    ("Designed wireless charging receive coils", "mri-receive-coil", False),
    ("Rogowski flex coils for current measurement", "mri-surface-coil", False),
    ("SABR member since 2015; baseball analytics", "sbrt", False),
    ("Solid-state modulators for radar transmitters", "solid-state-modulator", False),
    ("Sumitomo compressor service on the fab cryopumps", "sumitomo-helium-compressor", False),
    ("Built advanced visualization dashboards in Power BI", "image-processing-workstation", False),
    ("CAD designer on a 3D workstation (SolidWorks)", "image-processing-workstation", False),
    ("Took a physics survey course", "medical-physics-survey", False),
    ("Property manager at Ingenia Communities", "philips-ingenia", False),
    ("Uniformity correction on LED video walls", "uniformity-calibration", False),
    ("Patient portal imaging uploads", "epid", False),
    ("Volunteer at Allia housing charity", "ge-allia", False),
    ("HVL ducts in the HVAC retrofit", "half-value-layer", False),
    ("Gradient chain in the ML model", "mri-gradient", False),
    ("body coil spring replacement on the truck", "mri-transmit-coil", False),
    ("magnet quench testing at the accelerator lab", "mri-magnet-quench", False),
]

_FORMS_GUARDED_IN_THE_IMAGING_PASS_STILL_COUNT_CASES = [
    ("GE HiSpeed CT scanner PMs and tube changes", "ge-hispeed", True),
    ("Supported GE Mac-Lab hemodynamic recording in the cath lab", "ge-mac-lab", True),
    ("MacLab and CardioLab systems in the cath and EP labs", "ge-mac-lab", True),
    ("Replaced II tube on the OEC 9800 C-arm", "fluoroscopy-image-intensifier", True),
    ("Aligned the TV camera chain on the fluoroscopy room", "fluoroscopy-image-intensifier", True),
    ("Display calibration of PACS diagnostic monitors to DICOM GSDF", "display-calibration", True),
    ("Daily constancy on the dose calibrator with the Cs-137 source", "cs-137-source", True),
    ("Serviced the cardiac EP lab recording systems and X-ray", "ep-lab", True),
    ("EP labs and cath labs: Philips Allura and GE Innova", "ep-lab", True),
    ("Replaced the HV cables between the generator and the X-ray tube", "hv-cable", True),
    ("Cryogen fills on 1.5T and 3T MRI magnets", "mri-cryogen-service", True),
    ("Issued OSL dosimeter badges to radiology staff", "personal-dosimeter", True),
    ("Philips Allura Xper FD20 and Allura FD10 service", "philips-allura", True),
    ("Dental i-CAT cone beam CT installs", "kavo-i-cat", True),
    ("Linearity correction maps on the gamma cameras", "linearity-calibration", True),
    ("X-ray tube conditioning after the CT tube install", "xray-tube-seasoning", True),
    ("Tested MRI receive coils and phased array coils on the 3T scanner", "mri-receive-coil", True),
    ("Flex coils for the MRI scanner", "mri-surface-coil", True),
    ("SABR treatments on the TrueBeam linac", "sbrt", True),
    ("Replaced the solid-state modulator on the Elekta linac", "solid-state-modulator", True),
    ("Sumitomo compressor and coldhead swaps on MRI magnets", "sumitomo-helium-compressor", True),
    (
        "Advanced visualization workstations for CT and MRI (Vitrea, TeraRecon)",
        "image-processing-workstation",
        True,
    ),
    ("Annual physics survey of every X-ray room", "medical-physics-survey", True),
    ("Philips Ingenia 1.5T MRI", "philips-ingenia", True),
    ("Uniformity correction floods on the SPECT gamma cameras", "uniformity-calibration", True),
    ("GE Allia IGS angiography suite", "ge-allia", True),
    ("HVL measurement with the X-ray beam at 80 kVp", "half-value-layer", True),
    ("Gradient chain faults on the MRI scanner", "mri-gradient", True),
    ("Body coil replacement on the MRI scanner", "mri-transmit-coil", True),
    ("Magnet quench recovery on the MRI scanner", "mri-magnet-quench", True),
    ("Portal imaging panels on the Varian linacs", "epid", True),
    ("Uniformity calibration of the NM gamma camera", "uniformity-calibration", True),
]


def test_the_imaging_pass_keeps_other_senses_out(checker):
    each_case(_THE_IMAGING_PASS_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_imaging_pass_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_IMAGING_PASS_STILL_COUNT_CASES, line_check(checker))


def test_the_imaging_pass_names_the_own_sense(vocabulary):
    names = {cid: vocabulary.concepts[cid].name for cid in ("ep-lab", "hv-cable", "solid-state-modulator")}
    assert names == {
        "ep-lab": "Cardiac electrophysiology lab",
        "hv-cable": "X-ray high-voltage cable",
        "solid-state-modulator": "Linac solid-state modulator",
    }
