"""Forms whose context list held generic words: one line per fix, each failing on the vocabulary before it.

A generic context word (lab, units, device, system, service, patient, ...) stands in lines of every kind, so
it let a form read another sense; the first table checks that such lines no longer count, the second that
the guarded forms still count in their own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_FORMS_WITH_GENERIC_CONTEXT_WORDS_NO_LONGER_READ_ANOTHER_SENSE_CASES = [
    # mouse-embryo-assay: MEA is also a microelectrode array; QC alone does not make it the embryo assay
    ("Reviewed MEA results and QC records for the electrode array lab", "mouse-embryo-assay", False),
    # generalist: a technician serving all departments of a facility is not a lab generalist
    ("Technician supporting all departments of the hospital facility", "generalist", False),
    # special-chemistry: protein chemistry research is not the special chemistry bench
    ("Protein chemistry research on patient-derived antibodies", "special-chemistry", False),
    # anatomic-pathology: AP courses are not anatomic pathology
    ("AP Biology lab teacher", "anatomic-pathology", False),
    # microbiology: micro pipettes and tubes are not the micro bench
    ("Used micro pipettes and micro centrifuge tubes in the research lab", "microbiology", False),
    # molecular-diagnostics: a molecular biology research lab is not molecular diagnostics
    ("Molecular biology research laboratory, cloning and protein expression", "molecular-diagnostics", False),
    # point-of-care-testing: point of contact, and point-of-care device integration, are not POCT
    ("Point of care device integration program for infusion pumps", "point-of-care-testing", False),
    ("Served as POC for the device service program", "point-of-care-testing", False),
    # specimen-processing: central processing of surgical instruments is sterile processing
    ("Central processing department for surgical instruments in the lab", "specimen-processing", False),
    # elisa: EIA is also an environmental impact assessment
    ("Prepared the EIA for the new laboratory building", "elisa", False),
    # pretransfusion-testing: software compatibility testing across business units
    ("Software compatibility testing across units", "pretransfusion-testing", False),
    ("Reviewed T&C for all business units", "pretransfusion-testing", False),
    # blood-component-processing: product modification for business units
    ("Product modification requests for business units", "blood-component-processing", False),
    # cryoprecipitate: a cryo storage unit is not cryoprecipitate
    ("Cryo unit for sample storage", "cryoprecipitate", False),
    # product-irradiation: total body irradiation is radiation therapy
    ("Total body irradiation treatment units", "product-irradiation", False),
    ("Irradiated products for sterilization, patients' devices", "product-irradiation", False),
    # plasma-thawing: thawing reagents
    ("Thawing of frozen reagent units", "plasma-thawing", False),
    # preventive-maintenance: a project manager
    ("Sr. PM for the service system rollout", "preventive-maintenance", False),
    # sterile-processing: a customer service representative selling instruments
    ("CSR for instruments sales", "sterile-processing", False),
    # corrective-maintenance: a construction manager
    ("CM of the construction equipment", "corrective-maintenance", False),
    # component-level-repair: phone cables in a medical office
    ("Cable repair for the medical office phone system", "component-level-repair", False),
    # electrical-safety-testing: pressure leak tests of plumbing
    ("Pressure leakage testing of the water system for safety", "leakage-current-testing", False),
    # performance-verification: PV is also photovoltaic
    ("PV solar panel equipment testing", "performance-verification", False),
    # equipment-installation: stage rigging
    ("Rigging of stage lighting systems", "equipment-installation", False),
    # field-service: sales territory management
    ("Territory management for sales reps of equipment", "field-service", False),
    # specimen-collection: debt collection
    ("Debt collection procedures for patients accounts", "specimen-collection", False),
    # result-reporting: technical review of a document
    ("Technical review of the lab's validation report for the test", "result-reporting", False),
    # tms: transcranial magnetic stimulation
    ("Transcranial magnetic stimulation (TMS) equipment maintenance", "tms", False),
    # scripting: programming infusion pumps is not scripting
    ("Programming infusion pumps and software drug libraries", "scripting", False),
    # medical-device-integration: MDI is also a metered dose inhaler
    ("Metered dose inhaler (MDI) devices for patient teaching", "medical-device-integration", False),
    # aria: ARIA is also amyloid-related imaging abnormalities
    ("ARIA (amyloid-related imaging abnormalities) MRI monitoring; verify patient", "aria", False),
]


def test_forms_with_generic_context_words_no_longer_read_another_sense(checker):
    each_case(_FORMS_WITH_GENERIC_CONTEXT_WORDS_NO_LONGER_READ_ANOTHER_SENSE_CASES, line_check(checker))


_FORMS_GUARDED_FOR_GENERIC_CONTEXT_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Mouse embryo assay (MEA) QC on culture media lots", "mouse-embryo-assay", True),
    ("Worked as a generalist in the core laboratory", "generalist", True),
    ("Rotated through all departments as a generalist", "generalist", True),
    ("Protein chemistry: SPEP and immunofixation", "special-chemistry", True),
    ("AP lab: grossing and histology support", "anatomic-pathology", True),
    ("Micro bench: cultures and Gram stains", "microbiology", True),
    ("Rotated through chemistry, hematology and molecular", "molecular-diagnostics", True),
    ("Molecular lab: PCR and sequencing", "molecular-diagnostics", True),
    ("Point-of-care glucose meters QC", "point-of-care-testing", True),
    ("Point of care testing coordinator", "point-of-care-testing", True),
    ("POC glucose meter program", "point-of-care-testing", True),
    ("Central processing of specimens and samples", "specimen-processing", True),
    ("EIA testing for HIV and hepatitis", "elisa", True),
    ("Compatibility testing and crossmatching of red cells", "pretransfusion-testing", True),
    ("T&C and crossmatch of blood for surgery", "pretransfusion-testing", True),
    ("Component preparation of blood products", "blood-component-processing", True),
    ("Thawed and issued plasma and cryo for MTP", "plasma-components", True),
    ("Thawed and issued plasma and cryo for MTP", "cryoprecipitate", True),
    ("Irradiation of blood components for transplant patients", "product-irradiation", True),
    ("Irradiated products issued to oncology", "product-irradiation", True),
    ("Thawing of FFP and cryo components", "plasma-thawing", True),
    ("Pooling of cryo and platelet components", "platelet-pooling", True),
    ("Completed PMs on infusion pumps and monitors", "preventive-maintenance", True),
    ("PM of infusion pumps", "preventive-maintenance", True),
    ("CM repairs on equipment", "corrective-maintenance", True),
    ("Cable repair on patient monitors", "cable-repair", True),
    ("Leakage testing with electrical safety analyzers", "leakage-current-testing", True),
    ("Rigging of medical equipment for the MRI install", "equipment-rigging", True),
    ("Territory management for field service engineers", "field-service", True),
    ("Technical review of patient results", "result-reporting", True),
    ("TMS work orders for biomed assets", "tms", True),
    ("MDI for patient monitors into Epic", "medical-device-integration", True),
    ("ARIA record and verify", "aria", True),
    ("Varian ARIA administration for the oncology department", "aria", True),
]


def test_forms_guarded_for_generic_context_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_FOR_GENERIC_CONTEXT_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_VALIDATE_NEEDS_A_METHOD_WORD_CASES = [
    ("Process products according to validated procedures", "method-validation", False),
    ("Validate new procedures for the front desk", "method-validation", False),
    ("Validated new reagent lots before use", "method-validation", True),
]


def test_validate_counts_as_method_validation_only_next_to_a_method_word(checker):
    each_case(_VALIDATE_NEEDS_A_METHOD_WORD_CASES, line_check(checker))
