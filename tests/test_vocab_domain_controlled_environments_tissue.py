"""Controlled-environment certification (biosafety cabinets, cleanrooms, sterile compounding engineering
controls, certifier credentials, test instruments, tests, gaseous decontamination, containment levels) and
human tissue banking (AATB and eye banking, good tissue practice, donor eligibility, tissue types,
processing, sterilization, tracking): each concept read in its own sense, and each guarded form left alone
on a line of another trade.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # biosafety cabinets and certifier credentials
    ("Certified Class I BSCs and Class III biosafety cabinets", "class-i-biosafety-cabinet", True),
    ("Certified Class I BSCs and Class III biosafety cabinets", "class-iii-biosafety-cabinet", True),
    ("NSF accredited field certifier since 2015", "nsf-accredited-bsc-certifier", True),
    ("CETA member; certified cleanrooms and BSCs", "ceta-membership", True),
    ("Certified cleanrooms per CETA CAG-003", "ceta-membership", False),
    ("Certified cleanrooms per CETA guidelines", "ceta-membership", False),
    ("Certified cleanrooms per CETA guidelines", "ceta-application-guide", True),
    ("CNBT certified sterile compounding facility certifier", "cnbt-certification", True),
    ("RCCP-SCF credentialed certification technician", "rccp", True),
    ("NEBB certified cleanroom performance testing technician", "nebb-certification", True),
    ("Member of the National Environmental Balancing Bureau", "nebb-certification", False),
    # cleanrooms and standards
    ("Certified pharmacy cleanrooms and ante rooms", "cleanroom", True),
    ("Kept the clean room tidy for the kids", "cleanroom", False),
    ("Tested classified clean rooms for particle counts", "cleanroom", True),
    ("Cleanroom certification for hospital pharmacies", "cleanroom-certification", True),
    ("Classified rooms per ISO 14644-1 and ISO 14644-2", "iso-14644-1", True),
    ("Classified rooms per ISO 14644-1 and ISO 14644-2", "iso-14644-2", True),
    ("Recovery tests per ISO 14644-3", "iso-14644-3", True),
    ("Familiar with the ISO 14644 series", "iso-14644", True),
    ("Classified rooms under FED-STD-209E", "fs-209e", True),
    ("Certified ISO 5 hoods in the IV room", "iso-class-5", True),
    ("Class 100 cleanroom", "iso-class-5", True),
    ("Class 100 students in the spring term", "iso-class-5", False),
    ("Class 100,000 cleanroom", "iso-class-5", False),
    ("Class 100,000 cleanroom", "iso-class-8", True),
    ("Tested the ISO 7 buffer room", "iso-class-7", True),
    ("ISO 7 and ISO 8 requirements for the quality manual", "iso-class-7", False),
    ("Class 10,000 cleanroom", "iso-class-7", True),
    ("ISO 8 anteroom certification", "iso-class-8", True),
    ("Followed IEST recommended practices", "iest-recommended-practices", True),
    ("Tested cleanrooms per IEST-RP-CC006", "iest-rp-cc006", True),
    ("Leak tested filters per IEST-RP-CC034", "iest-rp-cc034", True),
    ("Replaced HEPA filters on the cabinets", "hepa-filter", True),
    # USP chapters and engineering controls
    ("Working knowledge of the United States Pharmacopeia", "usp", True),
    ("Certified compounding suites to USP <797>", "usp-797", True),
    ("USP<797> compliance", "usp-797", True),
    ("USP 800 hazardous drug rooms", "usp-800", True),
    ("Environmental monitoring per USP 1116", "usp-1116", True),
    ("Sterility testing to USP <71>", "usp-71", True),
    ("Certified PECs in the compounding pharmacy", "primary-engineering-control", True),
    ("Filled a PEC role on the committee", "primary-engineering-control", False),
    ("Certified the C-PEC for hazardous drugs", "containment-primary-engineering-control", True),
    ("Tested the ISO 7 SEC for USP 797 compounding", "secondary-engineering-control", True),
    ("Filed reports with the SEC on compounding interest", "secondary-engineering-control", False),
    ("Certified the CAI in the compounding pharmacy", "compounding-aseptic-isolator", True),
    ("CAI lessons for the training programme", "compounding-aseptic-isolator", False),
    ("Certified CACI units for USP 800 compounding", "compounding-aseptic-containment-isolator", True),
    ("Software engineer at CACI International", "compounding-aseptic-containment-isolator", False),
    ("Certified the CVE for USP 800 powder weighing", "containment-ventilated-enclosure", True),
    ("Patched CVE entries for the security team", "containment-ventilated-enclosure", False),
    ("Segregated compounding area with a Class II BSC", "segregated-compounding-area", True),
    ("SCA screening of the newborn for sickle cell trait", "segregated-compounding-area", False),
    ("Certified the anteroom and buffer room", "ante-room", True),
    ("Certified the anteroom and buffer room", "buffer-room", True),
    ("Stood in the buffer area of the parade", "buffer-room", False),
    ("ISO 7 buffer area for compounding", "buffer-room", True),
    # instruments
    ("Scanned filters with an aerosol photometer", "aerosol-photometer", True),
    ("Challenged filters with an aerosol generator", "aerosol-generator", True),
    ("Generated PAO with a Laskin nozzle", "laskin-nozzle-generator", True),
    ("Counted particles with a handheld particle counter", "particle-counter", True),
    ("Counted particles with a TSI AeroTrak", "tsi-aerotrak", True),
    ("Measured downflow with a thermal anemometer", "thermal-anemometer", True),
    ("Measured inflow with a capture hood", "capture-hood", True),
    ("Balanced diffusers with a balometer", "capture-hood", True),
    ("Read room pressures with a micromanometer", "micromanometer", True),
    ("Sampled air with a viable air sampler", "viable-air-sampler", True),
    # tests
    ("HEPA leak scan of the BSC", "hepa-filter-leak-test", True),
    ("PAO challenge of the HEPA filters", "hepa-filter-leak-test", True),
    ("Worked in the PAO office with the media", "hepa-filter-leak-test", False),
    ("DOP testing of the cleanroom filters", "hepa-filter-leak-test", True),
    ("Filter integrity testing of HEPA filters", "hepa-filter-leak-test", True),
    ("Filter integrity testing of the sterile filtration skid", "hepa-filter-leak-test", False),
    ("Inflow velocity and downflow velocity tests", "inflow-velocity-test", True),
    ("Inflow velocity and downflow velocity tests", "downflow-velocity-test", True),
    ("Inflow test of the BSC", "inflow-velocity-test", True),
    ("Cash inflow test for the budget", "inflow-velocity-test", False),
    ("Measured inflow by DIM on each cabinet", "direct-inflow-measurement", True),
    ("Installed a DIM switch for the lights", "direct-inflow-measurement", False),
    ("Airflow smoke pattern test of the PEC", "airflow-smoke-pattern-test", True),
    ("Smoke test of the BSC sash", "airflow-smoke-pattern-test", True),
    ("Smoke test of the new software build", "airflow-smoke-pattern-test", False),
    ("Measured air changes per hour in the buffer room", "air-changes-per-hour", True),
    ("ACH of the cleanroom exceeded 30", "air-changes-per-hour", True),
    ("Processed ACH payments for vendors", "air-changes-per-hour", False),
    ("Room pressurization and pressure cascade checks", "room-pressurization", True),
    ("Recovery test of the ISO 7 cleanroom", "cleanroom-recovery-test", True),
    ("Recovery test of the database backups", "cleanroom-recovery-test", False),
    ("Fume hood certification and face velocity testing", "fume-hood-certification", True),
    ("Tested hoods per ASHRAE 110", "ashrae-110", True),
    ("Tracer gas test of the fume hood", "ashrae-110", True),
    ("Tracer gas test of the building envelope", "ashrae-110", False),
    # environmental monitoring
    ("Environmental monitoring of cleanrooms", "environmental-monitoring", True),
    ("Environmental monitoring of groundwater wells", "environmental-monitoring", False),
    ("Viable air sampling in the buffer room", "viable-air-sampling", True),
    ("Settle plates during processing", "settle-plates", True),
    ("RODAC plates after cleaning", "surface-sampling", True),
    ("Surface sampling for lead in the paint", "surface-sampling", False),
    ("Surface sampling of the cleanroom with contact plates", "surface-sampling", True),
    ("Media fill test for compounding staff", "media-fill-test", True),
    # decontamination
    ("Gaseous decontamination of the suite", "gaseous-decontamination", True),
    ("Fumigation of the BSC before filter change", "gaseous-decontamination", True),
    ("Fumigation of the grain silo", "gaseous-decontamination", False),
    ("VHP decontamination of isolators", "vhp-decontamination", True),
    ("Chlorine dioxide gas decontamination of the lab", "chlorine-dioxide-decontamination", True),
    ("Paraformaldehyde decontamination of BSCs", "formaldehyde-decontamination", True),
    ("Fixed cells in 4% paraformaldehyde", "formaldehyde-decontamination", False),
    # biosafety and containment levels
    ("Worked in BSL-1 teaching labs", "bsl-1", True),
    ("Trained for BSL-4 work", "bsl-4", True),
    ("CL2 containment laboratory under PHAC", "cl-2", True),
    ("Handled the CL2 gas cylinder", "cl-2", False),
    ("Containment level 3 facility", "cl-3", True),
    # tissue banking bodies, credentials, regulation
    ("AATB-accredited tissue bank", "aatb", True),
    ("Member of the AATB since 2010", "aatb", False),
    ("Certified the suite per CAG-003", "ceta-cag-003", True),
    ("CTBS certified since 2019", "ctbs", True),
    ("EBAA accredited eye bank", "ebaa", True),
    ("EBAA accredited eye bank", "eye-bank", True),
    ("Member of the EBAA since 2012", "ebaa", False),
    ("CEBT with eight years of eye banking", "cebt", True),
    ("Current Good Tissue Practice compliance", "cgtp", True),
    ("GTP compliance for tissue processing", "cgtp", True),
    ("GTP binding proteins in signalling", "cgtp", False),
    ("Tissue donor eligibility determination", "tissue-donor-eligibility", True),
    ("Completed the DRAI with the next of kin", "drai", True),
    ("Completed the medical social history with the next of kin", "drai", True),
    ("Uniform DRAI forms", "udrai", True),
    ("Plasma dilution calculations for each donor", "plasma-dilution-calculation", True),
    ("Hemodilution of donor samples", "plasma-dilution-calculation", True),
    ("Acute normovolemic hemodilution in cardiac surgery", "plasma-dilution-calculation", False),
    # tissue types
    ("Packaged allograft tissue for distribution", "tissue-allograft", True),
    ("Processed musculoskeletal allografts", "musculoskeletal-allograft", True),
    ("Tendon allografts and soft tissue allografts", "tendon-allograft", True),
    ("Fascia lata recovered from donors", "fascia-lata-allograft", True),
    ("Fascia lata sling for ptosis repair", "fascia-lata-allograft", False),
    ("Cut cortical struts", "cortical-strut", True),
    ("Milled cancellous chips", "cancellous-chips", True),
    ("Machined cortical dowels", "bone-dowel", True),
    ("Demineralized bone matrix and DBM putty", "demineralized-bone-matrix", True),
    ("DBM grafts for spine", "demineralized-bone-matrix", True),
    ("Signal strength of -30 DBM on the link", "demineralized-bone-matrix", False),
    ("Meshed skin allografts", "skin-allograft", True),
    ("Cardiovascular tissue recovery from donors", "cardiovascular-allograft", True),
    ("Cardiovascular tissue engineering research", "cardiovascular-allograft", False),
    ("Dissected heart valve allografts", "heart-valve-allograft", True),
    ("Amniotic membrane processing", "amniotic-membrane", True),
    # recovery and processing
    ("Tissue recovery at hospitals and medical examiner offices", "tissue-recovery", True),
    ("Allograft processing in ISO 5 cleanrooms", "allograft-processing", True),
    ("Pulsatile lavage of bone", "pulsatile-lavage", True),
    ("Alcohol soaks of the cancellous bone", "allograft-disinfection", True),
    ("Alcohol soak of the thermometer probes", "allograft-disinfection", False),
    ("Antibiotic soak of tendons", "antibiotic-disinfection", True),
    ("Ultrasonic cleaning of cancellous bone", "tissue-ultrasonic-cleaning", True),
    ("Ultrasonic cleaning of surgical instruments", "tissue-ultrasonic-cleaning", False),
    ("Sonication of DNA samples", "tissue-ultrasonic-cleaning", False),
    ("Operated the bone mill", "bone-mill", True),
    ("Cut femurs on the band saw", "bone-band-saw", True),
    ("Built a band saw jig for the wood shop", "bone-band-saw", False),
    ("Lyophilization of bone grafts", "lyophilization", True),
    ("Loaded the lyophilizer", "lyophilizer", True),
    ("Residual moisture testing of freeze-dried grafts", "residual-moisture-testing", True),
    ("Cryopreserved allografts", "tissue-cryopreservation", True),
    ("Programmed the controlled-rate freezer", "controlled-rate-freezer", True),
    ("CRF freezing profiles for cells", "controlled-rate-freezer", True),
    ("CRF pages for the clinical trial", "controlled-rate-freezer", False),
    ("Vapor phase storage of cryopreserved tissue", "vapor-phase-storage", True),
    # sterilization and testing
    ("Radiation sterilization of allografts", "radiation-sterilization", True),
    ("Gamma irradiation of allografts at 25 kGy", "gamma-sterilization", True),
    ("Gamma irradiation of blood products for GVHD prevention", "gamma-sterilization", False),
    ("E-beam sterilization of grafts", "electron-beam-sterilization", True),
    ("E-beam lithography of wafers", "electron-beam-sterilization", False),
    ("Quarterly dose audits and VDmax", "sterilization-dose-audit", True),
    ("Dose mapping of the blood irradiator", "sterilization-dose-audit", False),
    ("Bioburden testing of tissue before sterilization", "bioburden-testing", True),
    ("Sterility testing of final grafts", "sterility-testing", True),
    # tracking and software
    ("ISBT 128 labeling of tissue", "isbt-128", True),
    ("Implant and tissue tracking in the OR", "tissue-tracking", True),
    ("Entered referrals in iTransplant", "itransplant", True),
    ("Froze cord blood units on the Thermo Scientific CryoMed 7452", "thermo-cryomed", True),
    ("Ran freezing profiles on the Planer Kryo 560", "planer-kryo", True),
    ("Room decontamination after I-131 therapy patients are released", "gaseous-decontamination", False),
    ("Surgical tissue procurement for the research biorepository", "tissue-recovery", False),
    ("Patient eye recovery after cataract surgery", "tissue-recovery", False),
]


def test_domain_controlled_environments_tissue_filing(vocabulary):
    assert "biosafety-cabinet" in vocabulary.ancestors("class-iii-biosafety-cabinet")
    assert "primary-engineering-control" in vocabulary.ancestors("compounding-aseptic-containment-isolator")
    assert "containment-primary-engineering-control" in vocabulary.ancestors(
        "containment-ventilated-enclosure"
    )
    assert "compounding-aseptic-isolator" not in vocabulary.ancestors(
        "compounding-aseptic-containment-isolator"
    )
    assert "cleanroom" in vocabulary.ancestors("buffer-room")
    assert "iso-standards" in vocabulary.ancestors("iso-14644-1")
    assert "usp" in vocabulary.ancestors("usp-797")
    assert "iest-recommended-practices" in vocabulary.ancestors("iest-rp-cc034")
    assert "pressure-meter" in vocabulary.ancestors("micromanometer")
    assert "environmental-monitoring" in vocabulary.ancestors("surface-sampling")
    assert "gaseous-decontamination" in vocabulary.ancestors("vhp-decontamination")
    assert "vhp-sterilizer" not in vocabulary.ancestors("vhp-decontamination")
    assert "biosafety-level" in vocabulary.ancestors("cl-2")
    assert "bsl-2" not in vocabulary.ancestors("cl-2")
    assert "fda-21-cfr-1271" in vocabulary.ancestors("cgtp")
    assert "donor-eligibility" not in vocabulary.ancestors("tissue-donor-eligibility")
    assert "drai" in vocabulary.ancestors("udrai")
    assert "tissue-allograft" in vocabulary.ancestors("demineralized-bone-matrix")
    assert "musculoskeletal-allograft" in vocabulary.ancestors("cortical-strut")
    assert "cardiovascular-allograft" in vocabulary.ancestors("heart-valve-allograft")
    assert "tissue-bank" in vocabulary.ancestors("eye-bank")
    assert "cryopreservation" in vocabulary.ancestors("tissue-cryopreservation")
    assert "cryostorage" in vocabulary.ancestors("vapor-phase-storage")
    assert "lab-freezer" in vocabulary.ancestors("controlled-rate-freezer")
    assert "radiation-sterilization" in vocabulary.ancestors("electron-beam-sterilization")
    assert "product-irradiation" not in vocabulary.ancestors("gamma-sterilization")
    assert "tissue-processing" not in vocabulary.ancestors("allograft-processing")
    assert vocabulary.concepts["ctbs"].category.value == "credential"
    assert vocabulary.concepts["iso-class-5"].category.value == "standard"


def test_domain_controlled_environments_tissue_forms(checker):
    each_case(_CASES, line_check(checker))
