"""Forms whose context list held generic words: one line per fix, each failing on the vocabulary before it.

A generic context word ("monitor", "OR", "calibration", "lab", "patient", "device") stands in lines of every
kind, so it let a form count in another sense; the second group checks that the forms still count in their
own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_GENERIC_CONTEXT_WORDS_NO_LONGER_LET_ANOTHER_SENSE_IN_CASES = [
    ("Deployed Claroty on OT devices in the refinery control network", "claroty-medigate"),
    ("Rolled out Claroty xDome for industrial devices at the plant", "claroty-medigate"),
    ("Ran CK-NAC on the chemistry analyzer and managed point-of-care devices", "network-access-control"),
    ("Defined project scopes for OR renovations", "endoscope"),
    ("Monitor cycles on the endoscope processor and log results", "endoscopy-video-processor"),
    ("Installed PTZ camera heads for the OR hallway security system", "endoscopic-camera-head"),
    ("Changed HME filters on the ventilator circuit equipment", "durable-medical-equipment"),
    ("Monitor central station alarm signals for fire and intrusion", "central-station"),
    ("Built telemetry pipelines to monitor system health", "telemetry"),
    ("Implemented telemetry monitoring for cloud services and monitors", "telemetry"),
    ("Calibrated pressure transducers on the boiler and monitor readings", "invasive-blood-pressure"),
    ("Showed foresight to monitor backorders", "foresight-oximeter"),
    ("Ran load and stress test system runs for the patient portal", "stress-test-system"),
    ("Monitor refrigerator temperatures with NIST-traceable thermometers", "thermometer"),
    ("Monitors HVAC vents in the lab", "ventilator"),
    ("Built metadata in Atlan for machine learning datasets", "draeger-atlan"),
    ("Analyzed proteomics data in Perseus and machine learning pipelines", "draeger-perseus"),
    (
        "Bump tested portable multi-gas monitors or replaced sensors for confined space entry",
        "anesthetic-gas-monitor",
    ),
    ("Configured the SCCM agent monitor or alert rules", "anesthetic-gas-monitor"),
    (
        "Aspirated media with a vacuum aspirator from patient-derived organoid cultures",
        "portable-suction-unit",
    ),
    ("Maintained the suction pump on the clinical chemistry analyzer waste line", "portable-suction-unit"),
    ("Installed heated humidifiers in patient rooms for the HVAC upgrade", "humidifier-respiratory"),
    ("Operated a CO2 laser cutter or engraver in the makerspace", "surgical-laser"),
    ("Ran YAG laser marking or welding on medical device parts", "surgical-laser"),
    ("Excimer laser lithography or deposition in the cleanroom", "surgical-laser"),
    ("Tested the atrium smoke evacuation system or fire dampers", "smoke-evacuator"),
    ("Evaluated a point-of-care device for SCD screening", "sequential-compression-device"),
    (
        "Maintained decontamination equipment and monitoring instruments for the hazmat team",
        "sterile-processing-equipment",
    ),
    ("Repaired laundry tunnel washers and control instruments", "washer-disinfector"),
    ("Degassed mobile phase in an ultrasonic bath for the HPLC instrument", "ultrasonic-cleaner"),
    ("Sealed PCR plates with the heat sealer before loading the instrument", "heat-sealer"),
    ("Purified proteins by dialysis and maintained lab equipment", "dialysis-equipment"),
    ("Protein dialysis and service of lab instruments", "dialysis-equipment"),
    ("Configured alarm management rules in SolarWinds to monitor network switches", "alarm-management"),
    ("Tested the fire alarm notification system and monitor panels", "alarm-management"),
    ("Implemented an IT asset tracking system for hospital laptops", "rtls"),
    ("Maintained paraffin baths on the tissue processor for patient biopsies", "physical-therapy-equipment"),
    ("Processed BCMA CAR-T products for myeloma patients", "bcma"),
    ("Developed speech recognition models and wrote reports", "speech-recognition"),
    ("Led MR meetings for the quality system", "magnetic-resonance-imaging"),
    ("Reported MRSE isolates for patient safety surveillance", "mr-safety-expert"),
    ("Ran type and screens on the Echo in the blood bank lab", "echocardiography"),
    ("Created vivid dashboards for the lab system", "ge-vivid"),
    ("Served as COR for calibration service contracts", "center-of-rotation"),
    ("Maintained Innova 44 shaker incubators in the lab", "ge-innova"),
    ("Performed pump tube replacement and calibration on the chemistry analyzer", "xray-tube-replacement"),
    ("Pump tube changes and calibrations on the blood gas analyzer", "xray-tube-replacement"),
    ("Completed IQ testing and calibration of the new analyzer", "imaging-qa"),
    ("Completed IQ checks and calibrations of the new lab instruments", "imaging-qa"),
    ("Reported AEC and CBC test results", "aec-testing"),
    ("Operated the chemical analyzer for boiler water at the hospital plant", "chemistry-analyzer"),
    ("Supported the packaging automation line and sample inspections", "lab-automation"),
    ("BSC in Biology with ASCP certification", "biosafety-cabinet"),
    ("Conducted Phase I ESA and safety audits", "electrical-safety-analyzer"),
    ("Managed project scopes for the meter upgrade", "oscilloscope"),
]


def test_generic_context_words_no_longer_let_another_sense_in(checker):
    each_case(
        [(*case, False) for case in _GENERIC_CONTEXT_WORDS_NO_LONGER_LET_ANOTHER_SENSE_IN_CASES],
        line_check(checker),
    )


_FORMS_WITH_NARROWER_CONTEXT_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Deployed Claroty Medigate to inventory IoMT devices", "claroty-medigate"),
    ("Leak tested scopes and reprocessed flexible endoscopes", "endoscope"),
    ("HME equipment delivery and setup for home oxygen patients", "durable-medical-equipment"),
    ("Repaired telemetry transmitters and patient monitors", "telemetry"),
    ("Serviced Drager Perseus A500 anesthesia machines", "draeger-perseus"),
    ("Serviced Atlan A350 anesthesia machines", "draeger-atlan"),
    ("Serviced holmium lasers in the OR", "holmium-laser"),
    ("Repaired dialysis machines", "dialysis-equipment"),
    ("Delivered DME and HME supplies, oxygen concentrators and CPAP", "durable-medical-equipment"),
    ("Deployed Claroty on the hospital network to profile IoMT", "claroty-medigate"),
    ("Configured NAC policies with Cisco ISE for network devices", "network-access-control"),
    ("Reprocessed scopes in the OR and endoscopy suite", "endoscope"),
    ("Replaced the endoscope processor in the GI lab video tower", "endoscopy-video-processor"),
    ("Repaired Stryker camera heads and light sources in the OR", "endoscopic-camera-head"),
    ("Maintained Philips central stations and telemetry for patient monitors", "central-station"),
    ("Philips IntelliVue telemetry transmitters on the cardiac floor", "telemetry"),
    (
        "Zeroed pressure transducers for arterial line monitoring on patient monitors",
        "invasive-blood-pressure",
    ),
    ("Serviced ForeSight cerebral oximetry monitors", "foresight-oximeter"),
    ("Serviced GE CASE stress test systems and treadmills", "stress-test-system"),
    ("Serviced tympanic thermometers and patient monitors", "thermometer"),
    ("PM on vents and patient monitors in the ICU", "ventilator"),
    ("PM on Drager Primus anesthesia machines", "draeger-primus"),
    ("Calibrated the multi-gas monitor on the anesthesia machine in the OR", "anesthetic-gas-monitor"),
    ("Repaired portable aspirators and suction regulators", "portable-suction-unit"),
    ("Fisher & Paykel heated humidifiers on ventilators", "humidifier-respiratory"),
    ("Serviced the Lumenis CO2 laser in the OR and ENT clinic", "co2-laser"),
    ("Maintained smoke evacuation systems and electrosurgical units in the OR", "smoke-evacuator"),
    ("Applied SCD sleeves for DVT prophylaxis", "sequential-compression-device"),
    ("Operated the tunnel washer for surgical instrument trays in SPD", "tunnel-washer"),
    ("Ultrasonic bath for surgical instruments in sterile processing", "ultrasonic-cleaner"),
    ("Sealed instrument pouches with the heat sealer in SPD", "heat-sealer"),
    ("Biomedical technician for dialysis machines and RO", "dialysis-equipment"),
    ("Alarm management for patient monitors and nurse call", "alarm-management"),
    ("RTLS and asset tracking system for hospital infusion pumps with Centrak tags", "rtls"),
    ("Maintained paraffin baths and hydrocollator units in the rehab clinic", "paraffin-bath"),
    ("BCMA barcode scanning for medication administration", "bcma"),
    ("PowerScribe speech recognition for radiology reports", "speech-recognition"),
    ("Field service engineer for CT and MR systems", "magnetic-resonance-imaging"),
    ("MRSE certified; MR safety program lead", "mri-safety"),
    ("Serviced GE echo machines in the echo lab", "echocardiography"),
    ("Serviced GE Vivid E95 ultrasound systems", "ge-vivid"),
    ("SPECT COR calibrations on the gamma camera", "center-of-rotation"),
    ("GE Innova cath lab systems", "ge-innova"),
    ("X-ray tube replacement and calibration on the CT scanner", "xray-tube-replacement"),
    ("IQ checks and calibrations on the CT scanner", "imaging-qa"),
    ("AEC calibration and QC on radiographic rooms", "aec-testing"),
    ("Chemical analyzer maintenance in the clinical chemistry lab", "chemistry-analyzer"),
    ("Maintained the Roche automation line and sample tracks in the core lab", "lab-automation"),
    ("BSC certification and HEPA filter testing", "biosafety-cabinet"),
    ("Fluke ESA612 electrical safety analyzer and ESA testing", "electrical-safety-analyzer"),
    ("Troubleshot power supplies with a scope and meter", "oscilloscope"),
    ("Fluke scopes, meters and safety analyzers", "oscilloscope"),
    ("Serviced CO2 lasers for the surgical department and laser safety program", "co2-laser"),
    ("Serviced Lumenis CO2 lasers in the OR", "co2-laser"),
    ("Serviced Atlan anesthesia machines or Fabius units", "draeger-atlan"),
]


def test_forms_with_narrower_context_still_count_in_their_sense(checker):
    each_case(_FORMS_WITH_NARROWER_CONTEXT_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))
