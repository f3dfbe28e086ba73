"""Faults the eighteenth pass found in lot 4, each with the line that showed it and one of the concept's
own sense: care read as the laboratory test (a sexual health clinic's STI testing and counselling, a harm
reduction worker's hepatitis testing outreach, a midwife's antenatal thalassaemia screening offered at
booking, a pharmacist's heparin drips dosed by anti-Xa levels, TPN osmolality and a nurse's serum
osmolality during hypertonic therapy, a nurse's order for a Chem 8 + Mg read as the i-STAT CHEM8+
cartridge); another trade's words on an unguarded form (Smiths Detection's BioFlash biothreat
identifier, genetics' syndromic hearing loss testing, the biology of T-cell subsets); and the usual
writings of a concept's own sense missed (hs-TnT, hs-cTnT, hsTnI; H.pylori, C.auris and M.genitalium
without a space; Mgen; GeneXpert MTB/RIF Ultra; VITROS 5.1FS; DxM1096; PRUTest; chromogenic factor 8;
Aptima TV).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Smiths Detection BioFlash biological identifier for the CBRN team", "werfen-bio-flash", False),
    ("Ran ANA and celiac panels on the Bio-Flash", "werfen-bio-flash", True),
    ("Provided STI testing and counseling at the health department clinic", "sti-testing", False),
    ("Ran STI testing on the Panther for the public health lab", "sti-testing", True),
    ("Hepatitis testing outreach and linkage to care", "hepatitis-testing", False),
    ("Performed hepatitis testing on the Architect", "hepatitis-testing", True),
    ("Offered antenatal sickle cell and thalassaemia screening at booking", "thalassemia-screening", False),
    ("Thalassaemia screening by HPLC for the antenatal programme", "thalassemia-screening", True),
    ("Monitored serum osmolality in patients on mannitol", "osmolality-testing", False),
    ("Calculated TPN osmolality for the pharmacy", "osmolality-testing", False),
    ("Ran serum osmolality by freezing point osmometer", "osmolality-testing", True),
    ("Dosed heparin drips by anti-Xa levels per pharmacy protocol", "anti-xa", False),
    ("Ran anti-Xa assays on the STA R Max", "anti-xa", True),
    ("Syndromic testing for hereditary hearing loss", "molecular-microbiology-panels", False),
    ("Syndromic testing on the BioFire", "molecular-microbiology-panels", True),
    ("Studied differentiation of T-cell subsets in mouse colitis", "lymphocyte-subset-analysis", False),
    ("Analysis of T-cell subsets by flow cytometry", "lymphocyte-subset-analysis", True),
    ("Ran hs-TnT on the cobas e801", "hs-troponin", True),
    ("Validated the hs-cTnT assay", "hs-troponin", True),
    ("hsTnI on the Architect", "hs-troponin", True),
    ("Ran TnT on the cobas e801", "hs-troponin", False),
    ("GeneXpert MTB/RIF Ultra for TB diagnosis", "xpert-mtb-rif-ultra", True),
    ("GeneXpert MTB/RIF for TB diagnosis", "xpert-mtb-rif-ultra", False),
    ("Maintained the VITROS 5.1FS", "vitros-5-1-fs", True),
    ("Loaded panels on the DxM1096", "microscan-dxm-1096", True),
    ("M.genitalium testing on the Panther", "mgen-testing", True),
    ("Mgen testing on the Panther", "mgen-testing", True),
    ("Chromogenic factor 8 assay", "chromogenic-factor-viii", True),
    ("Ran the PRUTest on the VerifyNow", "p2y12-testing", True),
    ("H.pylori antigen testing on stool", "h-pylori-antigen", True),
    ("C.auris identification by MALDI", "candida-auris-identification", True),
    ("Ran Aptima TV and Aptima Combo 2", "aptima-trichomonas", True),
    ("Ran Aptima Combo 2 on the Panther", "aptima-trichomonas", False),
    ("Sent STAT Chem 8 + Mg + Phos to the main lab", "istat-chem8", False),
    ("Ran CHEM8+ and CG4+ cartridges on the i-STAT", "istat-chem8", True),
    ("Led development of lymphocyte subsets testing on the FACSLyric", "lymphocyte-subset-analysis", True),
    ("Managed STI testing for the laboratory outreach program", "sti-testing", True),
    ("Performed anti-Xa assays for heparin drip monitoring", "anti-xa", True),
]


def test_pass18_4_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
