"""The pass over every file, software and standards, a second reading: forms that still read another sense
after the first, each with a line that failed before and a line showing the form still counts.

Guarded: CMS (the Philips IntelliVue central station), C-STORE (a convenience store; matched as DICOM writes
it), SLA (sealed lead-acid batteries), Excel (the verb), VBA (the Veterans Benefits Administration), NextGen
(the FAA's air traffic programme), Epic (Epic Games), TMS (transcranial magnetic stimulation therapy systems),
StarLab (a portable planetarium), help desk and service desk (a library, a car dealership) and access
control (door panels and card readers). "AssetCentre" is Rockwell's industrial product, no form of AssetPlus;
WPA3 is a newer standard, no form of WPA2.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_SECOND_SOFTWARE_READING_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Serviced the Philips IntelliVue CMS central station", "cms", False),
    ("Assistant manager at a Circle K c-store", "dicom-c-store", False),
    ("Replaced SLA batteries in infusion pumps", "service-level-agreement", False),
    ("Excel in a fast-paced team environment", "microsoft-excel", False),
    ("Claims processor at the VBA regional office", "vba", False),
    ("Worked on FAA NextGen air traffic control programs", "nextgen-ehr", False),
    ("Epic Games QA tester", "epic", False),
    ("Serviced NeuroStar TMS therapy systems and logged work orders", "tms", False),
    ("Maintained the FactoryTalk AssetCentre server for PLC program backups", "assetplus", False),
    ("Led the StarLab portable planetarium shows", "starlab-lis", False),
    ("Staffed the library help desk", "it-support", False),
    ("Worked the service desk at a Toyota dealership", "it-support", False),
    ("Installed Lenel access control panels and card readers", "access-control", False),
    ("Secured the clinical Wi-Fi with WPA3", "wpa2", False),
]

_FORMS_GUARDED_IN_THE_SECOND_SOFTWARE_READING_STILL_COUNT_CASES = [
    ("Met CMS and Joint Commission requirements", "cms", True),
    ("DICOM C-STORE and C-FIND troubleshooting", "dicom-c-store", True),
    ("Met the SLA for uptime on the service contract", "service-level-agreement", True),
    ("Built Excel dashboards for PM completion", "microsoft-excel", True),
    ("Wrote VBA macros in Excel", "vba", True),
    ("NextGen EHR order entry for the clinic", "nextgen-ehr", True),
    ("Epic Beaker and Epic orders build", "epic", True),
    ("TMS work orders and PM scheduling for biomed", "tms", True),
    ("StarLab LIS interfaces for lab results", "starlab-lis", True),
    ("Tier 2 help desk tickets in ServiceNow", "it-support", True),
    ("Role-based access control for the LIS", "access-control", True),
    ("WPA2-Enterprise on the clinical SSID", "wpa2", True),
]


def test_the_second_software_reading_keeps_other_senses_out(checker):
    each_case(_THE_SECOND_SOFTWARE_READING_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_second_software_reading_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_SECOND_SOFTWARE_READING_STILL_COUNT_CASES, line_check(checker))


def test_ngs_software_is_on_the_lab_track(vocabulary):
    for cid in ("ngs-analysis-software", "variant-calling-software"):
        assert vocabulary.concepts[cid].track.value == "lab"
