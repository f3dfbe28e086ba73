"""The probe sweep's findings that crossed files: a form of one file read in a line about another file's
thing. One line per fix, each failing on the vocabulary before it; the second table checks that the guarded
forms still count in their own sense."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_SENSES_CASES = [
    ("Hamilton Microlab STAR liquid handler", "stago-sta-r-evolution", False),
    ("Copan WASP Walk-Away Specimen Processor", "medical-laboratory-assistant", False),
    ("Ran the thermo cycler for every PCR batch", "thermo-fisher", False),
    ("Calibrated the Mindray BS-480 chemistry analyzer", "science-degree", False),
    ("Programmed the Siemens S7 PLC", "siemens-healthineers", False),
    ("Imaging core lab for oncology clinical trials", "core-laboratory", False),
    ("Serviced the LUCAS mechanical CPR device", "bls-cpr", False),
    ("Repaired the imaging plate reader", "plate-reader", False),
    ("Baxter Artis Physio dialysis machines", "siemens-artis", False),
    ("Left a VM for the patient", "virtualization", False),
    ("B.S. in Biomedical Engineering, 2015", "biomedical-engineer", False),
    ("Production days: PMs on the cyclotron and the water loop", "preventive-maintenance", True),
    ("Radiation safety liaison with CT DEEP Radiation Division", "computed-tomography", False),
    ("Laboratory Assistant (PT, 20 hrs/wk)", "proficiency-testing", False),
]

_OWN_SENSES_CASES = [
    ("Stago STA-R coagulation analyzer", "stago-sta-r-evolution", True),
    ("Specimen Processor, Quest Diagnostics", "specimen-processor", True),
    ("Thermo Scientific centrifuges", "thermo-fisher", True),
    ("B.S. Chemistry", "science-degree", True),
    ("Siemens CT scanners", "siemens-healthineers", True),
    ("Core lab MLS on nights", "core-laboratory", True),
    ("BLS and CPR certified", "bls-cpr", True),
    ("ELISA plate reader", "plate-reader", True),
    ("Siemens Artis zee angiography suite", "siemens-artis", True),
    ("Set up vSphere VMs and Windows Server hosts", "virtualization", True),
    ("B.S. in Biomedical Engineering, 2015", "biomedical-engineering-degree", True),
    ("Shift 7 AM to 3 PM, annual review", "preventive-maintenance", False),
    ("CAP PT surveys, 3 events a year", "proficiency-testing", True),
]


def test_forms_of_one_file_no_longer_read_another_files_thing(checker):
    each_case(_OTHER_SENSES_CASES, line_check(checker))


def test_the_guarded_forms_still_count_in_their_own_sense(checker):
    each_case(_OWN_SENSES_CASES, line_check(checker))
