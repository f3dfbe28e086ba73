"""An emergency response plan is no ERP system, and an addiction treatment center is no planning system.

In oil and gas, utilities and plant safety an "Emergency Response Plan (ERP)" and its "ERP drills" are
written and exercised every quarter; the abbreviation ERP no longer reads there as enterprise resource
planning software. Pinnacle Treatment Centers, an opioid treatment provider, no longer reads as the
Philips Pinnacle treatment planning system (its context word "treatment" is on both trades' lines).
The second table checks that ERP still counts as the business system it names, and Pinnacle as the
planning system.

Later in the pass: a builder's "high complexity" or "moderate complexity" work no longer counts as CLIA test
complexity (the forms took "high" and "moderate" as context words, which any line may hold: "high volume",
"high-end"); a project manager's PDUs (professional development units) are no rack power distribution unit;
the amyloid-related imaging abnormalities (ARIA) watched on MRI during anti-amyloid therapy are no Varian
ARIA (the words "therapy", "treatment" and "DICOM" were too general); a core facility's Instrument Manager
(a job title, on lines full of "laboratory" and "analyzers") is no Data Innovations middleware; an assembly
line's rework station is no hot-air soldering rework station; a Master of Fine Arts (MFA) beside Microsoft
Office is no multi-factor authentication; a person named Myla on a lab reference line is no bioMerieux Myla;
a Pinnacle planning firm is no Philips Pinnacle planning system; LabVIEW's TDMS files on a test machine are
no dialysis data system; billing work in XiFin's revenue cycle product is no XiFin LIS; a Mindray CMS
central monitoring system is no Centers for Medicare & Medicaid Services; a cost-of-living adjustment (COLA)
in a lab posting's benefits is no COLA accreditation. ICD-10-CM diagnosis codes, word processing, pivot
tables and VLOOKUP are no equipment-track terms: laboratory and equipment staff use them alike. The Mult-O-
Meter is an Unfors X-ray multimeter, not an RTI one. The ultrasound power meter's source no longer names
leakage testers (a concept of their own). A plant's confined-space Riken gas indicator (Riken Keiki gas
detectors) is no anesthetic gas indicator; the concept is renamed Riken anesthetic gas indicator. An
intensive care unit's medical director or assistant is no ICU Medical (the maker), business development's
'BD medical device sales' no BD Medical, IT middleware among financial instruments no laboratory middleware
(the words 'instruments', 'rules', 'results', 'QC' and 'POC' were too general), a university's CyberLab, a
clinical laboratory rotation ('ClinLab'), the staffing firm SoftPath System and the supplier Omnilab no LIS,
Epic accounts payable work no Epic Beaker AP, a power plant's generator load testing no emergency generator
testing, Telcor Communications no Telcor QML, a multi- skilled maintenance 'MultiTech' no MultiTech LIS, a
court's record corrections and removals no 21 CFR 806, the plain 'book service now' no ServiceNow, the
routes ST 41 and ST-91 no AAMI standards (they take ST79's road guards), a silica exposure control plan no
bloodborne pathogens plan (the concept is renamed for the bloodborne one), a degree in health information
systems (a broader field) no hospital information system, a proof-of-concept 'POC checklist' no CAP point-
of-care checklist, the security company ADT's alarm feeds no HL7 ADT feed, and the Observa retail audit app
no Observa middleware; ICU Medical, BD Medical, CyberLAB, ClinLab, OMNILAB and Observa are renamed, with the
old name a guarded form. The bare Eclipse no longer takes 'treatment' or 'planning' alone (Epicor's Eclipse
ERP, a water treatment firm, the Eclipse IDE), and a monitoring network no longer takes 'GE' or 'Philips' (a
turbine condition monitoring network). Companies a maker bought are no former names of it, as the file's own
rule says: Covidien and Nellcor Puritan Bennett (Medtronic), Cardiac Science (ZOLL), Maquet (Getinge),
Viasys Healthcare and SensorMedics (Vyaire), American Sterilizer Company, Cantel Medical and Medivators
(STERIS), DNI Nevada and Metron AS (Fluke Biomedical) and Biomet (Zimmer Biomet, within whose name it no
longer counts) are maker concepts of their own. The second of these tables checks that each form so narrowed
still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS13_5 = [
    # oracle-erp: an emergency response plan
    ("Wrote the site Emergency Response Plan (ERP) for the compressor station", "oracle-erp", False),
    ("Led quarterly ERP drills with plant operators and the county fire service", "oracle-erp", False),
    ("Updated the emergency response plan ERP after the hydrogen sulfide release", "oracle-erp", False),
    # pinnacle-tps: an addiction treatment provider
    ("Intake counselor at Pinnacle Treatment Centers, an opioid treatment program", "pinnacle-tps", False),
]

_FORMS_GUARDED_IN_PASS13_5_STILL_COUNT_PASS13_5 = [
    ("Entered parts orders and service invoices in the ERP system (SAP)", "oracle-erp", True),
    ("Super user for the hospital's ERP rollout; trained buyers on requisitions", "oracle-erp", True),
    ("Commissioned Pinnacle beam models for the radiation oncology department", "pinnacle-tps", True),
    ("Dosimetrist: planned IMRT cases in Pinnacle and Eclipse", "pinnacle-tps", True),
]


def test_other_trades_no_longer_read_as_ours_pass13_5(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS13_5, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass13_5(checker):
    each_case(_FORMS_GUARDED_IN_PASS13_5_STILL_COUNT_PASS13_5, line_check(checker))


_OTHER_SENSES_NO_LONGER_READ_AS_OURS_PASS13_5 = [
    # high-complexity-testing, moderate-complexity-testing: project work
    ("Delivered high-complexity builds in a high volume environment", "high-complexity-testing", False),
    ("Handled moderate complexity remodels and high-end finishes", "moderate-complexity-testing", False),
    # power-distribution-unit: professional development units
    ("Earned 60 PDUs toward PMP renewal", "power-distribution-unit", False),
    # aria: amyloid-related imaging abnormalities
    ("Monitored ARIA on MRI for patients on lecanemab therapy", "aria", False),
    ("Flagged ARIA-E on follow-up MRI during anti-amyloid treatment", "aria", False),
    # data-innovations: a core facility job title
    ("Instrument Manager, Flow Cytometry Core Laboratory", "data-innovations", False),
    ("Instrument Manager for the mass spectrometry lab, maintaining analyzers", "data-innovations", False),
    # rework-station: an assembly line's rework area
    ("Worked the rework station on the final assembly line", "rework-station", False),
    # multi-factor-authentication: a Master of Fine Arts
    ("Proficient in Microsoft Office; MFA in Painting", "multi-factor-authentication", False),
    # biomerieux-myla: a person named Myla
    ("Myla Torres, Laboratory Supervisor, (555) 123-4567", "biomerieux-myla", False),
    # pinnacle-tps: a planning firm
    ("Pinnacle Planning Group, financial advisor", "pinnacle-tps", False),
    # dialysis-information-system: LabVIEW's TDMS files
    ("Exported TDMS files from LabVIEW on the test machine", "dialysis-information-system", False),
    # xifin-lis: the revenue cycle product
    ("Billed claims in XiFin and worked denials", "xifin-lis", False),
    # cms: a central monitoring system
    ("Serviced the Mindray CMS central monitoring system", "cms", False),
    # cola: a cost-of-living adjustment
    ("Annual COLA for lab staff", "cola", False),
    # icu-medical: an intensive care unit's medical staff
    ("ICU medical director at St. Mary's", "icu-medical", False),
    ("Worked as an ICU medical assistant on night shift", "icu-medical", False),
    # bd-medical: business development
    ("Led BD medical device sales strategy", "bd-medical", False),
    # middleware: IT middleware among financial instruments
    ("Built trading middleware for fixed income instruments", "middleware", False),
    # cyberlab: a university's cyber lab
    ("Managed the university CyberLab for cybersecurity students", "cyberlab", False),
    # clinlab: short for a clinical laboratory
    ("Clinical rotation in ClinLab hematology", "clinlab", False),
    # scc-softpath: an IT staffing firm
    ("Recruiter at SoftPath System LLC", "scc-softpath", False),
    # omnilab: a laboratory supply distributor
    ("Ordered pipettes from Omnilab", "omnilab", False),
    # epic-beaker-ap: accounts payable
    ("Epic AP analyst supporting accounts payable workflows", "epic-beaker-ap", False),
    # emergency-generator-testing: a power plant's generators
    (
        "Performed generator load testing on turbine generators at the power plant",
        "emergency-generator-testing",
        False,
    ),
    # telcor-qml: a telecom contractor
    ("Telcor Communications field technician", "telcor-qml", False),
    # observa-middleware: a retail audit app
    ("Observa mystery shopper app for retail audits", "observa-middleware", False),
    # eclipse-tps: Epicor's Eclipse ERP, a water treatment firm, the Eclipse IDE
    ("Epicor Eclipse ERP for inventory planning", "eclipse-tps", False),
    ("Eclipse Water Treatment plant operator", "eclipse-tps", False),
    ("Java development in Eclipse with test planning", "eclipse-tps", False),
    # networked-patient-monitoring: a turbine condition monitoring network
    ("Condition monitoring network for GE turbines", "networked-patient-monitoring", False),
    # medtronic, zoll, getinge, vyaire, steris: companies they bought are no former names of theirs
    ("Covidien Puritan Bennett 840 ventilators", "medtronic", False),
    ("Cardiac Science Powerheart AEDs", "zoll", False),
    ("Serviced Maquet Servo-i ventilators", "getinge", False),
    ("SensorMedics 3100A oscillator", "vyaire", False),
    ("Cantel Medical Medivators AER service", "steris", False),
    ("DNI Nevada 232D safety analyzer", "fluke-biomedical", False),
    ("Biomet hip implants", "zimmer-biomet", False),
    ("MultiTech maintenance technician, Ford assembly plant", "multitech-lis", False),
    ("Processed corrections and removals of court records", "fda-21-cfr-806", False),
    ("Bump-tested the Riken gas indicator before confined space entry", "riken-gas-indicator", False),
    ("Customers can book service now through the app", "servicenow", False),
    ("Drove the ST 41 bus route", "aami-st41", False),
    ("Took ST-91 northbound to the plant", "aami-st91", False),
    ("Exposure control plan for silica dust", "exposure-control-plan", False),
    ("Wrote the silica exposure control plan", "exposure-control-plan", False),
    ("Master of Science in Health Information Systems", "hospital-information-system", False),
    ("Wrote the POC checklist for the cloud migration pilot", "cap-poc-checklist", False),
    ("ADT feeds to the alarm monitoring center", "hl7-adt", False),
]

_CONTEXT_NARROWED_IN_PASS13_5_STILL_COUNT_PASS13_5 = [
    ("Performed high complexity testing under CLIA", "high-complexity-testing", True),
    ("Moderate complexity testing on the Piccolo", "moderate-complexity-testing", True),
    ("Installed rack PDUs and UPS in the data center", "power-distribution-unit", True),
    ("Scheduled radiation therapy patients in ARIA", "aria", True),
    ("Built rules in Instrument Manager middleware", "data-innovations", True),
    ("Maintained Instrument Manager interfaces to the LIS", "data-innovations", True),
    ("Replaced BGA chips at the hot air rework station", "rework-station", True),
    ("Used a rework station to replace SMD components on PCBs", "rework-station", True),
    ("Enforced MFA for VPN access", "multi-factor-authentication", True),
    ("Reviewed VITEK results in Myla", "biomerieux-myla", True),
    ("Pinnacle treatment planning for IMRT", "pinnacle-tps", True),
    ("Fresenius TDMS for dialysis machines", "dialysis-information-system", True),
    ("Accessioning and resulting in XiFin LIS", "xifin-lis", True),
    ("Met CMS and Joint Commission requirements", "cms", True),
    ("Lab prepared for COLA survey", "cola", True),
    ("Serviced ICU Medical Plum 360 pumps", "icu-medical", True),
    ("Field service engineer, ICU Medical infusion systems", "icu-medical", True),
    ("BD Medical Alaris pumps", "bd-medical", True),
    ("Configured Data Innovations middleware for the chemistry line", "middleware", True),
    ("Built autoverification rules in lab middleware", "middleware", True),
    ("LIS administrator for CyberLAB", "cyberlab", True),
    ("ClinLab LIS interface build", "clinlab", True),
    ("Built SoftPath templates for surgical pathology", "scc-softpath", True),
    ("OMNILAB LIS go-live support", "omnilab", True),
    ("Epic AP analyst for surgical pathology", "epic-beaker-ap", True),
    ("Monthly emergency generator load testing per NFPA 110", "emergency-generator-testing", True),
    ("Telcor QML operator competency", "telcor-qml", True),
    ("Observa middleware for hematology", "observa-middleware", True),
    ("Planned IMRT in Eclipse", "eclipse-tps", True),
    ("Eclipse treatment planning for VMAT", "eclipse-tps", True),
    ("Maintained the IntelliVue monitoring network for telemetry", "networked-patient-monitoring", True),
    ("Covidien Puritan Bennett 840 ventilators", "covidien", True),
    ("Tyco Healthcare Kendall pumps", "covidien", True),
    ("Nellcor Puritan Bennett oximeters", "nellcor-puritan-bennett", True),
    ("Cardiac Science Powerheart AEDs", "cardiac-science", True),
    ("Serviced Maquet Servo-i ventilators", "maquet", True),
    ("SensorMedics 3100A oscillator", "sensormedics", True),
    ("Viasys Healthcare AVEA", "viasys-healthcare", True),
    ("Amsco International sterilizers", "american-sterilizer-company", True),
    ("Cantel Medical Medivators AER service", "cantel-medical", True),
    ("Cantel Medical Medivators AER service", "medivators", True),
    ("DNI Nevada 232D safety analyzer", "dni-nevada", True),
    ("Metron AS QA-90 analyzer", "metron-as", True),
    ("Biomet hip implants", "biomet", True),
    ("Zimmer Biomet ROSA robot", "zimmer-biomet", True),
    ("Zimmer Biomet ROSA robot", "biomet", False),
    ("MultiTech LIS interface support", "multitech-lis", True),
    ("Filed FDA corrections and removals reports for the recall", "fda-21-cfr-806", True),
    ("Checked vaporizer output with a Riken gas indicator", "riken-gas-indicator", True),
    ("Tracked incidents in Service Now", "servicenow", True),
    ("Followed AAMI ST41 for EO sterilizers", "aami-st41", True),
    ("ST 41 compliance audits for EtO", "aami-st41", True),
    ("Reprocessed scopes per ST91", "aami-st91", True),
    ("Updated the exposure control plan", "exposure-control-plan", True),
    ("Trained staff on the bloodborne pathogens exposure control plan", "exposure-control-plan", True),
    ("Interfaced the hospital information system", "hospital-information-system", True),
    ("Completed the POC checklist for glucose meters before the CAP inspection", "cap-poc-checklist", True),
    ("ADT feed from Epic", "hl7-adt", True),
]


def test_other_senses_no_longer_read_as_ours_pass13_5(checker):
    each_case(_OTHER_SENSES_NO_LONGER_READ_AS_OURS_PASS13_5, line_check(checker))


def test_forms_with_narrower_context_still_count_pass13_5(checker):
    each_case(_CONTEXT_NARROWED_IN_PASS13_5_STILL_COUNT_PASS13_5, line_check(checker))


def test_office_and_coding_skills_are_on_both_tracks_pass13_5(vocabulary):
    on_one = [
        c
        for c in ("icd-10-cm", "word-processing-software", "pivot-tables", "vlookup")
        if vocabulary.concepts[c].track.value != "both"
    ]
    assert not on_one, on_one


def test_ultrasound_power_meter_source_names_wattmeters_only_pass13_5(vocabulary):
    assert "leakage" not in vocabulary.concepts["ultrasound-test-equipment"].source


_RENAMED_IN_PASS13_5 = {
    "icu-medical": "ICU Medical, Inc.",
    "bd-medical": "BD Medical (Becton Dickinson)",
    "cyberlab": "CyberLAB LIS",
    "clinlab": "ClinLab LIS",
    "omnilab": "OMNILAB LIS",
    "observa-middleware": "Observa middleware",
    "riken-gas-indicator": "Riken anesthetic gas indicator",
    "biomet": "Biomet, Inc.",
    "exposure-control-plan": "Bloodborne pathogens exposure control plan",
}


def test_names_that_read_another_sense_are_renamed_pass13_5(vocabulary):
    wrong = {
        c: vocabulary.concepts[c].name
        for c, n in _RENAMED_IN_PASS13_5.items()
        if vocabulary.concepts[c].name != n
    }
    assert not wrong, wrong


def test_mult_o_meter_is_an_unfors_meter_pass13_5(vocabulary):
    concept = vocabulary.concepts["rti-mult-o-meter"]
    assert concept.name == "Unfors Mult-O-Meter"
    assert "Unfors" in concept.source and "RTI" not in concept.source


def test_sources_name_the_concepts_own_document_pass13_5(vocabulary):
    assert "X2" not in vocabulary.concepts["unfors-xi"].source
    assert "SW96" not in vocabulary.concepts["aami-tir57"].source
