"""Sweep of the standards, quality, regulatory, public health virology and precision diagnostics files.

Each line fails on the vocabulary before the sweep and holds after it: distinct standards, programmes and
products split from the concept they were lumped into, brands out of generic classes, ordinary or
neighbouring-field wordings guarded, and relations set right.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_THE_FOURTH_SWEEP_KEEPS_DISTINCT_THINGS_APART_CASES = [
    # standards: distinct standards, programmes and bodies
    ("IEC 60601-2-24 infusion pump standard", "iec-60601-2-x", False),
    ("IEC 60601-2-24 infusion pump standard", "iec-60601-2-24", True),
    ("Tested to IEC 60601-2-44", "iec-60601-2-44", True),
    ("EC.02.05.01 utility systems", "tjc-environment-of-care", False),
    ("EC.02.05.01 utility systems", "tjc-ec-02-05-01", True),
    ("EC.02.06.01", "tjc-ec-02-06-01", True),
    ("NPSG.06.01.01 alarm management", "tjc-npsg", False),
    ("NPSG.06.01.01 alarm management", "tjc-npsg-alarm-safety", True),
    ("Laboratory Response Network", "lrn-sentinel-laboratory", False),
    ("Laboratory Response Network", "laboratory-response-network", True),
    ("ABHES-accredited program", "caahep-abhes", False),
    ("ABHES-accredited program", "abhes", True),
    ("IQMH accreditation", "accreditation-canada", False),
    ("IQMH accreditation", "accreditation-canada-diagnostics", True),
    ("PPM certificate", "clia-88", False),
    ("PPM certificate", "clia-certificate-ppm", True),
    ("Searched MAUDE for adverse events", "fda-mdr", False),
    ("Searched MAUDE for adverse events", "fda-maude", True),
    ("21 CFR 640", "fda-21-cfr-606", False),
    ("21 CFR 640", "fda-21-cfr-640", True),
    ("FDA blood establishment registration", "fda-21-cfr-607", True),
    ("HITECH", "hipaa", False),
    ("HITECH Act", "hitech-act", True),
    ("UL 2900-2-1", "medical-device-cybersecurity-standards", False),
    ("UL 2900-2-1", "ul-2900-2-1", True),  # a part of UL 2900 of its own (filed under it)
    ("NYS Department of Health epidemiology", "nysdoh-clep", False),
    ("NYS Department of Health epidemiology", "nysdoh", True),
    ("Wadsworth Center", "nysdoh-clep", False),
    ("Regulated medical waste disposal", "epa-regulations", False),
    ("Regulated medical waste disposal", "regulated-medical-waste", True),
    ("Lab safety training", "osha-lab-standard", False),
    ("Lab safety training", "laboratory-safety", True),
    ("Chemical spill response", "osha-hazcom", False),
    ("Chemical spill response", "spill-response", True),
    ("Plugged the ventilator into red outlets", "nfpa-110", False),
    ("Plugged the ventilator into red outlets", "emergency-power-outlets", True),
    # standards: ordinary or neighbouring-field wordings
    ("EMC testing of consumer electronics", "iec-60601-1-2", False),
    ("Lysed cells in 1% SDS", "osha-hazcom", False),
    ("SDS PAGE of proteins", "osha-hazcom", False),
    ("Managed projects of high complexity", "high-complexity-testing", False),
    ("Title 17 copyright law", "state-lab-regulations", False),
    ("Ambulatory surgery center Conditions for Coverage", "cms-esrd-cfc", False),
    ("Led the nursing CoP meetings", "cms-cop", False),
    ("AEM monitoring on electrosurgical units", "aem-program", False),
    ("A patient's right to know their diagnosis", "osha-hazcom", False),
    ("Studied biothreat agents in graduate school", "select-agents", False),
    ("Built pages in the WordPress CMS", "cms", False),
    ("Article 517 of the state constitution", "nfpa-70", False),
    # quality
    ("Lyphochek controls", "quality-control", False),
    ("Lyphochek controls", "biorad-lyphochek", True),
    ("Ran third-party control material", "qc-material", True),
    ("Put on a performance improvement plan", "quality-assurance", False),
    ("10-x rule violation", "westgard-4-1s", False),
    ("10-x rule violation", "westgard-10x", True),
    ("UK NEQAS", "proficiency-testing", False),
    ("UK NEQAS", "uk-neqas", True),
    ("RCPAQAP", "rcpaqap", True),
    ("WEQAS", "weqas", True),
    ("Alternate performance assessment twice a year", "proficiency-testing", False),
    ("Alternate performance assessment twice a year", "alternative-assessment", True),
    ("AMR surveillance of bacteria", "calibration-verification", False),
    ("mA linearity and kVp accuracy on X-ray units", "linearity", False),
    ("Repeatability of the welding process", "precision-study", False),
    ("Hit a lob over the net", "detection-limits", False),
    ("Normal range of motion", "reference-intervals", False),
    ("Electrical safety acceptance limits", "total-allowable-error", False),
    ("Parallel testing of the software release", "lot-to-lot-verification", False),
    ("Read-back of verbal orders", "critical-values", False),
    ("RCA cables for the video monitor", "root-cause-analysis", False),
    ("Humidity monitoring in sterile storage", "temperature-monitoring", False),
    ("Humidity monitoring in sterile storage", "humidity-monitoring", True),
    ("Event management for the annual conference", "nonconforming-events", False),
    ("Q-Probes studies", "quality-indicators", False),
    ("Q-Probes studies", "cap-q-probes", True),
    ("Bio-Rad Unity Real Time", "qc-software", False),
    ("Bio-Rad Unity Real Time", "biorad-unity", True),
    ("Sysmex Insight", "sysmex-insight", True),
    ("Werfen GEMweb QC", "qc-software", False),
    ("Beckman REMISOL QC", "qc-software", False),
    ("Kept a logbook of hikes", "lab-records", False),
    ("EC standards for the CE mark", "tjc-environment-of-care", False),
    ("DNV class rules for offshore vessels", "dnv", False),
    ("Third party service provider for payroll", "independent-service-organization", False),
    ("Annual COLA increases", "cola", False),
    ("CRCPD", "state-radiation-control", False),
    ("CRCPD", "crcpd", True),
    ("Control chart for the injection moulding line", "levey-jennings", False),
    ("Systematic error in the survey sample", "qc-error-analysis", False),
    ("Correlation study of sleep and mood", "method-comparison", False),
    ("Coefficient of variation of stock returns", "precision-study", False),
    ("Internal audit of accounts payable", "audits", False),
    ("Maintenance log for the fleet trucks", "lab-records", False),
    ("Credit risk management at a bank", "risk-management-quality", False),
    ("Remedial action for the school district", "corrective-action", False),
    # public health virology, precision diagnostics, regulation
    ("HIV-1/HIV-2 differentiation assay", "hiv-testing-algorithm", False),
    ("HIV-1/HIV-2 differentiation assay", "hiv-differentiation-assay", True),
    ("Class II Type B2 cabinet", "class-ii-biosafety-cabinet", False),
    ("Class II Type B2 cabinet", "class-ii-b2-biosafety-cabinet", True),
    ("Class II A2 BSC", "class-ii-a2-biosafety-cabinet", True),
    ("NSF/ANSI 49", "bsc-certification", False),
    ("NSF/ANSI 49", "nsf-ansi-49", True),
    ("clonoSEQ", "mrd-testing", False),
    ("clonoSEQ", "clonoseq", True),
    ("MRD flow cytometry", "mrd-flow-cytometry", True),
    ("cfDNA screening for trisomy 21 (NIPT)", "liquid-biopsy", False),
    ("GUDID submissions", "udi", False),
    ("GUDID submissions", "fda-gudid", True),
    ("Biorisk management system", "iso-35001", False),
]


def test_the_fourth_sweep_keeps_distinct_things_apart(checker):
    each_case(_THE_FOURTH_SWEEP_KEEPS_DISTINCT_THINGS_APART_CASES, line_check(checker))


_THE_FOURTH_SWEEP_SETS_RELATIONS_RIGHT_CASES = [
    ("Root cause analysis", "Corrective action", "corrective-action", "missing"),
    ("Complaint handling", "Corrective action", "corrective-action", "missing"),
    ("Class II Type A2", "Class II Type B2", "class-ii-b2-biosafety-cabinet", "missing"),
    ("clonoSEQ", "MRD flow cytometry", "mrd-flow-cytometry", "missing"),
    ("Geenius HIV 1/2", "HIV diagnostic testing algorithm", "hiv-testing-algorithm", "missing"),
    ("Biothreat agent rule-out", "ASM sentinel laboratory", "lrn-sentinel-laboratory", "missing"),
    ("UK NEQAS", "Proficiency testing", "proficiency-testing", "related"),
    ("Bio-Rad Unity", "Sysmex Insight", "sysmex-insight", "missing"),
    ("IEC 60601-2-24", "IEC 60601-2-44", "iec-60601-2-44", "missing"),
    ("Laboratory Response Network", "LRN sentinel laboratory", "lrn-sentinel-laboratory", "missing"),
    ("LRN reference laboratory", "ASM sentinel laboratory", "lrn-sentinel-laboratory", "missing"),
    ("Lyphochek", "Liquichek", "biorad-liquichek", "missing"),
    ("EC.02.05.05", "EC.02.05.01", "tjc-ec-02-05-01", "missing"),
    ("HIPAA", "HITECH", "hitech-act", "missing"),
]


def test_the_fourth_sweep_sets_relations_right(checker):
    each_case(_THE_FOURTH_SWEEP_SETS_RELATIONS_RIGHT_CASES, status_check(checker))


_THE_FOURTH_SWEEP_DROPS_WRONG_BROADER_RELATIONS_CASES = [
    ("biosafety-risk-assessment", "biosafety-level"),
    ("biothreat-rule-out", "lrn-sentinel-laboratory"),
    ("biorad-geenius", "hiv-testing-algorithm"),
    ("root-cause-analysis", "corrective-action"),
]


def test_the_fourth_sweep_drops_wrong_broader_relations(vocabulary):
    def check(concept, parent):
        assert parent not in vocabulary.concepts[concept].broader

    each_case(_THE_FOURTH_SWEEP_DROPS_WRONG_BROADER_RELATIONS_CASES, check, unpack=True)


_FORMS_GUARDED_IN_THE_FOURTH_SWEEP_STILL_COUNT_IN_THEIR_OWN_SENSE_CASES = [
    ("Conditions for Coverage for ESRD facilities", "cms-esrd-cfc"),
    ("Survey readiness for CMS CoPs", "cms-cop"),
    ("AEM program for alternate equipment maintenance", "aem-program"),
    ("SDS for each chemical in the binder", "osha-hazcom"),
    ("Performs high complexity tests under CLIA", "high-complexity-testing"),
    ("California Title 17 regulations", "state-lab-regulations"),
    ("EMC testing of medical devices", "iec-60601-1-2"),
    ("Met CMS requirements for the hospital", "cms"),
    ("NEC Article 517 wiring", "nfpa-70"),
    ("Employee right to know training for chemicals", "osha-hazcom"),
    ("Inventory of biothreat agents under FSAP registration", "select-agents"),
    ("AMR verification with linearity material", "calibration-verification"),
    ("Linearity on the chemistry analyzer", "linearity"),
    ("Repeatability and reproducibility study for the assay", "precision-study"),
    ("Verified LoB and LoD", "detection-limits"),
    ("Verified the normal range for the new assay", "reference-intervals"),
    ("Acceptance limits from CLIA TEa", "total-allowable-error"),
    ("Parallel testing of new reagent lots", "lot-to-lot-verification"),
    ("Critical results called with read-back", "critical-values"),
    ("RCA after the QC failure", "root-cause-analysis"),
    ("Event management of nonconforming events", "nonconforming-events"),
    ("Maintained the QC logbook", "lab-records"),
    ("Remedial action after QC failures", "corrective-action"),
    ("Performance improvement projects in the lab", "quality-improvement"),
    ("Westgard 10x rule", "westgard-10x"),
    ("cfDNA testing in lung cancer", "liquid-biopsy"),
    ("ISO 35001 certified biorisk management system", "iso-35001"),
    ("NYS permit for the clinical laboratory", "nysdoh-clep"),
    ("Alternative assessment for analytes without PT", "alternative-assessment"),
    ("Joint Commission EC standards", "tjc-environment-of-care"),
    ("DNV hospital accreditation survey", "dnv"),
    ("Third party service provider for imaging equipment", "independent-service-organization"),
    ("COLA accredited laboratory", "cola"),
    ("QC control chart review", "levey-jennings"),
    ("Systematic error shown by QC shifts", "qc-error-analysis"),
    ("Correlation study between the two analyzers", "method-comparison"),
    ("Coefficient of variation of QC controls", "precision-study"),
    ("Internal audit of the laboratory QMS", "audits"),
    ("Maintenance log for the lab centrifuge", "lab-records"),
    ("Risk management under ISO 14971", "risk-management-quality"),
]


def test_forms_guarded_in_the_fourth_sweep_still_count_in_their_own_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_FOURTH_SWEEP_STILL_COUNT_IN_THEIR_OWN_SENSE_CASES, line_check(checker))
