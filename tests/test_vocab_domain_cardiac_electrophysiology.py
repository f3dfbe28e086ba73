"""The cardiac electrophysiology lab (vocab/cardiac-electrophysiology.yaml): mapping systems, ablation energy
sources and catheters, EP recording systems and stimulators, intracardiac echo, LAA occluders and implanted
rhythm devices, the procedures, mapping techniques and arrhythmias as postings abbreviate them, the IBHRE and
CCI credentials and the EP titles. Each concept is found on a line of its own sense, and every guarded form
is left alone on a line of another trade (GIS software, liver and thyroid ablation, neuroscience
electrophysiology, the Air Force, PVC pipe, ICD-10 coding, parts per million)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_of

_CASES = [
    # makers
    ("Clinical Account Specialist at Biosense Webster", "biosense-webster", True),
    ("Biosense catheters and CARTO mapping for ablation cases", "biosense-webster", True),
    ("Biosense Technologies software contract", "biosense-webster", False),
    ("Field clinical work for Boston Scientific (Rhythmia, FARAPULSE)", "boston-scientific", True),
    ("BSC Rhythmia and Medtronic systems in the EP lab", "boston-scientific", True),
    ("Worked in a BSC (biosafety cabinet) for cell culture", "boston-scientific", False),
    ("BSC in Nursing, cardiac step-down unit", "boston-scientific", False),
    ("St. Jude Medical EnSite Velocity support", "st-jude-medical", True),
    ("SJM pacemakers and ICDs in device clinic", "st-jude-medical", True),
    ("SJM Properties, leasing office manager", "st-jude-medical", False),
    ("Front desk at St. Jude Children's Research Hospital", "st-jude-medical", False),
    # mapping systems
    ("Ran 3D electroanatomic mapping systems for AF ablation", "electroanatomic-mapping-system", True),
    ("3D mapping system support for VT ablation cases", "electroanatomic-mapping-system", True),
    ("Mobile 3D mapping system with LiDAR for surveying", "electroanatomic-mapping-system", False),
    ("CARTO 3 mapping for AF ablation with ThermoCool SmartTouch SF", "carto-3", True),
    ("Built maps on CARTO for AF ablations and VT cases", "carto", True),
    ("CARTO mapping for PVI cases", "carto", True),
    ("Built web maps in CARTO and QGIS for the city", "carto", False),
    ("CARTO mapping of store locations with BigQuery", "carto", False),
    ("Location analytics on CARTO", "carto", False),
    ("EnSite NavX and EnSite Velocity mapping", "ensite", True),
    ("Mapped on EnSite Velocity", "ensite-velocity", True),
    ("EnSite Precision with Advisor HD Grid", "ensite-precision", True),
    ("Abbott EnSite X EP System", "ensite-x", True),
    ("Rhythmia HDx with the IntellaMap Orion", "rhythmia-hdx", True),
    ("Rhythmia mapping for flutter cases", "rhythmia", True),
    # recording systems and stimulators
    ("Recorded cases on LabSystem PRO", "labsystem-pro", True),
    ("Bard LabSystem recording", "labsystem-pro", True),
    ("WorkMate Claris recording system", "workmate-claris", True),
    ("Recorded on WorkMate for ablation cases", "workmate-claris", True),
    ("My workmate and I covered the EP lab", "workmate-claris", False),
    ("Micropace EPS320 cardiac stimulator", "micropace-eps320", True),
    ("Micropace stimulator during EP studies", "micropace-eps320", True),
    ("Micropace software for the avionics bench", "micropace-eps320", False),
    ("Ran the stimulator during EP studies", "cardiac-stimulator", True),
    ("Programmable stimulator for pacing and induction in the EP lab", "cardiac-stimulator", True),
    ("Programmable stimulator for spinal cord pain therapy", "cardiac-stimulator", False),
    ("Phrenic nerve stimulator implant with pacing checks", "cardiac-stimulator", False),
    ("EP stimulator for visual evoked potentials in the EEG lab", "cardiac-stimulator", False),
    ("Cardiac stimulators and EP recording systems", "cardiac-stimulator", True),
    # ablation systems
    ("Set up the ablation generator for EP cases", "cardiac-ablation-system", True),
    ("Microwave ablation generator for liver tumors", "cardiac-ablation-system", False),
    ("RF generator and irrigation pump setup for AF ablations", "rf-ablation-generator", True),
    ("RF generator repair for the broadcast transmitter", "rf-ablation-generator", False),
    ("RF generator for thyroid nodule ablation", "rf-ablation-generator", False),
    ("Primed the irrigation pump for ablation cases", "ablation-irrigation-pump", True),
    ("Arthroscopy irrigation pump service", "ablation-irrigation-pump", False),
    ("Sterile water irrigation pump in the OR for cardiac surgery", "ablation-irrigation-pump", False),
    ("PFA system rollout in the EP lab", "pfa-system", True),
    ("FARAPULSE cases weekly", "farapulse", True),
    ("Medtronic PulseSelect training", "pulseselect", True),
    ("Affera mapping and ablation system", "affera", True),
    ("Affera cases with PFA in the EP lab", "affera", True),
    ("Affera Sphere-9 catheter", "sphere-9", True),
    # catheters
    ("Prepared ablation catheters for AF cases", "ablation-catheter", True),
    ("Microwave ablation catheters for liver tumors", "ablation-catheter", False),
    ("Irrigated catheters and CARTO setup", "ablation-catheter", True),
    ("Irrigated catheters for bladder irrigation on the urology floor", "ablation-catheter", False),
    ("Contact force sensing catheters", "contact-force-catheter", True),
    ("CF catheter use in AF ablation", "contact-force-catheter", True),
    ("CF catheter care for cystic fibrosis patients", "contact-force-catheter", False),
    ("ThermoCool catheters on CARTO", "thermocool", True),
    ("Thermocool water heater installation", "thermocool", False),
    ("ThermoCool SmartTouch contact force catheter", "thermocool-smarttouch", True),
    ("SmartTouch screen kiosks", "thermocool-smarttouch", False),
    ("SmartTouch SF", "thermocool-smarttouch-sf", True),
    ("STSF catheter for PVI", "thermocool-smarttouch-sf", True),
    ("STSF filing for the school district", "thermocool-smarttouch-sf", False),
    ("TactiCath contact force ablation", "tacticath", True),
    ("Cryoballoon ablation with Arctic Front Advance", "cryoballoon", True),
    ("C2 CryoBalloon focal ablation for Barrett's esophagus in the GI lab", "cryoballoon", False),
    ("Arctic Front cryoballoon PVI", "arctic-front", True),
    ("An arctic front brought snow to the region", "arctic-front", False),
    ("Arctic Front Advance Pro", "arctic-front-advance", True),
    ("Arctic Front Advance cryoballoon PVI", "arctic-front-advance", True),
    ("An arctic front advances into the region", "arctic-front-advance", False),
    ("POLARx cryoablation system", "polarx", True),
    ("Mapping catheters for VT ablation", "mapping-catheter", True),
    ("Mapping catheter for the pipeline inspection", "mapping-catheter", False),
    ("PentaRay high-density mapping", "pentaray", True),
    ("OctaRay mapping catheter", "octaray", True),
    ("Advisor HD Grid mapping catheter", "advisor-hd-grid", True),
    ("HD Grid mapping on EnSite", "advisor-hd-grid", True),
    ("HD Grid layout for the display wall", "advisor-hd-grid", False),
    ("Lasso catheter for pulmonary vein mapping", "lasso-catheter", True),
    ("Lasso and PentaRay for PVI", "lasso-catheter", True),
    ("Lasso regression and ridge models for catheter data", "lasso-catheter", False),
    # intracardiac echo
    ("Intracardiac echocardiography for transseptal access", "intracardiac-echocardiography", True),
    ("ICE imaging with AcuNav for ablation", "intracardiac-echocardiography", True),
    ("ICE agents detained workers near the clinic", "intracardiac-echocardiography", False),
    ("Serviced the ICE machine near the EP lab", "intracardiac-echocardiography", False),
    ("ICE catheters reprocessing", "ice-catheter", True),
    ("ACUSON AcuNav ultrasound catheters", "acunav", True),
    ("SoundStar with CARTO for ablation", "soundstar", True),
    ("SoundStar speakers for the venue", "soundstar", False),
    # LAA and rhythm devices
    ("LAA closure devices and Watchman FLX", "laa-occluder", True),
    ("Watchman implants for LAAO", "watchman", True),
    ("Worked as a night watchman at the warehouse", "watchman", False),
    ("Watchman FLX Pro implants", "watchman-flx", True),
    ("Amulet LAA occluder cases", "amplatzer-amulet", True),
    ("Amplatzer Amulet", "amplatzer-amulet", True),
    ("Silver amulet jewelry sales", "amplatzer-amulet", False),
    ("Fujifilm AMULET Innovality mammography", "amplatzer-amulet", False),
    ("CIED interrogation and follow-up", "cied", True),
    ("CRM devices for EP and device clinic", "cied", True),
    ("CRM devices: Salesforce for sales reps", "cied", False),
    ("Permanent pacemaker and leadless pacemaker implants", "implantable-pacemaker", True),
    ("Programmed PPMs and ICDs in device clinic", "implantable-pacemaker", True),
    ("PPM preventive maintenance of the EP lab equipment", "implantable-pacemaker", False),
    ("10 ppm ozone, 5 PPM threshold near the pacemaker clinic", "implantable-pacemaker", False),
    ("ICD and pacemaker implants", "icd", True),
    ("Interrogated PPM, ICD and ILR devices", "icd", True),
    ("ICD-10 coding for pacemaker implants", "icd", False),
    ("ICD codes for device billing", "icd", False),
    ("CRT-D and biventricular pacemaker implants", "crt-device", True),
    ("CRT upgrades for ICD patients", "crt-device", True),
    ("Repaired CRT monitors and televisions near the pacemaker clinic", "crt-device", False),
    # procedures and techniques
    ("Assisted with 400+ ablations using CARTO", "catheter-ablation", True),
    ("Catheter ablation of atrial fibrillation", "catheter-ablation", True),
    ("Liver ablation with microwave catheters in the cardiac hospital", "catheter-ablation", False),
    ("Endometrial ablation and hysteroscopy on atrial wing 2", "catheter-ablation", False),
    ("Thyroid RFA for benign nodules in the cardiology building", "catheter-ablation", False),
    ("Barrett's esophagus ablation with the C2 CryoBalloon", "catheter-ablation", False),
    ("Cryoballoon PVI and RF PVI for AF", "pvi", True),
    ("Pulmonary vein isolation", "pvi", True),
    ("Scrubbed PCI, PVI and atherectomy cases with ablation support", "pvi", False),
    ("Cryoballoon ablation of atrial fibrillation", "cardiac-cryoablation", True),
    ("Cryoablation and RF ablation in the EP lab", "cardiac-cryoablation", True),
    ("Renal cryoablation in IR for kidney tumors", "cardiac-cryoablation", False),
    ("Pulsed field ablation with FARAPULSE", "pulsed-field-ablation", True),
    ("PFA cases for AF in the EP lab", "pulsed-field-ablation", True),
    ("PFA-100 closure time testing for cardiac surgery", "pulsed-field-ablation", False),
    ("EP study with programmed stimulation", "ep-study", True),
    ("EPS and ablation procedures", "ep-study", True),
    ("Electrophysiology studies for SVT", "ep-study", True),
    ("Performed electrophysiology studies on rodent brain slices using patch clamp", "ep-study", False),
    ("Visual evoked potentials; EP studies in the neuro lab", "ep-study", False),
    ("Earnings per share (EPS) growth for cardiac device makers", "ep-study", False),
    ("Installed EPS foam insulation", "ep-study", False),
    ("Electroanatomic mapping for VT", "electroanatomic-mapping", True),
    ("3D mapping for AF ablations", "electroanatomic-mapping", True),
    ("3D mapping with LiDAR drones", "electroanatomic-mapping", False),
    ("EAM for complex ablations", "electroanatomic-mapping", True),
    ("EAM system (Infor) for biomed work orders", "electroanatomic-mapping", False),
    ("High-density mapping of the seafloor", "electroanatomic-mapping", False),
    ("Activation mapping and LAT annotation on CARTO", "activation-mapping", True),
    ("LAT mapping", "activation-mapping", True),
    ("fMRI brain activation mapping", "activation-mapping", False),
    ("LAT pulldown and squats at the gym", "activation-mapping", False),
    ("Voltage mapping of scar for VT ablation", "voltage-mapping", True),
    ("Substrate mapping on EnSite", "voltage-mapping", True),
    ("IR-drop voltage map for the ASIC power grid", "voltage-mapping", False),
    ("Wafer substrate mapping in the fab", "voltage-mapping", False),
    ("Pace mapping for PVC ablation", "pace-mapping", True),
    ("Entrainment mapping of flutter circuits", "entrainment-mapping", True),
    ("Entrainment and post-pacing intervals for atrial flutter", "entrainment-mapping", True),
    ("Air entrainment in concrete admixtures", "entrainment-mapping", False),
    ("LAAO with Watchman", "laao", True),
    ("LAAC cases with Watchman and Amulet", "laao", True),
    ("LAAC membership, Los Angeles Athletic Club", "laao", False),
    ("Device implants and lead extractions in the EP lab", "cardiac-device-implant", True),
    ("Pacemaker implantation", "cardiac-device-implant", True),
    ("Orthopedic device implants in the OR", "cardiac-device-implant", False),
    ("Lead extraction from soil samples by EPA method", "cardiac-device-implant", False),
    ("Pacemaker interrogations and device checks", "device-interrogation", True),
    ("Device checks on infusion pumps and monitors", "device-interrogation", False),
    ("Medical device programming in embedded C", "device-interrogation", False),
    ("Transseptal puncture under ICE guidance", "transseptal-puncture", True),
    ("TEE/DCCV and cardioversions", "cardioversion", True),
    # arrhythmias
    ("Cardiac arrhythmia recognition", "cardiac-arrhythmias", True),
    ("Experience with AF, AFL, SVT and VT ablations", "atrial-fibrillation", True),
    ("A-fib ablation cases", "atrial-fibrillation", True),
    ("USAF, AF veteran, cardiology tech", "atrial-fibrillation", False),
    ("AF base housing office, arrhythmia clinic next door", "atrial-fibrillation", False),
    ("Experience with AF, AFL, SVT and VT ablations", "atrial-flutter", True),
    ("Typical flutter and CTI ablation", "atrial-flutter", True),
    ("Performed typical Flutter app development", "atrial-flutter", False),
    ("AFL-CIO union steward, cardiology ward", "atrial-flutter", False),
    ("Experience with AF, AFL, SVT and VT ablations", "svt", True),
    ("SVT team bus driver", "svt", False),
    ("Ventricular arrhythmias", "ventricular-arrhythmias", True),
    ("AVNRT and slow pathway ablation", "avnrt", True),
    ("AVRT and WPW accessory pathways", "avrt", True),
    ("Ablation of AT and AVNRT", "atrial-tachycardia", True),
    ("Arrived AT the hospital for atrial rounds", "atrial-tachycardia", False),
    ("Experience with AF, AFL, SVT and VT ablations", "ventricular-tachycardia", True),
    ("Lived in Burlington, VT and worked at the cardiology clinic", "ventricular-tachycardia", False),
    ("PVC ablation with pace mapping", "pvc", True),
    ("Frequent PVCs on Holter", "pvc", True),
    ("PVC tubing for the EP lab irrigation", "pvc", False),
    ("Installed PVC pipe for the plant", "pvc", False),
    # credentials
    ("IBHRE", "ibhre", True),
    ("CEPS (IBHRE), RCES", "ibhre-ceps", True),
    ("Certified Electrophysiology Specialist", "ibhre-ceps", True),
    ("European Parliament (EP) policy analyst, CEPS fellow", "ibhre-ceps", False),
    ("CCDS credential, pacemaker and ICD follow-up", "ibhre-ccds", True),
    ("CCDS gene set annotation", "ibhre-ccds", False),
    ("CEPS fellow at the Brussels policy institute", "ibhre-ceps", False),
    ("Company Core Data Sheet (CCDS) labelling updates for the cardiac drug", "ibhre-ccds", False),
    ("CCI registered: RCIS, RCES", "cci", True),
    ("Charlson Comorbidity Index (CCI) scores in cardiovascular research", "cci", False),
    ("RCIS", "cci-rcis", True),
    ("IBHRE certification", "ibhre", True),
    ("CEPS (IBHRE), 2021", "ibhre", False),
    ("RCES (CCI), 2020", "cci", False),
    ("Registered Cardiac Electrophysiology Specialist", "cci-rces", True),
    # titles
    ("EP Tech II, Cardiac Electrophysiology Lab", "ep-technologist", True),
    ("Electrophysiology Technologist | RCES, RCIS", "ep-technologist", True),
    ("Electrophysiology Technician in a neuroscience patch clamp lab", "ep-technologist", False),
    ("EP Tech for EEG and evoked potentials", "ep-technologist", False),
    ("Clinical Account Specialist - Biosense Webster", "ep-clinical-specialist", True),
    ("Mapping Specialist supporting CARTO ablation cases", "ep-clinical-specialist", True),
    ("GIS Mapping Specialist for the county", "ep-clinical-specialist", False),
    ("CAS registry numbers for the chemical inventory", "ep-clinical-specialist", False),
    # added with the device clinic and the specialty
    ("BIOTRONIK pacemakers", "biotronik", True),
    ("Cardiac electrophysiology experience", "cardiac-electrophysiology", True),
    ("Electrophysiology and cath lab experience required", "cardiac-electrophysiology", True),
    ("Electrophysiology of cardiomyocytes from iPSC in vitro", "cardiac-electrophysiology", False),
    ("Neuroscience lab electrophysiology with mice", "cardiac-electrophysiology", False),
    (
        "Remote monitoring of pacemakers and ICDs (CareLink, Merlin.net, LATITUDE)",
        "cied-remote-monitoring",
        True,
    ),
    ("Remote monitoring of network switches and servers", "cied-remote-monitoring", False),
    ("Paceart Optima data entry for the device clinic", "paceart", True),
    ("Conduction system pacing and His bundle pacing", "conduction-system-pacing", True),
    ("LBBAP lead implants", "conduction-system-pacing", True),
    ("HBP implants with His bundle leads", "conduction-system-pacing", True),
    ("HBP (high blood pressure) management in pacemaker patients", "conduction-system-pacing", False),
    ("A-fib and A-flutter ablations", "atrial-flutter", True),
    ("Staff were all aflutter about the new atrial fibrillation clinic", "atrial-flutter", False),
    ("V-tach ablation", "ventricular-tachycardia", True),
    ("Pacer implants and generator changes", "cardiac-device-implant", True),
    ("Assisted RFA (radiofrequency ablation) cases; water-cooled probes", "catheter-ablation", False),
    ("RFA of SVT and AFL in the EP lab", "catheter-ablation", True),
]


def test_ep_concepts_are_filed_as_what_they_are(vocabulary):
    assert "electroanatomic-mapping-system" in vocabulary.ancestors("carto-3")
    assert "medical-equipment" in vocabulary.ancestors("ensite-x")
    assert "ep-recording-system" in vocabulary.ancestors("labsystem-pro")
    assert "ep-recording-system" in vocabulary.ancestors("workmate-claris")
    assert "cardiac-stimulator" in vocabulary.ancestors("micropace-eps320")
    smarttouch = vocabulary.ancestors("thermocool-smarttouch-sf")
    assert {"thermocool", "contact-force-catheter", "ablation-catheter"} <= smarttouch
    assert "cryoballoon" in vocabulary.ancestors("arctic-front-advance")
    assert "ablation-catheter" in vocabulary.ancestors("polarx")
    assert {"pfa-system", "electroanatomic-mapping-system"} <= vocabulary.ancestors("affera")
    assert "cardiac-ablation-system" in vocabulary.ancestors("farapulse")
    assert "echocardiography" in vocabulary.ancestors("intracardiac-echocardiography")
    assert "ice-catheter" in vocabulary.ancestors("acunav")
    assert "laa-occluder" in vocabulary.ancestors("watchman-flx")
    assert "cied" in vocabulary.ancestors("crt-device")
    assert "catheter-ablation" in vocabulary.ancestors("pvi")
    assert "electroanatomic-mapping" in vocabulary.ancestors("voltage-mapping")
    assert "svt" in vocabulary.ancestors("avnrt")
    pvc = vocabulary.ancestors("pvc")
    assert "ventricular-arrhythmias" in pvc and "ventricular-tachycardia" not in pvc
    assert "svt" not in vocabulary.ancestors("atrial-fibrillation")
    assert "ibhre" in vocabulary.ancestors("ibhre-ceps")
    assert "cci" in vocabulary.ancestors("cci-rces")
    assert "cardiovascular-technologist" in vocabulary.ancestors("ep-technologist")
    assert "cardiac-device-implant" in vocabulary.ancestors("conduction-system-pacing")
    assert "device-interrogation" in vocabulary.ancestors("cied-remote-monitoring")
    assert "cvis" in vocabulary.ancestors("paceart")
    # a maker is never broader than its products
    assert "biosense-webster" not in vocabulary.ancestors("carto")
    assert "boston-scientific" not in vocabulary.ancestors("watchman")


def test_ep_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_ep_credentials_named_as_pursued_are_not_held(checker):
    pursued = [
        (
            "CEPS (IBHRE) - approved exam candidate, testing window March 2027",
            "IBHRE CEPS credential",
            "ibhre-ceps",
        ),
        (
            "IBHRE Certified Electrophysiology Specialist (CEPS) exam - scheduled March 2027",
            "IBHRE CEPS",
            "ibhre-ceps",
        ),
        ("RCES (CCI) - exam scheduled June 2027", "CCI RCES credential", "cci-rces"),
        ("RCES eligible", "RCES", "cci-rces"),
    ]
    for resume, posting, concept in pursued:
        assert status_of(checker, resume, posting, concept) == "in_progress", resume
    assert status_of(checker, "RCES (CCI), 2020", "RCES", "cci-rces") == "literal"
