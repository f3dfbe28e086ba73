"""Faults the eighteenth pass found in lot 3 (IVF and andrology, laboratory disciplines and laboratory
instruments), each with the line that showed it and one of the concept's own sense. Other trades' and
settings' lines on unguarded names: bull studs' and equine farms' semen evaluation, a crime lab's semen
screening and bovine blastocyst transfer read as the andrology and IVF work, barcode witnessing of a
ward's controlled drugs read as IVF witnessing, a toxicology laboratory's endocrine testing of pesticides
read as hormone assays, a plant biologist's calcofluor staining read as fungal microscopy, and Olympus's
DSX microscope read as the Dynex DSX. A general phrase taken as one thing: "the Illumina platform" of
genotyping arrays read as a sequencer. And a concept's own spellings missed (Ultra CW II, Finesse ME Plus,
HM355S, KX 21N, InoqulA+).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Performed semen evaluation of bulls for breeding soundness exams", "semen-analysis", False),
    ("Semen evaluation for stallions at the equine breeding farm", "semen-analysis", False),
    ("Semen analysis for infertility workups per the WHO 6th edition manual", "semen-analysis", True),
    ("Forensic biologist: screened evidence by semen analysis (AP, p30)", "semen-analysis", False),
    ("Crime lab: semen analysis of sexual assault kits", "semen-analysis", False),
    ("Semen analysis and post-vasectomy checks", "semen-analysis", True),
    ("Assessed sperm morphology on bull semen for breeding soundness", "sperm-morphology", False),
    ("Sperm morphology by Kruger strict criteria in the andrology lab", "sperm-morphology", True),
    ("Blastocyst transfer in dairy heifers for the herd program", "blastocyst-transfer", False),
    ("Loaded catheters for blastocyst transfer in the IVF lab", "blastocyst-transfer", True),
    ("Barcode witnessing of controlled drugs on the ward", "barcode-witnessing", False),
    ("Implemented barcode witnessing with IMT Matcher in the IVF lab", "barcode-witnessing", True),
    ("Used RFID witnessing of medications in the pharmacy", "rfid-witnessing", False),
    ("RFID witnessing with RI Witness in the embryology lab", "rfid-witnessing", True),
    ("Endocrine testing of pesticides under EPA EDSP Tier 1", "endocrine-testing", False),
    ("Endocrine testing: TSH, free T4 and cortisol on the Alinity i", "endocrine-testing", True),
    ("Calcofluor white staining of Arabidopsis roots", "calcofluor-white-stain", False),
    ("KOH and calcofluor preparations of skin scrapings and nail clippings", "calcofluor-white-stain", True),
    ("Genotyped samples on the Illumina platform using Infinium arrays", "illumina-sequencer", False),
    ("Prepared NGS libraries for the Illumina platform", "illumina-sequencer", True),
    ("Olympus DSX digital microscope for plate inspection", "dynex-dsx", False),
    ("Ran ELISA plates on the DSX", "dynex-dsx", True),
    ("Maintained the Ultra CW II cell washer in the blood bank", "helmer-ultracw-ii", True),
    ("Sectioned paraffin blocks on the Finesse ME Plus", "shandon-finesse-me-plus", True),
    ("Sectioned paraffin blocks on the HM355S microtome", "thermo-hm-355s", True),
    ("Ran CBCs on the Sysmex KX 21N", "sysmex-kx-21n", True),
    ("Loaded urine specimens on the BD Kiestra InoqulA+", "bd-kiestra-inoqula", True),
]


def test_pass18_3_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
