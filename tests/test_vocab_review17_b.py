"""Faults the seventeenth review of a sample found (share b), each with the line that showed it and one of the
concept's own sense: "Tenable.SC" and "Tenable.IO" written in capitals not found; "T-Spot" and "T-Spot.TB" in
mixed case not found, and the T-SPOT Discovery SARS-CoV-2 kit read as T-SPOT.TB; a nurse's "blood product
management" in trauma and surgery read as the blood bank's inventory; the UK's whole-laboratory "pathology
information system" (WinPath) and a clinical pathology information system read as the anatomic pathology LIS;
"Masimo set up" and "Masimo set out" read as Masimo SET; newborn and antenatal sickle cell screening
programmes read as the solubility screen; "cardiac output monitoring of post-op patients" read as the monitor;
an address's "Building G Suite 210" read as Google Workspace."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Experience with Tenable.SC and Nessus", "tenable-security-center", True),
    ("Ran credentialed scans in Tenable.Sc", "tenable-security-center", True),
    ("Ran credentialed scans in Tenable.sc", "tenable-security-center", True),
    ("Migrated scanners from Tenable.IO to Tenable SC", "tenable-vm", True),
    ("Cloud scanning in Tenable.io", "tenable-vm", True),
    ("TB testing by QuantiFERON and T-Spot", "t-spot-tb", True),
    ("Performed T-Spot TB assays", "t-spot-tb", True),
    ("Performed T-Spot TB testing", "t-spot-tb", True),
    ("Validated the T-Spot.TB assay", "t-spot-tb", True),
    ("Ran T-SPOT.TB and QuantiFERON-TB Gold Plus", "t-spot-tb", True),
    ("Oxford Immunotec T-SPOT Discovery SARS-CoV-2 kits", "t-spot-tb", False),
    (
        "Trauma resuscitation including rapid infuser use and blood product management",
        "blood-inventory-management",
        False,
    ),
    ("Perioperative blood product management guided by TEG", "blood-inventory-management", False),
    ("Blood product management and inventory in the hospital blood bank", "blood-inventory-management", True),
    ("Super-user of the WinPath pathology information system for blood sciences", "ap-lis", False),
    ("Experience with clinical pathology information systems", "ap-lis", False),
    ("Used the WinPath pathology information system in haematology and biochemistry", "ap-lis", False),
    ("Built case templates in the pathology information system for surgical pathology", "ap-lis", True),
    ("Administered the anatomic pathology LIS", "ap-lis", True),
    ("Assisted with Masimo set up of Patient SafetyNet remote surveillance", "masimo-set", False),
    ("Founded in 1989, Masimo set out to improve noninvasive monitoring", "masimo-set", False),
    ("Serviced Masimo SET Radical-7 pulse oximeters", "masimo-set", True),
    ("Newborn sickle cell screening by HPLC and isoelectric focusing", "sickle-cell-screen", False),
    ("Sickle Cell Screening Program coordinator", "sickle-cell-screen", False),
    ("Coordinated the newborn sickle cell screening program", "sickle-cell-screen", False),
    ("Sickle cell screening of pregnant women (antenatal)", "sickle-cell-screen", False),
    ("Performed sickle cell screens with Sickledex tubes", "sickle-cell-screen", True),
    ("Ran sickle solubility tests on hematology specimens", "sickle-cell-screen", True),
    (
        "Provided cardiac output monitoring of post-op cardiac surgery patients",
        "cardiac-output-monitor",
        False,
    ),
    ("Managed patients on continuous cardiac output monitoring", "cardiac-output-monitor", False),
    ("Repaired cardiac output monitors in the CVICU", "cardiac-output-monitor", True),
    ("4500 Research Blvd Building G Suite 210, Austin TX", "google-workspace", False),
    ("Bldg. G Suite 100", "google-workspace", False),
    ("Administered G Suite accounts for 200 users", "google-workspace", True),
]


def test_the_seventeenth_reviews_faults_b_are_fixed(checker):
    each_case(_CASES, line_check(checker))
