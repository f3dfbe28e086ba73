"""Faults the thirteenth review of a sample found, each with the line that showed it and one of the concept's
own sense: battery makers' and magnetic-bead "cell sorting" read as flow cytometric sorting; NuAire's laminar
flow benches and the fan maker Nuaire read as its biosafety cabinets; a hemophilia patient's "factor VIII
inhibitors" read as the laboratory assay; privileged-access tools read as BeyondTrust's remote support
product; generic phrases of other trades (a project lead, a health plan's provider network, a motor-driven
pump, window glazing) read as skills; names inside longer names (Thermo Fisher Scientific, an Alinity i's
STAT lane); Giemsa on marrow smears and a patient's antibiogram read as the tissue stain and the cumulative
report; and concepts filed as what they are not.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Ran lithium-ion battery cell sorting and grading machines", "cell-sorting", False),
    ("Performed magnetic cell sorting with MACS beads", "cell-sorting", False),
    ("Cell sorting on the BD FACSAria for the stem cell lab", "cell-sorting", True),
    ("Maintained NuAire laminar flow hoods in pharmacy", "nuaire-bsc", False),
    ("Certified NuAire biosafety cabinets every six months", "nuaire-bsc", True),
    ("Cared for hemophilia patients with factor VIII inhibitors", "factor-viii-inhibitor-assay", False),
    ("Bethesda assay for factor VIII inhibitors", "factor-viii-inhibitor-assay", True),
    ("PAM tools such as CyberArk, BeyondTrust, or Thycotic", "beyondtrust-remote-support", False),
    ("BeyondTrust remote support sessions for vendor access", "beyondtrust-remote-support", True),
    ("Replaced shared vendor VPN accounts with BeyondTrust sessions", "beyondtrust-remote-support", True),
    ("Project lead for the LIS system implementation", "project-management", False),
    ("Managed implementation projects for the LIS", "project-management", False),
    ("Project management of equipment implementation projects", "project-management", True),
    ("Serviced motor-driven syringe pumps", "motion-control", False),
    ("Confirmed the motor drives the pump at the set rate", "motion-control", False),
    ("Operated a motion control camera rig for commercials", "motion-control", False),
    ("Repaired motor drives and encoders on the robotic arms", "motion-control", True),
    ("Troubleshot motion control on the CT table", "motion-control", True),
    ("Window patching and glazing for the facilities crew", "os-patch-management", False),
    ("Windows patching of the lab workstations", "os-patch-management", True),
    ("Provider network administration for the health plan", "computer-networking", False),
    ("Network infrastructure planning for the regional power grid", "computer-networking", False),
    ("Road network configuration studies for the county", "computer-networking", False),
    ("Network configuration of patient monitors on the clinical VLAN", "computer-networking", True),
    ("Ran STAT troponins on the Alinity i STAT lane", "abbott-istat-alinity", False),
    ("Trained nurses on the i-STAT Alinity handhelds", "abbott-istat-alinity", True),
    ("Reported culture and antibiogram results to the wards", "antibiogram", False),
    ("Prepared the annual antibiogram for the antimicrobial stewardship committee", "antibiogram", True),
    ("Service contracts with Thermo Fisher Scientific for the freezers", "fisher-scientific", False),
    ("Ordered consumables through Fisher Scientific and VWR", "fisher-scientific", True),
    ("Giemsa stain of bone marrow smears from the biopsy service", "tissue-giemsa-stain", False),
    ("G-banding with Giemsa stain on chromosome preparations from tissue", "tissue-giemsa-stain", False),
    ("Giemsa stain for H. pylori on gastric biopsies", "tissue-giemsa-stain", True),
    ("Deployed BeyondTrust PRA for vendor access", "beyondtrust-remote-support", False),
    ("Maintained Nuaire cabinet extract fans in the plant room", "nuaire-bsc", False),
    ("Validated the cycle with TrackSense Pro loggers", "ellab-tracksense-pro", True),
]


def test_review13_concepts_are_filed_as_what_they_are(vocabulary):
    yumizen = vocabulary.ancestors("horiba-yumizen")
    assert "hematology-analyzer" not in yumizen and "laboratory-analyzer" in yumizen
    assert "hematology-analyzer" in vocabulary.ancestors("horiba-yumizen-h500")
    assert "ellab-tracksense" in vocabulary.ancestors("ellab-tracksense-pro")
    assert vocabulary.concepts["cvss"].category.value == "standard"
    assert vocabulary.concepts["meditech-client-server"].track.value == "both"


def test_review13_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
