"""The pass over every file, laboratory techniques: forms that read another sense, each with a line that
failed before the pass and a line showing the form still counts in its own sense.

Guarded: the ACT (the college admission test), adsorption studies (surface chemistry), gel testing and gel
technology (epoxies, mattresses), E-test (electrical test of circuit boards), FIA (the motorsport federation),
factor II, VII, X and XI ("the factor X behind late deliveries"), Prussian blue (a pigment), LBC (a city
college), media preparation (press interviews), mixing tests (concrete), mold identification (injection
moulds; renamed "Fungal mold identification"), QFT (quantum field theory), RPR (a court reporter's
credential), the solvent recycler and solvent recycling (a body shop, a print shop; renamed for the
laboratory), the string test (solar strings; renamed "Bacterial string test"), the sweat test (athletes'
hydration), UPT (units per transaction) and xylene (a paint plant; renamed "Xylene (histology clearing
agent)").
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_THE_TECHNIQUES_PASS_KEEPS_OTHER_SENSES_OUT_CASES = [
    ("Wrote capture R scripts for the survey data", "immucor-capture-r", False),
    ("ACT test prep tutor for high school students", "activated-clotting-time", False),
    ("Adsorption studies of CO2 on zeolites by BET", "antibody-adsorption", False),
    ("Gel technology for memory foam mattresses", "column-agglutination", False),
    ("Gel testing of the epoxy resin batches", "column-agglutination", False),
    ("E-test of the PCB assemblies on the flying probe tester", "etest", False),
    ("FIA Formula E race engineer", "fluorescent-immunoassay", False),
    ("Identified the factor X behind late deliveries", "factor-x-assay", False),
    ("Mixed Prussian blue pigments for the mural", "iron-stain", False),
    ("Graduated from LBC (Long Beach City College)", "liquid-based-cytology", False),
    ("Media preparation for press interviews", "media-preparation", False),
    ("Concrete mixing tests for slump and air content", "mixing-study", False),
    ("Mold ID plates on the injection molding tools", "mold-identification", False),
    ("Coursework: QFT and general relativity", "quantiferon", False),
    ("RPR certified court reporter", "rpr-test", False),
    ("Maintained the solvent recycler for the spray guns in the body shop", "solvent-recycler", False),
    ("Performed PV string tests on the solar array", "string-test", False),
    ("Sweat test for marathon hydration planning", "sweat-chloride", False),
    ("Increased UPT by 12% at the retail store", "urine-pregnancy-test", False),
    ("Handled xylene and toluene at the paint plant", "xylene", False),
    ("Solvent recycling at the print shop", "solvent-recycling", False),
]

_FORMS_GUARDED_IN_THE_TECHNIQUES_PASS_STILL_COUNT_CASES = [
    ("Immucor Capture-R Ready screens", "immucor-capture-r", True),
    ("ACT testing on the i-STAT and Hemochron for the cath lab", "activated-clotting-time", True),
    ("Warm autoantibody adsorption studies with ZZAP-treated red cells", "antibody-adsorption", True),
    ("Gel testing for ABO typing and antibody screens", "column-agglutination", True),
    ("E-test MICs for vancomycin on Enterococcus isolates", "etest", True),
    ("Sofia FIA antigen testing for flu and strep", "fluorescent-immunoassay", True),
    ("Factor X activity and factor VII levels for the coagulation service", "factor-x-assay", True),
    ("Prussian blue iron stains on bone marrow aspirates", "iron-stain", True),
    ("LBC (ThinPrep) Pap slides screened daily", "liquid-based-cytology", True),
    ("Culture media preparation and QC", "media-preparation", True),
    ("Mixing studies for prolonged aPTT", "mixing-study", True),
    ("Mixing tests on prolonged PT plasma", "mixing-study", True),
    ("Mold ID from fungal cultures with lactophenol cotton blue", "mold-identification", True),
    ("QFT TB screening for employee health", "quantiferon", True),
    ("RPR and VDRL syphilis serology", "rpr-test", True),
    ("Laboratory solvent recycler for xylene and formalin", "solvent-recycler", True),
    ("String test on Vibrio isolates", "string-test", True),
    ("Sweat test (pilocarpine iontophoresis) for cystic fibrosis", "sweat-chloride", True),
    ("UPT on urine specimens in the ED", "urine-pregnancy-test", True),
    ("Xylene substitutes in the histology lab", "xylene", True),
]


def test_the_techniques_pass_keeps_other_senses_out(checker):
    each_case(_THE_TECHNIQUES_PASS_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


def test_forms_guarded_in_the_techniques_pass_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_TECHNIQUES_PASS_STILL_COUNT_CASES, line_check(checker))
