"""The pass over every file, test equipment and device security: forms that read another sense, each with a
line that failed before the pass and a line showing the form still counts in its own sense.

Guarded: biological indicator and spore tests (Power BI testing, mould spore sampling), CuffLink (cufflinks),
BP Pump (a fuel station), pressure gauges being replaced (a part, not the test meter), Multi-Flo and UniSim
(BioTek's plate dispenser, Honeywell's process simulator), solid and plastic water (ice, bottles), Profiler 2
(a software profiler), the tachometer (a truck's; named "Handheld tachometer"), transducer testers (pressure
transducers), the X-ray analyzer (handheld XRF), NVD (a normal vaginal delivery), agent analyzers (chemical
warfare agents), hardness test kits (metal hardness), pump analyzers (vibration on cooling tower pumps) and
static control (robot trajectories). "DC power supply" is no form of the bench power supply: it is usually
the part being repaired. The Tektronix TBS1000B and TBS1000C series are written with their T.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_TEST_EQUIPMENT_PASS_KEEPS_OTHER_SENSES_OUT_CASES = [
    (
        "Mold spore tests and indoor air quality sampling for home inspections",
        "biological-indicator-testing",
        False,
    ),
    ("BI testing of Power BI dashboards before release", "biological-indicator-testing", False),
    ("Sold cufflinks and watches at the department store", "fluke-cufflink", False),
    ("Attendant at the BP pump station on Route 9", "fluke-bp-pump", False),
    ("Replaced the DC power supply board in the patient monitor", "power-supply-bench", False),
    ("Replaced the pressure gauge on the oxygen manifold", "pressure-meter", False),
    ("BioTek MultiFlo FX dispenser for the ELISA plates", "rigel-multi-flo", False),
    ("Honeywell UniSim process simulation for operator training", "rigel-uni-sim", False),
    ("Bought plastic water bottles for the team", "slab-phantom", False),
    ("Ran the Visual Studio Profiler 2 on the service", "sun-nuclear-profiler", False),
    ("Replaced the tachometer on the delivery truck", "tachometer", False),
    ("Calibrated pressure transducer tester on the hydraulic rig", "ultrasound-probe-tester", False),
    ("Handheld X-ray analyzer (XRF) for scrap alloy sorting", "xray-multimeter", False),
    ("Assisted with NVD deliveries on the labor and delivery unit", "nvd", False),
    ("Chemical warfare agent analyzer training with the Army", "multi-gas-analyzer", False),
    ("Rockwell hardness test kit for heat-treated parts", "hardness-test-kit", False),
    ("Pump analyzer for vibration on the cooling tower pumps", "infusion-device-analyzer", False),
    ("Static control of the robot arm trajectory", "esd-equipment", False),
]

_FORMS_GUARDED_IN_THE_TEST_EQUIPMENT_PASS_STILL_COUNT_CASES = [
    ("Daily BI testing on the steam sterilizers", "biological-indicator-testing", True),
    ("Weekly spore tests on the autoclaves", "biological-indicator-testing", True),
    ("Fluke CuffLink NIBP simulator for monitor PMs", "fluke-cufflink", True),
    ("Fluke BP Pump 2 and NIBP simulator checks", "fluke-bp-pump", True),
    ("BP Pump NIBP analyzer calibration", "fluke-bp-pump", True),
    ("Pressure gauge and NIBP simulator for BP checks", "pressure-meter", True),
    ("Rigel Multi-Flo infusion pump analyzer", "rigel-multi-flo", True),
    ("Rigel UniSim patient simulator for monitor PMs", "rigel-uni-sim", True),
    ("Solid water slabs for output calibration on the linac", "slab-phantom", True),
    ("Sun Nuclear Profiler 2 beam profiles", "sun-nuclear-profiler", True),
    ("Tachometer checks of centrifuge speed", "tachometer", True),
    ("Ultrasound transducer tester (FirstCall) on probe arrays", "ultrasound-probe-tester", True),
    ("X-ray analyzer for kVp and mAs checks on the rad rooms", "xray-multimeter", True),
    ("Tracked CVEs in the NVD for the medical device fleet", "nvd", True),
    ("Anesthesia gas agent analyzer checks on the vaporizers", "multi-gas-analyzer", True),
    ("Water hardness test kit for the dialysis softeners", "hardness-test-kit", True),
    ("Pump analyzer checks on infusion pumps", "infusion-device-analyzer", True),
    ("Static control mats and wrist straps at the ESD bench", "esd-equipment", True),
    ("Tektronix TBS1000B oscilloscope", "tektronix-tbs1000b", True),
]


def test_the_test_equipment_pass_keeps_other_senses_out(checker):
    each_case(_THE_TEST_EQUIPMENT_PASS_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_test_equipment_pass_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_TEST_EQUIPMENT_PASS_STILL_COUNT_CASES, line_check(checker))


def test_the_test_equipment_pass_names_the_own_sense(vocabulary):
    assert vocabulary.concepts["tachometer"].name == "Handheld tachometer"
    forms = {f.text for f in vocabulary.concepts["tektronix-tbs1000b"].forms}
    assert "TBS1000B" in forms and "BS1000B" not in forms
