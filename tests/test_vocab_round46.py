"""Vocabulary added where the forty-sixth round of held-out pairs showed it thin.

Ophthalmic diagnostic and surgical equipment (ophthalmic-equipment.yaml), blood and research irradiators
(irradiator-service.yaml), arbovirus and zoonotic public health laboratory work (arbovirus-zoonotic-lab.yaml),
Indian NABL laboratory practice (india-laboratory-practice.yaml), urinalysis automation
(urinalysis-automation.yaml) and esoteric endocrinology (endocrine-reference-lab.yaml), with the concepts of
older files they extend. Each ambiguous form is checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check


def test_ophthalmic_equipment_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Optical coherence tomography: Heidelberg Spectralis, Cirrus HD-OCT 5000", "heidelberg-spectralis")
    check("Optical coherence tomography: Heidelberg Spectralis, Cirrus HD-OCT 5000", "zeiss-cirrus-5000")
    parent("zeiss-cirrus-5000", "optical-coherence-tomography")
    check("Kept 11 OCT and retinal imaging systems running", "optical-coherence-tomography")
    # OCT is October and the histology embedding compound
    check("Started Oct 2021 as OCT embedding technician in histology", "optical-coherence-tomography", False)
    check("OCT 2021 - present, retina clinic", "optical-coherence-tomography", False)
    check("Supported the glaucoma clinic's Cirrus and Humphrey units", "zeiss-cirrus")
    check("Cirrus Logic audio codec firmware", "zeiss-cirrus", False)
    check("Retinal cameras: Optos Daytona, Topcon TRC-50DX", "fundus-camera")
    check("Retinal cameras: Optos Daytona, Topcon TRC-50DX", "topcon-trc-50dx")
    check("Retinal cameras: Optos Daytona, Topcon TRC-50DX", "optos-widefield")
    check("Perimeters: Humphrey HFA3 and legacy HFA II-i", "visual-field-analyzer")
    check("Perimeters: Humphrey HFA3 and legacy HFA II-i", "humphrey-hfa3")
    parent("humphrey-hfa3", "humphrey-field-analyzer")
    # a perimeter of a site is no eye instrument
    check("Security perimeter fencing and perimeters of the campus", "visual-field-analyzer", False)
    check("Octopus 900 perimeter", "octopus-900")
    check("Pentacam and other corneal topographers", "oculus-pentacam")
    parent("oculus-pentacam", "corneal-topographer")
    check("Optical biometry: IOL Master 700; A-scan/B-scan ultrasound", "zeiss-iolmaster-700")
    check("Optical biometry: IOL Master 700; A-scan/B-scan ultrasound", "optical-biometer")
    check("Optical biometry: IOL Master 700; A-scan/B-scan ultrasound", "ophthalmic-ultrasound")
    check("Lenstar LS 900 biometer", "haag-streit-lenstar")
    check("Specular microscopes (Konan CellChek)", "specular-microscope")
    check("Zeiss FORUM, HEYEX, DICOM modality worklist", "zeiss-forum")
    check("Zeiss FORUM, HEYEX, DICOM modality worklist", "heidelberg-heyex")
    check("Spoke at a public forum on hospital budgets", "zeiss-forum", False)
    check("Constellation vitrectomy systems and Stellaris Elite", "vitrectomy-system")
    check("Constellation vitrectomy systems and Stellaris Elite", "bausch-stellaris-elite")
    parent("alcon-constellation", "vitrectomy-system")
    check("LenSx (first-line support alongside the Alcon FSE)", "alcon-lensx")
    parent("alcon-lensx", "femtosecond-cataract-laser")
    parent("alcon-lensx", "ophthalmic-laser")
    check(
        "YAG lasers, selective laser trabeculoplasty (Ellex Tango), Iridex IQ 532 photocoagulator",
        "ophthalmic-yag-laser",
    )
    check(
        "YAG lasers, selective laser trabeculoplasty (Ellex Tango), Iridex IQ 532 photocoagulator",
        "iridex-iq-532",
    )
    check(
        "YAG lasers, selective laser trabeculoplasty (Ellex Tango), Iridex IQ 532 photocoagulator",
        "retinal-photocoagulator",
    )
    check("Power-checked YAG, SLT and 532 nm lasers every quarter", "yag-laser")
    check("Power-checked YAG, SLT and 532 nm lasers every quarter", "slt-laser")
    # SLT is also a speech and language therapist
    check("Speech therapist (SLT) on the stroke unit", "slt-laser", False)
    check("Goldmann and iCare tonometers", "icare-tonometer")
    check("Checked OCT calibration with model eyes", "model-eye")


def test_irradiator_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Service on cabinet research irradiators and preclinical irradiators", "research-irradiator")
    check("Installed the Rad Source RS 2000 and X-RAD 320", "rad-source-rs-2000")
    check("Installed the RS 2000 and X-RAD 320", "xrad-320")
    parent("xrad-320", "xray-irradiator")
    check("Raycell Mk2 and Xstrahl CIX3 cabinet irradiators", "raycell-mk2")
    check("Raycell Mk2 and Xstrahl CIX3 cabinet irradiators", "xstrahl-cix")
    check("Decommissioned a Gammacell 3000 Elan and a JL Shepherd Mark I", "gammacell-3000-elan")
    check("Decommissioned a Gammacell 3000 Elan and a JL Shepherd Mark I", "jl-shepherd-mark-i")
    parent("jl-shepherd-mark-i", "cesium-irradiator")
    check("Replaced cesium-137 units", "cesium-137")
    check("Cs-137 and Co-60 sources", "cesium-137")
    check("Removal of 137Cs sources", "cesium-137")
    check("Worked with NNSA ORS under CIRP", "nnsa-ors")
    check("Worked with NNSA ORS under CIRP", "cirp")
    # ORS is oral rehydration salts
    check("Oral rehydration salts (ORS) for diarrhoea", "nnsa-ors", False)
    check("Sources removed through OSRP", "osrp")
    check("ALARA and time/distance/shielding", "time-distance-shielding")
    check("Built to the FDA cabinet X-ray standard", "fda-21-cfr-1020-40")
    check("Surveys with a Ludlum Model 9DP", "ludlum-model-9dp")
    parent("ludlum-model-9dp", "ion-chamber-survey-meter")
    check("Tested the E-stop and emergency-off circuits", "emergency-stop")
    check("EMO switch on the irradiator", "emergency-stop")


def test_arbovirus_zoonotic_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("RT-PCR for SLEV, DENV, CHIKV and EEEV", "slev-testing")
    check("RT-PCR for SLEV, DENV, CHIKV and EEEV", "dengue-testing")
    check("RT-PCR for SLEV, DENV, CHIKV and EEEV", "chikungunya-testing")
    check("RT-PCR for SLEV, DENV, CHIKV and EEEV", "eeev-testing")
    parent("dengue-testing", "arbovirus-testing")
    check("Powassan and La Crosse virus IgM", "powassan-testing")
    check("Powassan and La Crosse virus IgM", "la-crosse-testing")
    # La Crosse the city
    check("La Crosse, Wisconsin office", "la-crosse-testing", False)
    check("Zoonoses and tick-borne disease surveillance", "zoonotic-disease")
    check("Zoonoses and tick-borne disease surveillance", "tick-borne-disease-testing")
    check("IgG ELISA and PRNT", "igg-elisa")
    check("Rabies DFA on brain tissue; dRIT", "drit")
    check("DFA staining of brain impressions", "direct-fluorescent-antibody")
    check("Dairy Farmers of America (DFA) plant", "direct-fluorescent-antibody", False)
    parent("rabies-dfa", "direct-fluorescent-antibody")
    check("ELR messages to the health department via HL7", "electronic-laboratory-reporting")
    check("DOJ Security Risk Assessment approved; FSAP registered", "select-agent-sra")
    # a HIPAA security risk assessment is no select agent clearance
    check("HIPAA security risk assessment for the clinic network", "select-agent-sra", False)
    check("Analysis in CLC Genomics Workbench", "clc-genomics-workbench")
    check("Homogenized mosquito pools for RT-PCR", "mosquito-pool-testing")


def test_india_laboratory_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("NABL-accredited hospital laboratory", "nabl")
    check("Documentation to NABL 112", "nabl-112")
    check("Segregation under BMW Rules 2016", "bmw-rules-2016")
    check("BMW segregation with colour-coded bags", "bmw-rules-2016")
    # BMW the carmaker
    check("Serviced BMW 3 series cars", "bmw-rules-2016", False)
    check("CMC Vellore EQAS for biochemistry", "cmc-vellore-eqas")
    check("MBBS, CMC Vellore, 2015", "cmc-vellore-eqas", False)
    check("Inter-laboratory comparison with a partner lab", "inter-laboratory-comparison")
    check("HIL indices on the cobas", "serum-indices")
    check("TFT, LFT, KFT, lipid profile, HbA1c", "thyroid-panel")
    check("TFT, LFT, KFT, lipid profile, HbA1c", "renal-function-panel")
    # TFT is also a thin-film transistor display
    check("TFT LCD display repair on monitors", "thyroid-panel", False)
    check("Maintained the reagent indent and stock register", "reagent-indent")
    parent("reagent-indent", "reagent-inventory")
    check("Equity stock register maintained for shareholders", "reagent-indent", False)
    check("Verified the biological reference interval", "reference-intervals")
    check("MPC Reg. No. 12345", "india-paramedical-council-registration")


def test_urinalysis_automation_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Installed automated urine workcells", "urinalysis-workcell")
    parent("sysmex-un-2000", "urinalysis-workcell")
    check("CLINITEK Novus and iRICELL service", "siemens-clinitek-novus")
    check("CLINITEK Novus and iRICELL service", "beckman-iricell")
    check("Reflectance photometry of the strip pads", "reflectance-photometry")
    check("Replaced the flow cell on the UF-5000", "analyzer-flow-cell")
    # a sequencer's flow cell
    check("Loaded the NextSeq flow cell for sequencing", "analyzer-flow-cell", False)
    check("RS-232 host interface to the LIS", "rs-232")
    check("Troubleshooting to the component level from schematics", "component-level-repair")


def test_endocrine_reference_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Esoteric testing in a reference laboratory", "esoteric-testing")
    check("Testosterone, estradiol, LH and FSH by LC-MS/MS", "testosterone-testing")
    check("Testosterone, estradiol, LH and FSH by LC-MS/MS", "lh-testing")
    parent("testosterone-testing", "steroid-hormone-testing")
    parent("lh-testing", "pituitary-hormone-testing")
    parent("pth-testing", "peptide-hormone-testing")
    # LH beside no hormone word
    check("Left the LH drive of the vehicle", "lh-testing", False)
    check("Free testosterone by equilibrium dialysis", "equilibrium-dialysis")
    check("Plasma renin activity (PRA) and aldosterone", "plasma-renin-activity")
    # PRA of HLA work
    check("Panel reactive antibody (PRA) testing for transplant", "plasma-renin-activity", False)
    check("Checked retention time (RT) and ion ratios on every batch", "retention-time")
    # RT as room temperature and in RT-PCR
    check("Stored at RT for 24 hours; RT-PCR for SARS-CoV-2", "retention-time", False)
    check("Methods validated to CLSI C62-A", "clsi-c62")
    check("HoSt-certified testosterone assay", "cdc-host")
    check("the host computer and the host interface", "cdc-host", False)
    check("ACTH and 17-OHP", "acth-testing")


def test_round46_follow_up_forms(checker):
    check = line_check(checker)
    # an OCT of the frozen-section bench is the embedding compound, not the eye scanner
    check("Embedded muscle biopsies in OCT and tragacanth gum", "oct-compound")
    check("Embedded muscle biopsies in OCT and tragacanth gum", "optical-coherence-tomography", False)
    check("Serviced the Spectralis OCT in the retina clinic", "oct-compound", False)
    # a laser crystal named with another dopant is not Nd:YAG
    check("Serviced holmium:YAG lasers for urology", "yag-laser", False)
    check("Serviced holmium:YAG lasers for urology", "holmium-laser")
    check("Nd:YAG systems for capsulotomy", "yag-laser")
    # relative retention time needs a chromatography word for its initials
    check("RRT within 2% of the internal standard on the LC-MS/MS", "relative-retention-time")
    check("Dialysis nurse, RRT and CRRT circuits", "relative-retention-time", False)
    # an assessment's findings, and a source's wipe tests
    check("Faced NABL surveillance visits with zero NCs raised", "nonconforming-events")
    check("Wipe tests on the Cs-137 sealed sources with a Ludlum survey meter", "radioactive-wipe-test")
    check("Performed a maker-prefixed Siemens CLINITEK Status+ check", "siemens-clinitek-status")
