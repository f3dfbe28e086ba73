"""Vocabulary added where the forty-fifth round of held-out pairs showed it thin.

Cannabis and hemp testing (cannabis-hemp-testing.yaml), New Zealand laboratory practice
(nz-laboratory-practice.yaml), long-term care equipment and survey readiness (long-term-care-equipment.yaml),
state radiation control and X-ray inspection (state-radiation-control.yaml), relationship DNA testing
(relationship-dna-testing.yaml) and immunohematology analyzer field service
(immunohematology-field-service.yaml), with the concepts of older files they extend. Each ambiguous form is
checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check


def test_cannabis_hemp_testing_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Tested hemp to the USDA Domestic Hemp Production Program", "usda-hemp-7-cfr-990")
    check("Knowledge of 7 CFR Part 990 sampling and total THC", "usda-hemp-7-cfr-990")
    check("Screened for Salmonella and Shiga toxin-producing E. coli with PathoSEEK", "stec")
    check(
        "Screened for Salmonella and Shiga toxin-producing E. coli with PathoSEEK",
        "medicinal-genomics-pathoseek",
    )
    check("Real-time PCR on an Agilent AriaMx", "agilent-ariamx")
    parent("agilent-ariamx", "real-time-pcr-instrument")
    check("Read TYM plates on Neogen Petrifilm", "microbial-limits-testing")
    # TYM needs a microbial word
    check("TYM Logistics, Denver, CO", "microbial-limits-testing", False)
    check("Measured water activity on an AquaLab 4TE", "water-activity")
    check("Measured water activity on an AquaLab 4TE", "aqualab-water-activity-meter")
    check("Measured moisture by LOD on an Ohaus MB120 analyzer", "moisture-content")
    check("Measured moisture by LOD on an Ohaus MB120 analyzer", "ohaus-mb120")
    # the LOD of loss on drying is not the limit of detection
    check("Measured moisture by LOD on an Ohaus MB120 analyzer", "detection-limits", False)
    check("Aflatoxins B1, B2, G1, G2 and ochratoxin A by LC-MS/MS", "aflatoxin-testing")
    check("Aflatoxins B1, B2, G1, G2 and ochratoxin A by LC-MS/MS", "ochratoxin-testing")
    parent("aflatoxin-testing", "mycotoxin-testing")
    check("Cryogenic grinding on a SPEX 6875 Freezer/Mill", "cryogenic-grinding")
    parent("cryogenic-grinding", "sample-homogenization")
    check("Prepared MS/MSD pairs with every batch of 20", "matrix-spike")
    # MS/MSD is no mass spectrometry and no master's degree
    check("Prepared MS/MSD pairs with every batch of 20", "mass-spectrometry", False)
    check("Heavy metals by EPA Method 200.8 on an Agilent 7900 ICP-MS", "epa-200-8")
    check("Methods: SW-846 6020B for arsenic, cadmium, lead and mercury", "sw-846-6020")
    check("Familiar with AOAC Official Methods of Analysis", "aoac-official-methods")
    check("Ran Emerald Test inter-laboratory rounds for potency", "emerald-test")
    parent("emerald-test", "proficiency-testing")
    check("Colorado MED Support License, 2025", "colorado-med-support-license")
    parent("colorado-med-support-license", "colorado-med-occupational-license")
    check("Entered results in Metrc for every lot", "metrc")
    check("Report total THC on a dry weight basis", "total-thc")


def test_relationship_dna_testing_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Three years in an AABB-accredited parentage testing laboratory", "relationship-testing")
    check("DNA Analyst II - Relationship Testing", "relationship-testing")
    check("Working to the AABB parentage testing standards", "aabb-relationship-testing-standards")
    parent("aabb-relationship-testing-standards", "aabb")
    check("Accessioned cheek swab kits and chain-of-custody forms", "buccal-swab")
    check("Performed DNA extraction with Chelex and on two EZ1 Advanced XL instruments", "chelex-extraction")
    check(
        "Performed DNA extraction with Chelex and on two EZ1 Advanced XL instruments",
        "qiagen-ez1-advanced-xl",
    )
    parent("qiagen-ez1-advanced-xl", "nucleic-acid-extractor")
    check("Calculated CPI, probability of paternity, sibship index and other LRs", "combined-paternity-index")
    check("Calculated CPI, probability of paternity, sibship index and other LRs", "probability-of-paternity")
    check("Calculated CPI, probability of paternity, sibship index and other LRs", "likelihood-ratio")
    check("Calculated CPI, probability of paternity, sibship index and other LRs", "sibship-testing")
    # CPI, PI and LR in their other senses
    check("Salary increases follow the CPI each April", "combined-paternity-index", False)
    check("Prepared slides for the PI and the postdocs", "paternity-index", False)
    check("Paternity index at each locus from the allele frequencies", "paternity-index")
    check("Renovated the LR and kitchen", "likelihood-ratio", False)
    check("Positive likelihood ratio of the rapid strep test", "likelihood-ratio", False)
    check("Compute statistics from allele frequency databases", "population-allele-database")
    check("Avuncular and grandparentage cases", "avuncular-testing")
    check("Avuncular and grandparentage cases", "grandparentage-testing")
    check("X-STR typing with Investigator Argus X-12", "x-str-analysis")
    check("Reviewed electropherograms in GMIDX v1.6", "genemapper-id-x")
    check("Kinship calculations in Familias 3", "familias-software")
    check("Punched FTA cards for direct amplification", "fta-card")


def test_nz_laboratory_practice_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Annual Practising Certificate under the HPCA Act", "hpca-act")
    check("Registered under the Health Practitioners Competence Assurance Act 2003", "hpca-act")
    check("HSWA 2015 health and safety representative for the core lab", "nz-hswa-2015")
    # the UK Act keeps its own forms
    check("Duties under the Health and Safety at Work etc. Act 1974", "nz-hswa-2015", False)
    check("Issue of blood components from the New Zealand Blood Service", "nz-blood-service")
    check("Liaise with NZBS for antibody investigations", "nz-blood-service")
    check("Referred isolates to the Institute of Environmental Science and Research", "nz-esr")
    # ESR the institute is no sedimentation rate
    check("Referred measles sera to ESR (Institute of Environmental Science and Research)", "esr", False)
    check("Referred enteric isolates to ESR for typing", "esr", False)
    check("Manual ESR and Westergren tubes", "esr")
    check("BMLSc, University of Otago, 2020", "bmlsc")
    check("Delphic LIS result entry and validation", "delphic-lis")
    parent("delphic-lis", "lis")
    check("Work in a PC2 laboratory under AS/NZS 2243.3", "pc2-laboratory")
    check("Upgraded to a PC2 workstation with 16 GB RAM", "pc2-laboratory", False)
    check("Quality: RCPA Quality Assurance Programs", "rcpaqap")
    check("Transfusion science: Ortho Vision Max", "ortho-vision-max")


def test_long_term_care_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Biomed for a 120-bed LTC facility", "long-term-care")
    # LTC and SNF in other senses
    check("Signed an LTC agreement with the supplier", "long-term-care", False)
    check("Skilled nursing facility equipment support", "skilled-nursing-facility")
    parent("skilled-nursing-facility", "long-term-care")
    check("Survey readiness to 42 CFR 483", "cms-requirements-of-participation")
    check("Knowledge of the Requirements of Participation", "cms-requirements-of-participation")
    check("Entrapment zone checks on every bed after repair", "bed-entrapment-assessment")
    check(
        "Hospital Bed System Dimensional and Assessment Guidance to Reduce Entrapment",
        "fda-bed-entrapment-guidance",
    )
    check("Full-electric and semi-electric beds", "electric-hospital-bed")
    parent("electric-hospital-bed", "hospital-bed")
    check("Test resident elopement alarms weekly", "wander-management")
    check("WanderGuard and CodeAlert transmitters", "wanderguard")
    check("WanderGuard and CodeAlert transmitters", "codealert")
    check("Drive DeVilbiss suction pumps", "drive-medical")
    check("Hoyer patient lifts and Invacare stand-assist lifts", "sit-to-stand-lift")


def test_state_radiation_control_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Radiation Control Inspector II", "radiation-control-inspector")
    check("Inspections to SSRCR Part F", "ssrcr")
    check("Issued notices of violation to registrants", "notice-of-violation")
    check("Issued 40 NOVs after inspections of registrants", "notice-of-violation")
    # NOV is November
    check("Inspector, NOV 2019 - present, inspections of registrants", "notice-of-violation", False)
    check("Surveyed with a GM pancake probe", "gm-pancake-probe")
    parent("gm-pancake-probe", "geiger-counter")
    check("Radiological emergency response exercises with FEMA", "radiological-emergency-response")
    check("Measured kVp accuracy, output reproducibility and HVL", "dose-reproducibility-test")
    check("Audited the linac output reproducibility for the physicist", "dose-reproducibility-test", False)
    check("Light field congruence on dental units", "collimator-alignment-test")
    check("Audited occupational dose records (Landauer) for 40 practices", "personal-dosimetry")
    check("CT dosimetry with a pencil chamber", "ct-dose-index")
    check("Bureau of Radiation Control, Florida Department of Health", "state-radiation-control")


def test_immunohematology_field_service_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Gravimetric dispense volume verification", "pipetting-accuracy-verification")
    check("Verify pipetting accuracy and precision", "pipetting-accuracy-verification")
    check("Mettler Toledo XS205 balance", "mettler-toledo-xs-balance")
    parent("mettler-toledo-xs-balance", "analytical-balance")
    check("Replaced the barcode reader on the analyzer", "barcode-scanner")
    check("Serviced the IH-Centrifuge L and IH-Incubator L", "biorad-ih-centrifuge-l")
    check("Serviced the IH-Centrifuge L and IH-Incubator L", "biorad-ih-incubator-l")


def test_cannabis_methods_and_regulators(checker):
    check = line_check(checker)
    check("Cannabinoid potency by HPLC-DAD for flower and concentrates", "cannabinoid-potency-testing")
    check("Cannabinoid potency by HPLC-DAD for flower and concentrates", "pda-detector")
    check("Potency testing of THC and CBD in edibles", "cannabinoid-potency-testing")
    # potency of another product
    check("Potency testing of vaccines by ELISA", "cannabinoid-potency-testing", False)
    check("Residual solvents by headspace GC", "residual-solvents-testing")
    check("Pesticide residues by LC-MS/MS after QuEChERS extraction", "pesticide-residue-testing")
    check("Pesticide residues by LC-MS/MS after QuEChERS extraction", "quechers")
    check("Heavy metals (arsenic, cadmium, lead, mercury) by ICP-MS", "heavy-metals-testing")
    check("Terpene profiles by GC-FID", "terpene-profiling")
    check("Background check by the MED (Marijuana Enforcement Division)", "colorado-med")
    check("Colorado MED badge and Metrc access", "colorado-med")
    # MED as medicine
    check("MED 201 Pharmacology, University of Colorado", "colorado-med", False)
    check("Licensed by the California Department of Cannabis Control", "california-dcc")
    check("ORELAP-accredited cannabis laboratory", "orelap")
    check("Reported to the OLCC", "olcc")
    check("Massachusetts Cannabis Control Commission independent testing laboratory", "massachusetts-ccc")


def test_relationship_kits_and_standards(checker):
    check = line_check(checker)
    check("Amplified with GlobalFiler and PowerPlex Fusion 6C", "globalfiler")
    check("Amplified with GlobalFiler and PowerPlex Fusion 6C", "powerplex-fusion")
    check("AmpFLSTR Identifiler Plus amplification", "identifiler-plus")
    check("qPCR: Quantifiler Trio (QuantStudio 5)", "quantifiler-trio")
    check("Audited to the FBI Quality Assurance Standards", "fbi-qas")


def test_long_term_care_more_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Cited under F908 at the last survey", "cms-f908")
    parent("cms-f908", "cms-f-tags")
    check("Joerns and Invacare beds", "joerns-healthcare")
    check("Invacare Perfecto2 and Respironics EverFlo oxygen concentrators", "invacare-perfecto2")
    check("Invacare Perfecto2 and Respironics EverFlo oxygen concentrators", "respironics-everflo")
    parent("respironics-everflo", "oxygen-concentrator")
    check("Beds and mattresses from Medline and Joerns", "medline-industries")
    # the NLM database
    check("Literature searches in Medline and Embase", "medline-industries", False)
    check(
        "Pressure-redistribution mattresses (LAL mattresses, alternating-pressure pumps)", "low-air-loss-bed"
    )
    check(
        "Pressure-redistribution mattresses (LAL mattresses, alternating-pressure pumps)",
        "alternating-pressure-mattress",
    )
    # alternating pressure of another kind
    check("Alternating pressure cycles on the hydraulic press", "alternating-pressure-mattress", False)


def test_xray_inspection_more_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Obtain MQSA inspector certification within 18 months", "mqsa-inspector-certification")
    check("FDA-certified MQSA inspector since 2019", "mqsa-inspector-certification")
    check("Inspected chiropractic X-ray rooms and podiatry X-ray rooms", "chiropractic-xray")
    check("Inspected chiropractic X-ray rooms and podiatry X-ray rooms", "podiatry-xray")
    parent("chiropractic-xray", "radiography")
    check("Using non-invasive multifunction meters such as the RaySafe X2", "xray-multimeter")
    check("Verified temperatures with NIST-traceable thermometers and tachometers", "test-thermometer")
    # a patient thermometer is not test equipment
    check("Replaced probe covers on the oral thermometers", "test-thermometer", False)
