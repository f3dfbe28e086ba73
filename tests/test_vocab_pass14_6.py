"""Faults the fourteenth pass found in lot 6 (IT, standards, test equipment and titles), each with the line
that showed it and one of the concept's own sense: generic phrases and short codes of other trades read as the
concepts (an electrician's managed switches, sharps going into red receptacles, a cath lab's or a school
computer lab's director and coordinator, tech support, soft computer skills, the Java virtual machine, a VA
hospital's battery storage system, a defect rate "DPM 4%", HEPA filters' most penetrating particle size, an
accelerator laboratory's linac engineer, UDP-glucose, cell biology's parallel-plate chamber); a lemma reading
("hand-tooled" leather as hand tools); family names written as forms of one model (Sun Nuclear Daily QA,
Infutest, QA-ES, Myron L Ultrameter) and a model as a form of its family (TSI Certifier FA), so siblings
answered each other; names inside longer names (Accreditation Canada in Accreditation Canada Diagnostics,
standby power systems in the title of NFPA 110, a Weller soldering iron as the station); a count ("daily
QA 3 times") read as a model; and concepts filed as what they are not (structured cabling and the OSI model
as software, PL/SQL on one track, a research technologist under the clinical laboratory scientist, Hach
colorimeters under the dialysis water test kit).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Managed switches, breakers and relays at the substation", "network-switches", False),
    ("Configured managed switches and VLANs for the clinical network", "network-switches", True),
    ("Disposed of sharps in red receptacles", "emergency-power-outlets", False),
    ("Plugged ventilators into red receptacles on emergency power", "emergency-power-outlets", True),
    ("Performed daily QA 3 times per week on the chemistry analyzers", "sun-nuclear-daily-qa-3", False),
    ("Sun Nuclear Daily QA 2 checks of output", "sun-nuclear-daily-qa-3", False),
    ("Daily QA 3 on the TrueBeam each morning", "sun-nuclear-daily-qa-3", True),
    ("Calibrated Infutest 2000 analyzers", "datrend-infutest-solo", False),
    ("Calibrated Infutest 2000 analyzers", "datrend-infutest", True),
    ("Tested pumps with the Infutest Solo", "datrend-infutest-solo", True),
    ("Fluke QA-ES II electrosurgical analyzer", "fluke-qa-es-iii", False),
    ("Fluke QA-ES II electrosurgical analyzer", "fluke-qa-es", True),
    ("Tested generators with the Fluke QA-ES III", "fluke-qa-es-iii", True),
    ("Ventilator checks with a TSI Certifier FA Plus", "tsi-certifier-fa", False),
    ("Ventilator checks with the TSI Certifier FA", "tsi-certifier-fa", True),
    ("Ventilator checks with the TSI Certifier FA", "tsi-certifier", True),
    ("Cath lab director for the cardiac service", "laboratory-director", False),
    ("Computer lab director for the high school", "laboratory-director", False),
    ("Lab director of a CLIA high-complexity laboratory", "laboratory-director", True),
    ("Computer lab coordinator at the public library", "laboratory-coordinator", False),
    ("Lab coordinator for the biology department teaching labs", "laboratory-coordinator", True),
    ("Ultrasound tech support engineer for the vendor", "sonographer", False),
    ("Ultrasound tech at a busy outpatient imaging center", "sonographer", True),
    ("CT tech support for the scanner vendor", "ct-technologist", False),
    ("CT tech, level I trauma center", "ct-technologist", True),
    ("MRI tech support for the service desk", "mri-technologist", False),
    ("MRI tech on the 3T scanner", "mri-technologist", True),
    ("Strong soft computer skills and people skills", "scc-soft", False),
    ("Built LIS rules in Soft Computer", "scc-soft", True),
    ("Java virtual machine tuning for the web services", "virtualization", False),
    ("Built virtual machines on the VMware hosts", "virtualization", True),
    ("Commissioned the BESS for the VA hospital backup power", "bess", False),
    ("BESS, GS-1601, VA Medical Center", "bess", True),
    ("Reduced DPM 4% year over year on the SMT line", "fluke-dpm4", False),
    ("Leak checks with the DPM 4 on the NIBP modules", "fluke-dpm4", True),
    ("HEPA filters scanned for leaks at the MPPS", "mpps", False),
    ("Configured DICOM worklist and MPPS on the CT scanners", "mpps", True),
    ("Repaired boards with a Weller soldering iron", "weller-soldering", False),
    ("Weller soldering station at the bench", "weller-soldering", True),
    ("Linac engineer for the cargo scanners at the port", "radiation-therapy-service-engineer", False),
    (
        "Linac engineer on the superconducting RF cavities at the national accelerator laboratory",
        "radiation-therapy-service-engineer",
        False,
    ),
    ("Linac service engineer covering Varian TrueBeams", "radiation-therapy-service-engineer", True),
    ("Prepared for the Accreditation Canada Diagnostics assessment", "accreditation-canada", False),
    ("Hospital survey by Accreditation Canada", "accreditation-canada", True),
    ("Calibrated the Myron L Ultrameter III 9PTKA", "myron-l-ultrameter", False),
    ("Myron L Ultrameter checks on the dialysate", "myron-l-ultrameter", True),
    ("Followed the UDP-glucose assay protocol for the enzyme study", "udp", False),
    ("Opened UDP port 514 for syslog", "udp", True),
    ("Hand-tooled leather saddles and belts", "hand-tools", False),
    ("Used hand tools and power tools to repair hospital beds", "hand-tools", True),
    ("Complied with the Standard for Emergency and Standby Power Systems", "emergency-power-system", False),
    ("Complied with the Standard for Emergency and Standby Power Systems", "nfpa-110", True),
    ("Tested the standby power systems monthly", "emergency-power-system", True),
    ("Shear stress on endothelial cells in a parallel plate chamber", "parallel-plate-chamber", False),
    ("Electron beam output with a parallel-plate chamber", "parallel-plate-chamber", True),
]


def test_pass14_lot6_concepts_are_filed_as_what_they_are(vocabulary):
    assert vocabulary.concepts["structured-cabling"].category.value == "skill"
    assert vocabulary.concepts["osi-model"].category.value == "standard"
    assert vocabulary.concepts["pl-sql"].track.value == "both"
    assert "medical-laboratory-scientist" not in vocabulary.ancestors("research-technologist")
    assert "water-test-kit" not in vocabulary.ancestors("hach-dr900")
    assert "datrend-infutest" in vocabulary.ancestors("datrend-infutest-solo")
    assert "fluke-qa-es" in vocabulary.ancestors("fluke-qa-es-iii")
    assert "tsi-certifier" in vocabulary.ancestors("tsi-certifier-fa")
    assert "tsi-certifier-fa" not in vocabulary.ancestors("tsi-certifier-fa-plus")
    for light_meter in ("raysafe-solo-light", "raysafe-x2-light-sensor"):
        assert {"luminance-meter", "illuminance-meter"} <= vocabulary.ancestors(light_meter)


def test_pass14_lot6_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
