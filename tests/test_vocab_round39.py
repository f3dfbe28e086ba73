"""Vocabulary added where the thirty-ninth round of held-out pairs showed it thin: infectious disease serology
(the hepatitis markers by their antibody and antigen names, anti-HBs written HBsAb, IgM anti-HBc and anti-HAV,
HBeAg and anti-HBe, HCV RNA and HIV-1 RNA kept apart from the antibody tests, HBsAg neutralization, measles
written rubeola, mumps, rubella, varicella-zoster, CMV, Toxoplasma, HSV typed and type-specific, EBV, the
TORCH panel with its members related, Lyme two-tier testing standard and modified, the reverse-sequence and
traditional syphilis algorithms, treponemal immunoassays, RPR titers, the CDC/APHL HIV algorithm, line
immunoassays beside immunoblots, the LIAISON XL, the ELx50, fluorescence microscopes, reagent crossover,
ACCURUN controls and SV(ASCP)); the donor human milk bank (HMBANA, Holder pasteurization apart from HTST,
pasteurizers and the Sterifeed S90, pre- and post-pasteurization cultures, the plating media and their short
names, Enterobacterales, creamatocrit, milk macronutrient analysis, mid-infrared milk analyzers and the
Bentley FTS, ATP bioluminescence, FSMA, HACCP, PCQI, ServSafe Manager, lot traceability, mock recalls, barcode
label printers); NICU and women's services equipment (transcutaneous CO2/O2 monitors, phototherapy and its
radiometer, hybrid incubator/warmers, the Giraffe OmniBed Carestation, the Panda iRes, the Corometrics 250cx
and 259cx, IntelliSpace Perinatal once OB TraceVue, the 3100A under its later makers, the Bunnell LifePulse,
labor and delivery and women's services, breast pumps, certified test weights, alternate equipment
management); and device recalls (FDA safety communications apart from field safety notices, Urgent Medical
Device Correction letters, recall response forms, FDA recall classes, 21 CFR 7, Part 803 and 806, Medical
Device Reporting apart from the EU MDR, AccessGUDID, job cards, field corrections, adverse incident reporting,
the UK Foundation Degree, PRINCE2). Each ambiguous form is checked in its other sense too."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check

# --- infectious disease serology: hepatitis markers -------------------------------------------------------


def test_hepatitis_b_markers_by_their_antibody_and_antigen_names(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("anti-hbs-testing", "hepatitis-b-testing")
    parent("anti-hbc-igm", "anti-hbc-testing")
    parent("hbeag-testing", "hepatitis-b-testing")
    parent("anti-hbe-testing", "hepatitis-b-testing")
    check("Hepatitis B surface antibody titers for employee health", "anti-hbs-testing")
    check("HBsAg with confirmatory neutralization, HBsAb, HBcAb (total and IgM)", "anti-hbs-testing")
    check("HBsAg with confirmatory neutralization, HBsAb, HBcAb (total and IgM)", "hbsag-neutralization")
    check("Acute panels: anti-HBc IgM and HBsAg", "anti-hbc-igm")
    check("Donor markers: anti-HBs, anti-HBc and HBeAg", "anti-hbs-testing")
    check("Donor markers: anti-HBs, anti-HBc and HBeAg", "hbeag-testing")
    check("HBeAg/anti-HBe for chronic hepatitis B follow-up", "anti-hbe-testing")
    # sickle hemoglobin is written with the other capitals; a plaque assay's neutralization is another test
    check("Sickling confirmed: HbS 38% by HPLC", "anti-hbs-testing", False)
    check("SARS-CoV-2 neutralization confirmation by plaque reduction", "hbsag-neutralization", False)
    posting = "Duties\n- Perform anti-HBs and anti-HBc testing\n"
    resume = "Experience\n- Ran hepatitis B surface antibody and hepatitis B core antibody\n"
    status = _statuses(checker, posting, resume)
    assert status["anti-HBs"] is Status.SYNONYM, status
    posting = "Duties\n- HBsAg with neutralization confirmation\n"
    resume = "Experience\n- HBsAg with confirmatory neutralization\n"
    status = _statuses(checker, posting, resume)
    assert status["neutralization confirmation"] is Status.SYNONYM, status


def test_hepatitis_a_igm_and_the_nucleic_acid_tests_kept_apart(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("hav-igm-testing", "hav-antibody-testing")
    parent("hav-antibody-testing", "hepatitis-a-testing")
    parent("hcv-rna-testing", "hepatitis-c-testing")
    parent("hcv-rna-testing", "naat")
    parent("hiv-rna-testing", "naat")
    parent("hiv-viral-load", "hiv-rna-testing")
    parent("hcv-rna-testing", "anti-hcv-testing", False)
    check("Hepatitis A IgM antibody for the ED", "hav-igm-testing")
    check("HAV IgM, HCV Ab", "hav-igm-testing")
    check("HCV Ab with automatic reflex to HCV RNA", "hcv-rna-testing")
    check("Refer indeterminate specimens for HIV-1 RNA testing", "hiv-rna-testing")
    posting = "Duties\n- Perform anti-HAV IgM testing\n"
    resume = "Experience\n- Ran hepatitis A IgM antibody on the ARCHITECT\n"
    status = _statuses(checker, posting, resume)
    assert status["anti-HAV IgM"] is Status.SYNONYM, status
    posting = "Duties\n- Reflex reactive anti-HCV to HCV RNA\n"
    resume = "Experience\n- Ran HCV antibody screens\n"
    status = _statuses(checker, posting, resume)
    assert status["HCV RNA"] is Status.MISSING, status
    posting = "Duties\n- Reflex indeterminate results to HIV-1 RNA NAAT\n"
    resume = "Experience\n- Geenius HIV 1/2 Supplemental Assay on repeatedly reactive specimens\n"
    status = _statuses(checker, posting, resume)
    assert status["HIV-1 RNA NAAT"] is Status.MISSING, status


# --- infectious disease serology: immunity, TORCH, Lyme -----------------------------------------------------


def test_measles_is_rubeola_and_the_immunity_viruses_are_not_their_vaccines(checker):
    check = line_check(checker)
    check("Rubeola, mumps, rubella and VZV IgG immunity titers", "measles-testing")
    check("Rubeola, mumps, rubella and VZV IgG immunity titers", "mumps-testing")
    check("Rubeola, mumps, rubella and VZV IgG immunity titers", "rubella-testing")
    check("Rubeola, mumps, rubella and VZV IgG immunity titers", "vzv-testing")
    check("Varicella-zoster virus IgG for employee health", "vzv-testing")
    check("Administered MMR and varicella vaccines at the travel clinic", "vzv-testing", False)
    check("Immunizations current: measles, mumps, rubella, varicella", "measles-testing", False)
    posting = "Duties\n- Run measles, mumps and varicella-zoster virus IgG immunity screens\n"
    resume = "Experience\n- Ran rubeola, mumps and VZV IgG immunity titers\n"
    status = _statuses(checker, posting, resume)
    assert status["measles"] is Status.SYNONYM, status
    assert status["varicella-zoster virus IgG"] is Status.SYNONYM, status


def test_torch_panels_and_their_members(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("biorad-bioplex-torc", "torch-panel")
    parent("hsv-type-specific-serology", "hsv-testing")
    parent("hsv-2-testing", "hsv-testing")
    check("Prenatal panels: Toxoplasma IgG/IgM, cytomegalovirus IgG/IgM", "toxoplasma-testing")
    check("Prenatal panels: Toxoplasma IgG/IgM, cytomegalovirus IgG/IgM", "cmv-antibody-testing")
    check("TORCH IgG and IgM for prenatal patients", "torch-panel")
    check("BioPlex 2200 ToRC and MMRV IgG panels", "biorad-bioplex-torc")
    check("Toxoplasma, rubella, CMV and HSV-1/2 IgG and IgM", "cmv-testing")
    check("Toxoplasma, rubella, CMV and HSV-1/2 IgG and IgM", "hsv-testing")
    check("EBV VCA IgM and IgG, EBNA and heterophile antibody", "ebv-testing")
    # a ventilator mode, a colour space, a breeding value and an instrument
    check("Verified CMV, SIMV and PRVC modes after the ventilator PM", "cmv-testing", False)
    check("Converted frames from RGB to HSV in OpenCV for segmentation", "hsv-testing", False)
    check("Ranked sires by EBV for genomic selection in the herd", "ebv-testing", False)
    check("Loaded respiratory panels on the BioFire FilmArray TORCH", "torch-panel", False)
    posting = "Duties\n- Test TORCH panels and HSV-1/2 IgG\n"
    resume = "Experience\n- Toxoplasma IgG/IgM, cytomegalovirus IgG/IgM, HSV-2 type-specific IgG\n"
    status = _statuses(checker, posting, resume)
    assert status["TORCH panels"] is Status.RELATED, status
    posting = "Duties\n- Perform CMV IgG testing\n"
    resume = "Experience\n- Ran cytomegalovirus IgG on the LIAISON XL\n"
    status = _statuses(checker, posting, resume)
    assert status["CMV IgG"] is Status.SYNONYM, status


def test_lyme_two_tier_testing_standard_and_modified(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("lyme-sttt", "lyme-two-tier-testing")
    parent("lyme-mttt", "lyme-two-tier-testing")
    parent("lyme-two-tier-testing", "lyme-disease-serology")
    check("Lyme disease serology by STTT/MTTT with immunoblot interpretation", "lyme-mttt")
    check("Lyme disease serology by STTT/MTTT with immunoblot interpretation", "lyme-sttt")
    check("Lyme serology by two-tier testing with IgM/IgG immunoblots", "lyme-two-tier-testing")
    check("14 Lyme Street, Old Lyme, CT 06371", "lyme-disease-serology", False)
    check(
        "Ran the two-tier testing programme for the bank's stress scenarios", "lyme-two-tier-testing", False
    )
    posting = "Duties\n- Perform modified two-tier testing for Lyme disease\n"
    resume = "Experience\n- Lyme serology by standard two-tier testing (EIA and immunoblots)\n"
    status = _statuses(checker, posting, resume)
    assert status["modified two-tier testing"] is Status.MISSING, status


# --- infectious disease serology: syphilis, HIV, methods ---------------------------------------------------


def test_syphilis_algorithms_treponemal_immunoassays_and_rpr_titers(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("reverse-sequence-syphilis-screening", "syphilis-testing")
    parent("abbott-architect-syphilis-tp", "treponemal-immunoassay")
    parent("treponemal-immunoassay", "treponemal-testing")
    parent("rpr-titer", "rpr-test")
    check(
        "Reverse syphilis algorithm (ARCHITECT Syphilis TP screen, manual RPR titers)",
        "abbott-architect-syphilis-tp",
    )
    check(
        "Syphilis screening by the reverse-sequence algorithm with reflex RPR",
        "reverse-sequence-syphilis-screening",
    )
    check(
        "Moved from the traditional algorithm (RPR first) to treponemal screening",
        "traditional-syphilis-screening",
    )
    check(
        "Implemented a reverse algorithm for the sorting library",
        "reverse-sequence-syphilis-screening",
        False,
    )
    check("Followed the traditional algorithm for ACLS", "traditional-syphilis-screening", False)
    posting = "Duties\n- Syphilis testing by the reverse-sequence algorithm\n"
    resume = "Experience\n- Brought the reverse syphilis screening algorithm live in 2019\n"
    status = _statuses(checker, posting, resume)
    assert status["reverse-sequence algorithm"] is Status.SYNONYM, status
    posting = "Duties\n- Run the treponemal screening immunoassay and quantitative RPR\n"
    resume = "Experience\n- ARCHITECT Syphilis TP screen with reflex RPR titers\n"
    status = _statuses(checker, posting, resume)
    assert status["treponemal screening immunoassay"] is Status.RELATED, status
    assert status["quantitative RPR"] is Status.SYNONYM, status


def test_the_hiv_algorithm_and_differentiation_wordings(checker):
    check = line_check(checker)
    check("HIV-1/2 Ag/Ab screening per the CDC/APHL algorithm", "hiv-testing-algorithm")
    check("Influenza subtyping by the CDC/APHL algorithm", "hiv-testing-algorithm", False)
    posting = "Duties\n- Run the HIV-1/HIV-2 differentiation immunoassay per the CDC/APHL algorithm\n"
    resume = (
        "Experience\n- Bio-Rad Geenius for HIV-1/HIV-2 type differentiation per the CDC HIV testing "
        "algorithm\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["HIV-1/HIV-2 differentiation immunoassay"] is Status.SYNONYM, status
    assert status["CDC/APHL algorithm"] is Status.SYNONYM, status


def test_serology_methods_platforms_and_controls(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("biotek-elx50", "microplate-washer")
    parent("euroimmun-eurostar", "fluorescence-microscope")
    parent("seracare-accurun", "qc-material")
    parent("diasorin-liaison-xl", "diasorin-liaison")
    parent("abbott-architect-i2000sr", "chemiluminescence-immunoassay-analyzer")
    parent("infectious-disease-serology", "serology-testing")
    check("DiaSorin LIAISON XL and Alinity i", "diasorin-liaison-xl")
    check("Served as liaison to Infection Prevention", "diasorin-liaison", False)
    check("Served as liaison to Infection Prevention", "diasorin-liaison-xl", False)
    check(
        "Chemiluminescence platforms: calibration and daily maintenance",
        "chemiluminescence-immunoassay-analyzer",
    )
    # CLIA the regulation is not the chemiluminescent immunoassay
    check("CLIA '88 high-complexity testing personnel", "chemiluminescent-immunoassay", False)
    check("Performed lot-to-lot reagent crossover studies", "lot-to-lot-verification")
    check("SeraCare ACCURUN 1 and Bio-Rad Liquichek controls", "seracare-accurun")
    posting = "Preferred\n- Interpreting immunoblots\n"
    resume = "Experience\n- Interpret EUROLINE line immunoassay strips\n"
    status = _statuses(checker, posting, resume)
    assert status["immunoblots"] is Status.RELATED, status
    posting = "Duties\n- Maintain the microplate washer\n"
    resume = "Experience\n- Microplate EIA on a BioTek ELx50 washer\n"
    status = _statuses(checker, posting, resume)
    assert status["microplate washer"] is Status.RELATED, status
    posting = "Duties\n- Read IFA slides by fluorescence microscopy\n"
    resume = "Experience\n- ANA by IIF read on the EUROIMMUN EUROStar III Plus LED microscope\n"
    status = _statuses(checker, posting, resume)
    assert status["fluorescence microscopy"] is Status.RELATED, status
    posting = "About the role\n- Medical Laboratory Scientist, Infectious Disease Serology\n"
    resume = "Experience\n- Lead technologist on the immunology and ID serology bench\n"
    status = _statuses(checker, posting, resume)
    assert status["Infectious Disease Serology"] is Status.SYNONYM, status


def test_sv_ascp_is_a_pursuable_specialist_credential(checker, vocabulary):
    parent = parent_check(vocabulary)
    parent("sv-ascp", "ascp-certification")
    posting = "Preferred\n- Specialist certification: SV(ASCP)\n"
    status = _statuses(checker, posting, "Certifications\n- SV(ASCP) - exam scheduled January 2027\n")
    assert status["SV(ASCP)"] is Status.IN_PROGRESS, status
    status = _statuses(checker, posting, "Certifications\n- Specialist in Virology, SV(ASCP), 2021\n")
    assert status["SV(ASCP)"] in (Status.LITERAL, Status.SYNONYM), status
    posting = "Preferred\n- SI(ASCP)\n"
    status = _statuses(
        checker, posting, "Continuing Education\n- ASCP Specialist in Immunology online review course, 2026\n"
    )
    assert status["SI(ASCP)"] not in (Status.LITERAL, Status.SYNONYM), status


# --- the donor human milk bank -------------------------------------------------------------------------


def test_hmbana_holder_pasteurization_and_the_pasteurizers(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("holder-pasteurization", "pasteurization")
    parent("htst-pasteurization", "pasteurization")
    parent("sterifeed-s90", "human-milk-pasteurizer")
    parent("human-milk-pasteurizer", "pasteurizer")
    check("Run Holder pasteurization (62.5 C for 30 minutes) on Sterifeed S90 pasteurizers", "sterifeed-s90")
    check("Reports to: Jenna Holder, MS, Laboratory and Quality Manager", "holder-pasteurization", False)
    check("Capillary tubes filled from sterile Pasteur pipettes", "pasteurization", False)
    check("Confirmed HTST pasteurization with alkaline phosphatase tests", "htst-pasteurization")
    posting = "Required\n- Holder pasteurization\n- Working knowledge of HMBANA Standards\n"
    resume = (
        "Experience\n- Confirmed HTST pasteurization with alkaline phosphatase tests\n"
        "- Colony counts read against Human Milk Banking Association of North America limits\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["Holder pasteurization"] is Status.MISSING, status
    assert status["HMBANA Standards"] is Status.SYNONYM, status


def test_donor_milk_cultures_and_the_plating_media(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("pre-pasteurization-culture", "donor-milk-culture")
    parent("macconkey-agar", "culture-media")
    check("SBA, MAC, CNA and CHOC plates", "blood-agar")
    check("SBA, MAC, CNA and CHOC plates", "macconkey-agar")
    check("SBA, MAC, CNA and CHOC plates", "cna-agar")
    check("SBA, MAC, CNA and CHOC plates", "chocolate-agar")
    # a network address, a nursing assistant and a business loan
    check("Configured MAC address filtering on the network switch", "macconkey-agar", False)
    check("CNA on the medical-surgical unit, assisting nurses with patient care", "cna-agar", False)
    check("Secured an SBA loan for the practice", "blood-agar", False)
    posting = (
        "Duties\n- Inoculate pre-pasteurization cultures and post-pasteurization cultures on blood agar and "
        "MacConkey agar; reject pools with Enterobacteriaceae\n"
    )
    resume = (
        "Experience\n- Raw-milk screening cultures and post-pasteurization sterility checks on SBA and MAC "
        "plates; Enterobacterales limits\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["pre-pasteurization cultures"] is Status.SYNONYM, status
    assert status["post-pasteurization cultures"] is Status.SYNONYM, status
    assert status["blood agar"] is Status.SYNONYM, status
    assert status["MacConkey agar"] is Status.SYNONYM, status
    assert status["Enterobacteriaceae"] is Status.SYNONYM, status


def test_creamatocrit_macronutrients_and_the_milk_analyzers(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("creamatocrit", "milk-macronutrient-analysis")
    parent("bentley-fts", "mir-milk-analyzer")
    parent("miris-hma", "mir-milk-analyzer")
    check("Run crematocrits on NICU expressed breast milk", "creamatocrit")
    check("Dietitian: macronutrient analysis of client meal plans", "milk-macronutrient-analysis", False)
    posting = (
        "Duties\n- Measure creamatocrit and run macronutrient analysis (fat, protein, lactose) on pools\n"
    )
    resume = "Experience\n- Crematocrit; milk component testing (fat, protein, lactose) on the Bentley FTS\n"
    status = _statuses(checker, posting, resume)
    assert status["macronutrient analysis"] is Status.SYNONYM, status
    assert status["creamatocrit"] is not Status.MISSING, status
    posting = (
        "Preferred\n- Hands-on time with a mid-infrared (MIR) milk analyzer\n- Miris Human Milk Analyzer\n"
    )
    resume = "Experience\n- Milk component testing on the Bentley FTS\n"
    status = _statuses(checker, posting, resume)
    assert status["mid-infrared (MIR) milk analyzer"] is Status.RELATED, status
    assert status["Miris Human Milk Analyzer"] is Status.MISSING, status


def test_milk_bank_food_safety_and_traceability(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("clean-trace", "atp-bioluminescence")
    parent("servsafe-manager", "certified-food-protection-manager")
    parent("zebra-zt410", "zebra-printer")
    check("3M Clean-Trace ATP swabs in the processing room", "clean-trace")
    # a milk bank thaws and pools milk: no blood component's thawing or pooling
    check("Thaw raw donor milk and carry out pooling in a biosafety cabinet", "plasma-thawing", False)
    check("Thaw raw donor milk and carry out pooling in a biosafety cabinet", "platelet-pooling", False)
    check("Thawed FFP and cryo for the OR", "plasma-thawing")
    check("Logged HACCP CCP checks and FSMA records", "fsma")
    check("Logged HACCP CCP checks and FSMA records", "haccp")
    check("Approved person under FSMA 2000, authorised by the FCA", "fsma", False)
    check("Reagent ATP for the luciferase assay", "atp-bioluminescence", False)
    posting = (
        "Preferred\n- ServSafe Food Protection Manager\n- Knowledge of the Food Safety Modernization Act\n"
        "- Keep lot traceability from donor to recipient\n"
    )
    resume = (
        "Certifications\n- ServSafe Manager, 2019\nExperience\n- FSMA records; lot tracking from farm to "
        "case\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["ServSafe Food Protection Manager"] is Status.SYNONYM, status
    assert status["Food Safety Modernization Act"] is Status.SYNONYM, status
    assert status["lot traceability"] is Status.SYNONYM, status
    posting = "Preferred\n- Experience with a laboratory information system and barcode label printers\n"
    resume = "Skills\n- Epic Beaker, MS Excel, Zebra ZT410\n"
    status = _statuses(checker, posting, resume)
    assert status["barcode label printers"] is Status.RELATED, status


# --- NICU and women's services equipment -------------------------------------------------------------------


def test_transcutaneous_monitors_phototherapy_and_its_radiometer(checker):
    check = line_check(checker)
    check("verify light output with a radiometer", "phototherapy-radiometer")
    check("Keep Radiometer TCM4 TcPO2/TcPCO2 monitors in service", "phototherapy-radiometer", False)
    check("Maintain and repair phototherapy equipment (Natus neoBLUE, GE BiliSoft 2.0)", "phototherapy-unit")
    check("Provided neonatal phototherapy for jaundiced infants", "phototherapy-unit", False)
    check("Narrowband UVB phototherapy for psoriasis patients", "phototherapy-unit", False)
    check("Dräger BiliLux LED phototherapy lights", "draeger-bililux")
    posting = "Duties\n- Maintain transcutaneous CO2/O2 monitors and phototherapy equipment\n"
    resume = "Experience\n- Radiometer TCM4 TcPO2/TcPCO2 monitors; Natus neoBLUE bili lights\n"
    status = _statuses(checker, posting, resume)
    assert status["transcutaneous CO2/O2 monitors"] is Status.SYNONYM, status
    assert status["phototherapy equipment"] is Status.SYNONYM, status


def test_incubator_warmer_and_fetal_monitor_models(checker, vocabulary):
    parent = parent_check(vocabulary)
    parent("giraffe-omnibed", "hybrid-incubator-warmer")
    parent("giraffe-carestation", "hybrid-incubator-warmer")
    parent("panda-ires", "panda-warmer")
    parent("corometrics-250cx", "ge-corometrics")
    parent("philips-intellispace-perinatal", "perinatal-surveillance-system")
    posting = (
        "Duties\n- Service hybrid incubator/warmers (GE Giraffe OmniBed Carestation)\n"
        "- Support fetal monitors (GE Corometrics 250cx) and IntelliSpace Perinatal\n"
    )
    resume = (
        "Experience\n- Tested combination incubator-warmer beds and Giraffe OmniBed units\n"
        "- Maintain Corometrics 259cx EFM units and the OB TraceVue central station\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["hybrid incubator/warmers"] is Status.SYNONYM, status
    assert status["GE Giraffe OmniBed Carestation"] is Status.MISSING, status
    assert status["GE Corometrics 250cx"] is Status.MISSING, status
    assert status["IntelliSpace Perinatal"] is Status.SYNONYM, status
    posting = "Duties\n- Service radiant warmers for the NICU\n"
    resume = "Experience\n- Serviced 9 Panda iRes warmers in the NICU\n"
    status = _statuses(checker, posting, resume)
    assert status["radiant warmers"] is Status.RELATED, status


def test_neonatal_ventilators_under_their_makers_and_the_bunnell_name(checker):
    check = line_check(checker)
    check("Bunnell LifePulse jet ventilator PMs", "bunnell-life-pulse")
    check("Dale Bunnell, Biomedical Supervisor, NICU ventilator program", "bunnell", False)
    check("Biomedical Equipment Technician I - Flagler Valley Hospital, Bunnell, FL - NICU", "bunnell", False)
    posting = "Duties\n- Support the Vyaire 3100A oscillator\n"
    resume = "Experience\n- PMs on three SensorMedics 3100A oscillators\n"
    status = _statuses(checker, posting, resume)
    assert status["Vyaire 3100A"] is Status.SYNONYM, status


def test_labor_and_delivery_womens_services_and_nursery_equipment(checker):
    check = line_check(checker)
    check("NICU and L&D nurses trained on the Giraffe", "labor-and-delivery")
    check("Learning & Development (L&D) business partner for the sales team", "labor-and-delivery", False)
    check("Hugs infant protection system in the birthing center", "hugs-infant-protection")
    check("Adobe AEM developer, certified in HTL and Sling models", "aem-program", False)
    posting = (
        "Duties\n- Biomed for Women's Services and Labor and Delivery\n- Maintain breast pumps and certified "
        "test weights\n- Alternate equipment management program\n"
    )
    resume = (
        "Experience\n- Primary biomed for Labor & Delivery, Mother/Baby and L&D triage\n"
        "- Kept 42 Medela Symphony pumps; verified baby scales with NIST-traceable test weights\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["Women's Services"] is Status.RELATED, status
    assert status["breast pumps"] is Status.RELATED, status
    assert status["certified test weights"] is Status.SYNONYM, status
    assert status["Alternate equipment management program"] is Status.MISSING, status


# --- device recalls and alerts --------------------------------------------------------------------------


def test_recall_notices_letters_forms_and_classes(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("fda-21-cfr-7", "fda")
    parent("fda-safety-communication", "hazard-alerts", False)
    check("Triaged Class II recalls within 48 hours", "fda-recall-class")
    check("Class IIb devices under the EU MDR", "fda-recall-class", False)
    check("Recall strategy under 21 CFR Part 7", "fda-21-cfr-7")
    check("Part 806 corrections and removals reports", "fda-21-cfr-806")
    check("Verified each UDI against AccessGUDID", "fda-gudid")
    posting = (
        "Duties\n- Review FDA safety communications and Urgent Medical Device Correction letters\n"
        "- Return manufacturer response forms\n- Track each field correction\n"
    )
    resume = "Experience\n- Actioned Field Safety Notices (FSNs) and FSCAs; returned customer reply forms\n"
    status = _statuses(checker, posting, resume)
    assert status["FDA safety communications"] is Status.MISSING, status
    assert status["Urgent Medical Device Correction letters"] is Status.MISSING, status
    assert status["manufacturer response forms"] is Status.SYNONYM, status
    assert status["field correction"] is Status.SYNONYM, status


def test_medical_device_reporting_apart_from_the_eu_mdr(checker):
    check = line_check(checker)
    check("Medical Device Reporting (MDR) to FDA under 21 CFR 803", "fda-mdr")
    check("Filed MDR reports on FDA Form 3500A for adverse events", "fda-mdr")
    check("Technical file updates for EU MDR and UK MDR 2002 compliance", "fda-mdr", False)
    check("Adverse drug reactions in MDR-TB treatment", "fda-mdr", False)
    check("Part 803 reportability decisions for FDA", "fda-mdr")
    posting = "Duties\n- Adverse event reporting\n"
    resume = "Experience\n- Adverse incident reporting to the MHRA\n"
    status = _statuses(checker, posting, resume)
    assert status["Adverse event reporting"] is Status.SYNONYM, status


def test_job_cards_foundation_degrees_and_prince2(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("prince2-foundation", "project-management", False)
    check("Closed 40 job cards a week in e-Quip", "work-order-management")
    posting = "Required\n- Associate degree\n- Close work orders\nPreferred\n- Project management\n"
    resume = (
        "Education\n- Foundation Degree (FdSc), Medical Electronics and Instrumentation, 2015\n"
        "Experience\n- Closed job cards in e-Quip\nCertifications\n- PRINCE2 Foundation, 2020\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["Associate degree"] is Status.SYNONYM, status
    assert status["work orders"] is Status.SYNONYM, status
    assert status["Project management"] is Status.RELATED, status
