"""The pass over every file, software, standards, health IT and quality: forms that read another trade's
sense, each with a line that failed before the pass and a line showing the form still counts in its own sense.

Guarded: audit trails (accounts payable), DICOM storage commitment (a cloud contract), laboratory image
analysis software (satellite imagery), EAM (the Air Force emergency action message), IHE (institutions of
higher education), infusion pump integration and auto-programming (oil-field skids, CNC lathes), Mainspring
(a watch part; renamed "Mainspring CMMS"), networked patient monitors (CCTV), alarm routing (burglar and fire
panels), Sysmex WAM (Oracle WAM), CLSI M100 (cameras and drones), the CLIA certificate of waiver (an FAA
waiver), the FDA assembler requirements (an assembler's job requirements), IEC 62304 and 62353 (ZIP codes),
LRN (an ethics-training company), radiation dose monitoring software (drug dosing), complaint handling (retail
customers), self-inspections (a warehouse's fire extinguishers), the Westgard rules written "1-2s" (a page
load time) and third-party controls (SOX). "Time synchronization" is no longer a form of NTP: it is broader.
Later, acronyms of other trades: LIS (library and information science; the concept is named "Laboratory
information system"), FBC (a church), T&S (trust and safety), NCE (the counselor examination) and FSN (a
stock number clerk, a foreign service national).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_SOFTWARE_AND_STANDARDS_PASS_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Completed an LIS degree in library and information science", "lis", False),
    ("Youth ministry volunteer at FBC Dallas", "cbc", False),
    ("T&S analyst for content moderation policy", "type-and-screen", False),
    ("Passed the NCE for my LPC license", "nonconforming-events", False),
    ("FSN supply clerk in the Army", "hazard-alerts", False),
    ("Maintained audit trails for accounts payable and general ledger", "audit-logging", False),
    ("Negotiated a 3-year storage commitment with AWS", "dicom-storage-commitment", False),
    ("Satellite image analysis software (ENVI, ERDAS)", "digital-morphology-software", False),
    ("Air Force command post controller: relayed EAM traffic", "eam", False),
    ("Partnered with IHE partners on the teacher residency grant", "ihe", False),
    ("Pump integration for the oil and gas skid packages", "infusion-pump-integration", False),
    ("Auto-programming of CNC lathes with Mastercam", "infusion-pump-integration", False),
    ("Watchmaker: replaced mainsprings and balance wheels", "mainspring-cmms", False),
    ("Installed networked monitors in the security office CCTV room", "networked-patient-monitor", False),
    ("Time synchronization of substation relays with GPS clocks", "ntp", False),
    (
        "Alarm routing for burglar and fire panels at the central station",
        "secondary-alarm-notification",
        False,
    ),
    ("Oracle WAM single sign-on administration", "sysmex-wam", False),
    ("Shot product photos with the Canon EOS M100", "clsi-m100", False),
    ("Flew the DJI Matrice M100 for survey mapping", "clsi-m100", False),
    ("FAA certificate of waiver for night drone operations", "clia-certificate-of-waiver", False),
    ("Springfield, IL 62304", "iec-62304", False),
    ("Completed LRN ethics and compliance training", "laboratory-response-network", False),
    ("Patient dose monitoring of opioid infusions by pharmacy", "radiation-dose-monitoring", False),
    ("Dose management software for chemotherapy orders", "radiation-dose-monitoring", False),
    ("Handled customer complaints at the retail front desk", "complaint-handling", False),
    ("Fire extinguisher self-inspections for the warehouse", "mock-inspections", False),
    ("Reduced page load time to 1-2s", "westgard-1-2s", False),
    ("Reviewed third-party controls for SOX compliance", "qc-material", False),
]

_FORMS_GUARDED_IN_THE_SOFTWARE_AND_STANDARDS_PASS_STILL_COUNT_CASES = [
    ("Cerner LIS and Epic Beaker", "lis", True),
    ("FBC, U&E and LFTs", "cbc", True),
    ("T&S and crossmatch", "type-and-screen", True),
    ("Logged NCEs in the QMS", "nonconforming-events", True),
    ("Issued FSNs for the recalled pumps", "hazard-alerts", True),
    ("Audit trails reviewed weekly for the LIS and PACS", "audit-logging", True),
    (
        "DICOM storage commitment configured between the modalities and the PACS archive",
        "dicom-storage-commitment",
        True,
    ),
    ("Image analysis software for IHC slides (HALO, QuPath)", "digital-morphology-software", True),
    ("Migrated the EAM system to Infor for equipment work orders", "eam", True),
    ("IHE profiles (SWF, PIX/PDQ) for the PACS and EHR integration", "ihe", True),
    (
        "Infusion pump integration with Epic: auto-programming live on all units",
        "infusion-pump-integration",
        True,
    ),
    ("Pump integration go-live for the Alaris fleet with Epic", "infusion-pump-integration", True),
    ("Mainspring work orders and asset inventory for the biomed shop", "mainspring-cmms", True),
    ("Networked monitors on the telemetry central station", "networked-patient-monitor", True),
    ("Alarm routing from patient monitors to Vocera badges", "secondary-alarm-notification", True),
    ("Sysmex WAM rules for hematology autovalidation", "sysmex-wam", True),
    ("CLSI M100 breakpoints for AST", "clsi-m100", True),
    ("CLIA certificate of waiver for the clinic lab", "clia-certificate-of-waiver", True),
    ("FDA assembler requirements for X-ray installs (Form 2579)", "fda-xray-performance-standard", True),
    ("IEC 62304 software lifecycle documentation", "iec-62304", True),
    ("Performed 62353 recurrent tests on infusion pumps", "iec-62353", True),
    ("LRN sentinel laboratory bioterrorism rule-out training", "laboratory-response-network", True),
    ("Dose management software (DoseWatch) for CT", "radiation-dose-monitoring", True),
    ("Investigated customer complaints on analyzer failures and filed MDRs", "complaint-handling", True),
    ("CAP self-inspection with the checklists before the survey", "mock-inspections", True),
    ("Applied the 1-2s warning rule on Levey-Jennings charts", "westgard-1-2s", True),
    ("Rejected runs on 1-3s and R-4s violations", "westgard-1-3s", True),
    ("Rejected runs on 1-3s and R-4s violations", "westgard-r-4s", True),
    ("Third-party controls (Bio-Rad) for chemistry QC", "qc-material", True),
]


def test_the_software_and_standards_pass_keeps_other_senses_out(checker):
    each_case(_THE_SOFTWARE_AND_STANDARDS_PASS_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_software_and_standards_pass_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_SOFTWARE_AND_STANDARDS_PASS_STILL_COUNT_CASES, line_check(checker))


def test_time_synchronization_is_broader_than_ntp(vocabulary):
    assert vocabulary.concepts["mainspring-cmms"].name == "Mainspring CMMS"
    ntp_forms = {f.text for f in vocabulary.concepts["ntp"].forms}
    assert "time synchronization" not in ntp_forms
