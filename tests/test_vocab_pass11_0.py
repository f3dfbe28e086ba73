"""Concepts of the eleventh pass fixed beside the lots: forms that read another sense, each with a line the
vocabulary matched before, and the same forms in their own sense.

"Patient simulator" is also the nursing simulation manikin (SimMan in a simulation lab): the concept is now
named Vital signs simulator, the biomed's test instrument, with "patient simulator" a form that does not
count beside manikin, nursing or simulation-lab words.

ITIL is a framework before it is a certificate: "Familiarity with ITIL" asks for the framework, which the
vocabulary did not know once bare "ITIL" needed a certification word; it is a concept of its own now (ITIL
framework), and the ITIL Foundation certificate shows it as related.

Beside them, forms another trade reads: GE's security and industrial businesses (Interlogix, Digital,
Multilin), Leica's operating microscopes (Leica Microsystems, not the histology maker), a skylight camera
mount, industrial and airport radiography (welds, pipelines, ASNT, baggage: the concept is now named Medical
radiography, "radiography" a guarded form), airport baggage "screening" as a cytology context word for "CT",
a school's chemistry lab, the SDS of a biopharma CE-SDS assay and the EPA's formaldehyde standard for wood
panels, and a carpenter's recut section (the word "recut" vouched for "section" as microtomy).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    (
        "Ran code scenarios on the SimMan patient simulator in the nursing simulation lab",
        "patient-simulator",
        False,
    ),
    (
        "Nursing simulation center with high-fidelity patient simulators and manikins",
        "patient-simulator",
        False,
    ),
    ("Verified monitors with a Fluke ProSim 8 patient simulator", "patient-simulator", True),
    ("Test equipment: patient simulators, ESU analyzers, ESAs", "patient-simulator", True),
    ("Vital signs simulator", "patient-simulator", True),
    ("Familiarity with ITIL preferred", "itil-framework", True),
    ("Applied ITIL incident and change management processes", "itil-framework", True),
    ("Itil Patel, reference", "itil-framework", False),
    ("ITIL 4 Foundation certified, 2023", "itil", True),
    ("Installed GE Interlogix intrusion alarm panels", "ge-healthcare", False),
    ("GE Digital Proficy historian administrator", "ge-healthcare", False),
    ("Serviced GE MRI and CT systems", "ge-healthcare", True),
    ("Serviced Leica operating microscopes in the OR", "leica-biosystems", False),
    ("Leica stainers and coverslippers", "leica-biosystems", True),
    ("Set up the camera on a skylight mount", "philips-skylight", False),
    ("Philips Skylight SPECT camera", "philips-skylight", True),
    ("Radiographer for pipeline welds: Ir-192 industrial radiography, ASNT Level II", "radiography", False),
    ("Industrial X-ray inspection of welds", "radiography", False),
    ("Operated the baggage X-ray scanner at the airport", "radiography", False),
    ("Serviced X-ray rooms and portable X-ray units", "radiography", True),
    ("Radiography, CT and MRI", "radiography", True),
    ("Operated the CT scanner at the airport baggage screening checkpoint", "cytotechnologist", False),
    ("CT(ASCP) cytotechnologist, Pap screening", "cytotechnologist", True),
    ("Taught high school students in the chemistry lab", "clinical-chemistry", False),
    ("Set up experiments for pupils in the chemistry lab", "clinical-chemistry", False),
    ("Trained MLS students in the chemistry lab rotation on the Vitros", "clinical-chemistry", True),
    ("CE-SDS purity assays for monoclonal antibodies", "osha-hazcom", False),
    ("Maintained SDS binders for HazCom", "osha-hazcom", True),
    ("Met the EPA formaldehyde standard for composite wood panels", "formalin", False),
    ("Fixed specimens in formaldehyde", "formalin", True),
    ("Recut the section of crown molding to fit", "microtomy", False),
    ("Recut levels on the paraffin block for the pathologist", "microtomy", True),
]


def test_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_the_biomed_instrument_is_named_for_what_it_is(vocabulary):
    assert vocabulary.concepts["patient-simulator"].name == "Vital signs simulator"
    assert vocabulary.concepts["itil"].related == ("itil-framework",)
    assert vocabulary.concepts["radiography"].name == "Medical radiography"
