"""Faults the nineteenth review of a sample found, each with the line that showed it and one of the concept's
own sense: the lemma reading 'grouping' as 'group', so a rapid strep group A antigen test and group B strep
screening were read as Lancefield grouping; Coulter's 'AcT' hematology analyzer read as an activated
clotting time analyzer; the blood bank's 'plasma derived fibrinogen concentrate' read as the PT-derived
fibrinogen assay; the VITEK MS PRIME (and its siblings) filed under the MALDI-TOF method with no instrument
parent; a power utility's oil dielectric strength tester read as a hipot tester; "operating table saws" and
blackjack "OR table games" read as surgical tables; "a team led by" read as a team lead."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Performed rapid strep group A antigen testing", "strep-grouping", False),
    ("Streptococcal group B screening of prenatal patients", "strep-grouping", False),
    ("Strep grouping using latex agglutination kits", "strep-grouping", True),
    ("Performed Lancefield grouping of beta-hemolytic streptococci", "strep-grouping", True),
    ("Ran CBCs on the Beckman Coulter AcT analyzer", "act-analyzer", False),
    ("Ran ACT analyzer QC in the cath lab", "act-analyzer", True),
    ("Maintained Hemochron ACT analyzers in the cath lab", "act-analyzer", True),
    ("Stocked plasma derived fibrinogen concentrate and 4-factor PCC", "derived-fibrinogen", False),
    ("Issued plasma derived fibrinogen (RiaSTAP) per the MTP", "derived-fibrinogen", False),
    ("Reported PT-derived fibrinogen on the ACL TOP", "derived-fibrinogen", True),
    ("Tested insulating oil on the Megger OTS60 oil dielectric strength tester", "hipot-tester", False),
    ("Hipot checks with a dielectric strength tester per IEC 60601-1", "hipot-tester", True),
    ("Experienced operating table saws, miter saws and routers", "surgical-table", False),
    ("Dealer with 2 years of blackjack OR table games experience", "surgical-table", False),
    ("Serviced OR tables and operating tables", "surgical-table", True),
    ("Equipment: Infusion Pumps, Defibrillators, OR Tables, Surgical Lights", "surgical-table", True),
    ("Serviced O.R. tables and lights", "surgical-table", True),
    ("Member of a five-person team led by the imaging manager", "team-lead", False),
    ("Promoted to team lead for the biomed shop", "team-lead", True),
]


def test_the_nineteenth_reviews_faults_are_fixed(checker, vocabulary):
    each_case(_CASES, line_check(checker))
    for cid in ("vitek-ms-prime", "vitek-ms", "bruker-maldi-biotyper"):
        assert "maldi-tof-system" in vocabulary.ancestors(cid), cid
