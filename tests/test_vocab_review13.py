"""Faults the thirteenth review of a sample found, each with the line that showed it and one of the concept's
own sense: battery makers' and magnetic-bead "cell sorting" read as flow cytometric sorting; NuAire's laminar
flow benches read as its biosafety cabinets (the context word "hood"); a hemophilia patient's "factor VIII
inhibitors" read as the laboratory assay; a security posting's list of privileged-access tools read
BeyondTrust as its remote support product.
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
]


def test_review13_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
