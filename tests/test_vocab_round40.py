"""Vocabulary added where the fortieth round of held-out pairs showed it thin: pharmaceutical QC instrument
qualification and computerized system validation (a new file, lab-instrument-qualification.yaml: analytical
instrument qualification to USP <1058> under the existing instrument implementation, DQ, requalification,
dissolution mechanical qualification to ASTM E2503 and the USP performance verification test, CSV and FDA's
Computer Software Assurance, GAMP 5 and its software categories, EU GMP Annex 11, ISPE, the URS, functional
specification, traceability matrix, validation plan, master plan and summary report, test scripts, periodic
review, audit trail review, backup and restore testing, spreadsheet validation, C&Q, system suitability,
supplier qualification, out-of-trend investigations, 21 CFR 210, the FDA and MHRA data integrity guidance,
the ICH guidelines Q1A, Q2, Q7, Q9, Q10 and Q14, ASTM E2500, the USP chapters <232>, <233>, <429>, <467>,
<621>, <711>, <791>, <854>, <857>, <921>, <1058>, <1225> and <1226>, FDA inspections, pre-approval
inspections and Form 483, the gas chromatograph (same as GC) and its models and headspace samplers, UV-Vis
and FTIR instruments apart from their methods, Raman, NIR and particle size analyzers, Karl Fischer titration
and titrators (coulometric and volumetric), autotitrators, dissolution testing and apparatus by make, the
Mettler Toledo XPR family, QMS and validation lifecycle software (TrackWise, Veeva Vault QMS, Kneat Gx,
ValGenesis), CSQE(ASQ) and the validation titles; the microbalance is now an analytical balance and
'analytical method validation' a wording of method validation); the vivarium (vivarium-equipment.yaml: the
facility, laboratory animal science, animal and rodent husbandry, cage changing, barrier facilities, cage
wash and its verification, temperature indicator labels and Thermolabel, tunnel, bottle and Basil and
BetterBuilt cage washers, bottle fillers, bulk autoclaves, bedding dispensers and robotic cage processing,
vacuum bedding disposal and dump stations, individually ventilated caging and its Tecniplast, Allentown and
Innovive systems, rack blowers and the Smart Flow, cage change stations, automatic watering, Edstrom,
drinking valves, hyperchlorination, zebrafish housing, the light cycle, chemical dosing pumps, the Guide,
AAALAC, the PHS Policy, OLAW, the Animal Welfare Act, USDA APHIS Animal Care, IACUC and its semiannual
inspections, AALAS and the ALAT, LAT, LATG and CMAR credentials, the animal technician, cage wash and
vivarium equipment titles, the caging and watering makers, building automation systems (Metasys, Desigo CC,
APOGEE, Niagara), the Avidity Watchdog, variable frequency drives and the PowerFlex, pressure-reducing
valves, P&IDs, industrial maintenance and the New Jersey Black Seal; the environmental monitoring system and
EMS of an animal facility count as the temperature monitoring system, and room pressurization reads a room's
'differential pressure'); laboratory and clinical water (lab-water-systems.yaml: water treatment, Type III
and deionized water, 'Type I' and 'Type II' written bare, CLSI GP40 with C3 as its former name, ISO 3696,
pretreatment, sediment filters, softeners, activated carbon, reverse osmosis, percent rejection,
deionization, service deionization, the silt density index, electrodeionization and Ionpure, UV,
ultrafilters, point-of-use filters, distribution loops, analyzer feed water, point-of-use and central
systems, water chemistry, resistivity, TDS, silica, hardness and chlorine residual tests, peracetic acid,
Minncare and Rapicide PA as products, ELGA, MEDICA and CENTRA, the newer Milli-Q lines, RiOs, arium, Aqua
Solutions, Evoqua, WQA and its CWS, CI and MWS, backflow tester certification and testing, electrical
troubleshooting, PVC, PVDF and PEX piping, ServiceTitan, the water treatment technician; the dialysis water
concepts, hardness and chlorine tests included, are narrower than their generic counterparts, whose forms
stand back beside dialysis words; the coagulation ISI is its own concept); contrast injectors
(contrast-injectors.yaml: dual-head and syringeless injectors, the MEDRAD Stellant D and FLEX, Centargo,
MRXperion, Vistron CT, EnVision CT and Mark V ProVis, the injector-scanner interface and Bayer's ISI,
Certegra and P3T, the Bracco CT Exprès, Guerbet with Liebel- Flarsheim as its former name, Optistar, Illumena
and FlowSens, Ulrich MRI motion, Nemoto and Medtron injectors, injector disposables, contrast warmers, CAN
bus, CANopen, CiA 425 and electromagnetic compatibility); and surgical visualization
(surgical-visualization.yaml: visualization systems, exoscopes, neurosurgical, ENT and dental microscopes,
the ZEISS KINEVO 900, LUMERA, VARIO, pico, EXTARO and ARTEVO and the INFRARED 800, BLUE 400 and YELLOW 560
modules, Leica Microsystems apart from Leica Biosystems with the ARveo, PROvido, Proveo 8, M525, M720, M844,
M822, M320 and the FL and GLOW modules, Haag-Streit, ORBEYE, Synaptive, VITOM 3D, NGENUITY, binocular tubes,
beam splitters, assistant's tubes, parfocality, optical alignment, coaxial illumination, stand balancing,
electromagnetic brakes, drapes, light sources by lamp, fluorescence modules, ICG, 5-ALA and fluorescein, 3D
and 4K video, HDMI, SDI, medical video recorders and recording, MediCapture and AIDA, OR integration with
OR1, SwitchPoint and its Infinity 3 and 4K and ENDOALPHA, surgical navigation with the StealthStation and
Brainlab platforms, the operating room, neurosurgery, spine surgery, otolaryngology and ophthalmology, ISO
10936 and ISO 15004-2). Each ambiguous form is checked in its other sense too."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check


def _far(line: str) -> str:
    """The line as the fourth of a document, so that the document's first lines (a topical guard's title)
    are not the line itself."""
    return f"Jordan Lee\nSpringfield\nExperience\n{line}"


# --- instrument qualification and computerized system validation --------------------------------------------


def test_instrument_qualification_lifecycle(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("analytical-instrument-qualification", "instrument-validation-setup")
    parent("instrument-requalification", "instrument-validation-setup")
    parent("design-qualification", "instrument-validation-setup", False)
    check("Analytical instrument qualification (AIQ) to USP <1058>", "analytical-instrument-qualification")
    check("Analytical instrument qualification (AIQ) to USP <1058>", "usp-1058")
    check("Wrote the URS and DQ for the new HPLC before IQ/OQ/PQ", "design-qualification")
    check("Wrote the URS and DQ for the new HPLC before IQ/OQ/PQ", "user-requirements-specification")
    check("Requalification of 12 instruments after the lab relocation", "instrument-requalification")
    # a data-quality DQ, a urologist's URS, a worker's requalification
    check("Built DQ dashboards for the data warehouse team", "design-qualification", False)
    check(
        "Prepared patients for URS and laser lithotripsy in the urology suite",
        "user-requirements-specification",
        False,
    )
    check("Annual forklift operator requalification", "instrument-requalification", False)
    posting = "Duties\n- Author IQ/OQ/PQ protocols under USP <1058>\n"
    resume = "Experience\n- Analytical instrument qualification of 63 QC instruments\n"
    status = _statuses(checker, posting, resume)
    assert status["IQ/OQ/PQ"] in (Status.SYNONYM, Status.RELATED), status


def test_dissolution_mechanical_qualification_and_apparatus(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("distek-dissolution", "dissolution-apparatus")
    parent("agilent-708-ds", "dissolution-apparatus")
    check(
        "Dissolution mechanical calibration to ASTM E2503 on six Distek 2500 baths",
        "dissolution-mechanical-qualification",
    )
    check("Paddle and basket checks for MQ every six months", "dissolution-mechanical-qualification")
    check("Distek 2500 dissolution baths (USP Apparatus 1 and 2)", "distek-dissolution")
    # a gauge's mechanical calibration and a partnership's dissolution
    check(
        "Torque wrench and pressure gauge mechanical calibration",
        "dissolution-mechanical-qualification",
        False,
    )
    check("Handled the dissolution of the partnership", "dissolution-testing", False)
    posting = (
        "Duties\n- Perform dissolution mechanical qualification (MQ) to ASTM "
        "E2503\n- Qualify dissolution apparatus\n"
    )
    resume = "Experience\n- Carried out dissolution mechanical calibration on Distek dissolution baths\n"
    status = _statuses(checker, posting, resume)
    assert status["dissolution mechanical qualification"] is Status.SYNONYM, status
    assert status["dissolution apparatus"] is not Status.MISSING, status


def test_csv_is_computerized_system_validation_never_a_file_format(checker):
    check = line_check(checker)
    check("Laboratory Instrument Validation Specialist II (CSV)", "computerized-system-validation")
    check(
        "CSV lead for the Empower 3 upgrade: URS, test scripts and traceability matrix",
        "computerized-system-validation",
    )
    check(
        "Set up the weekly export of Empower system suitability results to CSV files for trending",
        "computerized-system-validation",
        False,
    )
    check(
        "Exported LIMS results as CSV for the validation summary tables",
        "computerized-system-validation",
        False,
    )
    check("Parsed CSV files in Python with pandas", "computerized-system-validation", False)
    posting = "Duties\n- Own the computerized system validation (CSV) lifecycle\n"
    resume = "Experience\n- Computer system validation lead for the Empower upgrade\n"
    status = _statuses(checker, posting, resume)
    assert status["computerized system validation"] is Status.SYNONYM, status
    posting = "Duties\n- Experience with CSV of GxP laboratory systems\n"
    resume = "Experience\n- Exported QC results to CSV files for trending in Minitab\n"
    status = _statuses(checker, posting, resume)
    assert status["CSV"] is Status.MISSING, status


def test_csa_is_software_assurance_not_the_standards_body_or_a_chapter(checker):
    check = line_check(checker)
    check("Applied FDA's CSA approach to validation of the LIMS upgrade", "computer-software-assurance")
    check("Familiarity with Computer Software Assurance (CSA) and GAMP 5", "computer-software-assurance")
    check("Products listed to UL and CSA C22.2 No. 60601-1", "computer-software-assurance", False)
    check("ISPE member, Carolina-South Atlantic (CSA) chapter", "computer-software-assurance", False)
    posting = "Preferred\n- Familiarity with FDA's Computer Software Assurance (CSA) guidance\n"
    resume = "Affiliations\n- ISPE member, Carolina-South Atlantic Chapter\n"
    status = _statuses(checker, posting, resume)
    assert status["Computer Software Assurance"] is Status.MISSING, status
    resume = "Experience\n- Moved the lab from scripted CSV to Computer Software Assurance in 2024\n"
    status = _statuses(checker, posting, resume)
    assert status["Computer Software Assurance"] is Status.LITERAL, status


def test_gamp_annex_11_and_the_validation_documents(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("eu-gmp-annex-11", "eu-gmp")
    parent("spreadsheet-validation", "computerized-system-validation")
    check("Followed a GAMP 5 Category 4 approach", "gamp-software-category")
    check("Part 11 and EU GMP Annex 11 compliance", "eu-gmp-annex-11")
    check(
        "Run quarterly audit trail review and annual periodic reviews for 14 lab systems",
        "audit-trail-review",
    )
    check(
        "Run quarterly audit trail review and annual periodic reviews for 14 lab systems",
        "periodic-review-validated-systems",
    )
    check("Verified CDS backup/restore and archive retrieval", "backup-restore-testing")
    check("Validated 46 Excel calculation templates (spreadsheet validation)", "spreadsheet-validation")
    # an employee's periodic review, a tester's scripts, a house's Annex 11
    check("Completed each direct report's annual periodic review", "periodic-review-validated-systems", False)
    check("Wrote Selenium test scripts for the web checkout flow", "validation-test-scripts", False)
    posting = "Duties\n- Write user requirements specifications, traceability matrices and test scripts\n"
    resume = "Experience\n- Wrote the URS, traceability matrix and test scripts for the Empower upgrade\n"
    status = _statuses(checker, posting, resume)
    assert status["user requirements specifications"] is Status.SYNONYM, status
    assert status["traceability matrices"] is Status.LITERAL, status


def test_ich_usp_and_fda_texts(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("ich-q2", "ich-guidelines")
    parent("usp-711", "usp")
    parent("pre-approval-inspection", "fda-inspection")
    check("Method validation and transfer per ICH Q2(R1)", "ich-q2")
    check("Elemental impurities by ICP-MS to USP <232>/<233>", "usp-233")
    check("No 483 observations during the 2024 FDA pre-approval inspection", "pre-approval-inspection")
    check("No 483 observations during the 2024 FDA pre-approval inspection", "fda-form-483")
    check("Gap assessment against the FDA data integrity guidance (2018)", "fda-data-integrity-guidance")
    # ICH alone is a bleed in the brain; OOT in a calibration lab is out of tolerance
    check("Stroke unit: ICH and ischemic stroke protocols", "ich-guidelines", False)
    check("Support OOS and OOT investigations for the stability program", "oot-investigation")
    check(
        "Opened OOT impact assessments for out-of-tolerance gauges after calibration",
        "oot-investigation",
        False,
    )
    posting = "Preferred\n- Analytical method validation experience to ICH Q2(R2)\n"
    resume = "Experience\n- Method validation and transfer of 9 HPLC methods per ICH Q2(R1)\n"
    status = _statuses(checker, posting, resume)
    assert status["Analytical method validation"] is Status.SYNONYM, status
    assert status["ICH Q2(R2)"] is Status.SYNONYM, status


def test_qc_instruments_gc_kf_ftir_uv_vis_and_balances(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("agilent-8890-gc", "gas-chromatograph")
    parent("agilent-7890", "gas-chromatograph")
    parent("metrohm-titrando", "autotitrator")
    parent("coulometric-kf-titrator", "karl-fischer-titrator")
    parent("thermo-nicolet-ftir", "ftir-spectrometer")
    parent("agilent-cary-uv-vis", "uv-vis-spectrophotometer")
    parent("microbalance", "analytical-balance")
    check("Release testing by HPLC, UPLC, GC, KF, UV and dissolution", "karl-fischer-titration")
    check("Thermo Nicolet iS5 FT-IR (ATR)", "thermo-nicolet-ftir")
    check("Raw material identification by handheld Raman", "raman-spectrometer")
    # KF94 masks, a Dr. Raman, cerebral NIR
    check("Distributed KF94 and N95 masks to clinic staff", "karl-fischer-titration", False)
    check("Reports to Dr. Priya Raman, Director of Quality", "raman-spectrometer", False)
    check("Cerebral oximetry (NIR) monitors in the cardiac OR", "nir-spectrometer", False)
    posting = (
        "Duties\n- Qualify gas chromatographs, Karl Fischer titrators, "
        "autotitrators and analytical balances\n"
    )
    resume = (
        "Experience\n- GC: Agilent 8890 FID; KF: Metrohm 851 coulometric; Metrohm 905 Titrando; "
        "Mettler Toledo XPR microbalances\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["gas chromatographs"] is Status.SYNONYM, status
    assert status["Karl Fischer titrators"] is not Status.MISSING, status
    assert status["autotitrators"] is Status.RELATED, status
    assert status["analytical balances"] is Status.RELATED, status


def test_quality_software_and_validation_titles(checker, vocabulary):
    parent = parent_check(vocabulary)
    parent("trackwise", "qms-software")
    parent("kneat-gx", "validation-lifecycle-software")
    parent("csv-specialist", "validation-engineer")
    parent("asq-csqe", "asq-certification")
    posting = (
        "Preferred\n- TrackWise or Veeva Vault QMS experience\n- ASQ Certified "
        "Software Quality Engineer (CSQE)\n"
    )
    resume = (
        "Skills\n- TrackWise Digital (deviations, CAPA)\nCertifications\n- CSQE - exam scheduled March 2027\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["TrackWise or Veeva Vault QMS"] is Status.LITERAL, status
    assert status["ASQ Certified Software Quality Engineer"] is Status.IN_PROGRESS, status


# --- the vivarium ---------------------------------------------------------------------------------------


def test_cage_washers_are_not_the_sterile_processing_tunnel_washer(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("cage-tunnel-washer", "cage-rack-washer")
    parent("bottle-washer", "cage-rack-washer")
    parent("bulk-autoclave", "steam-sterilizer")
    check("Getinge rack washers; continuous tunnel washer; bottle washer and filler", "cage-tunnel-washer")
    check("Getinge rack washers; continuous tunnel washer; bottle washer and filler", "bottle-washer")
    check(
        _far("Loaded instrument trays into the Getinge tunnel washer in sterile processing"),
        "cage-tunnel-washer",
        False,
    )
    check("Loaded instrument trays into the Getinge tunnel washer in sterile processing", "tunnel-washer")
    check(_far("Rebuilt the bottle washer on the brewery packaging line"), "bottle-washer", False)
    # Basil is a herb and a name; the washer only beside cage words
    check("Experience with Basil or BetterBuilt tunnel washers for cages", "basil-cage-washer")
    check("Basil Thompson, Facilities Director", "basil-cage-washer", False)
    posting = "Duties\n- PM and repair of cage and rack washers and tunnel washers in the vivarium\n"
    resume = (
        "Experience\n- Ran two Getinge rack washers and a continuous tunnel washer on the cage wash crew\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["tunnel washers"] is not Status.MISSING, status


def test_bedding_caging_blowers_and_change_stations(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("tecniplast-ivc", "individually-ventilated-caging")
    parent("tecniplast-smart-flow", "rack-blower")
    parent("robotic-bedding-system", "bedding-dispenser")
    check("Tecniplast GM500 IVC racks with Smart Flow air handling units", "individually-ventilated-caging")
    check(
        "Keep the robotic bedding dispensing and vacuum bedding disposal systems running",
        "vacuum-bedding-disposal",
    )
    check("Cage changes in NuAire animal transfer stations", "cage-change-station")
    # the inferior vena cava and a nursery's changing station
    check("Assisted with IVC filter placement in the IR suite", "individually-ventilated-caging", False)
    check("Installed baby change stations in the restrooms", "cage-change-station", False)
    posting = "Duties\n- Service individually ventilated cage (IVC) racks\n- Maintain IVC rack blowers\n"
    resume = "Experience\n- Tecniplast GM500 IVC racks with Smart Flow air handling units\n"
    status = _statuses(checker, posting, resume)
    assert status["individually ventilated cage"] is not Status.MISSING, status
    assert status["IVC rack blowers"] is Status.RELATED, status


def test_allentown_the_caging_maker_and_the_town(checker):
    check = line_check(checker)
    check("Service Tecniplast and Allentown individually ventilated cage (IVC) racks", "allentown-llc")
    check(
        "Maintenance Mechanic II - Saucon Creek Poultry Co., Allentown, PA - Jun 2021 to present",
        "allentown-llc",
        False,
    )
    check("High school diploma - William Allen High School, Allentown, PA, 2013", "allentown-llc", False)
    posting = "Duties\n- Service IVC racks and rack blowers (Allentown, Tecniplast)\n"
    resume = (
        "Experience\n- Maintenance Mechanic II - Saucon Creek Poultry Co., Allentown, PA - 2021 to present\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["Allentown"] is Status.MISSING, status


def test_watering_light_cycle_and_washer_verification(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("edstrom-watering-system", "automatic-watering-system")
    parent("thermolabel", "temperature-indicator-label")
    check("Flushed the Edstrom auto-water lines and logged RO conductivity weekly", "edstrom-watering-system")
    check(
        "EMS alarms for room temperature, humidity and light cycle in animal holding rooms",
        "animal-room-light-cycle",
    )
    check(
        "Lighting designer: programmed the light cycle for the theatre production",
        "animal-room-light-cycle",
        False,
    )
    check("Jenna Edstrom, Payroll Manager", "edstrom-watering-system", False)
    check(_far("Reports to Jenna Edstrom, Payroll Manager"), "edstrom-watering-system", False)
    posting = (
        "Duties\n- Maintain the automatic watering system\n- Verify rinse with temperature-sensitive tapes\n"
    )
    resume = (
        "Experience\n- Edstrom auto-water system for the mouse racks; "
        "Thermolabel strips for the 180 F rinse\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["automatic watering system"] is not Status.MISSING, status
    assert status["temperature-sensitive tapes"] is Status.RELATED, status


def test_the_guide_aaalac_phs_policy_and_the_animal_welfare_act(checker):
    check = line_check(checker)
    check(
        "Trained new hires on SOPs based on the Guide (8th edition) for the AAALAC site visit",
        "guide-care-use-laboratory-animals",
    )
    check(
        "Calibration uncertainty per the Guide to the Expression of Uncertainty in Measurement",
        "guide-care-use-laboratory-animals",
        False,
    )
    check("Wrote the animal facility's badge access user Guide", "guide-care-use-laboratory-animals", False)
    check("Compliance with the USDA AWA and PHS Policy for the vivarium", "animal-welfare-act")
    check("Regional champion, AWA amateur wrestling, 2015", "animal-welfare-act", False)
    check("420-employee USDA-inspected poultry plant", "animal-welfare-act", False)
    posting = (
        "Required\n- Working knowledge of the Guide for the Care and Use of "
        "Laboratory Animals, PHS Policy and the Animal Welfare Act\n"
    )
    resume = (
        "Experience\n- Walked IACUC inspections; trained staff on SOPs based on the Guide (8th edition)\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["the Guide for the Care and Use of Laboratory Animals"] is Status.SYNONYM, status
    assert status["PHS Policy"] is Status.MISSING, status


def test_aalas_credentials_are_not_latitude_or_a_liver_enzyme(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("lat", "aalas-certification")
    parent("latg", "aalas-certification")
    check("Laboratory Animal Technician (LAT), AALAS, 2018 - current", "lat")
    check("Liver panel with ALAT, ASAT and bilirubin", "alat", False)
    check("Recorded LAT and longitude for every GPS site", "lat", False)
    posting = "Required\n- AALAS certification (ALAT, LAT, or LATG)\n"
    resume = "Certifications\n- Laboratory Animal Technician (LAT), AALAS, 2018\n"
    status = _statuses(checker, posting, resume)
    assert status["ALAT, LAT, or LATG"] is Status.LITERAL, status


def test_building_systems_ems_pm_and_the_trade_skills(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("jci-metasys", "building-automation-system")
    parent("allen-bradley-powerflex", "variable-frequency-drive")
    check("Johnson Controls Metasys BAS; differential pressure checks", "building-automation-system")
    check("Johnson Controls Metasys BAS; differential pressure checks", "room-pressurization")
    check("Set schedules and alarms in the Metasys EMS", "building-automation-system")
    check("Set schedules and alarms in the Metasys EMS", "medical-refrigeration-monitoring", False)
    check(
        "Respond to environmental monitoring system (EMS) alarms for room "
        "temperature and humidity in animal rooms",
        "medical-refrigeration-monitoring",
    )
    # EMS and BMS in their other trades; PM as a clock time; VFD displays; relief valves
    check("Restocked ambulances for EMS crews", "building-automation-system", False)
    check("Senior BMS in blood sciences, HCPC registered", "building-automation-system", False)
    check("Second shift, 2:30 PM to 11:00 PM", "preventive-maintenance", False)
    check("Repaired the VFD display on the legacy analyzer front panel", "variable-frequency-drive", False)
    check(
        "Tested the boiler pressure relief valves (PRV) for the safety relief inspection",
        "pressure-reducing-valve",
        False,
    )
    check("Replaced steam traps and PRVs on the 150 psi steam header", "pressure-reducing-valve")
    posting = "Duties\n- Monitor differential pressure through the building automation system\n"
    resume = (
        "Experience\n- Verified air changes per hour and room pressurization; set alarms in the Metasys BAS\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["differential pressure"] is Status.SYNONYM, status
    assert status["building automation system"] is not Status.MISSING, status
    posting = "Preferred\n- New Jersey Black Seal (low pressure) boiler license\n"
    resume = "Licenses\n- New Jersey Black Seal boiler operator license - exam scheduled January 2027\n"
    status = _statuses(checker, posting, resume)
    assert status["New Jersey Black Seal"] is Status.IN_PROGRESS, status


# --- laboratory and clinical water ------------------------------------------------------------------------


def test_generic_water_treatment_stands_back_beside_dialysis_words(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("reverse-osmosis", "ro-water-system")
    parent("water-softener", "water-softener-treatment")
    parent("carbon-tank", "activated-carbon-filter")
    parent("deionization-system", "deionization-water-treatment")
    parent("service-deionization", "deionization-water-treatment")
    parent("ionpure-cedi", "electrodeionization")
    check(
        "Install water softeners, sediment filters, GAC tanks and commercial reverse osmosis systems",
        "ro-water-system",
    )
    check(
        "Install water softeners, sediment filters, GAC tanks and commercial reverse osmosis systems",
        "activated-carbon-filter",
    )
    check(
        "Ran the dialysis water treatment system: central RO and worker/polisher GAC tanks",
        "ro-water-system",
        False,
    )
    check(
        "Ran the dialysis water treatment system: central RO and worker/polisher GAC tanks", "reverse-osmosis"
    )
    check("Replaced the carbon prefilter on the ductless fume hood", "sediment-filter", False)
    # a dialysis unit's posting still reads its own carbon tanks, and its carbon beds answer them as before
    posting = "Duties\n- Change the carbon tanks and test the dialysis RO\n"
    resume = "Experience\n- Rebedded the worker and polisher carbon beds of the hemodialysis water system\n"
    status = _statuses(checker, posting, resume)
    assert status["carbon tanks"] is Status.SYNONYM, status
    posting = "Duties\n- Test pretreatment: softeners (hardness), activated carbon (total chlorine)\n"
    resume = (
        "Experience\n- Duplex softeners and GAC tanks on the RO feed; hardness and total chlorine checks\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["softeners"] is Status.LITERAL, status
    assert status["activated carbon"] is Status.SYNONYM, status
    assert status["hardness"] is Status.LITERAL, status
    assert status["total chlorine"] is Status.LITERAL, status
    check(_far("Rockwell hardness testing of the machined parts"), "water-hardness-test", False)
    check("Free chlorine residual checks under the Legionella water management plan", "water-chlorine-test")
    check(
        "Tested total chlorine after the worker GAC tank (0.1 mg/L) for the dialysis unit", "chlorine-testing"
    )
    check(_far("Chemical injection into the oil well for scale control"), "chemical-dosing-pump", False)
    check(
        "Replaced pick-up lines on the chemical injection pumps of the cage washers", "chemical-dosing-pump"
    )
    check(
        "Tested total chlorine after the worker GAC tank (0.1 mg/L) for the dialysis unit",
        "water-chlorine-test",
        False,
    )


def test_water_grades_and_their_standards(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("clsi-gp40", "clsi")
    check("Central systems producing Type I, Type II and Type III water", "type-i-water")
    check("Central systems producing Type I, Type II and Type III water", "type-iii-water")
    check("Document results against CLSI C3-A4 and ASTM D1193", "clsi-gp40")
    check("Type I ambulance remount and chassis PMs", "type-i-water", False)
    check("Patients with Type I diabetes on insulin pumps", "type-i-water", False)
    posting = "Duties\n- Service systems producing Type I water\n"
    resume = "Experience\n- Swap DI tanks (18-megohm ultrapure polishing grades) for lab accounts\n"
    status = _statuses(checker, posting, resume)
    assert status["Type I water"] is Status.SYNONYM, status


def test_the_three_sdis_and_di_uv_tds_in_their_other_senses(checker):
    check = line_check(checker)
    check(
        "Swap service deionization (SDI) exchange tanks and keep tank schedules current",
        "service-deionization",
    )
    check("Run SDI testing of well and surface feed water before RO start-ups", "silt-density-index")
    check("Run SDI testing of well and surface feed water before RO start-ups", "service-deionization", False)
    check("HDMI and SDI routing to the OR monitors", "sdi-video")
    check("HDMI and SDI routing to the OR monitors", "service-deionization", False)
    check("Swap service deionization (SDI) exchange tanks", "sdi-video", False)
    # DI inside a model code, UV of a spectrophotometer, TDS of an oscilloscope
    check("Swap portable exchange DI tanks for lab accounts", "deionization-water-treatment")
    check(
        "Morphology review on the CellaVision DI-60 with water bath nearby",
        "deionization-water-treatment",
        False,
    )
    check("At home with RO, DI, softening, GAC and UV", "uv-water-treatment")
    check(
        "Release testing by HPLC, GC, KF, UV and dissolution of purified water samples",
        "uv-water-treatment",
        False,
    )
    check("Tektronix TDS 2024 oscilloscope on the water treatment bench", "tds-testing", False)
    posting = "Duties\n- Swap service deionization (SDI) exchange tanks\n"
    resume = "Experience\n- Run SDI testing of feed water before RO start-ups\n"
    status = _statuses(checker, posting, resume)
    assert status["service deionization"] is Status.MISSING, status


def test_electrodeionization_uv_and_ultrafilters(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("ultrafilter", "ultrafiltration-water")
    check("Replace RO membranes, DI cartridges, EDI modules and UV lamps", "electrodeionization")
    check("Submitted X12 837 claims over EDI to the payer", "electrodeionization", False)
    posting = "Duties\n- Replace electrodeionization (EDI) modules\n"
    resume = "Experience\n- Calibrated conductivity sensors on a 40 gpm RO with Ionpure modules\n"
    status = _statuses(checker, posting, resume)
    assert status["electrodeionization"] is Status.RELATED, status


def test_lab_water_makers_and_the_dealer_named_like_one(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("elga-medica", "analyzer-feed-water-system")
    parent("sartorius-arium", "water-purification-system")
    check(
        "Factory training on Milli-Q, ELGA, Barnstead, arium or Aqua Solutions systems",
        "aqua-solutions-lab-water",
    )
    check("Install analyzer feed water systems (for example ELGA MEDICA)", "elga-medica")
    check(
        "Field Service Technician - Aqua Solutions Water Conditioning, Inc., Dayton, OH - 2021 to present",
        "aqua-solutions-lab-water",
        False,
    )
    check("Enrolled members in Medica and HealthPartners plans", "elga-medica", False)
    posting = "Preferred\n- Factory training on Milli-Q, ELGA or Aqua Solutions laboratory water systems\n"
    resume = (
        "Experience\n- Field Service Technician - Aqua Solutions Water Conditioning, Inc. - 2021 to present\n"
    )
    status = _statuses(checker, posting, resume)
    assert all(s is Status.MISSING for form, s in status.items() if "Aqua" in form or "Milli" in form), status


def test_minncare_peracetic_acid_conductivity_and_resistivity(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("minncare-cold-sterilant", "peracetic-acid-sanitant")
    parent("rapicide-pa", "peracetic-acid-sanitant")
    check("Check resistivity, conductivity and TOC readings", "water-resistivity")
    check("Check resistivity, conductivity and TOC readings", "water-conductivity-testing")
    check(_far("Earth ground resistivity testing for the substation"), "water-resistivity", False)
    check(_far("Thermal conductivity of the insulation panels"), "water-conductivity-testing", False)
    posting = "Duties\n- Sanitize loops with peracetic acid or hydrogen peroxide-based sanitants\n"
    resume = "Skills\n- Disinfection: heat disinfection, Minncare, bleach\n"
    status = _statuses(checker, posting, resume)
    assert status["peracetic acid"] is Status.RELATED, status


def test_wqa_backflow_pipes_and_field_software(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("wqa-cws", "wqa-certification")
    parent("servicetitan", "field-service-software")
    check("Plumbing in PVC, PVDF and stainless, low-voltage wiring", "pvc-piping")
    check("Plumbing in PVC, PVDF and stainless, low-voltage wiring", "pvdf-piping")
    check("Flagged PVC runs and arrhythmias on telemetry", "pvc-piping", False)
    check("Transferred proteins to PVDF membranes for Western blotting", "pvdf-piping", False)
    check("R.T.(R)(CI)(ARRT) in the cath lab", "wqa-ci", False)
    posting = "Preferred\n- WQA certification (CWS, CI or MWS)\n- Backflow prevention tester certification\n"
    resume = (
        "Certifications\n- WQA Certified Water Specialist (CWS) - exam scheduled November 2026\n"
        "- Backflow Prevention Assembly Tester, ASSE 5110, 2022\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["CWS, CI or MWS"] is Status.IN_PROGRESS, status
    assert status["Backflow prevention tester"] is Status.SYNONYM, status
    posting = "Preferred\n- Experience with field service management software\n"
    resume = "Experience\n- Logged every call in ServiceTitan from the truck tablet\n"
    status = _statuses(checker, posting, resume)
    assert status["field service management software"] is Status.RELATED, status


# --- contrast injectors ---------------------------------------------------------------------------------


def test_injector_models_families_and_kinds(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("medrad-stellant-d", "dual-head-injector")
    parent("chlorine-testing", "water-chlorine-test")
    parent("medrad-centargo", "ct-injector")
    parent("medrad-mrxperion", "mr-injector")
    parent("ulrich-ct-motion", "syringeless-injector")
    parent("bracco-ct-expres", "syringeless-injector")
    check("MEDRAD Stellant D and Stellant FLEX (CT)", "medrad-stellant-flex")
    check("Hands-on time with syringeless CT injectors", "syringeless-injector")
    check("Syringeless is a word the needle-free vaccine team used", "syringeless-injector", False)
    posting = "Preferred\n- Hands-on time with syringeless CT injectors\n"
    resume = "Experience\n- MEDRAD Stellant D and Centargo PMs\n"
    status = _statuses(checker, posting, resume)
    assert status["syringeless CT injectors"] is Status.MISSING, status
    resume = "Experience\n- Installed two Ulrich CT motion injectors\n"
    status = _statuses(checker, posting, resume)
    assert status["syringeless CT injectors"] is Status.RELATED, status


def test_guerbet_is_liebel_flarsheim_after_2015(checker):
    posting = "Preferred\n- OEM factory training on Guerbet injectors\n"
    resume = "Skills\n- Mallinckrodt / Liebel-Flarsheim Optivantage DH\n"
    status = _statuses(checker, posting, resume)
    assert status["Guerbet"] is Status.SYNONYM, status


def test_injector_scanner_interface_and_isi(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("medrad-isi", "injector-scanner-interface")
    check("Bayer Imaging System Interface to Siemens SOMATOM Force", "medrad-isi")
    check("Installed the Bayer ISI on Siemens SOMATOM Force and GE Revolution scanners", "medrad-isi")
    check("Published in ISI-indexed journals; Web of Science h-index 12", "medrad-isi", False)
    check("CiA 425 based connections with Siemens and GE CT systems", "cia-425")
    posting = "Duties\n- Configure and troubleshoot injector-scanner interfaces\n"
    resume = "Experience\n- Installed the Bayer Imaging System Interface on the CT scanners\n"
    status = _statuses(checker, posting, resume)
    assert status["injector-scanner interfaces"] is Status.RELATED, status


def test_emc_is_electromagnetic_compatibility_not_an_employer(checker):
    check = line_check(checker)
    check("Familiarity with EMC requirements under IEC 60601-1-2", "electromagnetic-compatibility")
    check(
        "Imaging Equipment Specialist | Eastbrook Medical Center (EMC), Springfield, MA | Jun 2021 - present",
        "electromagnetic-compatibility",
        False,
    )
    check("Migrated the PACS archive to Dell EMC Isilon storage", "electromagnetic-compatibility", False)
    posting = "Preferred\n- Familiarity with EMC requirements under IEC 60601-1-2\n"
    resume = (
        "Experience\n- BMET III, Clinical Engineering | Eastbrook Medical Center (EMC) | 2021 - present\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["EMC"] is Status.MISSING, status


def test_injector_accessories(checker, vocabulary):
    check = line_check(checker)
    check("Monthly warmer temperature checks on the contrast warmers", "contrast-warmer")
    check("Replaced the day set and patient line on the Centargo", "injector-disposables")
    check("Replaced the patient line on the telemetry monitor", "injector-disposables", False)
    check("CAN bus and arming/scan-start troubleshooting", "can-bus")
    check("We can bus the students to the training site", "can-bus", False)
    check("Installed the Bayer ISI on the CT scanners", "international-sensitivity-index", False)
    check(
        "PT/INR (including ISI and geometric mean normal PT verification)", "international-sensitivity-index"
    )
    check("PT/INR (including ISI and geometric mean normal PT verification)", "medrad-isi", False)


# --- surgical microscopes and visualization ---------------------------------------------------------------


def test_microscope_makers_models_and_leica_apart(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("zeiss-kinevo-900", "surgical-microscope")
    parent("zeiss-opmi-lumera-i", "ophthalmic-surgical-microscope")
    parent("leica-arveo", "neurosurgical-microscope")
    parent("olympus-orbeye", "exoscope")
    parent("exoscope", "surgical-visualization-system")
    check("ZEISS KINEVO 900, OPMI PENTERO, OPMI LUMERA and EXTARO", "zeiss-kinevo-900")
    check("Covered Zeiss and Leica scopes in the neuro and eye rooms", "leica-microsystems")
    check("Covered Zeiss and Leica scopes in the neuro and eye rooms", "leica-biosystems", False)
    check("Leica BOND-III and Leica Peloris in the histology lab", "leica-microsystems", False)
    posting = "Preferred\n- Factory training on ZEISS or Leica Microsystems microscopes\n"
    resume = "Experience\n- Covered Zeiss and Leica scopes along the Front Range\n"
    status = _statuses(checker, posting, resume)
    assert any(s is not Status.MISSING for form, s in status.items() if "Leica" in form), status


def test_optics_mechanics_and_illumination(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("xenon-light-source", "surgical-light-source")
    parent("endoscopy-light-source", "surgical-light-source")
    check("Optical alignment of binocular heads and beam splitters", "microscope-binocular-tube")
    check("Adjusted counterbalance and EM brakes on the OPMI Pentero stand", "microscope-stand-balancing")
    check(_far("Configured load balancing for the PACS web servers"), "microscope-stand-balancing", False)
    check("Replaced xenon lamp modules and realigned coaxial illumination", "xenon-light-source")
    check(_far("Xenon lamp replacement on the HPLC fluorescence detector"), "xenon-light-source", False)
    check(_far("Light source for the fluorescence microscope replaced"), "surgical-light-source", False)
    check(_far("Xenon-133 ventilation scans in nuclear medicine"), "xenon-light-source", False)
    posting = (
        "Duties\n- Replace and align microscope light sources\n- Stand balancing and binocular tube service\n"
    )
    resume = (
        "Experience\n- Replaced xenon lamp and halogen lamp modules; adjusted "
        "counterbalance; binocular heads\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["microscope light sources"] is Status.RELATED, status
    assert status["Stand balancing"] is Status.SYNONYM, status


def test_led_is_never_the_verb(checker):
    check = line_check(checker)
    check("Replace and align xenon and LED light sources", "led-light-source")
    check("Led a three-person field and depot team covering 140 customer sites", "led-light-source", False)
    check("LED THE TEAM THAT INSTALLED THE LIGHT CURTAINS", "led-light-source", False)
    check("Ceiling-mounted surgical lights (LED and halogen)", "led-light-source")
    check(_far("LED indicator lights on the monitor front panel"), "led-light-source", False)


def test_fluorescence_modules_icg_and_video(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("zeiss-infrared-800", "surgical-fluorescence-module")
    parent("medicapture-mvr", "medical-video-recorder")
    check("Configure fluorescence modules (ZEISS INFRARED 800 for ICG, BLUE 400)", "icg-angiography")
    check("Noninvasive cardiac output by impedance cardiography (ICG)", "icg-angiography", False)
    check("Service exoscopes and 3D/4K heads-up systems", "surgical-3d-video")
    check("Service exoscopes and 3D/4K heads-up systems", "uhd-4k-video")
    check("Designed 3D printed brackets in CAD for the lab", "surgical-3d-video", False)
    check("Finished a 4K fun run for the children's hospital", "uhd-4k-video", False)
    posting = (
        "Duties\n- Configure fluorescence modules (INFRARED 800 for ICG)\n- Video recording and 4K displays\n"
    )
    resume = (
        "Experience\n- INFRARED 800 module on two Pentero 800 systems for "
        "indocyanine green videoangiography\n"
        "- UHD monitors and HDMI/SDI routing to MediCapture MVR Pro HD recorders\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["ICG"] is Status.SYNONYM, status
    assert status["fluorescence modules"] is Status.RELATED, status


def test_or_integration_navigation_and_the_word_or(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("storz-or1", "or-integration")
    parent("stealthstation-s8", "surgical-navigation")
    check("Connected microscope video to integrated OR suites (Karl Storz OR1)", "storz-or1")
    posting = "Duties\n- Support the Stryker SwitchPoint Infinity 4K integration\n"
    resume = "Experience\n- Configured SwitchPoint Infinity 3 routers in six ORs\n"
    status = _statuses(checker, posting, resume)
    assert all(s is not Status.LITERAL and s is not Status.SYNONYM for s in status.values()), status
    check("Covered cases in OR1 and OR2 on the day shift", "storz-or1", False)
    check("OR equipment support for 14 surgical suites", "operating-room")
    check("BACHELOR'S DEGREE OR EQUIVALENT SURGICAL EQUIPMENT EXPERIENCE", "operating-room", False)
    check(
        "Associate degree in electronics or biomedical equipment technology, or equivalent",
        "operating-room",
        False,
    )
    check("Service CT AND/OR MRI scanners for the surgery department", "operating-room", False)
    check("Associate degree in electronics, OR completion of military BMET training", "operating-room", False)
    check("Portland, OR 97201 - surgical services", "operating-room", False)
    posting = "Duties\n- OR integration and surgical navigation (Medtronic StealthStation, Brainlab)\n"
    resume = "Experience\n- Integrated OR suites; StealthStation S8 video link for image-guided surgery\n"
    status = _statuses(checker, posting, resume)
    assert status["OR integration"] is Status.SYNONYM, status
    assert status["surgical navigation"] is Status.SYNONYM, status


def test_specialties_ent_and_iso(checker):
    check = line_check(checker)
    check(
        "Set up surgical microscopes for neurosurgery, spine, ENT, ophthalmic and dental procedures",
        "otolaryngology",
    )
    check("Managed ENT and SMB accounts for the software reseller", "otolaryngology", False)
    check(
        "Service about 180 operating microscopes for cataract, retina, neuro and spine cases", "neurosurgery"
    )
    check(_far("Neuro ICU nurse for six years, stroke certified"), "neurosurgery", False)
    posting = "Preferred\n- Familiarity with ISO 10936 and ISO 13485\n"
    resume = (
        "Experience\n- Field technician for an independent service organization (ISO) on the Front Range\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["ISO 10936"] is Status.MISSING, status
    posting = "Duties\n- Service microscopes for ENT cases\n"
    resume = "Experience\n- Operating microscopes for otolaryngology and neuro cases\n"
    status = _statuses(checker, posting, resume)
    assert status["ENT"] is Status.SYNONYM, status
