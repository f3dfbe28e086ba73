"""Mass spectrometry and chromatography instruments and their service, and Australian and New Zealand
pathology terms: each concept is found in a line of its own sense, each guarded form is not found in a line of
another trade's sense (a trapped-ion quantum computer's ion trap, an emergency department's ESI triage level,
a rocket's turbopump, a paint spray chamber, a cutting torch, balance weights' mass calibration, the athletic
trainers' NATA, the CPD anticoagulant, a US research 'medical scientist'), and the filing that matters holds
(models under their families, UPLC under UHPLC, the Australian concepts related to their US counterparts)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_CASES = [
    # --- mass spectrometer classes and models ---
    ("Method development on HRAM instruments", "hram-mass-spectrometer", True),
    ("Screened unknowns by high-resolution mass spectrometry", "hram-mass-spectrometer", True),
    ("HRMS confirmation on the LC-MS", "hram-mass-spectrometer", True),
    ("Ran toxicology screens on a Q-TOF", "q-tof-mass-spectrometer", True),
    ("Quadrupole time-of-flight screening of drugs", "q-tof-mass-spectrometer", True),
    ("Supported the SCIEX TripleTOF 6600 for proteomics", "sciex-tripletof", True),
    ("Serviced a Waters Xevo G2-XS QTof", "waters-xevo-g2-xs", True),
    ("Linear ion trap and Orbitrap instruments", "ion-trap-mass-spectrometer", True),
    ("Ion trap mass spectrometry for metabolite identification", "ion-trap-mass-spectrometer", True),
    ("Ion trap quantum computing with trapped-ion qubits", "ion-trap-mass-spectrometer", False),
    ("Operated a single quadrupole GC-MS", "single-quadrupole-mass-spectrometer", True),
    ("Single quad LC-MS for purity checks", "single-quadrupole-mass-spectrometer", True),
    ("Repaired a single quad ATV for the farm", "single-quadrupole-mass-spectrometer", False),
    ("Agilent MSD with the 7890 GC", "single-quadrupole-mass-spectrometer", True),
    ("MSD injury prevention program for warehouse staff", "single-quadrupole-mass-spectrometer", False),
    ("Thermo ISQ 7000 GC-MS for volatiles", "thermo-isq", True),
    ("ISQ standards for infrastructure projects", "thermo-isq", False),
    ("ACQUITY QDa mass detector on the UPLC", "waters-qda", True),
    ("Maintained SCIEX Triple Quad systems", "sciex-triple-quad", True),
    ("Validated assays on the SCIEX Triple Quad 4500", "sciex-triple-quad-4500", True),
    ("Triple Quad 5500 for vitamin D", "sciex-triple-quad-5500", True),
    ("Triple Quad 5500+ for vitamin D", "sciex-triple-quad-5500", False),
    ("Triple Quad 5500+ for vitamin D", "sciex-triple-quad-5500-plus", True),
    ("SCIEX Triple Quad 6500 for steroids", "sciex-triple-quad-6500", True),
    ("SCIEX Triple Quad 6500+ for steroids", "sciex-triple-quad-6500", False),
    ("SCIEX Triple Quad 6500+ for steroids", "sciex-triple-quad-6500-plus", True),
    ("Installed the SCIEX 7500 system", "sciex-7500", True),
    ("QTRAP 4500 for drug screening", "sciex-qtrap-4500", True),
    ("QTRAP 6500 for metanephrines", "sciex-qtrap-6500", True),
    ("QTRAP 6500 plus for metanephrines", "sciex-qtrap-6500", False),
    ("QTRAP 6500+ for metanephrines", "sciex-qtrap-6500-plus", True),
    ("Xevo TQ-S micro for immunosuppressants", "waters-xevo-tq-s-micro", True),
    ("Waters Xevo TQ-XS for steroid panels", "waters-xevo-tq-xs", True),
    ("Xevo TQ Absolute for low-level quantitation", "waters-xevo-tq-absolute", True),
    ("Agilent 6495C triple quadrupole for newborn screening", "agilent-6495", True),
    ("Q Exactive Plus for untargeted metabolomics", "thermo-q-exactive", True),
    ("Orbitrap Exploris 480 for proteomics", "thermo-orbitrap-exploris", True),
    ("Agilent 7800 ICP-MS for trace elements", "agilent-7800", True),
    ("Agilent 7900 ICP-MS for urine metals", "agilent-7900", True),
    ("PerkinElmer NexION 350D for blood lead", "perkinelmer-nexion", True),
    ("NexION 2000 for trace elements", "perkinelmer-nexion-2000", True),
    ("ICP-OES for major elements in digests", "icp-oes", True),
    ("Maintained the ICP-OES spectrometer", "icp-oes-system", True),
    # --- ion sources ---
    ("Atmospheric pressure ionization sources", "atmospheric-pressure-ionization", True),
    ("ESI and APCI sources on the TSQ Altis", "electrospray-ionization", True),
    ("ESI level 2 triage in the emergency department", "electrospray-ionization", False),
    ("Electrospray ionisation in positive mode", "electrospray-ionization", True),
    ("ESI and APCI sources on the TSQ Altis", "apci", True),
    ("APPI source for nonpolar analytes on the LC-MS", "appi", True),
    ("Cleaned the ion source of the mass spectrometer", "ion-source", True),
    ("Ion source of the particle accelerator beamline", "ion-source", False),
    ("Cleaned the Turbo V source and TurboIonSpray probe", "sciex-turbo-v-source", True),
    ("Rebuilt a Turbo V8 engine", "sciex-turbo-v-source", False),
    ("ZSpray source cleaning on the Xevo", "waters-zspray", True),
    # --- ICP-MS parts and gases ---
    ("Replaced sampler and skimmer cones on the ICP-MS", "icp-ms-cones", True),
    ("Helium mode KED on the collision/reaction cell", "collision-reaction-cell", True),
    ("CRC in He mode on the ICP-MS", "collision-reaction-cell", True),
    ("CRC screening with colonoscopy", "collision-reaction-cell", False),
    ("Helium mode KED on the collision/reaction cell", "ked-helium-mode", True),
    ("KED wedge in the collimator", "ked-helium-mode", False),
    ("Swapped the concentric nebulizer on the ICP-OES", "icp-nebulizer", True),
    ("Cleaned the nebulizer and spray chamber on the ICP-MS", "icp-nebulizer", True),
    ("Respiratory nebulizer treatments for asthma patients", "icp-nebulizer", False),
    ("Cleaned the nebulizer and spray chamber on the ICP-MS", "icp-spray-chamber", True),
    ("Cleaned the paint spray chamber", "icp-spray-chamber", False),
    ("Aligned the torch after changing the ICP-MS cones", "icp-torch", True),
    ("Plasma torch cutting of steel plate", "icp-torch", False),
    ("Changed argon dewars for the ICP-MS", "icp-argon-supply", True),
    ("Argon plasma coagulation in the endoscopy suite", "icp-argon-supply", False),
    ("Installed Peak nitrogen generators for the LC-MS/MS", "nitrogen-generator", True),
    # --- vacuum ---
    ("Vacuum pump oil changes on the mass spectrometers", "vacuum-pump", True),
    ("Replaced the turbomolecular pump", "turbomolecular-pump", True),
    ("Turbo pump replacement on the mass spec", "turbomolecular-pump", True),
    ("Replaced the turbopump on the rocket engine test stand", "turbomolecular-pump", False),
    ("Rebuilt the roughing pump", "roughing-pump", True),
    ("Backing pump service on the LC-MS", "roughing-pump", True),
    ("Rotary vane pump oil change on the mass spec", "rotary-vane-pump", True),
    ("Rotary vane pump for fuel transfer", "rotary-vane-pump", False),
    ("Installed a dry scroll pump", "scroll-pump", True),
    ("Scroll pump service on the GC-MS", "scroll-pump", True),
    ("Scroll pump in the HVAC chiller", "scroll-pump", False),
    ("High-vacuum gauge readings", "high-vacuum-gauge", True),
    ("Pirani gauge faults on the MS", "pirani-gauge", True),
    ("Penning gauge replacement", "cold-cathode-gauge", True),
    ("Bayard-Alpert ion gauge", "ion-gauge", True),
    # --- detectors, optics, service ---
    ("Replaced the electron multiplier", "electron-multiplier", True),
    ("Cleaned the quadrupole rods", "quadrupole-mass-filter", True),
    ("Cleaned the ion optics and ion guide", "ion-optics", True),
    ("Cleaned the curtain plate on the QTRAP", "ion-optics", True),
    ("Mass calibration and tuning on the LC-MS/MS", "ms-calibration-tuning", True),
    ("Autotune on the Agilent GC-MS", "ms-calibration-tuning", True),
    ("Mass calibration of balance weights to OIML classes", "ms-calibration-tuning", False),
    ("Used Auto-Tune for vocal production", "ms-calibration-tuning", False),
    ("Weekly source cleaning on the LC-MS/MS", "ms-source-cleaning", True),
    ("Data source cleaning in the ETL pipeline", "ms-source-cleaning", False),
    # --- liquid chromatography and detectors ---
    ("Ran UPLC methods", "uplc", True),
    ("Agilent 1100 series HPLC", "agilent-1100", True),
    ("HP 1100 HPLC", "agilent-1100", True),
    ("Agilent 1200 HPLC", "agilent-1200", True),
    ("Agilent 1260 Infinity II", "agilent-1260-infinity-ii", True),
    ("Agilent 1290 Infinity II", "agilent-1290-infinity-ii", True),
    ("ACQUITY UPLC I-Class front end", "waters-acquity-i-class", True),
    ("ACQUITY H-Class with PDA", "waters-acquity-h-class", True),
    ("Replaced HPLC detectors", "hplc-detector", True),
    ("UV detector lamp on the HPLC", "uv-vis-detector", True),
    ("UV detector in the fire alarm panel", "uv-vis-detector", False),
    ("PDA and fluorescence detector on the HPLC", "pda-detector", True),
    ("PDA barcode scanners for inventory", "pda-detector", False),
    ("Diode array detector lamp replacement", "pda-detector", True),
    ("DAD on the Agilent 1260 HPLC", "pda-detector", True),
    ("PDA and fluorescence detector on the HPLC", "hplc-fluorescence-detector", True),
    ("Fluorescence detector of the flow cytometer", "hplc-fluorescence-detector", False),
    ("RI detector for sugars", "ri-detector", True),
    # --- data systems ---
    ("Chromatography data system administration", "chromatography-data-system", True),
    ("CDS user accounts for HPLC", "chromatography-data-system", True),
    ("CDS lenders and credit default swaps", "chromatography-data-system", False),
    ("Mass spec software upgrades", "mass-spectrometry-software", True),
    ("Processed HPLC data in Empower", "waters-empower", True),
    ("Empower your team to succeed", "waters-empower", False),
    ("Empower 3 audit trails", "waters-empower", True),
    ("OpenLab CDS administration", "agilent-openlab-cds", True),
    ("Open lab days for students", "agilent-openlab-cds", False),
    ("ChemStation methods", "agilent-chemstation", True),
    ("Chromeleon sequences", "thermo-chromeleon", True),
    ("Xcalibur processing methods", "thermo-xcalibur", True),
    ("Analyst software for the QTRAP", "sciex-analyst", True),
    ("Data analyst software for dashboards", "sciex-analyst", False),
    ("Analyst 1.7 and MultiQuant on the SCIEX", "sciex-analyst", True),
    ("Data Analyst for the finance team", "sciex-analyst", False),
    ("Migrated methods to SCIEX OS", "sciex-os", True),
    ("Quantitation in MassHunter", "agilent-masshunter", True),
    ("MassLynx and TargetLynx on the Xevo", "waters-masslynx", True),
    ("MassLynx and TargetLynx on the Xevo", "waters-targetlynx", True),
    ("TraceFinder quantitation methods", "thermo-tracefinder", True),
    ("MultiQuant processing of LC-MS/MS batches", "sciex-multiquant", True),
    ("Shimadzu LCMS triple quadrupole systems", "shimadzu-lcms-triple-quad", True),
    ("LCMS-8050 for vitamin D", "shimadzu-lcms-8050", True),
    ("LCMS-8060NX for steroids", "shimadzu-lcms-8060", True),
    ("Agilent 8900 ICP-QQQ for selenium", "agilent-8900", True),
    ("Thermo iCAP RQ for trace metals", "thermo-icap-rq", True),
    ("TGA-registered IVDs and ARTG listings", "tga", True),
    ("TGA recalls of medical devices", "tga", True),
    ("Patients presenting with TGA in the ED", "tga", False),
    ("Patient blood management program", "patient-blood-management", True),
    ("PBM for anaemia before surgery", "patient-blood-management", True),
    ("PBM formulary for the health plan", "patient-blood-management", False),
    ("Performed AIMS assessments on psychiatric patients", "aims-membership", False),
    ("Performed AIMS assessments on psychiatric patients", "aims-skills-assessment", False),
    ("CPD sterilizer cycle records", "continuing-professional-development", False),
    # --- Australian and New Zealand pathology ---
    ("NATA accreditation of the pathology laboratory", "nata-accreditation", True),
    ("NATA surveillance visit for the laboratory", "nata-accreditation", True),
    ("NATA certified athletic trainer (ATC)", "nata-accreditation", False),
    ("Member of NATA and the BOC for athletic trainers", "nata-accreditation", False),
    ("Compliance with NPAAC requirements", "npaac", True),
    ("RCPA fellowship trainees", "rcpa", True),
    ("IANZ accreditation of the laboratory", "ianz-accreditation", True),
    ("AIMS member since 2015", "aims-membership", True),
    ("Member of the Australian Institute of Medical and Clinical Scientists", "aims-membership", True),
    ("AIMS CMMS work orders for biomed equipment", "aims-membership", False),
    ("AIMS skills assessment as a Medical Scientist", "aims-skills-assessment", True),
    ("Registered with the NZIMLS", "nzimls-membership", True),
    ("MSCNZ registration and annual practising certificate", "mscnz-registration", True),
    ("Medical Scientist in haematology", "pathology-medical-scientist", True),
    ("Medical scientist at a cancer research institute in Boston", "pathology-medical-scientist", False),
    ("Followed ANZSBT guidelines for pretransfusion testing", "anzsbt-guidelines", True),
    ("Ordered blood products from Lifeblood through BloodNet", "australian-red-cross-lifeblood", True),
    ("Customer service is the lifeblood of the company", "australian-red-cross-lifeblood", False),
    ("Ordered blood products from Lifeblood through BloodNet", "bloodnet", True),
    ("Resulted tests in AUSLAB", "auslab", True),
    ("Built tests in TrakCare Lab", "intersystems-trakcare-lab", True),
    ("Logged incidents in RiskMan", "riskman", True),
    ("DiaMed ID-Cards for grouping", "biorad-id-card", True),
    ("ID-Card printer and badge system", "biorad-id-card", False),
    ("Issued Rh(D) Immunoglobulin-VF", "csl-rhd-immunoglobulin-vf", True),
    ("ROTEM delta in theatre", "rotem-delta", True),
    ("ROTEM sigma in theatre", "rotem-sigma", True),
    ("TEG 5000 for cardiac surgery", "teg-5000", True),
    ("TEG 6s for cardiac surgery", "teg-6s", True),
    ("Logged CPD points with AIMS", "continuing-professional-development", True),
    ("Continuing professional development", "continuing-professional-development", True),
    ("CPD anticoagulant bags", "continuing-professional-development", False),
    ("CPD in the central processing department", "continuing-professional-development", False),
]

_STATUS_CASES = [
    ("Led the NATA accreditation of the laboratory", "CAP inspection experience", "cap", "related"),
    ("Led the NATA accreditation of the laboratory", "Knowledge of ISO 15189", "iso-15189", "related"),
    ("Compliance with NPAAC", "Knowledge of CLIA regulations", "clia-88", "related"),
    ("Followed ANZSBT guidelines", "Knowledge of AABB standards", "aabb", "related"),
    ("Logged CPD points with AIMS", "CE credits required", "continuing-education", "synonym"),
    ("Ran UPLC methods", "UHPLC experience", "uhplc", "related"),
    ("TGA-registered IVDs", "FDA regulations for IVDs", "fda", "related"),
]


def test_mass_spec_and_anz_pathology_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_mass_spec_and_anz_pathology_statuses(checker):
    each_case(_STATUS_CASES, status_check(checker))


def test_mass_spec_and_anz_pathology_filing(vocabulary):
    assert "sciex-triple-quad" in vocabulary.ancestors("sciex-triple-quad-6500-plus")
    assert "triple-quadrupole" in vocabulary.ancestors("sciex-7500")
    assert "sciex-triple-quad-6500" not in vocabulary.ancestors("sciex-triple-quad-6500-plus")
    assert "sciex-qtrap" in vocabulary.ancestors("sciex-qtrap-6500-plus")
    assert {"waters-xevo", "triple-quadrupole"} <= vocabulary.ancestors("waters-xevo-tq-s-micro")
    assert "waters-xevo-tq-s" not in vocabulary.ancestors("waters-xevo-tq-s-micro")
    assert "thermo-orbitrap" in vocabulary.ancestors("thermo-q-exactive")
    assert "hram-mass-spectrometer" in vocabulary.ancestors("q-tof-mass-spectrometer")
    assert "icp-ms-system" in vocabulary.ancestors("perkinelmer-nexion-2000")
    assert "mass-spectrometer" not in vocabulary.ancestors("icp-oes-system")
    assert "uhplc" in vocabulary.ancestors("uplc")
    assert "agilent-1290" in vocabulary.ancestors("agilent-1290-infinity-ii")
    assert "waters-acquity" in vocabulary.ancestors("waters-acquity-h-class")
    assert "hplc-detector" in vocabulary.ancestors("pda-detector")
    assert "chromatography-data-system" in vocabulary.ancestors("waters-empower")
    assert "mass-spectrometry-software" in vocabulary.ancestors("thermo-xcalibur")
    assert "vacuum-pump" in vocabulary.ancestors("turbomolecular-pump")
    assert "high-vacuum-gauge" in vocabulary.ancestors("pirani-gauge")
    assert "atmospheric-pressure-ionization" in vocabulary.ancestors("electrospray-ionization")
    assert "ion-source" in vocabulary.ancestors("sciex-turbo-v-source")
    assert "lis" in vocabulary.ancestors("auslab")
    assert "column-agglutination" in vocabulary.ancestors("biorad-id-card")
    assert "rh-immune-globulin" in vocabulary.ancestors("csl-rhd-immunoglobulin-vf")
    assert "werfen-rotem" in vocabulary.ancestors("rotem-sigma")
    assert "haemonetics-teg" in vocabulary.ancestors("teg-6s")
    assert "shimadzu-lcms-triple-quad" in vocabulary.ancestors("shimadzu-lcms-8060")
    assert "icp-ms-system" in vocabulary.ancestors("agilent-8900")
    assert "cap" in vocabulary.concepts["nata-accreditation"].related
    assert "continuing-education" in vocabulary.concepts["continuing-professional-development"].same_as
