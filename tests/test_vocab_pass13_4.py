"""Forms that read another trade's sense, or context words too general to tell the senses apart.

Airport security's primary screening of passengers; radiation-safety wipe tests of sealed sources and USP 800
surface wipe sampling for hazardous drugs; an industrial-gas cryo plant and an IVF lab's cryo inventory of
embryos; a building site's GC (general contractor) and its columns; a patient administration system (PAS) on a
special projects team; solid-phase sintering of ceramics; the VELP OXITEST oxidation-stability tester of food
labs; the drug maker Kyowa Hakko Kirin; a street address 451B; tissue microarrays (TMA) in molecular pathology
research; a pharmacist's LMWH and unfractionated heparin monitoring; a pool technician's chlorine test strips
and LaMotte kit; an organ procurement donation service area (DSA); and a sales RVP no longer read as cytologic
screening, molecular contamination wipe testing, cryoprecipitate, gas chromatography, the PAS stain, solid-
phase red cell adherence, the Datrend Oxitest, the Hakko soldering station, the Fluke 451B, transcription-
mediated amplification, the heparin anti-Xa assays, the dialysis chlorine and LaMotte test kits, donor-
specific antibody testing and the respiratory pathogen panel. The chlorine and LaMotte kits were names of
their own; they are now named Dialysis chlorine test kit and LaMotte dialysis water test kit. The ECLIA source
no longer cites an FDA 510(k) number that could not be confirmed. Later lines: DNA elution for an NGS panel, a
sprint's rapid test results, the company Megger, plant tissue culture, a dredging sediment review, galvanized
iron (GI) panels and a VPAD game controller no longer read as antibody elution, rapid antigen tests, the
megohmmeter, cell culture, urine microscopy, the GI pathogen panel and the Datrend vPad; the specimen plating
source no longer cites CLSI M40 (transport systems). Last: archaeology's fragment analysis, a kitchen's wet
prep, a CC13 course, 90XL tyres, ionization chamber smoke detectors, tender loving care (TLC) and H&H
Construction no longer read as DNA fragment analysis, the wet mount, the IBA CC13, the Mesa 90XL, the
radiation ionization chamber, thin-layer chromatography and hemoglobin and hematocrit; Fragment analysis, Wet
mount and Ionization chamber are renamed, and the TB testing source is the CDC rather than one IGRA product.
Also: solid-phase capture and a solid-phase ELISA, a cryo plasma etch and an emergency shutdown (ESD)
workstation no longer read as solid-phase red cell adherence, cryoprecipitate and the ESD-safe workstation;
DNA elution, internal fixation of fractures, PR campaigns and HPV primary screening no longer read as antibody
elution, tissue fixation, predictive biomarker testing and cytologic screening. The bare product forms
SurePath, Blue Phantom, Impulse 3000, PF-300, Dale 600, QED 6, Sigma Pace, EZTest and INCU now need a word of
their trade nearby (a payroll company, drones, treadmills, printers, distances, proofs, six sigma, software
frameworks and a shop are other senses). The second table checks that each guarded form still counts in its
own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS13_4 = [
    # cytology-screening: airport security
    (
        "Conducted primary screening of passengers and baggage; resolved negative alarms at the checkpoint",
        "cytology-screening",
        False,
    ),
    # molecular-wipe-testing: radiation safety and hazardous drugs
    (
        "Performed radioactive wipe tests and contamination surveys on sealed sources",
        "molecular-wipe-testing",
        False,
    ),
    ("Performed contamination wipe tests on radioactive package receipt", "molecular-wipe-testing", False),
    (
        "Performed USP 800 surface wipe testing for hazardous drug contamination",
        "molecular-wipe-testing",
        False,
    ),
    # cryoprecipitate: industrial gases and IVF
    ("Operated the Air Products cryo plant and monitored product purity", "cryoprecipitate", False),
    ("Managed cryo storage inventory of embryos and oocytes", "cryoprecipitate", False),
    # gas-chromatography: the general contractor
    ("Coordinated with the GC on column layout and rebar inspections", "gas-chromatography", False),
    # pas-stain: a patient administration system
    ("Supported the PAS upgrade for the special projects team", "pas-stain", False),
    # solid-phase: materials science
    ("Studied solid phase sintering of ceramic powders", "solid-phase", False),
    ("Grew silicon films by solid-phase epitaxy", "solid-phase", False),
    # datrend-oxitest: the food-lab oxidation tester
    ("Measured oxidation stability of edible oils with the VELP OXITEST", "datrend-oxitest", False),
    # hakko-soldering: the drug maker
    ("Sales representative, Kyowa Hakko Kirin oncology portfolio", "hakko-soldering", False),
    # fluke-451b / fluke-451p: addresses
    ("Office: 451B Main Street, Springfield", "fluke-451b", False),
    ("Mailing address: 451P Harbor Road", "fluke-451p", False),
    # tma: tissue microarrays
    ("Constructed tissue microarrays (TMA) for molecular pathology studies", "tma", False),
    # lmwh-anti-xa / ufh-anti-xa: clinical pharmacy dosing
    ("Managed pharmacy-to-dose protocols including LMWH monitoring", "lmwh-anti-xa", False),
    ("Pharmacist: unfractionated heparin monitoring per nomogram", "ufh-anti-xa", False),
    # chlorine-test-kit / lamotte-test-kit: pools
    ("Pool technician: balanced pH using chlorine test strips", "chlorine-test-kit", False),
    ("Pool technician: tested spa water with a chlorine test kit", "chlorine-test-kit", False),
    ("Tested pool and spa water with a LaMotte test kit", "lamotte-test-kit", False),
    # donor-specific-antibody-testing: organ procurement
    (
        "Covered the OPO's DSA of 40 hospitals, coordinating donor referrals for transplant",
        "donor-specific-antibody-testing",
        False,
    ),
    # elution: DNA elution for an NGS panel
    ("Optimized DNA elution volumes for the NGS hereditary cancer panel", "elution", False),
    # lateral-flow-assay: software testing
    ("Delivered rapid test results to the development team each sprint", "lateral-flow-assay", False),
    # megohmmeter: the company Megger
    ("Field applications engineer at Megger, supporting cable fault location", "megohmmeter", False),
    ("Regional sales manager, Megger Group", "megohmmeter", False),
    # cell-culture: plant propagation
    ("Plant tissue culture technician: propagated orchids in vitro", "cell-culture", False),
    # urine-microscopy: dredging
    ("Led sediment review for the harbor dredging permit", "urine-microscopy", False),
    # gi-pathogen-panel: galvanized iron panels
    ("Installed GI panels and roofing sheets on the warehouse", "gi-pathogen-panel", False),
    # datrend-vpad-series: a game controller
    ("Repaired VPAD controllers for the arcade", "datrend-vpad-series", False),
    # fragment-analysis: archaeology
    ("Conducted ceramic fragment analysis at the excavation site", "fragment-analysis", False),
    # wet-mount: kitchens
    ("Line cook: handled wet prep and dry prep stations", "wet-mount", False),
    # iba-cc13: a course code
    ("Completed the CC13 continuing education course", "iba-cc13", False),
    # mesa-90xl: tyres
    ("Sold 90XL tires at the retail counter", "mesa-90xl", False),
    # ionization-chamber: smoke detectors
    ("Installed ionization chamber smoke detectors in dormitories", "ionization-chamber", False),
    # thin-layer-chromatography: tender loving care
    ("Provided TLC and drug education to residents", "thin-layer-chromatography", False),
    # hemoglobin-testing: a company name
    ("Worked at H&H Construction as a laborer", "hemoglobin-testing", False),
    # solid-phase: capture assays and ELISA
    ("Used solid-phase capture of biotinylated DNA on streptavidin antibody beads", "solid-phase", False),
    ("Developed a solid phase IgG ELISA", "solid-phase", False),
    # cryoprecipitate: semiconductor etching
    ("Ran cryo plasma etch processes on the Oxford tool", "cryoprecipitate", False),
    # esd-workstation: an emergency shutdown system
    ("Configured the Triconex ESD workstation for the emergency shutdown system", "esd-workstation", False),
    # elution: nucleic acid extraction
    ("Performed RBC lysis and DNA elution on the QIAcube", "elution", False),
    # tissue-fixation: orthopaedic surgery
    ("Assisted in open reduction and internal fixation; handled tissue specimens", "tissue-fixation", False),
    # predictive-marker-testing: public relations
    ("Built predictive markers for PR campaigns", "predictive-marker-testing", False),
    # cytology-screening: HPV primary screening is not cytologic screening
    ("Implemented HPV primary screening in the cytology lab", "cytology-screening", False),
    # product names that are other companies' or other trades' names
    ("Account manager at SurePath Payroll Solutions", "bd-surepath", False),
    ("Flew the Blue Phantom drone for aerial surveys", "iba-blue-phantom", False),
    ("Installed Impulse 3000 treadmills at the fitness center", "fluke-impulse-3000", False),
    ("Printed posters on the PF-300 large-format printer", "imt-flowanalyser", False),
    ("Reported to Dale 600 miles away", "dale-600", False),
    ("Wrote QED 6 proofs in the geometry class", "bio-tek-qed-6", False),
    ("Kept a Sigma Pace on six sigma projects", "fluke-sigmapace", False),
    ("Used the EZTest framework for unit testing", "mesa-eztest", False),
    ("Served customers at INCU clothing store", "fluke-incu", False),
    # ptw-unidos-e: Portuguese
    ("Voluntaria: estamos unidos e comprometidos com a comunidade", "ptw-unidos-e", False),
    # capillary-immunotyping: serotyping of bacteria
    ("Performed immunotyping of Salmonella isolates for the outbreak", "capillary-immunotyping", False),
    # occult-blood-testing: gastric and urine occult blood are not fecal
    ("Performed Gastroccult for gastric occult blood and pH", "occult-blood-testing", False),
    ("Reported urine occult blood on the dipstick", "occult-blood-testing", False),
    # respiratory-pathogen-panel: a regional vice president
    ("RVP of Sales for the western region; grew panel partnerships", "respiratory-pathogen-panel", False),
]

_FORMS_GUARDED_IN_PASS13_4_STILL_COUNT_PASS13_4 = [
    ("Performed primary screening of ThinPrep Pap slides", "cytology-screening", True),
    ("Ran weekly wipe tests of the pre-PCR and post-PCR rooms", "molecular-wipe-testing", True),
    ("Performed contamination wipe tests of the post-amplification room", "molecular-wipe-testing", True),
    ("Thawed and pooled cryo and FFP for the massive transfusion protocol", "cryoprecipitate", True),
    ("Issued cryo and platelets to the OR", "cryoprecipitate", True),
    ("Ran GC and GC-MS confirmations for the toxicology lab", "gas-chromatography", True),
    ("Ran headspace GC for blood alcohol", "gas-chromatography", True),
    ("Performed PAS and GMS special stains on fungal biopsies", "pas-stain", True),
    ("Performed antibody screens by solid phase on the Immucor Galileo", "solid-phase", True),
    ("Verified pulse oximeters with the Datrend Oxitest simulator", "datrend-oxitest", True),
    ("Reworked PCBs with a Hakko soldering iron", "hakko-soldering", True),
    ("Performed scatter surveys with a 451B survey meter", "fluke-451b", True),
    ("Performed scatter surveys with a 451P survey meter", "fluke-451p", True),
    ("Validated Aptima TMA assays on the Panther", "tma", True),
    ("Validated the chromogenic assay for LMWH monitoring on the ACL TOP", "lmwh-anti-xa", True),
    ("Set up the anti-Xa assay calibration for unfractionated heparin monitoring", "ufh-anti-xa", True),
    (
        "Checked total chlorine with chlorine test strips before each dialysis shift",
        "chlorine-test-kit",
        True,
    ),
    ("Tested the hemodialysis water room with a LaMotte test kit", "lamotte-test-kit", True),
    (
        "Reviewed DSA results with MFI values for HLA antibody reports",
        "donor-specific-antibody-testing",
        True,
    ),
    ("Ran RVP on the BioFire FilmArray", "respiratory-pathogen-panel", True),
    ("Performed elutions and antibody panels on DAT-positive samples", "elution", True),
    ("Performed CLIA-waived rapid tests for strep and flu", "lateral-flow-assay", True),
    ("Performed insulation resistance tests with a megger on motors", "megohmmeter", True),
    ("Maintained tissue culture of HeLa and CHO lines", "cell-culture", True),
    ("Performed sediment review of urinalysis specimens with casts", "urine-microscopy", True),
    ("Ran GI panels on the BioFire for stool specimens", "gi-pathogen-panel", True),
    ("Calibrated infusion pumps with the Datrend vPad", "datrend-vpad-series", True),
    ("Ran fragment analysis for FLT3 on the 3500xL", "fragment-analysis", True),
    ("Performed KOH and saline wet preps for yeast and Trichomonas", "wet-mount", True),
    ("Calibrated the CC13 chamber in the water phantom", "iba-cc13", True),
    ("Checked dialysate conductivity with the 90XL", "mesa-90xl", True),
    ("Calibrated the ion chamber against the ADCL standard", "ionization-chamber", True),
    ("Ran TLC drug screens on urine", "thin-layer-chromatography", True),
    ("Ran H&H on the HemoCue for point-of-care", "hemoglobin-testing", True),
    ("Performed solid phase antibody screens and crossmatches", "solid-phase", True),
    ("Thawed cryo and plasma for the OR", "cryoprecipitate", True),
    ("Assembled boards at an ESD workstation with wrist straps", "esd-workstation", True),
    ("Performed acid elutions on DAT-positive red cells", "elution", True),
    ("Monitored formalin fixation times for breast biopsies", "tissue-fixation", True),
    ("Validated predictive markers (ER/PR, HER2) by IHC", "predictive-marker-testing", True),
    ("Performed TLC plates for drug screens", "thin-layer-chromatography", True),
    ("Processed SurePath Pap vials on the PrepStain", "bd-surepath", True),
    ("Commissioned the linac beams with the Blue Phantom water tank", "iba-blue-phantom", True),
    ("Tested AEDs with the Impulse 3000", "fluke-impulse-3000", True),
    ("Verified ventilators with the PF-300", "imt-flowanalyser", True),
    ("Performed leakage tests with the Dale 600", "dale-600", True),
    ("Checked defibrillator energy with a QED 6", "bio-tek-qed-6", True),
    ("Tested external pacemakers with the Sigma Pace", "fluke-sigmapace", True),
    ("Incubated EZTest biological indicators after each steam load", "mesa-eztest", True),
    ("Calibrated infant incubators with the INCU", "fluke-incu", True),
    ("Read dose with the PTW UNIDOS E electrometer", "ptw-unidos-e", True),
    ("Ran SPEP and immunotyping on the Sebia Capillarys", "capillary-immunotyping", True),
    ("Screened stool for occult blood with Hemoccult cards", "occult-blood-testing", True),
    ("Performed rapid antigen tests for COVID-19", "lateral-flow-assay", True),
]

_RENAMED_IN_PASS13_4 = {
    "chlorine-test-kit": "Dialysis chlorine test kit",
    "lamotte-test-kit": "LaMotte dialysis water test kit",
    "fragment-analysis": "DNA fragment analysis",
    "wet-mount": "Microscopic wet mount",
    "ionization-chamber": "Radiation ionization chamber",
    "lateral-flow-assay": "Rapid lateral flow test",
}


def test_other_trades_no_longer_read_as_ours_pass13_4(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS13_4, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass13_4(checker):
    each_case(_FORMS_GUARDED_IN_PASS13_4_STILL_COUNT_PASS13_4, line_check(checker))


def test_names_that_read_another_sense_are_renamed_pass13_4(vocabulary):
    wrong = {
        c: vocabulary.concepts[c].name
        for c, n in _RENAMED_IN_PASS13_4.items()
        if vocabulary.concepts[c].name != n
    }
    assert not wrong, wrong


def test_eclia_source_names_no_unconfirmed_510k_pass13_4(vocabulary):
    assert "K191899" not in vocabulary.concepts["eclia"].source


def test_specimen_plating_source_names_no_transport_standard_pass13_4(vocabulary):
    # CLSI M40 is the quality control of microbiological transport systems, not plating
    assert "M40" not in vocabulary.concepts["specimen-plating"].source


def test_tb_testing_source_is_not_one_product_pass13_4(vocabulary):
    # the generic concept cited a single IGRA product
    assert "QuantiFERON" not in vocabulary.concepts["tb-testing"].source


def test_aseptic_technique_source_is_no_biosafety_standard_pass13_4(vocabulary):
    # CLSI M29 is about protecting laboratory workers from infection, not aseptic technique
    assert "M29" not in vocabulary.concepts["aseptic-technique"].source
