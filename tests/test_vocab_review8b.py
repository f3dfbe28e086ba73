"""The eighth review of a sample, second half: one line per fix, each failing on the vocabulary before it.

A current transformer's calibration, "BMET 2 years" of experience, GE's aviation and power training and
GE HealthCare's applications training, end-of-life equipment that is not disposed of, Kendall Healthcare,
the DoD 8570 IAT level, bulk liquid-oxygen storage, Quality-Safety-Environment and ERCOT QSEs, intrabeam
scattering, the Mazda CX50 and portable X-ray fluorescence, bomb-squad and weld radiography no longer read as
CT scanner calibration, the BMET II, GE HealthCare service training, equipment disposal, Cardinal Health,
the indirect antiglobulin test, cryostorage, the CLSI Quality System Essentials, the Zeiss INTRABEAM, the
Philips CX50 and portable X-ray; the GX420d, "Lucas 3", the LUCAS 3.1 and "Radical 7" are read as their
printer, device and monitor. The Zebra GX420 and ACL Elite cite their own makers' documents, the SQA-Vision
and SQA-iO are on the lab track, and the GE and Siemens nuclear medicine products are equipment, not
modalities. The second table checks that each guarded form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_EIGHTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Substation technician: CT calibration, relay testing and PT testing", "ct-calibration", False),
    ("CT calibrations for revenue metering", "ct-calibration", False),
    ("Experience: BMET 2 years minimum", "bmet-2", False),
    ("Associate degree in Biomedical Technology or BMET 2 years experience preferred", "bmet-2", False),
    ("BMET 2 yrs", "bmet-2", False),
    ("BMET 3+ years in an acute-care hospital", "bmet-3", False),
    ("Completed GE service training on LM2500 gas turbines", "ge-service-training", False),
    ("GE Aviation: GE service training on CF6 engines", "ge-service-training", False),
    ("Completed GE HealthCare training in CT applications for technologists", "ge-service-training", False),
    ("Tracked end-of-life equipment and vendor end-of-support notices", "equipment-disposal", False),
    (
        "Delivered end-of-life equipment such as hospital beds to hospice patients",
        "equipment-disposal",
        False,
    ),
    ("Sales representative, Kendall Healthcare (Tyco), 1998-2003", "cardinal-health", False),
    ("Maintained 3-phase UPS; DoD 8570 IAT Level II certified", "indirect-antiglobulin-test", False),
    ("Security+ CE, IAT Level II; repaired touch screen panels", "indirect-antiglobulin-test", False),
    ("Inspected bulk oxygen cryogenic storage vessels and manifolds", "cryostorage", False),
    ("Installed cryogenic tank monitoring for the hospital bulk oxygen farm", "cryostorage", False),
    ("Maintained cryogenic storage of liquid oxygen per NFPA 99", "cryostorage", False),
    ("QSE coordinator (Quality, Safety and Environment) at an automotive plant", "clsi-qse", False),
    ("QSE Manager, oil and gas", "clsi-qse", False),
    ("ERCOT QSE scheduling analyst", "clsi-qse", False),
    ("Studied intrabeam scattering in electron storage rings", "zeiss-intrabeam", False),
    ("Thesis: intrabeam scattering effects at the Cornell Electron Storage Ring", "zeiss-intrabeam", False),
    ("Mazda CX50 warranty repairs", "philips-cx50", False),
    (
        "Operated portable X-ray fluorescence (XRF) analyzer for lead paint inspections",
        "portable-xray",
        False,
    ),
    ("EOD technician: operated portable X-ray systems to diagnose IEDs", "portable-xray", False),
    ("Industrial radiographer: portable X-ray units for weld inspection", "portable-xray", False),
]

_THE_EIGHTH_REVIEW_READS_WRITTEN_VARIANTS_CASES = [
    ("Zebra GX420d printer", "zebra-gx420", True),
    ("Serviced Lucas 3 devices", "lucas-3", True),
    ("Lucas 3 CPR device PMs", "lucas-3", True),
    ("Maintained Stryker LUCAS 3.1 devices", "lucas-3", True),
    ("Masimo Radical 7", "masimo-radical-7", True),
]

_FORMS_GUARDED_IN_THE_EIGHTH_REVIEW_STILL_COUNT_CASES = [
    ("Zebra GX420t printer", "zebra-gx420", True),
    ("Printed specimen labels on Zebra GX420 printers", "zebra-gx420", True),
    ("Operated SQA-Vision sperm quality analyzer", "sqa-vision", True),
    ("CT calibrations after the tube change", "ct-calibration", True),
    ("Performed CT calibration and tube warm-up on GE LightSpeed", "ct-calibration", True),
    ("CT scanner calibration and QA", "ct-calibration", True),
    ("CT calibrations after replacing the HV relay board", "ct-calibration", True),
    ("Ran coagulation testing on the ACL Elite Pro", "werfen-acl-elite", True),
    ("BMET 2, Mercy Hospital", "bmet-2", True),
    ("Promoted to BMET 2 in 2019", "bmet-2", True),
    ("BMET III, lead technician", "bmet-3", True),
    ("Completed GE service training on the Optima CT660", "ge-service-training", True),
    ("Completed GE HealthCare training on CARESCAPE monitors", "ge-service-training", True),
    ("GE HealthCare service training (Revolution CT)", "ge-service-training", True),
    ("Disposal of end-of-life equipment per hospital policy", "equipment-disposal", True),
    ("Retired end-of-life equipment and wiped PHI", "equipment-disposal", True),
    ("Cardinal Health distribution center", "cardinal-health", True),
    ("Performed IAT and DAT in the blood bank", "indirect-antiglobulin-test", True),
    ("Antibody screens by gel IAT", "indirect-antiglobulin-test", True),
    ("Immediate spin and IAT crossmatch", "indirect-antiglobulin-test", True),
    ("DoD blood bank: performed IAT crossmatches", "indirect-antiglobulin-test", True),
    ("Managed cryogenic storage of embryos and oocytes", "cryostorage", True),
    ("Cryogenic tank monitoring and LN2 fills in the IVF lab", "cryostorage", True),
    ("Implemented the 12 CLSI QSEs in the laboratory QMS", "clsi-qse", True),
    ("Wrote SOPs for each QSE of the laboratory quality system", "clsi-qse", True),
    ("Mapped the QSEs to ISO 15189 clauses", "clsi-qse", True),
    ("Serviced LUCAS 3 chest compression devices", "lucas-3", True),
    ("Commissioned the INTRABEAM IORT system", "zeiss-intrabeam", True),
    ("INTRABEAM breast IORT treatments", "zeiss-intrabeam", True),
    ("Repaired Philips CX50 ultrasound", "philips-cx50", True),
    ("CX50 transducer repairs", "philips-cx50", True),
    ("Performed portable X-ray exams in the ICU and ED", "portable-xray", True),
    ("Repaired portable X-ray units (GE AMX 4, Carestream DRX-Revolution)", "portable-xray", True),
    ("Mobile X-ray PMs", "portable-xray", True),
    ("Repaired Masimo Radical-7 monitors", "masimo-radical-7", True),
    ("Installed GE Optima NM/CT 640", "ge-optima-nm-ct-640", True),
]

# the GE and Siemens nuclear medicine products, filed as modalities (a modality is an imaging type)
_NUCLEAR_MEDICINE_PRODUCTS = [
    "ge-nm-cameras",
    "ge-infinia",
    "ge-infinia-hawkeye",
    "ge-discovery-nm",
    "ge-discovery-nm-630",
    "ge-discovery-nm-ct-670",
    "ge-discovery-nm-530c",
    "ge-optima-nm-ct-640",
    "ge-ventri",
    "ge-starguide",
    "ge-nm-ct-870",
    "ge-millennium",
    "siemens-symbia",
    "siemens-symbia-s",
    "siemens-symbia-e",
    "siemens-symbia-t",
    "siemens-symbia-t2",
    "siemens-symbia-t6",
    "siemens-symbia-t16",
    "siemens-symbia-evo",
    "siemens-symbia-evo-excel",
    "siemens-symbia-intevo",
    "siemens-symbia-intevo-bold",
    "siemens-symbia-pro-specta",
    "siemens-ecam",
    "siemens-ecam-signature",
]


def test_the_eighth_review_keeps_other_senses_out(checker):
    each_case(_THE_EIGHTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_the_eighth_review_reads_written_variants(checker):
    each_case(_THE_EIGHTH_REVIEW_READS_WRITTEN_VARIANTS_CASES, line_check(checker))


def test_forms_guarded_in_the_eighth_review_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_EIGHTH_REVIEW_STILL_COUNT_CASES, line_check(checker))


def test_the_eighth_review_corrects_the_zebra_gx420_source(vocabulary):
    # the GX420's source named Brady's specimen labeling system, another maker's product
    assert "Brady" not in vocabulary.concepts["zebra-gx420"].source
    assert "GX420d" in vocabulary.concepts["zebra-gx420"].source


def test_the_eighth_review_corrects_the_acl_elite_source(vocabulary):
    # the ACL Elite's source named the ACL TOP family, a newer and separate line
    assert "ACL TOP" not in vocabulary.concepts["werfen-acl-elite"].source
    assert "ACL Elite" in vocabulary.concepts["werfen-acl-elite"].source


def test_the_eighth_review_files_the_sqa_analyzers_on_the_lab_track(vocabulary):
    # benchtop andrology-lab semen analyzers, like their family mes-sqa-family
    for concept in ("sqa-vision", "sqa-io"):
        assert vocabulary.concepts[concept].track.value == "lab", concept


def test_the_eighth_review_files_nuclear_medicine_products_as_equipment(vocabulary):
    wrong = [c for c in _NUCLEAR_MEDICINE_PRODUCTS if vocabulary.concepts[c].category.value != "equipment"]
    assert not wrong, wrong


def test_the_eighth_review_names_the_own_sense(vocabulary):
    # the names were forms of another sense too (a current transformer; GE Aviation and GE Power)
    assert vocabulary.concepts["ct-calibration"].name == "CT scanner calibration"
    assert vocabulary.concepts["ge-service-training"].name == "GE HealthCare service training"


# the same fault in the other makers' nuclear medicine and radiotherapy products, fixed with them
_OTHER_MAKERS_PRODUCTS = (
    "philips-nm-cameras philips-skylight philips-brightview philips-brightview-x philips-brightview-xct "
    "philips-forte philips-precedence philips-axis philips-cardio-md d-spect tomotherapy tomotherapy-hi-art "
    "tomotherapy-hd tomotherapy-hda gamma-knife gamma-knife-perfexion gamma-knife-icon gamma-knife-esprit "
    "zap-x cyberknife cyberknife-m6 cyberknife-s7 cyberknife-vsi"
).split()


def test_other_makers_nuclear_medicine_and_radiotherapy_products_are_equipment(vocabulary):
    wrong = [c for c in _OTHER_MAKERS_PRODUCTS if vocabulary.concepts[c].category.value != "equipment"]
    assert wrong == []
