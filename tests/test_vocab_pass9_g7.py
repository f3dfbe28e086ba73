"""The ninth pass over credentials, licences, skills and titles: one line per fix, each failing first.

The pass guarded forms that read another trade's sense. CAPM (the capital asset pricing model of finance)
and PMP (a state prescription monitoring program) no longer count as PMI credentials, and the two concepts
are named PMI CAPM and PMI PMP. "PRC licensed" (People's Republic of China), a bare "public trust", "RCT
registered" (a randomised controlled trial), airline "IATA certification", copier and turbine service
training from Canon and Siemens, Philips lighting, refrigeration superheat and non-condensable gases, boiler
steam quality and dryness fraction, building-management "Senior BMS" and "Trainee BMS" engineers, industrial
radiographers, mixed-reality "MR engineers", manufacturing incoming testing and acceptance inspection,
electricians' ground and insulation resistance testing, neurological reflex testing, software de-
installation, CISS ink systems, a respiratory "CRT license", GD&T flatness and symmetry, baggage-screening
X-ray service engineers, security-guard certification, DOT urine specimen collectors, power-plant chemistry
supervisors, refrigeration leak troubleshooting, construction field change orders, military training
exercises, CNC machine QA and drinking-water chlorine disinfection are kept out. The second table checks
that each guarded form still counts in its own sense; the last test checks the renamed concepts.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_PASS9_G7_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Used CAPM to estimate the cost of equity for the valuation model", "capm", False),
    ("Checked the state PMP before dispensing controlled substances", "pmp", False),
    ("PRC licensed attorney advising on cross-border M&A", "prc-license", False),
    ("Maintained public trust through transparent reporting to the city council", "public-trust", False),
    ("RCT registered on ClinicalTrials.gov before enrollment", "rct-registration", False),
    ("IATA certification in airline ticketing and fares", "dot-iata-certification", False),
    ("Completed IATA training for travel agents", "dot-iata-certification", False),
    ("Canon service training on imageRUNNER copiers", "canon-service-training", False),
    (
        "Completed Siemens service training on SINAMICS drives and gas turbines",
        "siemens-service-training",
        False,
    ),
    ("Philips service training on Hue lighting systems", "philips-service-training", False),
    ("Measured superheat and subcooling; superheat testing on rooftop units", "superheat-test", False),
    ("Purged non-condensable gases from the chiller refrigerant circuit", "non-condensable-gas-test", False),
    ("Monitored steam quality for the boiler house turbines", "steam-quality", False),
    ("Calculated the dryness fraction of turbine exhaust steam", "steam-dryness-test", False),
    ("Senior BMS Engineer, Trend and Tridium building controls", "senior-biomedical-scientist", False),
    ("Trainee BMS engineer for HVAC controls", "trainee-biomedical-scientist", False),
    ("Specialist BMS controls engineer for data centre HVAC", "specialist-biomedical-scientist", False),
    ("Industrial radiographer", "radiologic-technologist", False),
    ("Industrial radiographer on pipeline welds", "radiologic-technologist", False),
    ("MR engineer building HoloLens mixed reality apps", "mri-service-engineer", False),
    ("Incoming testing of resistors and capacitors per AQL sampling", "incoming-inspection", False),
    ("Acceptance inspection of machined parts against the drawing", "incoming-inspection", False),
    (
        "Ground resistance testing of substation grounding grids with a fall-of-potential tester",
        "ground-resistance-testing",
        False,
    ),
    (
        "Insulation resistance testing of motors and cables with a Megger",
        "insulation-resistance-testing",
        False,
    ),
    ("Reflex testing of patellar and Achilles reflexes during neuro exams", "reflex-testing", False),
    ("De-installation of legacy software from user laptops", "equipment-de-installation", False),
    ("Refilled CISS ink systems on Epson printers", "ciss", False),
    ("CRT license from the state respiratory care board", "ca-crt-license", False),
    ("Flatness and symmetry tolerances per GD&T on machined parts", "flatness-symmetry", False),
    ("X-ray service engineer for Rapiscan baggage screening systems", "xray-service-engineer", False),
    (
        "Security certification: state guard card and armed security officer license",
        "security-certifications",
        False,
    ),
    ("DOT-certified urine specimen collector for drug testing", "phlebotomist", False),
    ("Nuclear plant chemistry supervisor for secondary water chemistry", "chemistry-supervisor", False),
    ("Leak troubleshooting on refrigeration systems", "fluidics", False),
    (
        "Processed field change orders for the general contractor on the hospital build",
        "field-change-orders",
        False,
    ),
    ("Completed military training exercises with NATO partners", "military-technical-training", False),
    ("Machine QA for the CNC line", "linac-qa", False),
    ("Chlorine disinfection of drinking water at the treatment plant", "bleach-disinfection", False),
    ("B.S. in HTM (Hospitality and Tourism Management)", "healthcare-technology-management", False),
    ("Hospitality and Tourism Management (HTM) graduate", "healthcare-technology-management", False),
    ("LIS specialist at the university library cataloguing e-resources", "lis-analyst", False),
    ("POC manager for the cloud migration proof of concept", "poc-manager", False),
    ("MDR reporting for MRSA and VRE to infection prevention", "adverse-event-reporting", False),
    ("MLA certification from the Medical Library Association", "mla-certification-other", False),
    (
        "Completed a molecular biology certification at the community college",
        "molecular-certification",
        False,
    ),
    ("Florida trainee license for real estate appraisal", "fl-trainee-license", False),
    ("FL supervisor license for electrical contracting", "fl-supervisor-license", False),
    ("California CPT coding for outpatient claims", "ca-phlebotomy-certificate", False),
    ("NYS limited license in athletic training", "ny-limited-license", False),
    ("Siemens remote services for the SIMATIC plant controllers", "siemens-smart-remote-services", False),
    ("Cytologist studying cell biology in a research lab", "cytotechnologist", False),
    ("ASCP continuing education courses for pathologists", "ascp-credential-maintenance", False),
    ("Fresenius service training on Agilia infusion pumps", "fresenius-technical-training", False),
    ("Rework and repair of automotive wiring harnesses", "component-level-repair", False),
    ("Wire harness repair on aircraft", "cable-repair", False),
    ("Equipment removal for the office move", "equipment-de-installation", False),
    ("Micro tech at a knife maker", "microbiology-technologist", False),
    ("HT program for hypertension patients", "histotechnology-program", False),
    ("FCC license for the radio station", "fcc-grol", False),
    ("Dialysis certification for nurses (CNN)", "dialysis-technician-certification", False),
    ("Hand washing of glassware and pipettes in the research lab", "hand-hygiene", False),
    ("Hand washing dishes and pots in the hospital kitchen", "hand-hygiene", False),
    ("Drew block diagrams of the microservices architecture", "schematic-reading", False),
    ("Configured secure remote access VPN for remote employees", "remote-access", False),
    ("Performed forklift pre-use inspections", "incoming-inspection", False),
    ("Micro technician at a semiconductor fab", "microbiology-technician", False),
    ("Selected TCO Certified monitors for the office refresh", "total-cost-of-ownership", False),
    ("Director of Biomedical Engineering undergraduate program, State University", "htm-director", False),
    ("Dosimetrist at the nuclear power plant", "medical-dosimetrist", False),
    ("SPD technician installing surge protective devices", "sterile-processing-technician", False),
    ("Daily water checks on the cooling tower", "dialysis-water-testing", False),
    ("Equipment lifecycle management for the trucking fleet", "asset-management", False),
    ("Equipment inventory of excavators and loaders for the construction firm", "asset-management", False),
    ("Equipment fleet management of forklifts and trailers", "asset-management", False),
]

_FORMS_GUARDED_IN_PASS9_G7_STILL_COUNT_CASES = [
    ("Certifications: CAPM, CompTIA A+", "capm", True),
    ("PMP certified project manager", "pmp", True),
    ("PMP, CBET", "pmp", True),
    ("PRC licensed medical technologist (Philippines)", "prc-license", True),
    ("Eligible for a public trust position; Tier 4 background investigation", "public-trust", True),
    ("RCT registered clinical technologist (UK)", "rct-registration", True),
    ("IATA certification for shipping Category B specimens", "dot-iata-certification", True),
    ("Canon service training on Aquilion CT scanners", "canon-service-training", True),
    ("Siemens service training on SOMATOM CT", "siemens-service-training", True),
    ("Philips service training: IntelliVue monitors", "philips-service-training", True),
    ("Superheat testing on the steam sterilizers per EN 285", "superheat-test", True),
    ("Non-condensable gases test on the steam sterilizer supply", "non-condensable-gas-test", True),
    ("Steam quality testing for the sterilizers to ST79", "steam-quality", True),
    ("Senior BMS in blood sciences, NHS Band 7", "senior-biomedical-scientist", True),
    ("Trainee BMS in the NHS pathology laboratory", "trainee-biomedical-scientist", True),
    ("Radiographer at a district general hospital", "radiologic-technologist", True),
    ("MR engineer for Siemens MAGNETOM scanners", "mri-service-engineer", True),
    ("Incoming testing of new infusion pumps", "incoming-inspection", True),
    ("Ground resistance testing on infusion pumps with the ESA620", "ground-resistance-testing", True),
    ("Insulation resistance testing to IEC 62353 on patient monitors", "insulation-resistance-testing", True),
    ("Built reflex testing rules in the LIS for urinalysis to culture", "reflex-testing", True),
    ("De-installation of a GE MRI scanner", "equipment-de-installation", True),
    ("CISS (AAMI) certification, 2021", "ciss", True),
    ("California CRT license; fluoroscopy permit", "ca-crt-license", True),
    ("Checked flatness and symmetry of 6 MV photon beams", "flatness-symmetry", True),
    ("X-ray service engineer, GE Healthcare", "xray-service-engineer", True),
    ("Holds a security certification (CISSP)", "security-certifications", True),
    ("Specimen collector at a patient service center; venipuncture", "phlebotomist", True),
    ("Chemistry supervisor, hospital core lab", "chemistry-supervisor", True),
    ("Installed field change orders on CT scanners", "field-change-orders", True),
    (
        "Install software upgrades and complete field change orders within the required windows.",
        "field-change-orders",
        True,
    ),
    ("Military training in electronics and biomedical equipment repair", "military-technical-training", True),
    ("Daily machine QA on the TrueBeam", "linac-qa", True),
    ("Chlorine disinfection of spills with 10% bleach", "bleach-disinfection", True),
    ("HTM department of 12 technicians", "healthcare-technology-management", True),
    ("LIS specialist supporting Cerner PathNet interfaces", "lis-analyst", True),
    ("POC manager overseeing 300 glucometers", "poc-manager", True),
    ("MDR reporting to FDA for device malfunctions", "adverse-event-reporting", True),
    ("MLA certification (AMT) for lab assistant role", "mla-certification-other", True),
    ("Molecular biology certification, MB(ASCP) eligible", "molecular-certification", True),
    ("Florida trainee license in clinical laboratory (MLS)", "fl-trainee-license", True),
    ("FL supervisor license, clinical chemistry and hematology", "fl-supervisor-license", True),
    ("California CPT I phlebotomy", "ca-phlebotomy-certificate", True),
    ("NYS limited license in histology", "ny-limited-license", True),
    ("Siemens remote services on CT scanners", "siemens-smart-remote-services", True),
    ("Cytologist screening Pap smears", "cytotechnologist", True),
    ("ASCP continuing education for CMP renewal", "ascp-credential-maintenance", True),
    ("Fresenius service training on 2008T machines", "fresenius-technical-training", True),
    ("Rework and repair of PCB assemblies", "component-level-repair", True),
    ("Wire harness repair for ECG monitors", "cable-repair", True),
    ("Equipment removal and decommissioning of CT scanners", "equipment-de-installation", True),
    ("Micro tech, hospital microbiology lab", "microbiology-technologist", True),
    ("HT program, NAACLS accredited histotechnician certificate", "histotechnology-program", True),
    ("FCC license (GROL)", "fcc-grol", True),
    ("Dialysis certification as a hemodialysis technician", "dialysis-technician-certification", True),
    ("Hand washing and glove use audits on the nursing unit", "hand-hygiene", True),
    ("Read block diagrams and schematics to isolate board faults", "schematic-reading", True),
    ("Secure remote access for OEM support of imaging equipment", "remote-access", True),
    ("Pre-use inspection of infusion pumps", "incoming-inspection", True),
    ("Micro technician in the hospital microbiology lab", "microbiology-technician", True),
    ("Built TCO models for the CT replacement", "total-cost-of-ownership", True),
    ("Director of Biomedical Engineering, Mercy Health System", "htm-director", True),
    ("Dosimetrist in radiation oncology; Eclipse planning", "medical-dosimetrist", True),
    ("SPD technician: decontamination and sterilizer loads", "sterile-processing-technician", True),
    ("Daily water checks: chlorine, hardness and RO rejection", "dialysis-water-testing", True),
    ("Equipment lifecycle planning for 4,000 medical devices", "asset-management", True),
    ("Equipment inventory in the CMMS", "asset-management", True),
    ("Fleet management of 900 infusion pumps", "asset-management", True),
]

_RENAMED_IN_PASS9_G7 = {
    "capm": "PMI CAPM",
    "pmp": "PMI PMP",
    "ciss": "AAMI CISS",
    "canon-service-training": "Canon Medical service training",
    "siemens-service-training": "Siemens Healthineers service training",
    "philips-service-training": "Philips Healthcare service training",
    "prc-license": "Philippine PRC license",
    "superheat-test": "Steam superheat test",
    "steam-quality": "Sterilizer steam quality",
    "ground-resistance-testing": "Protective earth resistance testing",
    "insulation-resistance-testing": "Medical device insulation resistance testing",
    "reflex-testing": "Laboratory reflex testing",
    "chemistry-supervisor": "Clinical Chemistry Supervisor",
    "field-change-orders": "Equipment field change orders",
    "xray-service-engineer": "Medical X-ray service engineer",
    "fresenius-technical-training": "Fresenius Medical Care technical training",
}


def test_pass9_g7_keeps_other_senses_out(checker):
    each_case(_PASS9_G7_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_pass9_g7_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_PASS9_G7_STILL_COUNT_CASES, line_check(checker))


def test_concepts_renamed_in_pass9_g7_carry_unambiguous_names(vocabulary):
    for concept_id, name in _RENAMED_IN_PASS9_G7.items():
        assert vocabulary.concepts[concept_id].name == name, concept_id
