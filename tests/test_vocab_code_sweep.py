"""The sweep of bare model codes and acronym names: one line per fix, each failing before it.

The sweep probed model codes (PC chipsets, scooters, cameras, printers, cars, tax forms) and names made of a
short acronym and a word. It guarded: the GE CARESCAPE B450, B650 and B850 monitors against AMD motherboard
chipsets of the same names; M365 (Microsoft 365) against the Xiaomi M365 scooter; "PT program" (proficiency
testing) against a physical therapy programme; "DR system" and "DR room" (digital radiography) and the bare DR
beside them against disaster recovery; "CR system" (computed radiography) against change requests; "IR suite"
(interventional radiology) and the bare IR beside it against an incident response suite. The second table
checks that each guarded form still counts in its own sense. Later it guarded HBO2 (hyperbaric oxygen) against
metaboric acid, c501 (the Roche cobas module) against the Cessna Citation 501, EP9 (CLSI EP09) against
the NIO EP9 car, and m2000 (the Abbott RealTime system) against the Dassault Mirage 2000 fighter. A third
pass guarded A1C (the HbA1c test) against the Air Force rank, GP41 (the CLSI venipuncture standard) against
the HIV glycoprotein band, API 4000 (the SCIEX mass spectrometer) against a valve's pressure rating, and the
CLSI EP documents written "EP5" or "EP12" against a record's EP and a podcast episode.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_CODE_SWEEP_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Built gaming PC on an MSI B450 motherboard", "carescape-b450", False),
    ("Upgraded to AMD B650 chipset board", "carescape-b650", False),
    ("ASRock B850 motherboard with Ryzen 7", "carescape-b850", False),
    ("Rode a Xiaomi M365 electric scooter to work", "microsoft-office", False),
    ("Replaced batteries on Xiaomi M365 scooters", "microsoft-office", False),
    ("Completed a PT program (physical therapy) after knee surgery", "proficiency-testing", False),
    ("Physical therapy aide: scheduled patients for the outpatient PT program", "proficiency-testing", False),
    ("Ran the PT program at a sports medicine clinic", "proficiency-testing", False),
    ("Configured DR system failover to the secondary data center", "digital-radiography", False),
    ("Set up DR room for business continuity", "digital-radiography", False),
    ("Processed CR system change requests in ServiceNow", "computed-radiography", False),
    ("Built an IR suite of incident response playbooks", "angiography", False),
    ("Led the security IR suite tooling", "angiography", False),
    ("Metaboric acid (HBO2) formed on heating boric acid", "hyperbaric-oxygen-therapy", False),
    ("Titrated boric acid to HBO2 in the chemistry lab", "hyperbaric-oxygen-therapy", False),
    ("Flew the Cessna Citation C501 for charter", "roche-cobas-c501", False),
    ("Test drove the NIO EP9 electric supercar", "clsi-ep09", False),
    ("Crew chief on Dassault Mirage M2000 fighters", "abbott-m2000", False),
    ("Maintained M2000 fighter jets for the air force", "abbott-m2000", False),
    ("Promoted to A1C in 2019 (Airman First Class)", "hba1c-testing", False),
    ("HIV Western blot: read the GP41 and GP120 bands", "clsi-gp41", False),
    ("API 4000 psi gate valves", "sciex-api-4000", False),
    ("Released EP5 on Spotify", "clsi-ep05", False),
    ("Podcast host: EP12 with a guest engineer", "clsi-ep12", False),
]

_FORMS_GUARDED_IN_THE_CODE_SWEEP_STILL_COUNT_CASES = [
    ("Serviced GE CARESCAPE B450 and B650 patient monitors", "carescape-b450", True),
    ("Serviced GE CARESCAPE B450 and B650 patient monitors", "carescape-b650", True),
    ("B650 monitor repairs on telemetry floor", "carescape-b650", True),
    ("B850", "carescape-b850", True),
    ("Managed M365 licenses and Teams", "microsoft-office", True),
    ("Managed the CAP PT program for chemistry", "proficiency-testing", True),
    ("Installed Carestream DR system in the ED", "digital-radiography", True),
    ("DR room service", "digital-radiography", True),
    ("Portable DR panel swap", "digital-radiography", True),
    ("Replaced the CR system with Fuji DR panels", "computed-radiography", True),
    ("Biplane system in the neuro IR suite", "angiography", True),
    ("Serviced IR suites and cath labs", "angiography", True),
    ("Provided HBO2 treatments for wound care patients", "hyperbaric-oxygen-therapy", True),
    ("Ran Roche cobas c501 chemistry analyzer", "roche-cobas-c501", True),
    ("c501 and e601 modules", "roche-cobas-c501", True),
    ("Ran EP9 method comparison for the new analyzer", "clsi-ep09", True),
    ("Ran HIV viral loads on the Abbott m2000", "abbott-m2000", True),
    ("Amplification on m2000 runs", "abbott-m2000", True),
    ("HbA1c and A1C testing on the DCA Vantage", "hba1c-testing", True),
    ("CLSI GP41 venipuncture standard", "clsi-gp41", True),
    ("SCIEX API 4000 LC-MS/MS", "sciex-api-4000", True),
    ("Ran EP5 and EP15 precision studies", "clsi-ep05", True),
    ("EP12 qualitative test evaluation", "clsi-ep12", True),
]


def test_the_code_sweep_keeps_other_senses_out(checker):
    each_case(_THE_CODE_SWEEP_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_code_sweep_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_CODE_SWEEP_STILL_COUNT_CASES, line_check(checker))
