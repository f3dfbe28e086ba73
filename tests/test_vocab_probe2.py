"""A probe sweep of lab-instruments (from the Leica RM2125 on): one line per fix, each failing before it.

Each concept was read with one-line probe sentences in its own sense and in another; forms that read another
sense now need their own words nearby, lumped models and modules are their own concepts, and parts or
consumables are no longer filed as kinds of the instrument. The second group checks that the guarded forms
still count in their own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check, status_of

_A_PROBE_SWEEP_OF_LAB_INSTRUMENTS_KEEPS_OTHER_SENSES_AND_MODELS_APART_CASES = [
    # cryostat: the MRI magnet's cryostat is not the microtome
    ("Monitored helium level in the MRI cryostat", "cryostat", False),
    ("Liquid nitrogen cryostat for spectroscopy", "cryostat", False),
    # dako-omnis: Metrohm OMNIS titrators
    ("Titrations on the Metrohm OMNIS platform", "dako-omnis", False),
    ("Metrohm Omnis titrator", "dako-omnis", False),
    # abbott-architect: an architect is a job and a role
    ("Solutions Architect for the LIS integration", "abbott-architect", False),
    ("Served as the architect of the new middleware rules", "abbott-architect", False),
    # cytology-imaging-system: high-throughput screening systems
    ("Designed an automated screening system for compound libraries", "cytology-imaging-system", False),
    # biofire-spotfire: TIBCO Spotfire analytics
    ("Built dashboards in TIBCO Spotfire for lab KPIs", "biofire-spotfire", False),
    ("Spotfire", "biofire-spotfire", False),
    # diasorin-liaison: a liaison title written in capitals
    ("LABORATORY LIAISON", "diasorin-liaison", False),
    # ortho-autovue: Oracle AutoVue drawing viewer
    ("Viewed drawings in Oracle AutoVue", "ortho-autovue", False),
    # siemens-epoc: EPOC in exercise physiology
    ("Measured EPOC after exercise testing", "siemens-epoc", False),
    # bd-bactec-mgit: the growth indicator tubes are not the instrument
    ("Inoculated MGIT tubes for AFB culture", "bd-bactec-mgit", False),
    # biofire: the company is not the instrument
    ("BioFire Diagnostics field application specialist", "biofire", False),
    # grossing-workstation: an autopsy downdraft table is not a grossing station
    ("Downdraft table in the autopsy suite", "grossing-workstation", False),
    # sysmex-xr: models are their own concepts
    ("Sysmex XR-10 hematology", "sysmex-xr-10", True),
    ("Sysmex XR-20", "sysmex-xr-20", True),
    ("Sysmex XR-1000", "sysmex-xr-1000", True),
    # sysmex-xe-2100: the XE-2100D is its own model
    ("Sysmex XE-2100D", "sysmex-xe-2100", False),
    ("Sysmex XE-2100D", "sysmex-xe-2100d", True),
    # sysmex-cs-2100i: the CS-2000i is another model
    ("CS-2000i coagulation", "sysmex-cs-2100i", False),
    ("CS-2000i coagulation", "sysmex-cs-2000i", True),
    # sysmex-ca-600: the CA-620 and CA-660 are models of the series
    ("Sysmex CA-620", "sysmex-ca-620", True),
    ("Sysmex CA-660", "sysmex-ca-660", True),
    # sysmex-un: the UN-2000 and UN-3000 are models of the line
    ("UN-2000 urinalysis line", "sysmex-un-2000", True),
    ("UN-3000 urinalysis line", "sysmex-un-3000", True),
    # sysmex-uf: three analyzers of the series
    ("UF-5000 urine particle analyzer", "sysmex-uf-5000", True),
    ("UF-4000", "sysmex-uf-4000", True),
    # beckman-dxh-500: the DxH 520 and DxH 560 are models
    ("DxH 520", "beckman-dxh-520", True),
    ("DxH 560", "beckman-dxh-560", True),
    # beckman-lh: the LH 750, 755 and 780 are models
    ("LH 750 and LH 780", "beckman-lh-750", True),
    ("LH 750 and LH 780", "beckman-lh-780", True),
    ("LH 755", "beckman-lh-755", True),
    # beckman-au400 / beckman-au640: the e versions are later models
    ("AU400e", "beckman-au400", False),
    ("AU640e", "beckman-au640", False),
    # beckman-urinalysis: the DxU Iris is the successor, not the iQ200
    ("Beckman Coulter DxU Iris", "beckman-urinalysis", False),
    ("Beckman Coulter DxU Iris", "beckman-dxu", True),
    # abbott-architect-i2000sr: the original i2000 is another model
    ("ARCHITECT i2000", "abbott-architect-i2000sr", False),
    ("ARCHITECT i2000", "abbott-architect-i2000", True),
    # abbott-alinity-h: the hq is one instrument of the series
    ("Alinity hq", "abbott-alinity-hq", True),
    # abbott-m2000: the sp and rt are parts of the system
    ("Ran extractions on the m2000sp", "abbott-m2000", False),
    ("m2000rt amplification", "abbott-m2000", False),
    ("m2000sp and m2000rt", "abbott-m2000sp", True),
    # abbott-istat: the i-STAT 1 is one handheld
    ("i-STAT 1 handheld", "abbott-istat-1", True),
    # vitek-ms: the PRIME is a later model
    ("VITEK MS PRIME", "vitek-ms-prime", True),
    # bd-bactec-fx: the FX40 is a different model
    ("BACTEC FX40", "bd-bactec-fx", False),
    # immucor-neo: the first Galileo is not the Galileo NEO
    ("Immucor Galileo", "immucor-neo", False),
    ("Immucor Galileo Echo", "immucor-neo", False),
    ("Immucor Galileo", "immucor-galileo", True),
    # phadia: ImmunoCAP is the assay, not the instrument
    ("ImmunoCAP specific IgE testing", "phadia", False),
    # stago-sta-r-max / compact / satellite: generations and models
    ("STA R Max 2", "stago-sta-r-max-2", True),
    ("STA R Max3", "stago-sta-r-evolution", False),
    ("STA Compact Max 3", "stago-sta-compact-max-3", True),
    ("STA Satellite Max", "stago-sta-satellite-max", True),
    # horiba-yumizen / horiba-pentra / mindray-cl: models are not the family
    ("Yumizen H2500", "horiba-yumizen-h2500", True),
    ("Yumizen H2500", "horiba-yumizen", False),
    ("Mindray CL-1200i", "mindray-cl", False),
    ("Mindray CL-1200i", "mindray-cl-1200i", True),
    ("Pentra DX Nexus", "horiba-pentra", False),
    # siemens-atellica-im: the IM 1300 and IM 1600 are two models
    ("Atellica IM 1600", "siemens-atellica-im-1600", True),
    ("Atellica IM 1300", "siemens-atellica-im-1300", True),
    # siemens-immulite-2000 / dimension models: later or other models
    ("IMMULITE 2000 XPi", "siemens-immulite-2000-xpi", True),
    ("Dimension Vista 1500", "siemens-dimension-vista-1500", True),
    ("Xpand Plus", "siemens-dimension-xpand", False),
    ("RxL Max", "siemens-dimension-rxl", False),
    ("EXL 200", "siemens-dimension-exl-200", True),
    # siemens-advia-centaur: the ACS:180 was its predecessor
    ("ACS:180", "siemens-advia-centaur", False),
    # biorad-ih: the IH-Com software and the IH-Reader are their own things
    ("IH-Com data management", "biorad-ih", False),
    ("IH-Reader", "biorad-ih-reader", True),
    # werfen-bio-flash: QUANTA Flash is the assay line
    ("QUANTA Flash assays", "werfen-bio-flash", False),
    # bd-focalpoint: the Slide Profiler is the earlier system
    ("FocalPoint Slide Profiler", "bd-focalpoint-slide-profiler", True),
    # hologic-genius: the Cervical AI is software
    ("Genius Cervical AI", "hologic-genius", False),
    # dako-autostainer / sakura-prisma / sakura-glas: models of the family
    ("Autostainer Link 48", "dako-autostainer", False),
    ("Prisma Plus", "sakura-prisma", False),
    ("Glas g2", "sakura-glas", False),
    # roche cobas modules: parts of the analyzer series
    ("c501 chemistry module", "roche-cobas-6000", False),
    ("c501 chemistry module", "roche-cobas-c501", True),
    ("e601", "roche-cobas-e601", True),
    ("Roche cobas c 501 and e 601", "roche-cobas-c501", True),
    ("c702", "roche-cobas-8000", False),
    ("e801", "roche-cobas-e801", True),
    ("ISE 1800", "roche-cobas-ise-1800", True),
    ("c503", "roche-cobas-pro", False),
    ("c303 and e402", "roche-cobas-pure", False),
    ("cobas x 480", "roche-cobas-4800", False),
    ("cobas z 480", "roche-cobas-z480", True),
    ("COBAS TaqMan 48", "roche-cobas-taqman-analyzer", True),
    ("COBAS AmpliPrep", "roche-cobas-ampliprep", True),
    # roche cobas modules and models: a room, suite or form number is not a module
    ("Suite B 123, Houston, TX 77030", "roche-cobas-b123", False),
    ("Office: Building C, Room C 111", "roche-cobas-c111", False),
    ("Completed Form E 411 for the state", "roche-cobas-e411", False),
    # ortho-vitros: the microscopic slide agglutination test is not VITROS MicroSlide
    ("Microslide agglutination test", "ortho-vitros", False),
    # luminex-systems: the company is not the instruments
    ("Luminex Corporation field service engineer", "luminex-systems", False),
    # roche-cobas-integra / cepheid-genexpert-infinity: models of the family
    ("COBAS INTEGRA 400 plus", "roche-cobas-integra-400", True),
    ("GeneXpert Infinity-80", "cepheid-genexpert-infinity-80", True),
    ("GeneXpert Infinity-48s", "cepheid-genexpert-infinity-48", True),
    # leica-spectra: the SPECTRA CV coverslipper is not the SPECTRA ST stainer
    ("Leica HistoCore SPECTRA CV coverslipper", "leica-spectra", False),
    # ventana-benchmark: the BenchMark Special Stains is no IHC/ISH stainer
    ("Ventana BenchMark Special Stains", "ventana-benchmark", False),
    # werfen-gem-premier: the ChemSTAT is no blood gas analyzer
    ("Werfen GEM Premier ChemSTAT", "werfen-gem-premier", False),
    ("GEM Premier ChemSTAT whole blood analyzer", "werfen-gem-premier", False),
    # beckman-dxc: the DxC 700 AU is built on the AU, not the UniCel DxC
    ("Beckman Coulter DxC 700 AU", "beckman-dxc", False),
    ("DxC 700 AU", "beckman-dxc-700-au", True),
    ("Beckman Coulter DxC 800", "beckman-dxc-800", True),
    ("DxI 800", "beckman-dxi-800", True),
    # immucor-neo: the NEO Iris is its own instrument
    ("Immucor NEO Iris", "immucor-neo", False),
    # biofire: the SpotFire is not the FilmArray
    ("BioFire SpotFire", "biofire", False),
    # bd-focalpoint: the Slide Profiler is not the GS Imaging System
    ("FocalPoint Slide Profiler", "bd-focalpoint", False),
    # hologic-genius: the Cervical AI is software
    ("Hologic Genius Cervical AI", "hologic-genius", False),
    # bd-bactec: the MGIT 960 is no blood culture system
    ("BACTEC MGIT 960", "bd-bactec", False),
    ("BD BACTEC MGIT", "bd-bactec", False),
    # thermo-clearvue: Philips ClearVue ultrasound systems
    ("Serviced Philips ClearVue 550 ultrasound systems", "thermo-clearvue", False),
    # microscan: Omron Microscan barcode readers
    ("Configured Microscan barcode readers on the track", "microscan", False),
    ("Omron Microscan MS-3 scanners", "microscan", False),
    # bd-totalys: the SlidePrep and MultiProcessor are two instruments
    ("Totalys SlidePrep", "bd-totalys-slideprep", True),
    ("BD Totalys MultiProcessor", "bd-totalys-multiprocessor", True),
    # roche-cobas-liat: Liat is also a person's name
    ("Liat Cohen, MLS(ASCP), Laboratory Manager", "roche-cobas-liat", False),
    # accelerate-pheno: the PhenoTest BC kit is not the instrument
    ("Accelerate PhenoTest BC kit", "accelerate-pheno", False),
]


def test_a_probe_sweep_of_lab_instruments_keeps_other_senses_and_models_apart(checker):
    each_case(
        _A_PROBE_SWEEP_OF_LAB_INSTRUMENTS_KEEPS_OTHER_SENSES_AND_MODELS_APART_CASES, line_check(checker)
    )


_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Cut frozen sections on the cryostat for intraoperative consults", "cryostat", True),
    ("Cryostat maintenance and decontamination", "cryostat", True),
    ("Sectioned tissue on cryostats", "cryostat", True),
    ("Leica CM3050 S cryostat", "cryostat", True),
    ("Ran IHC on the Dako Omnis", "dako-omnis", True),
    ("Omnis IHC stainer", "dako-omnis", True),
    ("Maintained Abbott ARCHITECT c8000 and i2000SR analyzers", "abbott-architect", True),
    ("ARCHITECT analyzers", "abbott-architect", True),
    (
        "ThinPrep Imaging System and automated screening system for Pap slides",
        "cytology-imaging-system",
        True,
    ),
    ("Ran respiratory panels on the BioFire SpotFire", "biofire-spotfire", True),
    ("BIOFIRE SPOTFIRE respiratory panel", "biofire-spotfire", True),
    ("Ran vitamin D on the DiaSorin LIAISON XL", "diasorin-liaison", True),
    ("LIAISON XL analyzer", "diasorin-liaison", True),
    ("Ortho AutoVue Innova blood bank analyzer", "ortho-autovue", True),
    ("Ortho AutoVue", "ortho-autovue", True),
    ("Ran blood gases on the epoc and i-STAT", "siemens-epoc", True),
    ("Siemens epoc blood analysis system", "siemens-epoc", True),
    ("Loaded MGIT 960 instrument", "bd-bactec-mgit", True),
    ("BACTEC MGIT", "bd-bactec-mgit", True),
    ("Ran BioFire respiratory panels", "biofire", True),
    ("BioFire FilmArray", "biofire", True),
    ("ADVIA Centaur XP", "siemens-advia-centaur", True),
    ("Centaur immunoassay analyzer", "siemens-advia-centaur", True),
    ("Downdraft table for grossing specimens", "grossing-workstation", True),
    ("Immucor Galileo NEO", "immucor-neo", True),
    ("STA-R Evolution", "stago-sta-r-evolution", True),
    ("Beckman Coulter iQ200", "beckman-urinalysis", True),
    ("Abbott m2000 RealTime System", "abbott-m2000", True),
    ("Phadia 250 instrument", "phadia", True),
    ("ImmunoCAP 250", "phadia-250", True),
    ("c 311 chemistry analyzer", "roche-cobas-c311", True),
    ("Roche cobas b 221 blood gas analyzer", "roche-cobas-b221", True),
    ("MicroSlide lot QC on VITROS", "ortho-vitros", True),
    ("Luminex 200 HLA", "luminex-systems", True),
    ("Accelerate Pheno system", "accelerate-pheno", True),
    ("Leica HistoCore Spectra stainer", "leica-spectra", True),
    ("Ventana BenchMark", "ventana-benchmark", True),
    ("Werfen GEM Premier 5000", "werfen-gem-premier", True),
    ("GEM Premier blood gas", "werfen-gem-premier", True),
    ("Beckman Coulter DxC", "beckman-dxc", True),
    ("UniCel DxC", "beckman-dxc", True),
    ("Immucor NEO", "immucor-neo", True),
    ("BioFire FilmArray Torch", "biofire", True),
    ("BD FocalPoint GS", "bd-focalpoint", True),
    ("ClearVue coverslipper", "thermo-clearvue", True),
    ("Ran flu/RSV on the Liat", "roche-cobas-liat", True),
    ("cobas Liat", "roche-cobas-liat", True),
    ("MicroScan WalkAway panels for AST", "microscan", True),
    ("Beckman Coulter MicroScan", "microscan", True),
    ("Hologic Genius", "hologic-genius", True),
    ("BD BACTEC FX", "bd-bactec", True),
    ("BACTEC blood cultures", "bd-bactec", True),
]


def test_forms_guarded_in_the_probe_sweep_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_PROBE_SWEEP_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    ("istat-blood-gas-cartridges", "abbott-istat", False),
    ("istat-chemistry-cartridges", "abbott-istat", False),
    ("abbott-m2000sp", "nucleic-acid-extractor", True),
    ("abbott-m2000rt", "real-time-pcr-instrument", True),
    ("roche-cobas-x480", "roche-cobas-4800", False),
    ("roche-cobas-c501", "chemistry-analyzer", True),
    ("roche-cobas-e601", "immunoassay-analyzer", True),
    ("beckman-dxu", "urinalysis-analyzer", True),
    ("sysmex-xr-10", "sysmex-xr", True),
    ("biorad-ih-com", "middleware", True),
    ("phadia-immunocap", "immunoassay", True),
    ("sysmex-xe-2100d", "sysmex-xe", True),
    ("thinprep-processor", "hologic-thinprep", False),
    ("ortho-vision-max", "blood-bank-analyzer", True),
    ("stago-sta-satellite-max", "stago-sta", True),
    ("bd-totalys-multiprocessor", "cytology-processor", False),
    ("bd-totalys-slideprep", "cytology-processor", True),
    ("philips-ufs", "philips-intellisite", False),
    ("luminex-verigene", "luminex-systems", True),
    ("luminex-aries", "luminex-systems", True),
    ("grifols-erytra-eflexis", "blood-bank-analyzer", True),
    ("thinprep-imaging-system", "imaging-assisted-screening", False),
    ("accelerate-phenotest-bc", "antimicrobial-susceptibility-testing", True),
]


def test_the_probe_sweep_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_PROBE_SWEEP_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


def test_the_two_multistix_concepts_answer_each_other(checker):
    # siemens-multistix: the same strips as multistix; a bare Multistix missed a posting's Multistix strips
    assert status_of(checker, "Multistix", "Multistix strips", "multistix") == "synonym"
