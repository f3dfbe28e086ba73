"""Vocabulary added where the thirty-fifth round of held-out pairs showed it thin: the refrigeration trade's
recovery machines, leak checks, expansion valves and temperature controllers (Dixell, Carel); medication and
vaccine storage units with the CDC Toolkit and the Vaccines for Children program; PHCbi with its Panasonic and
Sanyo names; spike recovery; IP networking as TCP/IP; laser modules and diodes and motorized stages of an
instrument; liquid handlers; and prenatal screening (maternal serum, quad, triple and first-trimester screens,
nuchal translucency, open neural tube defects, inhibin A, free beta-hCG, PAPP-A). A bare chemiluminescent
CLIA now needs a chemiluminescence word beside it."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check


def test_a_refrigerant_recovery_unit_is_the_recovery_machine(checker):
    check = line_check(checker)
    check("Used a refrigerant recovery unit on R-134a systems", "refrigerant-recovery-machine")
    check(
        "Pulled refrigerant with the recovery unit and replaced the compressor",
        "refrigerant-recovery-machine",
    )
    check("Managed the PACU recovery unit staffing", "refrigerant-recovery-machine", False)
    check("Floated to the post-anesthesia recovery units", "refrigerant-recovery-machine", False)
    posting = "Requirements\n- EPA 608 certified; use a recovery machine and vacuum pump\n"
    resume = "Experience\n- Pulled refrigerant with the recovery unit and replaced the compressor\n"
    status = _statuses(checker, posting, resume)
    assert status["recovery machine"] is Status.SYNONYM, status
    posting = "Requirements\n- Operate refrigerant recovery machines (EPA 608)\n"
    resume = "Experience\n- Used a refrigerant recovery unit on R-134a systems\n"
    status = _statuses(checker, posting, resume)
    assert status["refrigerant recovery machines"] is Status.SYNONYM, status


def test_refrigerant_leak_checks_only_beside_refrigeration_words(checker):
    check = line_check(checker)
    check("Leak detection on the walk-in cooler compressor lines", "refrigerant-leak-check")
    check("Ran leak checks on the -80 freezers", "refrigerant-leak-check")
    check("Performed daily leak checks on the anesthesia machines", "refrigerant-leak-check", False)
    check("Performed leak checks on the GC inlet", "refrigerant-leak-check", False)
    # the endoscope's leak test stays its own concept
    check("Endoscope leak testing per AAMI ST91", "endoscope-leak-testing")
    check("Endoscope leak testing per AAMI ST91", "refrigerant-leak-check", False)
    posting = "Requirements\n- Perform refrigerant leak checks\n"
    resume = "Experience\n- Leak detection and repair on walk-in coolers and refrigerators\n"
    status = _statuses(checker, posting, resume)
    assert status["refrigerant leak checks"] is Status.SYNONYM, status


def test_txv_and_tev_are_the_expansion_valve(checker):
    check = line_check(checker)
    check("Replaced TXVs and compressors", "expansion-valve")
    check("Replaced the TEV on a walk-in freezer", "expansion-valve")
    check("Replaced the thermostatic expansion valve on the -80 freezer", "expansion-valve")
    check("Built DCF models and TEV bridges for the deal team", "expansion-valve", False)
    posting = "Requirements\n- Replace expansion valves on refrigeration systems\n"
    status = _statuses(checker, posting, "Experience\n- Replaced TXVs and compressors\n")
    assert status["expansion valves"] is Status.SYNONYM, status


def test_dixell_and_carel_are_temperature_controllers(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Dixell and Carel controllers on walk-in coolers", "dixell-controller")
    check("Dixell and Carel controllers on walk-in coolers", "carel-controller")
    check("Installed a Dixell XR60CX on the reach-in refrigerator", "dixell-controller")
    check("Installed Carel controllers on reach-in cases", "carel-controller")
    check("Set up the temperature controller on the water bath", "temperature-controller")
    # a person's name, even under a refrigeration headline
    check("Carel Johnson\nRefrigeration Technician", "carel-controller", False)
    check("Supervisor: Carel Smith, refrigeration shop", "carel-controller", False)
    parent("dixell-controller", "temperature-controller")
    parent("carel-controller", "temperature-controller")
    posting = "Requirements\n- Temperature controllers\n"
    resume = "Experience\n- Dixell and Carel controllers on walk-in coolers\n"
    status = _statuses(checker, posting, resume)
    assert status["Temperature controllers"] is Status.RELATED, status


def test_medication_and_vaccine_refrigerators(checker, vocabulary):
    parent = parent_check(vocabulary)
    parent("vaccine-refrigerator", "vaccine-storage-unit")
    parent("vaccine-refrigerator", "lab-refrigerator")
    parent("vaccine-freezer", "vaccine-storage-unit")
    parent("vaccine-freezer", "lab-freezer")
    posting = "Requirements\n- Maintain pharmacy refrigerators\n- Maintain vaccine storage units\n"
    resume = "Experience\n- Serviced medication refrigerators and vaccine refrigerators\n"
    status = _statuses(checker, posting, resume)
    assert status["pharmacy refrigerators"] is Status.SYNONYM, status
    assert status["vaccine storage units"] is Status.RELATED, status
    status = _statuses(
        checker, "Requirements\n- Vaccine storage units\n", "Experience\n- Serviced vaccine freezers\n"
    )
    assert status["Vaccine storage units"] is Status.RELATED, status


def test_phcbi_was_panasonic_and_sanyo_beside_freezer_words(checker):
    check = line_check(checker)
    check("Repaired Panasonic ultra-low freezers", "phcbi")
    check("Sanyo MDF-U74V freezers", "phcbi")
    check("PHCbi and Thermo CO2 incubators", "phcbi")
    check("Deployed Panasonic Toughbook laptops in the lab", "phcbi", False)
    check("Panasonic phones at the nurses' station", "phcbi", False)
    check("Sanyo TVs in the patient rooms beside the freezer room", "phcbi", False)
    posting = "Requirements\n- PHCbi\n"
    status = _statuses(checker, posting, "Experience\n- Repaired Panasonic ultra-low freezers\n")
    assert status["PHCbi"] is Status.SYNONYM, status


def test_the_cdc_toolkit_and_the_vaccines_for_children_program(checker):
    check = line_check(checker)
    check("Kept vaccine logs per the CDC Toolkit", "cdc-vaccine-storage-toolkit")
    check("Collaborated with the CDC Toolkit team on HIV prevention", "cdc-vaccine-storage-toolkit", False)
    check("VFC program storage audits for the vaccine fridges", "vaccines-for-children")
    check("Won the VFC league title", "vaccines-for-children", False)
    check("VFC converter design for sensor boards", "vaccines-for-children", False)
    posting = "Requirements\n- Follow the CDC Vaccine Storage and Handling Toolkit\n"
    for resume in (
        "Kept vaccine logs per the CDC Toolkit",
        "Trained staff on the Vaccine Storage and Handling Toolkit",
    ):
        status = _statuses(checker, posting, f"Experience\n- {resume}\n")
        assert status["CDC Vaccine Storage and Handling Toolkit"] is Status.SYNONYM, status
    posting = "Requirements\n- Knowledge of VFC vaccine requirements\n"
    status = _statuses(checker, posting, "Experience\n- Vaccines for Children program storage audits\n")
    assert status["VFC"] is Status.SYNONYM, status


def test_spike_recovery_and_recovery_experiments(checker, vocabulary):
    check = line_check(checker)
    check("Recovery experiments per CLSI EP guidelines", "spike-recovery")
    check("Ran recovery studies for the new ELISA assay", "spike-recovery")
    check("Spike-and-recovery for the matrix of each sample type", "spike-recovery")
    check("Disaster recovery studies for the data center", "spike-recovery", False)
    check("Patient recovery studies on the stroke unit", "spike-recovery", False)
    assert "method-verification" in vocabulary.ancestors("spike-recovery")
    status = _statuses(
        checker,
        "Requirements\n- Spike recovery\n",
        "Experience\n- Recovery experiments per CLSI EP guidelines\n",
    )
    assert status["Spike recovery"] is Status.SYNONYM, status


def test_ip_networking_is_tcp_ip(checker):
    check = line_check(checker)
    check("Configured IP networking for the PACS modalities", "tcp-ip")
    status = _statuses(
        checker, "Requirements\n- TCP/IP\n", "Experience\n- IP networking of the patient monitors\n"
    )
    assert status["TCP/IP"] is Status.SYNONYM, status


def test_laser_modules_diodes_and_motorized_stages(checker):
    check = line_check(checker)
    check("Replaced the 488 nm laser module on the FACSCanto", "laser-module")
    check("Replaced laser diodes in the flow cytometer", "laser-diode")
    check("Aligned the XYZ stage of the slide scanner", "motorized-stage")
    posting = "Requirements\n- Replace laser modules\n"
    status = _statuses(checker, posting, "Experience\n- Replaced laser diodes in the flow cytometer\n")
    assert status["laser modules"] is Status.RELATED, status
    # the other way round a laser module shows no laser diode
    posting = "Requirements\n- Laser diodes\n"
    status = _statuses(checker, posting, "Experience\n- Replaced the laser module on the FACSCanto\n")
    assert status["Laser diodes"] is Status.MISSING, status
    posting = "Requirements\n- XYZ motion stages\n"
    status = _statuses(checker, posting, "Experience\n- Motorized stage alignment on the slide scanner\n")
    assert status["XYZ motion stages"] is Status.SYNONYM, status
    posting = "Requirements\n- Motion stages\n"
    status = _statuses(checker, posting, "Experience\n- Motorized stage alignment on the slide scanner\n")
    assert status["Motion stages"] is Status.SYNONYM, status


def test_liquid_handlers_qiasymphony_and_illumina(checker, vocabulary):
    parent = parent_check(vocabulary)
    parent("qiagen-qiasymphony", "nucleic-acid-extractor")
    parent("hamilton-microlab-star", "liquid-handler")
    assert "illumina" in vocabulary.concepts
    check = line_check(checker)
    check("Maintained the lab's liquid handlers and plate readers", "liquid-handler")
    # a product's own word, not a second finding of the class
    check("Hamilton STAR liquid handler", "liquid-handler", False)
    check("Biomek i7 liquid handlers", "liquid-handler", False)
    status = _statuses(
        checker, "Requirements\n- Liquid handlers\n", "Experience\n- Programmed the Hamilton STAR in VENUS\n"
    )
    assert status["Liquid handlers"] is Status.RELATED, status


def test_prenatal_screens_are_kinds_of_maternal_serum_screening(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for screen in (
        "quad-screen",
        "triple-screen",
        "first-trimester-screening",
        "open-neural-tube-defect-screening",
    ):
        parent(screen, "maternal-serum-screening")
    check("Performed quadruple screens on the DxI", "quad-screen")
    check("Ran the quad test on the second-trimester maternal serum samples", "quad-screen")
    check("Quad test for knee strength after ACL repair", "quad-screen", False)
    check("Ran the second-trimester quad marker panel on two DxI 800s", "quad-screen")
    check("Quad marker cones set out around the loading dock", "quad-screen", False)
    check("Entered NT measurements into the risk software", "nuchal-translucency")
    check("MSAFP screening for ONTD", "open-neural-tube-defect-screening")
    status = _statuses(
        checker,
        "Requirements\n- Maternal serum screening\n",
        "Experience\n- Performed quad screens on the DxI\n",
    )
    assert status["Maternal serum screening"] is Status.RELATED, status
    status = _statuses(
        checker,
        "Requirements\n- First-trimester screening\n",
        "Experience\n- Free beta-hCG and PAPP-A on the DELFIA Xpress\n",
    )
    assert status["First-trimester screening"] is Status.RELATED, status
    status = _statuses(
        checker,
        "Requirements\n- Nuchal translucency\n",
        "Experience\n- Entered NT measurements into the risk software\n",
    )
    assert status["Nuchal translucency"] is Status.SYNONYM, status


def test_dia_is_inhibin_a_only_beside_prenatal_words(checker):
    check = line_check(checker)
    check("Ran AFP, hCG, uE3 and DIA for the quad screen", "inhibin-a")
    check("Dimeric inhibin A on the Access 2", "inhibin-a")
    check("Attended the DIA annual meeting on drug safety", "inhibin-a", False)
    check("DIA of the pipe was 2 inches", "inhibin-a", False)
    posting = "Requirements\n- Inhibin A\n"
    status = _statuses(checker, posting, "Experience\n- Ran AFP, hCG, uE3 and DIA for the quad screen\n")
    assert status["Inhibin A"] is Status.SYNONYM, status


def test_free_beta_hcg_is_not_total_hcg(checker):
    check = line_check(checker)
    check("Free beta-hCG on the Kryptor", "free-beta-hcg")
    check("Free beta-hCG on the Kryptor", "pregnancy-testing", False)
    check("free β-hCG and PAPP-A", "papp-a")
    check("Ran beta-hCG on the DxI", "pregnancy-testing")
    check("Ran beta-hCG on the DxI", "free-beta-hcg", False)
    posting = "Requirements\n- Free beta-hCG\n"
    status = _statuses(checker, posting, "Experience\n- Ran hCG and TSH on the Architect\n")
    assert status["Free beta-hCG"] is Status.MISSING, status
    # the free subunit shows hCG work, as related at most
    posting = "Requirements\n- hCG\n"
    status = _statuses(checker, posting, "Experience\n- Free beta-hCG on the Kryptor\n")
    assert status["hCG"] is not Status.LITERAL and status["hCG"] is not Status.SYNONYM, status


def test_chemiluminescent_clia_only_beside_chemiluminescence_words(checker, vocabulary):
    check = line_check(checker)
    check("Chemiluminescent immunoassays (CLIA) on the LIAISON XL", "chemiluminescent-immunoassay")
    check("Ran CLIA panels with CMIA and ECLIA methods", "chemiluminescent-immunoassay")
    check("Performed CLIA proficiency testing on chemistry analyzers", "chemiluminescent-immunoassay", False)
    check("Performed CLIA proficiency testing on chemistry analyzers", "clia-88")
    check("Chemiluminescent immunoassays (CLIA) on the LIAISON XL", "clia-88", False)
    for kind in ("eclia", "cmia"):
        assert "chemiluminescent-immunoassay" in vocabulary.ancestors(kind)
    posting = "Requirements\n- Electrochemiluminescent immunoassay\n"
    status = _statuses(checker, posting, "Experience\n- ECLIA on the cobas e 801\n")
    assert status["Electrochemiluminescent immunoassay"] is Status.SYNONYM, status
    posting = "Requirements\n- Chemiluminescent immunoassay\n"
    status = _statuses(checker, posting, "Experience\n- CMIA on the Alinity i\n")
    assert status["Chemiluminescent immunoassay"] is Status.RELATED, status
