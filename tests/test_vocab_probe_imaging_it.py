"""A probe of the imaging, informatics, software and device-security forms: one line per fix, each failing on
the vocabulary before it.

Acronyms with another common expansion (IR, CR, DR, DSA, RSO, EMR, HEMS, MDI, SOC, IQ), modality codes in a
list of states, names that were ordinary words (radius, vista) and generic context words count no longer in
the other sense; the second table checks that the guarded forms still count in their own sense, and the last
that a model whose name holds its family's stands under that family.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_PROBE_KEEPS_OTHER_SENSES_OUT_CASES = [
    # angiography: IR is also infrared and incident response
    ("Performed IR thermal imaging of electrical panels", "angiography", False),
    ("Calibrated the IR thermometer for room temperature monitoring", "angiography", False),
    ("Led IR (incident response) for the imaging server ransomware event", "angiography", False),
    # computed-radiography: CR is also a change request
    ("Submitted CR (change request) for the imaging software upgrade", "computed-radiography", False),
    # computed-tomography and nuclear-medicine: CT and NM in a list of states
    ("Field service engineer covering CT, RI and MA", "computed-tomography", False),
    ("Service territory: NY, CT and NJ hospitals", "computed-tomography", False),
    ("Field engineer for CT and MRI accounts in NM and AZ", "nuclear-medicine", False),
    # digital-radiography: DR is also disaster recovery
    ("Tested DR failover for the imaging servers", "digital-radiography", False),
    ("Wrote the DR plan for the server room", "digital-radiography", False),
    ("DR site for PACS imaging archive", "digital-radiography", False),
    # dsa: a data sharing agreement
    ("Executed DSA (data sharing agreements) for imaging research", "dsa", False),
    # radiation-safety-officer: a range safety officer
    (
        "Served as RSO (Range Safety Officer) for weapons qualification safety",
        "radiation-safety-officer",
        False,
    ),
    # aims: an anesthesia information management system
    ("Interfaced anesthesia equipment to the AIMS (anesthesia information management system)", "aims", False),
    # ehr: EMR is also the Emergency Medical Responder card
    ("EMR certified (Emergency Medical Responder)", "ehr", False),
    ("NREMT EMR, 2019", "ehr", False),
    # hems: helicopter emergency medical services
    ("Maintained medical equipment for HEMS aircraft", "hems", False),
    ("HEMS flight paramedic, equipment checks", "hems", False),
    # medical-device-integration: MDI is also a metered-dose inhaler
    ("MDI with spacer; monitor oxygen saturation", "medical-device-integration", False),
    # security-operations-center: SOC is also the home-health start of care
    ("Performed SOC visits and remote patient monitoring", "security-operations-center", False),
    # radius, vista, sap: the names were ordinary words or another sense
    ("Fractured radius repaired", "radius", False),
    ("Covered hospitals within a 50-mile radius", "radius", False),
    ("Supported Windows Vista workstations", "vista", False),
    ("Field service, Chula Vista, CA", "vista", False),
    ("Wrote the SAP (statistical analysis plan) for the clinical trial", "sap", False),
    # collimator-alignment-test: an optical beam alignment
    ("Performed laser beam alignment on the confocal imaging system", "collimator-alignment-test", False),
    # imaging-qa: IQ is also installation qualification
    ("Performed IQ testing and OQ on the new MRI", "imaging-qa", False),
    ("Wrote IQ tests for imaging software validation", "imaging-qa", False),
    # xray-tube-replacement: nursing tube changes near a CT word
    ("Assisted with trach tube changes and CT transport", "xray-tube-replacement", False),
    ("Performed NG tube replacement before CT imaging", "xray-tube-replacement", False),
    # cmms: IT asset management
    ("Tracked laptops and mobile devices in the asset management software", "cmms", False),
    ("Managed IT equipment in the asset management system (ServiceNow)", "cmms", False),
    # medical-equipment-diagnostic-software: clinical AI diagnostic software
    ("Validated AI diagnostic software for CT imaging", "medical-equipment-diagnostic-software", False),
    # modality-worklist: the radiologist's reading worklist
    ("Managed the radiologist reading worklist in PACS for CT and MRI", "modality-worklist", False),
    # radiography: an X-ray blood irradiator
    ("Maintained the Raycell X-ray irradiator in the blood bank", "radiography", False),
    # siemens-artis: the Baxter Artis dialysis system
    ("Maintained Artis Physio dialysis machines", "siemens-artis", False),
    ("Artis dialysis system PMs", "siemens-artis", False),
    # sibling models and products whose names hold another's
    ("Serviced the Luminos dRF Max", "siemens-luminos-drf", False),
    ("Serviced Hologic Selenia Dimensions units", "hologic-selenia-ffdm", False),
    ("Installed the Hologic Affirm Prone Biopsy System", "hologic-affirm", False),
    ("Administered the GE AW Server", "ge-advantage-workstation", False),
    ("Serviced the Siemens Biograph mMR", "siemens-biograph", False),
    ("Analyzed STR profiles with GeneMapper ID-X", "genemapper", False),
    ("Built SAP Crystal Reports dashboards", "sap", False),
    ("Managed Azure AD accounts", "active-directory", False),
    # a maker's or another maker's product name read as this product
    ("Field engineer, Hitachi Aloka Medical", "hitachi-aloka-ultrasound", False),
    ("MEDRAD Inc, service technician", "bayer-medrad", False),
    ("Used the Standard Imaging QA BeamChecker", "imaging-qa", False),
    # information-technology: a named information system is not IT as a whole
    ("Administered the laboratory information system", "information-technology", False),
    ("Supported the radiology information system", "information-technology", False),
    ("Certified Information Systems Security Professional", "information-technology", False),
    # phrases with another sense: a microscopy archive, a dialysis system, incident reporting, door keys,
    # data loggers, building and vascular access points, 911 dispatch, phones, SOX controls, physical
    # security, a ping to a person, a building fire wall
    ("Maintained the microscopy image archive for the research lab", "pacs", False),
    ("Documented treatments in the dialysis treatment management system", "record-and-verify", False),
    ("Entered events in the incident reporting software (RL Datix)", "reporting-bi-software", False),
    ("Managed service keys for the equipment rooms and elevators", "service-key", False),
    ("Configured remote reading of temperature data loggers", "teleradiology", False),
    ("Secured building access points with badge readers", "wireless-access-point", False),
    ("Identified vascular access points for dialysis", "wireless-access-point", False),
    ("Operated CAD dispatch software for 911 EMS calls", "field-service-software", False),
    ("Maintained the mobile device inventory for the IT department", "medical-device-inventory", False),
    ("Designed mitigating controls for SOX audit findings", "compensating-controls", False),
    ("Documented compensating controls for SOX segregation of duties", "compensating-controls", False),
    (
        "Security incident response for workplace violence events as a hospital security officer",
        "cybersecurity-incident-response",
        False,
    ),
    ("Security event monitoring of door alarms and CCTV", "siem", False),
    ("Pinged the vendor for a status update", "network-diagnostic-commands", False),
    ("Ping the on-call engineer via Teams", "network-diagnostic-commands", False),
    ("Sealed firewall penetrations per NFPA 101 during the CT install", "firewall", False),
    # other trades' parts and other senses of imaging phrases: a department, thermometer sources, cryopumps,
    # GC carrier gas, a pneumatic tube station, physical therapy, radar and photography
    ("Scheduler, Department of Radiation Oncology", "radiation-therapy", False),
    ("Maintained NIST-traceable calibration sources for thermometers", "sealed-sources", False),
    ("Rebuilt cryopump cold heads in the semiconductor fab", "mri-cold-head", False),
    ("Serviced helium compressors for cryopumps on ion implanters", "mri-helium-compressor", False),
    ("Monitored helium levels on the GC-MS carrier gas supply", "helium-fill", False),
    ("Replaced the tube housing on the pneumatic tube station", "xray-tube-housing", False),
    ("Cleaned treatment couches between physical therapy patients", "treatment-couch", False),
    ("Repaired radar pulse modulators in the Navy", "linac-modulator", False),
    ("Maintained radar klystrons aboard ship", "klystron", False),
    ("Film processing in the darkroom for photography class", "film-processor", False),
]


def test_the_probe_keeps_other_senses_out(checker):
    each_case(_THE_PROBE_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_PROBE_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Serviced IR suites and cath labs", "angiography"),
    ("Supported IR room equipment and fluoroscopy", "angiography"),
    ("Serviced CR readers and cassettes", "computed-radiography"),
    ("Fuji CR and DR imaging systems", "computed-radiography"),
    ("Installed DR panels in the X-ray room", "digital-radiography"),
    ("Carestream DR retrofits for portable units", "digital-radiography"),
    ("DSA runs on the Artis biplane", "dsa"),
    ("Assisted the RSO with radiation surveys", "radiation-safety-officer"),
    ("Serviced CT and MRI scanners", "computed-tomography"),
    ("Siemens CT, MR and NM systems in NY and NJ", "computed-tomography"),
    ("Imaging engineer: CT, MRI, X-ray", "computed-tomography"),
    ("Serviced NM, CT and PET cameras", "nuclear-medicine"),
    ("NM gamma camera QC", "nuclear-medicine"),
    ("Managed work orders in AIMS CMMS", "aims"),
    ("Supported the EMR rollout", "ehr"),
    ("Entered PM work orders in HEMS", "hems"),
    ("MDI of infusion pumps to the EHR", "medical-device-integration"),
    ("SOC analyst, Tier 2, monitoring SIEM alerts", "security-operations-center"),
    ("Configured RADIUS authentication for Wi-Fi", "radius"),
    ("VistA CPRS support at the VA", "vista"),
    ("SAP Plant Maintenance work orders", "sap"),
    ("SAP ERP purchasing", "sap"),
    ("Ran daily IQ checks on the CT scanner", "imaging-qa"),
    ("Completed CT tube replacement and calibration", "xray-tube-replacement"),
    ("Ran service software diagnostics on the CT", "medical-equipment-diagnostic-software"),
    ("Configured the CT modality worklist", "modality-worklist"),
    ("Checked X-ray beam alignment with the collimator test tool", "collimator-alignment-test"),
    ("Tracked medical equipment PMs in the asset management software", "cmms"),
    ("Performed detector calibrations on the Carestream DR panels", "ct-detector-calibration"),
    ("Repaired X-ray rooms and portable X-ray units", "radiography"),
    ("Serviced Siemens Artis zee angiography systems", "siemens-artis"),
    ("Serviced the Luminos dRF", "siemens-luminos-drf"),
    ("Maintained Hologic Selenia units", "hologic-selenia-ffdm"),
    ("Installed the Hologic Affirm biopsy guidance", "hologic-affirm"),
    ("Supported the GE AW workstations", "ge-advantage-workstation"),
    ("Serviced the Siemens Biograph Vision", "siemens-biograph"),
    ("Analyzed fragments with GeneMapper 6", "genemapper"),
    ("Entered purchase orders in SAP", "sap"),
    ("Managed AD user accounts and Group Policy in Active Directory", "active-directory"),
    ("Repaired Hitachi Aloka ultrasound systems", "hitachi-aloka-ultrasound"),
    ("Repaired MEDRAD Stellant injectors", "bayer-medrad"),
    ("Performed imaging QA on CT and MRI", "imaging-qa"),
    ("Supported clinical information systems and IT infrastructure", "information-technology"),
    ("Migrated the radiology image archive to the new VNA", "pacs"),
    ("Supported the MOSAIQ treatment management system", "record-and-verify"),
    ("Built dashboards in the lab's reporting software", "reporting-bi-software"),
    ("Issued OEM service keys to the field engineers", "service-key"),
    ("Supported remote reading of CT studies by the night radiologist", "teleradiology"),
    ("Installed Aruba access points for Wi-Fi coverage", "wireless-access-point"),
    ("Mounted access points on the new unit", "wireless-access-point"),
    ("Used ServiceMax dispatch software for field engineers", "field-service-software"),
    ("Reconciled the medical device inventory in the CMMS", "medical-device-inventory"),
    ("Applied compensating controls to legacy imaging workstations", "compensating-controls"),
    ("Documented mitigating controls for unpatched infusion pumps", "compensating-controls"),
    ("Led security incident response for a ransomware attack", "cybersecurity-incident-response"),
    ("Security event monitoring in Splunk", "siem"),
    ("Used ping and traceroute to isolate network faults", "network-diagnostic-commands"),
    ("Configured firewall rules for the PACS VLAN", "firewall"),
    ("Serviced radiation oncology equipment and linacs", "radiation-therapy"),
    ("Leak tested Cs-137 calibration sources", "sealed-sources"),
    ("Replaced the MRI cold head and recovered helium", "mri-cold-head"),
    ("Serviced the MRI helium compressor", "mri-helium-compressor"),
    ("Monitored MRI helium levels and boil-off", "helium-fill"),
    ("Replaced the X-ray tube housing on the rad room", "xray-tube-housing"),
    ("Calibrated the linac treatment couch", "treatment-couch"),
    ("Repaired the linac pulse modulator", "linac-modulator"),
    ("Replaced the klystron on the Varian Clinac", "klystron"),
    ("Replaced the magnetron on the Elekta linac", "magnetron"),
    ("Maintained the X-ray film processing equipment", "film-processor"),
]


def test_forms_guarded_in_the_probe_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_PROBE_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_PROBE_FILES_EACH_MODEL_UNDER_ITS_FAMILY_CASES = [
    # the 530c is a Discovery NM camera, the Big Bore a Brilliance CT, the SIGNA PET/MR a SIGNA MR system
    ("ge-discovery-nm-530c", "ge-discovery-nm"),
    ("philips-big-bore", "philips-brilliance-ct"),
    ("ge-signa-pet-mr", "ge-signa"),
]


def test_the_probe_files_each_model_under_its_family(vocabulary):
    each_case(_THE_PROBE_FILES_EACH_MODEL_UNDER_ITS_FAMILY_CASES, parent_check(vocabulary))
