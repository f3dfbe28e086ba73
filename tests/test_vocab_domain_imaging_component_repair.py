"""X-ray and imaging component depot repair (vocab/imaging-component-repair.yaml): tube types, inserts and
parts, reloading, oil filling and focal spot measurement; high-voltage connectors and cable termination;
flat-panel detector types, arrays, calibrations and families; component makers; electronics depot repair
(SMT and BGA rework, IPC standards and certification, IEC 61340-5-1, hipot and burn-in testing); device
records, refurbishment and dangerous goods shipping. Each concept is read in its own sense, and each guarded
form is shown not to read in another trade's.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # tubes, inserts and parts
    ("Replaced stationary anode tubes on dental units", "stationary-anode-tube", True),
    ("Fixed anode X-ray tube in the portable unit", "stationary-anode-tube", True),
    ("Stocked replacement tube inserts for Dunlee housings", "xray-tube-insert", True),
    ("Installed a brass tube insert in the plumbing fitting", "xray-tube-insert", False),
    ("Reloaded X-ray tube housings with new glass inserts", "glass-xray-tube-insert", True),
    ("Replaced the glass insert in the kitchen cabinet door", "glass-xray-tube-insert", False),
    ("Rebuilt housings around metal-ceramic inserts", "metal-ceramic-xray-tube-insert", True),
    ("Checked filament current and tube filament emission on the X-ray tube", "xray-tube-filament", True),
    ("Measured filament current on the vacuum gauge of the furnace", "xray-tube-filament", False),
    ("Replaced the rotor controller board on the X-ray generator", "anode-rotor-controller", True),
    ("Tuned the rotor controller of the drone", "anode-rotor-controller", False),
    ("Replaced the high-speed starter in the X-ray generator", "anode-rotor-controller", True),
    ("Rebuilt the high-speed starter for the diesel engine", "anode-rotor-controller", False),
    ("Tracked anode heat capacity and heat units during CT exams", "xray-tube-heat-units", True),
    ("CT tube rated 8 MHU anode heat storage", "xray-tube-heat-units", True),
    ("Calculated heat units for the HVAC load", "xray-tube-heat-units", False),
    ("Admitted patients to the MHU", "xray-tube-heat-units", False),
    ("Tube reloading and re-insertion of inserts into housings", "xray-tube-reloading", True),
    ("Hip re-insertion surgery follow-up", "xray-tube-reloading", False),
    ("Knee polyethylene insert replacement", "xray-tube-reloading", False),
    ("Vacuum oil filling and oil degassing of tube housings", "xray-tube-oil-filling", True),
    ("Oil filling of the gearbox", "xray-tube-oil-filling", False),
    ("DOT hazmat shipping of oil-filled tube housings", "xray-tube-oil-filling", False),
    ("Focal spot measurement on every reloaded tube", "focal-spot-measurement", True),
    ("Star pattern images for focal spot size", "star-test-pattern", True),
    ("Sewed a star pattern quilt", "star-test-pattern", False),
    ("Measured focal spots with a slit camera", "focal-spot-slit-camera", True),
    ("Shot streak images with a slit camera at the racetrack", "focal-spot-slit-camera", False),
    # high voltage
    ("HV connector replacement on the X-ray generator", "xray-hv-connector", True),
    ("HV connectors for EV charging stations", "xray-hv-connector", False),
    ("Fitted Federal Standard connectors on HV cables", "federal-standard-hv-connector", True),
    ("Fitted R24 connectors on HV cables", "r24-hv-connector", True),
    ("Replaced R24 plugs on the HV cable to the generator", "r24-hv-connector", True),
    ("Took the R24 bus to work", "r24-hv-connector", False),
    ("Terminated R28 cables for the CT generator", "r28-hv-connector", True),
    ("Drove the R28 regional road daily", "r28-hv-connector", False),
    ("Connectors per IEC 60526", "iec-60526", True),
    ("HV cable re-termination and hipot testing", "hv-cable-termination", True),
    ("Cable re-termination on the X-ray tube HV cables", "hv-cable-termination", True),
    ("Cable re-termination of network patch cords", "hv-cable-termination", False),
    # standards of tube assemblies
    ("Focal spot sizes to IEC 60336", "iec-60336", True),
    ("Tube ratings per IEC 60613", "iec-60613", True),
    ("Tube assemblies tested to IEC 60601-2-28", "iec-60601-2-28", True),
    # detectors
    ("Calibrated CsI flat panel detectors", "csi-flat-panel-detector", True),
    ("Replaced the cesium iodide detector", "csi-flat-panel-detector", True),
    ("CSI investigator at the crime lab", "csi-flat-panel-detector", False),
    ("Calibrated GOS flat panel detectors", "gos-flat-panel-detector", True),
    ("GOS supplement in infant formula", "gos-flat-panel-detector", False),
    ("Amorphous selenium detectors in mammography", "amorphous-selenium-detector", True),
    ("Replaced TFT array on the DR detector", "detector-tft-array", True),
    ("Repaired TFT panels on laptop displays", "detector-tft-array", False),
    ("Defect map calibration of flat panel detectors", "detector-defect-map-calibration", True),
    ("Wafer defect map review in the fab", "detector-defect-map-calibration", False),
    ("Offset calibration of flat panel detectors", "detector-offset-calibration", True),
    ("Offset calibration of the pressure sensor", "detector-offset-calibration", False),
    ("Repaired Canon CXDI detectors", "canon-cxdi", True),
    ("Repaired Varex PaxScan panels", "varex-paxscan", True),
    ("Repaired Trixell Pixium detectors", "trixell-pixium", True),
    ("Pixium Vision retinal implant", "trixell-pixium", False),
    ("Repaired Vieworks VIVIX-S detectors", "vieworks-vivix", True),
    # makers
    ("Detector vendors Trixell and Vieworks", "trixell", True),
    ("Detector vendors Trixell and Vieworks", "vieworks", True),
    ("Rayence wireless panels", "rayence", True),
    ("iRay detector repairs", "iray-technology", True),
    ("Viewed the iRay photo app", "iray-technology", False),
    ("Canon Electron Tubes & Devices (formerly Toshiba Electron Tubes)", "canon-electron-tubes", True),
    ("Richardson Healthcare ALTA tubes", "richardson-healthcare", True),
    ("Spellman high voltage power supplies", "spellman-high-voltage", True),
    ("Dr. Spellman joined the clinic", "spellman-high-voltage", False),
    ("Sedecal generators in the rad rooms", "sedecal", True),
    ("CPI generators and Sedecal generators", "communications-power-industries", True),
    ("CPI index rose this quarter", "communications-power-industries", False),
    ("Claymount HV cables", "claymount", True),
    ("Ralco collimators on the X-ray rooms", "ralco", True),
    ("Ralco feed supplement for cattle", "ralco", False),
    # electronics depot repair
    ("SMT rework of repaired boards", "smt-rework", True),
    ("BGA reballing on generator control boards", "bga-rework", True),
    ("Reballing of the PCB processor", "bga-rework", True),
    ("Conformal coating removal and reapplication", "conformal-coating", True),
    ("Inspected assemblies to IPC-A-610", "ipc-a-610", True),
    ("Soldered to J-STD-001", "ipc-j-std-001", True),
    ("Rework to IPC-7711/7721", "ipc-7711-7721", True),
    ("Cable harnesses built to IPC/WHMA-A-620", "ipc-whma-a-620", True),
    ("IPC-A-610 CIS certified", "ipc-certification", True),
    ("IPC certificate in soldering", "ipc-certification", True),
    ("IPC certified in infection prevention and control", "ipc-certification", False),
    ("CIS analyst for the county GIS office", "ipc-certification", False),
    ("ETA CET certified", "eta-cet", True),
    ("Meeting at 10:00 CET", "eta-cet", False),
    ("ESD program per IEC 61340-5-1", "iec-61340-5-1", True),
    ("Hipot testing of repaired assemblies", "hipot-testing", True),
    ("Dielectric strength test of transformer oil", "hipot-testing", False),
    ("Burn-in testing of repaired PCBs", "burn-in-testing", True),
    ("Burn-in on the plasma screen", "burn-in-testing", False),
    # quality, refurbishment, shipping
    ("Reviewed the DHR for each repaired tube", "device-history-record", True),
    ("Applied for benefits at the DHR office", "device-history-record", False),
    ("Maintained the DMR for each repaired device", "device-master-record", True),
    ("Programmed DMR radios for the fleet", "device-master-record", False),
    ("Refurbishment of X-ray tubes and detectors", "medical-device-refurbishment", True),
    ("Refurbishment of the hotel lobby", "medical-device-refurbishment", False),
    ("Refurbished to IEC 63077", "iec-63077", True),
    ("Hazmat shipping of oil-filled housings", "dangerous-goods-shipping", True),
    ("DG shipping of lithium batteries", "dangerous-goods-shipping", True),
    ("DG shipping lanes of the port authority", "dangerous-goods-shipping", False),
    ("Shipped UN3480 lithium batteries with wireless detectors", "lithium-battery-shipping", True),
    ("Lithium battery shipping per IATA", "lithium-battery-shipping", True),
    # titles
    ("Depot repair technician, X-ray components", "depot-repair-technician", True),
    ("Bench repair technician in the X-ray tube depot", "depot-repair-technician", True),
    ("Bench repair technician for bicycles", "depot-repair-technician", False),
    ("X-ray tube technician", "xray-tube-technician", True),
    ("Electronics technician, avionics", "electronics-technician", True),
]


def test_imaging_component_repair_concepts_are_filed_as_what_they_are(vocabulary):
    assert "xray-tube" in vocabulary.ancestors("stationary-anode-tube")
    assert "rotating-anode-tube" not in vocabulary.ancestors("stationary-anode-tube")
    assert "xray-tube" in vocabulary.ancestors("metal-ceramic-xray-tube-insert")
    assert "xray-tube-insert" in vocabulary.ancestors("glass-xray-tube-insert")
    assert "xray-hv-connector" in vocabulary.ancestors("r24-hv-connector")
    assert "xray-hv-connector" in vocabulary.ancestors("federal-standard-hv-connector")
    assert "r24-hv-connector" not in vocabulary.ancestors("r28-hv-connector")
    assert "dr-detector" in vocabulary.ancestors("csi-flat-panel-detector")
    assert "dr-detector" in vocabulary.ancestors("trixell-pixium")
    assert "flat-panel-calibration" in vocabulary.ancestors("detector-defect-map-calibration")
    assert "flat-panel-calibration" in vocabulary.ancestors("detector-offset-calibration")
    assert "component-level-repair" in vocabulary.ancestors("bga-rework")
    assert "smt-rework" in vocabulary.ancestors("bga-rework")
    assert "dangerous-goods-shipping" in vocabulary.ancestors("lithium-battery-shipping")
    assert "corrective-maintenance" in vocabulary.ancestors("xray-tube-reloading")
    assert "iec-60601-2-x" in vocabulary.ancestors("iec-60601-2-28")
    assert not vocabulary.ancestors("xray-hv-connector")
    assert vocabulary.concepts["trixell"].category.value == "manufacturer"
    assert vocabulary.concepts["ipc-certification"].category.value == "credential"
    assert vocabulary.concepts["ipc-a-610"].category.value == "standard"
    assert vocabulary.concepts["depot-repair-technician"].category.value == "title"


def test_imaging_component_repair_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
