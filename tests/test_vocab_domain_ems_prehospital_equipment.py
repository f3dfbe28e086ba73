"""Prehospital / EMS and ambulance equipment (vocab/ems-prehospital-equipment.yaml): each concept read in its
own sense, and each guarded form kept off the other trades' lines that use it (cancer biology's EMT, payment
cards' EMV, stroke care's EVT, Louisiana State's LSU, welders' oxygen cylinders, the Neonatal Resuscitation
Program's NRP, the European Southern Observatory, LifeNet Health, an electrical power load).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # certification levels
    ("Current state EMT license and CPR card required", "emt-certification", True),
    ("EMT-B with two years of 911 experience", "emt-certification", True),
    ("Studied EMT markers in breast cancer cell lines", "emt-certification", False),
    ("Epithelial-mesenchymal transition (EMT) pathway assays", "emt-certification", False),
    ("AEMT or Paramedic certification preferred", "aemt-certification", True),
    ("Formerly certified as EMT-Intermediate", "aemt-certification", True),
    ("Paramedic license in good standing", "paramedic-certification", True),
    ("EMT-P with ALS ambulance experience", "paramedic-certification", True),
    ("NREMT certification at any level", "nremt", True),
    ("National Registry certification as an EMT", "nremt", True),
    ("National Registry certification for food safety managers", "nremt", False),
    ("Nationally Registered EMT (NREMT-B)", "nremt-emt", True),
    ("NRAEMT, state AEMT card", "nremt-aemt", True),
    ("NREMT: John Smith, NRP", "nremt-paramedic", True),
    ("NREMT-P since 2012", "nremt-paramedic", True),
    ("NRP certified NICU nurse", "nremt-paramedic", False),
    ("NREMT paramedic; ACLS, PALS, NRP cards", "nremt-paramedic", True),
    ("Certified Flight Paramedic (FP-C)", "ibsc-fp-c", True),
    ("CCP-C through IBSC", "ibsc-ccp-c", True),
    # courses
    ("ACLS certified, AHA BLS Provider", "acls", True),
    ("Advanced Cardiac Life Support card", "acls", True),
    ("NAEMT PHTLS instructor", "phtls", True),
    ("ITLS provider (formerly BTLS)", "itls", True),
    ("Completed EVOC course for ambulance drivers", "evoc", True),
    ("CEVO 4 ambulance driver training", "cevo", True),
    ("EVT certified ambulance mechanic", "evt-certification", True),
    ("Emergency Vehicle Technician, ambulance series", "evt-certification", True),
    ("EVT for large vessel occlusion stroke", "evt-certification", False),
    # titles and disciplines
    ("Emergency Medical Technician, Acadian Ambulance", "emergency-medical-technician", True),
    ("Firefighter/Paramedic, county fire rescue", "paramedic", True),
    ("Critical Care Paramedic on the mobile ICU", "critical-care-paramedic", True),
    ("Flight Paramedic, air medical program", "flight-paramedic", True),
    ("Five years of EMS experience on a 911 ambulance", "emergency-medical-services", True),
    ("Vaisala EMS software and sensors for the cleanroom", "emergency-medical-services", False),
    ("Energy EMS data for the building automation team", "emergency-medical-services", False),
    ("Prehospital care and interfacility transports", "emergency-medical-services", True),
    ("CCT ambulance crews with a paramedic and RN", "critical-care-transport", True),
    ("Reviewed CCT angiography scans", "critical-care-transport", False),
    ("Specialty care transport billing levels", "critical-care-transport", True),
    # standards and accreditation
    ("Ambulance remounts built to KKK-A-1822F", "kkk-a-1822", True),
    ("Built to the KKK spec for ambulances", "kkk-a-1822", True),
    ("CAAS GVS v2.0 compliant ambulances", "caas-gvs", True),
    ("GVS, KKK or NFPA 1917 ambulance builds", "caas-gvs", True),
    ("CAAS accredited ambulance service", "caas-accreditation", True),
    ("CAAS GVS vehicle standard", "caas-accreditation", False),
    ("CAMTS accreditation for the flight program", "camts-accreditation", True),
    ("Ambulances to NFPA 1917", "nfpa-1917", True),
    ("Fire apparatus and ambulances per NFPA 1900", "nfpa-1900", True),
    ("Cot retention tested to SAE J3027", "sae-j3027", True),
    ("Monitor mounts tested to SAE J3043", "sae-j3043", True),
    ("Road ambulances built to BS EN 1789", "en-1789", True),
    ("Stretchers certified to EN 1865", "en-1865", True),
    ("NEMSIS v3.5 state data submissions", "nemsis", True),
    # licensing and vehicles
    ("Renewed the ambulance service license and vehicle permits", "ambulance-service-license", True),
    ("Prepared for the annual state ambulance inspections", "ambulance-service-license", True),
    ("Maintained the ambulance fleet of 40 units", "ambulance-vehicle", True),
    ("Worked on a 911 ambulance crew", "ambulance-vehicle", False),
    ("Type I ambulance on an F-550 chassis", "type-i-ambulance", True),
    ("Type II ambulances for wheelchair transport", "type-ii-ambulance", True),
    ("Type III ambulance remounts", "type-iii-ambulance", True),
    # monitor/defibrillators and CPR
    ("Serviced LIFEPAK 12 and LP 15 monitors", "lifepak-12", True),
    ("LP 12 lb propane cylinder exchange", "lifepak-12", False),
    ("ZOLL E Series defibrillators on every truck", "zoll-e-series", True),
    ("Propaq MD monitor/defibrillators for the military", "zoll-propaq-md", True),
    ("HeartStart MRx and Tempus LS", "philips-heartstart-mrx", True),
    ("Philips MRx defibrillator pacing checks", "philips-heartstart-mrx", True),
    ("Trained on the MRx interface for the CT scanner", "philips-heartstart-mrx", False),
    ("corpuls3 monitor/defibrillators", "corpuls3", True),
    ("LUCAS 2 chest compression devices", "lucas-2", True),
    ("corpuls cpr mechanical compression", "corpuls-cpr", True),
    # transport ventilators
    ("Transport ventilators and suction on each ALS unit", "transport-ventilator", True),
    ("ZOLL EMV+ transport ventilator PMs", "zoll-emv-plus", True),
    ("Installed EMV+ chip card readers at the registers", "zoll-emv-plus", False),
    ("Oxylog ventilators on the critical care trucks", "draeger-oxylog", True),
    ("Dräger Oxylog 3000 plus", "draeger-oxylog-3000-plus", True),
    ("MEDUMAT Standard ventilators", "weinmann-medumat", True),
    # cots, fastening, stair chairs
    ("Power-PRO XT cots and Power-LOAD", "stryker-power-pro-xt", True),
    ("POWERFlexx+ powered cots", "ferno-powerflexx", True),
    ("Ferno INX cot and loading system", "ferno-inx", True),
    ("Installed cot fastening systems in new ambulances", "cot-fastening-system", True),
    ("Stryker Power-LOAD and Power-PRO cots", "stryker-power-load", True),
    ("Power-LOAD installs in the ambulance fleet", "stryker-power-load", True),
    ("Calculated the power load for the generator", "stryker-power-load", False),
    ("Performance-LOAD cot fastening", "stryker-performance-load", True),
    ("Performance-load testing of the web servers", "stryker-performance-load", False),
    ("Stair chairs and evacuation chairs", "stair-chair", True),
    ("Stair-PRO chairs on every ambulance", "stryker-stair-pro", True),
    ("Stair-Pro carpet installation for homes", "stryker-stair-pro", False),
    ("Ferno EZ-Glide stair chair tracks", "ferno-ez-glide", True),
    ("EZ-Glide drawer slides for cabinets", "ferno-ez-glide", False),
    # suction, oxygen
    ("Laerdal LSU suction units", "laerdal-lsu", True),
    ("LSU suction battery checks", "laerdal-lsu", True),
    ("LSU graduate, Baton Rouge", "laerdal-lsu", False),
    ("Checked oxygen cylinders and D cylinders on the ambulance", "oxygen-cylinder", True),
    ("E cylinders and oxygen regulators", "oxygen-cylinder", True),
    ("Moved oxygen cylinders and acetylene for the welding crew", "oxygen-cylinder", False),
    ("Replaced a D cylinder engine head gasket", "oxygen-cylinder", False),
    ("Rebuilt oxygen regulators on the ambulances", "oxygen-cylinder-regulator", True),
    ("Oxy-acetylene torch with an oxygen regulator", "oxygen-cylinder-regulator", False),
    ("Cylinder regulator checks for medical oxygen", "oxygen-cylinder-regulator", True),
    ("Compressed gas cylinder safety training", "cylinder-handling", True),
    # software and makers
    ("ePCR documentation and QA review", "epcr", True),
    ("Electronic patient care reporting rollout", "epcr", True),
    ("ImageTrend Elite administrator", "imagetrend-elite", True),
    ("ESO ePCR and ESO EHR build", "eso-ehr", True),
    ("Charted in ESO on every EMS call", "eso-ehr", True),
    ("ESO telescope observations in Chile", "eso-ehr", False),
    ("ZOLL emsCharts", "zoll-emscharts", True),
    ("RescueNet Dispatch and Billing", "zoll-rescuenet", True),
    ("LIFENET transmission of 12-lead ECGs", "stryker-lifenet", True),
    ("LifeNet Health tissue recovery technician", "stryker-lifenet", False),
    ("Operative IQ inventory and fleet", "operative-iq", True),
    ("Ferno-Washington cots and immobilisation", "ferno", True),
    ("Laerdal Resusci Anne manikins", "laerdal", True),
    # second pass
    ("Emergency Medical Responder (NREMR)", "emr-certification", True),
    ("AMLS and PHTLS provider cards", "amls", True),
    ("PEPP provider course for EMS crews", "pepp", True),
    ("PEPP asset purchases by the central bank", "pepp", False),
    ("Patient compartment seats tested to SAE J3026", "sae-j3026", True),
    ("Oxylog 2000 plus ventilators", "draeger-oxylog-2000-plus", True),
    ("paraPAC plus ventilators", "smiths-parapac", True),
    ("ZOLL Z Vent and Eagle II ventilators", "zoll-z-vent", True),
    ("Amsco Eagle II sterilizer", "zoll-z-vent", False),
    ("Stryker Performance-PRO XT cots", "stryker-performance-pro", True),
    ("Performance-Pro tuning for the race car", "stryker-performance-pro", False),
    ("ACCUVAC Rescue suction units", "weinmann-accuvac", True),
    ("Accuvac carpet cleaning machines", "weinmann-accuvac", False),
]


def test_ems_concepts_are_filed_as_what_they_are(vocabulary):
    assert {"nremt", "paramedic-certification"} <= vocabulary.ancestors("nremt-paramedic")
    assert {"nremt", "emt-certification"} <= vocabulary.ancestors("nremt-emt")
    assert {"nremt", "aemt-certification"} <= vocabulary.ancestors("nremt-aemt")
    assert "evoc" in vocabulary.ancestors("cevo")
    assert "paramedic" in vocabulary.ancestors("flight-paramedic")
    assert "paramedic" in vocabulary.ancestors("critical-care-paramedic")
    assert "ventilator" in vocabulary.ancestors("zoll-emv-plus")
    assert "transport-ventilator" in vocabulary.ancestors("draeger-oxylog-3000-plus")
    assert "power-cot" in vocabulary.ancestors("stryker-power-pro-xt")
    assert "ambulance-cot" in vocabulary.ancestors("ferno-inx")
    assert "cot-fastening-system" in vocabulary.ancestors("stryker-power-load")
    assert "stair-chair" in vocabulary.ancestors("ferno-ez-glide")
    assert "portable-suction-unit" in vocabulary.ancestors("laerdal-lsu")
    assert {"lifepak", "defibrillator", "patient-monitor"} <= vocabulary.ancestors("lifepak-12")
    assert "philips-heartstart" in vocabulary.ancestors("philips-heartstart-mrx")
    assert "mechanical-cpr-device" in vocabulary.ancestors("lucas-2")
    assert "ambulance-vehicle" in vocabulary.ancestors("type-iii-ambulance")
    assert "ehr" in vocabulary.ancestors("eso-ehr")
    assert "nfpa-codes" in vocabulary.ancestors("nfpa-1917")
    assert "transport-ventilator" in vocabulary.ancestors("zoll-z-vent")
    assert "ambulance-cot" in vocabulary.ancestors("stryker-performance-pro")
    assert "epcr" not in vocabulary.ancestors("zoll-rescuenet")
    assert vocabulary.concepts["emt-certification"].category.value == "credential"
    assert vocabulary.concepts["emergency-medical-technician"].category.value == "title"
    assert vocabulary.concepts["kkk-a-1822"].category.value == "standard"


def test_ems_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
