"""Laboratory calibration and metrology services: pipette calibration (gravimetric and photometric, the ISO
8655 parts, calibration systems and their makers), balances and weights (OIML R111 and ASTM E617 classes, USP
<41> and <1251>, eccentricity, repeatability, linearity, minimum weight), thermometry (RTDs, SPRTs,
thermistors, thermocouples, liquid-in-glass, dry-block and bath calibrators, fixed points, readouts),
humidity, tachometers and timers, temperature mapping, calibration-laboratory accreditors, uncertainty and
conformity (GUM, budgets, TUR and TAR, Z540, guard banding, decision rules, false accept risk), calibration
software, and the titles and credentials of the trade: each concept read in its own sense, and each guarded
form left alone on a line of another trade."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # discipline, equipment class, military
    ("Ten years in calibration and metrology for a contract lab", "metrology", True),
    ("Maintained the metrology equipment and reference standards", "calibration-equipment", True),
    ("Reference standards sent out for NIST-traceable calibration yearly", "calibration-equipment", True),
    ("Reference standards for the HbA1c assay", "calibration-equipment", False),
    ("USAF PMEL technician, calibrated TMDE", "pmel", True),
    ("PMEL journeyman, 2P051", "pmel", True),
    ("Research cruise with NOAA PMEL", "pmel", False),
    ("Worked at the PMEL lab at NOAA on calibration of ocean sensors", "pmel", False),
    ("Calibrated Army TMDE in the support shop", "tmde", True),
    ("Test, measurement, and diagnostic equipment support", "tmde", True),
    # pipettes
    ("Pipette calibration and repair for research labs", "pipette-calibration", True),
    ("Micropipette calibrations to ISO 8655", "pipette-calibration", True),
    ("Gravimetric pipette calibration on a 5-place balance", "gravimetric-pipette-calibration", True),
    ("Gravimetric calibration of pipettes per ISO 8655-6", "gravimetric-pipette-calibration", True),
    ("Gravimetric method for sulfate in water samples", "gravimetric-pipette-calibration", False),
    ("Photometric pipette calibration with the Artel PCS", "photometric-pipette-calibration", True),
    (
        "Dual-dye ratiometric photometry for liquid handler verification",
        "photometric-pipette-calibration",
        True,
    ),
    ("Photometric calibration of the chemistry analyzer", "photometric-pipette-calibration", False),
    ("Calibrated micropipettes quarterly per ISO 8655", "iso-8655", True),
    ("Pipettes tested to ISO 8655-2:2022 limits", "iso-8655-2", True),
    ("Gravimetric reference method of ISO 8655-6", "iso-8655-6", True),
    ("Photometric method of ISO 8655-7", "iso-8655-7", True),
    ("Ran the pipette calibration station in the service lab", "pipette-calibration-system", True),
    ("Artel photometric pipette calibrations", "artel", True),
    ("Sold Artel appliances in Tashkent", "artel", False),
    ("Operated the Artel PCS Pipette Calibration System", "artel-pcs", True),
    ("Ran the PCS on every pipette each quarter with Artel reagents", "artel-pcs", True),
    ("PCS billing codes and PCS payments", "artel-pcs", False),
    ("Verified liquid handlers with the Artel MVS", "artel-mvs", True),
    ("MVS accounts on the IBM mainframe", "artel-mvs", False),
    ("Repaired Rainin pipettes", "rainin", True),
    ("Mettler Toledo Rainin service partner", "rainin", True),
    ("Calibrated Rainin Pipet-Lite XLS pipettes", "rainin-pipet-lite", True),
    # balances and weights
    ("Maintained the calibration weight sets", "calibration-weights", True),
    ("Checked balances daily with test weights", "calibration-weights", True),
    ("Grain test weights and moisture for the elevator", "calibration-weights", False),
    ("Gym floor: check weights and reracked plates", "calibration-weights", False),
    ("Weights calibrated to OIML R111", "oiml-r111", True),
    ("Class E1 weights for the mass comparator", "oiml-class-e1", True),
    ("Calibrated with E2 weights", "oiml-class-e2", True),
    ("F1 weights for the top-loaders", "oiml-class-f1", True),
    ("OIML F2 weights for the floor scales", "oiml-class-f2", True),
    ("M1 weights for the platform scales", "oiml-class-m1", True),
    ("Weights certified to ASTM E617", "astm-e617", True),
    ("ASTM Class 0 weights for the mass lab", "astm-class-0-weights", True),
    ("ASTM Class 1 weights on analytical balances", "astm-class-1-weights", True),
    ("Class 2 weights for top-loading balances", "astm-class-2-weights", True),
    ("Balance checks per USP <41>", "usp-41", True),
    ("Compendial testing to USP 41 NF 36", "usp-41", False),
    ("Weighing practices per USP <1251>", "usp-1251", True),
    ("Corner load test on the analytical balances", "balance-eccentricity-test", True),
    ("Eccentricity checks on the balances", "balance-eccentricity-test", True),
    ("Shaft eccentricity measurement on the turbine", "balance-eccentricity-test", False),
    ("Repeatability test on the balances with 10 replicate weighings", "balance-repeatability-test", True),
    ("Repeatability test of the gauge R&R study", "balance-repeatability-test", False),
    ("Linearity test of balances across the weighing range", "balance-linearity-test", True),
    ("Linearity test on the dose calibrator", "balance-linearity-test", False),
    ("Set the minimum weight of each balance per USP <41>", "minimum-weight-determination", True),
    ("Minimum weight for shipping parcels", "minimum-weight-determination", False),
    # thermometry
    ("Thermometer calibrations by comparison", "temperature-calibration", True),
    ("Thermocouple calibration in a dry-block", "temperature-calibration", True),
    ("Temperature probe on the incubator", "temperature-sensor", True),
    ("PRT and RTD probes", "rtd", True),
    ("Replaced the Pt100 sensors", "rtd", True),
    ("Sold RTD cocktails and beverages", "rtd", False),
    ("PRT stations for the transit system", "rtd", False),
    ("SPRT calibration in a stirred bath", "sprt", True),
    ("SPRT", "sprt", False),
    ("Thermistor probes on the water baths", "thermistor", True),
    ("Type K thermocouples on the ovens", "thermocouple", True),
    ("Replaced mercury thermometers with digital ones", "liquid-in-glass-thermometer", True),
    ("ASTM liquid-in-glass thermometers", "liquid-in-glass-thermometer", True),
    ("Temperatures reported on ITS-90", "its-90", True),
    ("Triple point of water cell checks of the SPRT", "fixed-point-cell", True),
    ("Ice point checks of the thermometers", "ice-point-check", True),
    ("Ice bath for specimens", "ice-point-check", False),
    ("Temperature calibrators for field work", "temperature-calibrator", True),
    ("Dry-well calibrator for probe checks", "dry-block-calibrator", True),
    ("Calibrated RTDs in the dry-block", "dry-block-calibrator", True),
    ("Installed a drywell for roof runoff", "dry-block-calibrator", False),
    ("Calibration bath for thermometer comparison", "temperature-calibration-bath", True),
    ("Compared PRTs in an oil bath", "temperature-calibration-bath", True),
    ("Oil bath for the deep fryer", "temperature-calibration-bath", False),
    ("Precision thermometer readout with SPRT", "thermometer-readout", True),
    ("Fluke 1524 reference thermometer", "fluke-1524", True),
    ("Fluke 1523 with a PRT", "fluke-1523", True),
    ("Field Metrology Wells for on-site work", "fluke-field-metrology-well", True),
    ("Fluke 9142 field metrology well", "fluke-9142", True),
    ("Fluke Calibration and Hart Scientific equipment", "fluke-calibration", True),
    ("Multifunction calibrator for DMM calibration", "multifunction-calibrator", True),
    ("MET/CAL procedures on the Fluke 5522A", "fluke-5522a", True),
    # humidity
    ("Thermohygrometers in the storage rooms", "hygrometer", True),
    ("Chilled mirror hygrometer as the humidity reference", "chilled-mirror-hygrometer", True),
    ("Sling psychrometer readings", "psychrometer", True),
    ("Two-pressure humidity generator", "humidity-generator", True),
    ("RH calibrations of transmitters", "humidity-calibration", True),
    ("Vaisala probes", "vaisala", True),
    ("Administered Vaisala viewLinc", "vaisala-viewlinc", True),
    # tachometers and timers
    ("Photo tachometer checks of centrifuges", "optical-tachometer", True),
    ("Stopwatch calibrations against NIST time", "timer-calibration", True),
    ("Tachometer calibrations", "tachometer-calibration", True),
    ("RPM verification of the centrifuge", "tachometer-calibration", True),
    ("RPM verification of the engine idle", "tachometer-calibration", False),
    # temperature mapping
    ("Temperature mapping of freezers and stability chambers", "temperature-mapping", True),
    ("Mapping study of the walk-in freezer with data loggers", "temperature-mapping", True),
    ("Mapping study of the cardiac conduction system", "temperature-mapping", False),
    ("Placed data loggers in each refrigerator", "data-logger", True),
    ("HOBO data loggers in freezers", "onset-hobo", True),
    ("HOBO camp volunteer", "onset-hobo", False),
    ("Stability chambers at 25C/60% RH", "environmental-chamber", True),
    # accreditation
    ("A2LA accreditation of the calibration lab", "a2la", True),
    ("ANAB accredited to ISO/IEC 17025", "anab", True),
    ("ACLASS accredited calibration lab", "anab", True),
    ("NVLAP accredited", "nvlap", True),
    ("PJLA accreditation", "pjla", True),
    ("ILAC MRA signatory", "ilac-mra", True),
    # uncertainty and conformity
    ("Uncertainty per the GUM", "gum", True),
    ("GUM disease patient education", "gum", False),
    ("Uncertainty budgets for each calibration", "uncertainty-budget", True),
    ("Maintained a 4:1 TUR", "tur", True),
    ("TUR", "tur", False),
    ("Test accuracy ratio of 4:1", "tar", True),
    ("TAR of 4:1 on all calibration standards", "tar", True),
    ("Submitted TARs for Medi-Cal patients", "tar", False),
    ("TAR archives of the logs", "tar", False),
    ("Calibrations per ANSI/NCSL Z540.3", "z540-3", True),
    ("Calibration program per Z540-1", "z540-1", True),
    ("Guard banding to Z540.3", "guard-banding", True),
    ("Guard band between LTE channels", "guard-banding", False),
    ("Decision rules for statements of conformity per ISO 17025", "decision-rule", True),
    ("Decision rules for the claims engine", "decision-rule", False),
    ("Probability of false accept under 2%", "false-accept-risk", True),
    ("PFA risk under 2% with guard banding", "false-accept-risk", True),
    ("PFA tubing and fittings", "false-accept-risk", False),
    ("Recorded as-found/as-left data", "as-found-as-left", True),
    ("Out-of-tolerance investigations", "out-of-tolerance-investigation", True),
    (
        "Calibrated instruments found out-of-tolerance were quarantined",
        "out-of-tolerance-investigation",
        True,
    ),
    ("Parts out-of-tolerance on the CNC mill", "out-of-tolerance-investigation", False),
    # software
    ("Calibration software", "calibration-software", True),
    ("Calibration management system administration", "calibration-management-software", True),
    ("GageTrak", "gagetrak", True),
    ("Blue Mountain RAM administrator", "blue-mountain-ram", True),
    ("Calibration records in Blue Mountain", "blue-mountain-ram", True),
    ("Blue Mountain ski resort lift operator", "blue-mountain-ram", False),
    ("IndySoft", "indysoft", True),
    ("Beamex calibrators", "beamex", True),
    ("Beamex CMX", "beamex-cmx", True),
    ("MET/TEAM", "fluke-met-team", True),
    ("Wrote MET/CAL procedures", "fluke-met-cal", True),
    ("Metcal soldering station", "fluke-met-cal", False),
    ("Qualer", "qualer", True),
    # credentials and titles
    ("ASQ CCT", "asq-cct", True),
    ("Certified Calibration Technician (ASQ)", "asq-cct", True),
    ("CCT certified cardiographic technician", "asq-cct", False),
    ("Calibration Technician", "calibration-technician", True),
    ("Cal Tech II, calibrated pipettes and balances", "calibration-technician", True),
    ("Graduated from Cal Tech with a calibration research project", "calibration-technician", False),
    ("Metrology Technician", "metrology-technician", True),
    ("Metrologist", "metrologist", True),
    ("Calibration Coordinator", "calibration-coordinator", True),
]


def test_domain_calibration_metrology_filing(vocabulary):
    for pipette in ("gravimetric-pipette-calibration", "photometric-pipette-calibration"):
        assert "pipette-calibration" in vocabulary.ancestors(pipette)
        assert "calibration" in vocabulary.ancestors(pipette)
    for part in ("iso-8655-2", "iso-8655-6", "iso-8655-7"):
        assert "iso-8655" in vocabulary.ancestors(part)
    assert "pipette-calibration-system" in vocabulary.ancestors("artel-pcs")
    assert "micropipette" in vocabulary.ancestors("rainin-pipet-lite")
    for weights in ("oiml-class-e2", "oiml-class-f1", "astm-class-1-weights"):
        assert "calibration-weights" in vocabulary.ancestors(weights)
    for test in ("balance-eccentricity-test", "balance-repeatability-test", "balance-linearity-test"):
        assert "balance-calibration" in vocabulary.ancestors(test)
    sprt = vocabulary.ancestors("sprt")
    assert {"rtd", "reference-thermometer", "temperature-sensor"} <= set(sprt)
    for sensor in ("thermistor", "thermocouple"):
        assert "temperature-sensor" in vocabulary.ancestors(sensor)
    assert "dry-block-calibrator" in vocabulary.ancestors("fluke-9142")
    assert "temperature-calibrator" in vocabulary.ancestors("temperature-calibration-bath")
    assert "hygrometer" in vocabulary.ancestors("chilled-mirror-hygrometer")
    assert "tachometer" in vocabulary.ancestors("optical-tachometer")
    assert "data-logger" in vocabulary.ancestors("onset-hobo")
    assert "measurement-uncertainty" in vocabulary.ancestors("uncertainty-budget")
    assert "calibration-management-software" in vocabulary.ancestors("gagetrak")
    assert "calibration-management-software" not in vocabulary.ancestors("fluke-met-cal")
    assert "asq-certification" in vocabulary.ancestors("asq-cct")
    for body in ("a2la", "anab", "nvlap", "pjla"):
        assert "iso-17025" in vocabulary.concepts[body].related
        assert vocabulary.concepts[body].category.value == "standard"
    assert vocabulary.concepts["calibration-technician"].category.value == "title"
    assert vocabulary.concepts["fluke-calibration"].category.value == "manufacturer"
    assert "fluke" not in vocabulary.ancestors("fluke-calibration")


def test_domain_calibration_metrology_forms(checker):
    each_case(_CASES, line_check(checker))
