"""Australian and New Zealand health technology and pathology terms (vocab/anz-health-technology.yaml): the
AS/NZS and AS standards, regulators and registers, Engineers Australia grades, state radiation and electrical
licences, pre-employment checks, state health systems and TAFE/AQF qualifications, each read in its own sense
and, where a form is guarded, not in another trade's.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # --- standards ---
    ("Managed the medical equipment program under AS/NZS 3551:2012", "as-nzs-3551", True),
    ("Tested equipment to AS 3551 and IEC 62353", "as-nzs-3551", True),
    ("Scheduled testing of medical equipment to 3551", "as-nzs-3551", True),
    ("Part number 3551 ordered for the pump", "as-nzs-3551", False),
    ("Test and tag to AS/NZS 3760:2022 of ward appliances", "as-nzs-3760", True),
    ("Invoice 3760 paid in March", "as-nzs-3760", False),
    ("Holds a test and tag licence (UEERL0003)", "test-and-tag-competency", True),
    ("Verified RCDs in cardiac-protected areas to AS/NZS 3003:2018", "as-nzs-3003", True),
    ("Room 3003 on level 3", "as-nzs-3003", False),
    ("Electrical testing of body-protected areas in theatres", "body-protected-area", True),
    (
        "Equipotential bonding checks in cardiac-protected areas of the cath lab",
        "cardiac-protected-area",
        True,
    ),
    ("Installations compliant with AS/NZS 3000 (Wiring Rules)", "as-nzs-3000", True),
    ("Electrical work to the Wiring Rules as a licensed electrician", "as-nzs-3000", True),
    ("Followed the house wiring rules of the club", "as-nzs-3000", False),
    ("Reprocessing compliance with AS 5369:2023 in the CSSD", "as-5369", True),
    ("Audited the CSSD against AS/NZS 4187:2014", "as-nzs-4187", True),
    ("Office-based reprocessing per AS/NZS 4815", "as-nzs-4815", True),
    ("Laboratory safety to the AS/NZS 2243 series", "as-nzs-2243", True),
    ("Safety in laboratories for new staff", "as-nzs-2243", False),
    ("PC2 laboratory work per AS/NZS 2243.3:2022", "as-nzs-2243-3", True),
    ("Certified biological safety cabinets to AS 2252.2", "as-2252", True),
    ("Cabinet airflow testing to AS 1807", "as-1807", True),
    # --- regulators, recalls, accreditation ---
    ("Device notifications to Medsafe in the WAND database", "medsafe", True),
    ("Coordinated recalls under the Uniform Recall Procedure for Therapeutic Goods", "urptg", True),
    ("Actioned URPTG hazard alerts", "urptg", True),
    ("ARPANSA codes for X-ray equipment", "arpansa", True),
    ("Accreditation against the NSQHS Standards", "nsqhs-standards", True),
    ("ACHS EQuIPNational accreditation survey", "achs", True),
    ("ACHS class of 2009 valedictorian", "achs", False),
    ("Certified to NZS 8134:2021 Ngā paerewa", "nzs-8134", True),
    ("Medical gas pipeline testing to AS 2896:2021", "as-2896", True),
    ("Compliance with the Therapeutic Goods Act 1989", "therapeutic-goods-act", True),
    ("Assessed devices against the TGA Essential Principles", "tga-essential-principles", True),
    ("Essential Principles of the Christian faith", "tga-essential-principles", False),
    ("Purchasing through HealthShare Victoria contracts", "healthshare-victoria", True),
    ("Health Purchasing Victoria tender evaluation", "healthshare-victoria", True),
    # --- registration and Engineers Australia ---
    ("Current AHPRA registration as a diagnostic radiographer", "ahpra-registration", True),
    ("Registered with the Medical Radiation Practice Board of Australia", "mrpba-registration", True),
    ("Member of Engineers Australia", "engineers-australia-membership", True),
    ("GradIEAust, Engineers Australia", "gradieaust", True),
    ("Member of Engineers Australia (MIEAust)", "mieaust", True),
    ("Fellow of Engineers Australia", "fieaust", True),
    ("Chartered Professional Engineer (CPEng), Engineers Australia", "cpeng-australia", True),
    ("CPEng with Engineering New Zealand", "cpeng-australia", False),
    ("Chartered Professional Engineer, Engineering New Zealand", "cpeng-australia", False),
    ("Chartered Engineering Technologist (CEngT)", "cengt-australia", True),
    ("CPEng and NER registered engineer", "ner-registration", True),
    ("Built NER models for clinical text extraction", "ner-registration", False),
    ("RPEQ registered electrical engineer", "rpeq", True),
    ("Engineers Australia skills assessment via a CDR", "engineers-australia-skills-assessment", True),
    ("Recorded CDR scores for dementia patients", "engineers-australia-skills-assessment", False),
    ("Member IPENZ, CMEngNZ", "engineering-new-zealand-membership", True),
    ("CPEng with Engineering New Zealand", "cpeng-nz", True),
    ("CPEng, Engineers Australia", "cpeng-nz", False),
    ("Chartered Professional Engineer, Engineering New Zealand", "cpeng-nz", True),
    # --- radiation licences ---
    ("NSW EPA radiation user licence for servicing X-ray equipment", "radiation-user-licence", True),
    ("Software user licence renewals for the office", "radiation-user-licence", False),
    ("Holds a radiation management licence for the practice", "radiation-management-licence", True),
    ("Software asset management licence compliance", "radiation-management-licence", False),
    # --- electrical licences ---
    ("Unrestricted electrical licence (NSW)", "unrestricted-electrical-licence", True),
    ("Unrestricted licence in the driving test results", "unrestricted-electrical-licence", False),
    ("Restricted electrical licence for disconnect/reconnect", "restricted-electrical-licence", True),
    ("Restricted licence driving only", "restricted-electrical-licence", False),
    ("Queensland Electrical Mechanic Licence", "electrical-mechanic-licence", True),
    (
        "Qualified Supervisor Certificate - Electrician (NSW Fair Trading)",
        "qualified-supervisor-certificate",
        True,
    ),
    ("Plumbing Qualified Supervisor Certificate", "qualified-supervisor-certificate", False),
    ("Victorian A-grade electrician licence", "a-grade-electrical-licence", True),
    ("EWRB practising licence", "ewrb-registration", True),
    ("EWRB registered Electrical Service Technician", "electrical-service-technician-nz", True),
    ("Electrical Service Technician at Siemens Energy in Houston", "electrical-service-technician-nz", False),
    # --- checks ---
    ("Valid Working with Children Check (WWCC)", "working-with-children-check", True),
    ("ACT Working with Vulnerable People registration", "working-with-children-check", True),
    ("Blue Card for working with children in Queensland", "working-with-children-check", True),
    ("Received the Blue Card award for service", "working-with-children-check", False),
    ("Must hold a current police clearance", "criminal-history-check", True),
    ("Valid National Police Check", "national-police-check", True),
    ("NPC completed, police clearance current", "national-police-check", True),
    ("Played the NPC in the game mod", "national-police-check", False),
    ("NSW Health Category A vaccination compliant", "nsw-health-category-a", True),
    ("Category A hurricane damage", "nsw-health-category-a", False),
    # --- state health systems ---
    ("Documented in the eMR (Cerner PowerChart) at the LHD", "nsw-health-emr", True),
    ("Documented care in the hospital eMR", "nsw-health-emr", False),
    ("Trained clerical staff on the ieMR", "qld-iemr", True),
    ("Queensland Health integrated electronic medical record", "qld-iemr", True),
    ("Vendor selection for an integrated electronic medical record", "qld-iemr", False),
    ("Logged work orders in AFM Online", "afm-online", True),
    ("Biomedical engineer at HealthShare NSW", "healthshare-nsw", True),
    ("InterSystems HealthShare integration", "healthshare-nsw", False),
    # --- TAFE and AQF qualifications ---
    ("Diploma of Electronics, TAFE Queensland", "tafe", True),
    ("Certificate III in Electrotechnology Electrician (UEE30811)", "cert-iii-electrotechnology", True),
    ("Certificate IV in Electronics and Communications (UEE40411)", "cert-iv-electronics", True),
    ("Diploma of Electronics and Communications Engineering", "diploma-of-electronics", True),
    ("Advanced Diploma of Electronics and Communications Engineering", "diploma-of-electronics", False),
    (
        "Advanced Diploma of Electronics and Communications Engineering",
        "advanced-diploma-of-electronics",
        True,
    ),
    ("Bachelor of Engineering Technology (Biomedical)", "bachelor-of-engineering-technology", True),
    ("Diploma of Laboratory Technology (Pathology Testing)", "diploma-of-laboratory-technology", True),
    ("Certificate IV in Laboratory Techniques", "cert-iv-laboratory-techniques", True),
    ("Certificate III in Pathology Collection (HLT37215)", "cert-iii-pathology-collection", True),
    ("Certificate III in Sterilisation Services", "cert-iii-sterilisation-services", True),
    ("Certificate IV in Training and Assessment (TAE40116)", "cert-iv-training-and-assessment", True),
]


def test_anz_health_technology_is_filed_as_what_it_is(vocabulary):
    assert "as-nzs-2243" in vocabulary.ancestors("as-nzs-2243-3")
    assert "ahpra-registration" in vocabulary.ancestors("mrpba-registration")
    for grade in ("gradieaust", "mieaust", "fieaust", "cpeng-australia", "cengt-australia"):
        assert "engineers-australia-membership" in vocabulary.ancestors(grade)
    for licence in (
        "electrical-mechanic-licence",
        "qualified-supervisor-certificate",
        "a-grade-electrical-licence",
    ):
        ancestors = vocabulary.ancestors(licence)
        assert "unrestricted-electrical-licence" in ancestors and "electrical-license" in ancestors
    assert "electrical-license" in vocabulary.ancestors("restricted-electrical-licence")
    assert "unrestricted-electrical-licence" not in vocabulary.ancestors("restricted-electrical-licence")
    assert "ewrb-registration" in vocabulary.ancestors("electrical-service-technician-nz")
    assert "criminal-history-check" in vocabulary.ancestors("national-police-check")
    assert {"cerner", "ehr"} <= set(vocabulary.ancestors("nsw-health-emr"))
    assert {"cerner", "ehr"} <= set(vocabulary.ancestors("qld-iemr"))
    assert "cmms" in vocabulary.ancestors("afm-online")
    assert "bachelors-degree" in vocabulary.ancestors("bachelor-of-engineering-technology")
    assert "diploma-of-electronics" not in vocabulary.ancestors("advanced-diploma-of-electronics")
    assert "as-5369" not in vocabulary.ancestors("as-nzs-4187")
    assert not vocabulary.ancestors("body-protected-area") & {"cardiac-protected-area"}


def test_anz_health_technology_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
