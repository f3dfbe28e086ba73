"""Vocabulary added where the thirty-eighth round of held-out pairs showed it thin: the hemoglobin variant
laboratory (prenatal written antenatal, quantitation written quantification, HBB as beta-globin gene
sequencing, alkaline and acid electrophoresis with cellulose acetate and citrate agar under them, HbF as fetal
hemoglobin, the variants by name with Hb D-Punjab also called D-Los Angeles, thalassemia, sickle cell disease,
unstable hemoglobin tests, gap-PCR, fetal-maternal hemorrhage, the Capillarys models and Phoresis); forensic
toxicology (pharmacokinetics and PK, drug classes with synthetic cathinones as stimulants and designer drugs
as novel psychoactive substances, protein crash, ion suppression under matrix effects, ANSI/ASB 036 with
SWGTOX, MS tuning, certified reference materials and Cerilliant, vitreous humor, postmortem toxicology,
JusticeTrax, mass spectral libraries, HS-GC-FID, tissue homogenization, ANAB AR 3125, ABFT and NRCC,
expert witness testimony); hospital pneumatic tube systems (PTS, Pevco, stations, blowers, diverters,
transfer units, carriers, tube line, carrier jams, transaction logs, photo-eyes, relay logic, Studio 5000,
MEWPs, fall protection, firestopping, vibration analysis, management of change, EPA-registered disinfectants,
the Oregon LME licence); and cardiology ECG systems (ECG management systems, Holter analysis software,
order reconciliation, resting ECG carts, stress systems, the IntelliSpace Cardiovascular archive). Each
ambiguous form is checked in its other sense too."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check

# --- the hemoglobin variant laboratory --------------------------------------------------------------


def test_prenatal_is_antenatal_and_quantitation_is_quantification(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("maternal-serum-screening", "prenatal-screening")
    parent("nipt", "prenatal-screening")
    check("Samples for antenatal screening and neonatal screening follow-up", "prenatal-screening")
    check(
        "Offered antenatal screening at the booking visit as a community midwife", "prenatal-screening", False
    )
    posting = "Preferred\n- Prenatal screening of couples for hemoglobinopathies\n"
    resume = "Experience\n- HbA2 and HbF for antenatal screening and neonatal screening follow-up\n"
    status = _statuses(checker, posting, resume)
    assert status["Prenatal screening"] is Status.SYNONYM, status
    # a word the trade writes two ways, in a wording the vocabulary does not know
    posting = "Duties\n- Run lipid quantitation on the LC-MS/MS\n"
    resume = "Experience\n- Ran lipid quantification on the LC-MS/MS\n"
    status = _statuses(checker, posting, resume)
    assert status["lipid quantitation"] is Status.SYNONYM, status


def test_hbb_sequencing_is_beta_globin_gene_sequencing(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("hbb-sequencing", "globin-gene-testing")
    parent("hbb-sequencing", "dna-sequencing")
    parent("gap-pcr", "pcr")
    check("β-globin gene sequencing (Sanger)", "hbb-sequencing")
    check("Beta-globin gene sequencing for rare variants", "hbb-sequencing")
    check("Reflex to alpha-globin gap-PCR, MLPA and HBB sequencing", "hbb-sequencing")
    check("Reflex to alpha-globin gap-PCR, MLPA and HBB sequencing", "gap-pcr")
    posting = "Preferred\n- Familiarity with HBB sequencing and gap-PCR\n"
    resume = "Skills\n- β-globin gene sequencing (Sanger); Gap-PCR for alpha0 deletions\n"
    status = _statuses(checker, posting, resume)
    assert status["HBB sequencing"] is Status.SYNONYM, status
    assert status["gap-PCR"] is Status.LITERAL, status


def test_acid_and_alkaline_electrophoresis_and_their_supports(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("citrate-agar-hb-electrophoresis", "acid-hb-electrophoresis")
    parent("cellulose-acetate-hb-electrophoresis", "alkaline-hb-electrophoresis")
    parent("acid-hb-electrophoresis", "hemoglobin-electrophoresis")
    check("Confirmed HbS and HbC by citrate agar electrophoresis", "citrate-agar-hb-electrophoresis")
    check("Confirm unknown bands by acid electrophoresis and IEF", "acid-hb-electrophoresis")
    check("Cellulose acetate and citrate agar for Hb variants", "cellulose-acetate-hb-electrophoresis")
    # the microbiology medium, the filter membrane and nucleic acids are others
    check("Biochemicals: Simmons citrate agar, TSI and urease", "citrate-agar-hb-electrophoresis", False)
    check(
        "Filtered mobile phase through cellulose acetate membranes",
        "cellulose-acetate-hb-electrophoresis",
        False,
    )
    check("Ran nucleic acid electrophoresis of PCR products", "acid-hb-electrophoresis", False)
    posting = "Duties\n- Confirm hemoglobin bands by alkaline electrophoresis and acid electrophoresis\n"
    resume = "Skills\n- Hemoglobin separation: cellulose acetate (pH 8.4), citrate agar (pH 6.0), IEF\n"
    status = _statuses(checker, posting, resume)
    assert status["acid electrophoresis"] is Status.RELATED, status
    assert status["alkaline electrophoresis"] is Status.RELATED, status


def test_fetal_hemoglobin_and_the_variants_by_name(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for variant in ("hemoglobin-s", "hemoglobin-c", "hemoglobin-e", "hemoglobin-lepore", "hemoglobin-barts"):
        parent(variant, "hemoglobin-variant")
    parent("hemoglobin-d-punjab", "hemoglobin-d")
    check("Reporting Hb A2 and fetal haemoglobin quantification", "fetal-hemoglobin")
    check("Reporting Hb A2 and fetal haemoglobin quantification", "hba2-quantitation")
    check("Report HbA2 and HbF for every sample", "fetal-hemoglobin")
    check("Hb D-Los Angeles in Punjabi families", "hemoglobin-d-punjab")
    check("Variants: Hb S, C, E, D-Punjab, Lepore, Constant Spring", "hemoglobin-lepore")
    check("Variants: Hb S, C, E, D-Punjab, Lepore, Constant Spring", "hemoglobin-constant-spring")
    check("Hb Barts in neonates", "hemoglobin-barts")
    check("Hereditary persistence of fetal haemoglobin (HPFH)", "hpfh")
    # hepatitis B markers are written with the other capitals
    check("Donor markers: anti-HBs, anti-HBc and HBeAg", "hemoglobin-s", False)
    check("Donor markers: anti-HBs, anti-HBc and HBeAg", "hemoglobin-c", False)
    check("Donor markers: anti-HBs, anti-HBc and HBeAg", "hemoglobin-e", False)
    # a surname, a town, a hospital and a legislator's district
    check("Worked with Dr. Lepore on the genetics service", "hemoglobin-lepore", False)
    check("Trained at Barts Health NHS Trust, London", "hemoglobin-barts", False)
    check("Sen. Alvarez (D-Los Angeles) sponsored the bill", "hemoglobin-d-punjab", False)
    # the lemma reads a bare 'D' as the 'd of "hemoglobin'd": a possessive is no Hb D, a result no variant
    check("Hemoglobin D trait in the family", "hemoglobin-d")
    check("The hemoglobin's oxygen affinity", "hemoglobin-d", False)
    check("Called abnormal hemoglobin results to the floor", "hemoglobin-variant", False)
    posting = "Duties\n- Report HbF quantitation and identify D-Punjab and other variants\n"
    resume = "Experience\n- Fetal haemoglobin quantification; named Hb D-Los Angeles by IEF\n"
    status = _statuses(checker, posting, resume)
    assert status["HbF"] is Status.SYNONYM, status
    assert status["D-Punjab"] is Status.SYNONYM, status


def test_thalassemia_sickle_cell_disease_and_unstable_hemoglobin(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("beta-thalassemia", "thalassemia")
    parent("isopropanol-stability-test", "unstable-hemoglobin-testing")
    parent("heat-stability-test", "unstable-hemoglobin-testing")
    check("Worked up suspected thalassaemia on FBC indices", "thalassemia")
    check("Tosoh G8 (beta-thal mode)", "beta-thalassemia")
    check("Monitoring of 300 sickle cell disease patients", "sickle-cell-disease")
    check("Heat stability test for suspected unstable hemoglobins", "heat-stability-test")
    check("Heat stability testing of the drug product at 40 C", "heat-stability-test", False)
    posting = "Duties\n- Perform thalassemia workups and unstable hemoglobin screening\n"
    resume = "Experience\n- Thalassaemia interpretation; isopropanol stability test for unstable variants\n"
    status = _statuses(checker, posting, resume)
    assert status["thalassemia workups"] is Status.SYNONYM, status
    assert status["unstable hemoglobin screening"] is Status.RELATED, status


def test_fetal_maternal_hemorrhage_hbh_inclusions_and_the_sebia_line(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("sebia-capillarys-3-tera", "sebia-capillarys")
    parent("sebia-capillarys-2-flex-piercing", "sebia-capillarys")
    check("Kleihauer test for feto-maternal haemorrhage estimation", "fetomaternal-hemorrhage-testing")
    check("KB stains for fetal-maternal hemorrhage quantitation", "fetomaternal-hemorrhage-testing")
    check("HbH body preparations (BCB)", "hbh-inclusion-test")
    check("Review electropherograms in PHORESIS", "sebia-phoresis")
    check("Ticks show phoresis on beetles in the field study", "sebia-phoresis", False)
    # 'CE-HPLC' is cation-exchange HPLC, not capillary electrophoresis
    check("CE-HPLC on two Tosoh G8 analysers, sequencing referrals", "dna-capillary-electrophoresis", False)
    posting = (
        "Preferred\n- Experience on the Sebia CAPILLARYS 3 TERA\n- Capillary electrophoresis for hemoglobin\n"
    )
    resume = "Skills\n- CZE: Sebia Capillarys 2 Flex Piercing for haemoglobin fractions\n"
    status = _statuses(checker, posting, resume)
    assert status["Sebia CAPILLARYS 3 TERA"] is Status.MISSING, status
    assert status["Capillary electrophoresis"] is Status.RELATED, status


# --- forensic toxicology ----------------------------------------------------------------------------


def test_pk_is_pharmacokinetics_beside_drug_words_only(checker):
    check = line_check(checker)
    check("TDM calls to pharmacy for PK-guided vancomycin dosing", "pharmacokinetics")
    check("Processed PK samples for two phase I studies", "pharmacokinetics")
    check("Red cell enzyme work: G6PD and pyruvate kinase (PK) screens", "pharmacokinetics", False)
    check("Shipped the PK specimens to Karachi, PK office", "pharmacokinetics", False)
    posting = "Requirements\n- Working knowledge of pharmacology and pharmacokinetics\n"
    resume = "Experience\n- TDM calls to pharmacy for PK-guided vancomycin and aminoglycoside dosing\n"
    status = _statuses(checker, posting, resume)
    assert status["pharmacokinetics"] is Status.SYNONYM, status


def test_drug_classes_of_a_toxicology_scope(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("synthetic-cathinones", "stimulant-drugs")
    parent("synthetic-cathinones", "novel-psychoactive-substances")
    parent("fentanyl-analogs", "opioids")
    parent("nitazenes", "opioids")
    check("Confirmation of opioids, benzodiazepines and stimulants by LC-MS/MS", "stimulant-drugs")
    check(
        "Flagged designer drugs (nitazenes, synthetic cathinones, xylazine)", "novel-psychoactive-substances"
    )
    check("Screened for NPS and fentanyl analogs on the LC-QTOF", "novel-psychoactive-substances")
    check("Customer satisfaction tracked by NPS each quarter", "novel-psychoactive-substances", False)
    check("Collected NPS specimens for COVID-19 PCR", "novel-psychoactive-substances", False)
    check("Avoid stimulants such as caffeine before the sleep study", "stimulant-drugs", False)
    posting = (
        "Duties\n- Quantitation of opioids, benzodiazepines, stimulants and novel psychoactive substances\n"
    )
    resume = "Experience\n- Flagged designer drugs (nitazenes, synthetic cathinones, xylazine) on the Q-TOF\n"
    status = _statuses(checker, posting, resume)
    assert status["stimulants"] is Status.RELATED, status
    assert status["novel psychoactive substances"] is Status.SYNONYM, status


def test_sample_preparation_and_matrix_effects(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("ion-suppression", "matrix-effects")
    check("Acetonitrile protein crash before LC-MS/MS", "protein-precipitation")
    check("PPT, SPE and LLE sample preparation", "protein-precipitation")
    check("Saved the slides as a PPT for the staff meeting", "protein-precipitation", False)
    check("LLE with MTBE before GC-MS", "liquid-liquid-extraction")
    check("Wound care to the LLE after the fall", "liquid-liquid-extraction", False)
    check("Tissue homogenization of liver and brain", "tissue-homogenization")
    posting = "Duties\n- Prepare samples by protein precipitation; evaluate matrix effects for every batch\n"
    resume = "Skills\n- Acetonitrile protein crash; ion suppression by post-column infusion\n"
    status = _statuses(checker, posting, resume)
    assert status["protein precipitation"] is Status.SYNONYM, status
    assert status["matrix effects"] is Status.RELATED, status


def test_asb_036_is_the_swgtox_validation_document(checker):
    check = line_check(checker)
    check("Method validation per ANSI/ASB Standard 036", "ansi-asb-036")
    check("Validated per CLSI C62-A and the SWGTOX validation guidelines", "ansi-asb-036")
    check("Quality control program per ANSI/ASB Standard 054", "ansi-asb-054")
    check("Accredited to ISO/IEC 17025 and ANAB AR 3125", "anab-ar-3125")
    posting = "Duties\n- Perform method validation according to ANSI/ASB Standard 036\n"
    resume = "Skills\n- Method validation per CLSI C62-A and the SWGTOX validation guidelines\n"
    status = _statuses(checker, posting, resume)
    assert status["ANSI/ASB Standard 036"] is Status.SYNONYM, status


def test_tuning_is_ms_tuning_beside_mass_spec_words(checker):
    check = line_check(checker)
    check(
        "Maintain GC-MS and LC-MS/MS systems (source cleaning, column changes, tuning)",
        "ms-calibration-tuning",
    )
    check("Tuned the QTRAP weekly", "ms-calibration-tuning")
    check("Fine-tuning the LIS rules for the LC-MS/MS interface", "ms-calibration-tuning", False)
    check("Tuning the piano for the hospital chapel", "ms-calibration-tuning", False)
    posting = "Duties\n- Maintain GC-MS and LC-MS/MS systems (source cleaning, column changes, tuning)\n"
    resume = "Skills\n- Weekly PM, ion source cleaning, autotunes and mass calibration on SCIEX systems\n"
    status = _statuses(checker, posting, resume)
    assert status["tuning"].is_met, status


def test_reference_materials_libraries_and_hs_gc_fid(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("nist-mass-spectral-library", "mass-spectral-library")
    parent("hs-gc-fid", "headspace-gc")
    parent("hs-gc-fid", "gc-fid")
    check("Prepared calibrators from CRM stock solutions", "certified-reference-material")
    check("Administered the Salesforce CRM for the sales team", "certified-reference-material", False)
    check(
        "Handled NIST library loans for the hospital's medical library", "nist-mass-spectral-library", False
    )
    posting = (
        "Duties\n- Maintain certified reference materials\n"
        "- Screen by LC-QTOF with mass spectral library searching\n"
        "- Analyze volatiles by HS-GC-FID\n"
    )
    resume = (
        "Experience\n- Order reference standards from Cerilliant on DEA Form 222\n"
        "- Agilent 6545 Q-TOF, accurate-mass NIST library searches\n"
        "- Headspace GC-FID volatile screen (ethanol, methanol, acetone)\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["certified reference materials"] is Status.RELATED, status
    assert status["mass spectral library searching"] is Status.RELATED, status
    assert status["HS-GC-FID"] is Status.SYNONYM, status


def test_vitreous_humor_and_postmortem_toxicology(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("postmortem-toxicology", "forensic-toxicology")
    check("Test vitreous fluid sodium, potassium and glucose for the autopsy service", "vitreous-humor")
    check("Assisted with vitrectomy and vitreous humor removal in the retina OR", "vitreous-humor", False)
    check(
        "Heartland Forensic Toxicology, Inc. is an equal opportunity employer", "forensic-toxicology", False
    )
    check("Two years in a clinical or forensic toxicology laboratory", "forensic-toxicology", False)
    check("Experience in forensic toxicology casework", "forensic-toxicology")
    posting = "Duties\n- Receive PM specimens (vitreous humor, femoral blood) for postmortem toxicology\n"
    resume = (
        "Experience\n- Test vitreous fluid electrolytes for the autopsy service\n"
        "Education\n- Coursework: Forensic Toxicology\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["vitreous humor"] is Status.SYNONYM, status
    assert status["postmortem toxicology"] is Status.MISSING, status


def test_expert_witness_is_narrower_than_court_testimony(checker, vocabulary):
    parent_check(vocabulary)("expert-witness-testimony", "court-testimony")
    posting = "Duties\n- Provide court testimony as an expert witness in criminal and civil matters\n"
    resume = "Experience\n- Testified in court as records custodian; Courtroom Testimony coursework\n"
    status = _statuses(checker, posting, resume)
    assert status["court testimony"] is Status.SYNONYM, status
    assert status["expert witness"] is Status.MISSING, status
    status = _statuses(
        checker, "Duties\n- Provide expert testimony\n", "Experience\n- Gave deposition testimony\n"
    )
    assert status["expert testimony"] is Status.RELATED, status


def test_abft_and_nrcc_credentials_are_pursuable(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("d-abft-ft", "abft-certification")
    parent("tc-nrcc", "nrcc-certification")
    parent("justicetrax-lims-plus", "lims")
    check("D-ABFT-FT, 2019", "d-abft-ft")
    check("Accession cases in JusticeTrax LIMS-plus", "justicetrax-lims-plus")
    posting = "Preferred\n- Certification as TC-NRCC or D-ABFT-FT\n- ABFT accreditation\n"
    resume = "Certifications\n- TC-NRCC - Toxicological Chemist: eligible; exam scheduled March 2027\n"
    status = _statuses(checker, posting, resume)
    assert status["TC-NRCC or D-ABFT-FT"] is Status.IN_PROGRESS, status
    assert status["ABFT accreditation"] is Status.MISSING, status


# --- hospital pneumatic tube systems ----------------------------------------------------------------


def test_pts_and_its_parts_beside_tube_words_only(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("pevco", "pneumatic-tube-system")
    parent("swisslog-nexus-station", "pneumatic-tube-station")
    check(
        "Own the hospital's TransLogic PTS: 38 stations, 9 blowers, 21 diverters and 3 TUs",
        "pneumatic-tube-system",
    )
    line = "TransLogic blowers, air shifter, diverters and TUs, 4-inch stations and station drops"
    for part in (
        "pts-blower",
        "pts-air-shifter",
        "pts-diverter",
        "pts-transfer-unit",
        "pneumatic-tube-station",
    ):
        check(line, part)
    check("Clear stuck carriers and reset zones from the TransLogic SCC", "pts-carrier-jam")
    check("Experience with Swisslog TransLogic or Pevco systems", "pevco")
    check("64 Nexus 40 stations on the Swisslog tube system", "swisslog-nexus-station")
    # the same words in HVAC, nursing, addresses, other trades
    check("Replaced blowers and belts on the rooftop air handlers", "pts-blower", False)
    check("Helped the HVAC contractor with two Carrier 19XR chillers", "pts-carrier", False)
    check("Booked PTS transport for discharged patients", "pneumatic-tube-system", False)
    check("Restocked supplies at the nurses' stations", "pneumatic-tube-station", False)
    check("1460 Station Ave NE, Keizer, OR", "pneumatic-tube-station", False)
    check("Gave 5 TU of PPD for the TB skin test", "pts-transfer-unit", False)
    check("Configured the Cisco Nexus 40 switches", "swisslog-nexus-station", False)
    check("Loaded sample tube carriers on the Hamilton STAR", "pts-carrier", False)
    posting = (
        "Pneumatic Tube System Technician\n"
        "Duties\n- Repair blowers, diverters, transfer units and tube line; clear carrier jams\n"
        "- Troubleshoot faults from the transaction logs\n"
    )
    resume = (
        "Experience\n- Own the hospital's PTS: 38 stations, 9 blowers, 21 diverters and 3 TUs\n"
        "- TransLogic SCC, alarm history and transaction reports; stuck carriers\n"
        "- Rerouted 600 ft of 4-inch tube runs for the PTS\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["transfer units"] is Status.SYNONYM, status
    assert status["carrier jams"] is Status.SYNONYM, status
    assert status["transaction logs"] is Status.SYNONYM, status
    assert status["tube line"] is Status.SYNONYM, status


def test_controls_words_of_the_trade(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("slc-500", "allen-bradley-plc")
    check("Photoelectric sensors and limit switches", "photoelectric-sensor")
    check("Adjust photo-eyes, limit switches and solenoids", "photoelectric-sensor")
    check("Edited ladder logic in RSLogix 500 / RSLogix 5000", "studio-5000")
    check("Edited ladder logic in RSLogix 500 / RSLogix 5000", "rslogix-500")
    check("Edited PLC code under MOC on the packaging line", "change-control")
    check("Completed ABR MOC requirements for 2024", "change-control", False)
    posting = (
        "Duties\n- Edit ladder logic in Studio 5000 under change control\n"
        "- Experience with relay control circuits and photo-eyes\n"
    )
    resume = (
        "Experience\n- Edited ladder logic in RSLogix 5000 under management of change\n"
        "- Troubleshot relay logic; photoelectric sensors\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["Studio 5000"] is Status.SYNONYM, status
    assert status["change control"] is Status.SYNONYM, status
    assert status["relay control circuits"] is Status.SYNONYM, status
    assert status["photo-eyes"] is Status.SYNONYM, status


def test_facilities_safety_words_and_disinfectants(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("scissor-lift", "aerial-work-platform")
    parent("genie-gs-scissor-lift", "scissor-lift")
    parent("super-sani-cloth", "epa-registered-disinfectant")
    check("MEWP operator training (ANSI A92), 2024", "aerial-work-platform")
    check("MEWP operator training (ANSI A92), 2024", "ansi-a92")
    check("Sealed every rated penetration with Hilti CP 606", "hilti-cp-606")
    check("Fall arrest and fall protection for overhead work", "fall-protection")
    check("Patient fall prevention program on 4 West", "fall-protection", False)
    check("Vibration analysis on the chiller pumps", "vibration-analysis")
    check("Vibration analysis on the chiller pumps", "vibration-site-survey", False)
    posting = (
        "Duties\n- Use an aerial work platform and fall protection\n"
        "- Restore firestopping at rated penetrations\n"
        "- Decontaminate carriers with an EPA-registered disinfectant\n"
    )
    resume = (
        "Skills\n- LOTO, fall protection, MEWP (scissor and boom), Hilti CP 606 at rated penetrations\n"
        "- Decon carriers with Super Sani-Cloth\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["aerial work platform"] is Status.SYNONYM, status
    assert status["fall protection"] is Status.LITERAL, status
    assert status["firestopping"] is Status.RELATED, status
    assert status["EPA-registered disinfectant"] is Status.RELATED, status


def test_the_oregon_lme_licence_and_cmrt(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("limited-maintenance-electrician-license", "electrical-license")
    check("CMRT (Certified Maintenance & Reliability Technician)", "cmrt")
    check("Filed the CMRT conflict minerals template for suppliers", "cmrt", False)
    check("Traded copper on the LME for the smelter", "limited-maintenance-electrician-license", False)
    posting = "Preferred\n- State of Oregon Limited Maintenance Electrician (LME) license\n"
    resume = (
        "Licenses\n"
        "- Oregon LME (Limited Maintenance Electrician): 4,000 hours logged, exam scheduled February 2027\n"
    )
    status = _statuses(checker, posting, resume)
    assert any(s is Status.IN_PROGRESS for s in status.values()), status
    assert not any(s is Status.LITERAL or s is Status.SYNONYM for s in status.values()), status


# --- cardiology ECG systems -------------------------------------------------------------------------


def test_ecg_management_systems_and_their_products(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for product in ("ge-muse", "philips-intellispace-ecg", "mortara-e-scribe"):
        parent(product, "ecg-management-system")
    check("Administer the MUSE EKG management system", "ecg-management-system")
    check("Philips IntelliSpace ECG (formerly TraceMasterVue)", "philips-intellispace-ecg")
    check("Philips IntelliSpace Cardiovascular and the VNA", "philips-intellispace-ecg", False)
    check("Mortara E-Scribe for resting ECGs", "mortara-e-scribe")
    check("Minutes kept in eScribe for the board meetings", "mortara-e-scribe", False)
    check("ECG management and interpretation for telemetry nurses", "ecg-management-system", False)
    check("Holter analysis and scanning for the cardiology clinic", "holter-analysis-software", False)
    posting = "Duties\n- Own the ECG management system and Holter analysis software\n"
    resume = "Experience\n- MUSE EKG management system; Hillrom H-Scribe Holter scanning software\n"
    status = _statuses(checker, posting, resume)
    assert status["ECG management system"] is Status.SYNONYM, status
    assert status["Holter analysis software"] is Status.SYNONYM, status


def test_order_reconciliation_of_ecgs_not_purchase_orders(checker):
    check = line_check(checker)
    check("Cleared a backlog of 2,300 orphan EKGs", "ecg-order-reconciliation")
    check("Resolve unmatched ECGs and order reconciliation issues in MUSE", "ecg-order-reconciliation")
    check("Purchase order reconciliation for the supply chain team", "ecg-order-reconciliation", False)
    posting = "Duties\n- HL7 orders and results between MUSE and Epic; order reconciliation issues\n"
    resume = "Experience\n- HL7 feeds from MUSE to Epic; cleared 2,300 orphan EKGs\n"
    status = _statuses(checker, posting, resume)
    assert status["order reconciliation"] is Status.SYNONYM, status


def test_resting_carts_stress_systems_and_the_cardiology_archive(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for line in ("ge-mac", "philips-pagewriter", "eli-280", "ge-mac-5500"):
        parent(line, "resting-ecg-machine")
    parent("ge-mac-vu360", "ge-mac")
    parent("holter-monitor", "resting-ecg-machine", False)
    check("9 exercise stress systems (GE CASE, T2100 treadmill)", "stress-test-system")
    check("Vyntus CPX exercise testing system for CPET", "stress-test-system", False)
    posting = (
        "Duties\n- PM on resting ECG carts (GE MAC 5500 HD and MAC VU360; Philips PageWriter TC70)\n"
        "- Stress test systems (GE CASE)\n- DICOM export to the cardiology PACS\n"
    )
    resume = (
        "Experience\n- 74 resting EKG carts (GE MAC 5500 HD, MAC 2000, Philips PageWriter TC50)\n"
        "- 9 exercise stress systems (GE CASE)\n- Waveform export to Philips IntelliSpace Cardiovascular\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["resting ECG carts"] is Status.SYNONYM, status
    assert status["MAC VU360"] is Status.MISSING, status
    assert status["Philips PageWriter TC70"] is Status.MISSING, status
    assert status["cardiology PACS"] is Status.RELATED, status
