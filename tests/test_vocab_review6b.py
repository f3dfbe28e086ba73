"""The sixth review of a sample, second half: one line per fix, each failing on the vocabulary before it.

Forms with another sense (imaging QC linearity, lab imagers and the imaging department, the patient care
assistant, the project manager and the evening shift, other RPT credentials, "Secret" inside "Top Secret",
STAT service calls, infrared cameras that are no thermal cameras, TruBridge's billing business, the MRI
room's RF waveguide) count only with their own words nearby; broader and narrower things (KPIs, DOT and
dangerous goods shipping, Category B shipping, the reference thermometer, the two linac waveguides, the
analgesia therapy) are their own concepts. The second table checks that the guarded forms still count in
their own sense, the third that the new concepts keep the other sense out, and the last that each new
concept stands under its parent.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_SIXTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES = [
    # linearity: the imaging QC linearity tests are not the laboratory study
    ("Performed daily QC, constancy and quarterly linearity on the dose calibrator.", "linearity", False),
    ("Performed linearity testing on the Capintec dose calibrator and daily QC.", "linearity", False),
    ("Gamma camera QC: uniformity, spatial linearity and center of rotation checks.", "linearity", False),
    ("CT QC including CT number linearity, noise and calibration checks.", "linearity", False),
    ("Ultrasound QC: distance accuracy and linearity on the phantom, probe calibration.", "linearity", False),
    (
        "Performed linearity testing on the Capintec dose calibrator and daily QC.",
        "dose-calibrator-linearity",
        True,
    ),
    # medical-imaging-equipment: lab imagers, the department and the degree
    (
        "Operated the Bio-Rad ChemiDoc imaging system for Western blots in the research lab.",
        "medical-imaging-equipment",
        False,
    ),
    ("Managed the digital pathology imaging system and slide scanners.", "medical-imaging-equipment", False),
    ("Worked in the Diagnostic Imaging department as a transport aide.", "medical-imaging-equipment", False),
    ("Bachelor of Science in Medical Imaging, minor in biology.", "medical-imaging-equipment", False),
    ("The Medical Imaging department.", "medical-imaging-equipment", False),
    # pca-pump: the patient care assistant and an infusion centre; the therapy is not the device
    ("PCA, Outpatient Infusion Center: drew labs and recorded vital signs.", "pca-pump", False),
    ("Patient Care Assistant (PCA) on the oncology infusion unit.", "pca-pump", False),
    ("Patient-controlled analgesia for post-op pain", "pca-pump", False),
    ("Patient-controlled analgesia for post-op pain", "patient-controlled-analgesia", True),
    # preventive-maintenance: project and product managers, post-mortems, the PM shift, pests, IT downtime
    ("Served as PM for the new CT scanner installation project.", "preventive-maintenance", False),
    (
        "Worked with the PM on the MRI replacement project and equipment planning.",
        "preventive-maintenance",
        False,
    ),
    ("Product Manager (PM) for hematology analyzers and instruments.", "preventive-maintenance", False),
    (
        "Assisted pathologists with PM examinations and cleaned instruments in the mortuary.",
        "preventive-maintenance",
        False,
    ),
    (
        "Rotated days, PMs and nights in the blood bank; performed instrument maintenance.",
        "preventive-maintenance",
        False,
    ),
    (
        "Implemented an IPM program for pest control with facilities and environmental safety.",
        "preventive-maintenance",
        False,
    ),
    (
        "Coordinated scheduled maintenance downtime for the LIS servers with IT.",
        "preventive-maintenance",
        False,
    ),
    # quality-indicators: KPIs in general are broader
    (
        "Reported monthly KPIs on productivity and cost per test to the laboratory director.",
        "quality-indicators",
        False,
    ),
    ("Tracked department KPIs including budget variance and overtime.", "quality-indicators", False),
    ("Tracked department KPIs including budget variance and overtime.", "key-performance-indicators", True),
    (
        "Key performance indicators for the biomed department: uptime, PM completion and cost.",
        "quality-indicators",
        False,
    ),
    # rpt-amt: other RPT credentials
    ("RPT (Registered Physical Therapist) certified.", "rpt-amt", False),
    ("Registered Play Therapist (RPT) certified.", "rpt-amt", False),
    # secret-clearance: not inside Top Secret
    ("Active Top Secret clearance.", "secret-clearance", False),
    ("Top Secret clearance.", "secret-clearance", False),
    ("Holds a TS/SCI; previously Top Secret clearance holder.", "secret-clearance", False),
    # specimen-shipping: hazmat and dangerous goods shipping are broader; Category B is narrower
    (
        "Completed DOT hazardous materials shipping training to return lithium battery packs to vendors.",
        "specimen-shipping",
        False,
    ),
    ("Dangerous goods shipping of dry ice and chemicals for the research core.", "specimen-shipping", False),
    ("UN3373 packaging.", "specimen-shipping", False),
    ("UN3373 packaging.", "category-b-shipping", True),
    # stat-testing: service calls, turnaround of repairs, the Nova STAT Profile
    ("Provided rapid turnaround on equipment work orders and repairs.", "stat-testing", False),
    ("Responded to STAT calls from the OR for equipment failures.", "stat-testing", False),
    ("Ran the Nova STAT Profile Prime blood gas analyzer.", "stat-testing", False),
    ("STAT Profile Prime analyzer.", "stat-testing", False),
    # temperature-meter: the reference thermometer is its own class
    ("Used a NIST-traceable thermometer to check refrigerators", "temperature-meter", False),
    ("Used a NIST-traceable thermometer to check refrigerators", "reference-thermometer", True),
    # thermal-camera: tracking and night-vision infrared cameras
    ("Serviced the StealthStation navigation system infrared camera.", "thermal-camera", False),
    ("Maintained video EEG systems including infrared cameras in the sleep lab.", "thermal-camera", False),
    # trubridge: the company and its billing business are not the EHR
    ("Worked with TruBridge revenue cycle management for billing.", "trubridge", False),
    ("Worked with TruBridge revenue cycle management for billing.", "trubridge-inc", True),
    # waveguide: the MRI room's RF waveguide; the accelerating and RF waveguides are narrower
    ("Installed RF waveguide on the MRI penetration panel.", "waveguide", False),
    ("Replaced the accelerating waveguide on the Elekta Synergy", "waveguide", False),
    ("Replaced the accelerating waveguide on the Elekta Synergy", "accelerating-waveguide", True),
    ("The accelerating structure of the linac.", "accelerating-waveguide", True),
    ("Replaced the RF waveguide and circulator on the Clinac", "waveguide", False),
    ("Replaced the RF waveguide and circulator on the Clinac", "linac-rf-waveguide", True),
]


def test_the_sixth_review_keeps_other_senses_out(checker):
    each_case(_THE_SIXTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_SIXTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Ran linearity and calibration verification on the Roche cobas analyzers.", "linearity", True),
    ("Linearity on the chemistry analyzer", "linearity", True),
    (
        "Perform calibration verification, linearity and method comparison studies (CLSI EP guidelines).",
        "linearity",
        True,
    ),
    (
        "Dose calibrator QC: daily constancy, quarterly linearity by the decay method",
        "dose-calibrator-linearity",
        True,
    ),
    (
        "Field engineer, 11 yrs on diagnostic imaging: 6 yrs OEM service on ultrasound",
        "medical-imaging-equipment",
        True,
    ),
    (
        "4+ years of field service experience on diagnostic imaging equipment",
        "medical-imaging-equipment",
        True,
    ),
    ("Serviced medical imaging systems including CT and MRI", "medical-imaging-equipment", True),
    ("Imaging equipment experience.", "medical-imaging-equipment", True),
    ("Nursing PCA module programming on Alaris pumps.", "pca-pump", True),
    ("Programmed PCA pumps for epidural analgesia", "pca-pump", True),
    ("Performed patient-controlled analgesia pump checks.", "pca-pump", True),
    ("Hospira LifeCare PCA pumps.", "pca-pump", True),
    ("Completed PMs on 400 infusion pumps", "preventive-maintenance", True),
    ("Tasks such as PM and repair of monitors", "preventive-maintenance", True),
    ("Performed the PM on the MRI and CT scanners", "preventive-maintenance", True),
    ("Production days: PMs on the cyclotron and the water loop", "preventive-maintenance", True),
    ("Completed IPMs on infusion pumps and monitors (medical equipment)", "preventive-maintenance", True),
    ("Performed scheduled maintenance on infusion pumps and ventilators", "preventive-maintenance", True),
    (
        "Lead QC, scheduled maintenance and installation of two new CryoMed freezers",
        "preventive-maintenance",
        True,
    ),
    ("Designed quality dashboards and quality metrics for the lab.", "quality-indicators", True),
    ("Key quality indicators: turnaround time and specimen rejection", "quality-indicators", True),
    ("Certified RPT through AMT; phlebotomy.", "rpt-amt", True),
    ("RPT, AMT certified phlebotomist", "rpt-amt", True),
    ("Active Secret clearance.", "secret-clearance", True),
    ("Secret security clearance (DoD)", "secret-clearance", True),
    ("IATA shipping of specimens to reference labs", "specimen-shipping", True),
    ("Dangerous goods shipping of clinical specimens on dry ice", "specimen-shipping", True),
    ("Specimen packaging and shipping", "specimen-shipping", True),
    ("STAT specimens prioritized", "stat-testing", True),
    ("Processed STAT troponin and CBC orders from the ED", "stat-testing", True),
    ("Performed STAT testing in the core lab.", "stat-testing", True),
    ("Used a thermocouple meter to check blanket warmers and water baths.", "temperature-meter", True),
    ("Thermal infrared camera inspections of switchgear", "thermal-camera", True),
    ("Infrared camera inspections of electrical panels", "thermal-camera", True),
    ("TruBridge", "trubridge", True),
    ("Used TruBridge EHR (formerly CPSI) in a rural hospital.", "trubridge", True),
    ("Replaced the waveguide on the Varian TrueBeam linac.", "waveguide", True),
    ("Replaced klystrons; accelerator waveguide vacuum work", "waveguide", True),
]


def test_forms_guarded_in_the_sixth_review_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_SIXTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_SIXTH_REVIEWS_NEW_CONCEPTS_KEEP_THE_OTHER_SENSE_OUT_CASES = [
    (
        "Gamma camera QC: uniformity, spatial linearity and center of rotation checks.",
        "dose-calibrator-linearity",
        False,
    ),
    (
        "Ran linearity and calibration verification on the Roche cobas analyzers.",
        "dose-calibrator-linearity",
        False,
    ),
    ("Patient controlled analgesia (PCA) pumps", "patient-controlled-analgesia", False),
    (
        "Dangerous goods shipping of dry ice and chemicals for the research core.",
        "category-b-shipping",
        False,
    ),
    ("Installed RF waveguide on the MRI penetration panel.", "linac-rf-waveguide", False),
    ("TruBridge", "trubridge-inc", False),
]


def test_the_sixth_reviews_new_concepts_keep_the_other_sense_out(checker):
    each_case(_THE_SIXTH_REVIEWS_NEW_CONCEPTS_KEEP_THE_OTHER_SENSE_OUT_CASES, line_check(checker))


_THE_SIXTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("linearity", "calibration-verification", False),
    ("linearity", "method-verification", True),
    ("quality-indicators", "key-performance-indicators", True),
    ("equipment-kpis", "key-performance-indicators", True),
    ("category-b-shipping", "specimen-shipping", True),
    ("reference-thermometer", "biomedical-test-equipment", True),
    ("accelerating-waveguide", "waveguide", True),
    ("linac-rf-waveguide", "waveguide", True),
    ("patient-controlled-analgesia", "pca-pump", False),
    ("trubridge-inc", "ehr", False),
]


def test_the_sixth_review_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_SIXTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


def test_the_sixth_review_corrects_names_sources_and_relations(vocabulary):
    # a name cannot be guarded: the short wordings are guarded forms
    assert vocabulary.concepts["secret-clearance"].name == "Secret-level security clearance"
    assert vocabulary.concepts["trubridge"].name == "TruBridge EHR"
    assert vocabulary.concepts["temperature-meter"].name == "Thermocouple thermometer"
    # a linearity study is a sibling of calibration verification, not a kind of it
    assert "calibration-verification" in vocabulary.concepts["linearity"].same_as
    # an alternate job title is no source for an equipment class
    assert "Alternate Titles" not in vocabulary.concepts["medical-imaging-equipment"].source
