"""A probe sweep of test equipment, standards, manufacturers, titles and education: one line per fix.

Forms with another sense count only with their own words nearby, technician and coordinator titles and
product models are their own concepts; the second table checks that guarded forms still count in their
own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_DISTINCT_THINGS_APART_CASES = [
    # nysdoh-clep: CLEP is also the College-Level Examination Program
    ("Earned 15 college credits through CLEP exams", "nysdoh-clep", False),
    # dcls: Virginia DCLS is the state laboratory, not the doctorate
    ("Virginia DCLS newborn screening laboratory", "dcls", False),
    # bayer-radiology: bare Bayer is the pharmaceutical group
    ("Pharmaceutical sales representative, Bayer", "bayer-radiology", False),
    # leica-biosystems: Leica microscopes are Leica Microsystems
    ("Leica DM2000 microscope", "leica-biosystems", False),
    ("Leica M525 surgical microscope", "leica-biosystems", False),
    # fluke: the common word
    ("Getting the part was a fluke", "fluke", False),
    # medical-laboratory-technician: an army medical technician is not a lab technician
    ("Medical technician, US Army", "medical-laboratory-technician", False),
    # microbiology-technologist: the technician is its own title
    ("Microbiology technician", "microbiology-technologist", False),
    ("Microbiology technician", "microbiology-technician", True),
    # research-technologist: the technician is its own title
    ("Research technician, university lab", "research-technologist", False),
    ("Research technician, university lab", "research-technician", True),
    # quality-coordinator-lab: a manufacturing quality specialist is not a lab quality coordinator
    ("Quality specialist, medical device manufacturing", "quality-coordinator-lab", False),
    # htm-manager: a car dealership's service manager
    ("Service manager at a Ford dealership", "htm-manager", False),
    # biomedical-engineer: BME as the department or degree
    ("BME department teaching assistant", "biomedical-engineer", False),
    # mls-degree: the clinical year of PA or medical school
    ("Clinical year of PA school rotations", "mls-degree", False),
    # aami-standards: the association's meetings are not its standards
    ("AAMI annual conference attendee", "aami-standards", False),
    # bess: battery energy storage systems
    ("Installed BESS battery energy storage systems", "bess", False),
    # rigel-medical: Rigel Pharmaceuticals
    ("Rigel Pharmaceuticals clinical research associate", "rigel-medical", False),
    # gas-flow-analyzer: a continuous (segmented) flow analyzer is water chemistry
    ("Continuous flow analyzer, Skalar", "gas-flow-analyzer", False),
    ("Flow analyzer for nutrients in seawater", "gas-flow-analyzer", False),
    # flir-thermal-camera: FLIR sensors on drones are no thermal camera of the biomed shop
    ("FLIR forward-looking infrared systems for drones", "flir-thermal-camera", False),
    # imaging-service-engineer: a computer-vision imaging engineer
    ("Imaging engineer, computer vision team", "imaging-service-engineer", False),
    # laboratory-supervisor: a coordinator is not the supervisor
    ("Laboratory coordinator for the biology department", "laboratory-supervisor", False),
    ("Laboratory coordinator for the biology department", "laboratory-coordinator", True),
    # molecular-technologist: a drug-discovery scientist
    ("Molecular scientist in drug discovery", "molecular-technologist", False),
    # fluke-index-2: an index of a document
    ("Index 2 of the appendix", "fluke-index-2", False),
    # clsi-c24: C24 columns in chromatography
    ("Used C24 columns for separation", "clsi-c24", False),
    # datrend-vpad: the vPad-Rf is an ESU analyzer, the bare vPad the product line
    ("Datrend vPad-Rf ESU analyzer", "datrend-vpad", False),
    ("Datrend vPad-Rf ESU analyzer", "datrend-vpad-rf", True),
    ("Datrend vPad test systems", "datrend-vpad", False),
    # karl-storz: Storz Medical is another company
    ("Storz Medical shockwave lithotripter", "karl-storz", False),
    # fluke-bp-pump-2: the older BP Pump is not the BP Pump 2
    ("Bio-Tek BP Pump", "fluke-bp-pump-2", False),
    ("Bio-Tek BP Pump", "fluke-bp-pump", True),
    # hakko-soldering: the maker alone is not the soldering station
    ("Hakko fume extractor", "hakko-soldering", False),
]


def test_the_probe_sweep_keeps_other_senses_and_distinct_things_apart(checker):
    each_case(_THE_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_DISTINCT_THINGS_APART_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("NYS CLEP permit holder, clinical laboratory director", "nysdoh-clep", True),
    ("Wadsworth CLEP inspection", "nysdoh-clep", True),
    ("Doctor of Clinical Laboratory Science (DCLS)", "dcls", True),
    ("Bayer MEDRAD contrast injectors", "bayer-radiology", True),
    ("Leica BOND-III and Leica Peloris", "leica-biosystems", True),
    ("Fluke 87V multimeter", "fluke", True),
    ("Calibrated with Fluke meters", "fluke", True),
    ("Medical technician in hospital laboratory", "medical-laboratory-technician", True),
    ("Quality specialist for the clinical laboratory, CAP and CLIA", "quality-coordinator-lab", True),
    ("Service manager, biomed department at hospital", "htm-manager", True),
    ("Clinical year at hospital laboratory, MLS program", "mls-degree", True),
    ("AAMI ST79 and AAMI standards", "aami-standards", True),
    ("Familiar with AAMI guidelines for sterilization", "aami-standards", True),
    ("VA BESS position, GS-1601", "bess", True),
    ("Rigel 288+ safety analyzer", "rigel-medical", True),
    ("Ventilator flow analyzer", "gas-flow-analyzer", True),
    ("FLIR thermal camera surveys of electrical panels", "flir-thermal-camera", True),
    ("Imaging engineer for CT and MRI scanners", "imaging-service-engineer", True),
    ("Molecular scientist, clinical molecular diagnostics laboratory", "molecular-technologist", True),
    ("Fluke Index 2 SpO2 simulator", "fluke-index-2", True),
    ("CLSI C24 QC rules", "clsi-c24", True),
    ("Storz endoscopes", "karl-storz", True),
    ("Fluke BP Pump 2 NIBP simulator", "fluke-bp-pump-2", True),
    ("Hakko soldering station", "hakko-soldering", True),
    ("FLIR E8 camera", "flir-thermal-camera", True),
]


def test_forms_guarded_in_the_probe_sweep_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("microbiology-technician", "medical-laboratory-technician", True),
    ("microbiology-technician", "medical-laboratory-scientist", False),
    ("research-technician", "medical-laboratory-scientist", False),
    ("datrend-vpad-rf", "esu-analyzer", True),
    ("datrend-vpad-rf", "patient-simulator", False),
    ("fluke-bp-pump-2", "fluke-bp-pump", True),
]


def test_the_probe_sweep_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))
