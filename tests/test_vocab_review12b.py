"""The twelfth review of a sample, second half (docs/vocabulary.md "Twelfth review of a sample").

Each fault the reviewer showed, as the line that showed it and a line of the concept's own sense: a form
reading another trade (a journal's 'Acta Neurologica', a lab's own flow cytometry checklist, military FLIR
sensors, car dealers' 'claims billing', a veterinarian's DVM, a town's El Dorado donor centre, hospital bed
occupancy, newsletter send-outs, a serology tube's 'washing red cells', Ethos Veterinary Health); the
general vital signs monitor filed as the spot-check kind; two sources naming another product or no maker.
A doubt the reviewer raised is fixed too: a model code written with a hyphen between letters and digits
("DBB-07") was not read when written joined ("DBB07").
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_CASES = [
    ("Published in Acta Neurologica Scandinavica (2019)", "neurologica", False),
    ("Serviced NeuroLogica BodyTom and CereTom mobile CT", "neurologica", True),
    ("Wrote the daily flow cytometry checklist for instrument startup", "cap-flo-checklist", False),
    ("Validated the Flow Cytometry checklist items for our CAP inspection", "cap-flo-checklist", True),
    ("FLIR operator on the Army RQ-7 Shadow UAV", "flir-thermal-camera", False),
    ("Troubleshot FLIR and radar systems on P-3C aircraft", "flir-thermal-camera", False),
    ("Used a FLIR thermal camera to inspect electrical panels", "flir-thermal-camera", True),
    ("Test equipment: FLIR E8 camera, Fluke 87V", "flir-thermal-camera", True),
    (
        "Processed warranty claims billing to the manufacturer for dealership repairs",
        "medical-billing",
        False,
    ),
    ("Claims billing to Medicare for lab outreach", "medical-billing", True),
    ("Assisted the DVM during exams; measured vital signs and body weight", "voltmeter", False),
    ("Used a DVM to measure DC rail voltages", "voltmeter", True),
    ("Phlebotomist at the El Dorado donor center", "haemonetics-el-dorado-donor", False),
    ("Administered El Dorado Donor for donor registration", "haemonetics-el-dorado-donor", True),
    ("Enter collections in El Dorado Donor on HP tablets", "haemonetics-el-dorado-donor", True),
    ("Repaired Philips IntelliVue vital signs monitors in the ICU", "vital-signs-spot-monitor", False),
    ("Repaired Philips IntelliVue vital signs monitors in the ICU", "vital-signs-monitor", True),
    ("Repaired Welch Allyn spot-check monitors", "vital-signs-spot-monitor", True),
    ("Analyzed hospital bed occupancy for capacity planning", "hospital-bed", False),
    ("Repaired Hillrom and Stryker hospital beds", "hospital-bed", True),
    ("Coordinated weekly newsletter send-outs to 10,000 subscribers", "send-out-testing", False),
    ("Handled referral testing for the school district special education program", "send-out-testing", False),
    ("Processed send-outs to Mayo and Quest", "send-out-testing", True),
    ("Tube IAT: washing red cells three times with saline before adding AHG", "red-cell-washing", False),
    ("Prepared washed RBCs on the COBE 2991 cell processor", "red-cell-washing", True),
    ("Washed red cells for IgA-deficient patients", "red-cell-washing", True),
    ("Veterinary oncology technician, Ethos Veterinary Health", "varian-ethos", False),
    ("Commissioned the Varian Ethos adaptive therapy system", "varian-ethos", True),
    # a model code with a hyphen between letters and digits is also written joined
    ("Repaired Nikkiso DBB07 dialysis machines", "nikkiso-dbb-07", True),
    ("Repaired Nikkiso DBB-07 dialysis machines", "nikkiso-dbb-07", True),
]


def test_forms_read_as_the_review_showed(checker):
    each_case(_CASES, line_check(checker))


def test_the_spot_check_monitor_is_a_kind_of_vital_signs_monitor(vocabulary):
    check = parent_check(vocabulary)
    check("vital-signs-spot-monitor", "vital-signs-monitor")
    check("vital-signs-monitor", "patient-monitor")


def test_sources_and_tracks_name_the_concepts_own_product(vocabulary):
    concepts = vocabulary.concepts
    assert "c 311" not in concepts["roche-cobas-integra-400"].source
    assert "c 311" not in concepts["roche-cobas-integra"].source
    assert "Waters" in concepts["waters-xevo"].source
    assert concepts["medical-billing"].track.value == "both"
    # the same fault in its siblings: coding and charge capture are no BMET or imaging service skills alone
    assert concepts["medical-coding"].track.value == "both"
    assert concepts["charge-capture"].track.value == "both"
