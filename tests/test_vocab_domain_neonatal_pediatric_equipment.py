"""Neonatal and paediatric clinical engineering (vocab/neonatal-pediatric-equipment.yaml): the units,
neonatal and high-frequency ventilators, neonatal CPAP, nitric oxide delivery models, transcutaneous monitors
and bilirubinometers, incubator, warmer and phototherapy models, aEEG and cooling, breast-milk equipment, test
equipment, makers and credentials; each concept read in its own sense, and every guarded form kept out of the
other senses of its words.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # units
    ("Supported equipment in a 60-bed NICU", "nicu", True),
    ("Biomed support for the neonatal intensive care unit and PICU", "nicu", True),
    ("Worked in the neonatal unit at the district general hospital", "nicu", True),
    ("Neonatal unit nurses were trained on the new pumps", "nicu", False),
    ("Level IV NICU at a regional children's hospital", "level-iv-nicu", True),
    ("Equipment planning for a Level III NICU expansion", "level-iii-nicu", True),
    ("Supported the special care baby unit (SCBU) incubators", "special-care-nursery", True),
    ("Level II nursery equipment rounds", "special-care-nursery", True),
    ("PICU ventilator and monitor support", "picu", True),
    ("Paediatric intensive care unit equipment rounds", "picu", True),
    # ventilation
    ("PM on neonatal ventilators and infant warmers", "neonatal-ventilator", True),
    ("Serviced infant ventilators in the NICU", "neonatal-ventilator", True),
    ("High-frequency ventilation support for neonatal RT", "high-frequency-ventilator", True),
    ("Repaired HFV equipment: oscillators and jet ventilators", "high-frequency-ventilator", True),
    ("HFV units at the food plant", "high-frequency-ventilator", False),
    ("Calibrated HFOV circuits for the respiratory department", "hfov", True),
    ("Maintained the oscillators and ventilators in the PICU", "hfov", True),
    ("High-frequency oscillator support in the PICU", "hfov", True),
    ("Designed a high-frequency oscillator circuit for the radio", "hfov", False),
    ("Replaced the crystal oscillator on the main board", "hfov", False),
    ("Swapped oscillators on the RF generator boards", "hfov", False),
    ("Rebuilt SensorMedics 3100 diaphragms", "sensormedics-3100", True),
    ("Installed a new 3100 oscillator driver on the SensorMedics unit", "sensormedics-3100", True),
    ("Replaced the 3100 crystal oscillator on the clock board", "sensormedics-3100", False),
    ("Performed PMs on SensorMedics 3100A oscillators", "sensormedics-3100a", True),
    ("Calibrated 3100A HFOV units in the NICU", "sensormedics-3100a", True),
    ("Ordered part number 3100A for the printer", "sensormedics-3100a", False),
    ("Adult 3100B oscillator support in the ICU", "sensormedics-3100b", True),
    ("Shipped invoice 3100B to accounts", "sensormedics-3100b", False),
    ("High-frequency jet ventilation circuits and HFJV troubleshooting", "hfjv", True),
    ("Serviced Bunnell Life Pulse jet ventilators", "bunnell-life-pulse", True),
    ("Life Pulse HFJV checks before each patient", "bunnell-life-pulse", True),
    ("Life Pulse magazine awarded the hospital", "bunnell-life-pulse", False),
    ("Bunnell ventilator factory training", "bunnell", True),
    ("Lived in Bunnell, Florida for ten years", "bunnell", False),
    ("Dräger Babylog ventilator fleet", "draeger-babylog", True),
    ("Babylog 8000 plus flow sensor calibration", "draeger-babylog-8000", True),
    ("Babylog VN600 installation in the NICU", "draeger-babylog-vn600", True),
    ("Babylog VN800 acceptance testing", "draeger-babylog-vn800", True),
    ("SLE ventilators in the neonatal unit", "sle-ventilator", True),
    ("SLE5000 HFO performance checks", "sle5000", True),
    ("SLE 6000 software upgrade", "sle6000", True),
    ("Managed SLE patients in the rheumatology clinic", "sle-ventilator", False),
    ("Acutronic fabian ventilators for neonatal transport", "fabian-ventilator", True),
    ("Fabian Smith, biomedical supervisor, reference", "fabian-ventilator", False),
    ("fabian HFO preventive maintenance", "fabian-hfo", True),
    ("Supported VIP Bird Gold infant ventilators", "vip-bird", True),
    ("Bear Cub 750 ventilator repairs", "bear-cub-750", True),
    ("Nasal CPAP for preterm infants with Infant Flow", "neonatal-cpap", True),
    ("nCPAP setups for newborns", "neonatal-cpap", True),
    ("Fitted nasal CPAP masks for sleep apnea patients", "neonatal-cpap", False),
    ("NCPAP compliance downloads for OSA patients", "neonatal-cpap", False),
    ("Set up bubble CPAP systems in the nursery", "bubble-cpap", True),
    ("bCPAP in low-resource neonatal units", "bubble-cpap", True),
    ("Infant Flow driver repairs", "infant-flow", True),
    ("Infant Flow SiPAP flow sensor checks", "infant-flow-sipap", True),
    ("T-piece resuscitators on every warmer", "t-piece-resuscitator", True),
    ("Neopuff pressure checks at each delivery", "neopuff", True),
    ("Calibrated air-oxygen blenders and oxygen analyzers", "oxygen-blender", True),
    ("O2 blender leak testing", "oxygen-blender", True),
    # nitric oxide
    ("Replaced INOvent systems with the INOmax DSIR", "inovent", True),
    ("INOblender checks during transport", "inoblender", True),
    ("NOxBOXi nitric oxide delivery system setup", "noxboxi", True),
    ("GENOSYL DS delivery system training", "genosyl-ds", True),
    ("Nitric oxide supply contract with Mallinckrodt", "mallinckrodt", True),
    # transcutaneous
    ("TcPO2/TcPCO2 monitors and sensor membranes", "transcutaneous-blood-gas-monitor", True),
    ("Transcutaneous CO2 monitor calibration", "transcutaneous-blood-gas-monitor", True),
    ("Charted TcPO2 of 45 on the wound assessment form", "transcutaneous-blood-gas-monitor", False),
    ("Radiometer TCM transcutaneous monitors in the NICU", "radiometer-tcm", True),
    ("TCM4 membrane changes and calibration", "radiometer-tcm4", True),
    ("TCM5 FLEX acceptance testing", "radiometer-tcm5", True),
    ("SenTec DMS sensor calibration", "sentec-dms", True),
    ("Service agreement with SenTec", "sentec", True),
    # bilirubin
    ("Transcutaneous bilirubinometers in the newborn nursery", "transcutaneous-bilirubinometer", True),
    ("Checked TcB meters against serum results", "transcutaneous-bilirubinometer", True),
    ("Dräger Jaundice Meter fleet for the nursery", "draeger-jaundice-meter", True),
    ("JM-105 calibration checks", "draeger-jm-105", True),
    ("Replaced JM-103 units", "draeger-jm-103", True),
    ("BiliChek tip calibration", "philips-bilichek", True),
    # incubators, warmers, phototherapy
    ("Babyleo IncuWarmer PMs", "draeger-babyleo", True),
    ("Isolette 8000 plus heater replacement", "draeger-isolette-8000", True),
    ("Isolette C2000 humidity module repair", "draeger-isolette-c2000", True),
    ("Isolette TI500 Globe-Trotter transport incubator checks", "draeger-isolette-ti500", True),
    ("TI500 batteries replaced on the transport incubator", "draeger-isolette-ti500", True),
    ("TI500 calculator batteries", "draeger-isolette-ti500", False),
    ("Caleo incubator airflow checks", "draeger-caleo", True),
    ("Serviced Giraffe Carestation units", "giraffe-carestation", True),
    ("F&P Cosy Cot warmers in delivery", "fp-cosycot", True),
    ("Bought a cosy cot for the baby's room", "fp-cosycot", False),
    ("Airborne Voyager transport incubator for the flight team", "airborne-voyager", True),
    ("CosyCot infant warmers in labour and delivery", "fp-cosycot", True),
    ("Giraffe Spot PT Lite irradiance checks", "giraffe-spot-pt-lite", True),
    ("Lullaby phototherapy irradiance checks", "ge-lullaby-phototherapy", True),
    ("Wallaby phototherapy blankets", "wallaby-phototherapy", True),
    ("Wallaby blanket phototherapy pads", "wallaby-phototherapy", True),
    ("Knitted a Wallaby blanket for the toddler", "wallaby-phototherapy", False),
    ("Irradiance checks with the neoBLUE radiometer", "neoblue-radiometer", True),
    ("Olympic Bili-Meter irradiance readings", "olympic-bili-meter", True),
    # test equipment
    ("Pulse oximeter checks with the Index 2XL", "fluke-index-2xl", True),
    # neuro and cooling
    ("aEEG monitoring for cooled infants", "aeeg-monitor", True),
    ("Cerebral function monitors in the NICU", "aeeg-monitor", True),
    ("CFM checks on the neonatal aEEG", "aeeg-monitor", True),
    ("Fan rated at 400 CFM for the exhaust", "aeeg-monitor", False),
    ("Olympic Brainz Monitor electrode checks", "olympic-brainz-monitor", True),
    ("Olympic CFM 6000 replaced by the Brainz monitor", "olympic-brainz-monitor", True),
    ("Specified a CFM 6000 fan for the exhaust", "olympic-brainz-monitor", False),
    ("Cool-Cap system for neonatal hypothermia", "olympic-cool-cap", True),
    ("Bought a cool cap for the summer", "olympic-cool-cap", False),
    ("Tecotherm Neo cooling units", "tecotherm-neo", True),
    # breast milk
    ("Breast milk warmers in the NICU", "breast-milk-warmer", True),
    ("Milk warmer PMs in the NICU", "breast-milk-warmer", True),
    ("Cleaned the milk warmer and espresso machine at the cafe", "breast-milk-warmer", False),
    ("Medela Waterless Milk Warmer temperature checks", "medela-waterless-milk-warmer", True),
    ("Temperature monitoring of breast milk freezers", "breast-milk-refrigerator", True),
    ("Human milk analyzer calibration", "human-milk-analyzer", True),
    ("Miris HMA calibration checks", "miris-hma", True),
    ("Implemented breast milk barcode scanning in Epic", "breast-milk-management-system", True),
    # makers
    ("Transport incubators from International Biomedical", "international-biomedical", True),
    ("Presented at the International Biomedical Engineering Conference", "international-biomedical", False),
    ("INOmax delivery systems from Mallinckrodt", "mallinckrodt", True),
    ("Ikaria field service for INOmax delivery systems", "mallinckrodt", True),
    ("Residency at the Mallinckrodt Institute of Radiology", "mallinckrodt", False),
    ("Mallinckrodt Baker reagents for the chemistry lab", "mallinckrodt", False),
    ("Summer holiday on Ikaria", "mallinckrodt", False),
    ("Atom Medical incubators", "atom-medical", True),
    ("Medela breast pumps and milk warmers", "medela", True),
    # credentials
    ("Certifications: NRP, PALS, BLS", "nrp", True),
    ("Certifications: NRP, PALS, BLS", "pals", True),
    ("Drafted the NRP for the utility's emergency response", "nrp", False),
    ("Referred complaints to PALS", "pals", False),
    ("RRT-NPS credential", "nbrc-nps", True),
    ("NBRC NPS exam passed", "nbrc-nps", True),
    ("Raised the NPS from 30 to 55", "nbrc-nps", False),
]


def test_neonatal_pediatric_concepts_are_filed_as_what_they_are(vocabulary):
    assert "ventilator" in vocabulary.ancestors("neonatal-ventilator")
    three_a = vocabulary.ancestors("sensormedics-3100a")
    assert {"sensormedics-3100", "hfov", "high-frequency-ventilator", "neonatal-ventilator"} <= three_a
    assert "neonatal-ventilator" not in vocabulary.ancestors("sensormedics-3100b")
    assert {"hfjv", "neonatal-ventilator"} <= vocabulary.ancestors("bunnell-life-pulse")
    assert {"draeger-babylog", "neonatal-ventilator"} <= vocabulary.ancestors("draeger-babylog-8000")
    assert "cpap-device" in vocabulary.ancestors("bubble-cpap")
    assert "infant-flow" in vocabulary.ancestors("infant-flow-sipap")
    assert "nitric-oxide-delivery" in vocabulary.ancestors("noxboxi")
    assert "radiometer-tcm" in vocabulary.ancestors("radiometer-tcm4")
    assert "patient-monitor" in vocabulary.ancestors("sentec-dms")
    assert "transcutaneous-bilirubinometer" in vocabulary.ancestors("draeger-jm-105")
    assert {"infant-incubator", "infant-warmer"} <= vocabulary.ancestors("draeger-babyleo")
    assert {"transport-incubator", "draeger-isolette"} <= vocabulary.ancestors("draeger-isolette-ti500")
    assert "infant-incubator" in vocabulary.ancestors("draeger-isolette-8000")
    assert "ge-carestation" not in vocabulary.ancestors("giraffe-carestation")
    assert "phototherapy-unit" in vocabulary.ancestors("giraffe-spot-pt-lite")
    assert "phototherapy-radiometer" in vocabulary.ancestors("neoblue-radiometer")
    assert "spo2-simulator" in vocabulary.ancestors("fluke-index-2xl")
    assert "eeg-machine" in vocabulary.ancestors("olympic-brainz-monitor")
    assert "hypo-hyperthermia-unit" in vocabulary.ancestors("olympic-cool-cap")
    assert "breast-milk-warmer" in vocabulary.ancestors("medela-waterless-milk-warmer")
    assert "nicu" in vocabulary.ancestors("level-iv-nicu")
    assert "nicu" not in vocabulary.ancestors("special-care-nursery")
    assert vocabulary.concepts["nrp"].category.value == "credential"
    assert vocabulary.concepts["nicu"].category.value == "discipline"
    assert vocabulary.concepts["neoblue-radiometer"].category.value == "test_equipment"


def test_neonatal_pediatric_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
