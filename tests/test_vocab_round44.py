"""Vocabulary added where the forty-fourth round of held-out pairs showed it thin.

Stereotactic radiosurgery service (stereotactic-radiosurgery-service.yaml), resuscitation equipment
fleets (resuscitation-equipment-fleet.yaml), surgical energy and OR support equipment
(surgical-energy-support.yaml), urgent care and occupational health with limited-scope X-ray
(urgent-care-occupational-health.yaml) and Canadian laboratory assistant practice
(canadian-lab-assistant.yaml), with the concepts of older files they extend. Each ambiguous form is
checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check


def test_radiosurgery_service_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Test interlocks, E-stop circuits and room radiation monitors after every repair", "emergency-stop")
    check("Verify emergency stops and door interlocks on the treatment unit", "emergency-stop")
    check("Troubleshoot PPS and shielding door failures to board level", "radiation-shielding-door")
    check(
        "Support monthly QA: dosimetry with a PTW Farmer chamber and UNIDOS electrometer",
        "radiation-dosimetry",
    )
    check("Support the customer's physicist with output and dosimetry measurements", "radiation-dosimetry")
    # a dosimetry badge or a sterilization dose map is not the physicist's beam dosimetry
    check("Wear your dosimetry badge at all times", "radiation-dosimetry", False)
    check("Reviewed dosimetry records for the gamma irradiator dose mapping", "radiation-dosimetry", False)
    check("Supported two Perfexion Co-60 source exchanges (2022, 2024)", "co60-source-exchange")
    check("Assist with Cobalt-60 source reloading and decommissioning projects", "co60-source-exchange")
    check("Quarterly HDR afterloader source exchange with the Ir-192 vendor", "co60-source-exchange", False)
    check("Cobalt-60 source reloading and decommissioning", "cobalt-60")
    check("NRC Increased Controls: T&R approved for unescorted access, 2021", "trustworthiness-reliability")
    check(
        "Able to obtain a trustworthiness and reliability (T&R) determination", "trustworthiness-reliability"
    )
    check("Research and development (R&D) and T&R budgets", "trustworthiness-reliability", False)
    check("Leksell Gamma Knife Icon Service Course, Level 2 - Elekta, Stockholm, 2022", "oem-training")
    check("Completed a customer service course at the community college", "oem-training", False)
    check("Hazmat employee training per 49 CFR 172.704 (DOT), renewed 2025", "dot-iata-certification")
    parent("co60-source-exchange", "gamma-knife", False)
    check("DOT hazardous materials (HM-126F) training for compressed oxygen", "dot-iata-certification")
    check(
        "DOT hazmat employee training (49 CFR 172.704), or complete it within 90 days",
        "dot-iata-certification",
    )
    # the isotope stays its own term beside the exchange
    check("Supported two Perfexion Co-60 source exchanges (2022, 2024)", "cobalt-60")
    check(
        "Administer the personnel dosimetry program: issue OSL and TLD badges; ion chambers calibrated",
        "radiation-dosimetry",
        False,
    )


def test_resuscitation_fleet_terms(checker):
    check = line_check(checker)
    check(
        "Verify energy delivery, sync cardioversion and external pacing with a Fluke Impulse 7000DP",
        "defibrillator-energy-output-test",
    )
    check(
        "Verify energy delivery, sync cardioversion and external pacing with a Fluke Impulse 7000DP",
        "transcutaneous-pacer",
    )
    check(
        "Verify energy delivery, sync cardioversion and external pacing with a Fluke Impulse 7000DP",
        "cardioversion",
    )
    check(
        "Checks of defibrillators, including energy output and synchronized cardioversion",
        "defibrillator-energy-output-test",
    )
    # energy words of another trade
    check(
        "Reduced the building's energy output by 12% with LED retrofits",
        "defibrillator-energy-output-test",
        False,
    )
    check("Measured laser energy output with a power meter", "defibrillator-energy-output-test", False)
    check(
        "Temporary external pacing boxes for post-op cardiac surgery patients", "transcutaneous-pacer", False
    )
    check("Manage the public access defibrillation (PAD) program - 31 AEDs", "public-access-defibrillation")
    check("Experience running a public-access AED program", "public-access-defibrillation")
    # PAD as peripheral artery disease
    check("Ankle-brachial index testing for PAD in the vascular lab", "public-access-defibrillation", False)
    check("Replaced expired PAD pads on 40 AEDs", "public-access-defibrillation", False)


def test_surgical_energy_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check(
        "Output power at five loads per mode, REM alarm thresholds and RF leakage on the ESU analyzer",
        "return-electrode-monitoring",
    )
    check("check return electrode monitoring function", "return-electrode-monitoring")
    check("Scored REM sleep and arousals on overnight polysomnograms", "return-electrode-monitoring", False)
    check("IHE REM profile for dose reporting", "return-electrode-monitoring", False)
    check("burns at the dispersive electrode site", "dispersive-electrode")
    check("investigation of two patient return electrode burns", "dispersive-electrode")
    check("Polished the return electrode of the electrochemical cell", "dispersive-electrode", False)
    check("Buffalo Filter VisiClear smoke evacuation units", "buffalo-filter-visiclear")
    check("Buffalo Filter VisiClear smoke evacuation units in 22 ORs", "smoke-evacuator")
    check("Stryker Neptune 3 rovers and docking stations", "stryker-neptune-3")
    check("Surgical support: Bair Hugger warmers; tourniquets; Neptune 3", "stryker-neptune-3")
    check("Neptune 3 album release party", "stryker-neptune-3", False)
    check("Verify tourniquet cuff pressure with a digital pressure meter", "pressure-meter")
    parent("stryker-neptune-3", "stryker-neptune")
    parent("buffalo-filter-visiclear", "smoke-evacuator")
    parent("netech-digimano", "pressure-meter")


def test_urgent_care_and_limited_xray_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check(
        "Limited Medical Radiologic Technologist (LMRT), Texas Medical Board - registered 2020", "texas-lmrt"
    )
    check("Yesenia M. Carrizales, LMRT, CCMA", "texas-lmrt")
    parent("texas-lmrt", "limited-xray-license")
    check("Perform spirometry, audiograms, PPD placement and reading, and 12-lead EKG", "audiometry")
    check(
        "Perform spirometry, audiograms, PPD placement and reading, and 12-lead EKG", "tuberculin-skin-test"
    )
    check("Perform spirometry, audiometry, TB skin tests and 12-lead EKG", "tuberculin-skin-test")
    check("Read PPDs at 48-72 hours and record induration in mm", "tuberculin-skin-test")
    check("PPD nebulizer for the respiratory lab", "tuberculin-skin-test", False)
    check("Scored TST and sleep efficiency for each study", "tuberculin-skin-test", False)
    check("CAOHC certification for hearing conservation", "caohc-cohc")
    check("Handle patient positioning, select technique factors (kVp, mAs)", "radiographic-positioning")
    check("Handle patient positioning, select technique factors (kVp, mAs)", "exposure-factors")
    check("Chest, extremity and spine X-ray; positioning; exposure factors", "radiographic-positioning")
    # bare positioning is read as written: a posting's 'Position:' is no X-ray skill
    check("Position: Radiologic Technologist - X-ray, chest and extremity", "radiographic-positioning", False)
    check("Calibrated audiometers in the audiometric test rooms", "audiometry", False)
    check("Konica Minolta AeroDR wireless detectors; PACS", "konica-minolta-aerodr")
    parent("konica-minolta-aerodr", "dr-detector")
    check("CBC with 3-part diff (Sysmex pocH-100i)", "three-part-differential")
    check("CBC with 3-part diff (Sysmex pocH-100i)", "manual-differential", False)
    parent("sysmex-poch-line", "three-part-diff-analyzer")
    check("EHR experience with Experity, athenaOne or eClinicalWorks", "experity")
    check("Trained two new MAs on the eCW EMR", "eclinicalworks")
    check(
        "Occupational medicine: DOT physicals, drug screens and audiograms for employers",
        "occupational-medicine",
    )
    check("occupational health provider for about 200 employers", "occupational-medicine")
    check("Follow occupational health and safety rules in the lab", "occupational-medicine", False)
    # the place names and companies of the pair's traps
    check("4410 CR 117, Floresville, TX 78114", "computed-radiography", False)


def test_canadian_lab_assistant_terms(checker):
    check = line_check(checker)
    check("Graduate of a recognized Medical Laboratory Assistant/Technician program", "mla-program")
    check("Ontario College Certificate, MLA/T program - Cataraqui College, Kingston, ON, 2021", "mla-program")
    check("Completing the MLA program at the college; phlebotomy practicum in May", "mla-program")
    check("Cite sources in MLA program style for the English department", "mla-program", False)
    check("Submit occurrence reports in RLDatix", "rldatix")
    check("report near misses as incident reports in RL6", "rldatix")
    check("Drove the RL6 trim of the truck fleet", "rldatix", False)
    check("LIS (Orchard Harvest); MS Office; UA dipsticks", "urine-dipstick")


def test_autoimmune_and_quality_terms(checker):
    check = line_check(checker)
    check("Verified precision per CLSI EP15-A2", "clsi-ep15")
    check("Siemens BN ProSpec nephelometer", "nephelometer")
    check("Phadia 250 (ImmunoCAP): sIgE, total IgE", "allergy-testing")
    check("Perform specific IgE testing for food, inhalant, venom and drug allergens", "allergy-testing")
    check(
        "component-resolved diagnostics, including alpha-gal (galactose-alpha-1,3-galactose) testing",
        "alpha-gal-ige",
    )
    # QC in a Quebec address is the province, not quality control
    check(
        "Medical Laboratory Technologist - Centre hospitalier du Vieux-Port, Montréal, QC - Jun 2014",
        "quality-control",
        False,
    )
    check(
        "B.Sc., Microbiology and Immunology - Université du Mont-Royal, Montréal, QC, 2012",
        "quality-control",
        False,
    )
    check("1200 rue Principale, Laval, QC H7N 2P5", "quality-control", False)
    check("Ran daily QC on the chemistry analyzers", "quality-control")
    check("Hematology, QC and calibration records", "quality-control")


def test_nephelometer_shows_nephelometry(vocabulary):
    assert "datix" in vocabulary.concepts["rldatix"].same_as
    assert "nephelometry" in vocabulary.concepts["nephelometer"].related
    assert "digital-radiography" in vocabulary.concepts["dr-detector"].related
