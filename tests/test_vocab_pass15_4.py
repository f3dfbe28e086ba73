"""Faults pass 15 found in lot 4 (laboratory instruments and techniques), each with the line that showed
it and one of the concept's own sense: makers' other products read as the one concept (Roche's Accu-Chek
insulin pumps as the glucose meter, Siemens' Atellica HEMA and VTLi as the integrated Atellica Solution,
the digital PCR QuantStudio 3D and Absolute Q as the real-time cycler, MALDI imaging as MALDI-TOF
identification); employers' names on job lines read as products (Opentrons, Eurofins GeneScan, sixteen
years at Nova); ordinary phrases of another sense (a nurse's inpatient rehab facility as IRF, "blood is
crossmatch compatible" as an IS crossmatch, Congo red agar as the amyloid stain); and, most often, forms
too strict for the concept's own lines: context lists missing the trade's words (ICC on cell blocks, LTA
beside the PFA-100, WES variant interpretation), product names only in their maker's capitals (Nanopore
Minion, Vidas 3, Binax Now), and the trade's ordinary wordings and plurals missing (ME panel, ESBL
confirmation, Carba NP and mCIM, tube coagulase, Hb variant HPLC, spun hematocrits).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Field Service Engineer | Opentrons | 2019-2023", "opentrons", False),
    ("Opentrons, Brooklyn, NY - Applications Scientist, 2020-2023", "opentrons", False),
    ("Wrote Python protocols for the Opentrons OT-2", "opentrons", True),
    ("Ran extractions on Opentrons robots", "opentrons", True),
    ("Serviced Accu-Chek Spirit Combo insulin pumps", "roche-accu-chek", False),
    ("Trained patients on the Accu-Chek Insight pump", "roche-accu-chek", False),
    ("Accu-Chek meters on all nursing units", "roche-accu-chek", True),
    ("Atellica HEMA 580 hematology analyzer", "siemens-atellica", False),
    ("Siemens Atellica VTLi patient-side troponin", "siemens-atellica", False),
    ("Ran the Atellica analyzers in the core lab", "siemens-atellica", True),
    ("Worked at Nova 16 years as a service technician", "nova-16", False),
    ("Maintained the Nova 16 analyzers", "nova-16", True),
    ("WES credential evaluation of a foreign degree", "exome-sequencing", False),
    ("WES variant interpretation for trio cases", "exome-sequencing", True),
    ("Drew CBC and BMP labs for IRF patients", "immature-reticulocyte-fraction", False),
    ("Reviewed CBC with IRF and IPF", "immature-reticulocyte-fraction", True),
    ("Performed LTA and PFA-100 testing", "light-transmission-aggregometry", True),
    ("LTA with ristocetin and collagen", "light-transmission-aggregometry", True),
    ("Ensured blood is crossmatch compatible before issue", "immediate-spin-crossmatch", False),
    ("Performed IS crossmatches and electronic crossmatch", "immediate-spin-crossmatch", True),
    ("Performed ICC on cell blocks and FNA smears", "immunocytochemistry", True),
    ("QuantStudio 3D Digital PCR System", "quantstudio", False),
    ("QuantStudio Absolute Q digital PCR", "quantstudio", False),
    ("Ran viral loads on the QuantStudio", "quantstudio", True),
    ("Eurofins GeneScan, Freiburg - Laboratory Technician, 2015-2018", "genescan", False),
    ("GMO testing at GeneScan Analytics", "genescan", False),
    ("GeneScan 500 LIZ size standard for fragment analysis", "genescan", True),
    ("MALDI imaging mass spectrometry of tissue sections", "maldi-tof", False),
    ("MALDI identification of yeasts", "maldi-tof", True),
    ("Congo red agar for biofilm producers", "congo-red-stain", False),
    ("Congo red for amyloid on fat pads", "congo-red-stain", True),
    ("ME panel on CSF", "me-panel", True),
    ("Ran BioFire RP, GI and ME panels", "me-panel", True),
    ("Sat on the ME panel for the county medical examiner", "me-panel", False),
    ("HbA1c and Hb variant HPLC on the Variant II", "hb-variant-hplc", True),
    ("Performed ESBL confirmation", "esbl-testing", True),
    ("Placed ESBL patients on contact isolation", "esbl-testing", False),
    ("Carba NP and mCIM carbapenemase detection", "carbapenemase-testing", True),
    ("Beta-lactamase (Cefinase) testing on H. influenzae", "beta-lactamase-testing", True),
    ("Tube coagulase and slide coagulase", "coagulase-test", True),
    ("Performed catalase tests", "catalase-test", True),
    ("Fibrinogen by Clauss", "clauss-fibrinogen", True),
    ("Identified yeasts with API 20C AUX", "biomerieux-api", True),
    ("Forged parts to API 20C for oilfield", "biomerieux-api", False),
    ("Legionella urine antigen by EIA", "legionella-urinary-antigen", True),
    ("Spun hematocrits", "microhematocrit", True),
    ("Set up chromosome cultures from amniotic fluid", "cytogenetic-culture", True),
    ("C. difficile toxin A/B EIA", "c-difficile-toxin-testing", True),
    ("Sequenced isolates on the Nanopore Minion", "nanopore-minion", True),
    ("MINION sequencing of bacterial genomes", "nanopore-minion", True),
    ("Promoted from minion to manager", "nanopore-minion", False),
    ("Accu-check glucose meters", "roche-accu-chek", True),
    ("Accu-Check Spirit pump", "roche-accu-chek", False),
    ("Accu Chek Inform 2", "roche-accu-chek-inform-ii", True),
    ("Atellica IM1600", "siemens-atellica", False),
    ("Vidas 3 for D-dimer", "vidas", True),
    ("Las Vidas de los pacientes", "vidas", False),
    ("Mini Vidas", "minividas", True),
    ("Binax Now COVID antigen", "abbott-binaxnow", True),
]


def test_pass15_lot4_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
