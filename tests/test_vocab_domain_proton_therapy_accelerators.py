"""Proton and particle therapy systems and their accelerator engineering
(vocab/proton-therapy-accelerators.yaml):
each concept read in its own sense, and every guarded form left alone in the other trades' lines that share
its words (phosphate-buffered saline, light-source beam time, membrane ion pumps, mass spectrometers'
ion sources and quadrupoles, printers' nozzles, the EHR vendor, a zoo's zebras, MRI magnets and cryocoolers,
facility activation)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # modality and delivery
    ("Hadron therapy centre commissioning", "particle-therapy", True),
    ("Particle therapy facility with three treatment rooms", "particle-therapy", True),
    ("Carbon ion radiotherapy at the HIMAC synchrotron", "carbon-ion-therapy", True),
    ("CIRT treatment planning for carbon ion patients", "carbon-ion-therapy", True),
    ("Wrote CIRT reports for the insurance audit", "carbon-ion-therapy", False),
    ("IMPT plan robustness evaluation", "impt", True),
    ("Intensity-modulated proton therapy commissioning", "impt", True),
    ("Pencil beam scanning delivery on the gantry", "pencil-beam-scanning", True),
    ("PBS delivery on the proton gantry", "pencil-beam-scanning", True),
    ("Spot scanning proton beam commissioning", "pencil-beam-scanning", True),
    ("Washed cells in PBS three times", "pencil-beam-scanning", False),
    ("Reviewed PBS smears and CBC flags", "pencil-beam-scanning", False),
    ("Spot scanning of the warehouse shelves for damage", "pencil-beam-scanning", False),
    ("Active scanning of the network for open ports", "pencil-beam-scanning", False),
    ("Double scattering proton delivery with apertures and compensators", "passive-scattering", True),
    ("Passive scattering nozzle on the proton gantry", "passive-scattering", True),
    ("Passive scattering of light in optical fibres", "passive-scattering", False),
    ("Single scattering approximation in the optics model", "passive-scattering", False),
    # accelerators
    ("Particle accelerator engineering at a proton centre", "particle-accelerator", True),
    ("Maintained the cyclotron for proton therapy", "cyclotron", True),
    ("Isochronous cyclotron RF tuning", "isochronous-cyclotron", True),
    ("Superconducting cyclotron cooldown after maintenance", "superconducting-cyclotron", True),
    ("Mevion gantry-mounted synchrocyclotron", "synchrocyclotron", True),
    ("Serviced the Hitachi synchrotron injector linac and RF cavities", "synchrotron", True),
    ("Collected diffraction data at the synchrotron", "synchrotron", False),
    ("Synchrotron radiation studies of protein crystals", "synchrotron", False),
    ("Maintained the IBA C230 cyclotron and the energy selection system", "iba-c230", True),
    ("Drove a Mercedes C230 to client sites", "iba-c230", False),
    ("IBA S2C2 synchrocyclotron of the Proteus ONE", "iba-s2c2", True),
    # beam production
    ("Ion source filament replacement on the proton cyclotron", "accelerator-ion-source", True),
    ("PIG ion source cathode changes", "accelerator-ion-source", True),
    ("Ran LC-MS ion source cleaning", "accelerator-ion-source", False),
    ("Cleaned the ESI ion source of the mass spectrometer", "accelerator-ion-source", False),
    ("Tuned the RF system of the cyclotron dees", "accelerator-rf-system", True),
    ("RF system design for the cellular network", "accelerator-rf-system", False),
    ("RF amplifier repair on the MRI body coil", "accelerator-rf-system", False),
    ("Electrostatic deflector and beam extraction efficiency on the C230", "beam-extraction", True),
    ("Extraction efficiency of the DNA kit", "beam-extraction", False),
    ("ESS degrader alignment after the cyclotron service", "energy-selection-system", True),
    ("Submitted timesheets through ESS", "energy-selection-system", False),
    ("Replaced the graphite degrader wedges", "energy-degrader", True),
    ("Degrader positioning faults in the proton beamline", "energy-degrader", True),
    ("Applied the degrader to the parts washer", "energy-degrader", False),
    # transport and magnets
    ("Ion pumps and turbo pumps on the beam transport line", "beam-transport-line", True),
    ("Aligned the proton beamline to the gantry", "beam-transport-line", True),
    ("Synchrotron radiation beamline scientist", "beam-transport-line", False),
    ("X-ray beamline at the synchrotron for crystallography", "beam-transport-line", False),
    ("Maintained the beam transport magnets", "accelerator-magnet", True),
    ("Replaced the bending magnet coil in the proton gantry", "dipole-magnet", True),
    ("Set up the bending magnet on the sheet metal press brake", "dipole-magnet", False),
    ("Quadrupole magnet alignment in the beamline", "quadrupole-magnet", True),
    ("Tuned the quadrupoles of the proton beamline", "quadrupole-magnet", True),
    ("Cleaned the triple quadrupoles of the LC-MS", "quadrupole-magnet", False),
    ("Corrector magnets and steering magnets calibration", "steering-magnet", True),
    ("Scanning magnets of the PBS nozzle", "scanning-magnet", True),
    ("Magnet power supply troubleshooting on the gantry", "magnet-power-supply", True),
    ("Magnet power supply for MRI magnet ramp up", "magnet-power-supply", False),
    ("Power converters for the synchrotron magnets", "magnet-power-supply", True),
    ("Power converters for the solar farm inverters", "magnet-power-supply", False),
    # nozzle, gantry, rooms, models
    ("Pencil beam scanning nozzle QA", "proton-nozzle", True),
    ("Replaced the nozzle snout and range shifter on the proton gantry", "proton-nozzle", True),
    ("Replaced the 3D printer nozzle", "proton-nozzle", False),
    ("Cleaned the sample probe nozzle of the chemistry analyzer", "proton-nozzle", False),
    ("Treatment nozzle of the fire suppression system", "proton-nozzle", False),
    ("Range shifter insertion interlock on the nozzle", "range-shifter", True),
    ("Eaton Fuller range shifter repair on the truck", "range-shifter", False),
    ("Complement activation products in serum", "induced-radioactivity", False),
    ("Universal nozzle for the spray gun", "proton-nozzle", False),
    ("Slow extraction of cold brew coffee", "beam-extraction", False),
    ("Maintained the Maxwell extraction system", "beam-extraction", False),
    ("Double scattering of neutrons in the sample holder", "passive-scattering", False),
    ("Transmission chamber of the linac treatment head", "monitor-ion-chamber", True),
    ("Leybold PHOENIX 4 helium leak detector", "leybold-phoenix", True),
    ("Phoenix 4 rising stock", "leybold-phoenix", False),
    ("ProTom Radiance 330 proton system", "protom-international", True),
    ("Replaced the helium compressor for the cyclotron cold heads", "accelerator-cold-head", True),
    ("Replaced the helium compressor for the cyclotron cold heads", "accelerator-helium-compressor", True),
    ("Cold head replacement on the MRI scanner", "accelerator-cold-head", False),
    ("Helium compressor for the GE MRI", "accelerator-helium-compressor", False),
    ("Calibrated the monitor chambers of the nozzle", "monitor-ion-chamber", True),
    ("Transmission ion chamber replacement", "monitor-ion-chamber", True),
    ("Proton gantry rotation and isocentre checks", "proton-gantry", True),
    ("360-degree gantry in the proton treatment room", "proton-gantry", True),
    ("Rotating gantry of the CT scanner", "proton-gantry", False),
    ("Fixed beam room QA", "fixed-beam-room", True),
    ("Fixed beam for the proton eye line", "fixed-beam-room", True),
    ("Fixed beam gel electrophoresis", "fixed-beam-room", False),
    ("ProBeam 360 installation", "varian-probeam-360", True),
    ("Varian ProBeam Compact commissioning", "varian-probeam-compact", True),
    ("Mevion S250-FIT installed in an existing linac vault", "mevion-s250-fit", True),
    ("PROBEAT-RT synchrotron maintenance", "hitachi-probeat-rt", True),
    ("ProTom Radiance 330 proton system", "protom-radiance-330", True),
    ("Sumitomo proton therapy system service", "sumitomo-proton-therapy", True),
    # positioning and imaging
    ("Robotic patient positioner calibration in the proton room", "robotic-patient-positioner", True),
    ("PPS couch calibration in the gantry room", "robotic-patient-positioner", True),
    ("Patient positioning system in the proton gantry", "robotic-patient-positioner", True),
    ("Patient positioning system for the X-ray table", "robotic-patient-positioner", False),
    ("Enrolled staff in the PPS pension scheme", "robotic-patient-positioner", False),
    ("CT on rails for adaptive proton therapy", "in-room-ct", True),
    ("Orthogonal kV imaging for patient setup", "orthogonal-kv-imaging", True),
    ("kV-kV imaging for proton patient positioning", "orthogonal-kv-imaging", True),
    # controls and safety
    ("EPICS IOC development for the beamline", "epics", True),
    ("EPICS control system for the synchrotron", "epics", True),
    ("Trained clinicians on EPICS and Cerner", "epics", False),
    ("Accelerator control system upgrades", "accelerator-control-system", True),
    ("Machine control system of the cyclotron", "accelerator-control-system", True),
    ("Machine control system of the CNC mill", "accelerator-control-system", False),
    ("Treatment control system of the proton therapy system", "treatment-control-system", True),
    ("TCS logs reviewed after a proton beam fault", "treatment-control-system", True),
    ("Consultant at TCS for the banking client", "treatment-control-system", False),
    ("Treatment control system for the wastewater plant", "treatment-control-system", False),
    ("Personnel safety system tests of the cyclotron vault", "personnel-safety-system", True),
    ("PSS interlock search of the cyclotron vault", "personnel-safety-system", True),
    ("PSS ticket queue for the service desk", "personnel-safety-system", False),
    ("Access control interlock of the accelerator vault", "personnel-safety-system", True),
    ("Access control interlock for the pharmacy door", "personnel-safety-system", False),
    ("Shielding per NCRP 144", "ncrp-144", True),
    # cryogenics and magnets
    ("Replaced the cold head on the superconducting cyclotron cryocooler", "cryocooler", True),
    ("GM cryocooler service", "cryocooler", True),
    ("MRI cryocooler service on the scanner", "cryocooler", False),
    ("Cryogenic systems for the superconducting magnets", "cryogenic-systems", True),
    ("Cryogenics and helium recovery for the cyclotron", "cryogenic-systems", True),
    ("Cryogenics for embryo storage tanks", "cryogenic-systems", False),
    ("Quench protection of superconducting magnets", "superconducting-magnet", True),
    ("MRI superconducting magnet ramp", "superconducting-magnet", False),
    ("Superconducting magnet coils of the tokamak fusion device", "superconducting-magnet", False),
    ("Quench protection of superconducting magnets", "quench-protection", True),
    ("QPS checks of the cyclotron magnet", "quench-protection", True),
    ("QPS submitted to the state for the mortgage", "quench-protection", False),
    # vacuum
    ("Ion pumps and turbo pumps on the beam transport line", "ion-pump", True),
    ("Sputter ion pump controller replacement", "ion-pump", True),
    ("Sodium potassium ion pump in membrane transport", "ion-pump", False),
    ("Proton ion pump of the cell membrane under vacuum", "ion-pump", False),
    ("Ultra-high vacuum systems on the beamline", "uhv-systems", True),
    ("UHV bakeout of the beamline chambers", "uhv-systems", True),
    ("UHV transmission line protection relays", "uhv-systems", False),
    ("Helium leak detector calibration", "helium-leak-detector", True),
    ("Helium leak detection with a Pfeiffer ASM 340 on the beamline vacuum", "helium-leak-testing", True),
    ("Helium leak detection with a Pfeiffer ASM 340 on the beamline vacuum", "pfeiffer-asm-340", True),
    ("Leybold PHOENIX leak checks", "leybold-phoenix", True),
    # proton QA
    ("Daily proton QA on the gantry", "proton-qa", True),
    ("Proton range verification with the Zebra", "proton-range-qa", True),
    ("Range QA of the proton beam", "proton-range-qa", True),
    ("Range check of the oven temperatures", "proton-range-qa", False),
    ("Range verification of the analytical method", "proton-range-qa", False),
    ("Spot position and spot size for the PBS beam", "proton-spot-qa", True),
    ("Spot size of the laser beam in the optics lab", "proton-spot-qa", False),
    ("Machine QA per TG-224", "aapm-tg224", True),
    ("IMPT commissioning per TG-185", "aapm-tg185", True),
    ("Reference dosimetry per TRS-398", "iaea-trs-398", True),
    ("Type testing to IEC 60601-2-64", "iec-60601-2-64", True),
    ("MLIC depth dose curves of the proton beam", "multi-layer-ion-chamber", True),
    ("MLIC of the rental car fleet", "multi-layer-ion-chamber", False),
    ("IBA Zebra for proton range QA", "iba-zebra", True),
    ("Observed a Zebra at the zoo", "iba-zebra", False),
    ("Giraffe multi-layer chamber for the Bragg peak", "iba-giraffe", True),
    ("Fed the Giraffe at the zoo", "iba-giraffe", False),
    ("Pencil beam scanning nozzle QA with the Lynx and Zebra detectors per TG-224", "iba-lynx", True),
    ("Lynx PT spot measurements", "iba-lynx", True),
    ("Saw a Lynx in the national park during QA of the trail signs", "iba-lynx", False),
    ("MatriXX PT patient QA", "iba-matrixx-pt", True),
    ("Bragg peak chamber for integral depth dose", "bragg-peak-chamber", True),
    # radiation safety
    ("Activated components handling around the cyclotron", "induced-radioactivity", True),
    ("Neutron activation of the degrader and beamline parts", "induced-radioactivity", True),
    ("Facility activation planning for the new tower", "induced-radioactivity", False),
    ("Account activation for new cyclotron users", "induced-radioactivity", False),
    # titles and makers
    ("Proton Therapy Service Engineer, IBA", "proton-therapy-service-engineer", True),
    ("Cyclotron Engineer at the PET centre", "cyclotron-engineer", True),
    ("Cyclotron operator for the proton centre", "accelerator-operator", True),
    ("Proton physicist for the gantry commissioning", "proton-physicist", True),
    ("Sumitomo Heavy Industries proton service", "sumitomo-heavy-industries", True),
    ("ProTom installation", "protom-international", True),
    ("Pfeiffer turbo pump rebuild", "pfeiffer-vacuum", True),
    ("Michelle Pfeiffer films", "pfeiffer-vacuum", False),
    ("Leybold turbo pump rebuild", "leybold", True),
    ("INFICON leak detector", "inficon", True),
]


def test_proton_therapy_accelerator_concepts_are_filed_as_what_they_are(vocabulary):
    assert "radiation-therapy" in vocabulary.ancestors("particle-therapy")
    assert "particle-therapy" in vocabulary.ancestors("carbon-ion-therapy")
    s2c2 = vocabulary.ancestors("iba-s2c2")
    assert {"synchrocyclotron", "superconducting-cyclotron", "cyclotron", "particle-accelerator"} <= s2c2
    assert "isochronous-cyclotron" in vocabulary.ancestors("iba-c230")
    assert "particle-accelerator" in vocabulary.ancestors("synchrotron")
    assert "radiation-therapy" not in vocabulary.ancestors("cyclotron")
    for magnet in (
        "dipole-magnet",
        "quadrupole-magnet",
        "steering-magnet",
        "scanning-magnet",
        "superconducting-magnet",
    ):
        assert "accelerator-magnet" in vocabulary.ancestors(magnet)
    assert "mri-magnet" not in vocabulary.ancestors("superconducting-magnet")
    assert "proton-therapy" in vocabulary.ancestors("varian-probeam-360")
    assert "varian-probeam" in vocabulary.ancestors("varian-probeam-compact")
    assert "hitachi-probeat" in vocabulary.ancestors("hitachi-probeat-rt")
    assert "six-dof-couch" in vocabulary.ancestors("robotic-patient-positioner")
    assert "igrt-system" in vocabulary.ancestors("orthogonal-kv-imaging")
    assert "computed-tomography" in vocabulary.ancestors("in-room-ct")
    assert "vacuum-pump" in vocabulary.ancestors("ion-pump")
    assert "helium-leak-detector" in vocabulary.ancestors("pfeiffer-asm-340")
    assert "radiation-therapy-qa" in vocabulary.ancestors("proton-range-qa")
    assert "aapm" in vocabulary.ancestors("aapm-tg224")
    assert "iec-60601" in vocabulary.ancestors("iec-60601-2-64")
    assert "ionization-chamber" in vocabulary.ancestors("iba-zebra")
    assert "iba-matrixx" in vocabulary.ancestors("iba-matrixx-pt")
    assert "parallel-plate-chamber" in vocabulary.ancestors("bragg-peak-chamber")
    assert "radiation-safety" in vocabulary.ancestors("induced-radioactivity")
    assert "radiation-therapy-service-engineer" in vocabulary.ancestors("proton-therapy-service-engineer")
    assert "therapeutic-medical-physicist" in vocabulary.ancestors("proton-physicist")
    assert vocabulary.concepts["epics"].category.value == "software"
    assert vocabulary.concepts["helium-leak-detector"].category.value == "test_equipment"


def test_proton_therapy_accelerator_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
