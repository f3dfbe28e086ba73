"""The fifth review of a sample, second half: one line per fix, each failing on the vocabulary before it.

Forms with another sense count only with their own words nearby, a lumped product and a lumped title are
their own concepts, and relations that were no is-a are gone; the second group checks that the guarded
forms still count in their own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_FIFTH_REVIEW_READS_OTHER_SENSES_APART_CASES = [
    # blood-bank-analyzer: cell washers, thawers and the blood bank computer system are no analyzers
    (
        "Maintained blood bank instruments: Helmer cell washer, plasma thawer",
        "blood-bank-analyzer",
        False,
    ),
    ("automated blood bank system (Wyndgate SafeTrace) for donor records", "blood-bank-analyzer", False),
    # carestream-drx-revolution: the DRX-Revolution Nano is its own system
    ("Repaired the DRX-Revolution Nano portable", "carestream-drx-revolution", False),
    ("Repaired Carestream DRX-Revolution Nano units", "carestream-drx-revolution", False),
    ("Repaired the DRX-Revolution Nano portable", "carestream-drx-revolution-nano", True),
    # coulter-counter: the particle counter, named by its product line
    ("Beckman Coulter Multisizer 4e particle sizing", "coulter-multisizer", True),
    # dialysis-conductivity: laboratory reagent-water and meter work is not dialysate testing
    ("Calibrated the pH and conductivity meters weekly", "dialysis-conductivity", False),
    ("Performed conductivity testing on DI water and recorded temperature", "dialysis-conductivity", False),
    (
        "Calibrate conductivity probes on the lab water purification system",
        "dialysis-conductivity",
        False,
    ),
    # ge-advantx: the angiography models are their own concepts
    ("GE Advantx LC cath lab", "ge-advantx-lc", True),
    ("Advantx DLX digital imaging", "ge-advantx-dlx", True),
    # navy-nuclear-training: the rating is a title, and a civilian plant's technician is neither
    (
        "Served as nuclear electronics technician at Diablo Canyon power plant",
        "navy-nuclear-training",
        False,
    ),
    (
        "Served as nuclear electronics technician at Diablo Canyon power plant",
        "navy-nuclear-electronics-technician",
        False,
    ),
    ("Navy nuclear electronics technician", "navy-nuclear-training", False),
    ("Navy nuclear electronics technician", "navy-nuclear-electronics-technician", True),
    (
        "Electronics Technician (Nuclear), U.S. Navy submarine service",
        "navy-nuclear-electronics-technician",
        True,
    ),
    # regulatory-compliance: the inspection is an audit; a site survey is an installation step
    ("Led the lab through regulatory inspections", "regulatory-compliance", False),
    ("Led the lab through regulatory inspections", "audits", True),
    ("Site survey readiness for the new MRI install", "regulatory-compliance", False),
    # ultrasound: US as the country; TEE and color Doppler are narrower things
    ("Field service engineer covering the US for CT and MRI", "ultrasound", False),
    ("Supported CT, MRI and X-ray sites across the US Southeast", "ultrasound", False),
    ("US-based field service engineer for CT", "ultrasound", False),
    ("Repaired TEE probes", "ultrasound", False),
    ("Color Doppler imaging on vascular exams", "ultrasound", False),
    ("Color Doppler imaging on vascular exams", "color-doppler", True),
    # vendor-management: an ISO employer, the sales sense and supply-chain contracts are not it
    ("Field service engineer for a third-party service provider", "vendor-management", False),
    ("Sold service contracts and extended warranties", "vendor-management", False),
    ("Contract management for the supply chain department", "vendor-management", False),
    # waived-testing: "may be waived" near test words is no CLIA category
    (
        "Bachelor's degree required (may be waived with 5 years experience). Performs test procedures"
        " per SOP.",
        "waived-testing",
        False,
    ),
    ("Certification requirement may be waived; must pass competency test", "waived-testing", False),
]


def test_the_fifth_review_reads_other_senses_apart(checker):
    each_case(_THE_FIFTH_REVIEW_READS_OTHER_SENSES_APART_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_FIFTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Ortho VISION automated blood bank system", "blood-bank-analyzer", True),
    ("Maintained blood bank instruments including ORTHO VISION analyzers", "blood-bank-analyzer", True),
    ("Immunohematology analyzer", "blood-bank-analyzer", True),
    ("Carestream DRX-Revolution", "carestream-drx-revolution", True),
    ("DRX Revolution portable X-ray", "carestream-drx-revolution", True),
    ("Coulter Counter", "coulter-counter", True),
    ("Verified dialysate conductivity with the 90XL meter", "dialysis-conductivity", True),
    ("Checked conductivity on hemodialysis machines", "dialysis-conductivity", True),
    ("Performed conductivity checks on dialysis machines", "dialysis-conductivity", True),
    ("GE Advantx", "ge-advantx", True),
    ("Nuclear electronics technician, USN", "navy-nuclear-electronics-technician", True),
    ("Graduated Nuclear Power School and NPTU", "navy-nuclear-training", True),
    ("Maintained survey readiness for TJC and CAP", "regulatory-compliance", True),
    ("Regulatory audits and inspection readiness", "regulatory-compliance", True),
    ("Serviced CT, MRI and US systems", "ultrasound", True),
    ("Repaired US probes and transducers", "ultrasound", True),
    ("Repaired TEE probes", "tee-probe", True),
    ("TEE probe leakage testing for the echo lab", "echocardiography", True),
    ("Managed service contracts for imaging equipment", "vendor-management", True),
    ("Managed third-party service vendors and OEM contracts", "vendor-management", True),
    ("Contract management for OEM service agreements", "vendor-management", True),
    ("Performed CLIA waived testing", "waived-testing", True),
    ("Performs waived and moderate complexity tests", "waived-testing", True),
    ("Ran waived POC tests", "waived-testing", True),
]


def test_forms_guarded_in_the_fifth_review_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_FIFTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_FIFTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    # blood-gas-analyzer: an analyzer is not a kind of testing
    ("blood-gas-analyzer", "blood-gas-testing", False),
    ("blood-gas-analyzer", "laboratory-analyzer", True),
    ("carestream-drx-revolution-nano", "portable-xray", True),
    ("carestream-drx-revolution-nano", "carestream-drx-revolution", False),
    # ge-advantx: the family holds R/F rooms too; its angiography models are under angiography
    ("ge-advantx", "angiography", False),
    ("ge-advantx", "fluoroscopy", True),
    ("ge-advantx-lc", "angiography", True),
    ("ge-advantx-lc", "ge-advantx", True),
    ("ge-advantx-dlx", "angiography", True),
    # sysmex-xn-3100: the successor is a sibling of the XN-3000, not a kind of it
    ("sysmex-xn-3100", "sysmex-xn-3000", False),
    ("sysmex-xn-3100", "sysmex-xn", True),
    ("color-doppler", "ultrasound", True),
    ("navy-nuclear-electronics-technician", "military-technical-training", False),
]


def test_the_fifth_review_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_FIFTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


def test_the_coulter_counter_is_the_particle_counter(vocabulary):
    concept = vocabulary.concepts["coulter-counter"]
    assert "LH 750" not in concept.source
    assert "Multisizer" in concept.source
