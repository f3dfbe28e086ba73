"""Vocabulary added where the fifty-third round of held-out pairs showed it thin.

Canadian dialysis equipment and water technology (canada-dialysis-technology.yaml), the clinical trials
laboratory kit and sample coordinator (clinical-trials-central-lab.yaml), the Indian blood centre
(india-blood-centre.yaml), South African haematology (southern-africa-lab.yaml), the Gulf hospital biomedical
engineer (uae-biomedical-engineering.yaml) and veterinary imaging service (veterinary-imaging-service.yaml),
with the concepts of older files they extend. Each ambiguous form is checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check


def test_canada_dialysis_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("GAC vessels (worker/polisher), distribution loop, bicarb mixer", "carbon-tank")
    # a laboratory's RO has carbon too
    check("Changed carbon filters on the lab RO water system", "carbon-tank", False)
    check("Aseptic sampling technique for water and dialysate cultures", "aseptic-technique")
    check("Heat citric disinfection with Citrosteril on Fresenius 5008S", "citrosteril")
    parent("citrosteril", "citric-acid-disinfection")
    # citric acid outside a dialysis line is a reagent
    check("Added citric acid to the buffer", "citric-acid-disinfection", False)
    check("R2A and TSA plates for dialysate cultures", "r2a-agar")
    check("R2A and TSA plates for dialysate cultures", "tryptic-soy-agar")
    # TSA is also the Transportation Security Administration
    check("TSA PreCheck and travel", "tryptic-soy-agar", False)
    check("CSA Z364.2.2 and CSA C22.2 No. 60601-1", "csa-z364")
    check("CSA Z364.2.2 and CSA C22.2 No. 60601-1", "csa-c22-2-60601-1")
    check("Ontario OHSA and WHMIS 2015", "ontario-ohsa")
    # other provinces and countries have Acts of the same name: the bare title is Ontario's only beside it
    check("Trained staff under the Occupational Health and Safety Act", "ontario-ohsa", False)
    check("Follow the Occupational Health and Safety Act and WHMIS", "ontario-ohsa")
    check("Occupational Health and Safety Act 85 of 1993", "ontario-ohsa", False)
    check("Member of CANNT and CMBES; OACETT C.E.T.", "cannt")
    check("Member of CANNT and CMBES; OACETT C.E.T.", "cmbes")
    check("Member of CANNT and CMBES; OACETT C.E.T.", "cet-oacett")
    parent("cet-oacett", "oacett")
    check("Home patients on peritoneal dialysis with Baxter HomeChoice Claria", "peritoneal-dialysis")
    check("Home patients on peritoneal dialysis with Baxter HomeChoice Claria", "homechoice-claria")
    parent("liberty-select", "peritoneal-dialysis-cycler")
    check("Liberty Select cyclers for home PD", "peritoneal-dialysis")
    check("PD cyclers and HD machines", "peritoneal-dialysis-cycler")
    # PD is also a police department
    check("The PD department followed up the burglary", "peritoneal-dialysis", False)
    check("Online chlorine analyzers on the RO", "online-chlorine-analyzer")
    check("Chloramine breakthrough checks after the worker carbon", "chlorine-testing")
    check("Collect endotoxin samples from the dialysis loop", "endotoxin-testing")
    check("Full G licence, clean abstract", "drivers-license")


def test_clinical_trials_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Worked at Covance Central Laboratory Services", "labcorp-drug-development")
    parent("labcorp-drug-development", "central-laboratory")
    check("Checked kit expiry before each study visit", "trial-kit-management")
    check("Source documents reviewed with the CRA at site monitoring visits", "monitoring-visits")
    check("Source documents reviewed with the CRA at site monitoring visits", "source-documents")
    # a monitoring visit and source data can be a plant's or a software team's
    check("Site monitoring visits to the pump station", "monitoring-visits", False)
    check("Reviewed source data for the software migration", "source-documents", False)
    check("Medidata Rave EDC and Oracle InForm", "medidata-rave")
    check("Medidata Rave EDC and Oracle InForm", "oracle-inform")
    parent("medidata-rave", "electronic-data-capture")
    # EDC is also an engineering change
    check("Raised an EDC for the board layout change", "electronic-data-capture", False)
    check("Medidata Rave, InForm, OnCore CTMS, IXRS, STARLIMS", "interactive-response-technology")
    check("Medidata Rave, InForm, OnCore CTMS, IXRS, STARLIMS", "ctms")
    check("FDA BIMO inspection with zero 483 observations", "fda-bimo-inspection")
    parent("fda-bimo-inspection", "fda-inspection")
    check("Shipped specimens on dry ice under IATA Packing Instruction 650", "iata-pi-650")
    check("Frozen aliquots shipped on dry ice", "dry-ice-shipping")
    check("49 CFR hazmat training and IATA", "dot-hazmat-regulations")
    # the DOT drug testing rule is another part of 49 CFR
    check("49 CFR Part 40 DOT drug testing", "dot-hazmat-regulations", False)
    check("PBMCs from BD Vacutainer CPT tubes", "cell-preparation-tube")
    parent("cell-preparation-tube", "bd-vacutainer")
    check("SOCRA CCRP, 2022", "ccrp-socra")


def test_india_blood_centre_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Followed NBTC guidelines and the Drugs and Cosmetics Act, 1940", "nbtc-india")
    check("Followed NBTC guidelines and the Drugs and Cosmetics Act, 1940", "india-drugs-cosmetics-act")
    check("Licence renewal under the D&C Act and Rules", "india-drugs-cosmetics-act")
    # NBTC is also a broadcasting regulator and a tuner chip maker's acronym
    check("NBTC tuner module in the set-top box", "nbtc-india", False)
    check("Reported transfusion reactions to HvPI", "hvpi")
    parent("hvpi", "hemovigilance")
    check("Donor haemoglobin by copper sulphate method and HemoCue", "copper-sulphate-method")
    check("Organised voluntary blood donation camps with the blood collection van", "blood-donation-camp")
    check("Organised voluntary blood donation camps with the blood collection van", "blood-collection-van")
    check("Top-and-bottom quadruple bags on the Compomat", "top-and-bottom-bags")
    parent("top-and-bottom-bags", "multiple-blood-bag")
    check("FFP stored in -40 °C deep freezers", "plasma-freezer")
    # a research lab's deep freezer is no plasma freezer
    check("Sample storage in deep freezers for the research biobank", "plasma-freezer", False)
    check("TTI screening: HIV, HBsAg, HCV, syphilis and malaria by ELISA", "malaria-testing")
    # malaria on a line with no test word is the disease
    check("Malaria endemic region volunteer work", "malaria-testing", False)
    check("Asked malaria screening questions at donor intake", "malaria-testing", False)
    check("Malaria travel deferral questions at donor screening", "malaria-testing", False)
    check("MP antigen card test for malaria", "malaria-rdt")
    parent("malaria-rdt", "malaria-testing")
    check("ABO grouping by tube technique and gel cards", "tube-testing")
    # the coliform multiple tube technique is microbiology
    check("Coliforms by the multiple tube technique", "tube-testing", False)
    check("Platelet agitator-incubator checks every shift", "platelet-incubator")


def test_south_africa_haematology_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("PanLeucogating CD4 on the FC500", "panleucogating")
    check("PLG methodology for CD4 counts", "panleucogating")
    parent("panleucogating", "cd4-enumeration")
    check("50:50 mixes and factor assays on the ACL TOP", "mixing-study")
    check("von Willebrand screens", "von-willebrand-testing")
    check("Technical validation of haematology results on TrakCare", "technical-authorisation")
    # a system's technical validation is not the release of results
    check("Technical validation of the new firewall design", "technical-authorisation", False)
    check("Verification of new methods to ISO 15189", "method-verification")
    check("Romanowsky-stained films reviewed", "romanowsky-stain")


def test_uae_biomedical_and_veterinary_imaging_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("NEBOSH IGC certified", "nebosh-igc")
    parent("nebosh-igc", "nebosh")
    check("Tender evaluation and technical specifications for the new CT", "tender-evaluation")
    check("Serviced USG machines and CT scanners", "ultrasound")
    # USG is also a building materials maker
    check("Used USG Boral gypsum board in the renovation", "ultrasound", False)
    check("Risk-based PPM planning", "risk-assessment")
    check("UAE driving licence (light vehicle)", "drivers-license")
    check("Cornerstone software with DICOM worklist in the vet clinic", "idexx-cornerstone")
    # cornerstone is an English word
    check("Cornerstone of our strategy", "idexx-cornerstone", False)
    check("IDEXX Cornerstone and ezyVet", "ezyvet")
    parent("ezyvet", "veterinary-practice-management-software")
    check("State radiation registration and Form FDA 2579", "state-radiation-control")
    check("State radiation registration and Form FDA 2579", "fda-form-2579")
