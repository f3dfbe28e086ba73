"""Faults pass 17 found in lot 6 (software, standards, test equipment, titles), each with the line that
showed it and one of the concept's own sense. Most were family and model forms: a family's form read
its own model's line (Rigel SafeTest 100, Tektronix TBS 1052C, PTW Farmer 30012, ArcCHECK MR, the 3M
Comply Bowie-Dick pack, the Fluke 123B) while the model's own spaced, hyphenated or joined spelling was
not found (TBS-1052B, MapCHECK-3, Fluke 52-II, MAX4000 Plus, Citrex H-4, PatSim200, Quest Care 360).
Other trades' phrases on unguarded forms: an IT vendor's middleware, a power market's ISO compliance,
Visual Studio's Productivity Power Tools. Resume wording missed: validated sterilizers, sterilizer
requalification, safe sharps handling.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Experience with vendor middleware such as IBM MQ or TIBCO for payments", "vendor-middleware", False),
    ("Managed vendor middleware for the chemistry analyzers", "vendor-middleware", True),
    ("Used the Rigel SafeTest 100 for PAT testing", "rigel-safetest-60", False),
    ("Rigel SafeTest for PAT testing of bench equipment", "rigel-safetest-60", True),
    ("Sun Nuclear ArcCHECK MR for the MR-linac", "arccheck", False),
    ("Sun Nuclear ArcCHECK MR for the MR-linac", "arccheck-mr", True),
    ("Patient-specific QA on the ArcCHECK for VMAT plans", "arccheck", True),
    ("Array QA with the MapCHECK-3", "mapcheck-3", True),
    ("Troubleshot the Tektronix TBS 1052C scope", "tektronix-tbs", False),
    ("Troubleshot the Tektronix TBS 1052C scope", "tektronix-tbs1052c", True),
    ("Bench work with Tektronix TBS oscilloscopes", "tektronix-tbs", True),
    ("Calibrated the TBS-1052B and TBS 1072B scopes", "tektronix-tbs1052b", True),
    ("Calibrated the TBS-1052B and TBS 1072B scopes", "tektronix-tbs1072b", True),
    ("Ran the TBS 1202B in the student lab", "tektronix-tbs1202b", True),
    ("Ran the TBS-1102C in the student lab", "tektronix-tbs1102c", True),
    ("Reference dosimetry with a PTW Farmer 30012 and UNIDOS", "ptw-farmer", False),
    ("Reference dosimetry with a PTW Farmer 30012 and UNIDOS", "ptw-30012", True),
    ("Reference dosimetry with a PTW Farmer chamber TN30013", "ptw-farmer", False),
    ("Reference dosimetry with a PTW Farmer 30013", "ptw-30013", True),
    ("Reference dosimetry with a PTW Farmer 30010", "ptw-30010", True),
    ("Reference dosimetry with a PTW Farmer chamber and electrometer", "ptw-farmer", True),
    ("Checked probes with the Fluke 52-II thermometer", "fluke-52-ii", True),
    ("Performed sterilizer validations in SPD", "sterilizer-validation", True),
    ("Validated sterilizers after repairs", "sterilizer-validation", True),
    ("Sterilizer requalification after relocation", "sterilizer-validation", True),
    ("Send-out results through Quest Care 360", "quest-care360", True),
    ("Energy trader familiar with ISO compliance for CAISO and PJM markets", "iso-standards", False),
    ("ISO compliance for the device quality system", "iso-standards", True),
    ("Electrometer checks on the MAX4000 Plus", "standard-imaging-max-4000-plus", True),
    ("Ventilator checks with the Citrex H-4", "imt-citrex-h4", True),
    ("Ventilator checks with the Citrex H-5", "imt-citrex-h5", True),
    ("Monitor PMs with the Rigel PatSim-200", "rigel-patsim-200", True),
    ("SpO2 checks with the Fluke Index 2 MF", "fluke-index-2mf", True),
    ("Installed Productivity Power Tools for Visual Studio", "power-tools", False),
    ("Excel power tools training for the finance team", "power-tools", False),
    ("Used power tools and hand tools to mount equipment carts", "power-tools", True),
    ("Trained staff on safe sharps handling", "sharps-safety", True),
    ("Sharps injury prevention program for the ward", "sharps-safety", True),
    ("Ran the 3M Comply Bowie-Dick test pack daily", "3m-comply", False),
    ("Ran the 3M Comply Bowie-Dick test pack daily", "3m-comply-bowie-dick", True),
    ("3M Comply indicator strips in each tray", "3m-comply", True),
    ("Troubleshot drives with a Fluke 123 B ScopeMeter", "fluke-123", False),
    ("Troubleshot drives with a Fluke 123 ScopeMeter", "fluke-123", True),
]


def test_pass17_lot6_lines(checker):
    each_case(_CASES, line_check(checker))
