"""Faults pass 15 found in lot 3 (radiotherapy, IVF and andrology, lab disciplines and lab instruments), each
with the line that showed it and one of the concept's own sense: makers' other products read as the one
concept (Quantum DXi backup appliances, Bruker's research MALDI-TOF/TOF, Hologic's Quantra breast density
software, BD ProbeTec Qx assays, the BACTEC 460TB and MGIT 320, pro-beam welders); employers on job lines
read as their instruments (Chrono-log, CellaVision, Cytotherm, Kiestra, Ion Torrent, "Architect | Abbott");
ordinary phrases of another sense ("leading edge radiosurgery system", an AI research lab, a nurse's D10
drip, mentalization-based therapy "MBT", a hatchery's egg retrieval, a wastewater digester's anaerobic
chamber, "7500 fast-track claims"); and guards or form lists too strict for the concept's own lines
("MicroScan systems", "Clinac 2100C/D", "PureSperm density gradient", "Labconco Logic+", "SPECTRA CV",
"PocketChem UA", "dried blood spots", "Architect c8000s", "vitrified embryos", "warmed blastocysts",
"sperm motility").
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Architect | Abbott Diagnostics | 2018-2022", "abbott-architect", False),
    ("Architect II, Abbott", "abbott-architect", False),
    ("Ran Architect c8000s and i1000s for the chemistry section", "abbott-architect", True),
    ("Maintained ARCHITECT c8000 and i2000SR analyzers", "abbott-architect", True),
    ("Managed Quantum DXi backup appliances", "beckman-dxi", False),
    ("Ran DxI immunoassays and daily maintenance", "beckman-dxi", True),
    ("Operated MicroScan systems for ID/AST", "microscan", True),
    ("Read MicroScan MIC panels for gram-negative rods", "microscan", True),
    ("Microscan Systems barcode readers on the packaging line", "microscan", False),
    ("BACTEC 460TB radiometric system for mycobacteria", "bd-bactec", False),
    ("Loaded BACTEC bottles on the FX", "bd-bactec", True),
    ("BACTEC MGIT 320 for mycobacterial cultures", "bd-bactec-mgit", False),
    ("BACTEC MGIT 320 for mycobacterial cultures", "bd-bactec-mgit-320", True),
    ("Loaded MGIT 960 tubes daily", "bd-bactec-mgit", True),
    ("Bruker MALDI-TOF imaging of tissue lipids", "bruker-maldi-biotyper", False),
    ("Bruker MALDI-TOF for bacterial and yeast identification", "bruker-maldi-biotyper", True),
    ("Mindfulness-based therapy (MBT) groups, identification of triggers", "bruker-maldi-biotyper", False),
    ("MBT Compass software for organism identification", "bruker-maldi-biotyper", True),
    ("Worked in an AI research lab on language models", "research-laboratory", False),
    ("Cancer research lab technician running Western blots", "research-laboratory", True),
    ("Commissioned a leading edge radiosurgery system", "varian-edge", False),
    ("Commissioned the Edge radiosurgery system", "varian-edge", True),
    ("Probeam welding of aerospace parts", "varian-probeam", False),
    ("ProBeam proton system QA", "varian-probeam", True),
    ("Serviced Clinac 2100C/D and 2300CD linacs", "varian-clinac-2100", True),
    ("Serviced Clinac 2300CD linacs", "varian-clinac-2300", True),
    ("Varian 21EX beam tuning", "varian-clinac-21ex", True),
    ("Varian 6EX beam tuning", "varian-clinac-6ex", True),
    ("Processed specimens with PureSperm density gradient centrifugation", "sperm-density-gradient", True),
    ("Density gradient centrifugation of PBMCs with Ficoll", "sperm-density-gradient", False),
    ("PocketChem UA urine analyzer", "arkray-pocketchem", True),
    ("BD ProbeTec CT/GC Qx assays on the Viper", "bd-probetec-et", False),
    ("BD ProbeTec ET system", "bd-probetec-et", True),
    ("AutoMate 1250 sample sorter", "beckman-automate", True),
    ("Field Service Engineer | Chrono-log | 2015-2020", "chrono-log-aggregometer", False),
    ("Ran platelet aggregation on the Chrono-log Model 700", "chrono-log-aggregometer", True),
    ("Application Specialist | CellaVision | 2018-2022", "cellavision", False),
    ("At CellaVision, we build digital morphology systems", "cellavision", False),
    ("Reviewed smears on CellaVision, Sysmex and Vitros lines", "cellavision", True),
    ("Technician | Cytotherm | 2010-2014", "cytotherm", False),
    ("Thawed FFP in the Cytotherm", "cytotherm", True),
    ("Kiestra, Drachten - Engineer 2012-2016", "bd-kiestra", False),
    ("Loaded plates on the Kiestra", "bd-kiestra", True),
    ("Engineer | Ion Torrent | 2012", "ion-torrent", False),
    ("Ion Torrent sequencing of tumor panels", "ion-torrent", True),
    ("Used Quantra 2.2 software on 3D mammograms", "hemosonics-quantra", False),
    ("Quantra hemostasis analyzer in the cardiac OR", "hemosonics-quantra", True),
    ("Certified Labconco Logic+ cabinets", "labconco-logic", True),
    ("HistoCore SPECTRA ST and SPECTRA CV", "leica-spectra-cv", True),
    ("Checked glucose on the i-STAT analyzer and hung D10 for hypoglycemia", "biorad-d10", False),
    ("Maintained D-10 analyzers for HbA1c", "biorad-d10", True),
    ("Punched dried blood spots for newborn screening", "dried-blood-spot-testing", True),
    ("Egg retrieval and grading at the hatchery", "oocyte-retrieval", False),
    ("Performed egg retrievals for IVF patients", "oocyte-retrieval", True),
    ("Operated the anaerobic chamber of the wastewater digester", "anaerobic-chamber", False),
    ("Plated anaerobic cultures in the anaerobic chamber", "anaerobic-chamber", True),
    ("Processed 7500 fast-track claims", "abi-7500-fast", False),
    ("Ran qPCR on the 7500 Fast", "abi-7500-fast", True),
    ("Vitrified embryos with Kitazato Cryotop", "embryo-vitrification", True),
    ("Vitrification of oocytes for fertility preservation", "oocyte-vitrification", True),
    ("Embryo warmings for frozen transfers", "embryo-warming", True),
    ("Warmed blastocysts for FET", "blastocyst-warming", True),
    ("Semen analysis: count, sperm motility and morphology", "sperm-motility", True),
    ("Ran the human sperm motility assay for contact-material QC", "sperm-motility", False),
    ("Assessed morphology by strict Kruger criteria", "strict-morphology", True),
]


def test_pass15_lot3_new_models_are_filed_as_what_they_are(vocabulary):
    assert "bd-bactec-mgit" not in vocabulary.ancestors("bd-bactec-mgit-320")
    assert "laboratory-analyzer" in vocabulary.ancestors("bd-bactec-mgit-320")
    assert vocabulary.concepts["bd-bactec-mgit-320"].category.value == "instrument"


def test_pass15_lot3_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
