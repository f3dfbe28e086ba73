"""A probe sweep of vocab/equipment.yaml: one line per fix, each failing on the vocabulary before it.

Every concept was read with one-line probe sentences. Models and successors are their own concepts, classes
lumped as forms of one class are split, and forms with another sense in real lines count only with their own
words nearby; the second table checks that the guarded forms still count in their own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_EQUIPMENT_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_THINGS_APART_CASES = [
    # plum-360: 'Hospira Plum' and 'Plum pump' name the whole Plum line
    ("Serviced Hospira Plum A+ pumps", "plum-360", False),
    ("Serviced Hospira Plum pumps of every model", "icu-medical-plum", True),
    ("Repaired Plum pumps", "plum-360", False),
    # cadd-pump: CADD is also computer-aided design and drafting
    ("Proficient in CADD drafting and AutoCAD for facility layouts", "cadd-pump", False),
    # central-station: an alarm company's central station is not a monitoring station
    ("Monitored fire alarm signals for the central station", "central-station", False),
    # telemetry: software and flight-test telemetry
    ("Implemented telemetry monitoring with Prometheus and OpenTelemetry", "telemetry", False),
    ("Deployed a telemetry system for the flight test program", "telemetry", False),
    # nibp-monitor: invasive blood pressure monitoring is not non-invasive
    ("Invasive blood pressure monitoring with arterial lines", "nibp-monitor", False),
    # pulse-oximeter: a cerebral (NIRS) oximeter is not a pulse oximeter
    ("Maintained the cerebral oximeter", "pulse-oximeter", False),
    ("Serviced INVOS cerebral oximeter monitors", "pulse-oximeter", False),
    # ge-muse: MUSE is also the MEDITECH users' conference
    ("Presented at the MUSE conference for MEDITECH users", "ge-muse", False),
    # cardiac-event-monitor: IT event monitors
    ("Configured Windows event monitor alerts for the server farm", "cardiac-event-monitor", False),
    # stress-test-system: software load testing
    ("Built a stress test system for the web API", "stress-test-system", False),
    # defibrillator: an external pacer is the temporary pacemaker
    ("Set up the external pacer for the temporary pacing wires", "defibrillator", False),
    ("Set up the external pacer for the temporary pacing wires", "temporary-pacemaker", True),
    # lifepak-20: the LIFEPAK 20 and 20e are two generations
    ("Serviced LIFEPAK 20e units", "lifepak-20", False),
    ("Serviced LIFEPAK 20e units", "lifepak-20e", True),
    ("LP20 defibrillators", "lifepak-20e", False),
    # diagnostic-wall-set: a wall transformer is any plug-in power adapter
    ("Replaced the wall transformer on the router", "diagnostic-wall-set", False),
    # respironics-v60: the V60 Plus is its own model
    ("Respironics V60 Plus ventilators", "respironics-v60", False),
    # noninvasive-ventilation: a CPAP device is narrower than the non-invasive ventilator
    ("Set up CPAP machines for sleep apnea patients", "cpap-device", True),
    ("Set up CPAP machines for sleep apnea patients", "noninvasive-ventilation", False),
    # v-pro-1, v-pro-max, steris-system-1: successors are their own models
    ("V-PRO 1 Plus sterilizers", "v-pro-1", False),
    ("V-PRO maX 2 sterilizers", "v-pro-max", False),
    ("STERIS SYSTEM 1 endo processors", "steris-system-1", False),
    # amsco-sterilizer: Amsco is a STERIS brand on tables and cabinets too
    ("Serviced Amsco 3085 surgical tables", "amsco-sterilizer", False),
    ("Repaired Amsco warming cabinets", "amsco-sterilizer", False),
    ("Amsco V-PRO low temperature sterilizers", "amsco-sterilizer", False),
    # washer-disinfector: laundry tunnel washers
    ("Operated tunnel washers in the hospital laundry", "washer-disinfector", False),
    # heat-sealer: laboratory plate sealers
    ("Operated the plate heat sealer for PCR plates", "heat-sealer", False),
    # heart-lung-machine: organ and bioreactor perfusion systems
    ("Maintained the organ perfusion system for kidney transplants", "heart-lung-machine", False),
    ("Ran the perfusion system on the bioreactor", "heart-lung-machine", False),
    # heartmate: the HeartMate II and 3 are two devices
    ("Supported HeartMate 3 patients", "heartmate-3", True),
    ("Serviced HeartMate II controllers", "heartmate-ii", True),
    ("Serviced HeartMate II controllers", "heartmate-3", False),
    # fresenius-2008k: the 2008K@home is its own home machine
    ("Trained patients on the Fresenius 2008K@home", "fresenius-2008k", False),
    ("Trained patients on the Fresenius 2008K@home", "fresenius-2008k-at-home", True),
    # fresenius-5008: the 5008S is its own model; CorDiax is also a dialyzer line
    ("Fresenius 5008S machines", "fresenius-5008", False),
    ("Fresenius 5008S machines", "fresenius-5008s", True),
    ("Primed Fresenius CorDiax dialyzers", "fresenius-5008", False),
    # braun-dialog: the Dialog iQ is not the Dialog+
    ("B. Braun Dialog iQ machines", "braun-dialog", False),
    # fresenius-multifiltrate: the multiFiltratePRO is its successor
    ("multiFiltratePRO CRRT", "fresenius-multifiltrate", False),
    ("multiFiltratePRO CRRT", "fresenius-multifiltrate-pro", True),
    # water-distribution-loop: pharmacy and laboratory purified water loops
    ("Maintained the purified water distribution loop for the pharmacy", "water-distribution-loop", False),
    # acid-concentrate-system: semiconductor acid delivery systems
    ("Maintained acid delivery systems in the semiconductor fab", "acid-concentrate-system", False),
    # apheresis-system: a magnetic cell separator
    ("Used the MACS cell separator for CD34 selection", "apheresis-system", False),
    # phototherapy-unit: dermatology UVB phototherapy
    ("Narrowband UVB phototherapy unit in dermatology", "phototherapy-unit", False),
    # patient-lift: a warehouse mechanical lift
    ("Operated the mechanical lift at the warehouse", "patient-lift", False),
    # alarm-management: industrial process alarm management
    ("Industrial alarm management per ISA-18.2", "alarm-management", False),
    # rtls: IT asset tracking
    ("IT asset tracking system in ServiceNow", "rtls", False),
    # compumedics-psg: the maker's EEG is not its sleep system
    ("Compumedics Grael EEG", "compumedics-psg", False),
    # centrak: the maker's temperature monitoring is not its RTLS
    ("Centrak temperature monitoring", "centrak", False),
    # physical-therapy-equipment: each device class is its own concept
    ("Repaired TENS units", "traction-unit", False),
    ("Repaired TENS units", "tens-unit", True),
    ("Calibrated therapeutic ultrasound units", "therapeutic-ultrasound-unit", True),
    # dental-equipment: chairs, handpieces and compressors apart
    ("Rebuilt dental handpieces", "dental-chair", False),
    ("Rebuilt dental handpieces", "dental-handpiece", True),
    ("Serviced the dental compressor", "dental-compressor", True),
    # anesthesia-vaporizer: bulk oxygen and liquid nitrogen vaporizers
    ("Maintained bulk oxygen vaporizers at the tank farm", "anesthesia-vaporizer", False),
    # portable-suction-unit: a laboratory vacuum aspirator
    ("Used the vacuum aspirator in the tissue culture hood", "portable-suction-unit", False),
    # ultrafilter: laboratory water system ultrafilters
    ("Replaced the ultrafilter on the Milli-Q lab water system", "ultrafilter", False),
    # pulmonary-function-equipment: an incentive spirometer is a bedside exercise device
    ("Taught patients to use incentive spirometers after surgery", "pulmonary-function-equipment", False),
    # anesthetic-gas-monitor: confined-space gas detectors and call-centre agent monitors
    ("Carried a multi-gas monitor for confined space entry", "anesthetic-gas-monitor", False),
    ("Configured the call center agent monitor dashboard", "anesthetic-gas-monitor", False),
    # surgical-laser: industrial CO2, YAG and excimer lasers
    ("Operated CO2 laser cutters and YAG laser markers in manufacturing", "surgical-laser", False),
    ("Excimer laser lithography tools in the semiconductor fab", "surgical-laser", False),
    # carbon-tank: municipal water carbon beds
    ("Replaced carbon beds and granular activated carbon at the municipal water plant", "carbon-tank", False),
    ("Replaced the carbon tank at the municipal water plant", "carbon-tank", False),
    # water-softener: a home or facilities water softener
    ("Installed a home water softener and brine tank", "water-softener", False),
    # water-distribution-loop: a fire-sprinkler storage tank
    ("Water storage tank inspection for the fire sprinkler system", "water-distribution-loop", False),
    # arthroscopy-shaver: the Arthrex Synergy camera platform is not a shaver
    ("Arthrex Synergy UHD4 camera towers", "arthroscopy-shaver", False),
    # bausch-stellaris: Stellaris RNA FISH probes and the Leica Stellaris confocal
    ("Stellaris RNA FISH probes", "bausch-stellaris", False),
    ("Leica Stellaris confocal", "bausch-stellaris", False),
    # clinical-alarm-safety: fire alarm safety
    ("Fire alarm safety inspections", "clinical-alarm-safety", False),
    # ge-datex-ohmeda-anesthesia: the maker's S/5 monitors are not its anesthesia machines
    ("Datex-Ohmeda S/5 monitors", "ge-datex-ohmeda-anesthesia", False),
    # heart-lung-machine: CPB is also the Certified Professional Biller
    ("CPB certified professional biller", "heart-lung-machine", False),
    # fresenius-4008: the 4008S, 4008B and 4008H are models of the series
    ("Serviced Fresenius 4008B machines", "fresenius-4008b", True),
    ("Serviced Fresenius 4008B machines", "fresenius-4008s", False),
    # zoll-x-series: the X Series Advanced is its own model
    ("Zoll X-Series Advanced units", "zoll-x-series-advanced", True),
    # sigma-spectrum: the Spectrum V8 is one generation
    ("Baxter Spectrum V8 pumps", "sigma-spectrum-v8", True),
    # baxter-homechoice: the HomeChoice PRO and Claria are their own models
    ("HomeChoice Pro cyclers", "baxter-homechoice-pro", True),
    ("HomeChoice Claria", "baxter-homechoice", False),
    # getinge-gss67: the GSS series is not one of its sizes
    ("Getinge GSS sterilizers", "getinge-gss67", False),
    ("Getinge GSS sterilizers", "getinge-gss", True),
    # ge-apexpro: CARESCAPE Telemetry is its successor
    ("CARESCAPE Telemetry T4", "ge-apexpro", False),
    ("CARESCAPE Telemetry T4", "ge-carescape-telemetry", True),
    # sterile-processing-equipment: hazmat decontamination equipment
    (
        "Set up hazmat decontamination equipment and showers for the fire department",
        "sterile-processing-equipment",
        False,
    ),
    # portable-suction-unit: a sump suction pump
    ("Replaced the sump suction pump in the basement", "portable-suction-unit", False),
    # humidifier-respiratory: a greenhouse heated humidifier
    ("Installed a heated humidifier in the greenhouse", "humidifier-respiratory", False),
    # rauland-responder: a first responder
    ("Certified first responder 5 years with the county", "rauland-responder", False),
    # uv-water-irradiator: blood-product UV irradiation
    ("Ran the UV irradiator for platelet pathogen reduction", "uv-water-irradiator", False),
    # dialysis-concentrate-system: food-plant concentrate systems
    ("Operated concentrate systems for the juice plant", "dialysis-concentrate-system", False),
    # dental-chair: a hospital's dental unit (the department)
    ("Worked in the dental unit at the Army hospital", "dental-chair", False),
    # zimmer-ats-4000: an automatic transfer switch
    ("Automatic transfer switch ATS 4000 maintenance on the generator", "zimmer-ats-4000", False),
    # reverse-osmosis: laboratory and pharmacy RO systems are not the dialysis RO
    ("RO water system for the chemistry analyzer", "reverse-osmosis", False),
    ("Maintained the reverse osmosis unit for the pharmacy clean room", "reverse-osmosis", False),
    # deionization-system: laboratory DI tanks are not the dialysis DI
    ("DI tanks exchanged for the lab water system", "deionization-system", False),
    # nebulizer: the sample nebulizer of an ICP-MS
    ("Cleaned the ICP-MS nebulizer and spray chamber", "nebulizer", False),
    ("Replaced the concentric nebulizer on the ICP-OES", "nebulizer", False),
    # smoke-evacuator: a building's fire smoke evacuation system
    ("Tested the smoke evacuation system for the atrium fire alarm", "smoke-evacuator", False),
    # omnicell-cabinet: the maker's IV compounding robot
    ("Omnicell IV compounding robot", "omnicell-cabinet", False),
    # pyxis-medstation: the Pyxis SupplyStation holds supplies, not medication
    ("Pyxis SupplyStation inventory", "pyxis-medstation", False),
    # ultrasonic-cleaner: a laboratory sonication bath
    ("Sonicated samples in the ultrasonic bath", "ultrasonic-cleaner", False),
    # fetal-monitor: C-EFM is the NCC fetal monitoring credential
    ("C-EFM certified nurse", "fetal-monitor", False),
    # ge-solar-8000: GE's solar inverters
    ("Installed GE Solar inverters at the plant", "ge-solar-8000", False),
]


def test_the_equipment_probe_sweep_keeps_other_senses_and_things_apart(checker):
    each_case(_THE_EQUIPMENT_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_THINGS_APART_CASES, line_check(checker))


_EQUIPMENT_PROBE_SWEEP_GUARDED_FORMS_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Serviced Hospira Plum A+ pumps", "plum-a-plus", True),
    ("Plum pumps and Plum 360", "plum-360", True),
    ("Programmed CADD pumps", "cadd-pump", True),
    ("IntelliVue central station and telemetry transmitters", "central-station", True),
    ("IntelliVue central station and telemetry transmitters", "telemetry", True),
    ("Repaired 40 telemetry transmitters on the cardiac unit", "telemetry", True),
    ("Non-invasive blood pressure monitor", "nibp-monitor", True),
    ("Blood pressure monitors and thermometers", "nibp-monitor", True),
    ("Checked pulse oximeters and oximeter probes", "pulse-oximeter", True),
    ("Managed the MUSE ECG system", "ge-muse", True),
    ("Event monitors and Holter monitors for cardiac patients", "cardiac-event-monitor", True),
    ("Treadmill stress test system with 12-lead ECG", "stress-test-system", True),
    ("Replaced the wall transformer on the Welch Allyn otoscope set", "diagnostic-wall-set", True),
    ("Respironics V60 ventilators", "respironics-v60", True),
    ("Philips V60 NIV", "respironics-v60", True),
    ("Set up CPAP and BiPAP", "bipap-device", True),
    ("V-PRO 1 sterilizers", "v-pro-1", True),
    ("STERIS V-PRO maX sterilizers", "v-pro-max", True),
    ("STERIS SYSTEM 1 processors", "steris-system-1", True),
    ("Maintained Amsco steam sterilizers", "amsco-sterilizer", True),
    ("Serviced the Amsco Evolution sterilizer", "amsco-sterilizer", True),
    ("Tunnel washers in sterile processing", "tunnel-washer", True),
    ("Heat sealer validation for sterilization pouches in SPD", "heat-sealer", True),
    ("Perfusion system for cardiopulmonary bypass", "heart-lung-machine", True),
    ("Fresenius 2008K machines", "fresenius-2008k", True),
    ("B. Braun Dialog machines", "braun-dialog-family", True),
    ("Fresenius multiFiltrate CRRT", "fresenius-multifiltrate", True),
    ("Hemodialysis water distribution loop disinfection", "water-distribution-loop", True),
    ("Disinfected the dialysis RO distribution loops", "water-distribution-loop", True),
    ("Maintained the dialysis acid delivery system and bicarb loop", "acid-concentrate-system", True),
    ("Maintained Spectra Optia cell separator for apheresis", "apheresis-system", True),
    ("Set up the phototherapy unit for jaundiced newborns", "phototherapy-unit", True),
    ("Used Hoyer and mechanical lift for patient transfers", "patient-lift", True),
    ("Maintain alarm management middleware for patient monitors", "alarm-management", True),
    ("Installed CenTrak tags and asset tracking system for biomed equipment", "rtls", True),
    ("Installed CenTrak tags", "centrak", True),
    ("Compumedics PSG system", "compumedics-psg", True),
    ("Filled sevoflurane vaporizer on the anesthesia machine", "anesthesia-vaporizer", True),
    ("Checked portable aspirators and suction regulators", "portable-suction-unit", True),
    ("Replaced the ultrafilter on the dialysis machines", "ultrafilter", True),
    ("Calibrated spirometers in the PFT lab", "pulmonary-function-equipment", True),
    ("Checked multi-gas monitor on the anesthesia machine", "anesthetic-gas-monitor", True),
    ("Serviced CO2 laser and holmium laser in the OR", "holmium-laser", True),
    ("Rebuilt carbon beds in the dialysis water room", "carbon-tank", True),
    ("Serviced the water softener and brine tanks for the hemodialysis RO", "water-softener", True),
    ("Arthrex Synergy shaver consoles", "arthroscopy-shaver", True),
    ("Bausch + Lomb Stellaris phaco", "bausch-stellaris", True),
    ("Datex-Ohmeda Aestiva anesthesia machines", "ge-datex-ohmeda-anesthesia", True),
    ("CPB circuits primed as perfusionist", "heart-lung-machine", True),
    ("HomeChoice cyclers", "baxter-homechoice", True),
    ("Zoll X-Series defibrillators", "zoll-x-series", True),
    ("SPD decontamination equipment", "sterile-processing-equipment", True),
    ("Portable suction pumps and suction regulators", "portable-suction-unit", True),
    ("Support heated humidifiers and capnography modules.", "humidifier-respiratory", True),
    ("Rauland Responder nurse call, every model", "rauland-responder", True),
    ("UV irradiator on the dialysis RO loop", "uv-water-irradiator", True),
    ("Maintained central concentrate system for the dialysis unit", "dialysis-concentrate-system", True),
    ("Serviced the dental unit chairs", "dental-chair", True),
    ("ATS 4000 tourniquets", "zimmer-ats-4000", True),
    ("Replaced RO membranes on the dialysis water system", "reverse-osmosis", True),
    ("Run daily water room checks: RO systems and carbon beds", "reverse-osmosis", True),
    ("Exchanged DI tanks in the dialysis water room", "deionization-system", True),
    ("Cleaned nebulizers for respiratory therapy", "nebulizer", True),
    ("Surgical smoke evacuation system in the OR", "smoke-evacuator", True),
    ("Omnicell cabinets and Pyxis", "omnicell-cabinet", True),
    ("Omnicell cabinets and Pyxis", "pyxis-medstation", True),
    ("Ultrasonic bath for surgical instruments", "ultrasonic-cleaner", True),
    ("EFM and CTG monitors on L&D", "fetal-monitor", True),
    ("GE Solar monitors", "ge-solar-8000", True),
    ("Worker and polisher carbon tanks in the dialysis water room", "carbon-tank", True),
]


def test_forms_guarded_in_the_equipment_probe_sweep_still_count_in_their_sense(checker):
    each_case(_EQUIPMENT_PROBE_SWEEP_GUARDED_FORMS_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_EQUIPMENT_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("plum-a-plus", "icu-medical-plum", True),
    ("plum-duo", "icu-medical-plum", True),
    ("cpap-device", "noninvasive-ventilation", True),
    ("tens-unit", "physical-therapy-equipment", True),
    ("a-dec-chair", "dental-chair", True),
    ("fresenius-2008k-at-home", "home-hemodialysis", True),
    ("lifepak-20e", "lifepak-20", False),
    ("heartmate-3", "heartmate", True),
    ("getinge-gss67", "getinge-gss", True),
    ("fresenius-4008h", "fresenius-4008", True),
    # cadd-pump: not every CADD pump is a PCA pump
    ("cadd-pump", "pca-pump", False),
]


def test_the_equipment_probe_sweep_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_EQUIPMENT_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))
