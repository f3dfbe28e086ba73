"""Laboratory instruments read concept by concept: narrower things, parts and tests filed as forms, and
relations that were no is-a.

Each line of the first table and each case of the first parent table failed on the vocabulary before the
fix: a narrower kind, a model, a part, a test run on an instrument, a technique or a maker's name stood as a
form of a concept, or a later model, a device or a part was filed under something it is no kind of. The
other tables check that each concept still counts in its own sense and that the new concepts sit under
their true parents.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check, status_check

_NARROWER_THINGS_PARTS_AND_TESTS_NO_LONGER_COUNT_AS_THE_CONCEPT_CASES = [
    # a broader class, narrower kinds and parts
    ("Calibrated every laboratory instrument in the core lab", "laboratory-analyzer"),
    ("Electrolyte analyzer maintenance", "chemistry-analyzer"),
    ("Chemiluminescence analyzer for NOx emissions testing", "immunoassay-analyzer"),
    ("Ran the microbial identification system", "microbiology-id-ast-system"),
    ("Loaded panels on the AST system", "microbiology-id-ast-system"),
    ("PCR instrument maintenance", "molecular-analyzer"),
    ("Sample-to-answer molecular system", "molecular-analyzer"),
    ("5-part diff analyzer", "hematology-analyzer"),
    ("3-part differential analyzer", "hematology-analyzer"),
    ("Replaced the reagent probe on the AU680", "analyzer-subsystems"),
    ("Point-of-care coagulation meter", "poc-inr-meter"),
    ("Trained patients on the home INR monitor", "poc-inr-meter"),
    ("Pre-analytical automation", "lab-automation"),
    ("Replaced a cobas connection module", "roche-cobas-automation"),
    ("Atellica Solution track", "siemens-aptio"),
    ("Automated plate reading", "microbiology-automation"),
    ("Serofuge in the blood bank", "centrifuge"),
    ("CO2 incubator", "laboratory-incubator"),
    ("Bacteriological incubator", "laboratory-incubator"),
    ("Ambient air incubator", "laboratory-incubator"),
    ("Anaerobic incubator", "laboratory-incubator"),
    ("Shaking incubator", "laboratory-incubator"),
    ("Platelet agitator", "platelet-incubator"),
    ("Micropipette calibration", "pipette"),
    ("Balance calibration", "laboratory-balance"),
    ("Filter photometer", "spectrophotometer"),
    ("TS meter", "refractometer"),
    ("UHPLC system", "hplc-system"),
    ("Tested CLRW resistivity", "water-purification-system"),
    ("Cesium irradiator replacement", "blood-irradiator"),
    ("Paraffin dispenser", "embedding-center"),
    ("ISH stainer", "ihc-stainer"),
    ("Genius Digital Imager", "hologic-genius"),
    ("Platelet aggregometer", "platelet-function-analyzer"),
    # a model filed as a form of its line or of a sibling
    ("NextSeq 500", "illumina-nextseq-550"),
    ("NextSeq 1000", "illumina-nextseq-2000"),
    ("UltraCW II cell washer", "helmer-ultracw"),
    ("Accu-Cut SRM 200", "sakura-accu-cut"),
    ("UF-1000i", "sysmex-uf"),
    ("Coulter Multisizer", "coulter-counter"),
    ("AcT diff 2", "coulter-act-diff"),
    ("BACTEC FX Top", "bd-bactec-fx"),
    ("Phoenix 100", "bd-phoenix"),
    ("BD Viper XTR", "bd-viper"),
    ("Infinity-80", "cepheid-genexpert-infinity"),
    ("ARIS 2X", "thermo-sensititre"),
    ("Sofia 2", "quidel-sofia"),
    ("ImmunoCAP 250", "phadia"),
    ("ABL825", "radiometer-abl800"),
    ("Micros 60", "horiba-micros"),
    ("Pentra 60", "horiba-pentra"),
    ("Yumizen H500", "horiba-yumizen"),
    ("Mindray CL-900i", "mindray-cl"),
    ("BS-800", "mindray-bs"),
    ("BC-5390", "mindray-bc"),
    ("AX-4030", "arkray-aution-max"),
    ("Beckman Access immunoassay", "beckman-access-2"),
    # a test, an assay, a technique or a module filed as a form of an instrument
    ("ID Now COVID-19 testing", "abbott-id-now"),
    ("i-STAT cartridges", "istat-chemistry-cartridges"),
    ("CG4+ cartridges", "istat-blood-gas-cartridges"),
    ("CHEM8+", "istat-chemistry-cartridges"),
    ("i-STAT cTnI", "istat-chemistry-cartridges"),
    ("Dry slide chemistry", "ortho-vitros"),
    ("MicroSlide", "ortho-vitros"),
    ("xMAP technology", "luminex-systems"),
    ("Viscoelastic testing", "viscoelastic-analyzer"),
    ("Thromboelastometry", "viscoelastic-analyzer"),
    ("Panther Trax", "hologic-panther"),
    ("COR PX/GX", "bd-cor"),
    ("Nanopore sequencing of bacterial genomes", "oxford-nanopore"),
    # a maker's name or another sense
    ("Ventana Medical Systems field service engineer, IHC stainers", "ventana-benchmark"),
    ("EUROIMMUN ELISA kits", "euroimmun"),
    ("Scanned 35 mm film with a slide scanner", "digital-pathology-scanner"),
    ("Hologic Imager for mammography", "thinprep-imaging-system"),
    ("Hologic Imager service for screening mammograms", "thinprep-imaging-system"),
    ("AutoVue document viewer for engineering drawings", "ortho-autovue"),
    ("Omnis Studio developer", "dako-omnis"),
    ("Bio-Rad BioPlex 200 research multiplex reader", "biorad-bioplex"),
    ("Atellica NEPH 630", "siemens-atellica"),
]


def test_narrower_things_parts_and_tests_no_longer_count_as_the_concept(checker):
    each_case(
        [(*case, False) for case in _NARROWER_THINGS_PARTS_AND_TESTS_NO_LONGER_COUNT_AS_THE_CONCEPT_CASES],
        line_check(checker),
    )


_EACH_THING_NOW_COUNTS_AS_ITS_OWN_CONCEPT_CASES = [
    ("Electrolyte analyzer maintenance", "electrolyte-analyzer"),
    ("Chemiluminescence analyzer for thyroid immunoassays", "chemiluminescence-immunoassay-analyzer"),
    ("Ran the microbial identification system", "microbial-identification-system"),
    ("Loaded panels on the AST system", "ast-system"),
    ("PCR instrument maintenance", "pcr-instrument"),
    ("Sample-to-answer molecular system", "sample-to-answer-molecular-system"),
    ("Syndromic PCR panel system", "syndromic-panel-system"),
    ("5-part diff analyzer", "five-part-diff-analyzer"),
    ("3-part differential analyzer", "three-part-diff-analyzer"),
    ("Replaced the reagent probe on the AU680", "analyzer-probe"),
    ("Replaced the reaction cuvettes", "analyzer-cuvette"),
    ("Point-of-care coagulation meter", "poc-coagulation-analyzer"),
    ("Trained patients on the home INR monitor", "home-inr-monitor"),
    ("HemoCue hemoglobin checks in the clinic", "hemocue-hb"),
    ("Pre-analytical automation", "preanalytical-automation"),
    ("Replaced a cobas connection module", "roche-cobas-connection-module"),
    ("Atellica Integrated Automation", "siemens-atellica-integrated-automation"),
    ("Automated plating of urine cultures", "microbiology-specimen-processor"),
    ("Kiestra ReadA incubators", "bd-kiestra-reada"),
    ("Serofuge in the blood bank", "serofuge"),
    ("Shandon Cytospin", "thermo-cytospin"),
    ("CO2 incubator", "co2-incubator"),
    ("Bacteriological incubator", "microbiology-incubator"),
    ("Ambient air incubator", "ambient-air-incubator"),
    ("Anaerobic incubator", "anaerobic-incubator"),
    ("Shaking incubator", "shaking-incubator"),
    ("Platelet agitator", "platelet-agitator"),
    ("Micropipette calibration", "micropipette"),
    ("Balance calibration with weights in the lab", "balance-calibration"),
    ("Filter photometer", "photometer"),
    ("TS meter", "ts-meter"),
    ("Dynex DS2 automated ELISA processor", "elisa-processor"),
    ("UHPLC system", "uhplc-system"),
    ("Tested CLRW resistivity", "clrw"),
    ("Cesium irradiator replacement", "cesium-irradiator"),
    ("Paraffin dispenser", "paraffin-dispenser"),
    ("ISH stainer", "ish-stainer"),
    ("ThinPrep 5000 AutoLoader", "thinprep-5000-autoloader"),
    ("Genius Digital Imager", "hologic-genius-digital-imager"),
    ("Platelet aggregometer", "platelet-aggregometer"),
    ("Viscoelastic testing", "viscoelastic-testing"),
    ("Rotor-Gene Q MDx", "qiagen-rotor-gene-q-mdx"),
    ("ABI 3500 Dx", "abi-3500-dx"),
    ("3500xL Dx", "abi-3500xl-dx"),
    ("Ion PGM Dx", "ion-pgm-dx"),
    ("NextSeq 500", "illumina-nextseq-500"),
    ("NextSeq 1000", "illumina-nextseq-1000"),
    ("NovaSeq X Plus", "illumina-novaseq-x-plus"),
    ("UltraCW II cell washer", "helmer-ultracw-ii"),
    ("Leica EG1150 H", "leica-eg1150-h"),
    ("Accu-Cut SRM 200", "sakura-accu-cut-srm"),
    ("UF-1000i", "sysmex-uf-1000i"),
    ("Coulter Multisizer", "coulter-multisizer"),
    ("AcT diff 2", "coulter-act-diff-2"),
    ("DxU 850m", "beckman-dxu-850m"),
    ("FilmArray 2.0", "biofire-filmarray-2"),
    ("SPOTFIRE R/ST", "spotfire-rst-panel"),
    ("BACTEC FX Top", "bd-bactec-fx-top"),
    ("Phoenix 100 microbiology ID/AST", "bd-phoenix-100"),
    ("BD Viper XTR", "bd-viper-xtr"),
    ("GeneXpert XVI", "cepheid-genexpert-xvi"),
    ("GeneXpert IV", "cepheid-genexpert-iv"),
    ("Infinity-80", "cepheid-genexpert-infinity-80"),
    ("Infinity-48s", "cepheid-genexpert-infinity-48"),
    ("Verigene II", "luminex-verigene-ii"),
    ("NeuMoDx 288", "qiagen-neumodx-288"),
    ("ARIS 2X", "thermo-sensititre-aris-2x"),
    ("Vizion", "thermo-sensititre-vizion"),
    ("Sofia 2", "quidel-sofia-2"),
    ("ImmunoCAP 250", "phadia-250"),
    ("Phadia 1000", "phadia-1000"),
    ("ABL825", "radiometer-abl825"),
    ("Micros 60", "horiba-micros-60"),
    ("Pentra 60", "horiba-pentra-60"),
    ("Yumizen H500", "horiba-yumizen-h500"),
    ("Mindray CL-900i", "mindray-cl-900i"),
    ("BS-800", "mindray-bs-800"),
    ("BC-5390", "mindray-bc-5390"),
    ("AX-4030", "arkray-aution-max-ax-4030"),
    ("ID Now COVID-19 testing", "id-now-covid-19"),
    ("i-STAT cartridges", "istat-cartridges"),
    ("CG4+ cartridges", "istat-cg4"),
    ("CHEM8+", "istat-chem8"),
    ("i-STAT cTnI", "istat-ctni"),
    ("Xpert MTB/RIF", "xpert-mtb-rif"),
    ("Xpert MTB/RIF Ultra", "xpert-mtb-rif-ultra"),
    ("Xpert Xpress SARS-CoV-2/Flu/RSV", "xpert-xpress-sars-cov-2-flu-rsv"),
    ("Dry slide chemistry", "dry-slide-chemistry"),
    ("xMAP technology", "xmap-technology"),
    ("Panther Trax", "hologic-panther-trax"),
    ("Bio-Rad Bio-Plex 200", "biorad-bio-plex-200"),
    ("Bruker microflex LT", "bruker-microflex"),
]


def test_each_thing_now_counts_as_its_own_concept(checker):
    each_case(_EACH_THING_NOW_COUNTS_AS_ITS_OWN_CONCEPT_CASES, line_check(checker))


_EACH_CONCEPT_STILL_COUNTS_IN_ITS_OWN_SENSE_CASES = [
    ("Maintained the chemistry analyzers", "chemistry-analyzer"),
    ("Serviced the immunoassay analyzers", "immunoassay-analyzer"),
    ("Automated ID/AST system", "microbiology-id-ast-system"),
    ("Molecular diagnostics platform", "molecular-analyzer"),
    ("Real-time PCR instrument", "real-time-pcr-instrument"),
    ("Hematology analyzer troubleshooting", "hematology-analyzer"),
    ("PT/INR meter", "poc-inr-meter"),
    ("Laboratory automation track", "lab-automation"),
    ("Microbiology automation system", "microbiology-automation"),
    ("Laboratory incubator", "laboratory-incubator"),
    ("Spectrophotometer", "spectrophotometer"),
    ("Refractometer", "refractometer"),
    ("HPLC system", "hplc-system"),
    ("Reagent water system", "water-purification-system"),
    ("Blood irradiator", "blood-irradiator"),
    ("Embedding center", "embedding-center"),
    ("IHC stainer", "ihc-stainer"),
    ("Slide scanner for whole slide imaging in pathology", "digital-pathology-scanner"),
    ("Hologic Imager for ThinPrep Pap slides", "thinprep-imaging-system"),
    ("AutoVue Innova gel cards in the blood bank", "ortho-autovue"),
    ("Omnis IHC stainer", "dako-omnis"),
    ("Ran IHC on the Ventana BenchMark", "ventana-benchmark"),
    ("Bio-Rad BioPlex 2200", "biorad-bioplex"),
    ("Siemens Atellica Solution", "siemens-atellica"),
    ("Sysmex UF-Series", "sysmex-uf"),
    ("Viscoelastic hemostasis analyzer", "viscoelastic-analyzer"),
    ("Platelet function analyzer", "platelet-function-analyzer"),
    ("GeneXpert Infinity", "cepheid-genexpert-infinity"),
    ("Xpert assays", "cepheid-xpert-assays"),
    ("Ortho VITROS", "ortho-vitros"),
    ("Luminex xMAP instruments", "luminex-systems"),
    ("BD Viper LT", "bd-viper"),
    ("Ran blood gases on the epoc", "siemens-epoc"),
]


def test_each_concept_still_counts_in_its_own_sense(checker):
    each_case(_EACH_CONCEPT_STILL_COUNTS_IN_ITS_OWN_SENSE_CASES, line_check(checker))


_RELATIONS_THAT_WERE_NO_IS_A_ARE_DROPPED_CASES = [
    # a later or bigger model is no kind of its sibling
    ("qiagen-qiacube-ht", "qiagen-qiacube", False),
    ("ion-s5-xl", "ion-s5", False),
    ("beckman-au400e", "beckman-au400", False),
    ("beckman-au640e", "beckman-au640", False),
    ("siemens-immulite-2000-xpi", "siemens-immulite-2000", False),
    ("siemens-dimension-xpand-plus", "siemens-dimension-xpand", False),
    ("siemens-dimension-rxl-max", "siemens-dimension-rxl", False),
    ("ortho-vision-max", "ortho-vision", False),
    ("grifols-erytra-eflexis", "grifols-erytra", False),
    ("vitek-ms-prime", "vitek-ms", False),
    ("stago-sta-r-max-2", "stago-sta-r-max", False),
    ("stago-sta-r-max-3", "stago-sta-r-max", False),
    ("stago-sta-compact-max-2", "stago-sta-compact-max", False),
    ("stago-sta-compact-max-3", "stago-sta-compact-max", False),
    ("stago-sta-satellite-max", "stago-sta-satellite", False),
    # the STart bench analyzers are no STA
    ("stago-start-max", "stago-sta", False),
    ("stago-start-4", "stago-sta", False),
    # a device is no kind of the technique or test it runs; a part is no kind of analyzer
    ("flow-cytometer", "flow-cytometry", False),
    ("genetic-analyzer", "dna-capillary-electrophoresis", False),
    ("biorad-qx200", "droplet-digital-pcr", False),
    ("biofire", "molecular-microbiology-panels", False),
    ("luminex-verigene", "molecular-microbiology-panels", False),
    ("qiagen-qiastat-dx", "molecular-microbiology-panels", False),
    ("biofire-spotfire", "molecular-microbiology-panels", False),
    ("analyzer-subsystems", "laboratory-analyzer", False),
    # a morphology system counts no cells; an ELISA processor is no plate reader
    ("digital-cell-morphology", "hematology-analyzer", False),
    ("dynex-ds2", "plate-reader", False),
    ("dynex-dsx", "plate-reader", False),
]


def test_relations_that_were_no_is_a_are_dropped(vocabulary):
    each_case(_RELATIONS_THAT_WERE_NO_IS_A_ARE_DROPPED_CASES, parent_check(vocabulary))


_NEW_CONCEPTS_SIT_UNDER_THEIR_TRUE_PARENTS_CASES = [
    # a narrower model or version, once a form of its line, is its own concept under it
    ("bd-viper-xtr", "bd-viper-system", True),
    ("qiagen-rotor-gene-q-mdx", "qiagen-rotor-gene", True),
    ("abi-3500-dx", "abi-3500", True),
    ("abi-3500xl-dx", "abi-3500xl", True),
    ("ion-pgm-dx", "ion-pgm", True),
    ("illumina-novaseq-x-plus", "illumina-novaseq-x", True),
    ("thinprep-5000-autoloader", "thinprep-5000", True),
    ("bd-kiestra-reada", "bd-kiestra", True),
    ("beckman-dxu-850m", "beckman-dxu", True),
    ("biofire-filmarray-2", "biofire", True),
    ("cepheid-genexpert-xvi", "cepheid-genexpert", True),
    ("luminex-verigene-ii", "luminex-verigene", True),
    ("qiagen-neumodx-96", "qiagen-neumodx", True),
    ("xpert-mtb-rif", "cepheid-xpert-assays", True),
    ("hemocue-hb", "hemocue", True),
    # a part or module is no kind of the system it belongs to
    ("leica-eg1150-h", "leica-eg1150", False),
    ("leica-eg1150-h", "embedding-center", True),
    ("hologic-genius-digital-imager", "hologic-genius", False),
    ("bd-bactec-fx-top", "bd-bactec-fx", False),
    ("electrolyte-analyzer", "chemistry-analyzer", True),
    ("chemiluminescence-immunoassay-analyzer", "immunoassay-analyzer", True),
    ("vitek-2", "microbial-identification-system", True),
    ("vitek-2", "ast-system", True),
    ("thermal-cycler", "pcr-instrument", True),
    ("cepheid-genexpert", "sample-to-answer-molecular-system", True),
    ("biofire", "syndromic-panel-system", True),
    ("five-part-diff-analyzer", "hematology-analyzer", True),
    ("analyzer-probe", "analyzer-subsystems", True),
    ("act-analyzer", "poc-coagulation-analyzer", True),
    ("coaguchek", "poc-coagulation-analyzer", True),
    ("hemocue-hb-801", "hemocue-hb", True),
    ("roche-cobas-p-612", "preanalytical-automation", True),
    ("specimen-decapper", "preanalytical-automation", True),
    ("copan-wasp", "microbiology-specimen-processor", True),
    ("serofuge", "centrifuge", True),
    ("co2-incubator", "laboratory-incubator", True),
    ("gilson-pipetman", "micropipette", True),
    ("balance-calibration", "calibration", True),
    ("spectrophotometer", "photometer", True),
    ("dynex-ds2", "elisa-processor", True),
    ("waters-acquity", "uhplc-system", True),
    ("gammacell", "cesium-irradiator", True),
    ("ventana-benchmark", "ish-stainer", True),
    ("chrono-log-aggregometer", "platelet-aggregometer", True),
    ("istat-cg4", "istat-blood-gas-cartridges", True),
    ("istat-chem8", "istat-chemistry-cartridges", True),
    ("istat-act-cartridges", "istat-cartridges", True),
    ("xpert-xpress-sars-cov-2-flu-rsv", "cepheid-xpert-assays", True),
    ("stago-start-max", "stago-coagulation", True),
    ("stago-sta", "stago-coagulation", True),
    ("phadia-250", "phadia", True),
    ("mindray-bs-480", "mindray-bs", True),
    ("bd-viper", "bd-viper-system", True),
    ("spotfire-rst-panel", "molecular-microbiology-panels", True),
]


def test_new_concepts_sit_under_their_true_parents(vocabulary):
    each_case(_NEW_CONCEPTS_SIT_UNDER_THEIR_TRUE_PARENTS_CASES, parent_check(vocabulary))


_SCREENING_POSTING = "Imaging-assisted screening"
_AN_INSTRUMENT_NO_LONGER_ANSWERS_A_TECHNIQUE_AS_A_SYNONYM_CASES = [
    ("Paps on a cytology imaging system", _SCREENING_POSTING, "imaging-assisted-screening", "missing"),
    ("Imager-assisted screening of Paps", _SCREENING_POSTING, "imaging-assisted-screening", "synonym"),
]


def test_an_instrument_no_longer_answers_a_technique_as_a_synonym(checker):
    each_case(_AN_INSTRUMENT_NO_LONGER_ANSWERS_A_TECHNIQUE_AS_A_SYNONYM_CASES, status_check(checker))
