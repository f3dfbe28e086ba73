"""Vocabulary added where the forty-first round of held-out pairs showed it thin: the pulmonary function lab
(pulmonary-function.yaml: pulmonary function testing, spirometry, bronchodilator response, lung volumes by
body plethysmography, nitrogen washout and helium dilution, DLCO with TLCO as the European name, MIP/MEP and
SNIP, FeNO and the NIOX VERO, bronchoprovocation with methacholine, mannitol, EVH and exercise challenges, the
forced oscillation technique and impulse oscillometry, CPET with metabolic carts and cycle ergometers,
six-minute walk, shuttle walk, high-altitude simulation and shunt studies, the ATS/ERS standards, the ATS and
ERS, GLI and NHANES III reference equations, maneuver repeatability with reproducibility as its older name,
calibration syringes, volume linearity, biological QC, test gas, the CO/CH4 analyzer, pneumotachographs, PFT
filters and MicroGard, MGC Diagnostics with MedGraphics as its former name, the Elite, CPFS/D and Ultima
lines, BreezeSuite, SentrySuite, the Jaeger MasterScreen, Vyntus BODY and CPX, Vmax, ndd EasyOne, COSMED,
Lode, Hans Rudolph, the NBRC with CRT, RRT, CPFT, RPFT and ACCS, the AE-C, the respiratory therapist licence,
CoARC, the AARC and the field; CareFusion beside respiratory words is Vyaire's former name; Cidex OPA and
glutaraldehyde in endoscopy.yaml); the sleep lab (sleep-diagnostics.yaml: polysomnography, split-night and PAP
titration studies, MSLT, MWT, home sleep apnea testing with OCST and HST, WatchPAT, ApneaLink, Nox T3,
NightOne, Embletta, NightOwl, the Natus Embla, Compumedics Grael and Philips Alice systems, Polysmith,
amplifiers, headboxes, synchronized infrared video, oronasal thermal sensors, nasal pressure cannulas, RIP and
piezo effort belts, snore and position sensors, the 10-20 system, gold cup electrodes, collodion, Ten20,
impedance checks, physiologic calibrations, EOG, the PSG signal simulator, OmniLab Advanced+, ASV, AirCurve,
AirSense, DreamStation, mask fitting, overnight oximetry, Nonin WristOx2, actigraphy and the Actiwatch, EDF,
the scoring software, the AASM with its manual and accreditation, ICSD-3, R&K, BRPT, RPSGT, CPSGT, CCSH, RST,
the NBRC SDS, polysomnographic technology programmes, the titles and sleep medicine; 'Biomedical Engineering'
after 'with' is the clinical engineering department); breath alcohol testing (breath-alcohol-testing.yaml:
EBTs and PBTs under one breath alcohol tester, Intoxilyzer 9000, 8000 and 5000, Intox EC/IR II, DataMaster
DMT, Alcotest 9510, 7110 and 6820, Alco-Sensor FST, IV and V XL, Lifeloc FC10 and FC20, ignition interlocks,
IR sample chambers, fuel cells, breath tube heaters, wet-bath simulators with Guth 2100 and Toxitest II,
ethanol reference solutions, dry-gas standards, NHTSA with its CPL and model specifications, 49 CFR Part 40,
the Breath Alcohol Technician, breath test operators, SFST, COBRA, administrative licence hearings, the IACT
and the makers; calibration intervals and infrared spectroscopy elsewhere; TMDE answers electronic test
equipment); histology instrument service (histology-instruments.yaml: rotary and sliding microtomes with the
rotary models refiled, carbon fume filters apart from the water filter, local exhaust ventilation, level
sensors, rotary valves, the Revos, anemometers with the VelociCalc, CBG Biotech and B/R Instrument, the title;
downdraft grossing stations, H&E autostainers, special-stain platforms, cassette and slide writers, solvent
recovery stills, Thermo Shandon and customer training as forms of existing concepts); wireless and RF
(wireless-medical-networks.yaml: RF engineering, WMTS and its registration, ASHE, the FCC, Part 15, MedRadio,
MBAN, telemetry dropouts, DAS and ERRCS, spectrum surveys, EMI and RFI, wireless coexistence with ANSI C63.27
and AAMI TIR69, medical IT networks and IEC 80001-2-3, Wi-Fi site surveys, channel plans, SNR, RSSI, QoS with
WMM and DSCP, fast roaming, IEEE 802.11 and its generations, WLAN controllers, Cisco, WPA3, PEAP, survey
tools, spectrum analyzers by make, clinical mobile devices, MDM, CWNP and its credentials, the ECSE, the
amateur radio licence; alarm middleware is secondary alarm notification; BSEE and MSEE are named degrees); and
the light microscopy core (light-microscopy.yaml: light, wide-field, bright-field and transmitted-light
microscopy, DIC, Köhler illumination, confocals by make, spinning disks, multiphoton microscopes and their
lasers, light-sheet, TIRF, super-resolution (STED, SIM, SMLM, STORM, PALM, MINFLUX) and its instruments, FLIM,
TCSPC, FRET, FRAP, live-cell imaging, phototoxicity, fluorophores, spectral unmixing, Nyquist sampling, ROI
analysis, propidium iodide, inverted stands, stage-top incubators, objectives, PMT, GaAsP, HyD, sCMOS and
EMCCD cameras by make, PSF and its beads, optical power meters, tissue clearing, image analysis and
acquisition software, OMERO, the ANSI Z136 series, IEC 60825-1, 21 CFR 1040.10, the Board of Laser Safety, the
ABRF, RMS and MSA; biophysics, cell biology and optics degrees; MRI spike noise and zipper artifacts in
imaging.yaml). Each ambiguous form is checked in its other sense too."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check

# --- pulmonary function ----------------------------------------------------------------------------------


def test_pulmonary_function_tests_and_their_parts(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("spirometry", "pulmonary-function-testing")
    parent("bronchodilator-response", "spirometry")
    parent("body-plethysmography", "lung-volume-measurement")
    parent("nitrogen-washout", "lung-volume-measurement")
    parent("impulse-oscillometry", "forced-oscillation-technique")
    parent("methacholine-challenge", "bronchoprovocation")
    parent("evh-challenge", "bronchoprovocation")
    parent("co-ch4-analyzer", "pft-gas-analyzer")
    parent("niox-vero", "feno-analyzer")
    check("Spirometry with pre- and post-bronchodilator studies", "bronchodilator-response")
    check("Single-breath diffusing capacity and TLCO", "dlco")
    check("Lung volumes by body box and N2 washout", "nitrogen-washout")
    check("Impulse oscillometry (IOS) for the asthma clinic", "impulse-oscillometry")
    check("Exhaled nitric oxide (NIOX VERO)", "feno")
    check(
        "Upright and supine vital capacity, MIP/MEP and sniff nasal pressure", "maximal-respiratory-pressures"
    )
    # another trade's MIP, MEP, IOS and oscillometry
    check("Three-phase MIP reconstructions on the CT scanner", "maximal-respiratory-pressures", False)
    check("Ability to read architectural and MEP drawings", "maximal-respiratory-pressures", False)
    check("Supported iOS and Android devices for the clinic", "impulse-oscillometry", False)
    check("Oscillometric blood pressure (NIBP) modules", "forced-oscillation-technique", False)
    posting = "Duties\n- Conduct bronchoprovocation testing and six-minute walk tests\n"
    resume = "Experience\n- Methacholine challenge (Provocholine) and 6MWT with SpO2\n"
    status = _statuses(checker, posting, resume)
    assert status["bronchoprovocation testing"] is Status.RELATED, status
    assert status["six-minute walk tests"] is Status.SYNONYM, status


def test_cpet_is_cpx_and_a_metabolic_cart_by_its_model(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("mgc-ultima-cardio2", "metabolic-cart")
    parent("lode-corival", "cycle-ergometer")
    parent("vyntus-cpx", "metabolic-cart")
    check("CPX on MedGraphics Ultima CardiO2 with a Lode Corival", "cpet")
    check("Sold CPX index options on the trading desk", "cpet", False)
    check("Rowing ergometer sessions at the gym", "cycle-ergometer", False)
    posting = "Duties\n- Run cardiopulmonary exercise testing (CPET) on a metabolic cart\n"
    resume = "Experience\n- CPX on MedGraphics Ultima CardiO2 with a Lode Corival\n"
    status = _statuses(checker, posting, resume)
    assert status["cardiopulmonary exercise testing"] is Status.SYNONYM, status
    assert status["metabolic cart"] is Status.RELATED, status


def test_ats_ers_standards_and_the_applicant_tracking_system(checker):
    check = line_check(checker)
    check("ATS/ERS 2019 spirometry and 2017 diffusing capacity standards", "ats-ers-standards")
    check(
        "Reviewed spirometry grading with the American Thoracic Society criteria", "american-thoracic-society"
    )
    check(
        "Submit your resume through our ATS (applicant tracking system) by clicking Apply.",
        "american-thoracic-society",
        False,
    )
    check("GLI-2012 and GLI Global race-neutral reference values", "gli-reference-equations")


def test_repeatability_of_a_maneuver_and_of_an_assay(checker):
    check = line_check(checker)
    check(
        "Grade every maneuver for acceptability and repeatability under the ATS/ERS standards",
        "pft-repeatability",
    )
    check(
        "Grade every maneuver for acceptability and repeatability under the ATS/ERS standards",
        "precision-study",
        False,
    )
    check("Precision study: within-run repeatability and between-day CV for the new assay", "precision-study")
    check(
        "Precision study: within-run repeatability and between-day CV for the new assay",
        "pft-repeatability",
        False,
    )
    posting = (
        "Duties\n- Grade every maneuver for acceptability and repeatability under the ATS/ERS standards\n"
    )
    resume = "Experience\n- Acceptability and reproducibility grading per ATS/ERS 2019 spirometry standard\n"
    status = _statuses(checker, posting, resume)
    assert status["repeatability"] is Status.SYNONYM, status


def test_pft_quality_words_count_only_in_the_pft_lab(checker):
    check = line_check(checker)
    check("Weekly biologic control testing on three healthy staff volunteers", "pft-biological-control")
    check("Daily 3-L calibration syringe and volume linearity checks", "calibration-syringe")
    check("Daily 3-L calibration syringe and volume linearity checks", "spirometer-volume-linearity")
    check("CO/CH4 analyzer calibration and diffusion test gas tanks", "pft-test-gas")
    check("Calibrated the anesthesia agent analyzer with test gas from the cylinder", "pft-test-gas", False)
    check("Vmax and Km for the enzyme kinetics practical", "sensormedics-vmax", False)
    # Colorado is never carbon monoxide
    check("High Plains Regional Medical Center, Aurora, CO", "pft-test-gas", False)
    check("High Plains Regional Medical Center, Aurora, CO", "co-ch4-analyzer", False)


def test_nbrc_credentials_and_their_other_meanings(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("nbrc-rpft", "nbrc-cpft")
    parent("nbrc-rrt", "nbrc-crt")
    check("Registered Respiratory Therapist (RRT) - NBRC, 2014", "nbrc-rrt")
    check("Lucía B. Marchetti, RRT, CPFT", "nbrc-rrt")
    check("Ran CRRT and other renal replacement therapy (RRT) on the ICU", "nbrc-rrt", False)
    check("Replaced the CRT monitors with LCD displays", "nbrc-crt", False)
    check("Graduate of a CoARC-accredited respiratory care program", "coarc")
    posting = "Preferred\n- RPFT\n"
    resume = (
        "Credentials\n- RPFT (Registered Pulmonary Function Technologist) - NBRC exam scheduled March 2027\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["RPFT"] is Status.IN_PROGRESS, status


def test_medgraphics_and_carefusion_as_former_names(checker):
    check = line_check(checker)
    check("CareFusion Jaeger MasterScreen Body and MasterScreen PFT", "vyaire")
    check("CareFusion Jaeger MasterScreen Body and MasterScreen PFT", "becton-dickinson", False)
    check("Alaris pumps and Pyxis cabinets from CareFusion", "becton-dickinson")
    check("Alaris pumps and Pyxis cabinets from CareFusion", "vyaire", False)
    posting = "Preferred\n- Experience with MGC Diagnostics systems and PFT software\n"
    resume = "Experience\n- Schedule repairs with MedGraphics field service; BreezeSuite reports\n"
    status = _statuses(checker, posting, resume)
    assert status["MGC Diagnostics"] is Status.SYNONYM, status
    assert status["PFT software"] is Status.RELATED, status


def test_high_level_disinfectants_show_high_level_disinfection(checker):
    check = line_check(checker)
    check("Moved reusable valves and mouthpieces to Cidex OPA processing", "cidex-opa")
    check("Activated glutaraldehyde (Cidex) soak logs", "glutaraldehyde-disinfectant")
    posting = "Duties\n- Oversee high-level disinfection of reusable valves\n"
    resume = "Experience\n- Moved reusable valves to Cidex OPA processing\n"
    status = _statuses(checker, posting, resume)
    assert status["high-level disinfection"] is Status.RELATED, status


# --- sleep lab -------------------------------------------------------------------------------------------


def test_hst_is_a_home_sleep_test_never_hawaii_time(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("watchpat-one", "hsat")
    parent("apnealink-air", "hsat")
    check("Prepare, download and clean 40 HST units (WatchPAT ONE and Nox T3)", "hsat")
    check(
        "Schedule: 12:30 p.m. to 11:00 p.m. HST, so that you overlap with the evening set-up", "hsat", False
    )
    check("Prices include 13% HST (Harmonized Sales Tax)", "hsat", False)
    posting = (
        "Duties\n- Set up home sleep apnea testing (HSAT) devices and oronasal thermal airflow sensors\n"
    )
    resume = "Experience\n- Prepare 40 HST units (WatchPAT ONE and Nox T3); apply oral-nasal thermocouples\n"
    status = _statuses(checker, posting, resume)
    assert status["home sleep apnea testing"] is Status.SYNONYM, status
    assert status["oronasal thermal airflow sensors"] is Status.RELATED, status


def test_psg_systems_makers_and_names_that_are_not_them(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("embla-n7000", "natus-embla")
    parent("compumedics-grael", "sleep-lab-equipment")
    parent("philips-alice-6", "philips-alice")
    parent("remlogic", "sleep-scoring-software")
    parent("nonin-wristox2", "pulse-oximeter")
    parent("actiwatch-spectrum", "actigraphy")
    check("Ran attended PSG and split-night studies on Embla N7000 amplifiers", "polysomnography")
    check("Season tickets for Paris Saint-Germain (PSG)", "polysomnography", False)
    check("Set up Philips Alice 6 LDxS systems", "philips-alice-6")
    check("Alice Nakamura, Sleep Lab Manager - available on request", "philips-alice", False)
    check("Applied firmware patches to Grael, ProFusion PSG 4 and RemLogic", "profusion-psg")
    check("Offered a profusion of choices at the cafeteria", "profusion-psg", False)
    check("Applied chin EMG, RIP belts and snore microphones", "rip-belt")
    check("Rip and replace the old drywall in the break room", "rip-belt", False)
    check("Export studies as EDF files for the research group", "edf-format")
    check("Managed the EDF Energy supply contract", "edf-format", False)


def test_infrared_video_of_a_sleep_lab_is_not_a_thermal_imager(checker):
    check = line_check(checker)
    check(
        "Headboxes, amplifiers, acquisition PCs and synchronized infrared cameras for PSG", "psg-video-camera"
    )
    check(
        "Headboxes, amplifiers, acquisition PCs and synchronized infrared cameras for PSG",
        "thermal-camera",
        False,
    )
    check("Infrared camera thermography of electrical panels and switchgear", "thermal-camera")
    check("Infrared camera thermography of electrical panels and switchgear", "psg-video-camera", False)


def test_sleep_set_up_and_credentials(checker):
    posting = "Duties\n- Run physiologic calibrations and confirm EEG, EOG and EMG channels\n"
    resume = "Experience\n- Audit set-ups with bio-cals; applied EEG, electrooculogram and chin EMG\n"
    status = _statuses(checker, posting, resume)
    assert status["physiologic calibrations"] is Status.SYNONYM, status
    assert status["EOG"] is Status.SYNONYM, status
    posting = "Requirements\n- RPSGT from the BRPT\n"
    resume = "Certifications\n- Registered Polysomnographic Technologist - BRPT, 2019\n"
    status = _statuses(checker, posting, resume)
    assert status["RPSGT"] is Status.SYNONYM, status
    check = line_check(checker)
    check("Registered Sleep Technologist (RST) from the American Board of Sleep Medicine", "rst")
    check("Pulled the RST pin low to reset the microcontroller", "rst", False)


def test_biomedical_engineering_the_department(checker):
    check = line_check(checker)
    check("Partner with Biomedical Engineering on repairs beyond first line", "clinical-engineering")
    check("B.S. in Biomedical Engineering, State University, 2019", "clinical-engineering", False)
    posting = "Duties\n- Work with Healthcare Technology Management (HTM) on repairs\n"
    resume = "Experience\n- Partner with Biomedical Engineering on repairs beyond first line\n"
    status = _statuses(checker, posting, resume)
    assert status["Healthcare Technology Management"] is Status.SYNONYM, status


# --- breath alcohol --------------------------------------------------------------------------------------


def test_evidential_and_preliminary_breath_testers(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("intoxilyzer-9000", "evidential-breath-tester")
    parent("intox-ec-ir-ii", "evidential-breath-tester")
    parent("alco-sensor-v-xl", "preliminary-breath-tester")
    parent("draeger-alcotest-6820", "preliminary-breath-tester")
    parent("guth-2100", "wet-bath-simulator")
    check("Certify evidential breath testing instruments (EBTs) statewide", "evidential-breath-tester")
    check("EBT cards are accepted at the hospital cafeteria", "evidential-breath-tester", False)
    # the driving offence is no instrument
    check("Impaired driving (OWI: operating while intoxicated) cases", "intox-ec-ir-ii", False)
    posting = (
        "Duties\n- Certify evidential breath testing instruments and service preliminary breath test "
        "devices\n"
    )
    resume = "Experience\n- Certify 96 evidential breath analyzers; service Alco-Sensor V XL handhelds\n"
    status = _statuses(checker, posting, resume)
    assert status["evidential breath testing instruments"] is Status.SYNONYM, status
    assert status["preliminary breath test devices"] is Status.RELATED, status


def test_breath_instrument_parts_simulators_and_standards(checker):
    posting = (
        "Duties\n- Replace breath tube heaters; prepare ethanol reference solutions and dry-gas ethanol "
        "standards\n"
    )
    resume = (
        "Experience\n- Replaced heated breath hose circuits; prepared simulator solutions; moved to "
        "compressed ethanol gas standards\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["breath tube heaters"] is Status.SYNONYM, status
    assert status["ethanol reference solutions"] is Status.SYNONYM, status
    assert status["dry-gas ethanol standards"] is Status.SYNONYM, status
    check = line_check(checker)
    check("Fuel cell sensor and IR sample chamber replacement on the Intoxilyzer", "fuel-cell-sensor")
    check("Installed hydrogen fuel cell backup generators", "fuel-cell-sensor", False)


def test_cpl_cmi_and_cobra_in_their_own_sense(checker):
    check = line_check(checker)
    check(
        "Evaluate calibrating devices against the NHTSA Conforming Products List (CPL)",
        "nhtsa-conforming-products-list",
    )
    check("Promoted to Cpl in 2014 and Sgt in 2016", "nhtsa-conforming-products-list", False)
    check("NHTSA/IACP Standardized Field Sobriety Testing (SFST)", "sfst")
    check("NHTSA/IACP Standardized Field Sobriety Testing (SFST)", "nhtsa-conforming-products-list", False)
    check("CMI factory service school, Intoxilyzer 9000", "cmi-inc")
    check("Tracked the case mix index (CMI) for the hospital", "cmi-inc", False)
    check("Upload instrument data to the statewide breath test database (COBRA)", "cobra-breath-data")
    check("Explained COBRA continuation coverage to departing staff", "cobra-breath-data", False)


def test_metrology_wordings_of_the_breath_program(checker):
    posting = (
        "Requirements\n- Working knowledge of calibration intervals, infrared spectroscopy and electronic "
        "test equipment\n"
    )
    resume = "Experience\n- Set calibration recall intervals; IR spectroscopy module; calibrated TMDE\n"
    status = _statuses(checker, posting, resume)
    assert status["calibration intervals"] is Status.SYNONYM, status
    assert status["infrared spectroscopy"] is Status.SYNONYM, status
    assert status["electronic test equipment"] is Status.SYNONYM, status


# --- histology instruments -------------------------------------------------------------------------------


def test_histology_instruments_and_their_shop_names(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("leica-rm2235", "rotary-microtome")
    parent("rotary-microtome", "microtome")
    parent("tsi-velocicalc", "anemometer")
    parent("dako-artisan", "special-stainer")
    check("Connect processors and cassette writers to Epic Beaker AP", "cassette-printer")
    check("Install and service solvent recovery stills for xylene", "solvent-recycler")
    check("H&E autostainers: Prisma Plus, Leica ST5020", "he-stainer")
    check("Multi-vendor experience on Sakura, Leica and Thermo Shandon systems", "epredia")
    posting = "Duties\n- Service special-stain platforms and cassette printers\n"
    resume = "Experience\n- Service Dako Artisan Link Pro stainers and cassette writers\n"
    status = _statuses(checker, posting, resume)
    assert status["special-stain platforms"] is Status.RELATED, status
    assert status["cassette printers"] is Status.SYNONYM, status


def test_carbon_filters_of_a_processor_and_of_a_water_system(checker):
    check = line_check(checker)
    check("Replace charcoal filters and verify exhaust on processors and stainers", "fume-carbon-filter")
    check(
        "Replace charcoal filters and verify exhaust on processors and stainers",
        "activated-carbon-filter",
        False,
    )
    check("Replace carbon filters ahead of the RO membranes to remove chlorine", "activated-carbon-filter")
    check("Replace carbon filters ahead of the RO membranes to remove chlorine", "fume-carbon-filter", False)
    posting = (
        "Duties\n- Verify fume extraction and check airflow with an anemometer; provide customer training\n"
    )
    resume = (
        "Experience\n- Verify local exhaust ventilation and hood face velocity with a TSI VelociCalc; "
        "delivered in-service training\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["fume extraction"] is Status.SYNONYM, status
    assert status["anemometer"] is Status.RELATED, status
    assert status["customer training"] is Status.SYNONYM, status


# --- light microscopy ------------------------------------------------------------------------------------


def test_microscopes_by_kind_and_model(checker, vocabulary):
    parent = parent_check(vocabulary)
    parent("yokogawa-csu-x1", "spinning-disk-confocal")
    parent("spinning-disk-confocal", "confocal-microscope")
    parent("zeiss-lsm-980", "confocal-microscope")
    parent("thorlabs-bergamo", "multiphoton-microscope")
    parent("coherent-chameleon", "ti-sapphire-laser")
    parent("zeiss-lightsheet-7", "light-sheet-microscope")
    parent("storm-microscopy", "smlm")
    parent("sim-microscopy", "super-resolution-microscopy")
    parent("hamamatsu-orca-fusion", "scmos-camera")
    parent("okolab-stage-top-incubator", "stage-top-incubator")
    parent("tetraspeck-beads", "sub-resolution-beads")
    parent("thorlabs-pm100", "optical-power-meter")
    posting = "Requirements\n- Hands-on multiphoton, TIRF and light-sheet experience\n"
    resume = "Experience\n- Ran two-photon, total internal reflection fluorescence and SPIM systems\n"
    status = _statuses(checker, posting, resume)
    assert status["multiphoton"] is Status.SYNONYM, status
    assert status["TIRF"] is Status.SYNONYM, status
    assert status["light-sheet"] is Status.SYNONYM, status


def test_fiji_pi_roi_and_sim_in_their_other_senses(checker):
    check = line_check(checker)
    check("Experience with a 3D image analysis package such as Imaris or Fiji", "imagej")
    check("BSc Biology - Pacific Islands College of Science, Suva, Fiji, 2013", "imagej", False)
    check("PI staining of dead cells with DAPI counterstain", "propidium-iodide")
    check("Helping PIs design imaging experiments", "propidium-iodide", False)
    check("ROI-based intensity analysis in Fiji", "region-of-interest-analysis")
    check("Shows the core's return on investment (ROI) to the Dean", "region-of-interest-analysis", False)
    check("Super-resolution experience (STED, SIM or SMLM)", "sim-microscopy")
    check("Ran the nursing SIM lab's manikins and scenario debriefs", "sim-microscopy", False)
    check("Issued SIM cards for the on-call phones", "sim-microscopy", False)
    # 3D image analysis is no surgical 3D video
    check("Experience with a 3D image analysis package such as Imaris", "surgical-3d-video", False)


def test_plain_microscopy_words_need_a_microscope(checker):
    check = line_check(checker)
    check("Cleaning and inspecting objectives before Köhler illumination alignment", "microscope-objective")
    check("Met all project objectives for the microscope upgrade on time", "microscope-objective", False)
    check("Laser power checks with a power meter at the objective", "optical-power-meter")
    check(
        "Replaced the facility's electrical power meter on the main switchboard", "optical-power-meter", False
    )
    check("A Yokogawa spinning disk on a Nikon Ti2", "spinning-disk-confocal")
    check("Replaced the spinning disk hard drive in the server", "spinning-disk-confocal", False)
    check("Tissue clearing (CLARITY, iDISCO or CUBIC) for light-sheet imaging", "clarity-clearing")
    check("Wrote the night-shift SOPs with clarity", "clarity-clearing", False)
    check("DIC panel, fibrinogen and D-dimer on the coag analyzer", "dic-microscopy", False)
    check("Two wide-field stands for fluorescence and brightfield work", "widefield-microscopy")
    check("A wide-field view of the hospital's strategy", "widefield-microscopy", False)


def test_microscopy_sample_work(checker):
    posting = "Duties\n- Support tissue clearing and immunofluorescence; keep phototoxicity low\n"
    resume = (
        "Experience\n- Cleared brains with iDISCO+; prepared IF staining controls; limited photodamage in "
        "live-cell runs\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["tissue clearing"] is Status.RELATED, status
    assert status["immunofluorescence"] is Status.SYNONYM, status
    assert status["phototoxicity"] is Status.SYNONYM, status


# --- wireless and RF -------------------------------------------------------------------------------------


def test_wireless_terms_and_their_other_senses(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("keysight-fieldfox-n9914a", "spectrum-analyzer")
    parent("spectralink-84-series", "clinical-mobile-device")
    parent("radio-frequency-interference", "electromagnetic-interference")
    parent("cisco-catalyst-9800", "wlan-controller")
    parent("ieee-802-11ac", "ieee-802-11")
    parent("wifi-multimedia", "network-qos")
    check(
        "The clinical WLAN that connects pumps, monitors and clinicians' mobile devices",
        "clinical-mobile-device",
    )
    check("Harrow Creek Health System, Mobile, AL", "clinical-mobile-device", False)
    check("In-building DAS on 14 units for WMTS telemetry", "distributed-antenna-system")
    check("Migrated the file servers to DAS storage arrays", "distributed-antenna-system", False)
    check("Traced RFI from an LED lighting retrofit on the WMTS band", "radio-frequency-interference")
    check("Issued an RFI/RFP for the CMMS replacement", "radio-frequency-interference", False)
    check("Cisco 9800 WLCs and Cisco APs on the clinical WLAN", "wireless-access-point")
    check("Enrolled in AP Biology and AP Chemistry", "wireless-access-point", False)
    check("Cisco and Aruba wireless environments", "aruba-wireless")
    check("Family vacation in Aruba", "aruba-wireless", False)
    check("Rewrote the 5 GHz channel plans for two hospitals", "wifi-channel-planning")
    check("Built the sales channel plan for the third quarter", "wifi-channel-planning", False)
    check("RF coil and RF amplifier repair on the 3T", "radio-frequency-engineering", False)
    check("RF and wireless specialist supporting WMTS telemetry", "radio-frequency-engineering")
    check("FCC Amateur Radio Operator license (General class)", "amateur-radio-license")
    check("FCC Amateur Radio Operator license (General class)", "fcc-grol", False)
    check("Sweep-and-balance for Bluewave Spectrum Cable", "rf-spectrum-survey", False)


def test_wireless_requirements_met_by_the_resume(checker):
    posting = "Requirements\n- Experience with a spectrum analyzer, QoS, WLAN controllers and access points\n"
    resume = (
        "Experience\n- Sweeps with a Keysight FieldFox N9914A; WMM priorities on Cisco 9800 WLCs and "
        "Cisco APs\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["spectrum analyzer"] is Status.RELATED, status
    assert status["QoS"] is Status.RELATED, status
    assert status["WLAN controllers"] is Status.SYNONYM, status
    assert status["access points"] is Status.SYNONYM, status
    posting = (
        "Duties\n- Track down electromagnetic interference and keep the FCC registration of WMTS antennas "
        "current\n"
    )
    resume = "Experience\n- Traced RFI on the WMTS band; kept the WMTS registrations with ASHE current\n"
    status = _statuses(checker, posting, resume)
    assert status["electromagnetic interference"] is Status.RELATED, status
    assert status["FCC registration"] is Status.SYNONYM, status
    posting = "Requirements\n- Bachelor's degree in electrical engineering\n"
    resume = "Education\n- BSEE, State University, 2013\n"
    status = _statuses(checker, posting, resume)
    assert status["Bachelor's degree"] is not Status.MISSING, status
    assert status["electrical engineering"] is Status.SYNONYM, status


def test_alarm_middleware_is_secondary_alarm_notification(checker, vocabulary):
    parent = parent_check(vocabulary)
    parent("vocera-engage", "secondary-alarm-notification")
    posting = "Duties\n- Configure and test alarm middleware\n"
    resume = "Experience\n- Built Vocera Engage rules that route monitor alarms to badges\n"
    status = _statuses(checker, posting, resume)
    assert status["alarm middleware"] is Status.RELATED, status


# --- other trades' words kept whole ----------------------------------------------------------------------


def test_shop_clips_and_maker_models_still_read(checker):
    posting = "Duties\n- Perform cryostat decontamination and repair bronchoscopes\n"
    resume = (
        "Experience\n- Daily cryostat decon with 70% alcohol; repaired colonoscopes, bronchs and ENT scopes\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["decontamination"] is Status.SYNONYM, status
    assert status["bronchoscopes"] is Status.SYNONYM, status
    posting = "Duties\n- Calibrate and repair oscilloscopes\n"
    resume = "Experience\n- Calibrated Tektronix MSO44 units\n"
    status = _statuses(checker, posting, resume)
    assert status["oscilloscopes"] is Status.RELATED, status
    posting = "Duties\n- Troubleshoot RF interference (spike noise, zipper artifacts) on the MRI\n"
    resume = "Experience\n- Fixed RF noise on the 1.5T MRI: zipper artifacts and herringbone artifact\n"
    status = _statuses(checker, posting, resume)
    assert status["spike noise"] is Status.SYNONYM, status
    assert status["zipper artifacts"] is Status.LITERAL, status
