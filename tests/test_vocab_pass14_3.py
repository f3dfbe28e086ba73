"""Faults of lot 3 of the fourteenth pass (IVF and andrology, laboratory disciplines, laboratory instruments,
Varian and other radiotherapy equipment), each with the line that showed it and one of the concept's own
sense: generic phrases of other trades (materials-testing, mine assay, environmental and museum specimen
handling; battery and magnetic-bead cell sorters; genomic testing and insemination of livestock; a food
plant's liquid egg freezing; freight customers who are dry shippers; potassium hydroxide made up by the tank;
mineral and gem crystal identification; an electron spin resonance spectrometer; pulled glass ICSI and patch-
clamp micropipettes); lemma readings (an employer's "sperm bank" or "egg bank", a nurse's "stat labs"); names
with another use (a Cisco switch series, allergy skin testing in a clinic, a postgraduate diploma "PGD in"
genetics, a NIST CSF analysis, academic departments of molecular oncology and of pharmacology and toxicology,
a sexual assault response team beside the CDC); and filing (single tests filed as disciplines, a tissue bank
sourced to a research biorepository programme)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Performed allergy testing (skin prick and intradermal) for clinic patients", "allergy-testing", False),
    ("Allergy testing by allergen-specific IgE on the Phadia 250", "allergy-testing", True),
    ("Genomic testing of dairy heifers for herd selection", "clinical-genomics", False),
    ("Genomic testing for hereditary cancer panels", "clinical-genomics", True),
    ("Test specimen handling for concrete cylinders and tensile coupons", "specimen-processing", False),
    ("Sample processing for the mine assay lab: crushing and pulverizing ore", "specimen-processing", False),
    ("Specimen management for the natural history museum collections", "specimen-processing", False),
    ("Specimen processing in the core lab: centrifuging and aliquoting", "specimen-processing", True),
    ("Specimen receiving clerk at the hospital lab", "specimen-processing", True),
    ("Set up the lithium-ion battery cell sorter machine", "cell-sorter", False),
    ("Operated the magnetic cell sorter for bead separation", "cell-sorter", False),
    ("Maintained the BD FACSAria cell sorter", "cell-sorter", True),
    (
        "Crystal identification using polarized light microscopy in the mineralogy lab",
        "crystal-identification",
        False,
    ),
    ("Crystal identification in synovial fluid by polarized light", "crystal-identification", True),
    ("Operated liquid egg freezing and pasteurization line", "oocyte-cryopreservation", False),
    ("Coordinator at a donor egg bank", "oocyte-cryopreservation", False),
    ("Counselled patients on egg freezing", "oocyte-cryopreservation", True),
    ("Oocyte Banking program", "oocyte-cryopreservation", True),
    ("Front desk at a sperm bank", "sperm-cryopreservation", False),
    ("Sperm banking for oncology patients before chemotherapy", "sperm-cryopreservation", True),
    ("Worked at the embryo bank", "embryo-cryopreservation", False),
    ("Offered egg banking and embryo banking", "embryo-cryopreservation", True),
    ("Worked with dry shippers and reefer carriers on the freight desk", "dry-shipper", False),
    ("Booked loads for dry shippers across the Midwest", "dry-shipper", False),
    ("Shipped embryos in LN2 dry shippers", "dry-shipper", True),
    ("Handled KOH preparation for the electrolyte tanks", "koh-prep", False),
    ("KOH prep of skin scrapings", "koh-prep", True),
    ("Operated an automated ESR spectrometer", "esr-analyzer", False),
    ("Automated ESR on the Alcor iSED", "esr-analyzer", True),
    ("Prepared ICSI and holding micropipettes", "micropipette", False),
    ("Pulled glass micropipettes for patch-clamp recordings", "micropipette", False),
    ("Calibrated micropipettes quarterly", "micropipette", True),
    ("PGD in genetic counselling", "pgt-m", False),
    ("PGD biopsies of embryos for single-gene disorders", "pgt-m", True),
    ("SART team member supporting CDC sexual violence prevention grants", "sart", False),
    ("Reported IVF cycles to SART CORS", "sart", True),
    ("Researcher in the Department of Molecular Oncology", "molecular-oncology", False),
    ("Molecular oncology testing: EGFR and KRAS by PCR", "molecular-oncology", True),
    ("Performed NIST CSF analysis of security controls", "csf-analysis", False),
    ("CSF analysis: cell count, glucose and protein", "csf-analysis", True),
    ("Conventional insemination of dairy cows", "conventional-ivf", False),
    ("Conventional insemination and ICSI in the IVF lab", "conventional-ivf", True),
    ("Department of Pharmacology and Toxicology", "toxicology", False),
    ("Toxicology bench: LC-MS/MS drug confirmations", "toxicology", True),
    ("Ordered stat labs and notified the physician", "stat-laboratory", False),
    ("Drew STAT labs in the ED", "stat-laboratory", False),
    ("Worked in the stat lab on nights", "stat-laboratory", True),
    ("Configured Cisco Catalyst 3500XL switches", "abi-3500xl", False),
    ("Ran fragment analysis on the 3500xL", "abi-3500xl", True),
]


def test_pass14_3_concepts_are_filed_as_what_they_are(vocabulary):
    for test in ("body-fluid-cell-count", "csf-cell-count", "crystal-identification"):
        assert vocabulary.concepts[test].category.value == "technique"
    assert "AATB" in vocabulary.concepts["tissue-bank"].source


def test_pass14_3_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
