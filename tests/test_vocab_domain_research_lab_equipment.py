"""Research and core-facility laboratory equipment maintenance (vocab/research-lab-equipment.yaml):
centrifuge classes, rotors and rotor logs, biosafety cabinet types, fume hoods and their standards,
laboratory autoclaves and glassware washers, ultra-low, -150 and liquid nitrogen storage with cryogen safety,
incubators and shakers, reagent water grades, plate readers and cyclers, freezer monitoring, core booking and
multivendor service programmes, research biosafety and EPA 608 types; each concept read in its own sense,
every guarded form kept out of the other trade's line, and the filing that matters.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # centrifuges and rotors
    ("Serviced benchtop centrifuges and tabletop centrifuges in the core", "benchtop-centrifuge", True),
    ("Moved the floor-standing centrifuge to the new suite", "floor-standing-centrifuge", True),
    ("Balanced tubes in the superspeed centrifuge", "high-speed-centrifuge", True),
    ("Set the refrigerated centrifuge to 4 C", "refrigerated-centrifuge", True),
    ("Inspected centrifuge rotors for corrosion", "centrifuge-rotor", True),
    ("Pelleted cells in a fixed-angle rotor", "fixed-angle-rotor", True),
    ("Swing-out rotor for the 50 mL conicals", "swinging-bucket-rotor", True),
    ("Kept rotor logs for every ultracentrifuge run", "rotor-log", True),
    ("Kept rotor logs for the helicopter main rotor blades", "rotor-log", False),
    ("Applied rotor derating for the Beckman SW 41 Ti", "rotor-derating", True),
    ("Wind turbine rotor derating during high winds", "rotor-derating", False),
    ("Centrifuge preventive maintenance and repair", "centrifuge-maintenance", True),
    ("Rotor inspection on the Sorvall and Beckman centrifuges", "centrifuge-maintenance", True),
    ("Rotor inspection on the Black Hawk tail rotor", "centrifuge-maintenance", False),
    ("Trained users on the Beckman Optima ultracentrifuges", "beckman-optima", True),
    ("Ran the Optima CT scanner", "beckman-optima", False),
    ("Optima XPN-100 ultracentrifuge service", "beckman-optima-xpn", True),
    ("Optima MAX-XP tabletop ultracentrifuge", "beckman-optima-max-xp", True),
    ("Beckman Avanti centrifuges in the protein core", "beckman-avanti-j", True),
    ("Avanti JXN-26 with the JLA 8.1000 rotor", "beckman-avanti-jxn-26", True),
    ("Sorvall WX Ultra ultracentrifuges", "sorvall-wx-ultra", True),
    ("Sorvall LYNX superspeed centrifuge", "sorvall-lynx", True),
    ("Sorvall LYNX 6000 in the media kitchen", "sorvall-lynx-6000", True),
    ("Sorvall Legend benchtop centrifuges", "sorvall-legend", True),
    ("Eppendorf 5424 R microcentrifuges", "eppendorf-5424-r", True),
    # biosafety cabinets
    ("Certified Class II Type A1 cabinets", "class-ii-a1-biosafety-cabinet", True),
    ("Installed a Class II, Type C1 BSC", "class-ii-c1-biosafety-cabinet", True),
    ("Certified the A1 BSC in room 204", "class-ii-a1-biosafety-cabinet", True),
    ("Earned BSc in Biology, Grade A1 BSC", "class-ii-a1-biosafety-cabinet", False),
    ("Replaced the exhaust filter on the C1 BSC", "class-ii-c1-biosafety-cabinet", True),
    ("Labconco Axiom cabinets in the virology lab", "labconco-axiom", True),
    ("Herasafe cabinets in tissue culture", "thermo-herasafe", True),
    ("Esco Labculture biosafety cabinets", "esco-labculture", True),
    ("Tested microbiological safety cabinets to BS EN 12469", "en-12469", True),
    # fume hoods
    ("Hood program follows ANSI/ASSP Z9.5", "ansi-z9-5", True),
    ("Tested fume cupboards to EN 14175", "en-14175", True),
    ("Commissioned VAV fume hoods", "vav-fume-hood", True),
    ("Changed carbon filters on ductless fume hoods", "ductless-fume-hood", True),
    ("Replaced fume hood monitors", "fume-hood-monitor", True),
    ("Calibrated the airflow monitor on each fume hood", "fume-hood-monitor", True),
    ("Calibrated the airflow monitor on the ventilator circuit", "fume-hood-monitor", False),
    # autoclaves, washers, ovens
    ("Ran liquid cycles on the research autoclaves", "laboratory-autoclave", True),
    ("Consolidated Stills and Sterilizers autoclave service", "consolidated-sterilizer", True),
    ("Priorclave autoclaves in the media room", "priorclave", True),
    ("Validated waste autoclaving with spore strips", "autoclave-waste-decontamination", True),
    ("Maintained the lab glassware washers and autoclaves", "laboratory-glassware-washer", True),
    ("Ran the glassware washer behind the hotel bar", "laboratory-glassware-washer", False),
    ("Miele glassware washer PM", "miele-lab-glassware-washer", True),
    ("Lancer washer repairs", "lancer-glassware-washer", True),
    ("Cage washer and tunnel cage washer in the vivarium", "cage-rack-washer", True),
    ("Rack washer for animal cages", "cage-rack-washer", True),
    ("Ran the dish rack washer in the hotel kitchen", "cage-rack-washer", False),
    ("Drying ovens for glassware", "laboratory-oven", True),
    # cold storage and cryogens
    ("Thermo Revco freezers", "thermo-revco", True),
    ("Repaired Revco -80 freezers", "thermo-revco", True),
    ("Pharmacy technician at Revco Drug Stores", "thermo-revco", False),
    ("Panasonic VIP ECO freezers", "phcbi-vip-eco", True),
    ("Stirling Ultracold freezers across campus", "stirling-ultracold", True),
    ("Stirling SU780XLE freezers", "stirling-su780", True),
    ("Eppendorf CryoCube freezers", "eppendorf-cryocube", True),
    ("Managed the -150 °C freezers", "minus-150-freezer", True),
    ("Set up LN2 auto-fill on the storage freezers", "ln2-autofill-controller", True),
    ("Auto-fill controller for the LN2 freezers", "ln2-autofill-controller", True),
    ("Auto-fill controller on the boiler feedwater tank", "ln2-autofill-controller", False),
    ("Swapped LN2 supply dewars weekly", "cryogenic-liquid-cylinder", True),
    ("Installed oxygen depletion monitors", "oxygen-depletion-monitor", True),
    ("Oxygen monitor in the liquid nitrogen fill room", "oxygen-depletion-monitor", True),
    ("Oxygen monitor on the neonatal ventilator", "oxygen-depletion-monitor", False),
    ("Low oxygen alarms in the LN2 room", "oxygen-depletion-monitor", True),
    ("Responded to low oxygen alarms on patient monitors", "oxygen-depletion-monitor", False),
    ("Tested the ODM in the liquid nitrogen room", "oxygen-depletion-monitor", True),
    ("Managed ODM suppliers for the product line", "oxygen-depletion-monitor", False),
    ("Delivered cryogen safety training to lab staff", "cryogen-safety", True),
    # incubators and shakers
    ("Heracell VIOS incubators in the TC room", "thermo-heracell", True),
    ("Forma Steri-Cycle CO2 incubators", "thermo-forma-steri-cycle", True),
    ("Coordinated Stericycle medical waste pickups", "thermo-forma-steri-cycle", False),
    ("PHCbi CO2 incubators", "phcbi-co2-incubator", True),
    ("Checked incubator CO2 with a CO2 analyzer", "incubator-co2-analyzer", True),
    ("Calibrated the CO2 analyzer in the greenhouse", "incubator-co2-analyzer", False),
    ("New Brunswick Innova shakers", "eppendorf-innova", True),
    ("Innova 44R shakers in the bacterial room", "innova-44", True),
    ("Scrubbed in on GE Innova angiography cases", "eppendorf-innova", False),
    ("Infors Multitron shakers", "infors-multitron", True),
    ("Orbital shakers and rockers", "orbital-shaker", True),
    # water
    ("Reagent water to ASTM D1193", "astm-d1193", True),
    ("Ultrapure water at 18.2 megohm water", "type-i-water", True),
    ("Type II water for glassware rinsing", "type-ii-water", True),
    ("Milli-Q IQ 7000 installs", "milli-q-iq-7000", True),
    ("Barnstead Nanopure systems", "barnstead-water-system", True),
    ("Barnstead Thermolyne furnace repair", "barnstead-water-system", False),
    # plate readers and cyclers
    ("Multimode plate readers in the HTS core", "multimode-plate-reader", True),
    ("Fluorescence plate reader", "fluorescence-plate-reader", True),
    ("Microplate luminometers", "luminescence-plate-reader", True),
    ("Absorbance plate reader", "absorbance-plate-reader", True),
    ("BioTek Synergy readers", "biotek-synergy", True),
    ("Elekta Synergy linac service", "biotek-synergy", False),
    ("CLARIOstar Plus", "bmg-clariostar", True),
    ("PerkinElmer EnVision", "revvity-envision", True),
    ("EnVision FLEX detection on the Dako Autostainer", "revvity-envision", False),
    ("C1000 Touch thermal cyclers", "biorad-c1000-touch", True),
    ("T100 thermal cycler", "biorad-t100", True),
    ("Eppendorf Mastercycler", "eppendorf-mastercycler", True),
    ("Mastercycler nexus gradient", "mastercycler-nexus", True),
    ("StepOnePlus", "abi-stepone-plus", True),
    ("ViiA 7 qPCR", "abi-viia-7", True),
    ("Thermal cycler verification with CYCLERtest", "thermal-cycler-verification", True),
    # monitoring, booking, service programmes
    ("XiltriX monitoring", "xiltrix", True),
    ("Freezer alarm response on the on-call rota", "freezer-alarm-response", True),
    ("Scheduled instruments in FOM and iLab", "fom-booking", True),
    ("Measured FOM for the fiber optic link", "fom-booking", False),
    ("Facility Online Manager bookings", "fom-booking", True),
    ("Calpendo bookings", "calpendo", True),
    ("Multivendor lab services contract", "multivendor-lab-services", True),
    ("Multi-vendor service engineer for CT and MRI", "multivendor-lab-services", False),
    ("Agilent CrossLab field engineer", "agilent-crosslab", True),
    ("PerkinElmer OneSource", "onesource-lab-services", True),
    ("Unity Lab Services", "unity-lab-services", True),
    # research biosafety and refrigerant
    ("Registered rDNA work under the NIH Guidelines with the IBC", "nih-guidelines", True),
    ("Wrote the grant to the NIH guidelines for page limits", "nih-guidelines", False),
    ("Reported to the biosafety officer", "biological-safety-officer", True),
    ("BSO for the BSL-3 suite", "biological-safety-officer", True),
    ("BSO for the battalion supply office", "biological-safety-officer", False),
    ("ABSL-2 housing", "absl-2", True),
    ("ABSL-3 suite", "absl-3", True),
    ("EPA 608 Type I", "epa-608-type-i", True),
    ("EPA 608 Type II", "epa-608-type-ii", True),
    ("EPA Type III certification", "epa-608-type-iii", True),
    ("Refrigeration troubleshooting on ULT freezers", "refrigeration-repair", True),
    # rooms and roles
    ("Maintained the lab cold rooms", "laboratory-cold-room", True),
    ("Stocked the cold room with produce for the restaurant", "laboratory-cold-room", False),
    ("BSC certifier", "bsc-certification-technician", True),
    ("Certification technician for BSCs and fume hoods", "bsc-certification-technician", True),
    ("Pharmacy certification technician", "bsc-certification-technician", False),
]


def test_research_lab_equipment_forms_read_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_research_lab_equipment_filing(vocabulary):
    assert "centrifuge" in vocabulary.ancestors("refrigerated-centrifuge")
    assert "ultracentrifuge" in vocabulary.ancestors("beckman-optima-xpn")
    assert {"thermo-sorvall", "high-speed-centrifuge", "centrifuge"} <= vocabulary.ancestors(
        "sorvall-lynx-6000"
    )
    assert {"microcentrifuge", "refrigerated-centrifuge"} <= vocabulary.ancestors("eppendorf-5424-r")
    assert "centrifuge" not in vocabulary.ancestors("centrifuge-rotor")
    assert "class-ii-biosafety-cabinet" in vocabulary.ancestors("labconco-axiom")
    assert "biosafety-cabinet" in vocabulary.ancestors("class-ii-a1-biosafety-cabinet")
    assert "fume-hood" in vocabulary.ancestors("vav-fume-hood")
    assert "steam-sterilizer" in vocabulary.ancestors("priorclave")
    assert "washer-disinfector" not in vocabulary.ancestors("laboratory-glassware-washer")
    assert "ult-freezer" in vocabulary.ancestors("stirling-su780")
    assert "ult-freezer" not in vocabulary.ancestors("minus-150-freezer")
    assert "lab-freezer" in vocabulary.ancestors("minus-150-freezer")
    assert "co2-incubator" in vocabulary.ancestors("phcbi-co2-incubator")
    assert "shaking-incubator" in vocabulary.ancestors("innova-44")
    assert "water-purification-system" in vocabulary.ancestors("milli-q-iq-7000")
    assert "plate-reader" in vocabulary.ancestors("biotek-synergy")
    assert "real-time-pcr-instrument" in vocabulary.ancestors("abi-viia-7")
    assert "thermal-cycler" in vocabulary.ancestors("mastercycler-nexus")
    assert "medical-refrigeration-monitoring" in vocabulary.ancestors("xiltrix")
    assert "core-facility-management-software" in vocabulary.ancestors("fom-booking")
    assert "multivendor-lab-services" in vocabulary.ancestors("agilent-crosslab")
    assert "epa-608" in vocabulary.ancestors("epa-608-type-ii")
    assert "biosafety-level" in vocabulary.ancestors("absl-3")
    assert vocabulary.concepts["biological-safety-officer"].category.value == "title"
    assert vocabulary.concepts["type-i-water"].category.value == "quality"
