"""Forms that read another trade's sense, or whose context words were too general: one line per fix.

Pipeline RTU telemetry units, drone and wellhead telemetry transmitters (the form's own word was its
context), a vehicle and its telemetry, and the nursing ward called the telemetry unit or floor (and the
telemetry RN); wind-turbine and generator slip rings and brush blocks (a rotor is no CT word) and a PTZ
camera's slip ring; fire alarm panels' wireless detectors (and Siemens and GE security wireless detectors:
maker names that also sell fire and security systems are no longer its context words), the LCD trade's flat
panel displays (FPD, Canon's FPD lithography), a doctors' (Dr) panel and a disaster recovery (DR) panel
review; a warehouse's RFID asset tracking system; airport ramp apron inspections; construction rigging
slings beside a mechanical lift; a software stress test system's test cases; a pharmaceutical plant's RO
loop, product water loop and RO storage tank, lab water endotoxin filters, field water purification with
portable RO units and a desalination plant's RO membranes; Infinix smartphones; an F-16's fire control radar
(FCR); PET preforms, recycled PET, PET systems for bottle recycling, veterinary pet imaging and a game's pet
system; breast cancer MRI screening programmes; HDR video sources; vivid marketing; "access CT" scheduling;
vehicles' OBD diagnostic monitors; IGT slot machines in a casino suite; an event venue booked by GE; auto-
shop and jewellers' ultrasonic cleaners; HVAC smart pumps (and a Six Sigma project beside them); a robot
vision system's planar camera; a radar receiver's gain calibration; an acoustic calibrator's constancy
check; food irradiators' cobalt-60 units; the AEC (architecture, engineering and construction) trade's
survey; an agility head coach; a radar klystron's electron gun; tramp-metal ferromagnetic detectors at a
mine; "hybrid or remote" work; a thermoscan of switchgear; banks' pneumatic tube stations; inhalers' dose
reproducibility; panoramic photography units; an NMR spectrometer's superconducting magnet quench; a
histology paraffin bath changed by hand; nuclear power plant detector tuning; a non-invasive cardiovascular
imaging lab; Innova Solutions; IVF transport incubators; remote sensing laser imagers and a forensic medical
imager; an AMX control panel; nurses' spot vital signs; isolators' vaporized hydrogen peroxide
decontamination cycles; a qPCR Ct tube; the nuclear industry's portable gamma cameras for radiation surveys
and hot spots; a neuroscience laboratory's electrophysiology recording system and a neurodiagnostic evoked
potential (EP) recording system; Nd:YAG laser welders (the Nd:YAG forms now need the clinical words the YAG
forms need); the Linux kernel's TCP pacing; a phlebotomy tourniquet beside a BP cuff; the Maritime Labour
Convention (MLC 2006) beside a ship's beam and MLC NAND flash beside a hardware accelerator (the MLC form
was its own context word); and wavelengths in nanometres (340 nm, which the context word NM matched in the
gamma camera forms and in the uniformity, energy, linearity and centre-of-rotation calibrations, the Cs-137
source and the Philips Skylight) no longer read as ours.

The concepts whose names were themselves ambiguous are renamed (Diagnostic imaging display, Portable
dialysis RO unit, Ultrasonic instrument cleaner, MRI ferromagnetic detection system, Braun ThermoScan,
Hospital pneumatic tube system, X-ray dose reproducibility test, Dialysis RO membrane, Cardiac
electrophysiology recording system, Nuclear medicine gamma camera), the old name kept as a guarded form. The
Thermo Scientific TSX line holds freezers as well as refrigerators and is filed under both; the Hologic
Selenia Dimensions is a full-field digital mammography system as well as a tomosynthesis one. Lead apron
inspection is imaging work, on the equipment track. The V-PRO maX was cleared by the FDA under 510(k)
K102330, now its source. The second table checks that each guarded form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS11_3 = [
    ("Installed telemetry units on remote pipeline RTU sites", "telemetry", False),
    ("Replaced slip rings on wind turbine rotor assemblies", "ct-slip-ring", False),
    ("Replaced brush blocks on generator rotor and exciter", "ct-brush-block", False),
    ("Installed wireless detectors and sounders on the fire alarm panel", "dr-detector", False),
    ("Replaced failed FPD panels at the LCD fab", "dr-detector", False),
    ("Canon FPD lithography system maintenance", "dr-detector", False),
    ("Deployed RFID asset tracking system with tags for warehouse inventory", "rtls", False),
    ("Performed apron inspections and FOD walks on the airport ramp", "lead-apron-inspection", False),
    ("Operated mechanical lifts and rigging slings on job sites", "patient-lift", False),
    ("Built a stress test system for test case automation", "stress-test-system", False),
    (
        "Installed RO loop and product water loop for pharmaceutical purified water",
        "water-distribution-loop",
        False,
    ),
    ("Sanitized the RO storage tank at the bottling plant", "ro-storage-tank", False),
    ("Repaired Infinix and Tecno smartphones", "canon-infinix", False),
    ("FCR radar maintenance on F-16 aircraft", "fujifilm-cr", False),
    ("Ran PET preform injection molding machines", "pet", False),
    ("Sorted recycled PET at the materials recovery facility", "pet", False),
    ("Managed high-risk breast MRI screening program", "mri-safety", False),
    ("Provided HDR video sources for broadcast", "hdr-afterloader", False),
    ("Created vivid marketing materials for the stress management program", "ge-vivid", False),
    ("Provided access CT and MRI scheduling", "philips-access-ct", False),
    ("Diagnostic monitor readiness checks on OBD-II vehicles", "imaging-monitor", False),
    ("Operated portable RO units for field water purification", "portable-ro", False),
    ("Maintained IGT slot machines in the casino suite", "image-guided-therapy", False),
    ("Booked the GE venue for the product launch event", "ge-ultrasound", False),
    ("Cleaned fuel injectors in the ultrasonic cleaner at the auto shop", "ultrasonic-cleaner", False),
    ("Jewelry ultrasonic cleaners and steam cleaners", "ultrasonic-cleaner", False),
    ("Installed smart pumps for the HVAC hydronic system", "smart-pump", False),
    ("Planar camera calibration for the robot vision system", "gamma-camera", False),
    ("Gain calibration of the radar receiver scanner", "flat-panel-calibration", False),
    ("Constancy check of the sound level calibrator", "dose-calibrator-constancy", False),
    ("Cobalt-60 units at the food irradiation plant", "cobalt-teletherapy", False),
    ("AEC survey and acceptance for the construction project", "aec-testing", False),
    ("Speed and agility head coach for the varsity team", "elekta-agility", False),
    ("Electron gun replacement on the klystron for the radar transmitter", "electron-gun", False),
    ("Operated the ferromagnetic detector at the mine conveyor", "ferromagnetic-detection", False),
    ("Open to hybrid or remote work", "hybrid-or", False),
    ("Monitored the vehicle and its telemetry in real time", "philips-its-telemetry", False),
    ("Performed thermoscan of switchgear and MCCs", "thermoscan", False),
    ("Pneumatic tube station repair at bank branches", "pneumatic-tube-system", False),
    ("Delivered dose reproducibility testing for metered dose inhalers", "dose-reproducibility-test", False),
    ("Panoramic units for real estate photography", "dental-panoramic-xray", False),
    ("Superconducting magnet quench recovery on the 600 MHz NMR spectrometer", "mri-magnet", False),
    ("Paraffin baths changed by hand in histology", "paraffin-bath", False),
    ("Replaced endotoxin filters on the Milli-Q lab water system", "ultrafilter", False),
    ("Detector tuning for nuclear power plant radiation monitors", "gamma-camera-calibration", False),
    ("Cardiovascular lab imaging with echo and vascular ultrasound", "cath-lab", False),
    ("Slip ring replacement on the PTZ camera for thermal imaging", "ct-slip-ring", False),
    ("Consultant at Innova Solutions IT suite", "ge-innova", False),
    ("Breast MRI screening and patient safety program", "mri-safety", False),
    ("Pet imaging and radiographs at the veterinary clinic", "pet", False),
    ("Designed the pet system for the video game", "pet", False),
    ("PET systems for bottle recycling", "pet", False),
    ("Transport incubators for IVF embryos", "transport-incubator", False),
    ("Laser imagers for satellite remote sensing", "medical-film-printer", False),
    ("Medical imager at the forensic lab", "medical-film-printer", False),
    ("AMX 4 control panel programming", "ge-amx-4", False),
    ("Took spot vital signs on patients every four hours", "welch-allyn-spot", False),
    ("Ran vaporized hydrogen peroxide decontamination cycles on the isolators", "vhp-sterilizer", False),
    ("Performed 340 nm calibrations on the spectrophotometer", "gamma-camera-calibration", False),
    ("Detector tuning at 254 nm on the HPLC UV detector", "gamma-camera-calibration", False),
    ("Wavelength accuracy at 405 nm camera sensor", "gamma-camera", False),
    ("Uniformity calibration of the 405 nm LED array", "uniformity-calibration", False),
    ("Energy calibration at 1064 nm on the laser", "energy-calibration", False),
    ("Staff RN on a 32-bed cardiac telemetry unit", "telemetry", False),
    ("Telemetry RN, progressive care", "telemetry", False),
    ("Floated to the telemetry floor as a patient care tech", "telemetry", False),
    ("Hosted a Dr panel on diabetes care", "dr-detector", False),
    ("Disaster recovery DR panel review", "dr-detector", False),
    ("Ct tube QC on the PCR run", "ct-xray-tube", False),
    ("Implemented TCP pacing and congestion control in the Linux kernel", "transcutaneous-pacer", False),
    ("Applied tourniquet and BP cuffs during phlebotomy training", "tourniquet-system", False),
    ("MLC 2006 compliance audits; ship beam surveys", "multileaf-collimator", False),
    ("MLC NAND flash with hardware accelerator", "multileaf-collimator", False),
    ("Built RC drone telemetry transmitters and receivers", "telemetry", False),
    ("Installed telemetry transmitters on the gas wellheads", "telemetry", False),
    ("Installed Siemens wireless detectors for the Cerberus fire system", "dr-detector", False),
    ("GE Interlogix wireless detectors for home security", "dr-detector", False),
    ("Lean Six Sigma project on smart pumps for the chilled water plant", "smart-pump", False),
    ("Replaced RO membranes at the municipal desalination plant", "ro-membrane", False),
    ("Maintained Nd:YAG laser welders on the production line", "yag-laser", False),
    (
        "Built an Intan electrophysiology recording system for the neuroscience lab",
        "ep-recording-system",
        False,
    ),
    (
        "Set up the EP recording system for evoked potentials in the neurodiagnostic lab",
        "ep-recording-system",
        False,
    ),
    (
        "Operated gamma cameras for radiation surveys during plant decommissioning",
        "gamma-camera",
        False,
    ),
    ("Deployed portable gamma cameras to locate hot spots at the reactor", "gamma-camera", False),
]

_FORMS_GUARDED_IN_PASS11_3_STILL_COUNT = [
    ("Supported cardiac telemetry units on the PCU floor with ECG transmitters", "telemetry", True),
    ("Replaced slip rings on the CT gantry", "ct-slip-ring", True),
    ("Replaced brush blocks on the SOMATOM scanner", "ct-brush-block", True),
    ("Calibrated wireless detectors for portable X-ray", "dr-detector", True),
    ("Implemented asset tracking system for medical equipment with CenTrak", "rtls", True),
    ("Performed apron inspections of lead aprons under fluoroscopy", "lead-apron-inspection", True),
    ("Trained staff on mechanical lift use with Hoyer slings for patient transfers", "patient-lift", True),
    ("Maintained GE CASE stress test system for cardiology", "stress-test-system", True),
    ("Disinfected the dialysis RO loop and product water loop", "water-distribution-loop", True),
    ("Cleaned the RO storage tank of the hemodialysis water room", "ro-storage-tank", True),
    ("Serviced Canon Infinix angiography systems", "canon-infinix", True),
    ("Maintained FCR cassettes and Fuji CR readers", "fujifilm-cr", True),
    ("Ran PET imaging on oncology patients", "pet", True),
    ("Operated PET and SPECT cameras", "pet", True),
    ("Completed MRI screening questionnaires for implant safety", "mri-safety", True),
    ("HDR source exchanges on the Ir-192 afterloader", "hdr-afterloader", True),
    ("Vivid ultrasound probe repair", "ge-vivid", True),
    ("Installed Philips Access CT scanner", "philips-access-ct", True),
    ("Calibrated diagnostic monitors for PACS reading rooms", "imaging-monitor", True),
    ("Set up portable RO units for bedside acute dialysis", "portable-ro", True),
    ("IGT systems in the interventional suite (Philips Azurion)", "image-guided-therapy", True),
    ("Venue Go point-of-care ultrasound", "ge-ultrasound", True),
    ("Serviced ultrasonic cleaners and washer-disinfectors in SPD", "ultrasonic-cleaner", True),
    ("Ultrasonic cleaner PM for dental instruments", "ultrasonic-cleaner", True),
    ("Programmed Alaris smart pumps with the drug library", "smart-pump", True),
    ("Planar camera QC with Tc-99m flood", "gamma-camera", True),
    ("Gain calibration of the flat panel detector", "flat-panel-calibration", True),
    ("Constancy check of the Capintec dose calibrator with Cs-137", "dose-calibrator-constancy", True),
    ("Cobalt-60 unit for radiotherapy patients", "cobalt-teletherapy", True),
    ("AEC calibration on the mammography unit", "aec-testing", True),
    ("Replaced the electron gun on the Elekta linac", "electron-gun", True),
    ("Installed ferromagnetic detectors at the MRI Zone IV door", "ferromagnetic-detection", True),
    ("Agility head leaf calibration on Elekta Versa HD", "elekta-agility", True),
    ("Installed the Siemens Artis zeego in the hybrid OR", "hybrid-or", True),
    ("Hybrid OR installation with Philips Azurion", "hybrid-or", True),
    ("Philips ITS telemetry transmitters", "philips-its-telemetry", True),
    ("Serviced Braun ThermoScan and ThermoScan PRO 6000", "thermoscan", True),
    ("Maintained the TransLogic pneumatic tube system for specimen transport", "pneumatic-tube-system", True),
    ("Exposure reproducibility and kVp accuracy on X-ray rooms", "dose-reproducibility-test", True),
    ("Serviced Planmeca panoramic units", "dental-panoramic-xray", True),
    ("Superconducting magnet ramp on the 3T MRI", "mri-magnet", True),
    ("Paraffin bath and hydrocollator PM in physical therapy", "paraffin-bath", True),
    ("Changed endotoxin filters on the dialysis RO", "ultrafilter", True),
    ("Detector tuning on the nuclear medicine SPECT camera", "gamma-camera-calibration", True),
    ("Cardiovascular lab with biplane angiography", "cath-lab", True),
    ("Replaced slip ring on the GE LightSpeed gantry", "ct-slip-ring", True),
    ("GE Innova 3100 biplane", "ge-innova", True),
    ("Installed Siemens Biograph PET systems", "pet", True),
    ("Serviced PET scanners and cyclotrons", "pet", True),
    ("Serviced neonatal transport incubators and the NICU isolettes", "transport-incubator", True),
    ("Serviced Carestream laser imagers and CR readers", "medical-film-printer", True),
    ("Serviced AMX 4 portable X-ray units", "ge-amx-4", True),
    ("Serviced Welch Allyn Spot Vital Signs LXi monitors", "welch-allyn-spot", True),
    ("Ran vaporized hydrogen peroxide cycles on the V-PRO sterilizer", "vhp-sterilizer", True),
    ("NM calibrations on the SPECT cameras", "gamma-camera-calibration", True),
    ("Serviced NM cameras and PET/CT", "gamma-camera", True),
    ("Uniformity calibration on the SPECT gamma camera", "uniformity-calibration", True),
    ("Energy calibration of the nuclear medicine camera", "energy-calibration", True),
    ("Installed GE Revolution ACT scanner", "ge-revolution-act", True),
    ("Serviced cardiac telemetry transmitters and central stations", "telemetry", True),
    ("Repaired Philips telemetry units and ECG leads", "telemetry", True),
    ("Replaced DR panels on the portable X-ray units", "dr-detector", True),
    ("Replaced the CT tube on the LightSpeed", "ct-xray-tube", True),
    ("Tested TCP on the ZOLL R Series defibrillator", "transcutaneous-pacer", True),
    ("Replaced tourniquet cuffs and hoses on the Zimmer ATS", "tourniquet-system", True),
    ("Calibrated the MLC leaves on the TrueBeam", "multileaf-collimator", True),
    ("Replaced batteries in ECG telemetry transmitters", "telemetry", True),
    ("Calibrated Canon wireless detectors on the CXDI", "dr-detector", True),
    ("Sigma Spectrum smart pumps", "smart-pump", True),
    ("Replaced reverse osmosis membranes on the hemodialysis RO", "ro-membrane", True),
    ("Serviced the Lumenis Nd:YAG laser for ophthalmology", "yag-laser", True),
    ("Supported EP recording systems during cardiac ablations", "ep-recording-system", True),
    ("Gamma camera PM and repair", "gamma-camera", True),
]

_RENAMED_IN_PASS11_3 = {
    "imaging-monitor": "Diagnostic imaging display",
    "portable-ro": "Portable dialysis RO unit",
    "ultrasonic-cleaner": "Ultrasonic instrument cleaner",
    "ferromagnetic-detection": "MRI ferromagnetic detection system",
    "thermoscan": "Braun ThermoScan",
    "ro-membrane": "Dialysis RO membrane",
    "gamma-camera": "Nuclear medicine gamma camera",
    "ep-recording-system": "Cardiac electrophysiology recording system",
    "pneumatic-tube-system": "Hospital pneumatic tube system",
    "dose-reproducibility-test": "X-ray dose reproducibility test",
}

_PARENTS_PASS11_3 = [
    ("thermo-tsx", "lab-freezer", True),
    ("thermo-tsx", "lab-refrigerator", True),
    ("hologic-selenia", "ffdm", True),
    ("hologic-selenia", "tomosynthesis", True),
]


def test_other_trades_no_longer_read_as_ours_pass11_3(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS11_3, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass11_3(checker):
    each_case(_FORMS_GUARDED_IN_PASS11_3_STILL_COUNT, line_check(checker))


def test_names_that_read_another_sense_are_renamed_pass11_3(vocabulary):
    wrong = {
        c: vocabulary.concepts[c].name
        for c, n in _RENAMED_IN_PASS11_3.items()
        if vocabulary.concepts[c].name != n
    }
    assert not wrong, wrong


def test_parents_corrected_pass11_3(vocabulary):
    each_case(_PARENTS_PASS11_3, parent_check(vocabulary))


def test_facts_corrected_pass11_3(vocabulary):
    assert vocabulary.concepts["lead-apron-inspection"].track.value == "equipment"
    assert "K102330" in vocabulary.concepts["v-pro-max"].source
