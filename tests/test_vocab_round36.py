"""Vocabulary added where the thirty-sixth round of held-out pairs showed it thin: the depot repair bench
(fault analysis, SMD, electronics rework, through-hole, pumping mechanisms, firmware, Epicor under ERP, the
two ESDs); dental and ENT cone beam CT units, panoramic and pan/ceph units, radiographic and fluoroscopic
equipment, imaging acceptance testing, flat panels, gain/offset calibration, image quality, the DXA spine
phantom, scatter surveys and the state registration of X-ray equipment; the bone marrow bench (marrow
aspirates, trephine biopsies, touch, crush and squash preparations, clot sections, spicules, the M:E ratio,
cellularity, 500-cell differentials, storage iron, ring sideroblasts, Perls' stain, reticulin, Wright-Giemsa)
and the leukaemia cytochemical stains (MPO, Sudan Black B, the nonspecific esterases); and send-out testing
(QNS, the national reference laboratories, test directories, specimen requirements, 24-hour urines, Category A
and B shipping, whole blood, heparin tubes, QA monitors, karyotyping under cytogenetics). Each ambiguous form
is checked in its other sense too."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check

# --- depot repair ---------------------------------------------------------------------------------


def test_fault_analysis_is_failure_analysis(checker):
    check = line_check(checker)
    check("Teardown and fault analysis on repeat failures across 22 pumps", "failure-analysis")
    posting = "Requirements\n- Perform failure analysis on returned devices\n"
    resume = "Experience\n- Teardown and fault analysis on repeat failures; traced a cracked door latch\n"
    status = _statuses(checker, posting, resume)
    assert status["failure analysis"] is Status.SYNONYM, status


def test_smd_is_surface_mount_technology_beside_electronics_words(checker):
    check = line_check(checker)
    check("Hand soldering; SMD and through-hole rework with a Hakko FR-810", "surface-mount-technology")
    check("Replaced fine-pitch SMD parts with hot air and hand soldering", "surface-mount-technology")
    check("Surface mount soldering of 0402 parts under the microscope", "surface-mount-technology")
    # a hospital's SMT is its senior management team, and its board the board of directors
    check("Presented the capital plan to the SMT and the trust board", "surface-mount-technology", False)
    check("Reported monthly to the SMT on theatre utilisation", "surface-mount-technology", False)
    check("Ordered SMD LED strips for the nurses' station signage", "surface-mount-technology", False)
    posting = "Requirements\n- Board-level repair, including SMT and through-hole component replacement\n"
    resume = "Skills\n- Hand soldering; SMD and through-hole rework (Hakko FX-951, FR-810 hot air)\n"
    status = _statuses(checker, posting, resume)
    assert status["SMT"] is Status.SYNONYM, status
    assert status["through-hole"] is Status.LITERAL, status


def test_rework_and_through_hole_only_beside_electronics_words(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Soldering and rework skills on SMT and through-hole parts", "electronics-rework")
    check("Reworked through-hole connectors and power jacks on POS terminals", "electronics-rework")
    check("Reworked through-hole connectors and power jacks on POS terminals", "through-hole-technology")
    check("Helped rework the on-call schedule for the department", "electronics-rework", False)
    check("Reworked the SOP after the CAP inspection", "electronics-rework", False)
    check("Drilled a through hole in the mounting bracket", "through-hole-technology", False)
    parent("smt-rework", "electronics-rework")
    parent("electronics-rework", "component-level-repair")
    posting = "Requirements\n- Soldering and rework skills on SMT and through-hole parts\n"
    resume = "Skills\n- Hand soldering; SMD and through-hole rework (Hakko FX-951, FR-810 hot air)\n"
    status = _statuses(checker, posting, resume)
    assert status["rework"] is Status.LITERAL, status


def test_a_pumping_mechanism_only_beside_infusion_pump_words(checker):
    check = line_check(checker)
    check(
        "Repair IV pumps down to the module: pumping mechanism, door and latch assemblies",
        "infusion-pump-mechanism",
    )
    check("Replaced pumping mechanisms on Alaris 8100 LVP modules", "infusion-pump-mechanism")
    check(
        "Explained the heart's pumping mechanism to patients in cardiac rehab",
        "infusion-pump-mechanism",
        False,
    )
    posting = "Duties\n- Replace pumping mechanisms on returned infusion pumps\n"
    resume = (
        "Experience\n- Repair IV pumps down to the module: pumping mechanism, door and latch assemblies\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["pumping mechanisms"] is Status.LITERAL, status
    status = _statuses(checker, "Requirements\n- Infusion pumps\n", resume)
    assert status["Infusion pumps"] is not Status.MISSING, status


def test_firmware_loading_is_not_shown_by_software_upgrades_alone(checker):
    check = line_check(checker)
    check("Loaded firmware and verified versions after every board swap", "firmware")
    posting = "Duties\n- Load firmware, calibrate and run functional testing\n"
    status = _statuses(checker, posting, "Experience\n- Loaded firmware on the pump CPU boards\n")
    assert status["firmware"] is Status.LITERAL, status
    resume = "Experience\n- Load software upgrades and drug library updates on the Alaris pumps\n"
    status = _statuses(checker, posting, resume)
    assert status["firmware"] is Status.MISSING, status


def test_epicor_is_an_erp_and_erp_is_no_therapy(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Logged repairs, parts and serial numbers in Epicor", "epicor")
    check("Booked labor, parts and serial numbers in the ERP", "oracle-erp")
    check("Delivered ERP and CBT for adolescents with OCD", "oracle-erp", False)
    check("Trained in exposure therapy and ERP for anxiety disorders", "oracle-erp", False)
    for erp in ("epicor", "sap", "oracle-ebs", "oracle-fusion-erp", "netsuite"):
        parent(erp, "oracle-erp")
    posting = "Requirements\n- Comfortable with Microsoft Office and an ERP system\n"
    resume = "Experience\n- Logged repairs, parts and serial numbers in Epicor and shipped units back\n"
    status = _statuses(checker, posting, resume)
    assert status["ERP system"] is Status.RELATED, status
    # 'Epicor ERP' is Epicor and ERP: the posting's ERP is on the resume as written
    resume = "Experience\n- Logged work orders in Epicor ERP\n"
    status = _statuses(checker, "Requirements\n- ERP\n", resume)
    assert status["ERP"] is Status.LITERAL, status


def test_esd_is_static_control_or_endoscopic_submucosal_dissection(checker):
    check = line_check(checker)
    check("Grounded the ESD mat and tested wrist straps daily", "esd-equipment")
    check("Set up the shop's static-control bench: wrist strap, grounded mat and ionizer", "esd-equipment")
    check(
        "Support ERBE VIO 3 generators and endoscopy towers for the GI lab's ESD and EMR cases",
        "esd-equipment",
        False,
    )
    check(
        "Support ERBE VIO 3 generators and endoscopy towers for the GI lab's ESD and EMR cases",
        "endoscopic-submucosal-dissection",
    )
    check("Grounded the ESD mat and tested wrist straps daily", "endoscopic-submucosal-dissection", False)
    posting = "Duties\n- Work within our ESD control program (ANSI/ESD S20.20)\n"
    resume = "Experience\n- Set up the shop's static-control bench: wrist strap, grounded mat and ionizer\n"
    status = _statuses(checker, posting, resume)
    assert status["ESD control program"] is Status.RELATED, status


# --- DXA and dental imaging -------------------------------------------------------------------------


def test_dental_and_ent_cone_beam_ct_units(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for unit in (
        "planmeca-promax-3d",
        "carestream-cs-9300",
        "carestream-cs-9600",
        "carestream-cs-8100-3d",
        "sirona-orthophos-sl-3d",
        "sirona-axeos",
        "vatech-pax-i3d",
        "i-cat-flx",
        "planmeca-viso",
    ):
        parent(unit, "dental-cbct")
    parent("planmeca-promax-3d-mid", "planmeca-promax-3d")
    parent("planmeca-promax-3d", "dental-panoramic-xray")
    parent("xoran-minicat", "cone-beam-ct")
    parent("xoran-minicat", "dental-cbct", False)
    check("Service two Planmeca ProMax 3D Mid units at oral surgery practices", "planmeca-promax-3d-mid")
    check("Installed a Carestream CS 9300 and a Vatech PaX-i3D", "carestream-cs-9300")
    check("Installed a Carestream CS 9300 and a Vatech PaX-i3D", "vatech-pax-i3d")
    check("Calibrated the i-CAT FLX and the Sirona Orthophos SL 3D", "i-cat-flx")
    check("Calibrated the i-CAT FLX and the Sirona Orthophos SL 3D", "sirona-orthophos-sl-3d")
    check("ENT sinus imaging on the Xoran MiniCAT", "xoran-minicat")
    check("Took CS 9300 Advanced Algorithms at the university", "carestream-cs-9300", False)
    posting = "Requirements\n- Cone beam CT experience\n"
    resume = "Experience\n- Service two Planmeca ProMax 3D Mid units at oral surgery practices\n"
    status = _statuses(checker, posting, resume)
    assert status["Cone beam CT"] is Status.RELATED, status


def test_carestream_dental_is_not_carestream_health(checker):
    check = line_check(checker)
    check("CBCT systems from Planmeca, Carestream Dental and Xoran", "carestream-dental")
    check("Converted 9 CR rooms to Carestream DRX-Evolution Plus detectors", "carestream-dental", False)


def test_panoramic_and_pan_ceph_are_the_dental_panoramic_unit(checker):
    check = line_check(checker)
    check("Cone beam CT or panoramic dental X-ray experience", "dental-panoramic-xray")
    check("Dental: intraoral (Gendex), pan/ceph (Sirona Orthophos XG 5)", "dental-panoramic-xray")
    check("Replaced the pano sensor on the Planmeca ProMax", "dental-panoramic-xray")
    check("Took a panoramic photo of the Grand Canyon", "dental-panoramic-xray", False)
    check("Booked a hotel room with panoramic views", "dental-panoramic-xray", False)
    posting = "Preferred\n- Panoramic dental X-ray experience\n"
    resume = "Skills\n- Dental: intraoral (Gendex), pan/ceph (Sirona Orthophos XG 5)\n"
    status = _statuses(checker, posting, resume)
    assert status["Panoramic"] is Status.SYNONYM, status


def test_radiographic_and_fluoroscopic_name_the_modalities(checker):
    check = line_check(checker)
    check(
        "Service on diagnostic X-ray equipment (radiographic, fluoroscopic, mammography or dental)",
        "radiography",
    )
    check(
        "Service on diagnostic X-ray equipment (radiographic, fluoroscopic, mammography or dental)",
        "fluoroscopy",
    )
    check("Industrial radiographic testing of pipeline welds", "radiography", False)
    posting = "Requirements\n- Radiographic equipment service\n"
    resume = "Summary\n- X-ray service engineer with 9 years on radiographic, R/F and dental equipment\n"
    status = _statuses(checker, posting, resume)
    assert status["Radiographic equipment"] is Status.LITERAL, status


def test_acceptance_testing_of_imaging_equipment(checker):
    check = line_check(checker)
    check(
        "Installed Selenia Dimensions systems from site survey through physicist acceptance testing",
        "imaging-acceptance-testing",
    )
    check(
        "CBCT systems from Planmeca and Xoran, through acceptance testing and hand-off",
        "imaging-acceptance-testing",
    )
    check("User acceptance testing of the new payroll software", "imaging-acceptance-testing", False)
    check("Performed acceptance testing on new infusion pumps", "imaging-acceptance-testing", False)
    check("Performed acceptance testing on new infusion pumps", "incoming-inspection")


def test_flat_panel_gain_offset_and_image_quality(checker):
    check = line_check(checker)
    check("Replaced the flat-panel in the wall Bucky and recalibrated the X-ray room", "dr-detector")
    check("Installed flat-panel TVs in the waiting room", "dr-detector", False)
    check(
        "Detectors: flat-panel detector replacement, gain/offset and defect-map calibrations",
        "flat-panel-calibration",
    )
    check("Gain and offset calibration of the CsI detectors after each install", "flat-panel-calibration")
    check("Set the gain/offset of the audio amplifier for the lecture hall", "flat-panel-calibration", False)
    check("Geometry calibration and image quality checks on the CBCT", "imaging-qa")
    check("ACR phantom image quality on the mammography units", "imaging-qa")
    check("Improved image quality for the marketing photo shoot", "imaging-qa", False)
    posting = "Duties\n- Detector gain/offset calibration\n"
    resume = "Skills\n- Detectors: flat-panel detector replacement, gain/offset and defect-map calibrations\n"
    status = _statuses(checker, posting, resume)
    assert status["gain/offset"] is Status.LITERAL, status


def test_the_dxa_spine_phantom(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("dxa-spine-phantom", "imaging-phantom")
    check("Ran the daily spine phantom QC on the Hologic Horizon", "dxa-spine-phantom")
    check("Calibrate with DXA spine phantom QC", "dxa-spine-phantom")
    check(
        "Practised pedicle screw placement on a 3D-printed spine phantom in the surgical skills lab",
        "dxa-spine-phantom",
        False,
    )
    posting = "Duties\n- DXA spine phantom QC\n"
    resume = "Experience\n- Geometry calibration with the Planmeca phantom kit on the CBCT\n"
    status = _statuses(checker, posting, resume)
    assert status["DXA spine phantom"] is Status.MISSING, status


def test_a_scatter_survey_is_a_kind_of_radiation_survey(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("scatter-radiation-survey", "radiation-survey")
    check(
        "Run tube-housing leakage checks and room scatter surveys with the Fluke 451P",
        "scatter-radiation-survey",
    )
    check("Scatter surveys around the C-arm with the ion chamber", "scatter-radiation-survey")
    check("Walked a surface scatter survey of the lithic site", "scatter-radiation-survey", False)
    posting = "Duties\n- Perform radiation surveys after installs and room changes\n"
    resume = "Experience\n- Run room scatter surveys with the Fluke 451P after installs and tube changes\n"
    status = _statuses(checker, posting, resume)
    assert status["radiation surveys"] is Status.RELATED, status


def test_state_registration_of_x_ray_equipment(checker):
    check = line_check(checker)
    check(
        "File state registration paperwork for new and relocated X-ray equipment", "state-radiation-control"
    )
    check("Maintained state registration as a Registered Nurse", "state-radiation-control", False)
    posting = "Duties\n- File state registration paperwork for new and relocated X-ray equipment\n"
    resume = "Experience\n- File state X-ray registrations for new and moved units\n"
    status = _statuses(checker, posting, resume)
    assert status["state registration"] is Status.SYNONYM, status


# --- the bone marrow bench ------------------------------------------------------------------------------


def test_marrow_aspirates_and_trephine_biopsies(checker):
    check = line_check(checker)
    check("Bone marrow: marrow aspirate films, squash preparations and touch imprints", "bone-marrow-prep")
    check("Send trephine biopsies in formalin with the marrow aspirate tubes", "bone-marrow-core-biopsy")
    check("Blood films, marrow aspirates and trephines for haematologist review", "bone-marrow-core-biopsy")
    check("Assisted with ultrasound-guided breast core biopsy", "bone-marrow-core-biopsy", False)
    check(
        "Neurosurgery instrument trays: trephine, Kerrison rongeurs and drills",
        "bone-marrow-core-biopsy",
        False,
    )
    posting = "Duties\n- Prepare bone marrow aspirate smears\n"
    status = _statuses(
        checker, posting, "Skills\n- Bone marrow: marrow aspirate films and squash preparations\n"
    )
    assert status["bone marrow aspirate smears"] is Status.SYNONYM, status
    posting = "Duties\n- Prepare touch preps of the core biopsy and deliver core biopsies to histology\n"
    resume = "Experience\n- Send trephine biopsies in formalin with the marrow aspirate tubes\n"
    status = _statuses(checker, posting, resume)
    assert status["core biopsy"] is Status.SYNONYM, status


def test_touch_crush_squash_and_clot_preparations(checker):
    check = line_check(checker)
    check("Made squash preparations and touch imprints at the bedside marrow", "crush-prep")
    check("Made squash preparations and touch imprints at the bedside marrow", "touch-imprint-prep")
    check("Prepared marrow aspirate films and particle clot preparations", "bone-marrow-clot-section")
    check("Made a butternut squash preparation for the potluck", "crush-prep", False)
    check(
        "Reviewed the clot sections of the thrombectomy with the vascular surgeon",
        "bone-marrow-clot-section",
        False,
    )
    posting = (
        "Duties\n- Prepare aspirate smears, crush preps, touch preps of the core biopsy and clot sections\n"
    )
    resume = "Skills\n- Bone marrow: squash preparations, touch imprints, particle clot preparations\n"
    status = _statuses(checker, posting, resume)
    assert status["crush preps"] is Status.SYNONYM, status
    assert status["touch preps"] is Status.SYNONYM, status
    assert status["clot sections"] is Status.SYNONYM, status


def test_spicules_cellularity_and_the_me_ratio_only_beside_marrow_words(checker):
    check = line_check(checker)
    check("Check the aspirate for spicules at the bedside", "marrow-spicules")
    check("Cleaned the sponge spicules out of the aquarium filter", "marrow-spicules", False)
    check("Performed marrow differentials and commented on cellularity", "marrow-cellularity")
    check("Estimated tumor cellularity for NGS", "marrow-cellularity", False)
    check("Calculated the myeloid:erythroid ratio on each marrow", "me-ratio")
    check("Calculated the M/E ratio on each marrow", "me-ratio")
    check("Medical Technologist - Portland, ME", "me-ratio", False)
    check("Wrote the ME ratio into the contract for the mechanical engineers", "me-ratio", False)
    posting = (
        "Duties\n- Perform 500-cell differential counts, comment on cellularity and calculate the M:E ratio\n"
    )
    resume = "Experience\n- Performed bone marrow differential counts and the myeloid:erythroid ratio\n"
    status = _statuses(checker, posting, resume)
    assert status["M:E ratio"] is Status.SYNONYM, status
    assert status["500-cell differential"] is Status.SYNONYM, status


def test_storage_iron_ring_sideroblasts_and_perls_stain(checker):
    check = line_check(checker)
    check("Perls' stain (iron stores, ring sideroblasts) on every marrow", "iron-stain")
    check("Perls' stain (iron stores, ring sideroblasts) on every marrow", "marrow-iron-stores")
    check("Perls' stain (iron stores, ring sideroblasts) on every marrow", "ring-sideroblasts")
    check("Ferritin reflects iron stores in most patients", "marrow-iron-stores", False)
    posting = "Duties\n- Perform iron stains for evaluation of storage iron and ring sideroblasts\n"
    resume = "Skills\n- Perls' stain (iron stores, ring sideroblasts) on marrow aspirates\n"
    status = _statuses(checker, posting, resume)
    assert status["iron stains"] is Status.SYNONYM, status
    assert status["storage iron"] is Status.SYNONYM, status
    assert status["ring sideroblasts"] is Status.LITERAL, status


def test_reticulin_and_wright_giemsa(checker):
    check = line_check(checker)
    check("Coordinate reticulin stains with histology", "reticulin-stain")
    check("Graded reticulin fibrosis on marrow trephines", "reticulin-stain")
    check("Stain aspirate and peripheral smears with Wright-Giemsa", "wright-giemsa-stain")
    posting = "Duties\n- Stain aspirate smears with Wright-Giemsa\n"
    status = _statuses(checker, posting, "Skills\n- Wright-Giemsa and May-Grunwald Giemsa (MGG) staining\n")
    assert status["Wright-Giemsa"] is Status.LITERAL, status


def test_the_leukaemia_cytochemical_stains(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for stain in ("mpo-cytochemical-stain", "sudan-black-b-stain", "nonspecific-esterase-stain"):
        parent(stain, "cytochemical-stains")
    parent("anae-stain", "nonspecific-esterase-stain")
    parent("anbe-stain", "nonspecific-esterase-stain")
    check(
        "Cytochemical stains including MPO, Sudan Black B and nonspecific esterase", "mpo-cytochemical-stain"
    )
    check("Cytochemistry: myeloperoxidase, periodic acid-Schiff and esterases", "mpo-cytochemical-stain")
    check("Ran MPO and PR3 ANCA by ELISA", "mpo-cytochemical-stain", False)
    check("Ran MPO and PR3 ANCA by ELISA", "mpo-pr3-antibodies")
    check(
        "Added cytoplasmic MPO, CD34 and CD117 to the AML flow cytometry panel",
        "mpo-cytochemical-stain",
        False,
    )
    check("Ordered MPO with troponin for the chest pain panel", "mpo-cytochemical-stain", False)
    check("Cytochemical stains including MPO, Sudan Black B and nonspecific esterase", "sudan-black-b-stain")
    check("BSc Medical Laboratory Sciences, Khartoum, Sudan - 2013", "sudan-black-b-stain", False)
    check(
        "Treated sections with Sudan Black B to quench lipofuscin autofluorescence",
        "sudan-black-b-stain",
        False,
    )
    check("Cytochemistry (NSE, PAS and MPO smears) for acute leukemia work-ups", "nonspecific-esterase-stain")
    check("Ran NSE and chromogranin A as tumor markers on the Kryptor", "nonspecific-esterase-stain", False)
    check("alpha-naphthyl acetate esterase with fluoride inhibition", "anae-stain")
    posting = "Duties\n- Perform cytochemical stains as ordered, including MPO and nonspecific esterase\n"
    resume = (
        "Skills\n- Cytochemistry: myeloperoxidase, alpha-naphthyl acetate esterase with fluoride inhibition\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["MPO"] is Status.SYNONYM, status
    assert status["nonspecific esterase"] is Status.RELATED, status


def test_digital_morphology_heparin_tubes_and_hemoglobinopathy(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("sodium-heparin-tube", "heparin-tube")
    parent("lithium-heparin-tube", "heparin-tube")
    parent("heparin-tube", "blood-collection-tube")
    check("Experience with CellaVision or another digital morphology system", "digital-cell-morphology")
    check("Built a digital morphology atlas of fossil teeth for the museum", "digital-cell-morphology", False)
    check("Sent marrow with Na heparin and EDTA aspirate tubes for cytogenetics", "sodium-heparin-tube")
    check("Ordered sodium heparin flushes and 5,000 units for the unit", "sodium-heparin-tube", False)
    check("Li-hep plasma for the chemistry verification panel", "lithium-heparin-tube")
    check("Assist with hemoglobinopathy work-ups", "hemoglobinopathy-testing")
    check("Cared for adults with hemoglobinopathy on the infusion floor", "hemoglobinopathy-testing", False)
    posting = "Preferred\n- Digital morphology of peripheral blood smears\n"
    resume = "Skills\n- Image analysis on CellaVision DM1200\n"
    status = _statuses(checker, posting, resume)
    assert status["Digital morphology"] is Status.RELATED, status
    posting = "Duties\n- Verify sodium heparin and EDTA tubes before routing specimens\n"
    resume = "Experience\n- Sent marrow with Na heparin and EDTA aspirate tubes for flow cytometry\n"
    status = _statuses(checker, posting, resume)
    assert status["sodium heparin"] is Status.SYNONYM, status
    posting = "Duties\n- Assist with hemoglobinopathy work-ups\n"
    status = _statuses(checker, posting, "Skills\n- Haemoglobinopathy screening by HPLC\n")
    assert status["hemoglobinopathy work-ups"] is Status.SYNONYM, status


# --- send-out testing ---------------------------------------------------------------------------------


def test_qns_is_quantity_not_sufficient(checker):
    check = line_check(checker)
    check("Followed up on QNS specimens with the reference lab", "quantity-not-sufficient")
    posting = "Duties\n- Follow up on delayed, cancelled and QNS specimens\n"
    resume = "Experience\n- Called the reference labs about quantity not sufficient and lost specimens\n"
    status = _statuses(checker, posting, resume)
    assert status["QNS"] is Status.SYNONYM, status


def test_karyotyping_is_a_kind_of_cytogenetics(checker, vocabulary):
    parent_check(vocabulary)("karyotyping", "cytogenetics")
    posting = "Duties\n- Triage time-sensitive specimens for cytogenetics\n"
    resume = "Experience\n- Routed Na heparin bone marrow for chromosome analysis\n"
    status = _statuses(checker, posting, resume)
    assert status["cytogenetics"] is Status.RELATED, status
    # the other way round a discipline shows no karyotyping
    status = _statuses(checker, "Duties\n- Karyotyping\n", "Experience\n- Routed specimens to cytogenetics\n")
    assert status["Karyotyping"] is Status.MISSING, status


def test_qa_monitors_are_quality_indicators(checker):
    check = line_check(checker)
    check(
        "Tracked send-out TAT and the specimen rejection rate as QA monitors for the lab",
        "quality-indicators",
    )
    check("Calibrated the reading-room QA monitors for PACS luminance", "quality-indicators", False)
    check("Installed air quality monitors in the lab", "quality-indicators", False)
    posting = "Duties\n- Track turnaround time, specimen rejection and other quality indicators\n"
    resume = "Experience\n- Tracked send-out TAT and the specimen rejection rate as QA monitors for the lab\n"
    status = _statuses(checker, posting, resume)
    assert status["quality indicators"] is Status.SYNONYM, status


def test_the_national_reference_laboratories(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for lab in ("quest-diagnostics", "labcorp", "mayo-clinic-laboratories", "arup-laboratories"):
        parent(lab, "reference-laboratory")
    parent("mayolink", "reference-lab-portals")
    check("Shipped 40-60 send-outs a night to Mayo Medical Laboratories and ARUP", "mayo-clinic-laboratories")
    check("Shipped 40-60 send-outs a night to Mayo Medical Laboratories and ARUP", "arup-laboratories")
    check("Mayo Medical Laboratories (MML) test catalog and MayoLINK", "mayolink")
    check("Familiarity with Quest Diagnostics or LabCorp client portals", "quest-diagnostics")
    check("Familiarity with Quest Diagnostics or LabCorp client portals", "labcorp")
    # the applicant's surname, and mantle cell lymphoma
    check(
        "Tamsin R. Quest, MLT(ASCP)CM | Billings, MT | tamsin.quest@example.com", "quest-diagnostics", False
    )
    check("Flow panels for MCL and CLL on the Navios", "mayo-clinic-laboratories", False)
    check(
        "Sent the MCL FISH order to Mayo for the mantle cell lymphoma case", "mayo-clinic-laboratories", False
    )
    posting = "Duties\n- Route send-out tests to Mayo Clinic Laboratories and ARUP Laboratories\n"
    resume = "Experience\n- Shipped 40-60 send-outs a night to Mayo Medical Laboratories and ARUP\n"
    status = _statuses(checker, posting, resume)
    assert status["Mayo Clinic Laboratories"] is Status.SYNONYM, status
    assert status["ARUP Laboratories"] is Status.SYNONYM, status


def test_test_directories_and_specimen_requirements(checker):
    check = line_check(checker)
    check("Checked specimen requirements and stability in the Mayo test catalog", "lab-test-directory")
    check("Checked specimen requirements and stability in the Mayo test catalog", "specimen-requirements")
    check("Added unit tests to the test directory of the Python repository", "lab-test-directory", False)
    posting = "Duties\n- Confirm specimen requirements against each reference lab's test directory\n"
    resume = "Experience\n- Checked specimen requirements and stability in the Mayo test catalog\n"
    status = _statuses(checker, posting, resume)
    assert status["test directory"] is Status.SYNONYM, status
    assert status["specimen requirements"] is Status.LITERAL, status


def test_24_hour_urine_whole_blood_and_category_a_and_b(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("urine-24-hour-collection", "urine-specimen-collection")
    parent("category-a-shipping", "specimen-shipping")
    check(
        "Aliquoted serum, plasma and 24 hr urine specimens into transport tubes", "urine-24-hour-collection"
    )
    check("Aliquoted whole blood specimens for the lead and mercury panels", "whole-blood-specimen")
    # bare whole blood is no form: a blood component too, and a series of specimen types is read as written
    check("Issued low-titer O whole blood units to the trauma bay", "whole-blood-specimen", False)
    check("Handle serum, plasma, whole blood, CSF and 24-hour urine specimens", "whole-blood-specimen", False)
    check("Triple-packaged Cat B boxes with dry ice for the FedEx pickup", "category-b-shipping")
    check("NSW Health Category B vaccination compliance pending", "category-b-shipping", False)
    check("Recognize Category A infectious substances and escalate them", "category-a-shipping")
    check("Package and ship Category A and Category B specimens under IATA", "category-a-shipping")
    check("Package and ship Category A and Category B specimens under IATA", "nsw-health-category-a", False)
    check("NSW Health Category A vaccination compliant", "category-a-shipping", False)
    check("Packaged isolates as UN 2814 (infectious substance, affecting humans)", "category-a-shipping")
    posting = "Duties\n- Handle serum, plasma, whole blood, CSF and 24-hour urine specimens\n"
    resume = "Experience\n- Aliquoted serum, plasma, EDTA whole blood and 24 hr urine specimens\n"
    status = _statuses(checker, posting, resume)
    assert status["24-hour urine"] is Status.SYNONYM, status
    resume = "Skills\n- Triple-packaged Cat B boxes with dry ice for the FedEx pickup\n"
    status = _statuses(checker, "Duties\n- Ship Category B specimens with dry ice\n", resume)
    assert status["Category B"] is Status.SYNONYM, status
    posting = "Duties\n- Packages and ships Category A and Category B specimens under DOT and IATA rules\n"
    resume = "Training\n- DOT/IATA Division 6.2 shipper training (UN 2814 / UN 3373 packaging)\n"
    status = _statuses(checker, posting, resume)
    assert status["Category A"] is Status.SYNONYM, status
