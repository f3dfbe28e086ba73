"""Faults pass 16 (lot 4) found in laboratory instruments and techniques, each with the line that showed it
and one of the concept's own sense: another trade's words on a name or model code (the STAR interview
method and STAR awards read as the Stago STA-R, an AU$ day rate as the AU680, an asset-based lending
facility as the ABL90; a water plant's jar tests, dairy, rubber and heat coagulation tests and an
electrosurgical unit's coagulation output test as blood clotting tests; a food plant's allergen ELISA as
direct antigen detection); short model codes inside addresses, rooms and course codes (Flat B 221, Plan
B 123, Room XN 10, Course CAL 8000); a model family filed under the kind of only some of its models
(Ortho VITROS, whose 3600 runs immunoassay only and whose 4600 chemistry only, under the integrated
chemistry and immunoassay systems); and guards or forms too narrow for the concept's own wording (spaced
model numbers such as "CA 660", "BC 6800", "STA-R Max 3", and the Centaur beside Atellica or TSH).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Used the STAR method to answer behavioural interview questions", "stago-sta-r-evolution", False),
    ("STAR award winner 2021 for customer service", "stago-sta-r-evolution", False),
    ("Performed PT/INR on the STA-R", "stago-sta-r-evolution", True),
    ("Maintained STA-R analyzers for Stago", "stago-sta-r-evolution", True),
    ("Instruments: STA-R, ACL TOP, CA-1500", "stago-sta-r-evolution", True),
    ("Plan B 123 for the outage", "roche-cobas-b123", False),
    ("Block B 123, Sector 5, Noida", "roche-cobas-b123", False),
    ("Maintained the b 221 and b 123 in the ICU", "roche-cobas-b123", True),
    ("Flat B 221, Green Park", "roche-cobas-b221", False),
    ("Exhibit B 221 of the contract", "roche-cobas-b221", False),
    ("Operated cobas b 221 blood gas analyzers", "roche-cobas-b221", True),
    ("Omni S blood gas analyzer in the ICU", "roche-cobas-b221", True),
    ("Omni S switch port configuration", "roche-cobas-b221", False),
    ("Appendix U 601 of the permit", "roche-cobas-u-601", False),
    ("Ran Roche u 601 urine strips", "roche-cobas-u-601", True),
    ("Contract rate AU 680 per day", "beckman-au680", False),
    ("Building AU 680, north campus", "beckman-au680", False),
    ("Calibrated the AU 680 chemistry analyzer", "beckman-au680", True),
    ("Beckman AU-680 and AU5800", "beckman-au680", True),
    ("Structured an ABL 90 day revolver facility", "radiometer-abl90", False),
    ("Course ABL 90 Leadership", "radiometer-abl90", False),
    ("ABL90 FLEX blood gas analyzers", "radiometer-abl90", True),
    ("ABL 800 blood gas analyzer", "radiometer-abl800", True),
    ("Room XN 10, east wing", "sysmex-xn-10", False),
    ("Sysmex XN-10 and XN-20 modules", "sysmex-xn-10", True),
    ("Room XN 20, east wing", "sysmex-xn-20", False),
    ("XN 20 module with the body fluid channel", "sysmex-xn-20", True),
    ("Unit IM 1600, Business Park", "siemens-atellica-im-1600", False),
    ("Atellica IM 1600 analyzers", "siemens-atellica-im-1600", True),
    ("Course CAL 8000 calculus", "mindray-cal-8000", False),
    ("Mindray CAL 8000 line", "mindray-cal-8000", True),
    ("Form ISE 1800 filed", "roche-cobas-ise-1800", False),
    ("Replaced electrodes on the ISE 1800 module", "roche-cobas-ise-1800", True),
    ("Sysmex CA 660 coagulation analyzer", "sysmex-ca-660", True),
    ("CA 1500 coagulation analyzer", "sysmex-ca-1500", True),
    ("Sysmex CA 620", "sysmex-ca-620", True),
    ("CA 600 series coag", "sysmex-ca-600", True),
    ("Sysmex CN 6000", "sysmex-cn-6000", True),
    ("CN 3000 coagulation analyzer", "sysmex-cn-3000", True),
    ("Mindray BC 6800", "mindray-bc-6800", True),
    ("BC 5390 hematology analyzer", "mindray-bc-5390", True),
    ("BS 2000M chemistry", "mindray-bs-2000m", True),
    ("CL 900i", "mindray-cl-900i", True),
    ("CL 1200i", "mindray-cl-1200i", True),
    ("Tosoh AIA 360", "tosoh-aia-360", True),
    ("AIA 360 immunoassay analyzer", "tosoh-aia-360", True),
    ("Completed AIA 360 contract documents", "tosoh-aia-360", False),
    ("Tosoh AIA CL2400", "tosoh-aia-cl2400", True),
    ("Instruments: CA 1500, XN 1000, BC 6800", "sysmex-ca-1500", True),
    ("Instruments: CA 1500, XN 1000, BC 6800", "mindray-bc-6800", True),
    ("Lab instruments: CN 6000 and AIA 360", "sysmex-cn-6000", True),
    ("BC 6800 rebate for the heat pump", "mindray-bc-6800", False),
    ("BioPlex2200 syphilis screening", "biorad-bioplex", True),
    ("STA-R Max 3 coag analyzer", "stago-sta-r-max-3", True),
    ("STA-R Max 2 coag analyzer", "stago-sta-r-max-2", True),
    ("Performed daily maintenance on Centaur and Atellica", "siemens-advia-centaur", True),
    ("Ran TSH and free T4 on the Centaur", "siemens-advia-centaur", True),
    ("Atlas V Centaur upper stage integration", "siemens-advia-centaur", False),
    ("Performed coagulation tests and jar testing to optimise alum dose", "coagulation-testing", False),
    (
        "Coagulation assays for the drinking water plant: flocculation and settling",
        "coagulation-testing",
        False,
    ),
    ("Ran coagulation tests (PT, APTT, fibrinogen) on the STA-R", "coagulation-testing", True),
    ("Routine coagulation, urinalysis and hematology", "coagulation-testing", True),
    ("ESU coagulation testing with the Fluke analyzer", "coagulation-testing", False),
    ("Hemostasis testing of the surgical sealant in porcine models", "coagulation-testing", False),
    ("Hemostasis testing including platelet function", "coagulation-testing", True),
    ("Milk coagulation testing for cheese yield with rennet", "coagulation-testing", False),
    ("Coagulation tests of latex concentrate in the rubber plant", "coagulation-testing", False),
    ("Thermal coagulation testing of egg protein", "coagulation-testing", False),
    ("Coagulation tests on citrated plasma from the ED", "coagulation-testing", True),
    ("Antigen detection ELISA for food allergens such as gluten", "direct-antigen-detection", False),
    ("Antigen detection for RSV and influenza on swabs", "direct-antigen-detection", True),
    ("Rapid antigen detection for Group A strep", "direct-antigen-detection", True),
]


def test_pass16_4_concepts_are_filed_as_what_they_are(vocabulary):
    vitros = vocabulary.ancestors("ortho-vitros")
    assert "integrated-chemistry-immunoassay" not in vitros and "laboratory-analyzer" in vitros
    assert "chemistry-analyzer" not in vocabulary.ancestors("vitros-3600")
    assert "integrated-chemistry-immunoassay" in vocabulary.ancestors("vitros-5600")
    assert "integrated-chemistry-immunoassay" in vocabulary.ancestors("vitros-xt-7600")


def test_pass16_4_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
