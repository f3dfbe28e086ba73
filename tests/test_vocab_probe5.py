"""A probe sweep of the laboratory technique, discipline, IVF, apheresis, skill and quality files: one line
per fix, each failing on the vocabulary before it.

Every concept of those files was read with one-line probe sentences in its own sense and in another sense;
forms that read another sense count only with their own words nearby, lumped models are their own concepts
and a broader programme is no longer a form of one of its parts. The second table checks that each guarded
form still counts in its own sense; the third the new concepts' parents and fixed categories.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_DISTINCT_THINGS_APART_CASES = [
    # adverse-event-reporting: drug-trial adverse events
    ("Adverse event reporting for Phase III drug trials", "adverse-event-reporting", False),
    # afb-stain: AFB is also an air force base
    ("Stationed at Lackland AFB", "afb-stain", False),
    # antibody-identification: flow antibody panels and spreadsheet cells
    ("Designed a 10-color antibody panel for flow cytometry", "antibody-identification", False),
    ("Formatted selected cells in Excel", "antibody-identification", False),
    # antimicrobial-stewardship: data and environmental stewardship
    ("Led the data stewardship program for the EHR", "antimicrobial-stewardship", False),
    ("Member of the environmental stewardship team", "antimicrobial-stewardship", False),
    # antimicrobial-susceptibility-testing: assay sensitivity
    ("Sensitivity testing for the LOD study", "antimicrobial-susceptibility-testing", False),
    # apheresis: automated data collection
    ("Automated collection of sensor data from the devices", "apheresis", False),
    # beyondtrust-remote-support: other BeyondTrust products
    ("BeyondTrust Password Safe administration", "beyondtrust-remote-support", False),
    # biochemical-identification: chemistry spot tests
    (
        "Spot test for drug identification in the forensic chemistry class",
        "biochemical-identification",
        False,
    ),
    # biosecurity: farm biosecurity
    ("Farm biosecurity protocols for poultry houses", "biosecurity", False),
    # blood-component-processing: engineering product modifications
    ("Handled product modification requests from engineering", "blood-component-processing", False),
    # chlorine-testing: water-plant and pool chlorine
    ("Chlorine testing at the municipal water treatment plant", "chlorine-testing", False),
    ("Free chlorine testing of pool water", "chlorine-testing", False),
    # clinical-chemistry: a college chemistry lab
    ("Teaching assistant, organic chemistry lab", "clinical-chemistry", False),
    # coagulation: surgical hemostasis devices and valves
    ("Serviced surgical hemostasis devices and electrosurgical units", "coagulation", False),
    ("Replaced the hemostasis valve on the introducer", "coagulation", False),
    # coagulation-testing: chromogenic assays are also endotoxin tests
    ("Chromogenic assay for endotoxin in water samples", "coagulation-testing", False),
    # crossmatch: the HLA crossmatch
    ("Flow cytometric crossmatch for kidney transplant recipients", "crossmatch", False),
    ("HLA crossmatch and antibody screening for transplant", "crossmatch", False),
    # detection-limits: line of duty
    ("Processed LOD determinations for injured soldiers", "detection-limits", False),
    # dialysate-cultures: drinking-water and hydroponic cultures
    ("Heterotrophic plate count on drinking water samples", "dialysate-cultures", False),
    ("Grew lettuce in water culture (hydroponics)", "dialysate-cultures", False),
    # document-control: office document management
    ("Document management in SharePoint for the sales team", "document-control", False),
    # ebus-tbna: the scope and the procedure are not the aspiration
    ("Reprocessed EBUS scopes in the endoscopy unit", "ebus-tbna", False),
    # elisa: an environmental impact assessment
    ("Prepared the EIA for the new plant permit", "elisa", False),
    # elution: DNA and column eluates are another sense
    ("Transferred eluates to the PCR plate after extraction", "elution", False),
    ("Elution of DNA from the spin column", "elution", False),
    # embryology: the anatomy course
    ("Coursework: gross anatomy, embryology and neuroscience", "embryology", False),
    # factor-assay: factor V Leiden and intrinsic factor are other tests
    ("Factor V Leiden mutation testing by PCR", "factor-assay", False),
    ("Intrinsic factor assays for pernicious anemia workup", "factor-assay", False),
    # factor-inhibitor-assay: enzyme inhibitor assays
    ("Developed enzyme inhibitor assays for kinase targets", "factor-inhibitor-assay", False),
    ("Inhibitor quantitation in the medicinal chemistry screen", "factor-inhibitor-assay", False),
    # fetal-screen: prenatal fetal screening is imaging
    ("First trimester fetal screen with nuchal translucency ultrasound", "fetal-screen", False),
    # field-service: sales territories
    ("Territory management for the medical device sales team", "field-service", False),
    # flow-cytometry-discipline: a fluid-flow lab
    (
        "Research assistant, Cardiovascular Flow Lab, mechanical engineering",
        "flow-cytometry-discipline",
        False,
    ),
    # fresenius-amicus: an amicus brief
    ("Filed an amicus brief", "fresenius-amicus", False),
    # ge-insite: a supervised injection site
    ("Volunteered at InSite supervised injection site", "ge-insite", False),
    # generalist: HR and IT generalists
    ("IT generalist supporting 200 users", "generalist", False),
    ("HR Generalist", "generalist", False),
    # haemonetics-mcs-plus: the MCS+ 8150 and 9000 are their own models
    ("Haemonetics MCS+ 9000", "haemonetics-mcs-plus-9000", True),
    # hamilton-thorne-ceros: the CEROS II is its own model
    ("CEROS II", "hamilton-thorne-ceros", False),
    # hamilton-thorne-ivos: the IVOS II is its own model
    ("Hamilton Thorne IVOS II", "hamilton-thorne-ivos", False),
    # infection-control-practice: radioactive decontamination
    ("Radioactive decontamination of the hot lab", "infection-control-practice", False),
    # karyotyping: bioprocess cell culture is not cytogenetics
    ("Cell culture and harvest operations in the biologics plant", "karyotyping", False),
    # linac-output-calibration: x-ray tube output
    ("Measured x-ray beam output with a RaySafe X2", "linac-output-calibration", False),
    # liver-function-tests: LFT is also a lateral flow test
    ("UK: supplied LFT kits for staff covid screening", "liver-function-tests", False),
    ("Handed out LFTs for covid screening", "liver-function-tests", False),
    # mes-sqa: the maker line is not the SQA-V
    ("MES SQA analyzers", "mes-sqa", False),
    # method-validation: cleaning and software validation
    ("Executed cleaning validation studies for the filling line", "method-validation", False),
    ("Software validation studies under 21 CFR Part 11", "method-validation", False),
    # microtomy: a recut video
    ("Performed recut of the promotional video", "microtomy", False),
    # mixing-study: drug-discovery inhibitor screens
    ("High-throughput kinase inhibitor screen in the drug discovery group", "mixing-study", False),
    # molecular-microbiology-panels: RVP is also a regional vice president
    ("RVP of Sales, Northeast region", "molecular-microbiology-panels", False),
    # nonconforming-events: NCR the company and SIEM event reporting
    ("Field engineer at NCR servicing ATMs", "nonconforming-events", False),
    ("Event reporting from the SIEM to the SOC", "nonconforming-events", False),
    # prenatal-workup: an obstetric workup is also a clinical one
    ("Performed OB workups including fetal heart monitoring in labor and delivery", "prenatal-workup", False),
    # pretransfusion-testing: device compatibility and terms and conditions
    ("Compatibility testing of new devices on the hospital network", "pretransfusion-testing", False),
    ("Reviewed T&C for vendor service contracts", "pretransfusion-testing", False),
    # preventive-maintenance: integrated pest management
    ("IPM program for the grounds: integrated pest management", "preventive-maintenance", False),
    # product-irradiation: sterilised products are not blood products
    (
        "Validated gamma sterilization of irradiated products at the contract sterilizer",
        "product-irradiation",
        False,
    ),
    # public-health-laboratory: a university lab named for its state
    ("Graduate research in the Ohio State lab of Dr. Smith", "public-health-laboratory", False),
    # quality-indicators: sales KPIs
    ("Exceeded sales KPIs every quarter", "quality-indicators", False),
    # reagent-preparation: social media
    ("Social media preparation for the product launch", "reagent-preparation", False),
    # result-reporting: engineering technical reviews
    ("Led the technical review of the design documents", "result-reporting", False),
    # reticulocyte-count: IRF is also an inpatient rehabilitation facility
    ("Admissions coordinator at an IRF", "reticulocyte-count", False),
    # sanger-sequencing: the Sanger Institute is a place
    ("Research assistant at the Wellcome Sanger Institute", "sanger-sequencing", False),
    # sart: a sexual assault response team
    ("SART nurse examiner for the county", "sart", False),
    ("Sexual Assault Response Team (SART) member", "sart", False),
    # saturn-5-laser: the Saturn 5 Active is its own model
    ("Saturn 5 Active laser", "saturn-5-laser", False),
    # special-chemistry: protein chemistry research
    ("Research in protein chemistry and structural biology", "special-chemistry", False),
    # special-stains: gel silver stains and Giemsa for malaria
    ("Silver stain of SDS-PAGE gels for protein purity", "special-stains", False),
    ("Giemsa stain for malaria thick and thin smears", "special-stains", False),
    # specimen-collection: debt collection and environmental sampling
    ("Followed collection procedures for past-due accounts", "specimen-collection", False),
    ("Water sample collection from rivers and wells", "specimen-collection", False),
    # stat-testing: a statistics course
    ("Completed STAT 200 Elementary Statistics", "stat-testing", False),
    # temperature-monitoring: body temperature screening
    ("Performed temperature checks at the entrance for COVID screening", "temperature-monitoring", False),
    # transfusion-reaction: hemovigilance is the broader programme
    ("Hemovigilance officer", "transfusion-reaction", False),
    # type-and-screen: T/S for troubleshooting
    ("Performed T/S and repair on patient monitors", "type-and-screen", False),
    # water-hardness-testing: boiler water hardness
    ("Water hardness testing for the boiler plant", "water-hardness-testing", False),
    # lateral-flow-assay: a rapid test cycle in software
    ("Rapid test cycles for the software release", "lateral-flow-assay", False),
    # service-manuals: writing manuals is not using them
    ("Wrote technical manuals for the API", "service-manuals", False),
    # molecular-diagnostics: a degree major
    ("B.S. in Molecular Genetics, 2019", "molecular-diagnostics", False),
    # donor-reactions: a patient's faint at venipuncture
    ("Managed vasovagal reactions during outpatient venipuncture", "donor-reactions", False),
    # calibration: the dose calibrator is an instrument
    ("Performed constancy on the dose calibrator", "calibration", False),
    # risk-assessment: patient risk stratification and food HACCP
    ("Risk stratification of patients for readmission", "risk-assessment", False),
    ("Hazard analysis and critical control points for food safety", "risk-assessment", False),
    # infection-control-practice: drinking-water disinfection
    ("UV disinfection of drinking water at the treatment plant", "infection-control-practice", False),
    # lab-records: medical-records retention
    ("Record retention for patient charts in HIM", "lab-records", False),
    # digital-pathology: photo slide scanning
    ("Slide scanning of 35mm photos for the archive", "digital-pathology", False),
    # hematology: the hematology/oncology specialty
    ("RN, Hematology/Oncology unit", "hematology", False),
    ("Hematology-oncology infusion nurse", "hematology", False),
    # immunology: an allergy and immunology clinic
    ("Allergy and immunology clinic medical assistant", "immunology", False),
    # toxicology: preclinical toxicology studies
    ("Preclinical toxicology studies in rats under GLP", "toxicology", False),
    # electronics: consumer electronics retail
    ("Sold consumer electronics at Best Buy", "electronics", False),
    # equipment-kpis: SLA 3D printing
    ("3D printed parts on SLA and FDM printers", "equipment-kpis", False),
    # healthcare-technology-management: the UK HTM guidance documents
    ("Followed HTM 01-01 decontamination guidance", "healthcare-technology-management", False),
    # quantiferon: the Gold Plus and Gold In-Tube are generations of the brand
    ("QFT-Plus", "quantiferon-tb-gold-plus", True),
    ("QFT-GIT", "quantiferon-tb-gold-in-tube", True),
    # immucor-capture-r: the Capture family holds other assays
    ("Immucor Capture solid-phase platelet antibody screens", "immucor-capture-r", False),
    # haemonetics-safetrace-tx: the SafeTrace donor system is another product
    ("SafeTrace donor management at the blood center", "haemonetics-safetrace-tx", False),
    ("SafeTrace donor management at the blood center", "haemonetics-safetrace", True),
    # intercept-blood-system: the platelet and plasma systems are its products
    ("INTERCEPT Blood System for Plasma", "intercept-plasma", True),
    ("INTERCEPT platelets", "intercept-platelets", True),
    # biorad-unity: the software and the peer programme are its products
    ("Unity Real Time QC data", "biorad-unity-real-time", True),
    ("Bio-Rad Unity Interlab peer data", "biorad-unity-interlab", True),
    # osmometry: freezing point depression in general chemistry
    ("Calculated freezing point depression in general chemistry lab", "osmometry", False),
    # peripheral-smear-review: a Gram smear is not a blood smear
    ("Gram smear preparation from positive blood cultures", "peripheral-smear-review", False),
    # antibody-screen: the HLA antibody screen is another test
    ("HLA antibody screening by Luminex for transplant", "antibody-screen", False),
    # blood-component-processing: manufacturing component preparation
    ("Component preparation for the final assembly line", "blood-component-processing", False),
    # immunohistochemistry: predictive markers in analytics
    ("Identified predictive markers of customer churn", "immunohistochemistry", False),
    # west-nile-virus-testing: vector control is not testing
    ("Mosquito control for West Nile virus", "west-nile-virus-testing", False),
    # mpox-testing: vaccination is not testing
    ("Administered mpox vaccines at the clinic", "mpox-testing", False),
    # component-level-repair: cable TV repair
    ("Cable repair technician for Comcast", "component-level-repair", False),
    # remote-service: telehealth diagnosis of patients
    ("Remote diagnosis of patients via telehealth", "remote-service", False),
]


def test_the_probe_sweep_keeps_other_senses_and_distinct_things_apart(checker):
    each_case(_THE_PROBE_SWEEP_KEEPS_OTHER_SENSES_AND_DISTINCT_THINGS_APART_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Medical device adverse event reporting to FDA", "adverse-event-reporting", True),
    ("Adverse event reporting for infusion pump failures (MDR)", "adverse-event-reporting", True),
    ("AFB smears by auramine-rhodamine", "afb-stain", True),
    ("Antibody panels and selected cells to rule out anti-K", "antibody-identification", True),
    ("Antibiogram for the stewardship program", "antimicrobial-stewardship", True),
    ("Culture and sensitivity testing of urine isolates", "antimicrobial-susceptibility-testing", True),
    ("Automated collection of platelets and plasma from donors", "apheresis", True),
    ("Bomgar remote support sessions", "beyondtrust-remote-support", True),
    ("Catalase, oxidase and spot indole tests", "indole-test", True),
    (
        "Product modification: washed and volume-reduced platelets in the blood bank",
        "blood-component-processing",
        True,
    ),
    ("Total chlorine testing before each hemodialysis shift", "chlorine-testing", True),
    ("Chemistry lab and hematology bench", "clinical-chemistry", True),
    ("Hemostasis and thrombosis testing on the ACL TOP", "coagulation", True),
    ("Chromogenic assay for factor VIII and anti-Xa", "chromogenic-coagulation-assay", True),
    ("Water cultures and endotoxin from the dialysis loop", "dialysate-cultures", True),
    ("EBUS-TBNA rapid on-site evaluation", "ebus-tbna", True),
    ("EBUS FNA smears", "ebus-tbna", True),
    ("Acid elutions and eluate testing for DAT-positive samples", "elution", True),
    ("Antibody elution on DAT-positive cord blood", "elution", True),
    ("Embryology laboratory: ICSI and vitrification", "embryology", True),
    ("Embryology: ICSI, embryo culture and biopsy", "embryology", True),
    ("Factor V and factor VII activity assays", "factor-v-assay", True),
    ("Intrinsic factor assays for prolonged PTT workup on the coagulation analyzer", "factor-assay", True),
    ("Inhibitor assays for factor VIII in hemophilia patients", "factor-inhibitor-assay", True),
    ("Bethesda assay", "factor-inhibitor-assay", True),
    ("Fetal screens for postpartum RhIG candidates", "fetal-screen", True),
    ("Territory management as a field service engineer covering six hospitals", "field-service", True),
    ("Flow lab: leukemia/lymphoma immunophenotyping", "flow-cytometry-discipline", True),
    ("Fenwal Amicus platelet collections", "fresenius-amicus", True),
    ("GE InSite remote diagnostics on CT", "ge-insite", True),
    ("Generalist MLS rotating through all departments", "generalist", True),
    ("Generalist medical technologist, core lab", "generalist", True),
    ("MCS+ 8150 plasma collections", "haemonetics-mcs-plus-8150", True),
    ("MCS+ 9000", "haemonetics-mcs-plus-9000", True),
    ("CEROS II", "hamilton-thorne-ceros-ii", True),
    ("IVOS CASA system", "hamilton-thorne-ivos", True),
    ("Hamilton Thorne IVOS II", "hamilton-thorne-ivos-ii", True),
    ("Decontamination of instruments in sterile processing", "decontamination", True),
    ("Karyotyping and G-banding of bone marrow", "karyotyping", True),
    ("Beam output constancy on the TrueBeam linac", "linac-output-constancy", True),
    ("Ran LFTs and lipid panels on the chemistry analyzer", "liver-function-tests", True),
    ("LFT results reviewed with the hepatology team", "liver-function-tests", True),
    ("MES SQA-V Gold", "mes-sqa", True),
    ("MES SQA analyzers", "mes-sqa-family", True),
    ("Validation studies for new assays on the cobas", "method-validation", True),
    ("Recuts and deeper levels on paraffin blocks", "microtomy", True),
    ("Inhibitor screen and 1:1 mixing study for prolonged PTT", "mixing-study", True),
    ("Ran RVP and GI panels on the BioFire", "respiratory-pathogen-panel", True),
    ("Monthly wipe testing of PCR work areas for amplicon contamination", "molecular-wipe-testing", True),
    ("Opened NCRs for nonconforming reagents", "nonconforming-events", True),
    ("OB workups with antibody titers for the blood bank", "prenatal-workup", True),
    ("Compatibility testing and crossmatching of red cells", "pretransfusion-testing", True),
    ("T&C for surgical cases in the blood bank", "pretransfusion-testing", True),
    ("Completed IPMs on infusion pumps and monitors (medical equipment)", "preventive-maintenance", True),
    ("Issued irradiated products for transplant patients", "product-irradiation", True),
    (
        "Worked at the state lab on newborn screening and reportable diseases",
        "public-health-laboratory",
        True,
    ),
    ("Technical review of patient results before release", "result-reporting", True),
    ("Retic count and IRF on the XN", "reticulocyte-count", True),
    ("Sanger sequencing on the 3500xL", "sanger-sequencing", True),
    ("Confirmed variants by Sanger", "sanger-sequencing", True),
    ("SART reporting for the IVF clinic", "sart", True),
    ("SART and ASRM guidelines for embryology", "sart", True),
    ("Saturn 5 Active laser", "saturn-5-active", True),
    ("RI Saturn 5 laser", "saturn-5-laser", True),
    ("Specialty chemistry and esoteric chemistry testing", "special-chemistry", True),
    ("Special stains including silver stain and PAS", "special-stains", True),
    ("STAT specimens prioritized", "stat-testing", True),
    ("Softener hardness check in the dialysis water room", "water-hardness-testing", True),
    ("Ran rapid tests for flu and strep", "lateral-flow-assay", True),
    ("Used OEM technical manuals to repair monitors", "service-manuals", True),
    ("Molecular genetics laboratory testing", "molecular-genetics", True),
    ("Vasovagal reactions in blood donors", "donor-reactions", True),
    ("Ran calibrators and controls", "calibration", True),
    ("Equipment risk stratification for medical devices", "risk-assessment", True),
    ("Hazard analysis for medical device design", "risk-assessment", True),
    ("Surface disinfection with bleach", "disinfection", True),
    ("Record retention for QC logs", "lab-records", True),
    ("Whole slide scanning on the Aperio GT 450", "digital-pathology", True),
    ("Serology: ABO/Rh typing, antibody panels, adsorptions, acid elutions", "antibody-identification", True),
    ("Reflex presumptive EIA drug screens to confirmation", "elisa", True),
    ("Hematology, chemistry and coagulation benches", "hematology", True),
    ("Haematology and blood transfusion", "hematology", True),
    ("Immunology and serology testing", "immunology", True),
    ("Toxicology: urine drug screens by LC-MS/MS", "toxicology", True),
    ("Electronics and troubleshooting", "electronics", True),
    ("Met the SLA for response time on service calls", "service-level-agreement", True),
    ("HTM department of 12 technicians", "healthcare-technology-management", True),
    ("QuantiFERON testing", "quantiferon", True),
    ("Immucor Capture-R Ready-Screen", "immucor-capture-r", True),
    ("SafeTrace Tx", "haemonetics-safetrace-tx", True),
    ("Cerus INTERCEPT", "intercept-blood-system", True),
    ("Bio-Rad Unity", "biorad-unity", True),
    ("Osmolality by freezing point depression", "freezing-point-osmometry", True),
    ("Blood smear preparation on the SP-10", "peripheral-smear-review", True),
    ("Antibody screening and identification", "antibody-screen", True),
    ("Ab screen and antibody screen", "antibody-screen", True),
    ("Component preparation of platelets and plasma", "blood-component-processing", True),
    ("IHC predictive markers ER, PR and HER2", "immunohistochemistry", True),
    ("West Nile virus IgM testing", "west-nile-virus-testing", True),
    ("Mpox PCR on lesion swabs", "mpox-testing", True),
    ("ECG leadwire cable repair", "cable-repair", True),
    ("Remote diagnosis of CT scanners via InSite", "remote-service", True),
]


def test_forms_guarded_in_the_probe_sweep_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("hamilton-thorne-ivos-ii", "casa", True),
    ("hamilton-thorne-ivos-ii", "hamilton-thorne-ivos", False),
    ("hamilton-thorne-ceros-ii", "casa", True),
    ("saturn-5-active", "ivf-laser", True),
    ("mes-sqa", "mes-sqa-family", True),
    ("sqa-vision", "mes-sqa-family", True),
    ("sqa-io", "mes-sqa-family", True),
    ("haemonetics-mcs-plus-8150", "haemonetics-mcs-plus", True),
    ("haemonetics-mcs-plus-9000", "haemonetics-mcs-plus", True),
    ("hemovigilance", "transfusion-reaction", False),
    # impedance-counting ... bd-trucount: methods and devices are not kinds of the tests using them
    ("impedance-counting", "cbc", False),
    ("beckman-vcs", "cbc", False),
    ("manual-cell-count", "cbc", False),
    ("reticulocyte-count", "cbc", False),
    ("elution", "antibody-identification", False),
    ("antibody-adsorption", "antibody-identification", False),
    ("macroduct", "sweat-chloride", False),
    ("macroduct", "laboratory-equipment", True),
    ("bd-gaspak", "anaerobic-culture", False),
    ("bd-trucount", "flow-cytometry", False),
    ("quantiferon-tb-gold-plus", "quantiferon", True),
    ("quantiferon-tb-gold-in-tube", "igra", True),
    ("haemonetics-safetrace", "blood-bank-software", True),
    ("intercept-platelets", "pathogen-reduction", True),
    ("biorad-unity-interlab", "qc-software", True),
    # clinical-genetics-lab: a genetics laboratory is not a kind of molecular diagnostics
    ("clinical-genetics-lab", "molecular-diagnostics", False),
    ("biochemical-genetics", "molecular-diagnostics", False),
]


def test_the_probe_sweep_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


_PROCEDURES_FILED_AS_EQUIPMENT_ARE_LABORATORY_TECHNIQUES_CASES = [
    # conventional-ivf ... red-cell-exchange: procedures filed as equipment
    "conventional-ivf",
    "oocyte-warming",
    "extracorporeal-photopheresis",
    "leukapheresis",
    "red-cell-exchange",
]


def test_procedures_filed_as_equipment_are_laboratory_techniques(vocabulary):
    def check(concept):
        assert vocabulary.concepts[concept].category.value == "technique"
        assert vocabulary.concepts[concept].track.value == "lab"

    each_case(_PROCEDURES_FILED_AS_EQUIPMENT_ARE_LABORATORY_TECHNIQUES_CASES, check, unpack=False)
