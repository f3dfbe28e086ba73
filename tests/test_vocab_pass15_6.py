"""Faults the fifteenth pass found in lot 6, each with the line that showed it and one of the concept's own
sense: generic "urinalysis / cytopathology / chemistry and toxicology / anatomic pathology / cytogenetics
checklist" phrases (a COLA, daily or a lab's own checklist) read as the CAP checklists, and "ANP" beside any
pathology word (atrial natriuretic peptide) read as the anatomic pathology checklist; a maker's other products
read as the one concept (Roche's cobas infinity POC as the lab middleware, VMware's Workspace ONE, AirWatch
and Carbon Black as its virtualization platform); a number with its unit read as a model (a ventilator's
"VT 650 mL" tidal volume as the Fluke VT650); an ordinary phrase of another sense (a nurse "connected infusion
pumps" to a line, an oil and gas "flow technologist"); and guards or forms too narrow for the concept's own
lines (products written without the maker or the word chamber, such as Caresphere, CareEvent, Dale40, TDS,
Exradin, PTW and Fluke TiS models and Gafchromic films; other editions of CLSI M07; the TG18-QC pattern;
the Fluke 435-II; plurals such as ESA620s; RMW beside its hauler and manifest words).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Completed the COLA urinalysis checklist each month", "cap-urn-checklist", False),
    ("Kept a daily urinalysis checklist at the bench", "cap-urn-checklist", False),
    ("Reviewed the CAP urinalysis checklist before inspection", "cap-urn-checklist", True),
    ("Led the self-inspection using the Urinalysis checklist", "cap-urn-checklist", True),
    ("Completed the weekly cytopathology checklist", "cap-cyp-checklist", False),
    ("Answered the Cytopathology checklist during our CAP inspection", "cap-cyp-checklist", True),
    ("Kept our own chemistry and toxicology checklist for the night shift", "cap-chm-checklist", False),
    ("Followed the chemistry and toxicology checklist for the CAP inspection", "cap-chm-checklist", True),
    ("Daily anatomic pathology checklist for histology", "cap-anp-checklist", False),
    ("Ran BNP and ANP assays for the clinical pathology lab", "cap-anp-checklist", False),
    ("ANP in the pathology department", "cap-anp-checklist", False),
    ("Prepared for the CAP inspection with the Anatomic Pathology checklist", "cap-anp-checklist", True),
    ("ANP deficiencies cleared before the CAP inspection", "cap-anp-checklist", True),
    ("Kept our own cytogenetics checklist for karyotype review", "cap-cyg-checklist", False),
    ("Cytogenetics checklist for the CAP inspection", "cap-cyg-checklist", True),
    ("Connected infusion pumps to patients' central lines", "networked-infusion-pumps", False),
    ("Rolled out connected infusion pumps with EMR integration", "networked-infusion-pumps", True),
    ("Wireless infusion pumps on the hospital Wi-Fi", "networked-infusion-pumps", True),
    ("Roche cobas infinity POC for glucose meters", "roche-cobas-infinity", False),
    ("Roche cobas infinity POC for glucose meters", "roche-cobas-infinity-poc", True),
    ("Built rules in cobas infinity for autoverification", "roche-cobas-infinity", True),
    ("Built rules in cobas infinity for autoverification", "roche-cobas-infinity-poc", False),
    ("Caresphere XQC peer QC for the XN analyzers", "sysmex-caresphere", True),
    ("CareSphere hospice caregiver", "sysmex-caresphere", False),
    ("Enrolled iPads in VMware Workspace ONE", "vmware", False),
    ("Managed mobile devices in VMware AirWatch", "vmware", False),
    ("Migrated servers to VMware vSphere 7", "vmware", True),
    ("VMware administration for the PACS servers", "vmware", True),
    ("Broth microdilution per CLSI M07-A10", "clsi-m07", True),
    ("Breakpoints per CLSI M07-Ed12", "clsi-m07", True),
    ("CLSI M7-A7 dilution methods", "clsi-m07", True),
    ("Ran the AAPM TG18-QC pattern on the reading stations", "aapm-tg18", True),
    ("Used a Fluke TiS60+ to find hot breakers", "fluke-tis", True),
    ("Scanned panels with TiS75 imagers", "fluke-tis", True),
    ("Fluke 435-II power quality analyzer", "fluke-435", True),
    ("Electron output with the PTW Advanced Markus", "ptw-advanced-markus", True),
    ("Tested the fleet with ESA620s", "fluke-esa620", True),
    ("Kept two ESA612s on the cart", "fluke-esa612", True),
    ("Verified delivered VT 650 mL on the PB980 after PM", "fluke-vt650", False),
    ("Set VT 650 mL per RT order", "fluke-vt650", False),
    ("Tested ventilators with the VT 650", "fluke-vt650", True),
    ("Fluke VT650 flow tests on ventilators", "fluke-vt650", True),
    ("Implemented connected infusion pumps across the health system", "networked-infusion-pumps", True),
    ("Connected infusion pumps and titrated drips on a step-down unit", "networked-infusion-pumps", False),
    ("Managed RMW pickup with Stericycle", "regulated-medical-waste", True),
    ("Tracked RMW manifests for the lab", "regulated-medical-waste", True),
    ("Optimized RMW cycles in the memory controller firmware", "regulated-medical-waste", False),
    ("Daily linac output checks with the QUICKCHECK", "ptw-quickcheck", True),
    ("Wrote property tests with QuickCheck in Haskell", "ptw-quickcheck", False),
    ("Patient-specific VMAT QA on the OCTAVIUS", "ptw-octavius", True),
    ("Octavius Smith, lab manager", "ptw-octavius", False),
    ("Semiflex 3D chamber scans of the beam", "ptw-semiflex", True),
    ("Film dosimetry with Gafchromic EBT film", "gafchromic-film", True),
    ("A12 Farmer chamber calibrated at the ADCL", "exradin-a12", True),
    ("A19 Farmer chamber for reference dosimetry", "exradin-a19", True),
    ("Validator AVS loggers for steam sterilizer studies", "kaye-validator", True),
    ("DR900 colorimeter for chlorine checks", "hach-dr900", True),
    ("Dale40 meter on the bili lights", "dale40-radiometer", True),
    ("Configured CareEvent alarm rules", "philips-careevent", True),
    ("Repaired a TDS2012C scope", "tektronix-tds", True),
    ("Filed TDS 2022 returns", "tektronix-tds", False),
    ("Flow technologist, oil and gas metering", "flow-cytometry-technologist", False),
    ("Pipeline flow technologist for custody transfer meters", "flow-cytometry-technologist", False),
    ("Flow technologist, Mayo Clinic hematopathology", "flow-cytometry-technologist", True),
    ("Senior flow technologist in the immunophenotyping lab", "flow-cytometry-technologist", True),
]


def test_pass15_lot6_cases(checker):
    each_case(_CASES, line_check(checker))


def test_pass15_lot6_concepts_are_filed_as_what_they_are(vocabulary):
    poc = vocabulary.ancestors("roche-cobas-infinity-poc")
    assert "poc-data-management" in poc and "vendor-middleware" not in poc
    assert vocabulary.concepts["roche-cobas-infinity-poc"].category.value == "software"
    assert vocabulary.concepts["roche-cobas-infinity-poc"].track.value == "lab"
