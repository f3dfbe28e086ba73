"""Faults the seventeenth pass found in lot 1 (apheresis, device security, endoscopy and bedside equipment),
each with the line that showed it and one of the concept's own sense.

Shapes: a family's name or form read its own models' lines too (EVIS EXERA II and III, the DSD EDGE and
DSD-201, Hospira Plum A+, DINAMAP CARESCAPE V100, Bair Hugger 675, HeartMate 3 and II, ELUXEO 7000, IMAGE1 S
4U, ERBE VIO 3, Responder 5, Liberty Select, HarmonyAIR and Harmony LED); models' hyphenated or spaced
spellings not found (PB-840, LTV-1200, HeartMate-3, DSD 201, Stryker Secure 2); another trade's phrase read on
an unguarded name or alias (a tier-2 "SOC 2 analyst", "a tenable one", SAP HANA tables, the Arctic Sun Lodge,
a dialysis system administrator); and a therapy or patient measurement read as the machine (ECMO patients,
CPAP titration, EtCO2 during sedation, neonatal phototherapy given to infants).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("SOC 2 analyst on the night shift", "soc-2", False),
    ("Level 2 SOC2 analyst", "soc-2", False),
    ("Collected evidence for the SOC 2 audit", "soc-2", True),
    ("Vendor risk reviews of SOC 2 reports", "soc-2", True),
    ("The argument is a tenable one for the board", "tenable-one", False),
    ("Configured Tenable One exposure dashboards", "tenable-one", True),
    ("Created SAP HANA tables for the reporting layer", "hana-table", False),
    ("Positioned patients on the Hana table for anterior hip cases", "hana-table", True),
    ("Serviced the Olympus EVIS EXERA III towers", "olympus-evis-exera", False),
    ("Serviced the Olympus EVIS EXERA III towers", "olympus-evis", False),
    ("Serviced EVIS EXERA II towers", "olympus-evis-exera", False),
    ("Repaired EVIS EXERA processors", "olympus-evis-exera", True),
    ("Olympus EVIS processors", "olympus-evis", True),
    ("Medivators DSD EDGE AERs", "medivators-dsd", False),
    ("Medivators DSD 201 reprocessor PMs", "medivators-dsd", False),
    ("Medivators DSD 201 reprocessor PMs", "medivators-dsd-201", True),
    ("Medivators DSD reprocessors", "medivators-dsd", True),
    ("Hospira Plum A+ pumps", "icu-medical-plum", False),
    ("Hospira Plum pumps", "icu-medical-plum", True),
    ("GE Dinamap CARESCAPE V100 monitors", "ge-dinamap", False),
    ("GE Dinamap CARESCAPE V100 monitors", "carescape-v100", True),
    ("GE Dinamap monitors", "ge-dinamap", True),
    ("Monitored EtCO2 during procedural sedation", "capnograph", False),
    ("Calibrated EtCO2 modules", "capnograph", True),
    ("Titrated CPAP for patients in the sleep lab", "cpap-device", False),
    ("Placed patients on CPAP and BiPAP per RT protocol", "cpap-device", False),
    ("Repaired CPAP units for DME", "cpap-device", True),
    ("ECMO patients require anti-Xa monitoring every 6 hours", "ecmo", False),
    ("Maintained ECMO consoles", "ecmo", True),
    ("PB-840 ventilators", "pb-840", True),
    ("LTV-1200 ventilators", "ltv-1200", True),
    ("LTV-2200 ventilators", "ltv-2200", True),
    ("STERIS Harmony AIR A-Series lights", "steris-harmony", False),
    ("STERIS Harmony AIR A-Series lights", "steris-harmonyair", True),
    ("STERIS Harmony LED lights", "steris-harmony", False),
    ("STERIS Harmony lights", "steris-harmony", True),
    ("Worked at Arctic Sun Lodge as front desk agent", "arctic-sun", False),
    ("Arctic Sun units in the ICU", "arctic-sun", True),
    ("Bair Hugger 675", "bair-hugger", False),
    ("Bair Hugger units", "bair-hugger", True),
    ("HeartMate 3 and HeartMate II LVAD patients", "heartmate", False),
    ("HeartMate XVE", "heartmate", True),
    ("HeartMate-3 controller", "heartmate-3", True),
    ("HeartMate-II controller", "heartmate-ii", True),
    ("Dialysis system administrator for the clinics", "dialysis-machine", False),
    ("Repaired dialysis systems on the unit", "dialysis-machine", True),
    ("Provided neonatal phototherapy for jaundiced infants", "phototherapy-unit", False),
    ("Checked irradiance on neonatal phototherapy lights", "phototherapy-unit", True),
    ("Stryker Secure 2 beds", "stryker-secure-ii", True),
    ("Installed Fujifilm ELUXEO 7000 processors", "fujifilm-eluxeo", False),
    ("ELUXEO 7000 system", "fujifilm-eluxeo-7000", True),
    ("Fujifilm ELUXEO systems", "fujifilm-eluxeo", True),
    ("Karl Storz IMAGE1 S 4U camera", "storz-image1-s", False),
    ("Storz IMAGE1 S camera heads", "storz-image1-s", True),
    ("ERBE VIO 3 generators", "erbe-vio", False),
    ("ERBE VIO generators", "erbe-vio", True),
    ("Rauland Responder 5 nurse call", "rauland-responder", False),
    ("Rauland Responder nurse call", "rauland-responder", True),
    ("Fresenius Liberty Select cycler", "fresenius-liberty", False),
    ("Fresenius Liberty cyclers", "fresenius-liberty", True),
]


def test_pass17_lot1_cases(checker):
    each_case(_CASES, line_check(checker))
