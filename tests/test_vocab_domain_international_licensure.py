"""International licensing and credential verification terms (vocab/international-licensure.yaml): the Gulf
health regulators' licences and their licensing exams (DHA, DOH Abu Dhabi and HAAD, MOHAP, SCFHS, Qatar DHP
and QCHP, Bahrain NHRA, Oman MOH and OMSB, Kuwait MOH), primary source verification and DataFlow, the
Certificate of Good Standing, degree attestation and the UAE PQR; other countries' registers (CORU and ACSLM,
HPCSA, Hong Kong, India, Canadian provincial colleges and the CSMLS PLA, Nigeria, Kenya, Ghana, Malaysia, the
Saudi Council of Engineers, the Philippine MTLE); foreign credential evaluation (NACES, AICE, WES, ECE, Josef
Silny, IERF, SpanTran, the Canadian ECA, UK ENIC), VisaScreen and the English tests. Each concept is found in
its own sense; every guarded form is refused in the other sense (the US Defense Health Agency and
docosahexaenoic acid beside DHA, a Florida or Philippine DOH, another country's MOH, drag racing's NHRA,
Google Cloud Dataflow, a pressure safety valve, a welding PQR, Southern California Edison and sister
chromatid exchange, early childhood education, the Cambridge AICE Diploma); a licence named as in process or
eligible is pursued, and a passed exam is not the licence.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_CASES = [
    # Gulf licences
    ("Valid GCC license for laboratory technologist", "gcc-health-license", True),
    ("Holds a Gulf health license (laboratory)", "gcc-health-license", True),
    ("GCC license with runtime exception for the compiler", "gcc-health-license", False),
    ("Gulf license for medical technologists", "gcc-health-license", True),
    ("Gulf Coast license for the charter boat, medical kit on board", "gcc-health-license", False),
    ("Middle East license as laboratory technologist", "gcc-health-license", True),
    ("UAE licensed Medical Laboratory Technologist", "uae-health-license", True),
    ("UAE driving license holder", "uae-health-license", False),
    ("Valid DHA license as Medical Laboratory Technologist", "dha-license", True),
    ("Licensed by DHA (Dubai) as Clinical Laboratory Technologist", "dha-license", True),
    ("Dubai Health Authority licensed technologist", "dha-license", True),
    ("DHA/DOH/MOH license required", "dha-license", True),
    ("Managed DMLSS work orders for the DHA", "dha-license", False),
    ("Defense Health Agency (DHA) licensed software for TRICARE", "dha-license", False),
    ("DHA license renewals for Army medical logistics", "dha-license", False),
    ("Omega-3 DHA and EPA supplements", "dha-license", False),
    ("DHA levels measured by LC-MS/MS in our Dubai lab", "dha-license", False),
    ("Passed DHA exam 2016", "dha-license", False),
    ("Passed DHA exam 2016", "dha-exam", True),
    ("DOH Abu Dhabi licensed Medical Technologist", "doh-abu-dhabi-license", True),
    ("HAAD licensed Medical Technologist, 2015", "doh-abu-dhabi-license", True),
    ("DHA/DOH/MOH license required", "doh-abu-dhabi-license", True),
    ("DOH license (UAE) as Medical Laboratory Scientist", "doh-abu-dhabi-license", True),
    ("Florida DOH license for clinical laboratory", "doh-abu-dhabi-license", False),
    ("Worked in a DOH-licensed laboratory in Manila", "doh-abu-dhabi-license", False),
    ("Passed HAAD exam 2016", "doh-abu-dhabi-license", False),
    ("Passed HAAD exam 2016", "doh-abu-dhabi-exam", True),
    ("DOH exam passed for Abu Dhabi", "doh-abu-dhabi-exam", True),
    ("Florida DOH exam for the clinical laboratory license", "doh-abu-dhabi-exam", False),
    ("MOHAP licensed Medical Laboratory Technologist", "mohap-license", True),
    ("DHA/DOH/MOH license required", "mohap-license", True),
    ("MOH license (UAE), Sharjah", "mohap-license", True),
    ("Kuwait MOH license, Dubai recruiter", "mohap-license", False),
    ("Saudi MOH licensed technologist, moved to Dubai", "mohap-license", False),
    ("Passed the MOHAP exam", "mohap-exam", True),
    ("MOH exam passed for Sharjah (UAE)", "mohap-exam", True),
    ("Saudi MOH exam, later moved to Dubai", "mohap-exam", False),
    ("Saudi Council licensed Laboratory Specialist", "scfhs-classification", True),
    ("SCFHS classification as Senior Specialist", "scfhs-classification", True),
    ("Saudi license as laboratory specialist", "scfhs-classification", True),
    ("Saudi driving license", "scfhs-classification", False),
    ("Passed SCFHS exam", "scfhs-classification", False),
    ("Passed Saudi Prometric exam", "scfhs-exam", True),
    ("QCHP licensed Medical Technologist at Hamad Medical Corporation", "qatar-dhp-license", True),
    ("Qatar DHP license", "qatar-dhp-license", True),
    ("DHP licensed technologist, Hamad Medical Corporation, Doha", "qatar-dhp-license", True),
    ("Qatar license as medical technologist", "qatar-dhp-license", True),
    ("Qatar driving license", "qatar-dhp-license", False),
    ("DHP calcium channel blockers reviewed for a Doha clinic", "qatar-dhp-license", False),
    ("Passed the QCHP exam", "qatar-dhp-license", False),
    ("Passed the QCHP exam", "qatar-dhp-exam", True),
    ("DHP exam passed (Qatar)", "qatar-dhp-exam", True),
    ("NHRA licensed technologist in Bahrain", "nhra-license", True),
    ("NHRA license, Bahrain, medical laboratory", "nhra-license", True),
    ("Bahrain license as laboratory technologist", "nhra-license", True),
    ("NHRA competition license for drag racing", "nhra-license", False),
    ("Crew chief on an NHRA funny car team, hospital biomedical day job", "nhra-license", False),
    ("NHRA exam passed in Bahrain", "nhra-exam", True),
    ("NHRA exam for the drag racing licence, hospital biomedical day job", "nhra-exam", False),
    ("Oman MOH license and OMSB exam passed", "oman-moh-license", True),
    ("Oman license as laboratory technologist", "oman-moh-license", True),
    ("Oman MOH license and OMSB exam passed", "omsb-exam", True),
    ("OMSB passed, Muscat", "omsb-exam", True),
    ("Kuwait MOH license", "kuwait-moh-license", True),
    ("Kuwait license as laboratory technologist", "kuwait-moh-license", True),
    ("Kuwait driving license", "kuwait-moh-license", False),
    ("Prometric exam passed for Dubai", "gulf-licensing-exam", True),
    ("Prometric passer (Saudi)", "gulf-licensing-exam", True),
    ("Sat the CBET exam at a Prometric exam center", "gulf-licensing-exam", False),
    ("Pearson VUE exam for the DOH in Abu Dhabi", "gulf-licensing-exam", True),
    ("ASCP exam at a Pearson VUE exam centre in Dubai", "gulf-licensing-exam", False),
    # verification, good standing, attestation, PQR
    ("Primary source verification completed", "primary-source-verification", True),
    ("PSV completed through DataFlow", "primary-source-verification", True),
    ("Tested PSV relief valves on the boilers", "primary-source-verification", False),
    ("PSV licence for the bus fleet, credentials checked", "primary-source-verification", False),
    ("DataFlow verification completed for DHA", "dataflow-verification", True),
    ("DataFlow Group report received", "dataflow-verification", True),
    ("DataFlow verified degree and experience certificate", "dataflow-verification", True),
    ("Built Google Cloud Dataflow pipelines", "dataflow-verification", False),
    ("Dataflow analysis of the LIS interface code", "dataflow-verification", False),
    ("Certificate of Good Standing from PRC", "certificate-of-good-standing", True),
    ("Certificate of Current Professional Status from the HCPC", "certificate-of-good-standing", True),
    ("CGS from the licensing board submitted to DHA", "certificate-of-good-standing", True),
    ("CGS units in physics", "certificate-of-good-standing", False),
    ("Attested degree certificate (MOFA)", "degree-attestation", True),
    ("Attested certificates (degree, UAE embassy)", "degree-attestation", True),
    ("Attested certificates of calibration", "degree-attestation", False),
    ("As per DHA PQR", "uae-pqr", True),
    ("Unified Healthcare Professional Qualification Requirements", "uae-pqr", True),
    ("Wrote WPS and PQR for welding", "uae-pqr", False),
    # other countries' registers
    ("CORU registered Medical Scientist (Ireland)", "coru-registration", True),
    ("CORU registered Medical Scientist (Ireland)", "coru-medical-scientist", True),
    ("Member of the ACSLM", "acslm-membership", True),
    ("Registered with the HPCSA", "hpcsa-registration", True),
    ("HPCSA registered Medical Technologist", "hpcsa-medical-technologist", True),
    ("Hong Kong registered MLT (Part I)", "hk-mlt-registration", True),
    ("Registered with the State Paramedical Council", "india-paramedical-council-registration", True),
    ("NCAHP registration", "ncahp-registration", True),
    ("Registered with SSMLT and CSMLS", "ssmlt", True),
    ("CMLTM registrant", "cmltm", True),
    ("NSCMLT registered MLT", "nscmlt", True),
    ("NBSMLT registered MLT", "nbsmlt", True),
    ("Completed the CSMLS PLA", "csmls-pla", True),
    ("Passed the MTLE in 2012", "prc-mtle", True),
    ("PRC board exam passer, medical technology", "prc-mtle", True),
    ("PRC board exam for engineers", "prc-mtle", False),
    ("Saudi Council of Engineers membership", "sce-membership", True),
    ("SCE accredited biomedical engineer, Riyadh", "sce-membership", True),
    ("SCE utility rebate program", "sce-membership", False),
    ("SCE membership through Southern California Edison, engineer", "sce-membership", False),
    ("Sister chromatid exchange (SCE) assays in Riyadh", "sce-membership", False),
    ("MLSCN licensed Medical Laboratory Scientist", "mlscn-registration", True),
    ("KMLTTB registered", "kmlttb-registration", True),
    ("Registered with the Allied Health Professions Council, Ghana", "ghana-ahpc-registration", True),
    ("MAHPC registration", "mahpc-registration", True),
    # foreign credential evaluation and English tests
    ("Foreign transcript evaluation (course-by-course)", "foreign-credential-evaluation", True),
    ("NACES member agency evaluation required", "naces-evaluation", True),
    ("AICE evaluation", "aice-evaluation", True),
    ("Foreign degree evaluated by AICE member agency", "aice-evaluation", True),
    ("Cambridge AICE Diploma", "aice-evaluation", False),
    ("AICE diploma courses, credential in biology", "aice-evaluation", False),
    ("Foreign degree evaluated by WES (course-by-course)", "wes-evaluation", True),
    ("WES evaluation", "wes-evaluation", True),
    ("Installed the WES water system in the dialysis unit", "wes-evaluation", False),
    ("Course-by-course evaluation by ECE", "ece-evaluation", True),
    ("Educational Credential Evaluators report", "ece-evaluation", True),
    ("B.S. in ECE, 2015", "ece-evaluation", False),
    ("ECE teacher in a preschool classroom", "ece-evaluation", False),
    ("ECE evaluation of the preschool program", "ece-evaluation", False),
    ("ECE degree, foreign transcripts on request", "ece-evaluation", False),
    ("Josef Silny & Associates", "josef-silny-evaluation", True),
    ("IERF evaluation for California CLS", "ierf-evaluation", True),
    ("SpanTran evaluation", "spantran-evaluation", True),
    ("ECA from WES for Express Entry", "canada-eca", True),
    ("ECA cell lines for the credential of the assay", "canada-eca", False),
    ("VisaScreen certificate (CGFNS)", "visascreen", True),
    ("Healthcare Worker Certificate for H-1B", "visascreen", True),
    ("Healthcare worker certificate of COVID-19 vaccination", "visascreen", False),
    ("UK NARIC statement of comparability", "uk-enic-comparability", True),
    ("IELTS Academic 7.5", "ielts", True),
    ("TOEFL iBT 100", "toefl", True),
]

_STATUS_CASES = [
    ("DHA license in process", "Valid DHA license", "dha-license", "in_progress"),
    ("DHA eligibility letter", "Valid DHA license", "dha-license", "in_progress"),
    ("DHA licensed Medical Technologist", "Valid DHA license", "dha-license", "literal"),
    ("HAAD licensed MT", "Valid DOH license (Abu Dhabi)", "doh-abu-dhabi-license", "synonym"),
    ("Passed HAAD exam", "Valid DOH license (Abu Dhabi)", "doh-abu-dhabi-license", "missing"),
    ("Passed HAAD exam", "DOH Abu Dhabi exam", "doh-abu-dhabi-exam", "synonym"),
    ("Applying for SCFHS classification", "SCFHS classification", "scfhs-classification", "in_progress"),
    ("Saudi Council licensed", "SCFHS classification", "scfhs-classification", "synonym"),
    ("QCHP licensed", "Qatar DHP license", "qatar-dhp-license", "synonym"),
    ("DHA licensed MT", "Passed Prometric exam for the UAE", "gulf-licensing-exam", "related"),
    (
        "DHA licensed Medical Technologist",
        "Primary source verification (PSV) completed for DHA",
        "primary-source-verification",
        "related",
    ),
    ("DHA licensed, 2019", "GCC health license", "gcc-health-license", "related"),
    ("WES evaluation of my BSc", "Foreign degree evaluated by a NACES member", "naces-evaluation", "related"),
    ("VisaScreen pending", "VisaScreen certificate", "visascreen", "in_progress"),
]


def test_international_licensure_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_international_licensure_statuses(checker):
    each_case(_STATUS_CASES, status_check(checker))


def test_international_licensure_filing(vocabulary):
    assert {"uae-health-license", "gcc-health-license"} <= vocabulary.ancestors("dha-license")
    assert {"uae-health-license", "gcc-health-license"} <= vocabulary.ancestors("doh-abu-dhabi-license")
    assert "gcc-health-license" in vocabulary.ancestors("scfhs-classification")
    assert "gulf-licensing-exam" in vocabulary.ancestors("dha-exam")
    assert "dha-license" not in vocabulary.ancestors("dha-exam")
    assert "gcc-health-license" not in vocabulary.ancestors("omsb-exam")
    assert "primary-source-verification" in vocabulary.ancestors("dataflow-verification")
    assert {"naces-evaluation", "foreign-credential-evaluation"} <= vocabulary.ancestors("wes-evaluation")
    assert "foreign-credential-evaluation" in vocabulary.ancestors("uk-enic-comparability")
    assert "provincial-mlt-registration" in vocabulary.ancestors("ssmlt")
    assert "csmls" not in vocabulary.ancestors("csmls-pla")
    assert "coru-registration" in vocabulary.ancestors("coru-medical-scientist")
    assert "hpcsa-registration" in vocabulary.ancestors("hpcsa-medical-technologist")
    assert vocabulary.concepts["dha-license"].category.value == "license"
    assert vocabulary.concepts["dha-exam"].category.value == "credential"
    assert vocabulary.concepts["uae-pqr"].category.value == "standard"


_PROPOSALS = [
    ("Registered with the Health Professions Council of South Africa (HPCSA)", "hcpc-registration", False),
    ("Health Professions Council registered biomedical scientist", "hcpc-registration", True),
    ("Completed the CSMLS PLA in 2025", "csmls", False),
    ("CSMLS certified MLT", "csmls", True),
]


def test_the_curators_proposals_for_existing_concepts(checker, vocabulary):
    """South Africa's council is no UK HCPC; the CSMLS Prior Learning Assessment is no CSMLS certification;
    a PRC registered medical technologist passed the board exam."""
    each_case(_PROPOSALS, line_check(checker))
    assert "prc-mtle" in vocabulary.concepts["prc-rmt"].related
