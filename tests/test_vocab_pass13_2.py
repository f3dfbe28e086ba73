"""Equipment and laboratory forms that read another trade's sense: one line per fix, each failing before it.

A hospital's count of ICU and critical care beds (occupancy, capacity, patient flow) is no longer read as the
ICU patient bed a BMET repairs: the concept is now named ICU patient bed and its bed forms count only next
to bed-service words (Hillrom, Stryker, side rails, bed exit, PMs, repairs). The Medfusion patient portal no
longer reads as the Medfusion syringe pump, the Gomco circumcision clamp no longer as the Gomco suction pump,
and composite makers' resin and vacuum infusion systems no longer as infusion pumps. The job title Newborn
Hearing Screener is no longer read as the device: the concept is now named Hearing screening device and its
screener forms count only next to device words. A car's mass air flowmeter and an instrument shop's air
flowmeters no longer read as the medical air flowmeter (O2 sensors, "flowmeters" and "outlet" were no guard);
hydronic heating zone valves with their shutoff valves and boiler alarms no longer read as medical gas zone
valves; foresight in planning is no longer the ForeSight oximeter (Edwards' spelling only); industrial laser
safety officers of CO2 laser cutters and excimer annealing tools no longer make those lasers surgical ones;
an HVAC control circuit no longer makes a heated humidifier a respiratory one; a tire recapper is no specimen
recapper; a medical air transport service is no medical air system; the DIALOG+ mental health intervention is
no B. Braun Dialog+; the Kingfisher retailer and the bird are no KingFisher extractor; nurses answering nurse
calls are no nurse call system; hypothermia and hyperthermia units of a hospital are no hypo/hyperthermia
unit; a triple quad chairlift is no mass spectrometer, a transit STA line no Stago STA; an airline caterer's
Cart Washer is no cart washer-disinfector (now named Cart and utensil washer-disinfector); Level 1 hotline
support is no Level 1 Hotline warmer; forced-air home heating is no forced-air warming unit; ClearVue windows
and ClearVue Health are no ClearVue coverslipper, a TP5000 printer no ThinPrep 5000, GIS XMap layers no xMAP,
an exercise physiologist's EPOC and lactate no Siemens epoc.
The Dialog+
now cites the Dialog+ alone (the Dialog iQ is its own concept), and instruments whose source named another
maker's product or a checklist (the Zebra ZD420 citing a Brady labeler, the VENTANA DP 600 citing Leica
Aperio and Philips, the Waters and Thermo mass spectrometers citing a CAP checklist, HbA1c, ESR, coagulation,
immunoassay, VITROS and Sysmex models citing a sibling) now cite their own product. The second table checks
that each guarded form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_SENSES_PASS13_2 = [
    # icu-bed: bed capacity and patient flow
    ("Managed patient flow across 24 ICU beds and 12 step-down beds", "icu-bed", False),
    ("Coordinated critical care beds during the COVID surge", "icu-bed", False),
    ("Reported ICU bed occupancy to the state health department", "icu-bed", False),
    # medfusion-syringe-pump: the patient portal
    ("Built the Medfusion patient portal integration with the practice EHR", "medfusion-syringe-pump", False),
    # gomco-suction: the circumcision clamp
    ("Assisted with newborn circumcisions using the Gomco clamp", "gomco-suction", False),
    # infusion-pump: composite resin and vacuum infusion
    ("Resin infusion system operator for wind turbine blades", "infusion-pump", False),
    ("Operated the vacuum infusion system for composite layups", "infusion-pump", False),
    # hearing-screener: the job title
    ("Newborn Hearing Screener, St. Luke's Hospital", "hearing-screener", False),
    # air-flowmeter: a car's mass air flowmeter, an instrument shop
    ("Replaced mass air flowmeter and O2 sensors on customer vehicles", "air-flowmeter", False),
    ("Calibrated air flowmeters and water flowmeters at the bottling plant", "air-flowmeter", False),
    # medical-gas-zone-valve: hydronic heating
    ("Replaced zone valves and shutoff valves on the hydronic heating loop", "medical-gas-zone-valve", False),
    ("Installed zone valves and alarm panels for the boiler system", "medical-gas-zone-valve", False),
    # foresight-oximeter: the common word
    ("Showed foresight in planning sensor upgrades for the truck fleet", "foresight-oximeter", False),
    # co2-laser, excimer-laser: industrial laser safety officers
    ("Served as laser safety officer for the CO2 laser cutters", "co2-laser", False),
    ("Maintained excimer laser annealing tools; LSO for the fab", "excimer-laser", False),
    # humidifier-respiratory: an HVAC control circuit
    ("Installed heated humidifiers on the AHU control circuit", "humidifier-respiratory", False),
    # specimen-recapper: tire retreading
    ("Tire recapper at a Goodyear retread plant", "specimen-recapper", False),
    # medical-air-system: air medical transport
    ("Flight paramedic with a medical air transport service", "medical-air-system", False),
    ("Medical air ambulance dispatcher, 2019-2022", "medical-air-system", False),
    # braun-dialog: the DIALOG+ mental health intervention
    ("Delivered DIALOG+ sessions with community mental health patients", "braun-dialog", False),
    # thermo-kingfisher: the retailer and the bird
    ("Sales associate at Kingfisher, the B&Q owner", "thermo-kingfisher", False),
    ("Spotted a kingfisher during the river habitat survey", "thermo-kingfisher", False),
    # nurse-call-system: answering patients' calls
    ("Answered nurse calls promptly on a 32-bed unit", "nurse-call-system", False),
    ("Reduced nurse call response time by 30%", "nurse-call-system", False),
    # hypo-hyperthermia-unit: a hospital unit and an oncology service
    ("Worked in the hypothermia unit research program", "hypo-hyperthermia-unit", False),
    ("Hyperthermia unit nurse in radiation oncology", "hypo-hyperthermia-unit", False),
    # triple-quadrupole: a chairlift
    ("Operated the triple quad chairlift at the ski resort", "triple-quadrupole", False),
    # stago-sta: a transit line
    ("Installed the STA line signals for the transit authority", "stago-sta", False),
    # cart-washer: airline catering and grocery carts
    ("Cart Washer, Gate Gourmet airline catering, 2018-2020", "cart-washer", False),
    ("Operated the cart washer for the grocery store shopping carts", "cart-washer", False),
    # hotline-warmer: an IT help line
    ("Provided Level 1 hotline support for SAP users", "hotline-warmer", False),
    # forced-air-warming-unit: home heating
    ("Installed forced-air warming and cooling systems in homes", "forced-air-warming-unit", False),
    # thermo-clearvue: windows and a telehealth company
    ("Installed ClearVue windows and patio doors", "thermo-clearvue", False),
    ("ClearVue Health telehealth coordinator", "thermo-clearvue", False),
    # thinprep-5000: a printer model
    ("Configured TP5000 thermal printers", "thinprep-5000", False),
    # xmap-technology: GIS maps
    ("Built XMap GIS layers for the county", "xmap-technology", False),
    # siemens-epoc: excess post-exercise oxygen consumption
    ("Measured EPOC and blood lactate in collegiate athletes", "siemens-epoc", False),
]

_OWN_SENSES_PASS13_2 = [
    ("Repaired side rails and bed exit alarms on Hillrom ICU beds", "icu-bed", True),
    ("Performed PMs on the Stryker critical care beds", "icu-bed", True),
    ("Repaired Medfusion 4000 syringe pumps", "medfusion-syringe-pump", True),
    ("Serviced Gomco suction units", "gomco-suction", True),
    ("Repaired Plum and Alaris infusion devices", "infusion-pump", True),
    ("Repaired Natus ALGO newborn hearing screeners", "hearing-screener", True),
    ("Calibrated hearing screeners", "hearing-screener", True),
    ("Checked oxygen and air flowmeters in patient rooms", "air-flowmeter", True),
    ("Calibrated zone valves at medical gas outlets per NFPA 99", "medical-gas-zone-valve", True),
    ("Tested area alarms and zone valves for the med gas system", "medical-gas-zone-valve", True),
    ("Serviced ForeSight cerebral oximeters", "foresight-oximeter", True),
    ("ForeSight sensors", "foresight-oximeter", True),
    ("Maintained CO2 lasers for dermatology and ENT surgery", "co2-laser", True),
    ("Serviced excimer lasers for LASIK and PRK", "excimer-laser", True),
    ("Serviced holmium lasers in the OR", "holmium-laser", True),
    ("Installed Fisher & Paykel heated humidifiers on ventilator circuits", "humidifier-respiratory", True),
    ("Maintained decappers and recappers on the Aptio automation line", "specimen-recapper", True),
    ("Tested medical air compressors and dew point per NFPA 99", "medical-air-system", True),
    ("Med gas: O2, medical air, N2O, nitrogen, CO2", "medical-air-system", True),
    ("Serviced Dialog+ hemodialysis machines", "braun-dialog", True),
    ("Maintained Dialog Plus machines in the dialysis unit", "braun-dialog", True),
    ("Ran extractions on the KingFisher", "thermo-kingfisher", True),
    ("Installed Rauland nurse call system", "nurse-call-system", True),
    ("Built ADT feeds to the nurse call", "nurse-call-system", True),
    ("Repaired Blanketrol hypothermia units", "hypo-hyperthermia-unit", True),
    ("Ran the triple quad for LC-MS/MS toxicology", "triple-quadrupole", True),
    ("Validated PT/INR on the STA line", "stago-sta", True),
    ("Repaired cart washers in sterile processing", "cart-washer", True),
    ("Serviced the Level 1 Hotline fluid warmers", "hotline-warmer", True),
    ("Forced-air warming for surgical patients", "forced-air-warming-unit", True),
    ("Coverslipped H&E slides on the ClearVue", "thermo-clearvue", True),
    ("Loaded Pap vials on the TP5000", "thinprep-5000", True),
    ("Ran xMAP assays on the Luminex 200", "xmap-technology", True),
    ("Ran lactate and electrolytes on the epoc analyzer", "siemens-epoc", True),
]


def test_other_senses_pass13_2(checker):  # noqa: ANN001
    each_case(_OTHER_SENSES_PASS13_2, line_check(checker))


def test_own_senses_pass13_2(checker):  # noqa: ANN001
    each_case(_OWN_SENSES_PASS13_2, line_check(checker))


def test_renamed_and_sourced_pass13_2(vocabulary):  # noqa: ANN001
    assert vocabulary.concepts["icu-bed"].name == "ICU patient bed"
    assert vocabulary.concepts["hearing-screener"].name == "Hearing screening device"
    assert vocabulary.concepts["cart-washer"].name == "Cart and utensil washer-disinfector"
    assert "iQ" not in vocabulary.concepts["braun-dialog"].source


def test_sources_name_the_right_product_pass13_2(vocabulary):  # noqa: ANN001
    wanted = {
        "zebra-zd420": "Zebra",
        "ventana-dp-600": "DP 600",
        "waters-xevo-tq-s": "Xevo TQ-S",
        "waters-xevo-tqd": "Xevo TQD",
        "thermo-tsq-endura": "TSQ Endura",
        "verifynow": "VerifyNow",
        "technicon-h3": "Technicon H*3",
        "tecan-freedom-evo": "Freedom EVO",
        "starrsed": "StaRRsed",
        "streck-esr-auto-plus": "ESR-Auto Plus",
        "tosoh-g11": "G11",
        "trinity-premier-hb9210": "Hb9210",
        "siemens-dca-vantage": "DCA Vantage",
        "siemens-atellica-uas-800": "UAS 800",
        "siemens-immulite-1000": "IMMULITE 1000",
        "sysmex-xt-1800i": "XT-1800i",
        "vitros-250": "VITROS 250",
        "vitros-350": "VITROS 350",
        "vitros-950": "VITROS 950",
        "thermo-qubit": "Qubit",
    }
    for concept_id, product in wanted.items():
        assert product in vocabulary.concepts[concept_id].source, concept_id
    for concept_id, other in (
        ("zebra-zd420", "Brady"),
        ("ventana-dp-600", "Aperio"),
        ("waters-xevo-tq-s", "CAP"),
        ("verifynow", "PFA-100"),
        ("technicon-h3", "ADVIA"),
        ("tecan-freedom-evo", "Hamilton"),
        ("siemens-dca-vantage", "Tosoh"),
        ("siemens-bcs-xp", "Atellica"),
    ):
        assert other not in vocabulary.concepts[concept_id].source, concept_id
