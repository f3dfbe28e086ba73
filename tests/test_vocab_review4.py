"""The fourth review of a sample: one line per fix, each failing on the vocabulary before it.

Lumped products and levels are their own concepts, a wrong relation is gone, and forms with another sense
count only with their own words nearby; the second group checks that the guarded forms still count in their
own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_A_FOURTH_SAMPLED_CONCEPT_REVIEW_KEEPS_DISTINCT_THINGS_APART_CASES = [
    # bd-prepstain: the PrepMate is its own instrument; a processor is not a kind of Pap test
    ("Loaded SurePath vials on the BD PrepMate", "bd-prepstain", False),
    ("Loaded SurePath vials on the BD PrepMate", "bd-prepmate", True),
    # blood-bank-technologist: technician and lead titles are their own concepts
    ("Blood Bank Technician", "blood-bank-technologist", False),
    ("Blood Bank Laboratory Technician", "blood-bank-technician", True),
    ("Blood Bank Lead Technologist", "blood-bank-lead-technologist", True),
    # body-fluid-analysis: urine crystals are urinalysis
    ("Urine sediment microscopy and crystal identification", "body-fluid-analysis", False),
    # canon-aquilion-lb: the Exceed LB is its own system; the Toshiba name is legacy
    ("Aquilion Exceed LB CT simulator", "canon-aquilion-lb", False),
    ("Aquilion Exceed LB CT simulator", "canon-aquilion-exceed-lb", True),
    # carbon-tank: lab reagent-water carbon prefilters are not a dialysis carbon tank
    ("Changed carbon filters on the RO water system for the chemistry analyzer", "carbon-tank", False),
    ("GAC tank for the lab water system", "carbon-tank", False),
    # cybersecurity-incident-response: a biosafety incident response plan is not cybersecurity
    (
        "Wrote the BSL-3 incident response plan for select agent exposures",
        "cybersecurity-incident-response",
        False,
    ),
    ("Select agent security plan and incident response plan", "cybersecurity-incident-response", False),
    (
        "Reviewed the incident response plan and tested it yearly",
        "cybersecurity-incident-response",
        False,
    ),
    # dialysis-water-system: lab reagent water and cultures of dialysis water are not the system
    ("RO water purification system for the chemistry analyzer", "dialysis-water-system", False),
    ("Water treatment system: RO, carbon and deionization for the lab", "dialysis-water-system", False),
    ("Plated dialysis water cultures and endotoxin samples", "dialysis-water-system", False),
    # elekta-mlci: the MLCi and the MLCi2 are two collimators
    ("Elekta MLCi2 leaf calibration", "elekta-mlci", False),
    ("Elekta MLCi2 leaf calibration", "elekta-mlci2", True),
    # elekta-synergy: the Synergy S and Synergy Platform are models of the family
    ("Serviced the Elekta Synergy S", "elekta-synergy-s", True),
    ("Serviced the Elekta Synergy Platform", "elekta-synergy-platform", True),
    # eppendorf: the tubes are not the maker
    ("Aliquoted plasma into eppendorfs", "eppendorf", False),
    # fujifilm-amulet: the Innovality (ASPIRE Cristalle) is one model of the AMULET family
    ("Serviced Fujifilm Aspire Cristalle units", "fujifilm-amulet", False),
    ("Serviced Fujifilm Aspire Cristalle units", "fujifilm-amulet-innovality", True),
    # hi-lab-license: the medical technologist licence is one category of it
    ("Hawaii medical technologist license", "hi-lab-license", False),
    ("Hawaii MT license", "hi-technologist-license", True),
    ("Hawaii laboratory license for the new clinic site", "hi-lab-license", False),
    # immucor-echo: the successor does not credit the original
    ("Immucor Echo Lumena", "immucor-echo", False),
    # iso-15883: the parts are narrower documents of the series
    ("Washer-disinfectors validated to ISO 15883-4", "iso-15883-4", True),
    ("ISO 15883-1", "iso-15883-1", True),
    # labdaq: the maker is not the product
    ("Antek HealthWare", "labdaq", False),
    # lead-technologist: other titles are not the lead role
    ("Technical Specialist, Siemens Healthineers field service", "lead-technologist", False),
    ("Senior technologist, radiology", "lead-technologist", False),
    ("Senior Medical Technologist", "senior-medical-technologist", True),
    # medialab: the company's continuing education is not its document control
    ("Completed MediaLab continuing education courses", "medialab", False),
    # medical-physicist: the ABR specialties are narrower titles
    ("Radiation oncology physicist", "therapeutic-medical-physicist", True),
    ("Diagnostic medical physicist", "diagnostic-medical-physicist", True),
    # mri-cold-head: the cryocooler is cold head and compressor together
    ("Replaced cryocooler compressor on MRI", "mri-cold-head", False),
    ("Replaced cryocooler compressor on MRI", "mri-cryocooler", True),
    # nitric-oxide-delivery: a brand and its model are narrower than the class
    ("Maintained INOmax units", "nitric-oxide-delivery", False),
    ("Maintained INOmax DSIR units", "inomax-dsir", True),
    # ortho-clinical-diagnostics: QuidelOrtho is the merged company
    ("QuidelOrtho Sofia 2 and Triage analyzers", "ortho-clinical-diagnostics", False),
    # point-of-care-testing: point-of-care ultrasound is imaging
    (
        "Maintain SonoSite point-of-care ultrasound devices and test equipment",
        "point-of-care-testing",
        False,
    ),
    ("POC US probes and test equipment", "point-of-care-testing", False),
    # prenatal-workup: perinatal testing is broader or infectious screening
    ("Perinatal testing: HIV, hepatitis B and GBS screening", "prenatal-workup", False),
    # radiation-therapy-program: a hospital's treatment service is not the school
    ("Our radiation therapy program treats 80 patients a day", "radiation-therapy-program", False),
    # rigel-medical: Seaward is the parent group
    ("Seaward PAT tester", "rigel-medical", False),
    ("Seaward PAT tester", "seaward", True),
    # science-degree: not any science, not a minor, not coursework
    ("Political science degree", "science-degree", False),
    ("Minor in Biology", "science-degree", False),
    ("60 semester hours toward an associate degree", "science-degree", False),
    # sectra-pacs: the bare company name is the maker
    ("Sectra digital pathology image management", "sectra-pacs", False),
    # siemens-mammomat: models are narrower concepts
    ("MAMMOMAT Revelation", "siemens-mammomat-revelation", True),
    ("MAMMOMAT Inspiration", "siemens-mammomat-inspiration", True),
    # solid-phase-extraction: SPE is also serum protein electrophoresis
    ("Performed SPE and IFE; serum protein electrophoresis", "solid-phase-extraction", False),
    ("Reviewed SPE patterns for protein bands", "solid-phase-extraction", False),
    # surgical-sperm-retrieval: tissue processing is not the retrieval
    ("Testicular tissue processing for fertility preservation", "surgical-sperm-retrieval", False),
    ("Testicular sperm retrieval", "surgical-sperm-retrieval", False),
    # targeted-sequencing: amplicon and capture methods are narrower, with their own guards
    ("16S amplicon sequencing of bacterial isolates", "targeted-sequencing", False),
    ("Tumor profiling by IHC", "targeted-sequencing", False),
    ("Amplicon-based NGS for hotspot mutations", "amplicon-ngs", True),
    # unidirectional-workflow: the sterile processing workflow is not the amplification one
    (
        "Maintained unidirectional workflow from decontamination to sterile storage to prevent"
        " cross-contamination",
        "unidirectional-workflow",
        False,
    ),
    # varian: Varian Inc. chromatography is not Varian Medical Systems
    ("Used Varian 3800 GC and Varian Cary 50 spectrophotometer", "varian", False),
]


def test_a_fourth_sampled_concept_review_keeps_distinct_things_apart(checker):
    each_case(_A_FOURTH_SAMPLED_CONCEPT_REVIEW_KEEPS_DISTINCT_THINGS_APART_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_FOURTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("BD PrepStain slide processor", "bd-prepstain", True),
    ("Blood Bank Technologist", "blood-bank-technologist", True),
    ("Synovial fluid crystal identification by polarized microscopy", "crystal-identification", True),
    ("Aquilion LB CT simulator", "canon-aquilion-lb", True),
    ("Toshiba Aquilion LB", "canon-aquilion-lb", True),
    ("Replaced carbon filters upstream of the hemodialysis RO", "carbon-tank", True),
    ("GAC tanks in the dialysis water room", "carbon-tank", True),
    (
        "Updated the incident response plan after the ransomware tabletop",
        "cybersecurity-incident-response",
        True,
    ),
    ("Security incident response for networked devices", "cybersecurity-incident-response", True),
    ("Maintained the hemodialysis water treatment system and loop", "dialysis-water-system", True),
    ("Dialysis water system disinfection", "dialysis-water-system", True),
    ("Water room checks for the dialysis unit", "dialysis-water-system", True),
    ("Elekta MLCi", "elekta-mlci", True),
    ("Elekta Synergy linac", "elekta-synergy", True),
    ("Eppendorf pipettes", "eppendorf", True),
    ("Fujifilm Amulet", "fujifilm-amulet", True),
    ("Hawaii clinical laboratory personnel license", "hi-lab-license", True),
    ("Immucor Echo", "immucor-echo", True),
    ("Galileo Echo", "immucor-echo", True),
    ("Immucor Echo Lumena", "immucor-echo-lumena", True),
    ("ISO 15883 washer-disinfectors", "iso-15883", True),
    ("LabDAQ", "labdaq", True),
    ("Lead tech, blood bank", "lead-technologist", True),
    ("Managed SOPs and policies in MediaLab", "medialab", True),
    ("Therapeutic medical physicist", "therapeutic-medical-physicist", True),
    ("Clinical medical physicist", "medical-physicist", True),
    ("Cold head replacement on a 1.5T magnet", "mri-cold-head-replacement", True),
    ("Inhaled nitric oxide system", "nitric-oxide-delivery", True),
    ("Ortho VITROS analyzers", "ortho-clinical-diagnostics", True),
    ("Point-of-care testing program: glucose meters and i-STAT", "point-of-care-testing", True),
    ("POC glucose meters", "point-of-care-testing", True),
    ("Prenatal antibody workups", "prenatal-workup", True),
    ("Graduated from a radiation therapy program, JRCERT accredited", "radiation-therapy-program", True),
    ("Rigel Uni-Therm", "rigel-medical", True),
    ("B.S. in Biology, State University", "science-degree", True),
    ("Sectra IDS7", "sectra-pacs", True),
    ("MAMMOMAT", "siemens-mammomat", True),
    ("SPE cartridges for LC-MS/MS", "solid-phase-extraction", True),
    ("SPE for urine drug extraction before LC-MS/MS", "solid-phase-extraction", True),
    ("Surgical sperm retrieval", "surgical-sperm-retrieval", True),
    ("NGS panels for solid tumors", "targeted-sequencing", True),
    ("Hybrid capture sequencing of a 500-gene panel", "hybrid-capture-ngs", True),
    ("Unidirectional workflow between pre-PCR and post-PCR areas", "unidirectional-workflow", True),
    ("Varian TrueBeam and Clinac linacs", "varian", True),
    ("Varian Medical Systems", "varian", True),
]


def test_forms_guarded_in_the_fourth_review_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_FOURTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_FOURTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("bd-prepstain", "bd-surepath", False),
    ("bd-totalys", "bd-surepath", False),
    ("bd-prepmate", "laboratory-equipment", True),
    ("blood-bank-technician", "medical-laboratory-technician", True),
    ("blood-bank-technician", "medical-laboratory-scientist", False),
    ("blood-bank-lead-technologist", "lead-technologist", True),
    ("canon-aquilion-exceed-lb", "ct-simulator", True),
    ("elekta-mlci2", "multileaf-collimator", True),
    ("elekta-synergy-s", "elekta-synergy", True),
    ("fujifilm-amulet-innovality", "fujifilm-amulet", True),
    ("hi-technologist-license", "hi-lab-license", True),
    ("iso-15883-4", "iso-15883", True),
    ("pacs-administration", "pacs", False),
    ("therapeutic-medical-physicist", "medical-physicist", True),
    ("inomax-dsir", "nitric-oxide-delivery", True),
    ("siemens-mammomat-revelation", "siemens-mammomat", True),
    ("hybrid-capture-ngs", "targeted-sequencing", True),
]


def test_the_fourth_review_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_FOURTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))
