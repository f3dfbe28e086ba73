"""Faults the fifteenth review of a sample found, each with the line that showed it and one of the concept's
own sense: an apartment or room number read as a cobas module; a coatings plant's xylene recycling read as
the histology lab's; Ansell's GAMMEX surgical gloves read as the phantom maker; the mixed-case AMSCO 400/600
and V-Pro 1 missed (all-capital forms are case-sensitive by themselves) and a V-PRO 1 PLUS read as the
V-PRO 1; another country's NEQAS read as UK NEQAS; a cath lab's transradial access read as arterial blood
gas sampling; a sludge thickener's total solids meter read as the clinical refractometer; drug-discovery
RT-PCR read as the GE Discovery RT CT simulator; the UK Biobank dataset read as specimen banking. Filing:
the Getinge 86 series and 88 Turbo are washer-disinfectors, not steam sterilizers; AAMI SW96 is a standard,
related to (not a kind of) medical device cybersecurity; MEDITECH is an EHR suite whose laboratory module,
not the suite, is an LIS. Written variants the reviewers noticed are found too (Mindray BS 800, Sysmex UF
4000, Mortara ELI-280, PageWriter TC-70, HemoCue Hb301, VWF Ag).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("1200 Main Street, Apt C701, Houston, TX 77002", "roche-cobas-c701", False),
    ("Room C701, Building C", "roche-cobas-c701", False),
    ("Ran the cobas c701 and c702 modules", "roche-cobas-c701", True),
    ("Ran xylene recycling and solvent recovery for the coatings plant", "xylene-recycling", False),
    ("Operated the xylene recycling unit in histology", "xylene-recycling", True),
    ("Performed PM on Getinge 86-series washer-disinfectors (8666/8668)", "getinge-86", True),
    ("Maintained Getinge 88 Turbo washers in SPD", "getinge-88", True),
    ("Sold Ansell GAMMEX surgical gloves to OR departments", "gammex", False),
    ("Stocked Ansell Gammex sterile surgical gloves in the OR core", "gammex", False),
    ("Ran CT QA with the Gammex 464 phantom", "gammex", True),
    ("Maintained Amsco 600 steam sterilizers", "amsco-600", True),
    ("PM on amsco 600 autoclaves", "amsco-600", True),
    ("Steris AMSCO 600 series sterilizers", "amsco-600", True),
    ("Repaired Amsco 400 series sterilizers", "amsco-400", True),
    ("Repaired the AMSCO 400 Medium sterilizers", "amsco-400", False),
    ("Repaired the Amsco 400 Small sterilizer", "amsco-400", False),
    ("Maintained Steris V-Pro 1 low temp sterilizers", "v-pro-1", True),
    ("Operated the STERIS V-PRO 1", "v-pro-1", True),
    ("Operated STERIS V-PRO 1 PLUS low temperature sterilizers", "v-pro-1", False),
    ("Operated STERIS V-PRO 1 PLUS low temperature sterilizers", "v-pro-1-plus", True),
    ("Participated in NPHL NEQAS rounds for basic haematology and biochemistry (Nepal)", "uk-neqas", False),
    ("Enrolled lab in the national NEQAS for HIV/STI serology (Bhutan)", "uk-neqas", False),
    ("Participated in the national NEQAS for HIV/STI serology", "uk-neqas", False),
    ("Participated in AIIMS NEQAS for clinical biochemistry", "uk-neqas", False),
    ("Participated in UK NEQAS haematology schemes", "uk-neqas", True),
    ("Reviewed NEQAS returns for the NHS trust blood sciences lab", "uk-neqas", True),
    ("Assisted with femoral and radial artery puncture in the cath lab", "radial-artery-puncture", False),
    ("Obtained radial artery puncture access for coronary angiography", "radial-artery-puncture", False),
    ("Performed radial artery puncture for ABGs in the ICU", "radial-artery-puncture", True),
    ("Drew ABGs by radial arterial puncture in the coronary care unit", "radial-artery-puncture", True),
    ("Registered patients and charted orders in MEDITECH", "lis", False),
    ("Registered patients and charted orders in MEDITECH", "meditech", True),
    ("Built the Meditech LIS dictionaries", "meditech-lab", True),
    ("Calibrated the total solids meter on the sludge thickener", "ts-meter", False),
    ("Read serum total protein on the total solids meter", "ts-meter", True),
    ("Checked urine SG on the TS meter", "ts-meter", True),
    ("Ran discovery RT qPCR assays for target validation", "ge-discovery-rt", False),
    ("Drug discovery RT PCR workflows", "ge-discovery-rt", False),
    ("Drug discovery RT-PCR workflows", "ge-discovery-rt", False),
    ("Commissioned the GE Discovery RT CT simulator", "ge-discovery-rt", True),
    ("Trained therapists on the Discovery RT", "ge-discovery-rt", True),
    ("Ran GWAS on UK Biobank genotype data", "biorepository", False),
    ("Processed specimens for the hospital biobank", "biorepository", True),
    ("Mindray BS 800 chemistry analyzer", "mindray-bs-800", True),
    ("Mindray BS 480 chemistry analyzer", "mindray-bs-480", True),
    ("Sysmex UF 4000 urine analyzer", "sysmex-uf-4000", True),
    ("Repaired Mortara ELI-280 ECG carts", "eli-280", True),
    ("Repaired PageWriter TC-70 cardiographs", "pagewriter-tc70", True),
    ("HemoCue Hb301 hemoglobin checks", "hemocue-hb-301", True),
    ("HemoCue 301 hemoglobin checks", "hemocue-hb-301", True),
    ("Ran VWF Ag and activity assays", "vwf-antigen", True),
]


def test_review15_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_review15_concepts_are_filed_as_what_they_are(vocabulary):
    for series in ("getinge-86", "getinge-88"):
        ancestors = vocabulary.ancestors(series)
        assert "getinge-washer" in ancestors and "washer-disinfector" in ancestors, series
        assert "steam-sterilizer" not in ancestors and "getinge-sterilizer" not in ancestors, series
        forms = " ".join(form.text for form in vocabulary.concepts[series].forms).lower()
        assert "sterilizer" not in forms, series
    assert "medical-device-cybersecurity" not in vocabulary.ancestors("aami-sw96")
    assert "medical-device-cybersecurity" in vocabulary.concepts["aami-sw96"].related
    for product in ("meditech", "meditech-expanse", "meditech-magic", "meditech-client-server"):
        assert "lis" not in vocabulary.ancestors(product), product
    assert "lis" in vocabulary.ancestors("meditech-lab")


_MEDITECH_ON_A_LAB_LINE_CASES = [
    ("- Specimen processing: aliquoting, accessioning and send-outs in Meditech", "meditech-lab", True),
    ("Registered patients and charted orders in MEDITECH", "meditech-lab", False),
    ("Documented nursing assessments in MEDITECH Expanse", "meditech-lab", False),
]


def test_meditech_on_a_lab_line_is_its_laboratory_module(checker):
    """MEDITECH is no LIS as a whole (review 15); on a line of lab work its name stands for the lab module."""
    each_case(_MEDITECH_ON_A_LAB_LINE_CASES, line_check(checker))
