"""Faults pass 18 (lot 1) found, each with the line that showed it and one of the concept's own sense.

Other trades' and settings' lines on unguarded names: a vivarium's cage wash on a Belimed washer, a nurse's
chest-tube autotransfusion bag read as the cell saver, therapeutic red cell apheresis for a sickle cell
patient read as automated red cell collection, a Masimo root cause review read as Masimo Root, and a
monitor technician's PIC iX alarm limits read as the alarm notification system. Spellings of the concepts'
own sense that were missed: models written without their maker or with another joining (UHI-4,
PneumoSure, Connex Spot, Philips FM40, Philips TC50, CNS 6201, Force EZ-8C, Surdial 55+, BairHugger 675,
N-600x, Kangaroo e-Pump, Zeiss Pentero, Mako Smart Robotics, SleepWorks, Telligence nurse call, Dräger
Ponta, Erbe APC2, ConMed ABC, Mindray N12), and a resume's past tense (reprocessed dialyzers, collected
peripheral blood stem cells).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Cage wash: ran the Belimed washer for the vivarium racks", "belimed-washer", False),
    ("Repaired the Belimed washer in sterile processing", "belimed-washer", True),
    ("Managed chest tubes with autotransfusion system bags after trauma", "cell-saver", False),
    ("Set up the autotransfusion system and cell saver for cardiac cases", "cell-saver", True),
    ("Performed therapeutic red cell apheresis for sickle cell patients", "red-cell-apheresis", False),
    ("Red cell apheresis for sickle cell disease patients", "red-cell-apheresis", False),
    ("Red cell apheresis collections at donor centers", "red-cell-apheresis", True),
    ("Led the Masimo root cause review of SpO2 alarm failures", "masimo-root", False),
    ("Configured Masimo Root monitors with Radical-7 modules", "masimo-root", True),
    ("Adjusted Philips PIC iX alarm limits on telemetry patients", "pic-ix-alarm", False),
    ("Routed Philips PIC iX alarm notifications to nurse phones", "pic-ix-alarm", True),
    ("Serviced UHI-4 insufflators in the OR", "olympus-uhi-4", True),
    ("Repaired PneumoSure insufflators", "stryker-pneumosure", True),
    ("Connex Spot monitors on the medical floors", "connex-spot-monitor", True),
    ("Used Connex spot-check mode on the VSM", "connex-spot-monitor", False),
    ("Philips FM40 fetal monitors on labor and delivery", "avalon-fm40", True),
    ("Philips TC50 cardiographs", "pagewriter-tc50", True),
    ("Nihon Kohden CNS 6201 central station", "nihon-kohden-cns-6201", True),
    ("Valleylab Force EZ-8C generators", "force-ez", True),
    ("Nipro Surdial 55+ machines", "surdial-55-plus", True),
    ("BairHugger 675 warmers", "bair-hugger-675", True),
    ("N-600x pulse oximeters", "nellcor-n-600x", True),
    ("Kangaroo E-pump feeding pumps", "kangaroo-epump", True),
    ("Zeiss Pentero 900 in the neuro OR", "opmi-pentero", True),
    ("Mako Smart Robotics for joint replacement", "mako-robot", True),
    ("Scored sleep studies in SleepWorks", "natus-sleepworks", True),
    ("Telligence nurse call stations", "ascom-telligence", True),
    ("Reprocessed dialyzers per AAMI RD47", "dialyzer-reprocessor", True),
    ("Reprocessing of dialyzers on the Renatron", "dialyzer-reprocessor", True),
    (
        "Collected peripheral blood stem cells on the Spectra Optia",
        "peripheral-blood-stem-cell-collection",
        True,
    ),
    (
        "Infused peripheral blood stem cells to transplant patients",
        "peripheral-blood-stem-cell-collection",
        False,
    ),
    ("Draeger Ponta ceiling supply units", "draeger-ponta", True),
    ("Vacation in Ponta Delgada", "draeger-ponta", False),
    ("Erbe APC2 units in the GI lab", "erbe-apc-2", True),
    ("ConMed ABC units in the OR", "argon-beam-coagulator", True),
    ("Mindray N12 monitors in the ICU", "benevision-n12", True),
]


def test_pass18_1_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
