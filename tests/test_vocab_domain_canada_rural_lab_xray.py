"""Canadian rural laboratory and general radiography (vocab/canada-rural-lab-xray.yaml): combined laboratory
and X-ray technicians, medical radiation technologists and their bodies, Safety Code 35 and provincial
radiation rules, TDG and WHMIS, Routine Practices, provincial laboratory accreditation, radiography
practice words and the small-hospital laboratory's ECG, Holter and troponin work; each guarded form with a
line of another sense."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # combined laboratory and X-ray technicians and lab titles
    (
        "Combined Laboratory and X-ray Technician at a 20-bed rural hospital",
        "combined-lab-xray-technician",
        True,
    ),
    ("Lab/X-ray tech covering nights and call-backs", "combined-lab-xray-technician", True),
    ("Completed the combined lab and X-ray technician program", "combined-lab-xray-technician", True),
    ("Graduated with the CLXT designation in 2015", "clxt-certification", True),
    ("MLA/T at a community hospital laboratory", "medical-laboratory-assistant-technician", True),
    ("Certified by the Ontario Society of Medical Technologists", "osmt-certification", True),
    ("OSMT certified laboratory assistant", "osmt-certification", True),
    ("OSMT members voted on the motion", "osmt-certification", False),
    ("CSMLS MLA certification, 2019", "csmls-mla", True),
    # medical radiation technologists
    ("Medical Radiation Technologist in general radiography", "medical-radiation-technologist", True),
    ("MRT in diagnostic imaging, X-ray and CT", "medical-radiation-technologist", True),
    ("Took the MRT to work in Singapore", "medical-radiation-technologist", False),
    ("CAMRT certified since 2012", "camrt-certification", True),
    ("RTR, CAMRT certified radiological technologist", "camrt-rtr", True),
    ("Replaced the RTR relay in the trunk radio", "camrt-rtr", False),
    ("Registered with the CMRITO in radiography", "cmrito", True),
    ("MRT(R), registered in Ontario", "cmrito-mrt-r", True),
    ("Registered with ACMDTT as a combined laboratory and X-ray technician", "acmdtt", True),
    ("Member in good standing with SAMRT", "samrt", True),
    ("Registered with NBAMRT", "nbamrt", True),
    ("Member of the OTIMROEPMQ since 2010", "otimroepmq", True),
    ("Provincial MRT registration required", "provincial-mrt-registration", True),
    # ECG and Holter
    ("CSCT certified cardiology technologist", "csct-certification", True),
    ("CSCT members", "csct-certification", False),
    ("Performed 12-lead ECGs in emergency", "ecg-acquisition", True),
    ("12 lead EKGs on inpatients", "ecg-acquisition", True),
    ("ECG tech in the cardiology department", "ecg-technician", True),
    ("Holter hookups and removals", "holter-hookup", True),
    # regulations and standards
    ("Daily QC tests as required by Health Canada Safety Code 35", "safety-code-35", True),
    ("SC 35 compliance of the X-ray rooms", "safety-code-35", True),
    ("SC 35 filter on the air handler", "safety-code-35", False),
    ("Prepared the X-ray room for the HARP inspection", "harp-act", True),
    ("Played the harp in the orchestra", "harp-act", False),
    ("Reg. 861 X-ray safety program under the OHSA", "ontario-xray-safety-regulation", True),
    ("Reg. 861 of the city bylaws", "ontario-xray-safety-regulation", False),
    (
        "Alberta Radiation Protection Regulation registration of the X-ray unit",
        "alberta-radiation-protection",
        True,
    ),
    ("Packaged specimens per TDG and IATA rules", "tdg-regulations", True),
    ("Transportation of Dangerous Goods Act compliance", "tdg-regulations", True),
    ("TDG certificate of training, current", "tdg-certification", True),
    ("Transportation of Dangerous Goods (TDG) certificate", "tdg-certification", True),
    ("Transportation of Dangerous Goods (TDG) certificate", "tdg-regulations", False),
    ("Current TDG ticket", "tdg-regulations", False),
    ("WHMIS labels on all secondary containers", "whmis", True),
    ("WHMIS 2015 training completed annually", "whmis-training", True),
    ("Blood components stored per CSA Z902", "csa-z902", True),
    ("Z902 blood storage requirements of the transfusion standard", "csa-z902", True),
    ("Z902 gearbox part", "csa-z902", False),
    ("Federal HPTA licence held by the laboratory", "hpta", True),
    ("HPTA licence with PHAC for CL2 work", "hpta", True),
    ("Laboratory licensed under the LSCCLA", "ontario-lab-licensing-act", True),
    # infection prevention and control
    ("IPAC Routine Practices and hand hygiene", "routine-practices", True),
    ("Routine practices of the front office", "routine-practices", False),
    ("Additional Precautions for contact and droplet isolation", "additional-precautions", True),
    ("Took additional precautions on winter roads", "additional-precautions", False),
    ("Point-of-care risk assessment before each patient interaction", "point-of-care-risk-assessment", True),
    ("PCRA and PPE selection for isolation rooms", "point-of-care-risk-assessment", True),
    ("PCRA championship race", "point-of-care-risk-assessment", False),
    ("Followed PIDAC best practices for cleaning", "pidac-best-practices", True),
    # provincial laboratory accreditation
    ("Provincial laboratory accreditation readiness", "provincial-laboratory-accreditation", True),
    ("CPSA accreditation of the laboratory in Alberta", "cpsa-accreditation", True),
    ("CPSA laboratory standards inspection", "cpsa-accreditation", True),
    ("Passed the PARCA CPSA PACS exam", "cpsa-accreditation", False),
    ("Prepared the lab for the DAP accreditation survey in BC", "bc-dap", True),
    ("DAP staining of nuclei", "bc-dap", False),
    ("MANQAP accreditation of the rural site", "manqap", True),
    ("CPSS Laboratory Quality Assurance Program inspection", "cpss-lqap", True),
    # radiography practice
    ("Radiographic positioning of trauma patients", "radiographic-positioning", True),
    ("Patient positioning for chest and extremity X-rays", "radiographic-positioning", True),
    ("Patient positioning in the OR for spine surgery", "radiographic-positioning", False),
    ("Selected technical factors, kVp and mAs", "exposure-factors", True),
    ("Exposure factors for portable chest", "exposure-factors", True),
    ("Technical factors of the project proposal", "exposure-factors", False),
    ("Updated the technique chart for the X-ray room", "technique-chart", True),
    ("Technique chart for the figure skating team", "technique-chart", False),
    ("Monthly repeat/reject analysis for the DR room", "reject-analysis", True),
    ("Reject rate of DR images dropped to 4%", "reject-analysis", True),
    ("Repeat analysis of STR markers", "reject-analysis", False),
    ("Reject rate on the bottling line", "reject-analysis", False),
    ("Monitored the exposure index on every DR image", "exposure-index", True),
    ("EI values on DR images within the target range", "exposure-index", True),
    ("Tight collimation to reduce patient dose", "xray-collimation", True),
    ("Collimation of the telescope mirror", "xray-collimation", False),
    (
        "Laser collimation on the optical bench for the X-ray crystallography beamline",
        "xray-collimation",
        False,
    ),
    ("Gonadal shielding where indicated", "patient-shielding", True),
    ("Portable chest X-rays in the ER", "chest-radiography", True),
    ("Read CXR reports to the physician", "chest-radiography", True),
    ("Chest films and portable X-ray work", "chest-radiography", True),
    ("Watched films on the chest freezer", "chest-radiography", False),
    ("Extremity X-rays and skull series", "extremity-radiography", True),
    ("Placed lead markers on every X-ray image", "radiographic-markers", True),
    ("Lead markers of the sales pipeline", "radiographic-markers", False),
    ("Anatomical markers in the MRI atlas study", "radiographic-markers", False),
    ("Image critique before sending to PACS", "radiographic-image-evaluation", True),
    ("Image evaluation for the website redesign", "radiographic-image-evaluation", False),
    # small-hospital laboratory
    ("STAT troponin I (cTnI) on the i-STAT", "troponin-i-testing", True),
    ("TnI and CK-MB for chest pain", "troponin-i-testing", True),
    ("TnI", "troponin-i-testing", False),
    ("cTnT on the cobas", "troponin-t-testing", True),
    ("Shipped by TnT Express", "troponin-t-testing", False),
    ("Ordered red cells and platelets from Canadian Blood Services", "canadian-blood-services", True),
    ("CBS blood products and IVIG inventory", "canadian-blood-services", True),
    ("Watched CBS News", "canadian-blood-services", False),
    ("Blood products from Héma-Québec", "hema-quebec", True),
]


def test_canada_rural_lab_xray_concepts_are_filed(vocabulary):
    assert "dot-iata-certification" in vocabulary.ancestors("tdg-certification")
    assert "provincial-mrt-registration" in vocabulary.ancestors("cmrito-mrt-r")
    assert "cmrito" in vocabulary.ancestors("cmrito-mrt-r")
    assert "camrt-certification" in vocabulary.ancestors("camrt-rtr")
    assert "arrt-registration" not in vocabulary.ancestors("camrt-rtr")
    assert "provincial-mrt-registration" in vocabulary.ancestors("acmdtt")
    assert "provincial-mlt-registration" not in vocabulary.ancestors("acmdtt")
    assert "infection-control-practice" in vocabulary.ancestors("routine-practices")
    assert "infection-control-practice" in vocabulary.ancestors("additional-precautions")
    assert "infection-control-practice" in vocabulary.ancestors("point-of-care-risk-assessment")
    for programme in ("cpsa-accreditation", "bc-dap", "manqap", "cpss-lqap"):
        assert "provincial-laboratory-accreditation" in vocabulary.ancestors(programme)
    assert "imaging-qa" in vocabulary.ancestors("reject-analysis")
    assert "imaging-qa" in vocabulary.ancestors("exposure-index")
    assert "radiography" in vocabulary.ancestors("chest-radiography")
    assert "radiography" in vocabulary.ancestors("extremity-radiography")
    assert "troponin-testing" in vocabulary.ancestors("troponin-i-testing")
    assert "troponin-testing" in vocabulary.ancestors("troponin-t-testing")
    assert "hs-troponin" not in vocabulary.ancestors("troponin-i-testing")
    assert "medical-laboratory-assistant" in vocabulary.ancestors("medical-laboratory-assistant-technician")
    assert "mla-certification-other" in vocabulary.ancestors("csmls-mla")
    assert "csmls" not in vocabulary.ancestors("csmls-mla")
    assert "ecg-machine" not in vocabulary.ancestors("ecg-acquisition")
    assert "holter-monitor" not in vocabulary.ancestors("holter-hookup")
    assert vocabulary.concepts["clxt-certification"].category.value == "credential"
    assert vocabulary.concepts["combined-lab-xray-technician"].category.value == "title"


def test_canada_rural_lab_xray_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
