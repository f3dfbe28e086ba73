"""The clinical analytes domain (vocab/clinical-analytes.yaml): electrolytes and blood gas analytes, renal and
liver analytes, cardiac and tumor markers, endocrine tests, iron studies, lipids, vitamins, other chemistries
and the urine sediment and body fluid microscopy elements. Each concept is found in a line of its own sense;
each guarded form (ordinary words such as sodium, chloride, ammonia; acronyms such as AST, ALP, PSA, HDL,
PTH, PLM, ACR) is not found in a line of another trade's sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # electrolytes and blood gas analytes
    ("Ran Na, K, Cl, CO2, BUN, creatinine, glucose on the AU680", "sodium-testing", True),
    ("Ran Na, K, Cl, CO2, BUN, creatinine, glucose on the AU680", "potassium-testing", True),
    ("Ran Na, K, Cl, CO2, BUN, creatinine, glucose on the AU680", "chloride-testing", True),
    ("Ran Na, K, Cl, CO2, BUN, creatinine, glucose on the AU680", "bicarbonate-testing", True),
    ("Electrolytes (Na+, K+, Cl-, HCO3-) by ISE", "sodium-testing", True),
    ("Electrolytes (Na+, K+, Cl-, HCO3-) by ISE", "bicarbonate-testing", True),
    ("Serum sodium and potassium by indirect ISE", "sodium-testing", True),
    ("Reviewed critical values for potassium, ionized calcium and lactate", "potassium-testing", True),
    ("Reviewed critical values for potassium, ionized calcium and lactate", "ionized-calcium", True),
    ("Reviewed critical values for potassium, ionized calcium and lactate", "lactate-testing", True),
    ("Prepared sodium hydroxide and sodium hypochlorite solutions for the plant", "sodium-testing", False),
    ("Drew light blue sodium citrate tubes for coag", "sodium-testing", False),
    ("Educated patients on a low-sodium diet", "sodium-testing", False),
    ("Li-ion and Na-ion battery electrolytes", "sodium-testing", False),
    ("Administered potassium chloride per the replacement protocol", "potassium-testing", False),
    ("Administered potassium chloride per the replacement protocol", "chloride-testing", False),
    ("Collected lavender K2 EDTA tubes", "potassium-testing", False),
    ("Sodium and potassium chloride reagent preparation in the chemistry lab", "chloride-testing", False),
    ("Chloride stress corrosion cracking of stainless steel", "chloride-testing", False),
    ("Polyvinyl chloride piping installation", "chloride-testing", False),
    ("Hung sodium bicarbonate drips in the ICU", "bicarbonate-testing", False),
    ("Maintained CO2 incubators and CO2 tanks in the IVF lab", "bicarbonate-testing", False),
    ("Total CO2 and anion gap on the chemistry analyzer", "bicarbonate-testing", True),
    ("Total CO2 and anion gap on the chemistry analyzer", "anion-gap", True),
    ("Ca, Mg, Phos on the renal panel", "calcium-testing", True),
    ("Ca, Mg, Phos on the renal panel", "magnesium-testing", True),
    ("Ca, Mg, Phos on the renal panel", "phosphorus-testing", True),
    ("Calcium score CT scans on the cardiac CT", "calcium-testing", False),
    ("Administered calcium gluconate and magnesium sulfate", "calcium-testing", False),
    ("Administered calcium gluconate and magnesium sulfate", "magnesium-testing", False),
    ("Machined magnesium alloy parts", "magnesium-testing", False),
    ("Gave 400 Mg of ibuprofen", "magnesium-testing", False),
    ("Serum magnesium and phosphorus by photometry", "magnesium-testing", True),
    ("Soil phosphorus and nitrogen analysis for the farm", "phosphorus-testing", False),
    ("Alk phos and GGT", "phosphorus-testing", False),
    ("iCa and lactate on the ABL90", "ionized-calcium", True),
    ("Lactic acid levels on sepsis patients", "lactate-testing", True),
    ("Lactic acid bacteria fermentation in the brewery", "lactate-testing", False),
    ("Sold lactic acid peels in the spa", "lactate-testing", False),
    ("Infused lactated Ringer's", "lactate-testing", False),
    ("Ran StatStrip Lactate meters in the ED", "lactate-testing", False),
    # renal
    ("Calculated the anion gap and eGFR", "egfr-calculation", True),
    ("EGFR mutation testing by NGS", "egfr-calculation", False),
    ("BUN and creatinine on the renal panel", "bun-testing", True),
    ("BUN and creatinine on the renal panel", "creatinine-testing", True),
    ("Served BUN warmers at the bakery", "bun-testing", False),
    ("Milk urea nitrogen in the dairy herd", "bun-testing", False),
    ("Magnesium, phosphorus, uric acid", "uric-acid-testing", True),
    ("Uric acid crystals in the urine sediment", "uric-acid-testing", False),
    ("Urine microalbumin/creatinine ratio (ACR)", "urine-albumin-testing", True),
    ("ACR accreditation for the MRI", "urine-albumin-testing", False),
    # liver
    ("Performed ALT, AST, ALP, GGT and total bilirubin", "alt-testing", True),
    ("Performed ALT, AST, ALP, GGT and total bilirubin", "ast-testing", True),
    ("Performed ALT, AST, ALP, GGT and total bilirubin", "alp-testing", True),
    ("Performed ALT, AST, ALP, GGT and total bilirubin", "ggt-testing", True),
    ("Performed ALT, AST, ALP, GGT and total bilirubin", "bilirubin-testing", True),
    ("SGOT/SGPT", "ast-testing", True),
    ("Press ALT+F4 to close", "alt-testing", False),
    ("Wrote alt text for images", "alt-testing", False),
    ("AST and ID on the VITEK 2 for gram negatives", "ast-testing", False),
    ("MIC and AST breakpoints per CLSI M100", "ast-testing", False),
    ("Wrote an AST parser for the compiler", "ast-testing", False),
    ("Alkaline phosphatase conjugated secondary antibody for western blots", "alp-testing", False),
    ("ALP-labeled detection for IHC", "alp-testing", False),
    ("Alk phos and GGT", "alp-testing", True),
    ("Ran bilirubin lights for jaundiced neonates", "bilirubin-testing", False),
    ("Calibrated bilirubin radiometers", "bilirubin-testing", False),
    ("TBIL and DBIL", "bilirubin-testing", True),
    ("CK and LDH for rhabdomyolysis", "ldh-testing", True),
    ("CK and LDH for rhabdomyolysis", "creatine-kinase-testing", True),
    ("LDH nanosheets for the battery cathode", "ldh-testing", False),
    # cardiac
    ("NT-proBNP, CK-MB and myoglobin", "nt-probnp-testing", True),
    ("NT-proBNP, CK-MB and myoglobin", "ck-mb-testing", True),
    ("NT-proBNP, CK-MB and myoglobin", "myoglobin-testing", True),
    ("NT-proBNP, CK-MB and myoglobin", "bnp-testing", False),
    ("Ran BNP on the Triage meter", "bnp-testing", True),
    ("BNP Paribas analyst", "bnp-testing", False),
    ("CK19 and CK7 immunostains", "creatine-kinase-testing", False),
    ("Calvin Klein CK retail associate", "creatine-kinase-testing", False),
    # tumor markers
    ("Tumor markers including CEA, AFP, PSA, CA-125 and CA 19-9", "tumor-markers", True),
    ("Tumor markers including CEA, AFP, PSA, CA-125 and CA 19-9", "cea-testing", True),
    ("Tumor markers including CEA, AFP, PSA, CA-125 and CA 19-9", "afp-testing", True),
    ("Tumor markers including CEA, AFP, PSA, CA-125 and CA 19-9", "psa-testing", True),
    ("Tumor markers including CEA, AFP, PSA, CA-125 and CA 19-9", "ca-125-testing", True),
    ("Tumor markers including CEA, AFP, PSA, CA-125 and CA 19-9", "ca-19-9-testing", True),
    ("CA 15-3 and CA 27.29", "ca-15-3-testing", True),
    ("Research assistant at the CEA in Saclay", "cea-testing", False),
    ("AFP reporter covering health", "afp-testing", False),
    ("PSA oxygen generator maintenance", "psa-testing", False),
    ("PSA oxygen plants in hospitals", "psa-testing", False),
    ("Filmed a PSA campaign", "psa-testing", False),
    # endocrine
    ("Ran TSH, free T4, cortisol and PTH on the Access 2", "tsh-testing", True),
    ("Ran TSH, free T4, cortisol and PTH on the Access 2", "free-t4-testing", True),
    ("Ran TSH, free T4, cortisol and PTH on the Access 2", "cortisol-testing", True),
    ("Intact PTH and iCa", "pth-testing", True),
    ("T3 and free T4 testing", "t3-testing", True),
    ("T3 RNA polymerase", "t3-testing", False),
    ("Filed T3 and T4 slips for the payroll team", "t3-testing", False),
    ("Coached clients on lowering cortisol through sleep", "cortisol-testing", False),
    ("SMT and PTH soldering of PCBs", "pth-testing", False),
    ("Reworked PTH components on boards", "pth-testing", False),
    ("Quant hCG", "quantitative-hcg", True),
    # iron studies
    ("Iron studies: serum iron, TIBC, ferritin", "iron-studies", True),
    ("Iron studies: serum iron, TIBC, ferritin", "serum-iron-testing", True),
    ("Iron studies: serum iron, TIBC, ferritin", "tibc-testing", True),
    ("Iron studies: serum iron, TIBC, ferritin", "ferritin-testing", True),
    ("Soldering iron tips", "serum-iron-testing", False),
    # lipids
    ("HDL, LDL and triglycerides", "hdl-cholesterol", True),
    ("HDL, LDL and triglycerides", "ldl-cholesterol", True),
    ("HDL, LDL and triglycerides", "triglyceride-testing", True),
    ("Total cholesterol and LDL-C", "cholesterol-testing", True),
    ("HDL coding in Verilog for FPGAs", "hdl-cholesterol", False),
    ("Medium-chain triglycerides in infant formula", "triglyceride-testing", False),
    # vitamins
    ("Serum B12 and folate on the Access", "vitamin-b12-testing", True),
    ("Serum B12 and folate on the Access", "folate-testing", True),
    ("25-OH vitamin D by LC-MS/MS", "vitamin-d-testing", True),
    ("Administered B12 injections in the clinic", "vitamin-b12-testing", False),
    ("Gave vitamin B12 shots", "vitamin-b12-testing", False),
    ("Folate supplementation counseling for pregnant women", "folate-testing", False),
    ("Recommended vitamin D supplements", "vitamin-d-testing", False),
    # other chemistries
    ("Ammonia, lipase, amylase, osmolality", "ammonia-testing", True),
    ("Plasma ammonia on ice, lipase and amylase in the chemistry lab", "ammonia-testing", True),
    ("Plasma ammonia on ice, lipase and amylase in the chemistry lab", "lipase-testing", True),
    ("Plasma ammonia on ice, lipase and amylase in the chemistry lab", "amylase-testing", True),
    ("Ammonia refrigeration systems technician", "ammonia-testing", False),
    ("Monitored ammonia in wastewater effluent", "ammonia-testing", False),
    ("Fungal lipase production for detergents", "lipase-testing", False),
    ("Amylase in baking enzyme formulations", "amylase-testing", False),
    ("Glucose tolerance test and fasting glucose", "glucose-testing", True),
    ("OGTT and HbA1c", "glucose-tolerance-test", True),
    ("GTT drops calculation", "glucose-tolerance-test", False),
    # urine sediment and body fluid microscopy
    ("Hyaline casts, granular casts, RBC casts in urine sediment", "urine-cast-identification", True),
    ("Orthopedic casts and splints", "urine-cast-identification", False),
    ("Calcium oxalate and uric acid crystals in urine sediment", "urine-crystal-identification", True),
    (
        "Identified monosodium urate crystals using compensated polarized light microscopy",
        "msu-crystal-identification",
        True,
    ),
    (
        "Identified monosodium urate crystals using compensated polarized light microscopy",
        "compensated-polarized-light-microscopy",
        True,
    ),
    ("Calcium pyrophosphate crystals under polarizing microscope", "cpp-crystal-identification", True),
    ("Calcium pyrophosphate crystals under polarizing microscope", "polarizing-microscope", True),
    ("Asbestos bulk samples by PLM", "polarized-light-microscopy", True),
    ("Windchill PLM administrator", "polarized-light-microscopy", False),
    ("PLM software implementation", "polarized-light-microscopy", False),
    ("Phase-contrast microscopy for platelet counts", "phase-contrast-microscopy", True),
    ("Phase contrast microscope for manual platelet counts", "phase-contrast-microscope", True),
    ("Peritoneal fluid and pericardial fluid analysis", "peritoneal-fluid-analysis", True),
    ("Peritoneal fluid and pericardial fluid analysis", "pericardial-fluid-analysis", True),
    ("Peritoneal dialysis fluid exchanges", "peritoneal-fluid-analysis", False),
    ("Synovial fluid cell counts and crystal exams", "synovial-fluid-cell-count", True),
    ("Body fluid differentials on cytospin slides", "body-fluid-differential", True),
    ("CSF xanthochromia by spectrophotometry", "xanthochromia", True),
]


def test_clinical_analytes_are_filed_under_their_panels(vocabulary):
    assert "electrolyte-testing" in vocabulary.ancestors("sodium-testing")
    assert "electrolyte-testing" in vocabulary.ancestors("anion-gap")
    assert "calcium-testing" in vocabulary.ancestors("ionized-calcium")
    assert "liver-function-tests" in vocabulary.ancestors("ast-testing")
    assert "cardiac-markers" in vocabulary.ancestors("nt-probnp-testing")
    assert "creatine-kinase-testing" in vocabulary.ancestors("ck-mb-testing")
    assert "tumor-markers" in vocabulary.ancestors("ca-19-9-testing")
    assert "thyroid-panel" in vocabulary.ancestors("tsh-testing")
    assert "pregnancy-testing" in vocabulary.ancestors("quantitative-hcg")
    assert "iron-studies" in vocabulary.ancestors("ferritin-testing")
    assert "urine-microscopy" in vocabulary.ancestors("urine-cast-identification")
    assert "crystal-identification" in vocabulary.ancestors("msu-crystal-identification")
    assert "polarized-light-microscopy" in vocabulary.ancestors("compensated-polarized-light-microscopy")
    assert "microscope" in vocabulary.ancestors("phase-contrast-microscope")
    assert "serous-fluid-analysis" in vocabulary.ancestors("peritoneal-fluid-analysis")
    assert "body-fluid-cell-count" in vocabulary.ancestors("synovial-fluid-cell-count")
    # an analyte is not a kind of the panel it is ordered in: related, not broader
    assert "renal-function-panel" not in vocabulary.ancestors("bun-testing")
    assert "lipid-panel" not in vocabulary.ancestors("hdl-cholesterol")
    assert vocabulary.concepts["polarizing-microscope"].category.value == "instrument"


def test_clinical_analytes_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


_PROPOSALS = [
    ("Ran electrolytes and BUN on the Vitros", "electrolyte-testing", True),
    ("Na/K/Cl/CO2 on the ISE module", "electrolyte-testing", True),
    ("Ordered lytes STAT", "electrolyte-testing", True),
    ("Formulated sports drink electrolytes for the lab", "electrolyte-testing", False),
    ("Lithium battery electrolytes lab testing", "electrolyte-testing", False),
    ("ALT, AST and blood cultures", "antimicrobial-susceptibility-testing", False),
    ("AST on gram-negative isolates by VITEK 2", "antimicrobial-susceptibility-testing", True),
]


def test_the_curators_proposals_for_existing_concepts(checker, vocabulary):
    """Electrolytes as the bench says them; AST beside liver words is the liver enzyme; the test groups the
    analytes sit under reach their discipline; crystal identification is related to compensated polarized
    light microscopy."""
    each_case(_PROPOSALS, line_check(checker))
    assert "endocrine-testing" in vocabulary.ancestors("tsh-testing")
    for group in ("liver-function-tests", "cardiac-markers", "lipid-panel", "renal-function-panel"):
        assert "clinical-chemistry" in vocabulary.ancestors(group), group
    assert "compensated-polarized-light-microscopy" in vocabulary.concepts["crystal-identification"].related


def test_newborn_screenings_tsh_counts(checker):
    """A newborn screening lab names TSH beside its other analytes, not beside thyroid words."""
    line = "Revvity GSP: TSH, 17-hydroxyprogesterone, immunoreactive trypsinogen and biotinidase"
    each_case([(line, "tsh-testing", True)], line_check(checker))
