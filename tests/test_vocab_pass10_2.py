"""Forms that read another trade's sense, guarded or renamed; each line of the first table matched before.

The Attest verb ("can attest 490 hours"); Impax Laboratories, the generic drug maker, and Impax Asset
Management; Lufthansa flight numbers (LH 755, LH 780); liver, lung and cattle flukes and their eggs in a
parasitology line; the given name Arietta and the arietta (a short aria) of a singer; LAN Airlines of Chile;
WAN-IFRA, the World Association of News Publishers; the President's Volunteer Service Award (PVSA Gold,
Silver, Bronze); the HCG diet and hCG injections given or dispensed as a drug; the Mercedes-Benz C111
concept car, room C111 and course C111; the Screwdriver cocktail and the Screwdriver CI service; the
Norwegian Directorate of Immigration (UDI); Epiq, the e-discovery and legal services firm; the quartz
crystal microbalance (QCM) of thin-film deposition; the hydraulics of civil engineering (hydrology, HEC-RAS,
stormwater); and immunochemistry staining of tissue sections no longer read as the 3M Attest 490, Agfa
IMPAX, the Beckman Coulter LH 755 and LH 780, Fluke Corporation, the Hitachi ARIETTA, a local or wide area
network, post-vasectomy semen analysis, hCG testing, the Roche cobas c 111, the screwdriver, Unique Device
Identification, the Philips EPIQ, the laboratory microbalance, hydraulic systems and immunoassay. The
screwdriver, the microbalance and the hydraulics skill are renamed to their own sense ("Screwdriver
(tool)", "Laboratory microbalance", "Hydraulic systems"), the old name a guarded form. The second table
checks that each guarded or renamed form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_CASES_PASS10_2 = [
    # 3m-attest-490: the verb
    ("I can attest 490 volunteer hours at the food bank", "3m-attest-490", False),
    # agfa-impax: the generic drug maker and the asset manager
    ("Quality control analyst at IMPAX Laboratories generic pharmaceuticals", "agfa-impax", False),
    ("Portfolio analyst at IMPAX Asset Management", "agfa-impax", False),
    # beckman-lh-755, beckman-lh-780: Lufthansa flight numbers
    ("Flew Lufthansa flight LH 780 to Frankfurt", "beckman-lh-780", False),
    ("Cabin crew on Lufthansa LH 755", "beckman-lh-755", False),
    ("Worked the LH780 route to Chicago", "beckman-lh-780", False),
    # fluke: the parasite
    ("Fluke and tapeworm eggs identified on ova and parasite exams", "fluke", False),
    ("Fluke infections in cattle herds", "fluke", False),
    ("Identified Fasciola hepatica (Liver Fluke) eggs", "fluke", False),
    ("Chinese Liver Fluke ova seen on concentrate", "fluke", False),
    # hitachi-arietta: a given name and a short aria
    ("References available: Arietta Johnson, office manager", "hitachi-arietta", False),
    ("Sang an arietta at the recital", "hitachi-arietta", False),
    # lan: LAN Airlines
    ("Flight attendant for LAN Airlines in Santiago", "lan", False),
    ("LAN Chile ground crew", "lan", False),
    # wan: the World Association of News Publishers
    ("Member of WAN-IFRA, the World Association of News Publishers", "wan", False),
    ("Reporter; WAN IFRA fellowship", "wan", False),
    # post-vasectomy-semen-analysis: the President's Volunteer Service Award
    ("Recipient of the PVSA Gold award", "post-vasectomy-semen-analysis", False),
    ("Earned the PVSA Gold", "post-vasectomy-semen-analysis", False),
    ("PVSA Silver recipient, 2019", "post-vasectomy-semen-analysis", False),
    # pregnancy-testing: the HCG diet and hCG given as a drug
    ("Administered HCG diet program injections at a weight-loss clinic", "pregnancy-testing", False),
    ("Dispensed HCG injections for fertility patients", "pregnancy-testing", False),
    # roche-cobas-c111: a concept car, a room, a course
    ("Mercedes-Benz C111 concept car restoration", "roche-cobas-c111", False),
    ("Taught lectures in room C111", "roche-cobas-c111", False),
    ("Completed C111 Intro to Business", "roche-cobas-c111", False),
    # screwdriver: the cocktail and the CI service
    ("Mixed cocktails: Screwdriver, Mojito, Margarita", "screwdriver", False),
    ("Bartender; made Screwdriver and Bloody Mary drinks", "screwdriver", False),
    ("Served Screwdriver cocktails at the hotel bar", "screwdriver", False),
    ("Screwdriver CI pipelines", "screwdriver", False),
    # udi: the Norwegian Directorate of Immigration
    ("Technician at UDI Norwegian Directorate of Immigration", "udi", False),
    ("Caseworker at UDI", "udi", False),
    # philips-epiq: the e-discovery firm
    ("EPIQ e-discovery document review platform", "philips-epiq", False),
    ("Reviewed documents in EPIQ Discovery for litigation", "philips-epiq", False),
    # microbalance: the quartz crystal microbalance of thin-film deposition
    ("Monitored deposition rate with a quartz crystal microbalance", "microbalance", False),
    ("QCM microbalance data for thin-film sputtering", "microbalance", False),
    # hydraulics: civil engineering hydraulics
    ("Hydraulics and hydrology modeling with HEC-RAS", "hydraulics", False),
    ("Coursework: Hydraulics, Hydrology, Structural Analysis", "hydraulics", False),
    # immunoassay: immunochemistry staining of tissue
    ("Performed immunochemistry staining on tissue sections", "immunoassay", False),
]

_FORMS_GUARDED_IN_PASS10_2_STILL_COUNT_CASES = [
    ("Read biological indicators on the Attest 490 auto-reader", "3m-attest-490", True),
    ("3M Attest 490 Auto-reader", "3m-attest-490", True),
    ("Administered IMPAX for radiology", "agfa-impax", True),
    ("Administered IMPAX PACS for radiology", "agfa-impax", True),
    ("Agfa IMPAX", "agfa-impax", True),
    ("Ran CBCs on the LH 780 and LH 755", "beckman-lh-780", True),
    ("Ran CBCs on the LH 780 and LH 755", "beckman-lh-755", True),
    ("Maintained the LH780 hematology analyzer", "beckman-lh-780", True),
    ("Beckman Coulter LH 755", "beckman-lh-755", True),
    ("Beckman Coulter LH 780", "beckman-lh-780", True),
    ("Calibrated Fluke meters and Fluke Biomedical analyzers", "fluke", True),
    ("Fluke and Tektronix test equipment", "fluke", True),
    ("Fluke Corporation", "fluke", True),
    ("Serviced Hitachi ARIETTA 65 ultrasound", "hitachi-arietta", True),
    ("Serviced ARIETTA 850 systems", "hitachi-arietta", True),
    ("Hitachi ARIETTA", "hitachi-arietta", True),
    ("Configured LAN and WAN switches", "lan", True),
    ("Configured LAN and WAN switches", "wan", True),
    ("Troubleshot LANs on the clinical network", "lan", True),
    ("Supported WANs for 12 clinics", "wan", True),
    ("Local area network", "lan", True),
    ("Wide area network", "wan", True),
    ("Performed PVSA and semen analysis", "post-vasectomy-semen-analysis", True),
    ("Performed the PVSA on post-vasectomy specimens", "post-vasectomy-semen-analysis", True),
    ("Post-vasectomy semen analysis", "post-vasectomy-semen-analysis", True),
    ("Ran serum hCG and urine pregnancy tests", "pregnancy-testing", True),
    ("Quantitative HCG on the Architect", "pregnancy-testing", True),
    ("hCG testing", "pregnancy-testing", True),
    ("Ran chemistries on the c111", "roche-cobas-c111", True),
    ("Maintained the cobas c111 analyzer", "roche-cobas-c111", True),
    ("Roche cobas c 111", "roche-cobas-c111", True),
    ("Screwdriver", "screwdriver", True),
    ("Screwdriver (tool)", "screwdriver", True),
    ("Used a screwdriver and torque wrench to open the pump housing", "screwdriver", True),
    ("Filed UDI submissions to GUDID", "udi", True),
    ("Applied UDI labels to devices", "udi", True),
    ("Responsible for UDI compliance", "udi", True),
    ("Unique Device Identification", "udi", True),
    ("Serviced Philips EPIQ 7 ultrasound", "philips-epiq", True),
    ("Serviced EPIQ and Affiniti systems", "philips-epiq", True),
    ("Philips EPIQ", "philips-epiq", True),
    ("Weighed filters on the Mettler microbalance", "microbalance", True),
    ("Calibrated microbalances and analytical balances", "microbalance", True),
    ("Microbalance", "microbalance", True),
    ("Laboratory microbalance", "microbalance", True),
    ("Repaired hydraulics on Stryker stretchers and OR tables", "hydraulics", True),
    ("Hydraulics", "hydraulics", True),
    ("Hydraulic systems", "hydraulics", True),
    ("Ran immunochemistry and chemistry panels on the Architect", "immunoassay", True),
    ("Immunochemistry", "immunoassay", True),
]


def test_other_trades_no_longer_read_as_ours_pass10_2(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_CASES_PASS10_2, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass10_2(checker):
    each_case(_FORMS_GUARDED_IN_PASS10_2_STILL_COUNT_CASES, line_check(checker))


def test_renamed_concepts_carry_their_own_sense_pass10_2(vocabulary):
    names = {c: vocabulary.concepts[c].name for c in ("screwdriver", "microbalance", "hydraulics")}
    assert names == {
        "screwdriver": "Screwdriver (tool)",
        "microbalance": "Laboratory microbalance",
        "hydraulics": "Hydraulic systems",
    }
