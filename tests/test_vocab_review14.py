"""Faults the fourteenth review of a sample found, each with the line that showed it and one of the concept's
own sense: a maker's name after a currency sign ("a $3M medical equipment budget"); a maker's other products
(Qualys Web Application Scanning and Policy Compliance, NetIQ's Sentinel SIEM) read as the one concept; an
ordinary phrase for a lab's own checklist read as CAP's; "TB labs" (blood tests) and "2 TB" (terabytes) read
as the mycobacteriology laboratory; a dental or computer lab's supervisor read as the clinical title; an
employer's name on a job line read as its sequencer; "4008s" (several machines) read as the 4008S model; a
catch-all concept named with the everyday phrase for every LIS product; guards too strict for a concept's own
lines (MIC by Etest or on MicroScan panels, a Start Max written without Stago's capitals, a dialysis water
room's worker and polisher tanks); software filed as a kind of the practice it serves; HL7 order and ADT
messages on the equipment track only.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Managed a $3M medical equipment capital budget", "three-m-health-care", False),
    ("Administered a $3M health care facilities renovation budget", "three-m-health-care", False),
    ("Trained staff on 3M Medical Attest indicators", "three-m-health-care", True),
    ("Qualys Web Application Scanning (WAS) for the patient portal", "qualys-vmdr", False),
    ("Qualys Policy Compliance scans against CIS benchmarks", "qualys-vmdr", False),
    ("Deployed Qualys Patch Management across endpoints", "qualys-vmdr", False),
    ("Ran Qualys vulnerability scans on the biomed VLAN", "qualys-vmdr", True),
    ("Administered NetIQ Sentinel SIEM and correlated device logs", "microsoft-sentinel", False),
    ("Built analytics rules in Sentinel SIEM for medical device alerts", "microsoft-sentinel", True),
    ("Completed the COLA microbiology checklist", "cap-mic-checklist", False),
    ("Created a daily microbiology checklist for incubator temperatures", "cap-mic-checklist", False),
    ("Prepared for the CAP inspection with the Microbiology checklist", "cap-mic-checklist", True),
    ("Drew blood for TB labs", "mycobacteriology", False),
    ("Managed a 2 TB laboratory database on SQL Server", "mycobacteriology", False),
    ("Plated AFB cultures in the TB laboratory", "mycobacteriology", True),
    ("Vancomycin MIC by Etest", "mic-testing", True),
    ("Inoculated MicroScan MIC panels and read Gram stains", "mic-testing", True),
    (
        "Monitored MIC (microbiologically influenced corrosion) in cooling towers; dosed antimicrobials",
        "mic-testing",
        False,
    ),
    ("Assistant Lab Supervisor at Glidewell Dental Lab", "assistant-laboratory-supervisor", False),
    ("Computer lab supervisor", "laboratory-supervisor", False),
    ("Assistant Lab Supervisor, core laboratory", "assistant-laboratory-supervisor", True),
    ("Field Service Engineer | Oxford Nanopore | 2019-2023", "oxford-nanopore", False),
    (
        "At Oxford Nanopore, we value diversity and are an equal opportunity employer.",
        "oxford-nanopore",
        False,
    ),
    ("Ran MinION libraries on Oxford Nanopore sequencers", "oxford-nanopore", True),
    ("Maintained Fresenius 4008s and 5008s", "fresenius-4008s", False),
    ("Serviced the Fresenius 4008S", "fresenius-4008s", True),
    ("Performed PT/INR and fibrinogen on the Start Max", "stago-start-max", True),
    ("START MAX coagulation analyzer", "stago-start-max", True),
    ("Tested for chloramine breakthrough between worker and polisher carbon tanks", "chlorine-testing", True),
    (
        "Experience with laboratory information system products such as Epic Beaker or Cerner",
        "other-lis",
        False,
    ),
    ("Built HL7 ORM and ORU interfaces between Epic and Sunquest LIS", "hl7-orm", True),
    ("Repaired infant warmers in L&D", "infant-warmer", True),
]


def test_review14_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_review14_concepts_are_filed_as_what_they_are(vocabulary):
    assert vocabulary.concepts["hl7-orm"].track.value == "both"
    assert vocabulary.concepts["hl7-adt"].track.value == "both"
    for product in ("policystat", "medialab", "mastercontrol", "q-pulse", "lucidoc", "softqms", "policytech"):
        ancestors = vocabulary.ancestors(product)
        assert "document-control-software" in ancestors and "document-control" not in ancestors, product
    assert "document-control" in vocabulary.concepts["document-control-software"].related


def test_a_guard_whose_regex_does_not_compile_is_a_lint_problem(vocabulary):
    from dataclasses import replace

    from resumefit.guards import failing_examples

    guard = vocabulary.guards["other-kind-of-lab"]
    assert failing_examples(guard) == []
    broken = failing_examples(replace(guard, not_before_regex="lab(?i)s"))
    assert len(broken) == 1 and "does not compile" in broken[0], broken


def test_a_guard_named_twice_in_one_file_is_a_lint_problem():
    from resumefit.yamlfile import duplicate_keys

    text = "guards:\n  maker-as-employer:\n    not_after: [at]\n  maker-as-employer:\n    not_after: [with]\n"
    assert duplicate_keys(text) == [(4, "maker-as-employer")]
    assert duplicate_keys("guards:\n  a: 1\n  b: 2\n") == []
