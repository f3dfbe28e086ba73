"""Concepts a review of a random sample found wrong, each with a line the vocabulary matched before and the
same forms in their own sense.

Forms that read another sense: a bare "Holter" (the Holter shunt valve, a surname) and "ambulatory ECG" (the
class, event monitors and patches too) as the Holter monitor; "Sunrise Lab" (Sunrise Labs, a device design
firm; the concept is now named for the Altera Sunrise Laboratory module); an umbilical "cord" vouching for
the fetal screen, and an unguarded "rosette test" (the E-rosette test of T cells); CCHT, also the VA's home
telehealth programme (the credential is now named in full); "Stellaris" (TI microcontrollers, a video game);
ABN (the 82nd Airborne, an Australian Business Number); "scope components" and "scope parts" (a project's
scope, a rifle scope); "evacuated tube system" as BD's Vacutainer (any maker's tubes, solar collectors, tube
transport: the tube's form now, beside a blood-draw word); "ASP300 S" read as the earlier ASP300;
"gynecologic screening" as the well-woman exam, and gyn "cases" and "specimens" (surgery, grossing) vouching
for gynecologic cytology. A fact: HL7 v2 and its ORU messages are laboratory interfaces as much as
equipment ones (track both).

Beside them, what the reviewers doubted and the matcher confirmed: "Nuc med tech" read as the medical
technologist through "med tech", and the hematocrit written "HCT" beside "HGB" not read at all (HCT is also a
stem cell transplant, so the capital form needs a blood count word).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Revised the Holter valve shunt for hydrocephalus patients", "holter-monitor", False),
    ("Worked with Dr. Holter on the outcomes trial", "holter-monitor", False),
    ("Ambulatory ECG monitoring with event monitors and patches", "holter-monitor", False),
    ("Performed Holter hookups and scanning for cardiology", "holter-monitor", True),
    ("Hooked up Holter monitors for 24-hour recordings", "holter-monitor", True),
    ("Prototype engineer at Sunrise Labs, a medical device design firm", "sunrise-lab", False),
    ("Built Sunrise Lab order sets and HL7 interfaces for the LIS", "sunrise-lab", True),
    ("Cut the umbilical cord and ran the fetal screen", "fetal-screen", False),
    ("E-rosette test for T cells in the immunology research lab", "fetal-screen", False),
    ("Ran the fetal screen on postpartum Rh-negative mothers", "fetal-screen", True),
    ("Rosette test for FMH before RhIG dosing", "fetal-screen", True),
    ("Coordinated the VA CCHT home telehealth program for veterans", "ccht-nncc", False),
    ("CCHT (NNCC) certified hemodialysis technician", "ccht-nncc", True),
    ("Certified Clinical Hemodialysis Technician, 2021", "ccht-nncc", True),
    ("Firmware for TI Stellaris microcontrollers", "bausch-stellaris", False),
    ("Played Stellaris on weekends", "bausch-stellaris", False),
    ("Serviced the Bausch + Lomb Stellaris phaco systems", "bausch-stellaris", True),
    ("Served with the 82nd ABN Division as a combat medic", "abn", False),
    ("Registered ABN for my sole-trader business", "abn", False),
    ("Obtained ABNs from Medicare patients at registration", "abn", True),
    ("Skills: ABN, ICD-10 and CPT coding", "abn", True),
    ("Defined the project scope components and deliverables", "endoscope-components", False),
    ("Replaced rifle scope parts in the armory", "endoscope-components", False),
    ("Replaced scope components on Olympus bronchoscopes", "endoscope-components", True),
    ("Installed evacuated tube solar collectors", "bd-vacutainer", False),
    ("Installed evacuated tube solar collectors", "blood-collection-tube", False),
    ("Drew blood using the evacuated tube system", "bd-vacutainer", False),
    ("Drew blood using the evacuated tube system", "blood-collection-tube", True),
    ("Drew blood with BD Vacutainer tubes", "bd-vacutainer", True),
    ("Maintained the Leica ASP300 S tissue processors", "leica-asp300", False),
    ("Maintained the Leica ASP300 S tissue processors", "leica-asp300s", True),
    ("Maintained the Leica ASP300 tissue processor", "leica-asp300", True),
    ("Performed gynecologic screening exams in the women's clinic", "gynecologic-cytology", False),
    ("Scrubbed gyn cases in the OR", "gynecologic-cytology", False),
    ("Grossed gyn specimens for the PA service", "gynecologic-cytology", False),
    ("Primary gyn screening of ThinPrep Paps", "gynecologic-cytology", True),
    ("Gynecologic cytology, 9,000 slides a year", "gynecologic-cytology", True),
    ("Nuc med tech at Mercy Hospital", "medical-laboratory-scientist", False),
    ("Med tech, core lab", "medical-laboratory-scientist", True),
    ("HCT and HGB on the XN", "hematocrit", True),
    ("Coordinated the allogeneic HCT program", "hematocrit", False),
]


def test_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_hl7_version_2_serves_both_tracks(vocabulary):
    assert vocabulary.concepts["hl7-v2"].track.value == "both"
    assert vocabulary.concepts["hl7-oru"].track.value == "both"
    assert vocabulary.concepts["ccht-nncc"].name == "Certified Clinical Hemodialysis Technician"
