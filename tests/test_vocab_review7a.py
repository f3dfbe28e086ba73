"""The seventh review of a sample, first half: one line per fix, each failing on the vocabulary before it.

PRISM in GraphPad, other fluorochrome stains, the DxC 700 AU and 500 AU/500i, a hospital's biomedical
engineering department, the California privacy act (CMIA), the FDR Go PLUS, tally and cell-culture
counters, an IHC or FISH lymphoma panel and a fluoroscopy room's kV panel no longer read as the concepts
they were taken for; the differential specialist and the linac's kV imaging are concepts of their own; the
second table checks that each guarded form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_SEVENTH_REVIEW_FIRST_HALF_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Analyzed ELISA immunoassay standard curves in GraphPad PRISM", "abbott-prism", False),
    ("Plotted analyzer data in PRISM", "abbott-prism", False),
    ("calcofluor white fluorochrome stain on fungal specimens", "auramine-rhodamine-stain", False),
    ("Acridine orange fluorochrome stain", "auramine-rhodamine-stain", False),
    ("Maintained the DxC 700AU", "beckman-dxc", False),
    ("Ran chemistries on the DxC 500 AU", "beckman-dxc", False),
    ("Ran chemistries on the DxC 500i", "beckman-dxc", False),
    (
        "Biomed Technician II, Biomedical Engineering, University of Utah Health",
        "biomedical-engineering-degree",
        False,
    ),
    ("Supervisor, Biomedical Engineering, Duke University Hospital", "biomedical-engineering-degree", False),
    ("Trained on HIPAA and CMIA privacy requirements", "cmia", False),
    ("Complied with HIPAA and CMIA confidentiality rules", "cmia", False),
    ("Serviced the FDR Go PLUS portable", "fujifilm-fdr-go", False),
    ("manual WBC differentials using a cell counter on abnormal CBCs", "hematology-analyzer", False),
    ("Beckman Vi-CELL cell counter for cell culture", "hematology-analyzer", False),
    ("Differential specialist, hematology", "hematology-technologist", False),
    ("Installed kV imaging panel on the Siemens fluoroscopy room", "igrt-system", False),
    ("Installed kV imaging panel on the Siemens fluoroscopy room", "linac-kv-imaging", False),
    ("lymphoma immunophenotyping by immunohistochemistry", "immunophenotyping", False),
    ("FISH leukemia/lymphoma panels", "immunophenotyping", False),
    ("NGS leukemia/lymphoma panels on the MiSeq", "immunophenotyping", False),
]

_THE_SEVENTH_REVIEW_FIRST_HALF_STILL_COUNTS_CASES = [
    ("Ran donor screening on the Abbott PRISM", "abbott-prism", True),
    ("AFB smears by fluorochrome stain", "auramine-rhodamine-stain", True),
    ("Ran chemistries on the DxC 800", "beckman-dxc", True),
    ("B.S., Biomedical Engineering, University of Utah, 2015", "biomedical-engineering-degree", True),
    ("Ran CMIA assays on the ARCHITECT i2000SR", "cmia", True),
    ("Serviced the Fujifilm FDR Go portables", "fujifilm-fdr-go", True),
    ("Differential specialist, hematology", "differential-specialist", True),
    ("Calibrated the on-board imaging on the TrueBeam linac", "linac-kv-imaging", True),
    ("Leukemia/lymphoma immunophenotyping on the FACSLyric", "immunophenotyping", True),
    ("Immunophenotyping by flow cytometry on the Navios", "immunophenotyping", True),
]


def test_the_seventh_review_first_half_keeps_other_senses_out(checker):
    each_case(_THE_SEVENTH_REVIEW_FIRST_HALF_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_seventh_review_first_half_still_count(checker):
    each_case(_THE_SEVENTH_REVIEW_FIRST_HALF_STILL_COUNTS_CASES, line_check(checker))


def test_the_seventh_review_corrects_the_prism_source(vocabulary):
    # the PRISM's source named its successor, the Alinity s
    assert "PRISM" in vocabulary.concepts["abbott-prism"].source
