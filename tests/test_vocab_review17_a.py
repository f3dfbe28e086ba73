"""Faults the seventeenth review of a sample found (share a), each with the line that showed it and one of the
concept's own sense: a mushroom forager's or plant pathologist's fungal identification read as the clinical
technique; a vivarium's or pharma plant's Getinge washer read as a washer-disinfector; "basic safety and
essential performance" on a line naming no standard, or IEC 62353, read as IEC 60601-1; an electrician's
"100 amp meter sockets" read as an ammeter; nephelometry filed under spectrophotometry; the lab's quantitative
FIT (qFIT) read as respirator fit testing; guaiac tests of gastric aspirates and bloodstains read as the fecal
occult blood test; radiotherapy's dosimetric phantom tests read as imaging QA; the MR Safety Officer (and
Expert) exam pursued read as held; "Fujifilm radiography systems", a name that takes Fujifilm's CR too, filed
under DR."""

from __future__ import annotations

from tests.conftest import each_case, text_document
from tests.test_vocab import line_check

_CASES = [
    (
        "Led mushroom foraging walks and fungal identification workshops for the county mycological society",
        "fungal-identification",
        False,
    ),
    (
        "Plant disease diagnosis including fungal identification of crop pathogens",
        "fungal-identification",
        False,
    ),
    ("Fungal identification by lactophenol cotton blue and MALDI-TOF", "fungal-identification", True),
    ("Cage wash: loaded cage racks into the Getinge washer and tunnel washer", "getinge-washer", False),
    ("Cage wash: loaded cage racks into the Getinge washer and tunnel washer", "tunnel-washer", False),
    ("Operated Getinge washer and autoclave for component prep", "getinge-washer", False),
    ("Repaired the Getinge washer and sterilizers in sterile processing", "getinge-washer", True),
    (
        "Maintained Getinge washer-disinfectors and tunnel washers in sterile processing",
        "tunnel-washer",
        True,
    ),
    (
        "Performance verification to ensure basic safety and essential performance of clinical devices",
        "iec-60601",
        False,
    ),
    (
        "Recurrent electrical safety tests per IEC 62353 to confirm basic safety and essential performance",
        "iec-60601",
        False,
    ),
    (
        "Medical electrical equipment - General requirements for basic safety and essential performance",
        "iec-60601",
        True,
    ),
    ("Design verification to IEC 60601-1 for a new infusion pump", "iec-60601", True),
    ("Installed 100 amp meter sockets for new construction", "ammeter", False),
    ("Installed 200-amp meter bases for the new service", "ammeter", False),
    ("Measured motor current with an amp meter", "ammeter", True),
    (
        "Ran quantitative FIT testing on the OC-Sensor analyzer for bowel cancer screening",
        "quantitative-fit-testing",
        False,
    ),
    ("Quantitative FIT test (qFIT) for symptomatic patients", "quantitative-fit-testing", False),
    ("Quantitative fit testing of N95 respirators with the PortaCount", "quantitative-fit-testing", True),
    ("Gastric occult blood by guaiac test on NG aspirates", "guaiac-fobt", False),
    ("Kastle-Meyer and guaiac test presumptive screening of bloodstains", "guaiac-fobt", False),
    ("Performed guaiac testing on gastric aspirates (Gastroccult)", "guaiac-fobt", False),
    ("Gastric guaiac testing on NG aspirate", "guaiac-fobt", False),
    ("Performed guaiac tests on stool specimens", "guaiac-fobt", True),
    ("Completed IROC head-and-neck phantom testing for NRG trial credentialing", "phantom-testing", False),
    ("Dosimetric phantom tests for TBI commissioning", "phantom-testing", False),
    ("End-to-end phantom testing for SRS with film and ion chamber", "phantom-testing", False),
    ("IROC anthropomorphic phantom testing for SBRT credentialing", "phantom-testing", False),
    ("ACR phantom testing on the CT and MRI scanners", "phantom-testing", True),
    ("Serviced Fujifilm radiography systems (FCR CR readers)", "fujifilm-radiography", False),
    ("Serviced Fujifilm radiography systems (FCR CR readers)", "fujifilm-cr", True),
    ("Installed Fujifilm FDR detectors and Fujifilm DR systems", "fujifilm-radiography", True),
    ("Performed nephelometry on the Siemens BN II for IgG and C3", "nephelometry", True),
]


def test_the_seventeenth_reviews_faults_are_fixed(checker):
    each_case(_CASES, line_check(checker))


def test_nephelometry_is_no_spectrophotometry(vocabulary):
    assert "spectrophotometry" not in vocabulary.ancestors("nephelometry")
    assert "spectrophotometry" not in vocabulary.ancestors("immunonephelometry")
    assert "nephelometry" in vocabulary.ancestors("immunonephelometry")
    assert "digital-radiography" in vocabulary.ancestors("fujifilm-radiography")


def test_the_mr_safety_credentials_worked_toward_are_in_progress(matcher):
    for line, concept in [
        ("Preparing for the MRSO exam", "mr-safety-officer"),
        ("MRSO (ABMRS) candidate", "mr-safety-officer"),
        ("Preparing for the MR Safety Expert exam", "mr-safety-expert"),
    ]:
        found = {(m.concept_id, m.in_progress) for m in matcher.find(text_document(line))}
        assert (concept, True) in found and (concept, False) not in found, (line, found)
    held = {(m.concept_id, m.in_progress) for m in matcher.find(text_document("MRSO for the MRI department"))}
    assert ("mr-safety-officer", False) in held


def test_the_labs_quantitative_fit_is_the_fecal_immunochemical_test(checker):
    """Guarding the respirator's 'quantitative fit testing' left the lab's qFIT read by nothing."""
    each_case(
        [
            (
                "Ran quantitative FIT testing on the OC-Sensor analyzer for bowel cancer screening",
                "fit-testing",
                True,
            ),
            ("Quantitative FIT test (qFIT) for symptomatic patients", "fit-testing", True),
            ("Performed quantitative fit testing of N95 respirators with a PortaCount", "fit-testing", False),
        ],
        line_check(checker),
    )
