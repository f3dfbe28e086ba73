"""A review pass over laboratory techniques and precision diagnostics: one line per fix, failing before it.

The pass guarded forms that read other trades: "ACT testing" (the college entrance exam), AAS next to "Lead
MLT" (the associate degree), "contamination control" in a cleanroom, "product modification" of electronic
components, "gel technology" mattresses, a wafer "E-test", U.S. FISH and Wildlife, respirator FIT testing, FIA
(the motorsport federation, fixed indexed annuities), "1:1 mix" of epoxy, a power factor "correction study",
"mixing tests" of concrete, an injection "mold ID", an audio "mono test", an EMT's PCRs (patient care
reports), thawing and irradiating a factory's products, STR analysis
(suspicious transaction reports, short-term rentals), Cisco's ISE unit, computer-assisted mammography
screening, a nurse administering a red cell transfusion, media preparation for executives. Names that read
other trades were renamed, the old name kept as a guarded form: PCR (now Polymerase chain reaction), solvent,
alcohol and xylene work of a paint plant or refinery (now the laboratory's, the reagent alcohol's, the
histology clearing agent's), a solar string test (now the bacterial string test), battery electrolyte testing
(now serum electrolyte testing), a paper mill's tissue processing (now histologic), version-control VCS
technology (now Beckman Coulter's). The MALDI-TOF instrument was filed as an identification and susceptibility
system; it only identifies. The second table checks that each guarded form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_PASS9_HD3_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("ACT testing coordinator for the high school", "activated-clotting-time", False),
    ("Tutored students in ACT test preparation", "activated-clotting-time", False),
    ("AAS, Medical Laboratory Technician, Lead MLT", "atomic-absorption", False),
    ("Contamination control in an ISO 7 cleanroom", "amplicon-contamination-control", False),
    ("Product modification of electronic components", "blood-component-processing", False),
    ("Gel technology mattresses sales associate", "column-agglutination", False),
    ("Wafer E-test data analysis for yield engineering", "etest", False),
    ("U.S. FISH AND WILDLIFE SERVICE, Biological Technician", "fish", False),
    ("N95 FIT testing for nursing staff", "fit-testing", False),
    ("Performed respirator FIT testing", "fit-testing", False),
    ("FIA-licensed race marshal at the Grand Prix", "fluorescent-immunoassay", False),
    ("Sold FIA and MYGA annuities to retirees", "fluorescent-immunoassay", False),
    ("Mixed epoxy at 1:1 mix ratio", "mixing-study", False),
    ("Power factor correction study for the plant", "mixing-study", False),
    ("Concrete mixing tests at the batch plant", "mixing-study", False),
    ("Mold ID tracking for injection molding presses", "mold-identification", False),
    ("Mono test of the audio mix", "monospot", False),
    ("Completed PCRs for every EMS call", "pcr", False),
    ("Wrote PCR narratives for each ambulance transport", "pcr", False),
    ("Thawing frozen product in the food plant", "plasma-thawing", False),
    ("Gamma irradiation of product for sterilization", "product-irradiation", False),
    ("Suspicious transaction report STR analysis for AML", "str-analysis", False),
    ("STR analysis of short-term rental markets", "str-analysis", False),
    ("Cisco ISE unit deployment", "ise-module", False),
    ("Computer-assisted screening of mammograms", "imaging-assisted-screening", False),
    ("Administered red cell transfusions on the oncology floor", "red-cell-components", False),
    ("Executive media preparation and interview coaching", "media-preparation", False),
    ("Solvent recycling at the paint plant", "solvent-recycling", False),
    ("Alcohol recycling at the distillery", "alcohol-recycling", False),
    ("Xylene handling at the refinery", "xylene", False),
    ("String test of the solar PV array", "string-test", False),
    ("Electrolyte testing of lithium-ion battery cells", "electrolyte-testing", False),
    ("Tissue processing line operator at the paper mill", "tissue-processing", False),
    ("VCS technology: Git and SVN", "beckman-vcs", False),
]

_FORMS_GUARDED_IN_PASS9_HD3_STILL_COUNT_CASES = [
    ("Performed ACT testing on the Hemochron in the CVOR", "activated-clotting-time", True),
    ("ACT test on i-STAT for heparin", "activated-clotting-time", True),
    ("AAS for trace metals", "atomic-absorption", True),
    ("Flame AAS analysis of lead", "atomic-absorption", True),
    ("PCR contamination control and bleach wipe-downs", "amplicon-contamination-control", True),
    ("Product modification: washed platelets in the blood bank", "blood-component-processing", True),
    ("Gel testing in the blood bank", "column-agglutination", True),
    ("E-test strips for vancomycin MIC", "etest", True),
    ("Etest", "etest", True),
    ("FISH", "fish", True),
    ("FIT testing on stool samples", "fit-testing", True),
    ("FIA", "fluorescent-immunoassay", True),
    ("1:1 mix for prolonged PTT", "mixing-study", True),
    ("Correction study with normal plasma for a prolonged aPTT", "mixing-study", True),
    ("Mold ID of Aspergillus in mycology", "mold-identification", True),
    ("Mono test", "monospot", True),
    ("PCR", "pcr", True),
    ("Performed PCR testing for SARS-CoV-2", "pcr", True),
    ("Thawing of FFP and cryo components", "plasma-thawing", True),
    ("Irradiation of blood components for transplant patients", "product-irradiation", True),
    ("UPT before imaging", "urine-pregnancy-test", True),
    ("STR analysis for chimerism after transplant", "str-analysis", True),
    ("ISE unit replaced on the chemistry analyzer", "ise-module", True),
    ("Computer-assisted screening of ThinPrep slides", "imaging-assisted-screening", True),
    ("Red cell transfusion support for trauma", "red-cell-components", True),
    ("Media preparation", "media-preparation", True),
    ("Solvent recycling", "solvent-recycling", True),
    ("Alcohol recycling with a CBG still", "alcohol-recycling", True),
    ("Handled xylene and formalin in histology", "xylene", True),
    ("String test for Vibrio", "string-test", True),
    ("Electrolyte testing on the chemistry line", "electrolyte-testing", True),
    ("Tissue processing on the Peloris", "tissue-processing", True),
    ("VCS technology", "beckman-vcs", True),
]

_PASS9_HD3_PARENT_CASES = [
    ("maldi-tof-system", "microbial-identification-system", True),
    ("maldi-tof-system", "ast-system", False),
]


def test_pass9_hd3_keeps_other_senses_out(checker):
    each_case(_PASS9_HD3_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_pass9_hd3_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_PASS9_HD3_STILL_COUNT_CASES, line_check(checker))


def test_pass9_hd3_parents(vocabulary):
    each_case(_PASS9_HD3_PARENT_CASES, parent_check(vocabulary))


def test_pass9_hd3_names_read_one_trade(vocabulary):
    names = {
        "pcr": "Polymerase chain reaction",
        "solvent-recycling": "Laboratory solvent recycling",
        "alcohol-recycling": "Reagent alcohol recycling",
        "xylene": "Xylene (histology clearing agent)",
        "string-test": "Bacterial string test",
        "electrolyte-testing": "Serum electrolyte testing",
        "tissue-processing": "Histologic tissue processing",
        "beckman-vcs": "Beckman Coulter VCS technology",
    }
    for concept, name in names.items():
        assert vocabulary.concepts[concept].name == name
