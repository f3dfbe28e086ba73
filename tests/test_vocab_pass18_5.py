"""Faults the eighteenth pass found in lot 5, each with the line that showed it and one of the concept's own
sense: other settings' phrases on unguarded forms (a nurse transfusing pooled platelets read as pooling them;
a data centre's or greenhouse's humidity monitoring read as laboratory QC; an electric utility's storm
"system hardening" and a building's "security hardening" read as device hardening; a water plant's pump
server read as the infusion pump server; a research lab's thawed plasma samples read as the transfusion
component); a general phrase taken as one thing (rapid flu tests on a rapid molecular analyzer read as the
antigen RIDT); common spellings of the concept's own sense missed (Mac OS, MSSQL, Acist, Bebig, Team Viewer,
Power Point, qRT-PCR, Tektronics and others); and a device filed under the skill of working on it.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Transfused pooled platelets to trauma patients", "platelet-unit-pooling", False),
    ("Prepared pooled platelets in the blood bank", "platelet-unit-pooling", True),
    ("Ran rapid flu tests on the Abbott ID NOW", "rapid-influenza-test", False),
    ("ID NOW rapid flu tests in the urgent care", "rapid-influenza-test", False),
    ("Performed rapid influenza testing with BD Veritor", "rapid-influenza-test", True),
    ("Relative humidity monitoring in the data center", "humidity-monitoring", False),
    ("Humidity logs for the greenhouse grow rooms", "humidity-monitoring", False),
    ("Kept humidity logs for sterile storage", "humidity-monitoring", True),
    ("Led distribution system hardening projects after storms", "device-hardening", False),
    ("Server hardening of the lab workstations", "device-hardening", True),
    ("Security hardening of school entrances and doors", "device-hardening", False),
    ("Aliquoted thawed plasma samples for the LC-MS/MS assay", "thawed-plasma", False),
    ("Issued thawed plasma to the OR for the trauma patient", "thawed-plasma", True),
    ("Repaired Acist injectors in the cath lab", "acist", True),
    ("Bebig brachytherapy afterloaders", "bebig", True),
    ("Pump server upgrade at the water treatment plant", "infusion-pump-server", False),
    ("Replaced the fuel pump server at the depot", "infusion-pump-server", False),
    ("Upgraded the Alaris pump server and drug libraries", "infusion-pump-server", True),
    ("Supported Windows and Mac OS laptops", "macos", True),
    ("Restored a Mac OS 9 workstation for the archive", "macos", False),
    ("Wrote queries against MSSQL databases", "microsoft-sql-server", True),
    ("Team Viewer remote sessions with the vendor", "teamviewer", True),
    ("Built Power Point presentations for staff in-services", "microsoft-powerpoint", True),
    ("Installed double power points in the kitchen", "microsoft-powerpoint", False),
    ("Supported Mac OSX workstations", "macos", True),
    ("Built PowerBI dashboards of PM completion", "power-bi", True),
    ("Programmed Control Logix PLCs", "controllogix", True),
    ("Built HL-7 interfaces to the LIS", "hl7", True),
    ("qRT-PCR for SARS-CoV-2", "real-time-rt-pcr", True),
    ("Calibrated Tektronics oscilloscopes", "tektronix", True),
    ("Maintained a File Maker Pro database", "filemaker", True),
    ("Serviced Smith&Nephew arthroscopy towers", "smith-nephew", True),
    ("Gastrocult testing on gastric aspirates", "gastroccult", True),
    ("Configured 802.1x authentication on the monitor network", "ieee-802-1x", True),
    ("Tagged 802.1q trunks for the clinical VLANs", "vlan", True),
    ("Ran Lyphocheck controls each shift", "biorad-lyphochek", True),
    ("Special stains: PAS, GMS, EVG, trichrome", "evg-stain", True),
    ("Started an EVG-based regimen for HIV patients", "evg-stain", False),
    ("Leishman's stain on peripheral smears", "leishman-stain", True),
    ("Tele-pathology frozen section consults", "telepathology", True),
    ("Work orders in Asset Works", "assetworks", True),
    ("Administered RedHat Enterprise Linux servers", "red-hat-enterprise-linux", True),
]


def test_pass18_lot5_cases(checker):
    each_case(_CASES, line_check(checker))


def test_pass18_lot5_filing(vocabulary):
    assert "high-voltage-systems" not in vocabulary.ancestors("high-voltage-power-supply")
    assert vocabulary.concepts["high-voltage-power-supply"].category.value == "equipment"
