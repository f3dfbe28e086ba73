"""Laboratory instruments: forms that read another sense, and sources that named another product.

Hologic's Genius 3D Mammography and Genius AI Detection; Ansys Maxwell 16 electromagnetic simulation; IBM
Power processors in a performance lab; photographic E-6 slide processors; a class II variant in genetics; a
physical therapy "PT link"; business reports of "consolidated analyzer results"; an electronics clean bench;
a factory's Colibri automation; Luminex Software's mainframe virtual tape; a "Phoenix 100" account list; a
film's "Sequel II"; and an unrelated "MP24" part number no longer read as the Hologic Genius cytology
system, the Promega Maxwell 16, the Beckman Coulter Power Processor, the liquid-based cytology processor,
the Bio-Rad VARIANT II, the Dako PT Link, the integrated chemistry and immunoassay system, the laminar flow
hood, the Copan Colibri, the Luminex systems, the BD Phoenix 100, the PacBio Sequel II or the Roche MagNA
Pure 24: each such form now asks for a word of its own trade on the line, or is refused before the other
sense's words. The CellaVision DC-1 no longer takes "cell" alone as a hematology word, the analyzer sampling
mechanism no longer takes "sample", and the Hologic Panther no longer takes "instrument" or "Fusion". A 3D
printer's heat block is no laboratory heat block, and the concept, whose name was "Heat block", is now named
Laboratory heat block; wind tunnel force balances and wheel balancers are no laboratory balances, and
"Balance calibration" is now named Laboratory balance calibration, the old name a guarded form. A physics
lab's cryostat, a kitchen QuickThaw tray, the Plasma-Therm etch tools (also written Plasmatherm) and a
designer's milestone logos are not the cryostat microtome, the QuickThaw or Plasmatherm plasma thawers or
the Milestone LOGOS tissue processor (the last two concepts are renamed so, the old names guarded forms).
The platelet function analyzer is related to platelet function testing instead of filed under it.

Sources that named another maker's or another model's product now name the concept's own: the cassette
printer, the Honeywell scanner and the Leica IP S no longer cite the Brady labeling system; the Hamilton
Microlab STAR no longer cites the Tecan Freedom EVO; the Philips IntelliSite no longer cites Leica Aperio;
the ORTHO ProVue, the Quidel Lyra, Savanna and Triage, the Nova StatSensor, the Roche Urisys, cobas u 411,
u 701, 6500 and b 101, the LightCycler 2.0 and PRO, the MagNA Pure Compact and LC, the ADVIA 120, the SCIEX
QTRAP and QTRAP 5500, the Sedimat 15 (a Polymedco analyzer), the Radiometer ABL9, the Immucor Galileo, the
ACS:180, the Copan Colibri and the BD FACSDiva and FACSuite software cite their own product.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_OTHER_SENSES_NO_LONGER_READ_AS_OURS_PASS13_1 = [
    # hologic-genius: breast imaging products
    ("Supported Hologic Genius 3D Mammography exams on Selenia Dimensions", "hologic-genius", False),
    ("Deployed Hologic Genius AI Detection for breast tomosynthesis", "hologic-genius", False),
    # promega-maxwell-16: Ansys Maxwell 16
    ("Simulated motor magnetics in Ansys Maxwell 16", "promega-maxwell-16", False),
    # beckman-power-processor: IBM Power processors
    ("Validated firmware on IBM Power processors in the performance lab", "beckman-power-processor", False),
    # cytology-processor: photographic slide processors
    ("Repaired the E-6 slide processor in the photo lab", "cytology-processor", False),
    # biorad-variant-ii: a genetic variant class
    ("Classified variant II findings for the cardiology genetics clinic", "biorad-variant-ii", False),
    # dako-pt-link: a physical therapy link
    ("Shared the PT link with patients for home exercise programs", "dako-pt-link", False),
    # integrated-chemistry-immunoassay: business reporting
    (
        "Consolidated analyzer results into a weekly sales dashboard",
        "integrated-chemistry-immunoassay",
        False,
    ),
    # laminar-flow-hood: an electronics workbench
    ("Built a clean bench for electronics assembly", "laminar-flow-hood", False),
    # copan-colibri: factory automation
    ("Integrated Colibri automation cells on the packaging line", "copan-colibri", False),
    # luminex-systems: Luminex Software mainframe virtual tape
    ("Migrated tape workloads with Luminex Software MVT gateways", "luminex-systems", False),
    ("Administered Luminex mainframe virtual tape for z/OS", "luminex-systems", False),
    # bd-phoenix-100: a business list
    ("Managed the Phoenix 100 list of key accounts", "bd-phoenix-100", False),
    # pacbio-sequel-ii: a film sequel
    ("Wrote the screenplay for Sequel II of the franchise", "pacbio-sequel-ii", False),
    # roche-magna-pure-24: a part number
    ("Replaced the MP24 pump seals on the cooling tower", "roche-magna-pure-24", False),
    # heat-block: a 3D printer hot end
    ("Replaced the heat block and nozzle on the Prusa 3D printers", "heat-block", False),
    # analyzer-subsystems: a survey's sampling
    ("Designed the survey sampling mechanism to limit sample bias", "analyzer-subsystems", False),
    # hologic-panther: a trucking company
    ("Drove for Panther Express on regional instrument deliveries", "hologic-panther", False),
    # balance-calibration: wind tunnel force balances and wheel balancers
    (
        "Performed wind tunnel balance calibration for six-component force balances",
        "balance-calibration",
        False,
    ),
    ("Wheel balance calibration on Hunter road force balancers", "balance-calibration", False),
    # cryostat: a physics lab's closed-cycle cryostat
    ("Designed a closed-cycle cryostat for quantum device characterization", "cryostat", False),
    # plasmatherm: the plasma etch tool maker
    ("Plasmatherm etcher maintenance and chamber cleans", "plasmatherm", False),
    # milestone-logos: a designer's logos
    ("Created milestone logos for the company's 50th anniversary", "milestone-logos", False),
    # quickthaw: a kitchen defrosting tray
    ("Sold the QuickThaw frozen food defrosting tray", "quickthaw", False),
    # alcor-ised: Canada's radio certification body
    ("Prepared FCC and ISED certification test reports for radio modules", "alcor-ised", False),
    # illumina-iseq: the Irish stock market index
    ("Tracked ISEQ 20 equities for the Dublin desk", "illumina-iseq", False),
    # sebia-minicap: a cap
    ("Wore a minicap under the welding hood", "sebia-minicap", False),
    # ortho-provue: the Panorama database maker
    ("Built ProVue Panorama databases for clients", "ortho-provue", False),
    # hologic-panther: a tank's fire control
    (
        "Installed the Panther System fire control upgrade on the armored vehicles",
        "hologic-panther",
        False,
    ),
    # hamilton-microlab-star: a newspaper
    ("Reporter at the Hamilton Star newspaper", "hamilton-microlab-star", False),
    # nova-stat-profile-prime: a toy line
    ("Nova Prime Transformers toy line", "nova-stat-profile-prime", False),
    # bd-veritor: a firm's name
    ("Veritor Partners private equity associate", "bd-veritor", False),
    # embedding-center: a machine shop's station
    ("Wired the embedding station for the CNC cell", "embedding-center", False),
    # cellavision-dc-1: battery cells
    ("Tested DC-1 battery cells for the inverter project", "cellavision-dc-1", False),
]

_FORMS_GUARDED_IN_PASS13_1_STILL_COUNT_PASS13_1 = [
    ("Validated the Hologic Genius Digital Diagnostics imager for cytology", "hologic-genius", True),
    ("Hologic Genius cytology slides reviewed with the pathologist", "hologic-genius", True),
    ("Extracted DNA on the Maxwell 16", "promega-maxwell-16", True),
    ("Loaded specimen racks on the Power Processor centrifuges", "beckman-power-processor", True),
    ("Ran ThinPrep vials on the slide processor", "cytology-processor", True),
    ("Ran HbA1c on the Variant II analyzer", "biorad-variant-ii", True),
    ("Ran antigen retrieval on the PT Link before IHC staining", "dako-pt-link", True),
    (
        "Operated consolidated analyzers for chemistry and immunoassay testing",
        "integrated-chemistry-immunoassay",
        True,
    ),
    ("Prepared cell culture media in the clean bench", "laminar-flow-hood", True),
    ("Picked colonies for MALDI-TOF with the Colibri", "copan-colibri", True),
    ("Ran HLA single antigen bead assays on the Luminex", "luminex-systems", True),
    ("Ran ID/AST panels on the Phoenix 100", "bd-phoenix-100", True),
    ("Ran HiFi sequencing on the Sequel II", "pacbio-sequel-ii", True),
    ("Performed nucleic acid extraction on the MP24", "roche-magna-pure-24", True),
    ("Reviewed blood smear differentials on the DC-1", "cellavision-dc-1", True),
    ("Incubated samples on a heat block at 56 C", "heat-block", True),
    ("Cut frozen sections on the cryostat", "cryostat", True),
    ("Ran Aptima assays on the Panther System", "hologic-panther", True),
    ("Programmed NGS library prep on the Hamilton STAR", "hamilton-microlab-star", True),
    ("Ran blood gases on the Nova Prime analyzer", "nova-stat-profile-prime", True),
    ("Ran rapid flu tests on the Veritor", "bd-veritor", True),
    ("Embedded paraffin blocks at the embedding station", "embedding-center", True),
    ("Ran ESR on the iSED analyzer", "alcor-ised", True),
    ("Sequenced amplicons on the iSeq", "illumina-iseq", True),
    ("Ran serum protein electrophoresis on the Minicap", "sebia-minicap", True),
    ("Ran type and screen on the ProVue", "ortho-provue", True),
    ("Thawed FFP in the Plasmatherm", "plasmatherm", True),
    ("Processed biopsies on the Milestone LOGOS microwave processor", "milestone-logos", True),
    ("Thawed FFP in the QuickThaw", "quickthaw", True),
    (
        "Performed daily balance calibration with NIST-traceable weights on the analytical balances",
        "balance-calibration",
        True,
    ),
    ("Replaced the sampling mechanism on the chemistry analyzer", "analyzer-subsystems", True),
    ("Ran Aptima assays on the Panther", "hologic-panther", True),
]

# concept id -> (words its source now names, the other product its source named before)
_SOURCES_CORRECTED_IN_PASS13_1 = {
    "cassette-printer": ("Leica IP C", "Brady"),
    "honeywell-scanner": ("Honeywell", "Brady"),
    "leica-ip-s": ("Leica Biosystems IP S", "Brady"),
    "hamilton-microlab-star": ("Hamilton Company", "Tecan"),
    "philips-intellisite": ("Philips IntelliSite", "Aperio"),
    "ortho-provue": ("ProVue", "VISION"),
    "quidel-lyra": ("Lyra", "Sofia"),
    "quidel-savanna": ("Savanna", "Sofia"),
    "quidel-triage": ("Triage", "Sofia"),
    "nova-statsensor": ("StatSensor", "Glucose"),
    "roche-urisys": ("Urisys", "u 601"),
    "roche-cobas-u-411": ("u 411", "K183432"),
    "roche-cobas-u-701": ("u 701", "K183432"),
    "roche-cobas-6500": ("cobas 6500", "K183432"),
    "roche-cobas-b101": ("b 101", "b 123"),
    "roche-lightcycler-2": ("LightCycler 2.0", "480"),
    "roche-lightcycler-pro": ("LightCycler PRO", "480"),
    "roche-magna-pure-compact": ("MagNA Pure Compact", "MagNA Pure 24"),
    "roche-magna-pure-lc": ("MagNA Pure LC", "MagNA Pure 24"),
    "siemens-advia-120": ("ADVIA 120", "2120"),
    "sciex-qtrap": ("SCIEX QTRAP", "CAP"),
    "sciex-qtrap-5500": ("QTRAP 5500", "CAP"),
    "sedimat-15": ("Polymedco", "Alcor"),
    "radiometer-abl9": ("ABL9", "ABL800"),
    "immucor-galileo": ("Immucor Galileo automated", "NEO"),
    "siemens-acs-180": ("ACS:180", "Centaur"),
    "copan-colibri": ("Colibri", "Walk-Away"),
    "bd-facsdiva": ("FACSDiva", "cytometers"),
    "bd-facsuite": ("FACSuite", "cytometers"),
}

_RENAMED_IN_PASS13_1 = {
    "heat-block": "Laboratory heat block",
    "balance-calibration": "Laboratory balance calibration",
    "plasmatherm": "Plasmatherm plasma thawer",
    "milestone-logos": "Milestone LOGOS tissue processor",
}

# an instrument is no kind of the test it runs: the platelet function analyzer is related to platelet
# function testing, not filed under it
_PARENTS_PASS13_1 = [
    ("platelet-function-analyzer", "platelet-function-testing", False),
    ("platelet-function-analyzer", "coagulation-analyzer", True),
]


def test_parents_pass13_1(vocabulary):
    each_case(_PARENTS_PASS13_1, parent_check(vocabulary))


def test_platelet_function_analyzer_is_related_to_the_testing_pass13_1(vocabulary):
    assert "platelet-function-testing" in vocabulary.concepts["platelet-function-analyzer"].related


def test_names_that_read_another_sense_are_renamed_pass13_1(vocabulary):
    wrong = {
        c: vocabulary.concepts[c].name
        for c, n in _RENAMED_IN_PASS13_1.items()
        if vocabulary.concepts[c].name != n
    }
    assert not wrong, wrong


def test_other_senses_no_longer_read_as_ours_pass13_1(checker):
    each_case(_OTHER_SENSES_NO_LONGER_READ_AS_OURS_PASS13_1, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass13_1(checker):
    each_case(_FORMS_GUARDED_IN_PASS13_1_STILL_COUNT_PASS13_1, line_check(checker))


def test_sources_name_the_concepts_own_product_pass13_1(vocabulary):
    wrong = {
        c: vocabulary.concepts[c].source
        for c, (own, other) in _SOURCES_CORRECTED_IN_PASS13_1.items()
        if own not in vocabulary.concepts[c].source or other in vocabulary.concepts[c].source
    }
    assert not wrong, wrong
