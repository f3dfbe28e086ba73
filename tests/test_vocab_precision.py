"""Credential, licence and degree precision of the shipped vocabulary: each example says what a line holds."""

from __future__ import annotations

import pytest

from resumefit.models import Status
from tests.conftest import text_document


def held(matcher, text: str) -> set[str]:
    return {m.concept_id for m in matcher.find(text_document(text)) if not m.in_progress}


def pursued(matcher, text: str) -> set[str]:
    return {m.concept_id for m in matcher.find(text_document(text)) if m.in_progress}


# (resume line, concepts it should hold, concepts it must not hold)
CASES = [
    # 1. held vs pursued
    ("MLS(ASCP), 2019", {"mls-ascp"}, set()),
    ("MLS(ASCP) eligible", set(), {"mls-ascp"}),
    ("ASCP eligible", set(), {"ascp-certification"}),
    ("CBET candidate", set(), {"cbet"}),
    ("Pursuing CRES through AAMI", set(), {"cres"}),
    ("MLS(ASCP) exam scheduled for June 2027", set(), {"mls-ascp"}),
    ("MLT(AMT) in progress", set(), {"mlt-amt"}),
    ("Certifications: CBET, CRES (in progress)", {"cbet"}, {"cres"}),
    ("Technologist in Chemistry (ASCP) exam scheduled", set(), {"c-ascp"}),
    # 2. licences by level
    ("Florida technologist license", {"fl-technologist-license"}, {"fl-trainee-license"}),
    ("Florida trainee license", {"fl-trainee-license"}, {"fl-technologist-license"}),
    ("Florida clinical laboratory supervisor license", {"fl-supervisor-license"}, {"fl-technician-license"}),
    ("California CPT I", {"ca-cpt1"}, {"ca-cpt2"}),
    ("California CPT II", {"ca-cpt2"}, {"ca-cpt1"}),
    ("Limited Phlebotomy Technician (LPT)", {"ca-lpt"}, {"ca-cpt1", "ca-cpt2"}),
    ("NYS CLS license", {"ny-clinical-laboratory-technologist-license"}, {"ca-cls-license"}),
    ("NYS licensed CLT", {"ny-clinical-laboratory-technologist-license"}, set()),
    ("California CLS license", {"ca-cls-license"}, {"ny-clinical-laboratory-technologist-license"}),
    ("Licensure eligible", set(), {"state-lab-license"}),
    ("California CLS licensure eligible", set(), {"ca-cls-license"}),
    # 3. lumped credentials split
    ("SSCP", {"sscp"}, {"cissp"}),
    ("CISSP", {"cissp"}, {"sscp"}),
    ("CAPM", {"capm"}, {"pmp"}),
    ("PMP certified", {"pmp"}, {"capm"}),
    ("EngTech registered", {"engtech"}, {"ceng"}),
    ("CEng MIET", {"ceng"}, {"engtech"}),
    ("ARMRIT registered MRI technologist", {"armrit"}, {"arrt-mr"}),
    ("OSHA 10-hour card, 2022", {"osha-10"}, {"osha-30"}),
    ("OSHA 30 card", {"osha-30"}, {"osha-10"}),
    ("CompTIA Linux+", {"comptia-linux-plus"}, {"comptia-server-plus", "comptia-cloud-plus"}),
    ("Server+ certified", {"comptia-server-plus"}, {"comptia-linux-plus", "comptia-cloud-plus"}),
    ("CompTIA Cloud+", {"comptia-cloud-plus"}, {"comptia-server-plus", "comptia-linux-plus"}),
    # the second sample review (2026-12-05)
    ("Completed a CAMPEP-accredited residency", set(), {"physics-degree"}),
    ("B.S., Physics, 2016", {"physics-degree"}, set()),
    ("Calibrated ventilators with a Fluke VT305", {"fluke-vt305"}, {"fluke-vt-mobile", "fluke-vt-plus-hf"}),
    ("VT PLUS HF gas flow analyzer", {"fluke-vt-plus-hf"}, {"fluke-vt-mobile", "fluke-vt305"}),
    ("Equipment validation of a new line", {"instrument-validation-setup"}, {"method-validation"}),
    ("ASTM E1381 framing", {"clsi-lis1"}, {"clsi-lis2"}),
    ("LIS2-A2 interface", {"clsi-lis2"}, {"clsi-lis1"}),
    ("Ran the ACCELERATOR APS", {"abbott-accelerator-aps"}, {"abbott-accelerator-a3600"}),
    ("Abbott a3600 track", {"abbott-accelerator-a3600"}, {"abbott-accelerator-aps"}),
    ("Repaired LigaSure handpieces", {"ligasure"}, {"valleylab"}),
    ("Valleylab FT10 generators", {"valleylab"}, {"ligasure"}),
    ("NMTCB certified in CT, 2021", {"nmtcb-certification"}, {"cnmt"}),
    ("CNMT, 2019", {"cnmt"}, set()),
    ("Low voltage license (limited energy)", {"low-voltage-license"}, {"electrical-license"}),
    ("Datrend vPad-Check safety analyzer", {"datrend-vpad-check"}, {"datrend-es601"}),
    ("mAs meter and dosimeter checks", {"mas-meter"}, {"kvp-meter"}),
    ("Solid-phase extraction of urine", {"solid-phase-extraction"}, {"solid-phase"}),
    ("Solid phase antibody screens on Capture-R", {"solid-phase"}, {"solid-phase-extraction"}),
    ("SPE plates for LC-MS/MS", {"solid-phase-extraction"}, {"solid-phase"}),
    ("R.T.(MR)(ARRT)", {"arrt-mr"}, {"armrit"}),
    # 4. degrees need a degree word
    ("B.S. in Biology, State University", {"science-degree"}, set()),
    ("Taught high school biology labs", set(), {"science-degree"}),
    ("Life sciences recruiting fair volunteer", set(), {"science-degree"}),
    ("Bachelor of Science, Life Sciences", {"science-degree"}, set()),
    # 5. clearance
    ("Public trust position (Tier 4)", {"public-trust"}, {"secret-clearance", "security-clearance"}),
    ("Passed a federal background investigation", set(), {"secret-clearance"}),
    ("Active Secret clearance", {"secret-clearance"}, {"public-trust"}),
    # 6. wrong relations
    ("Maintained laboratory equipment", {"laboratory-equipment"}, {"laboratory-analyzer"}),
    ("Did planned maintenance and repairs on pumps", {"preventive-maintenance"}, {"corrective-maintenance"}),
    ("Performed maintenance and repairs on pumps", {"corrective-maintenance"}, set()),
    ("Passed the annual safety inspection", set(), {"electrical-safety-testing"}),
    ("Electrical safety inspections per NFPA 99", {"electrical-safety-testing"}, set()),
    ("Wrote CAPs (corrective action plans) after audits", set(), {"cap"}),
    ("Prepared the lab for CAP inspections", {"cap"}, set()),
    ("Calibrated with a BC Group ESU-2400", {"bc-group-esu-2400"}, set()),
    ("Cyber-security awareness training", {"cybersecurity"}, {"medical-device-cybersecurity"}),
    ("Serviced CT", {"computed-tomography"}, set()),
    ("Siemens CT", {"computed-tomography"}, set()),
    ("Lakeside Hospital, Hartford, CT 06101", set(), {"computed-tomography"}),
    ("Hartford, CT", set(), {"computed-tomography"}),
    # 7. product families
    ("Loaded tubes on the Accelerator a3600", {"abbott-accelerator-a3600"}, {"roche-cobas-automation"}),
    ("cobas connection modules", {"roche-cobas-connection-module"}, {"abbott-accelerator-a3600"}),
    ("HemoCue Hb 201+", {"hemocue"}, {"hemochron"}),
    ("Hemochron Signature Elite ACT", {"hemochron"}, {"hemocue"}),
    ("Fujifilm Amulet Innovality", {"fujifilm-amulet"}, {"siemens-mammomat"}),
    # 8. new terms
    ("Device interoperability projects", {"interoperability"}, set()),
    ("Secure development to IEC 81001-5-1", {"iec-81001-5-1"}, set()),
    ("UDI labeling", {"udi"}, set()),
    ("EU MDR and IVDR technical files", {"eu-mdr", "eu-ivdr"}, set()),
    ("Validated SaMD releases", {"samd"}, set()),
    ("BCMA scanners", {"bcma"}, set()),
    ("Rhapsody, Cloverleaf, Mirth Connect and Corepoint", {"rhapsody", "cloverleaf", "corepoint"}, set()),
    ("Mapped LOINC and SNOMED CT codes", {"loinc", "snomed-ct"}, set()),
    ("ISO 22870 and ISO 35001", {"iso-22870", "iso-35001"}, set()),
    ("MRD by flow cytometry; cfDNA liquid biopsy", {"mrd-testing", "liquid-biopsy"}, set()),
    ("Computational pathology validation", {"computational-pathology"}, set()),
    ("Remote monitoring of imaging equipment", {"remote-service"}, set()),
    ("Predictive maintenance analytics", {"predictive-maintenance"}, {"preventive-maintenance"}),
    ("Radiation dose monitoring with DoseWatch", {"radiation-dose-monitoring"}, set()),
    ("Tested to 60601 and 62353", {"iec-60601"}, set()),
    ("Ran blood gases on the epoc", {"siemens-epoc"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_a_line_holds_only_what_it_says(matcher, text, present, absent):
    found = held(matcher, text)
    assert present <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("MLS(ASCP) eligible", "mls-ascp"),
        ("CBET candidate", "cbet"),
        ("pursuing CRES", "cres"),
        ("Eligible for the ASCP MLS exam", "mls-ascp"),
        ("Florida technologist license pending", "fl-technologist-license"),
    ],
)
def test_a_pursued_credential_is_named_in_progress(matcher, text, concept):
    assert concept in pursued(matcher, text)


def _term(checker, resume: str, posting: str, concept: str):
    report = checker.check_documents(text_document(resume), text_document(posting, "posting.txt"))
    return next(t for t in report.terms if t.requirement.concept_id == concept), report


def test_an_eligible_resume_is_in_progress_with_exam_advice_and_no_credit(checker):
    posting = "Requirements:\n- MLS(ASCP) certification required\n- Experience with Sysmex XN"
    term, report = _term(checker, "Certifications\nMLS(ASCP) eligible, exam June 2027", posting, "mls-ascp")
    assert term.status is Status.IN_PROGRESS
    k001 = [f for f in report.findings if f.code == "K001" and "MLS(ASCP)" in f.message]
    assert k001 and "in progress" in k001[0].message
    assert "expect to sit the exam" in k001[0].hint
    held_term, _ = _term(checker, "Certifications\nMLS(ASCP), 2019", posting, "mls-ascp")
    assert held_term.status is Status.LITERAL
    assert (
        report.score.total
        < checker.check_documents(
            text_document("Certifications\nMLS(ASCP), 2019"), text_document(posting, "posting.txt")
        ).score.total
    )


def test_a_broader_credential_in_progress_makes_the_requirement_in_progress(checker):
    term, _ = _term(checker, "ASCP eligible (MLS)", "Required: MLS(ASCP) certification", "mls-ascp")
    assert term.status is Status.IN_PROGRESS


def test_a_held_credential_wins_over_the_same_one_in_progress(checker):
    resume = "Summary: MLS(ASCP) eligible new graduate\nCertifications\nMLS(ASCP), 2024"
    term, _ = _term(checker, resume, "Required: MLS(ASCP)", "mls-ascp")
    assert term.status is Status.LITERAL


def test_a_lab_instrument_maintenance_answers_a_lab_posting_but_not_a_bmet_one(checker):
    lab = "Required:\n- Perform preventive maintenance on Sysmex XN and cobas analyzers\n- MLS(ASCP)"
    bmet = "Required:\n- Perform preventive maintenance on infusion pumps and ventilators\n- CBET"
    resume = "Performed daily and weekly instrument maintenance on analyzers"
    assert _term(checker, resume, lab, "preventive-maintenance")[0].status is Status.SYNONYM
    assert _term(checker, resume, bmet, "preventive-maintenance")[0].status is Status.MISSING


def test_a_json_report_carries_the_in_progress_status_and_xrefs(checker):
    from resumefit.reporters.json import report_to_dict

    posting = "Medical Laboratory Scientist\nRequired: MLS(ASCP)"
    resume = text_document("MLS(ASCP) eligible")
    report = checker.check_documents(resume, text_document(posting, "posting.txt"))
    data = report_to_dict(report)
    assert data["summary"]["in_progress"] == 1
    assert [t["status"] for t in data["terms"] if t["concept_id"] == "mls-ascp"] == ["in_progress"]
    assert all(isinstance(t["xrefs"], dict) for t in data["terms"])


def test_clinical_engineering_and_htm_answer_for_each_other(checker):
    for posting, resume in (
        ("Healthcare Technology Management", "Five years in clinical engineering"),
        ("clinical engineering", "Five years in Healthcare Technology Management (HTM)"),
    ):
        text = f"Biomedical Equipment Technician\nRequired:\n- {posting} experience"
        report = checker.check_documents(
            text_document(f"Summary\n{resume}"), text_document(text, "posting.txt")
        )
        term = next(t for t in report.terms if posting.lower() in t.requirement.posting_form.lower())
        assert term.status is Status.SYNONYM


def test_osha_30_answers_osha_10_but_not_the_other_way_round(checker):
    ten = "Required:\n- OSHA 10 card"
    thirty = "Required:\n- OSHA 30 card"
    assert _term(checker, "Safety: OSHA 30 card, 2023", ten, "osha-10")[0].status is Status.RELATED
    assert _term(checker, "Safety: OSHA 10 card, 2023", thirty, "osha-30")[0].status is Status.MISSING


def test_vlans_are_a_narrower_way_of_segmenting_a_network(checker):
    posting = "Required:\n- Network segmentation of clinical devices"
    term, _ = _term(checker, "Built medical device VLANs for 1,200 pumps", posting, "network-segmentation")
    assert term.status is Status.RELATED
