"""A whole read of the test equipment, software, device security and manufacturer files: a line per fix.

Narrower kinds, models, parts, tasks, makers' subsidiaries and broader classes were forms of a concept; each
is now its own concept (under the old one where it is truly a kind of it) or no form at all, and relations
that were no is-a are gone. Every line of the first three tables fails on the vocabulary before the fix; the
last table checks that the concepts still count in their own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import _concepts_in, line_check, parent_check

# (line, the concept that held the wording as a form, the concept that now answers it); the old concept may
# still be reported where the line names it inside the new one's name (a family inside its model's name, "SOC"
# inside "SOC analyst"), as long as it is then the new concept's parent or marked None
_A_NARROWER_OR_SIBLING_THING_IS_ITS_OWN_CONCEPT_CASES = [
    # test equipment: models out of their line or out of a sibling's concept
    ("Tested outlets with a Fluke ESA601", "fluke-601pro", "fluke-esa601"),
    ("Safety tests with the Rigel 288 analyzer", "rigel-288", "rigel-288-original"),
    ("Calibrated ESUs with the ESU-2050", "bc-group-esu", "bc-group-esu-2050"),
    ("Legacy Dale LT544D safety analyzer", "dale-safety-analyzer", "dale-lt544d"),
    (
        "Tested defibrillators with the vPad-A1 defib module",
        "datrend-defib-analyzer",
        "datrend-vpad-defib-module",
    ),
    ("ECG checks with a Fluke PS410", "fluke-ps400", "fluke-ps410"),
    ("Ventilator PMs with the Citrex H5", "imt-citrex", "imt-citrex-h5"),
    ("Ventilator testing with a VT Plus", "fluke-vt-plus-hf", "fluke-vt-plus"),
    ("O2 concentrator checks with a Smart Check O2", "oxygen-analyzer", "smart-check-o2"),
    ("Surveyed the hot lab with a Geiger counter", "radiation-survey-meter", "geiger-counter"),
    (
        "Area surveys with a pressurized ion chamber survey meter",
        "radiation-survey-meter",
        "ion-chamber-survey-meter",
    ),
    ("Output checks with a thimble chamber", "ionization-chamber", "cylindrical-ion-chamber"),
    ("Beam scans with a scanning ion chamber", "ionization-chamber", "scanning-ion-chamber"),
    ("Calibrated the PTW 30013 at the ADCL", "ptw-farmer", "ptw-30013"),
    ("Electrometer: UNIDOS webline", "ptw-unidos", "ptw-unidos-webline"),
    ("Commissioned the Blue Phantom Helix", "iba-blue-phantom", "iba-blue-phantom-helix"),
    ("IMRT QA on the MapCHECK 2", "mapcheck", "mapcheck-2"),
    ("MR-linac QA with the ArcCHECK-MR", "arccheck", "arccheck-mr"),
    ("VMAT QA with the OCTAVIUS 4D", "ptw-octavius", "ptw-octavius-4d"),
    ("Patient QA on the MatriXX Evolution", "iba-matrixx", "iba-matrixx-evolution"),
    ("Performed film dosimetry for SRS", "radiochromic-film", "film-dosimetry"),
    ("Cut EBT-XD film for SRS QA", "gafchromic-film", "gafchromic-ebt-xd"),
    ("Stacked solid water slabs for output checks", "rt-qa-phantom", "slab-phantom"),
    ("Daily Winston-Lutz cube test", "rt-qa-phantom", "winston-lutz-phantom"),
    ("End-to-end test with an anthropomorphic phantom", "rt-qa-phantom", "anthropomorphic-phantom"),
    ("Measured kVp and mAs with an X-ray multimeter", "kvp-meter", "xray-multimeter"),
    ("Radcal Accu-Pro meter", "radcal-accu-gold", "radcal-accu-pro"),
    ("Radcal Accu-kV sensor", "radcal-accu-gold", "radcal-accu-kv"),
    ("Scanned the ACR CT phantom monthly", "imaging-phantom", "acr-ct-phantom"),
    ("Weekly QA with the MRI phantom", "imaging-phantom", "mri-phantom"),
    ("SPECT uniformity with the Jaszczak phantom", "imaging-phantom", "jaszczak-phantom"),
    (
        "Checked probes with an ultrasound leakage tester",
        "ultrasound-probe-tester",
        "ultrasound-leakage-tester",
    ),
    ("Tested dialysate with the QA-DT", "dialysis-meter", "fluke-qa-dt"),
    ("Checked dialysis RO water with chlorine test strips", "water-test-kit", "chlorine-test-kit"),
    ("Softener checks with hardness test strips", "water-test-kit", "hardness-test-kit"),
    ("Performed sterilizer validation after repairs", "autoclave-validation", "sterilizer-validation"),
    (
        "Sterilization monitoring records for each load",
        "autoclave-validation",
        "sterilization-process-monitoring",
    ),
    ("Weekly spore testing of the steam sterilizers", "biological-indicator", "biological-indicator-testing"),
    ("Ran a BI challenge pack in the first load", None, "bi-challenge-pack"),
    ("Placed a Class 5 integrator in every tray", "chemical-indicator", "chemical-integrator"),
    ("Checked the autoclave tape on each pack", "chemical-indicator", "indicator-tape"),
    ("Read BIs on the Attest 490", "3m-attest-auto-reader", "3m-attest-490"),
    ("Measured the bus with a voltmeter", "multimeter", "voltmeter"),
    ("Measured current with an ammeter", "multimeter", "ammeter"),
    ("Bench scope: TBS1052B", "tektronix-tbs", "tektronix-tbs1052b"),
    ("Injected test signals with a signal generator", "function-generator", "signal-generator"),
    ("Checked outlets with a plug tension tester", "receptacle-tester", "receptacle-tension-tester"),
    ("Tested GFCI outlets with a GFCI tester", "receptacle-tester", "gfci-tester"),
    ("Checked leads with a continuity tester", "voltage-tester", "continuity-tester"),
    (
        "Verified dead circuits with a non-contact voltage tester",
        "voltage-tester",
        "non-contact-voltage-tester",
    ),
    ("Tested capacitors with a capacitance meter", "lcr-meter", "capacitance-meter"),
    ("Certified Cat6 runs with a cable certifier", "network-tester", "cable-certifier"),
    ("Traced drops with a toner probe", "network-tester", "tone-generator-probe"),
    ("Thermal scans with a Fluke Ti480", "fluke-thermal-imager", "fluke-ti480"),
    ("Worked on an antistatic mat", "esd-equipment", "antistatic-mat"),
    ("Replaced components with a soldering iron", "soldering-station", "soldering-iron"),
    ("Removed solder with a solder sucker", "soldering-station", "desoldering-tool"),
    ("Torqued the fittings with a torque wrench", "hand-tools", "torque-wrench"),
    ("Allen wrench set", "hand-tools", "hex-key"),
    ("Alifax Roller 20PN ESR analyzer", "alifax-roller-20", "alifax-roller-20pn"),
    # software and IT: tasks, parts, dialects and products out of classes
    ("Work orders in the EAM", "cmms", "eam"),
    ("Closed work orders in DMLSS-ETM", "dmlss", "dmlss-etm"),
    ("Checked out the service dongle for the CT", "medical-equipment-diagnostic-software", "service-key"),
    ("Built pivot tables of PM completion", "microsoft-excel", "pivot-tables"),
    ("Tier 1 help desk for clinical staff", "information-technology", "it-support"),
    ("Pushed settings through Group Policy", "active-directory", "group-policy"),
    ("Managed AD user accounts", None, "user-account-management"),
    ("Patched ESXi hosts", "vmware", "vmware-esxi"),
    ("Wrote T-SQL stored procedures", "sql", "t-sql"),
    ("Automated reports with VBA", "visual-basic", "vba"),
    ("Troubleshot the LAN in the ICU", "computer-networking", "lan"),
    ("Verified device connectivity with ping", "computer-networking", "network-diagnostic-commands"),
    ("Configured subnetting for the biomed VLAN", "computer-networking", "ip-addressing"),
    ("Terminated cables at the patch panel", "structured-cabling", "patch-panel"),
    ("Configured trunk ports on the closet switch", "vlan", "trunk-ports"),
    ("Mounted access points on the new unit", "wireless-networking", "wireless-access-point"),
    ("Set up RADIUS for the pump network", "wireless-networking", "radius"),
    ("IT/biomed convergence committee", "networked-medical-devices", "it-biomed-convergence"),
    ("Upgraded the pump server", "networked-infusion-pumps", "infusion-pump-server"),
    ("Pushed drug library updates to the pumps", "networked-infusion-pumps", "drug-library-updates"),
    (
        "Went live with auto-programming of the pumps",
        "medical-device-integration",
        "infusion-pump-integration",
    ),
    ("Installed antivirus on the workstations", "cybersecurity", "endpoint-protection"),
    ("Reviewed audit logging on the PACS", "encryption-hipaa-security", "audit-logging"),
    ("Enforced 2FA on remote access", "multi-factor-authentication", "two-factor-authentication"),
    ("Built ADT feeds to the nurse call", "hl7", "hl7-adt"),
    ("MLLP listener for the analyzer interface", "hl7", "mllp"),
    ("Verified C-STORE to the PACS", "dicom", "dicom-c-store"),
    ("Set the AE title on the new scanner", "dicom", "dicom-ae-title"),
    ("Charted in VistA", "ehr", "vista"),
    ("Interfaced the hospital information system", "ehr", "hospital-information-system"),
    ("MEDITECH Expanse go-live", "meditech", "meditech-expanse"),
    ("Validated variant calling software", "bioinformatics-software", "variant-calling-software"),
    ("Charge capture for outreach testing", "medical-billing-coding", "charge-capture"),
    ("Coded in ICD-10-CM", "icd-10", "icd-10-cm"),
    # device security: roles, tasks and narrower kinds out
    ("Worked as a SOC analyst", None, "soc-analyst"),
    (
        "Passive device discovery of the IoMT fleet",
        "medical-device-security-platform",
        "passive-device-discovery",
    ),
    ("Performed patch validation before deployment", "patch-management", "patch-validation"),
    ("OS patch management for the imaging workstations", "patch-management", "os-patch-management"),
    ("Implemented microsegmentation", "network-segmentation", "microsegmentation"),
    ("Prepared for the HITRUST r2 assessment", "hitrust", "hitrust-r2"),
    ("IoMT security program lead", "medical-device-security-platform", "medical-device-cybersecurity"),
    # manufacturers: companies of their own are no forms of their owner
    ("Serviced Respironics ventilators", "philips", "respironics"),
    ("Samsung Medison ultrasound", "samsung-healthcare", "samsung-medison"),
    ("NeuroLogica mobile CT", "samsung-healthcare", "neurologica"),
    ("BEBIG afterloader", "eckert-ziegler", "bebig"),
    ("ACIST Medical Systems injector", "bracco", "acist"),
    ("Hill-Rom beds", "baxter", "hillrom"),
    ("Welch Allyn vitals monitors", "baxter", "welch-allyn"),
    ("Mortara Instrument ECG carts", "baxter", "mortara"),
    ("Smiths Medical syringe pumps", "icu-medical", "smiths-medical"),
    ("Hospira infusion pumps", "icu-medical", "hospira"),
    ("NxStage Medical home dialysis", "fresenius-medical-care", "nxstage-medical"),
    ("Zeiss microscopes in the core lab", "zeiss", "zeiss-group"),
    ("Gammex Inc phantoms", "sun-nuclear", "gammex"),
    ("Ventana Medical Systems Inc stainers", "roche", "ventana"),
    ("BioFire Diagnostics field service", "biomerieux", "biofire-diagnostics"),
    ("Dako autostainers", "agilent", "dako"),
    ("Applied Biosystems sequencers", "thermo-fisher", "applied-biosystems"),
    ("Invitrogen reagents", "thermo-fisher", "invitrogen"),
    ("Fisher Scientific supplies", "thermo-fisher", "fisher-scientific"),
    ("Member of the ECRI Institute", "ecri-services", "ecri"),
    # BD's segments: the bare BD inside them still names the company
    ("Field service for BD Biosciences flow cytometers", None, "bd-biosciences"),
    ("BD Medical Alaris pumps", None, "bd-medical"),
    ("Datascope balloon pumps", "mindray", "datascope"),
    ("Tested NIBP with the BP Pump 2L", "fluke-bp-pump-2", "fluke-bp-pump-2l"),
    ("SpO2 checks with the OxSim Flex", "pronk-oxsim", "pronk-oxsim-flex"),
    ("Oximeter checks with the Oxitest Plus", "datrend-oxitest", "datrend-oxitest-plus"),
    ("SpO2 simulator Index 2MF", "fluke-index-2", "fluke-index-2mf"),
    ("Ventilator checks with a Certifier FA Plus", "tsi-certifier", "tsi-certifier-fa-plus"),
    ("Electrometer: MAX 4000 Plus", "standard-imaging-max-4000", "standard-imaging-max-4000-plus"),
    (
        "Morning output with the QA BeamChecker Plus",
        "standard-imaging-beamchecker",
        "standard-imaging-beamchecker-plus",
    ),
    ("Dialysate checks with a 90XLT", "mesa-90xl", "mesa-90xlt"),
    ("Chlorine readings on the Hach DR900", "hach-colorimeter", "hach-dr900"),
    ("Beam scanning with the Blue Phantom2", "iba-blue-phantom", "iba-blue-phantom-2"),
    ("biomedical equipment management system", "other-cmms", "cmms"),
]


def test_a_narrower_or_sibling_thing_is_its_own_concept(checker, vocabulary):
    def check(text: str, old: str | None, new: str) -> None:
        found = _concepts_in(checker, text)
        assert new in found, found
        assert old is None or old not in found or old in vocabulary.ancestors(new), found

    each_case(_A_NARROWER_OR_SIBLING_THING_IS_ITS_OWN_CONCEPT_CASES, check)


_A_WORDING_NO_LONGER_READS_AS_THE_CONCEPT_CASES = [
    # a maker or a parent company is no form of a product or of its subsidiary
    ("TMA Systems", "webtma"),
    ("EQ2 LLC", "hems"),
    ("Schuyler House", "schuylab"),
    ("Conworx", "conworx-poccelerator"),
    ("Orchard Software", "orchard-lis"),
    ("Zoetis animal health", "zoetis-abaxis"),
    ("Calibrated the Myron L meter", "myron-l-ultrameter"),
    ("Samsung ultrasound", "samsung-healthcare"),
    # broader classes and unrelated things dropped
    ("Word processing software", "microsoft-office"),
    ("log correlation", "siem"),
    ("CISA advisories on ransomware", "cisa-ics-medical-advisories"),
    ("ICS-CERT", "cisa-ics-medical-advisories"),
    ("service management software", "field-service-software"),
    ("dialysis machine connectivity", "dialysis-information-system"),
    ("nurse call integration", "secondary-alarm-notification"),
    ("imaging test equipment", "xray-test-equipment"),
    ("radiation therapy dosimetry", "rt-dosimetry-equipment"),
    ("circuit tester", "receptacle-tester"),
    ("component tester", "lcr-meter"),
    ("ESR meter", "lcr-meter"),
    ("Opened TCP/UDP ports", "tcp-ip"),
    ("Set up 802.1X on the wired ports", "wireless-networking"),
    # a badge reader's access controls are no data security control (the guard now reads capitals too)
    ("Badge access controls at the door", "encryption-hipaa-security"),
    # personnel dosimetry, old laptops and a network analyzer are no RT, medical device or biomed test things
    ("Managed the personnel dosimetry system and Landauer badges", "rt-dosimetry-equipment"),
    ("Migrated legacy devices to Windows 10 laptops", "legacy-medical-devices"),
    ("Used a network performance analyzer on the WAN", "biomedical-test-equipment"),
    # a veterinarian's DVM is no voltmeter
    ("Jane Doe, DVM, veterinary practice", "multimeter"),
    # a wrist strap of a watch or a woodworking router is no ESD or network device
    ("Replaced the wrist strap on my watch", "esd-equipment"),
    ("Used routers and sanders in the wood shop", "computer-networking"),
]


def test_a_wording_no_longer_reads_as_the_concept(checker):
    each_case(
        [(*case, False) for case in _A_WORDING_NO_LONGER_READS_AS_THE_CONCEPT_CASES], line_check(checker)
    )


_EACH_THING_UNDER_ITS_PARENT_CASES = [
    # relations that were no is-a
    ("imaging-phantom", "xray-test-equipment", False),
    ("mri-phantom", "xray-test-equipment", False),
    ("ultrasound-phantom", "xray-test-equipment", False),
    ("ct-phantom", "xray-test-equipment", True),
    ("bd-alaris-systems-manager", "networked-infusion-pumps", False),
    ("bd-alaris-systems-manager", "infusion-pump-server", True),
    ("icu-medical-mednet", "networked-infusion-pumps", False),
    ("ep-evaluator", "method-verification", False),
    ("middleware", "lis", False),
    ("lis-interface", "lis", False),
    ("reference-lab-portals", "lis", False),
    ("medical-device-inventory", "asset-management", False),
    ("hand-tools", "biomedical-test-equipment", False),
    ("soldering-station", "biomedical-test-equipment", False),
    ("esd-equipment", "biomedical-test-equipment", False),
    # new kinds under their class
    ("raysafe-x2", "xray-multimeter", True),
    ("xray-multimeter", "kvp-meter", True),
    ("xray-multimeter", "mas-meter", True),
    ("rti-piranha", "xray-multimeter", True),
    ("clamp-meter", "ammeter", True),
    ("function-generator", "signal-generator", True),
    ("fluke-intellitone", "tone-generator-probe", True),
    ("fluke-451p", "ion-chamber-survey-meter", True),
    ("farmer-chamber", "cylindrical-ion-chamber", True),
    ("gammex-464", "acr-ct-phantom", True),
    ("acr-ct-phantom", "ct-phantom", True),
    ("cirs-thorax-phantom", "anthropomorphic-phantom", True),
    ("datrend-vpad-iv", "datrend-vpad-series", True),
    ("datrend-vpad-check", "datrend-vpad-series", True),
    ("maximo", "eam", True),
    ("microsoft-word", "word-processing-software", True),
    ("google-docs", "google-workspace", True),
    ("role-based-access-control", "access-control", True),
    ("illumina-dragen", "ngs-analysis-software", True),
    ("xray-test-equipment", "imaging-test-equipment", True),
    ("networked-patient-monitoring", "patient-monitor", False),
    ("networked-patient-monitor", "patient-monitor", True),
]


def test_each_thing_is_filed_under_its_parent(vocabulary):
    each_case(_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


_CONCEPTS_STILL_COUNT_IN_THEIR_OWN_SENSE_CASES = [
    ("Calibrated with the Fluke VT PLUS HF", "fluke-vt-plus-hf", True),
    ("Calibrated with the Fluke VT PLUS HF", "fluke-vt-plus", False),
    ("Safety tests with the Rigel 288+", "rigel-288", True),
    ("Fluke 601PRO safety analyzer", "fluke-601pro", True),
    ("BC Group electrosurgical analyzer", "bc-group-esu", True),
    ("Imaging QA with a Catphan", "catphan", True),
    ("Scanned the phantom on the CT after the tube change", "imaging-phantom", True),
    ("ACR mammography phantom image", "acr-mammography-phantom", True),
    ("ACR DM phantom scores", "acr-mammography-phantom", True),
    ("Replaced the ESD wrist strap at the electronics bench", "esd-wrist-strap", True),
    ("Monitored CISA advisories for infusion pumps and imaging devices", "cisa-ics-medical-advisories", True),
    ("Reviewed ICSMA advisories weekly", "cisa-ics-medical-advisories", True),
    ("Replaced network routers in the data closets", "network-routers", True),
    ("Network troubleshooting of telemetry", "computer-networking", True),
    ("Wireless SSID changes for the pumps", "wireless-networking", True),
    ("Configured VLANs for medical devices", "network-segmentation", False),
    ("Carl Zeiss Meditec surgical microscopes", "zeiss", True),
    ("Roche Diagnostics cobas analyzers", "roche", True),
    ("Thermo Fisher Scientific", "thermo-fisher", True),
    ("Baxter infusion pumps", "baxter", True),
    ("ICU Medical Plum pumps", "icu-medical", True),
    ("ECRI hazard alerts and recalls", "ecri-services", True),
    ("Medical billing and coding", "medical-billing-coding", True),
    ("HL7 interfaces to the LIS", "hl7", True),
    ("DICOM troubleshooting on the modalities", "dicom", True),
    ("Electronic health record downtime procedures", "ehr", True),
    ("Service mode diagnostics on the CT scanner", "medical-equipment-diagnostic-software", True),
    ("Role-based access controls on the LIS", "access-control", True),
    ("Set access controls on the PACS", "access-control", True),
    ("Badge access controls at the door", "access-control", False),
    ("Commissioned the dosimetry system for the new linac", "rt-dosimetry-equipment", True),
    ("Secured legacy devices on the biomed network", "legacy-medical-devices", True),
    ("Ventilator performance analyzer", "biomedical-test-equipment", True),
    ("Mindray monitors", "mindray", True),
    ("Measured the 5 V rail with a DVM", "voltmeter", True),
    ("Vendor contracts through the GPO", "group-policy", False),
    ("Patch testing for contact dermatitis", "patch-validation", False),
    ("Octavius Smith, lab manager", "ptw-octavius", False),
]


def test_concepts_still_count_in_their_own_sense(checker):
    each_case(_CONCEPTS_STILL_COUNT_IN_THEIR_OWN_SENSE_CASES, line_check(checker))
