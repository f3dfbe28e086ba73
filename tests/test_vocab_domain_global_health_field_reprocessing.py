"""Global health programme laboratories, humanitarian field biomedical engineering and single-use device
reprocessing (vocab/global-health-field-reprocessing.yaml): each concept read in its own sense, and each
guarded form kept from the other senses of its words (Pima County, a generator's excitation AVR, a steel
mill's oxygen plant, an adhesive tape's peel test, the Tigris DTS, an implantable loop recorder)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Performed urine LF-LAM testing for advanced HIV disease", "tb-lam-test", True),
    ("Ran Determine TB LAM Ag on inpatients", "tb-lam-test", True),
    ("LED fluorescence microscopy with auramine for TB smears", "led-fluorescence-microscopy", True),
    ("Switched sputum smear sites to LED microscopy", "led-fluorescence-microscopy", True),
    ("Installed LED microscopy lighting in the classroom", "led-fluorescence-microscopy", False),
    ("Line probe assay for MDR-TB on the Hain platform", "line-probe-assay", True),
    ("LPA for rifampicin and isoniazid resistance", "line-probe-assay", True),
    ("Reviewed LPA and cholesterol results in the lipid clinic", "line-probe-assay", False),
    ("GenoType MTBDRplus on smear-positive sputum", "genotype-mtbdrplus", True),
    ("MTBDRsl for second-line resistance", "genotype-mtbdrsl", True),
    ("HIV rapid testing at antenatal clinics", "hiv-rapid-testing", True),
    ("Trained counsellors on HIV RDTs", "hiv-rapid-testing", True),
    ("Implemented the national HIV testing algorithm at 40 sites", "hiv-rapid-testing-algorithm", True),
    ("Determine HIV-1/2 as the first test", "determine-hiv-1-2", True),
    ("Uni-Gold as the tie-breaker in the HIV algorithm", "uni-gold-hiv", True),
    ("Uni-Gold jewellery sales associate", "uni-gold-hiv", False),
    ("SD Bioline HIV-1/2 3.0 as the second test", "sd-bioline-hiv", True),
    ("Enrolled testers in DTS PT panels", "dts-proficiency-testing", True),
    ("Distributed DTS to HIV testing sites for proficiency", "dts-proficiency-testing", True),
    ("Maintained Hologic Tigris DTS analyzers for HIV screening", "dts-proficiency-testing", False),
    ("HIV EID from dried blood spots", "early-infant-diagnosis", True),
    ("EID samples sent by the referral network for HIV PCR", "early-infant-diagnosis", True),
    ("Issued EID cards at the registry office", "early-infant-diagnosis", False),
    ("Maintained CD4 analyzers at district hospitals", "cd4-analyzer", True),
    ("Pima CD4 at district sites", "abbott-pima", True),
    ("PIMA CD4 cartridges stock management", "abbott-pima", True),
    ("Pima County CD4 outreach clinic nurse", "abbott-pima", False),
    ("BD FACSCount CD4 counts", "bd-facscount", True),
    ("FACSPresto CD4 and haemoglobin at the clinic", "bd-facspresto", True),
    ("m-PIMA for point-of-care infant testing", "abbott-m-pima-hiv-vl", True),
    ("Led the SLMTA cohort to three stars", "slmta", True),
    ("SLIPTA audit scored four stars", "slipta", True),
    ("PEPFAR-funded laboratory network", "pepfar", True),
    ("Specimen referral network with motorcycle riders", "specimen-referral-network", True),
    ("Sample referral by courier from district facilities", "specimen-referral-network", True),
    ("Reported stock in the LMIS each month", "lmis", True),
    ("OpenLMIS requisitions", "openlmis", True),
    ("Entered monthly data in DHIS2", "dhis2", True),
    ("GxAlert connectivity for the GeneXpert network", "gxalert", True),
    ("Commissioned a PSA oxygen plant at the regional hospital", "psa-oxygen-plant", True),
    ("PSA plant and cylinder filling for oxygen", "psa-oxygen-plant", True),
    ("Oxygen plant operator at the steel mill", "psa-oxygen-plant", False),
    ("Installed an oxygen manifold for the ward", "oxygen-cylinder-manifold", True),
    ("Voltage stabilisers ahead of the X-ray unit", "voltage-stabilizer", True),
    ("AVR units on the mains supply ahead of the UPS", "voltage-stabilizer", True),
    ("Replaced the generator AVR on the alternator", "voltage-stabilizer", False),
    ("Scheduled the TAVR cases with the structural heart team", "voltage-stabilizer", False),
    ("Serviced the diesel genset", "generator-set", True),
    ("Designed a solar PV system for the health centre", "solar-pv-system", True),
    ("Installed solar direct drive refrigerators", "solar-direct-drive-refrigerator", True),
    ("SDD fridge installation for EPI", "solar-direct-drive-refrigerator", True),
    ("ILR and freezers for the vaccine cold chain", "ice-lined-refrigerator", True),
    ("ILR implant for syncope", "ice-lined-refrigerator", False),
    ("Fridge-tag 2 readings twice daily", "fridge-tag", True),
    ("Procured WHO PQS prequalified vaccine refrigerators", "who-pqs", True),
    ("PQS methodology for software quality", "who-pqs", False),
    ("Deployed with a WHO EMT Type 2 field hospital", "who-emt-classification", True),
    ("Emergency medical technician EMT basic", "who-emt-classification", False),
    (
        "Screened donations against the WHO medical device donation guidelines",
        "who-medical-device-donation-guidelines",
        True,
    ),
    ("SUD reprocessing of EP catheters", "sud-reprocessing", True),
    ("Prepared the reprocessed SUD 510(k) validation data", "fda-reprocessed-sud-510k", True),
    ("Validated pouches to ISO 11607", "iso-11607", True),
    ("ISO 11607-1 material qualification", "iso-11607-1", True),
    ("ISO 11607-2 sealer validation", "iso-11607-2", True),
    ("Seal strength testing of pouches", "seal-strength-testing", True),
    ("Peel tests of pouch seals", "seal-strength-testing", True),
    ("Peel test of adhesive tape samples for the roofing crew", "seal-strength-testing", False),
    ("Seal strength per ASTM F88", "astm-f88", True),
    ("Dye penetration test of porous packaging", "package-integrity-testing", True),
    ("Leak test per ASTM F1929", "astm-f1929", True),
    ("Bubble leak test per ASTM F2096", "astm-f2096", True),
    ("Opened and closed NCMRs", "ncmr", True),
    ("Stryker Sustainability Solutions reprocessing technician", "stryker-sustainability-solutions", True),
    ("Medline ReNewal reprocessing plant", "medline-renewal", True),
    ("Truenat MTB on the Truelab", "truenat", True),
    ("Xpert MTB/XDR for fluoroquinolone resistance", "xpert-mtb-xdr", True),
    ("Xpert HIV-1 VL on GeneXpert", "xpert-hiv-1-viral-load", True),
    ("Xpert HIV-1 Qual for infants", "xpert-hiv-1-qual", True),
    ("LJ slants and MGIT for TB culture", "lowenstein-jensen-culture", True),
    ("LJ joined the DJ booth for the weekend", "lowenstein-jensen-culture", False),
    ("EO residuals per ISO 10993-7", "iso-10993-7", True),
    ("MGIT DST for MDR-TB", "tb-drug-susceptibility-testing", True),
    ("DST for TB isolates", "tb-drug-susceptibility-testing", True),
    ("Adjusted the shift schedule for DST changes", "tb-drug-susceptibility-testing", False),
    ("Distributed HIVST kits to partners", "hiv-self-testing", True),
    ("OraQuick ADVANCE at outreach sites", "oraquick-hiv", True),
    ("HIV recency testing with the Asante assay", "hiv-recency-testing", True),
    ("Recency testing of customer purchase records", "hiv-recency-testing", False),
    ("Procured WHO prequalified RDTs", "who-prequalification", True),
    ("Reviewed the PQDx dossier", "who-pqdx", True),
    ("CCE maintenance for EPI", "cold-chain-equipment", True),
    ("Passed the CCE exam", "cold-chain-equipment", False),
    ("Unpacked IEHK modules at the field hospital", "iehk", True),
]


def test_global_health_field_reprocessing_concepts_are_filed_as_what_they_are(vocabulary):
    assert "tb-testing" in vocabulary.ancestors("tb-lam-test")
    assert "hiv-testing" in vocabulary.ancestors("determine-hiv-1-2")
    assert "hiv-testing-algorithm" in vocabulary.ancestors("hiv-rapid-testing-algorithm")
    assert "proficiency-testing" in vocabulary.ancestors("dts-proficiency-testing")
    assert "line-probe-assay" in vocabulary.ancestors("genotype-mtbdrsl")
    facscount = vocabulary.ancestors("bd-facscount")
    assert "cd4-analyzer" in facscount and "flow-cytometer" in facscount
    assert "laboratory-analyzer" in vocabulary.ancestors("abbott-pima")
    assert "cepheid-xpert-assays" in vocabulary.ancestors("xpert-hiv-1-viral-load")
    assert "lmis" in vocabulary.ancestors("openlmis")
    assert "medical-gas-system" in vocabulary.ancestors("psa-oxygen-plant")
    assert "power-conditioner" in vocabulary.ancestors("voltage-stabilizer")
    assert "vaccine-refrigerator" in vocabulary.ancestors("solar-direct-drive-refrigerator")
    assert "fda-510k" in vocabulary.ancestors("fda-reprocessed-sud-510k")
    assert "iso-11607" in vocabulary.ancestors("iso-11607-2")
    assert "nonconforming-events" in vocabulary.ancestors("ncmr")
    assert "who-prequalification" in vocabulary.ancestors("who-pqs")
    assert "antimicrobial-susceptibility-testing" in vocabulary.ancestors("tb-drug-susceptibility-testing")
    assert vocabulary.concepts["stryker-sustainability-solutions"].category.value == "manufacturer"


def test_global_health_field_reprocessing_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
