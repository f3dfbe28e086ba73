"""Faults the sixteenth pass found in lot 5, each with the line that showed it and one of the concept's own
sense: a standard filed as a kind of the field it serves (IEC 81001-5-1 under medical device
cybersecurity) and whole logistics suites filed as a kind of their equipment module's class (DMLSS and
LogiCole under CMMS); names and aliases read in other trades (Andersen's windows as the sterilizer maker,
Refinitiv's DataScope as the monitor maker, a company's sales force as the CRM, laundry spots as special
stains, browser plug-in testing as add-on testing, informatics terminologies as medical terminology, a
SOC's or a police officer's incident investigation as the device-incident skill);
short codes in addresses and part numbers (Room FP24) read as a plasma component; and context lists too
strict for the concept's own lines (silver stains on tissue sections, MGG on cytospins, EBUS slides,
databases beside spreadsheets); a gel-read one-step RT-PCR read as the real-time kit and heel puncture
wounds as the capillary draw.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Installed Andersen products including windows and patio doors", "andersen-products", False),
    ("Serviced Andersen Products EO sterilizers in central sterile", "andersen-products", True),
    ("Pulled end-of-day pricing from Refinitiv DataScope Select", "datascope", False),
    ("Repaired Datascope Passport monitors on the step-down unit", "datascope", True),
    ("Room FP24, second floor", "pf24", False),
    ("Apt PF24, Building 3", "pf24", False),
    ("Part no. FP24 bracket", "pf24", False),
    ("Issued PF24 and thawed plasma for the trauma bay", "pf24", True),
    ("Thawed FP24 for massive transfusion", "pf24", True),
    ("Led a salesforce of 20 representatives", "salesforce", False),
    ("Trained the salesforce on new products", "salesforce", False),
    ("Salesforce Effectiveness Manager, oncology franchise", "salesforce", False),
    ("Administered Salesforce for the service team", "salesforce", True),
    ("Logged cases in Salesforce.com", "salesforce", True),
    ("Spot-treated special stains on guest linens", "special-stains", False),
    ("Special stains including PAS and GMS on biopsies", "special-stains", True),
    ("Performed add-on testing of browser plug-ins before each release", "add-on-testing", False),
    ("Processed add-on tests on stored serum", "add-on-testing", True),
    ("Handled add-on test requests from physicians", "add-on-testing", True),
    ("Clinical terminology services (SNOMED CT, LOINC mapping)", "medical-terminology", False),
    ("Knowledge of clinical terminology and anatomy", "medical-terminology", True),
    ("Silver stain of SDS-PAGE gels for protein detection", "silver-stains", False),
    ("Performed silver stains on lung and kidney sections", "silver-stains", True),
    ("Silver stains for Helicobacter and Pneumocystis", "silver-stains", True),
    ("Stained BAL cytospins with MGG", "may-grunwald-giemsa", True),
    ("MGG-stained cytospins of CSF", "may-grunwald-giemsa", True),
    ("Screened EBUS and EUS cases", "ebus-tbna", True),
    ("Prepared slides from EBUS passes", "ebus-tbna", True),
    ("Assisted pulmonologists with EBUS", "ebus-tbna", False),
    ("Proficient in spreadsheets and databases", "database-software", True),
    ("Managed laboratory databases", "database-software", True),
    ("Searched literature databases for the review", "database-software", False),
    ("SKILLS: SALESFORCE, EXCEL, SAP", "salesforce", True),
    ("Negotiated service pricing for Datascope monitors", "datascope", True),
    ("Performed one-step RT-PCR and agarose gel electrophoresis of amplicons", "one-step-rt-qpcr", False),
    ("One-step RT-PCR on the QuantStudio 5", "one-step-rt-qpcr", True),
    ("Treated heel puncture wounds in the wound clinic", "heel-stick", False),
    ("Newborn screens by heel puncture", "heel-stick", True),
    ("Security incident investigation and triage in the SOC", "incident-investigation", False),
    ("Police incident investigation reports", "incident-investigation", False),
    ("Incident investigation for infusion pump adverse events", "incident-investigation", True),
    ("Device failure investigation and MDR reporting", "incident-investigation", True),
]


def test_pass16_5_concepts_are_filed_as_what_they_are(vocabulary):
    iec = vocabulary.concepts["iec-81001-5-1"]
    assert "medical-device-cybersecurity" not in vocabulary.ancestors("iec-81001-5-1")
    assert "medical-device-cybersecurity" in iec.related
    for suite in ("dmlss", "logicole"):
        assert "cmms" not in vocabulary.ancestors(suite)
        assert "cmms" in vocabulary.concepts[suite].related
    assert "cmms" in vocabulary.ancestors("dmlss-etm")
    assert "iso-standards" in vocabulary.ancestors("iso-22870")
    assert vocabulary.concepts["iec-81001-5-1"].category.value == "standard"


def test_pass16_5_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
