"""The twelfth review of a sample, first half (docs/vocabulary.md "Twelfth review of a sample").

Each fault the reviewer showed, as the line that showed it and a line of the concept's own sense: a form
reading another trade (Civil Air Patrol 'CAP PT', a timber grade 'C24', pharmacokinetic 'Cmax tables', the
Navios shipping group, an economist's 'rate reaction', an electro-technical officer 'ETO', lead-paint 'rapid
spot tests', Lumify eye drops and training, protein dialysis against water); a family name as one model's
form ('Infusomat' of the Infusomat Space); two Citrix products as forms of Citrix; PathNet filed under the
Cerner EHR; two sources naming another maker's product.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_CASES = [
    ("Cadet commander, Civil Air Patrol; organized CAP PT sessions for cadets", "cap-surveys", False),
    ("Enrolled in CAP proficiency testing for every analyte", "cap-surveys", True),
    ("Graded CAP surveys for chemistry analytes", "cap-surveys", True),
    ("QC/QA: Westgard rules, L-J review, CAP surveys", "cap-surveys", True),
    ("Review daily quality control and CAP surveys", "cap-surveys", True),
    ("Ran VLCFA panels (C22, C24, C26) with daily QC", "clsi-c24", False),
    ("Specified C24 timber per structural guidelines", "clsi-c24", False),
    ("Applied CLSI C24 Westgard rules to QC", "clsi-c24", True),
    ("Prepared Cmax tables for the pharmacokinetic report", "steris-cmax", False),
    ("Positioned patients on the CMAX table", "steris-cmax", True),
    ("Fleet operations officer, Navios Corporation, Piraeus", "beckman-navios", False),
    ("Ran lymphocyte panels on the Navios", "beckman-navios", True),
    ("Logged in via Citrix Workspace", "citrix-xenapp", False),
    ("Supported Citrix XenApp for Epic access", "citrix-xenapp", True),
    ("Estimated the central bank's interest rate reaction function", "kinetic-assay", False),
    ("ALT by rate reaction on the AU680", "kinetic-assay", True),
    ("Reduced ETO cycle time for engineer-to-order products", "eto-sterilizer", False),
    ("Served as ETO on LNG gas carriers", "eto-sterilizer", False),
    (
        "Operator at the ethylene oxide unit of the petrochemical plant; monitored gas detectors",
        "eto-sterilizer",
        False,
    ),
    ("Ran EtO sterilizer cycles and aeration", "eto-sterilizer", True),
    ("Performed rapid spot tests for lead in paint on renovation sites", "spot-tests", False),
    ("Catalase and oxidase rapid spot tests on colonies", "spot-tests", True),
    ("Launched Lumify eye drops to eye care professionals", "philips-lumify", False),
    ("Completed AWS training through Lumify Learning", "philips-lumify", False),
    ("Scanned with the Lumify probe on a tablet", "philips-lumify", True),
    (
        "Performed protein dialysis against deionized water using Slide-A-Lyzer cassettes",
        "dialysis-equipment",
        False,
    ),
    ("Dialysis technician: cannulated patients and monitored treatments", "dialysis-equipment", False),
    ("PMs on dialysis machines and the RO water system", "dialysis-equipment", True),
    ("Programmed Infusomat fmS pumps", "braun-infusomat", False),
    ("Programmed Infusomat Space pumps", "braun-infusomat", True),
]


def test_forms_read_as_the_review_showed(checker):
    each_case(_CASES, line_check(checker))


def test_pathnet_is_a_lab_system_not_a_kind_of_the_cerner_ehr(vocabulary):
    check = parent_check(vocabulary)
    check("cerner-pathnet", "lis")
    check("cerner-pathnet", "cerner", False)
    check("citrix-xenapp", "citrix")
    check("citrix-workspace", "citrix")
    check("kinetic-assay", "spectrophotometry", False)


def test_sources_name_the_concepts_own_maker(vocabulary):
    assert "Leica" in vocabulary.concepts["leica-ipc"].source
    assert "Leica" not in vocabulary.concepts["philips-ufs"].source
