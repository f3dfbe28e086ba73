"""Pharmaceutical and biotech QC microbiology under cGMP (sterile manufacturing): EU and FDA GMP texts, USP
chapters and the European Pharmacopoeia, EU GMP cleanroom grades, environmental monitoring, pharmaceutical
water, bacterial endotoxin methods and readers, sterility test methods and isolators, compendial microbiology
tests, rapid methods, identification, the GMP laboratory's quality-system terms, titles and makers: each
concept read in its own sense, and each guarded form left alone on a line of another trade.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # GMP texts and pharmacopoeias
    ("Worked to EU GMP and EudraLex Volume 4", "eu-gmp", True),
    ("Implemented the revised EU GMP Annex 1 for the fill line", "eu-gmp-annex-1", True),
    ("Gap assessment against Annex 1 for the aseptic suite", "eu-gmp-annex-1", True),
    ("Annex 1 of the MSA lists service pricing", "eu-gmp-annex-1", False),
    ("Knowledge of PIC/S GMP guidelines", "pic-s", True),
    ("Complied with 21 CFR Parts 210 and 211", "fda-21-cfr-211", True),
    ("Part 211 compliance for FDA inspections", "fda-21-cfr-211", True),
    ("Read part 211 of the novel", "fda-21-cfr-211", False),
    ("Trained staff on the FDA aseptic processing guidance", "fda-aseptic-processing-guidance", True),
    ("Antimicrobial effectiveness testing per USP <51>", "usp-51", True),
    ("Microbial enumeration per USP <61>", "usp-61", True),
    ("Specified organisms per USP <62>", "usp-62", True),
    ("Endotoxin testing per USP <85>", "usp-85", True),
    ("Validated rFC per USP <86>", "usp-86", True),
    ("TOC per USP <643>", "usp-643", True),
    ("Conductivity per USP <645>", "usp-645", True),
    ("Disinfectant studies per USP <1072>", "usp-1072", True),
    ("RMM validation per USP <1223>", "usp-1223", True),
    ("Water system trending per USP <1231>", "usp-1231", True),
    ("Compendial testing to USP and Ph. Eur. monographs", "european-pharmacopoeia", True),
    ("Harmonised USP, EP and JP compendial methods", "european-pharmacopoeia", True),
    ("EP studies and ablations in the cath lab", "european-pharmacopoeia", False),
    # EU GMP grades
    ("EM sampling in Grade A and Grade B areas per Annex 1", "eu-gmp-grade-a", True),
    ("EM sampling in Grade A and Grade B areas per Annex 1", "eu-gmp-grade-b", True),
    ("Worked in Grade A/B cleanrooms and Grade C/D support areas", "eu-gmp-grade-a", True),
    ("Worked in Grade A/B cleanrooms and Grade C/D support areas", "eu-gmp-grade-d", True),
    ("Grade C cleanroom for compounding of buffers", "eu-gmp-grade-c", True),
    ("Sold Grade A eggs at the farmers market", "eu-gmp-grade-a", False),
    ("Maintained a Grade A average in chemistry", "eu-gmp-grade-a", False),
    ("Earned a Grade B in organic chemistry", "eu-gmp-grade-b", False),
    ("Grade C in statistics", "eu-gmp-grade-c", False),
    ("Grade D in physics", "eu-gmp-grade-d", False),
    # environmental monitoring
    ("Personnel monitoring of gowns and gloves after aseptic interventions", "personnel-monitoring", True),
    ("Radiation personnel monitoring with TLD badges", "personnel-monitoring", False),
    ("Gloved fingertip sampling during media fills", "gloved-fingertip-sampling", True),
    ("GFT during gowning qualification", "gloved-fingertip-sampling", True),
    ("GFT loans for the housing project", "gloved-fingertip-sampling", False),
    ("Non-viable particle monitoring in the filling room", "nonviable-particle-monitoring", True),
    ("Prepared monthly EM trending reports", "em-trending", True),
    ("Set alert and action levels for the EM program", "alert-action-levels", True),
    ("Investigated EM excursions and wrote CAPAs", "em-excursion", True),
    ("Swab sampling of irregular surfaces in the cleanroom", "em-swab-sampling", True),
    ("Swab sampling for cleaning validation residues in the cleanroom", "em-swab-sampling", False),
    ("Surface swabs of isolator gloves for EM", "em-swab-sampling", True),
    ("Surface swabs for Listeria in the food plant", "em-swab-sampling", False),
    ("Wrote the contamination control strategy (CCS)", "contamination-control-strategy", True),
    ("CCS for Annex 1 compliance", "contamination-control-strategy", True),
    ("CCS pipeline engineering for carbon capture", "contamination-control-strategy", False),
    ("Nominated for the EMPQ of the new fill suite", "em-performance-qualification", True),
    # pharmaceutical water
    ("Sampled pharmaceutical water systems", "pharmaceutical-water-system", True),
    ("Water for injection (WFI) generation and distribution", "water-for-injection", True),
    ("Sampled the WFI loop daily", "water-for-injection", True),
    ("PW loop sanitized monthly", "purified-water-system", True),
    ("Purified water and WFI systems per USP <1231>", "purified-water-system", True),
    ("Purified water for the chemistry analyzer", "purified-water-system", False),
    ("Water sampling at points of use on the WFI loop", "water-system-sampling", True),
    ("Dialysis water sampling for cultures and endotoxin", "water-system-sampling", False),
    ("Drinking water testing for lead", "water-system-sampling", False),
    ("TOC on water samples from the WFI loop", "toc-analysis", True),
    ("Updated the TOC of the SOP manual", "toc-analysis", False),
    ("Calibrated the TOC analyzers", "toc-analyzer", True),
    ("Sievers TOC analyzer in the QC lab", "sievers-toc", True),
    ("Sievers joined the team", "sievers-toc", False),
    ("Ran water samples on the Sievers M9", "sievers-m9", True),
    ("M9 minimal media for E. coli", "sievers-m9", False),
    ("Conductivity testing of WFI and purified water", "water-conductivity-testing", True),
    ("Dialysate conductivity testing on the 2008T", "water-conductivity-testing", False),
    # endotoxins
    ("Gel-clot LAL for raw materials", "gel-clot-lal", True),
    ("Endotoxin testing by gel-clot and KTA", "gel-clot-lal", True),
    ("Kinetic chromogenic LAL testing of finished product", "kinetic-chromogenic-lal", True),
    ("Ran KCA endotoxin assays", "kinetic-chromogenic-lal", True),
    ("KCA in the compliance office", "kinetic-chromogenic-lal", False),
    ("Kinetic turbidimetric assay for endotoxin", "kinetic-turbidimetric-lal", True),
    ("KTA endotoxin testing of WFI", "kinetic-turbidimetric-lal", True),
    ("Validated recombinant factor C (rFC) assay", "rfc-endotoxin-assay", True),
    ("RFC 2131 DHCP configuration", "rfc-endotoxin-assay", False),
    ("Qualified a new endotoxin reader", "endotoxin-reader", True),
    ("Endosafe cartridges for in-process endotoxin", "charles-river-endosafe", True),
    ("Ran the Endosafe nexgen-PTS", "endosafe-nexgen-pts", True),
    ("PTS cartridges for endotoxin in-process samples", "endosafe-nexgen-pts", True),
    ("PTS in the physical therapy clinic", "endosafe-nexgen-pts", False),
    ("Analysed endotoxin data in WinKQCL", "lonza-winkqcl", True),
    ("Depyrogenation validation with endotoxin challenge vials", "depyrogenation", True),
    # sterility testing
    ("Sterility testing by membrane filtration using Steritest", "membrane-filtration-sterility-test", True),
    (
        "Membrane filtration for coliform testing of drinking water",
        "membrane-filtration-sterility-test",
        False,
    ),
    ("Direct inoculation into FTM and SCDM per USP <71>", "direct-inoculation-sterility-test", True),
    ("Direct inoculation of blood culture bottles", "direct-inoculation-sterility-test", False),
    ("Direct transfer of funds to vendors", "direct-inoculation-sterility-test", False),
    ("Worked in barrier isolators on the vial line", "aseptic-isolator", True),
    ("VHP decontamination of the isolator before filling", "aseptic-isolator", True),
    ("Installed vibration isolators on the MRI", "aseptic-isolator", False),
    ("Operated the compounding aseptic isolator", "aseptic-isolator", False),
    ("Sterility testing isolator decontaminated with VHP", "sterility-test-isolator", True),
    ("RABS filling line for vials", "rabs", True),
    ("The RABS in the animal facility", "rabs", False),
    ("Set up the Steritest pump and canisters", "millipore-steritest", True),
    # compendial microbiology tests
    ("Microbial limits testing of raw materials", "microbial-limits-testing", True),
    ("TAMC and TYMC per USP <61>", "microbial-limits-testing", True),
    ("Tests for specified microorganisms (E. coli, Salmonella)", "specified-microorganisms-testing", True),
    ("Growth promotion testing (GPT) of TSA and SDA media lots", "growth-promotion-testing", True),
    ("Elevated ALT (GPT) on the chemistry analyzer", "growth-promotion-testing", False),
    ("GPT-4 prompts for chatbots", "growth-promotion-testing", False),
    ("Growth promotion hormones in cattle feed", "growth-promotion-testing", False),
    ("Preservative efficacy testing of the nasal spray", "antimicrobial-effectiveness-testing", True),
    ("AET of the nasal spray per USP <51>", "antimicrobial-effectiveness-testing", True),
    ("AET (Automatic Exposure Termination) on the x-ray", "antimicrobial-effectiveness-testing", False),
    ("PET/CT scans for oncology", "antimicrobial-effectiveness-testing", False),
    ("Disinfectant efficacy studies for the sporicide rotation", "disinfectant-efficacy-testing", True),
    # rapid methods and identification
    ("Implemented rapid microbiological methods (RMM)", "rapid-microbiological-methods", True),
    ("RMM validation for bioburden", "rapid-microbiological-methods", True),
    ("Delivered the RMM presentation to the risk committee", "rapid-microbiological-methods", False),
    ("Qualified an RMM system for water testing", "rapid-microbial-detection-system", True),
    ("Growth Direct System for EM plates", "growth-direct", True),
    ("Business growth direct to consumers", "growth-direct", False),
    ("Celsis ATP testing of nonsterile products", "charles-river-celsis", True),
    ("ScanRDI for rapid sterility", "scanrdi", True),
    ("Genotypic identification of EM isolates", "genotypic-identification", True),
    ("16S rRNA sequencing of EM isolates", "16s-rrna-sequencing", True),
    ("Sequenced isolates with MicroSEQ", "microseq", True),
    ("Sent isolates to Accugenix for identification", "accugenix", True),
    ("Characterised isolates on the RiboPrinter", "riboprinter", True),
    # quality system
    ("Led OOS investigations and phase I laboratory investigations", "oos-investigation", True),
    ("Results out of specification were investigated per the OOS SOP", "oos-investigation", True),
    ("OOS tag on the infusion pump", "oos-investigation", False),
    ("Equipment found out of specification during PM was recalibrated", "oos-investigation", False),
    ("Deviation management in TrackWise", "gmp-deviation", True),
    ("Data integrity (ALCOA+) in the QC lab", "gxp-data-integrity", True),
    ("Data integrity of backups on the RAID array", "gxp-data-integrity", False),
    # titles, skills and makers
    ("QC Microbiologist II", "qc-microbiologist", True),
    ("Environmental Monitoring Technician", "em-technician", True),
    ("EM Technician for aseptic filling", "em-technician", True),
    ("EM tech in the emergency department", "em-technician", False),
    ("EM Specialist in the electron microscopy core", "em-technician", False),
    ("Built the sterility assurance program", "sterility-assurance", True),
    ("SAL of 10-6 for terminal sterilization validation", "sterility-assurance", True),
    ("SAL sales analytics", "sterility-assurance", False),
    ("Sterility Assurance Specialist", "sterility-assurance-specialist", True),
    ("Charles River Laboratories preclinical CRO", "charles-river-laboratories", True),
    ("Charles River endotoxin products", "charles-river-laboratories", True),
    ("Kayaked the Charles River", "charles-river-laboratories", False),
    ("MODA-EM paperless EM", "lonza-moda", True),
    ("MODA software for EM samples", "lonza-moda", True),
    ("Visited MoMA and the MODA museum", "lonza-moda", False),
    ("Particle counts with MET ONE counters", "beckman-met-one", True),
    ("I met one of the managers", "beckman-met-one", False),
    ("Air sampling with the MAS-100", "mas-100", True),
    ("Ten years in QC microbiology", "pharmaceutical-microbiology", True),
    ("Mycoplasma testing by qPCR per USP <63>", "mycoplasma-testing", True),
    ("CCIT of vials by vacuum decay per USP <1207>", "container-closure-integrity-testing", True),
]


def test_domain_pharma_qc_microbiology_filing(vocabulary):
    assert "fda-cgmp" in vocabulary.ancestors("fda-21-cfr-211")
    assert "eu-gmp" in vocabulary.ancestors("eu-gmp-annex-1")
    assert "fda" not in vocabulary.ancestors("eu-gmp")
    for chapter in (
        "usp-51",
        "usp-61",
        "usp-62",
        "usp-85",
        "usp-86",
        "usp-643",
        "usp-645",
        "usp-1072",
        "usp-1223",
        "usp-1231",
    ):
        assert "usp" in vocabulary.ancestors(chapter)
    for method in ("gel-clot-lal", "kinetic-chromogenic-lal", "kinetic-turbidimetric-lal"):
        assert "lal-testing" in vocabulary.ancestors(method)
        assert "endotoxin-testing" in vocabulary.ancestors(method)
    rfc = vocabulary.ancestors("rfc-endotoxin-assay")
    assert "endotoxin-testing" in rfc and "lal-testing" not in rfc
    assert "endotoxin-reader" in vocabulary.ancestors("endosafe-nexgen-pts")
    assert "charles-river-endosafe" in vocabulary.ancestors("endosafe-nexgen-pts")
    for method in ("membrane-filtration-sterility-test", "direct-inoculation-sterility-test"):
        assert "sterility-testing" in vocabulary.ancestors(method)
    assert "aseptic-isolator" in vocabulary.ancestors("sterility-test-isolator")
    for monitoring in (
        "personnel-monitoring",
        "gloved-fingertip-sampling",
        "nonviable-particle-monitoring",
        "em-trending",
        "em-swab-sampling",
        "em-performance-qualification",
    ):
        assert "environmental-monitoring" in vocabulary.ancestors(monitoring)
    assert "surface-sampling" in vocabulary.ancestors("em-swab-sampling")
    assert "personnel-monitoring" in vocabulary.ancestors("gloved-fingertip-sampling")
    for water in ("water-for-injection", "purified-water-system"):
        assert "pharmaceutical-water-system" in vocabulary.ancestors(water)
    assert "toc-analyzer" in vocabulary.ancestors("sievers-m9")
    assert "organism-identification" in vocabulary.ancestors("16s-rrna-sequencing")
    assert "microbial-identification-system" in vocabulary.ancestors("riboprinter")
    for rmm in ("growth-direct", "charles-river-celsis", "scanrdi"):
        assert "rapid-microbial-detection-system" in vocabulary.ancestors(rmm)
    assert "particle-counter" in vocabulary.ancestors("beckman-met-one")
    assert "viable-air-sampler" in vocabulary.ancestors("mas-100")
    assert "nonconforming-events" in vocabulary.ancestors("em-excursion")
    assert "microbiology" in vocabulary.ancestors("pharmaceutical-microbiology")
    grades = {
        "eu-gmp-grade-a": {"iso-class-5"},
        "eu-gmp-grade-b": {"iso-class-5", "iso-class-7"},
        "eu-gmp-grade-c": {"iso-class-7", "iso-class-8"},
        "eu-gmp-grade-d": {"iso-class-8"},
    }
    for grade, classes in grades.items():
        assert classes <= set(vocabulary.concepts[grade].related)
        assert not any(c in vocabulary.ancestors(grade) for c in classes)
    assert vocabulary.concepts["qc-microbiologist"].category.value == "title"
    assert vocabulary.concepts["charles-river-laboratories"].category.value == "manufacturer"


def test_domain_pharma_qc_microbiology_forms(checker):
    each_case(_CASES, line_check(checker))
