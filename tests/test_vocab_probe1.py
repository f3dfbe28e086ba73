"""A probe sweep of the first half of the laboratory instruments: one line per fix, each failing before it.

Every concept was read with one-line probe sentences, including lines where a form means something else.
The first table keeps distinct things apart and checks forms with another sense; the second checks that
guarded forms still count in their own sense; the third checks relations.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_DISTINCT_THINGS_APART_CASES = [
    # sakura-tec-6 / sakura-tec-5: the Tec 6 and Tec 5 are also anaesthetic vaporizers
    ("Repaired TEC 6 Plus vaporizers on anesthesia machines", "sakura-tec-6", False),
    ("Serviced TEC 5 vaporizers on Aestiva machines", "sakura-tec-5", False),
    # thermo-qubit: a qubit is also the quantum-computing unit
    ("Simulated qubit decoherence in a quantum computing lab", "thermo-qubit", False),
    ("Qubit gates and error correction in Qiskit", "thermo-qubit", False),
    # hemosonics-quantra: Hologic Quantra is breast density software
    ("Reviewed Hologic Quantra breast density reports", "hemosonics-quantra", False),
    # water-purification-system: dialysis and industrial water systems are not the laboratory system
    ("Maintained the RO/DI system for the hemodialysis unit", "water-purification-system", False),
    ("DI water system for the semiconductor fab", "water-purification-system", False),
    # ph-meter: a blood gas analyzer's pH electrode is not a pH meter
    ("Replaced pH electrode on the blood gas analyzer", "ph-meter", False),
    # spectrophotometer: display colorimeters, flame photometers and an analyzer's photometer lamp
    ("Calibrated PACS display monitors with a colorimeter", "spectrophotometer", False),
    ("Operated a flame photometer for sodium and potassium", "spectrophotometer", False),
    ("Replaced the photometer lamp on the AU5800", "spectrophotometer", False),
    # lab-automation: a factory automation line is not laboratory automation
    ("Maintained the packaging automation line at a manufacturing plant", "lab-automation", False),
    # beckman-power-processor: IBM POWER processors are server CPUs
    ("Administered IBM Power processors and AIX servers", "beckman-power-processor", False),
    # hematology-analyzer: manual differential counters and cell-culture counters
    ("Used a manual cell counter for differentials", "hematology-analyzer", False),
    ("Counted cells with a Countess automated cell counter for cell culture", "hematology-analyzer", False),
    # nucleic-acid-extractor: solid-phase extraction systems in toxicology
    (
        "Solid phase extraction on an automated extraction system for THC in urine",
        "nucleic-acid-extractor",
        False,
    ),
    # poc-analyzer: a handheld gas flow analyzer is test equipment
    ("Checked ventilator flow with a handheld analyzer from Fluke", "poc-analyzer", False),
    # chrono-log-aggregometer: the maker's name alone
    ("Chrono-log Corporation, Havertown PA", "chrono-log-aggregometer", False),
    # scopio-labs: the maker is not the X100; the X100HT is not the X100
    ("Worked at Scopio Labs as a software engineer", "scopio-labs", False),
    ("Scopio X100HT", "scopio-labs", False),
    # pacbio / oxford-nanopore: the company is not the sequencer
    ("Intern at Pacific Biosciences", "pacbio", False),
    ("Research associate at Oxford Nanopore Technologies", "oxford-nanopore", False),
    # biomerieux-easymag: NucliSENS is a product line
    ("Ran the NucliSENS EasyQ analyzer", "biomerieux-easymag", False),
    # qiagen-rotor-gene: the Rotor-Gene 6000 is an earlier instrument
    ("Operated the Rotor-Gene 6000", "qiagen-rotor-gene", False),
    # illumina-miseq: the MiSeq i100 is its own instrument
    ("Ran the Illumina MiSeq i100", "illumina-miseq", False),
    ("Ran the MiSeq i100", "illumina-miseq", False),
    # bd-kiestra: the TLA, WCA, InoqulA and ReadA Compact are their own systems
    ("Ran the BD Kiestra InoqulA specimen processor", "bd-kiestra-inoqula", True),
    ("Kiestra TLA", "bd-kiestra-tla", True),
    ("Kiestra WCA", "bd-kiestra-wca", True),
    ("Ran the Kiestra ReadA Compact imaging incubators", "bd-kiestra-reada-compact", True),
    # abbott-accelerator-a3600: the GLP systems Track is another line
    ("Installed the Abbott GLP systems Track", "abbott-accelerator-a3600", False),
    ("Installed the Abbott GLP systems Track", "abbott-glp-systems-track", True),
    # illumina-hiseq: models apart
    ("Ran the HiSeq 2500", "illumina-hiseq-2500", True),
    ("Ran the HiSeq 4000", "illumina-hiseq-4000", True),
    # qiagen-qiasymphony: modules apart
    ("Ran the QIAsymphony SP for extraction", "qiagen-qiasymphony-sp", True),
    ("QIAsymphony AS assay setup", "qiagen-qiasymphony-as", True),
    ("QIAsymphony RGQ", "qiagen-qiasymphony-rgq", True),
    # qiagen-qiacube: the Connect is the next model
    ("QIAcube Connect extractions", "qiagen-qiacube", False),
    ("QIAcube Connect extractions", "qiagen-qiacube-connect", True),
    # abi-7500: the 7500 Fast is another model
    ("Ran the 7500 Fast Dx for SARS-CoV-2", "abi-7500", False),
    ("Ran the 7500 Fast Dx for SARS-CoV-2", "abi-7500-fast", True),
    # abi-seqstudio: the SeqStudio Flex is another instrument
    ("SeqStudio Flex Sanger runs", "abi-seqstudio", False),
    ("SeqStudio Flex Sanger runs", "abi-seqstudio-flex", True),
    # biorad-cfx96: the Touch and Dx are their own models
    ("CFX96 Touch real-time PCR", "biorad-cfx96", False),
    ("CFX96 Touch real-time PCR", "biorad-cfx96-touch", True),
    ("CFX96 Dx", "biorad-cfx96-dx", True),
    # hemochron: models apart
    ("Hemochron Signature Elite ACT testing", "hemochron-signature-elite", True),
    ("Hemochron Response", "hemochron-response", True),
    ("Hemochron Jr. Signature for ACT", "hemochron-jr-signature", True),
    # ion-s5: the S5 XL and the GeneStudio S5 series are their own instruments
    ("Ion S5 XL sequencing", "ion-s5", False),
    ("Ion S5 XL sequencing", "ion-s5-xl", True),
    ("Ion GeneStudio S5 Prime", "ion-s5", False),
    ("Ion GeneStudio S5 Prime", "ion-genestudio-s5-prime", True),
    ("Ion GeneStudio S5 Plus", "ion-genestudio-s5-plus", True),
    # biorad-variant-ii: the TURBO is another model
    ("Variant II Turbo HbA1c", "biorad-variant-ii", False),
    ("Variant II Turbo HbA1c", "biorad-variant-ii-turbo", True),
    # leica-asp300: the ASP300 S is the later model
    ("Leica ASP300S tissue processor", "leica-asp300", False),
    ("Leica ASP300S tissue processor", "leica-asp300s", True),
    # biorad-variant-ii: the model name in capitals
    ("Bio-Rad VARIANT II TURBO", "biorad-variant-ii", False),
    # promega-maxwell-rsc: the RSC 48 is its own instrument
    ("Maxwell RSC 48 extractions", "promega-maxwell-rsc", False),
    ("Promega Maxwell RSC 48", "promega-maxwell-rsc", False),
    # leica-asp300: the ASP300 S is the later model
    ("Leica ASP300S", "leica-asp300s", True),
    # shandon-finesse: the Finesse ME+ is its own model
    ("Finesse ME+ microtome", "shandon-finesse-me-plus", True),
    # microtome: a microtone is a musical interval
    ("Composed pieces using microtones and just intonation", "microtome", False),
    # ion-genexus: GeneXus is a low-code software platform
    ("GeneXus developer for banking applications", "ion-genexus", False),
    # nanopore-minion: an ordinary word
    ("Played a minion in the school play", "nanopore-minion", False),
    # beckman-navios: a shipping company; the Navios EX is its own model
    ("Navios Maritime Holdings, operations analyst", "beckman-navios", False),
    ("Navios EX flow cytometer", "beckman-navios-ex", True),
    # coagulation-analyzer: the physiological coagulation system
    ("Studied the coagulation system in sepsis patients", "coagulation-analyzer", False),
    ("Researched the complement and coagulation system activation", "coagulation-analyzer", False),
    # molecular-analyzer: a business unit
    ("Worked on the molecular platform team at a biotech startup", "molecular-analyzer", False),
    # lab-automation: a test automation track
    ("Led the test automation track for the QA team", "lab-automation", False),
    # genetic-analyzer: protein capillary electrophoresis is not a DNA analyzer
    (
        "Ran the capillary electrophoresis instrument for serum protein electrophoresis",
        "genetic-analyzer",
        False,
    ),
    # microbiology-automation: an electroplating line
    ("Supervised the automated plating line at a metal finishing plant", "microbiology-automation", False),
    # cellavision / hemocue / opentrons: the company is not its instruments
    ("Worked at CellaVision AB as a software developer", "cellavision", False),
    ("Worked at HemoCue AB in quality", "hemocue", False),
    ("Opentrons Labworks, field applications scientist", "opentrons", False),
    # bd-facscanto: the FACSCanto II is its own model of the line
    ("CD4 enumeration on BD FACSCanto II", "bd-facscanto-ii", True),
    # roche-lightcycler-480 / sakura-autotec / illumina-novaseq-6000 / illumina-nextseq-550: models apart
    ("LightCycler 480 II genotyping", "roche-lightcycler-480-ii", True),
    ("Embedded on the AutoTEC a120", "sakura-autotec-a120", True),
    ("NovaSeq 6000Dx", "illumina-novaseq-6000dx", True),
    ("NextSeq 550Dx", "illumina-nextseq-550dx", True),
    # thermo-kingfisher: Kingfisher plc is a retailer
    ("Store manager at Kingfisher plc (B&Q)", "thermo-kingfisher", False),
    # analyzer-subsystems: ultrasound, TEE and temperature probes
    ("Handled ultrasound probe replacement for GE Logiq units", "analyzer-subsystems", False),
    ("Performed probe alignment on the transesophageal echo probes", "analyzer-subsystems", False),
    ("Temperature probe replacement on patient monitors", "analyzer-subsystems", False),
    # chemistry-analyzer: a boiler-water chemical analyzer
    ("Used a chemical analyzer for boiler water testing", "chemistry-analyzer", False),
    # label-printer: shipping label printers
    ("Printed shipping labels on the label printer in the warehouse", "label-printer", False),
    # cellavision-dc-1: DC-1 alone
    ("Washington DC-1 district office", "cellavision-dc-1", False),
    # lab-automation: a chromatograph's sample handler
    ("Sample handler on the autosampler of the GC", "lab-automation", False),
    # pacbio-sequel-ii: the IIe is the later model
    ("PacBio Sequel IIe", "pacbio-sequel-ii", False),
    ("PacBio Sequel IIe", "pacbio-sequel-iie", True),
]


def test_the_probe_sweep_keeps_other_senses_and_distinct_things_apart(checker):
    each_case(_THE_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_DISTINCT_THINGS_APART_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Embedded blocks on the TEC 6 paraffin embedding center", "sakura-tec-6", True),
    ("TEC 5 embedding console for histology", "sakura-tec-5", True),
    ("Quantified DNA libraries on the Qubit", "thermo-qubit", True),
    ("Ran Quantra cartridges for cardiac surgery bleeding", "hemosonics-quantra", True),
    ("Maintained the DI water system for the chemistry analyzers", "water-purification-system", True),
    ("RO/DI system for CLSI type I reagent water", "water-purification-system", True),
    ("UV-Vis spectrophotometer for protein assays", "spectrophotometer", True),
    ("Troubleshot the specimen automation line feeding the chemistry analyzers", "lab-automation", True),
    (
        "Operated the Power Processor for specimen centrifugation and aliquoting",
        "beckman-power-processor",
        True,
    ),
    ("Cell counter maintenance for CBC testing", "hematology-analyzer", True),
    ("Automated extraction system for viral RNA", "nucleic-acid-extractor", True),
    ("Handheld analyzer for point-of-care glucose and lactate", "poc-analyzer", True),
    ("Ran platelet aggregation studies on the Chrono-log", "chrono-log-aggregometer", True),
    ("Ran the Scopio X100 for peripheral smears", "scopio-labs", True),
    ("Long-read sequencing on PacBio", "pacbio", True),
    ("Sequenced isolates with Oxford Nanopore", "oxford-nanopore", True),
    ("Ran the Rotor-Gene for HSV PCR", "qiagen-rotor-gene", True),
    ("Ran the MiSeq for 16S sequencing", "illumina-miseq", True),
    ("Illumina MiSeq", "illumina-miseq", True),
    ("Maintained the BD Kiestra line", "bd-kiestra", True),
    ("QIAsymphony extractions", "qiagen-qiasymphony", True),
    ("QIAcube spin-column extractions", "qiagen-qiacube", True),
    ("Ran the ABI 7500 for qPCR", "abi-7500", True),
    ("SeqStudio Sanger sequencing", "abi-seqstudio", True),
    ("CFX96 real-time PCR", "biorad-cfx96", True),
    ("Ion S5 sequencing", "ion-s5", True),
    ("Variant II HbA1c", "biorad-variant-ii", True),
    ("Maxwell RSC extractions", "promega-maxwell-rsc", True),
    ("Ran extractions on the KingFisher", "thermo-kingfisher", True),
    ("Capillary electrophoresis instrument for STR fragment analysis", "genetic-analyzer", True),
    ("Automated plating of urine cultures", "microbiology-specimen-processor", True),
    ("Reviewed smears on the CellaVision", "cellavision", True),
    ("HemoCue hemoglobin checks for donors", "hemocue", True),
    ("Ran the HemoCue for donor screening", "hemocue", True),
    ("Maintained the coagulation system and its QC", "coagulation-analyzer", True),
    ("Managed the molecular platform for respiratory panels", "molecular-analyzer", True),
    ("Automation track maintenance for the core lab", "lab-automation", True),
    ("Cut sections on the microtone in histology", "microtome", True),
    ("Ran the Ion Torrent Genexus for oncology panels", "ion-genexus", True),
    ("Sequenced on the MinION", "nanopore-minion", True),
    ("Immunophenotyping on the Navios", "beckman-navios", True),
    ("Bio-Rad VARIANT II", "biorad-variant-ii", True),
    ("Replaced the sample probe and did probe alignment on the AU680", "analyzer-probe", True),
    ("Probe replacement on the chemistry analyzers", "analyzer-probe", True),
    ("Chemical analyzer for serum electrolytes", "chemistry-analyzer", True),
    ("Label printer for specimen tubes in phlebotomy", "label-printer", True),
    ("Barcode printer for specimen labels", "label-printer", True),
    ("CellaVision DC-1 for blood smears", "cellavision-dc-1", True),
    ("DC-1 digital morphology of blood smears", "cellavision-dc-1", True),
    ("Sample handler feeding tubes to the analyzers", "lab-automation", True),
]


def test_forms_guarded_in_the_probe_sweep_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    # istat-act-cartridges: a test run on the i-STAT is not a kind of i-STAT
    ("istat-act-cartridges", "abbott-istat", False),
    ("istat-act-cartridges", "activated-clotting-time", True),
    # qiagen-qiasymphony-as: the assay setup module extracts nothing
    ("qiagen-qiasymphony-as", "nucleic-acid-extractor", False),
    ("qiagen-qiasymphony-as", "liquid-handler", True),
    ("qiagen-qiasymphony-sp", "nucleic-acid-extractor", True),
    ("bd-kiestra-tla", "microbiology-automation", True),
    ("hemochron-response", "act-analyzer", True),
    ("ion-genestudio-s5-prime", "ngs-sequencer", True),
    # abi-3500xl: the 24-capillary model is not a kind of the 8-capillary 3500
    ("abi-3500xl", "abi-3500", False),
    # esr-analyzer: an ESR analyzer is no hematology (CBC) analyzer
    ("esr-analyzer", "hematology-analyzer", False),
    ("starrsed", "hematology-analyzer", False),
    # copan-phenomatrix: software of the WASPLab, no microbiology automation instrument
    ("copan-phenomatrix", "microbiology-automation", False),
    ("shandon-finesse-me-plus", "microtome", True),
    ("bd-facscanto-ii", "bd-facs", True),
    ("illumina-novaseq-6000dx", "illumina-novaseq", True),
]


def test_the_probe_sweep_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))
