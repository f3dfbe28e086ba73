"""Vocabulary added where the forty-second round of held-out pairs showed it thin.

The preclinical imaging core (preclinical-imaging.yaml), radiation sterilization
(radiation-sterilization.yaml), ligand-binding assays (ligand-binding-assays.yaml), the GI motility lab
(gi-motility.yaml), gamma camera service (nuclear-medicine-service.yaml) and southern African laboratory
medicine (southern-africa-lab.yaml). Each ambiguous form is checked in its other sense too.
"""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check


def test_preclinical_imaging_systems_and_their_classes(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("bruker-skyscan-1276", "micro-ct")
    parent("vevo-3100", "high-frequency-ultrasound")
    parent("ivis-spectrum", "in-vivo-optical-imaging")
    parent("micro-pet", "pet")
    check("In vivo µCT on the Quantum GX2", "micro-ct")
    check("Acquire BLI/FLI on the IVIS Spectrum", "bioluminescence-imaging")
    check("Acquire BLI/FLI on the IVIS Spectrum", "in-vivo-fluorescence-imaging")
    check("ATP bioluminescence swabs of the biosafety cabinet", "bioluminescence-imaging", False)
    check("Confocal fluorescence imaging of fixed sections", "in-vivo-fluorescence-imaging", False)
    posting = "Duties\n- Operate high-frequency ultrasound\n"
    resume = "Experience\n- Cardiac echo on the Fujifilm VisualSonics Vevo 3100\n"
    status = _statuses(checker, posting, resume)
    assert status["high-frequency ultrasound"] is Status.RELATED, status


def test_rodent_routes_and_their_other_senses(checker):
    check = line_check(checker)
    check("Lateral tail vein injections and IP luciferin doses", "intraperitoneal-injection")
    check("Configured IP phones and IP cameras on the VLAN", "intraperitoneal-injection", False)
    check("Filed IP rights and patents with the tech transfer office", "intraperitoneal-injection", False)
    check("CITI Program: Working with the IACUC", "citi-program")
    check("Personal banker at CITI bank branch", "citi-program", False)
    check("Kept IACUC and USDA records for AWA-covered species", "animal-welfare-act")
    check("IACUC protocols; NRC Guide (8th ed.)", "nrc-radiation", False)
    check("SUV analysis of FDG PET scans in VivoQuant", "suv-analysis")
    check("Drove the company SUV to client sites", "suv-analysis", False)
    check("FBP and OSEM reconstruction of PET data", "filtered-back-projection")


def test_nuclear_medicine_is_not_new_mexico_and_leap_is_a_collimator(checker):
    check = line_check(checker)
    check("Field-based territory around Albuquerque, NM", "nuclear-medicine", False)
    # the place guard of every state code: a clause or a territory after the town's state
    check("Location: Field-based, Albuquerque, NM territory", "nuclear-medicine", False)
    check("Live within 60 miles of Las Cruces, NM; the territory covers the state", "nuclear-medicine", False)
    check("Service NM and CT imaging systems", "nuclear-medicine")
    check("Swapped LEHR and LEAP collimators on the Symbia", "leap-collimator")
    check("Completed the LEAP emerging leaders program in 2023", "leap-collimator", False)
    check("Sodium iodide crystals and PMT tuning", "nai-detector")
    check("Decay-in-storage log kept weekly", "decay-in-storage")
    check("Digirad Cardius 3 XPO mobile cardiac camera", "digirad")
    check("Collimator alignment for the X-ray tube housing", "gamma-camera-collimator", False)


def test_radiation_sterilization_forms_and_their_other_senses(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("vdmax25", "sterilization-dose-setting")
    parent("harwell-red-4034", "pmma-dosimeter")
    parent("gex-b3-film", "radiochromic-film")
    check("Co-60 gamma and 10 MeV electron beam (EB) sterilization", "gamma-sterilization")
    check("Co-60 gamma and 10 MeV electron beam (EB) sterilization", "electron-beam-sterilization")
    check("Member, Gamma Sigma Delta honor society", "gamma-sterilization", False)
    check("84 Cobalt Ridge Ct, Apt 3", "cobalt-60", False)
    check("Dose mapping with Dmin/Dmax and the DUR", "dose-uniformity-ratio")
    check("Dmax and PDD measured in the water tank for the linac", "dmin-dmax", False)
    check("Read alanine pellets on the EPR spectrometer", "epr-spectrometer")
    check("Scanned paper charts into the EPR (electronic patient record)", "epr-spectrometer", False)
    check("Calibrated PMMA dosimeters (Harwell Red 4034)", "pmma-dosimeter")
    check("PMMA bone cement mixing for the OR", "pmma-dosimeter", False)
    check("ALT (alanine aminotransferase) on the chemistry analyzer", "alanine-dosimeter", False)
    check("Sal Ferraro, Production Supervisor", "sterility-assurance", False)
    check("Powered industrial truck (PIT) certification", "forklift-certification")
    check("Pit boss at the casino, PIT certified", "forklift-certification", False)
    posting = "Requirements\n- NRC Increased Controls\n- ISO/ASTM 51261\n"
    resume = "Experience\n- 10 CFR Part 37 security program\n- Calibration per ASTM E1261\n"
    status = _statuses(checker, posting, resume)
    assert status["NRC Increased Controls"] is Status.SYNONYM, status
    assert status["ISO/ASTM 51261"] is Status.SYNONYM, status


def test_ligand_binding_forms_and_their_other_senses(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("meso-quickplex-sq-120", "msd-instruments")
    parent("freeze-thaw-stability", "analyte-stability")
    check("ADA bridging assays on the MSD platform", "anti-drug-antibody-assay")
    check("Request a reasonable accommodation under the ADA", "anti-drug-antibody-assay", False)
    check("PK and PD biomarker assays for phase II", "pharmacodynamic-biomarker")
    check("Plasma NfL in Parkinson's disease (PD) cohorts", "pharmacodynamic-biomarker", False)
    check("Ran cytokine panels on MSD and Ella", "ella-simple-plex")
    check("Mentored by Dr. Ella Whitfield", "ella-simple-plex", False)
    check("Ella Whitfield, Laboratory Director", "ella-simple-plex", False)
    check("MSD QuickPlex SQ 120 and Discovery Workbench", "meso-scale-discovery")
    check("Agilent 5977 GC/MSD for volatile screens", "meso-scale-discovery", False)
    check("Send a detailed CV with three references", "precision-study", False)
    check("Active GLP-1 measured by ELISA", "good-laboratory-practice", False)
    check("Minimum required dilution (MRD) set in matrix", "minimum-required-dilution")
    check("MRD testing by flow cytometry for ALL", "minimum-required-dilution", False)


def test_gi_motility_forms_and_their_other_senses(checker):
    check = line_check(checker)
    check("Bravo pH capsule placement for 96-hour studies", "wireless-ph-monitoring")
    check("Medical assistant at Bravo Family Medicine", "wireless-ph-monitoring", False)
    check("Anorectal manometry with RAIR and balloon expulsion", "rectoanal-inhibitory-reflex")
    check("HRM with IRP and DCI per Chicago Classification v4.0", "high-resolution-esophageal-manometry")
    check("Human Resource Management (HRM) coursework", "high-resolution-esophageal-manometry", False)
    check("Robotic ARM calibration on the assembly line", "anorectal-manometry", False)
    check("AET and symptom index (SI) and SAP from the pH-impedance study", "acid-exposure-time")
    check("SAP S/4HANA for purchase orders", "symptom-association", False)
    check("H2/CH4 breath testing for SIBO", "hydrogen-methane-breath-test")


def test_southern_african_forms(checker):
    check = line_check(checker)
    check("SANAS-accredited to ISO 15189", "sanas")
    check("EQA: RIQAS and UK NEQAS", "riqas")
    check("Report to the Chemical Pathology registrar", "chemical-pathology")
    check("Results on DISA*Lab and TrakCare", "disa-lab")
    # continuing professional development beside the council's registration, not the CPD anticoagulant
    check("HPCSA registration current, with up-to-date CPD", "continuing-professional-development")
    check("Whole blood collected into CPD bags", "continuing-professional-development", False)
