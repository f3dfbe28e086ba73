"""Generic context words: forms whose context list let another sense in, one line per fix.

Each line in the first table failed on the vocabulary before the fix: a generic word ("certification",
"lab", "test", "system", "QC", "samples", ...) stood near the form in another sense and let it count. The
second table checks that the guarded forms still count in their own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_GENERIC_CONTEXT_WORDS_NO_LONGER_LET_ANOTHER_SENSE_IN_CASES = [
    (
        "Performed daily maintenance on chemistry analyzers; ran BMP and CMP panels",
        "ascp-credential-maintenance",
    ),
    ("Certified Professional Coder; CPT and ICD-10 coding", "cpt-nha"),
    ("Wrote the CER for CE certification of the infusion pump", "cer-hspa"),
    ("Certified 2nd degree black belt in Taekwondo", "lss-black-belt"),
    ("Taekwondo green belt, certified instructor", "lss-green-belt"),
    ("Service training program at a medical technology company", "mls-degree"),
    ("Summer internship in a university research lab", "clinical-rotation"),
    ("IT internship, Mercy Hospital help desk", "clinical-rotation"),
    ("Built SPC control charts for the molding line; QC inspection", "levey-jennings"),
    ("Calculated systematic error for calibration of torque wrenches", "qc-error-analysis"),
    ("Forecasted patient volumes with a 3-month moving average", "patient-moving-averages"),
    ("Ran PT and PTT on coagulation samples", "proficiency-testing"),
    ("Physical therapy (PT) referrals for patients; collected samples", "proficiency-testing"),
    ("Identified isolates with API 20E strips from patient samples", "api-surveys"),
    ("Built a REST API to import samples into the LIMS", "api-surveys"),
    ("Annual training on cultural competency", "competency-assessment"),
    ("Validate test scripts for the software release", "method-validation"),
    ("Validate equipment repairs before returning to service", "method-validation"),
    ("Attached CV; QC lead experience", "precision-study"),
    ("Tested ECG simulator output; results within normal range", "reference-intervals"),
    ("Verified blood pressure readings were in the normal range", "reference-intervals"),
    ("Lean staffing model; management of 12 techs", "lean"),
    ("Ran a lean team under new management", "lean"),
    ("Maintained 99.9% uptime for the EHR system servers", "equipment-kpis"),
    ("Service uptime of the web portal system", "equipment-kpis"),
    ("EMC testing of industrial equipment", "iec-60601-1-2"),
    ("Staffed the hospital EOC during the patient care surge", "tjc-environment-of-care"),
    ("Phase II requirements for the new lab build-out", "cap-deficiencies"),
    ("Phase II findings of the environmental site assessment for the lab building", "cap-deficiencies"),
    ("Managed high complexity projects; test planning", "high-complexity-testing"),
    ("Technical supervisor for NDT testing of welds", "clia-technical-supervisor"),
    ("Technical consultant for software testing", "clia-technical-consultant"),
    ("Epic Beaker clinical consultant for the lab build", "clia-clinical-consultant"),
    ("Community of practice (CoP) for hospital educators", "cms-cop"),
    ("Calibrated instruments per ASTM E4 standards", "clsi-lis2"),
    ("ISO-certified repair facility", "independent-service-organization"),
    ("Software engineer; B.Tech in CSE", "field-service-engineer"),
    ("Food service manager, hospital cafeteria", "htm-manager"),
    ("Medical transcriptionist (MT)", "medical-laboratory-scientist"),
    ("MT medical transcription of lab reports", "medical-laboratory-scientist"),
    ("Clinical Quality Specialist for nursing units at the hospital", "quality-coordinator-lab"),
    ("ABR hearing screening certified", "abr-certification"),
    ("Certified in ABR newborn hearing screening", "abr-certification"),
]


def test_generic_context_words_no_longer_let_another_sense_in(checker):
    each_case(
        [(*case, False) for case in _GENERIC_CONTEXT_WORDS_NO_LONGER_LET_ANOTHER_SENSE_IN_CASES],
        line_check(checker),
    )


_FORMS_WITH_NARROWED_CONTEXT_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Earned 36 CMP points for ASCP credential maintenance", "ascp-credential-maintenance"),
    ("CPT (NHA) certified phlebotomist", "cpt-nha"),
    ("NHA CPT certification", "cpt-nha"),
    ("CER (HSPA) certified endoscope reprocessor", "cer-hspa"),
    ("Lean Six Sigma Black Belt certified", "lss-black-belt"),
    ("ASQ Green Belt certification", "lss-green-belt"),
    ("B.S. in Medical Technology, NAACLS-accredited program", "mls-degree"),
    ("Clinical laboratory internship in hematology and chemistry", "clinical-rotation"),
    ("MLS internship at a hospital laboratory", "clinical-rotation"),
    ("Reviewed QC on Levey-Jennings control charts daily", "levey-jennings"),
    ("Investigated systematic error in QC shifts and trends", "qc-error-analysis"),
    ("Patient moving averages of MCV on the hematology analyzer", "patient-moving-averages"),
    ("Moving average QC for RBC indices", "patient-moving-averages"),
    ("CAP PT samples tested like patient specimens", "proficiency-testing"),
    ("Graded PT events and reviewed unacceptable results", "proficiency-testing"),
    ("API proficiency testing surveys", "api-surveys"),
    ("Annual competency assessment for bench staff", "competency-assessment"),
    ("Validate new reagent lots and assays", "method-validation"),
    ("Precision study: within-run repeatability and CV", "precision-study"),
    ("QC CV and SD review", "precision-study"),
    ("Verified normal range for new analytes on the chemistry analyzer", "reference-intervals"),
    ("Lean process improvement projects", "lean"),
    ("Kept 98% uptime on imaging equipment", "equipment-kpis"),
    ("MRI uptime above 97%", "equipment-kpis"),
    ("EMC testing per IEC 60601-1-2 for medical devices", "iec-60601-1-2"),
    ("Environment of Care (EOC) rounds", "tjc-environment-of-care"),
    ("Resolved CAP Phase II requirements before the inspection", "cap-deficiencies"),
    ("High-complexity testing under CLIA", "high-complexity-testing"),
    ("Moderate complexity tests on the chemistry analyzer", "moderate-complexity-testing"),
    ("CLIA technical supervisor for the core lab", "clia-technical-supervisor"),
    ("Technical consultant for moderate-complexity testing under CLIA", "clia-technical-consultant"),
    ("Clinical consultant (CLIA) for the laboratory", "clia-clinical-consultant"),
    ("CMS CoP compliance for hospital accreditation", "cms-cop"),
    ("ASTM interface between the analyzer and the LIS", "clsi-lis2"),
    ("ISO service vendor for imaging equipment", "independent-service-organization"),
    ("Siemens CSE, field service", "field-service-engineer"),
    ("Biomedical service manager for the hospital", "htm-manager"),
    ("Travel MT generalist: blood bank and chemistry", "medical-laboratory-scientist"),
    ("Laboratory quality specialist for CAP and CLIA", "quality-coordinator-lab"),
    ("ABR certified medical physicist", "abr-certification"),
]


def test_forms_with_narrowed_context_still_count_in_their_sense(checker):
    each_case(_FORMS_WITH_NARROWED_CONTEXT_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))
