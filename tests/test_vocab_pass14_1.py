"""Faults the fourteenth pass found in lot 1 (apheresis, device security, endoscopy and equipment concepts),
each with the line that showed it and one of the concept's own sense: other trades' generic phrases (a
physical security or social-care vulnerability assessment, a marketer's customer micro-segmentation, a gas
supplier's medical gas deliveries, pharmaceutical VHP decontamination of isolators, a power-quality event
monitor, a gunsmith's rigid scope mounts, an offshore saturation-diving chamber, a Johns Hopkins telescope);
bare model codes that are other trades' part numbers (CV-180, CV-190, CV-1500, VP-7000) and a model code
inside a longer model name (CV-190 inside CV-190 Plus); context words too loose (CISA advisories for any
network "devices", legacy laptops beside a "patient" portal, a hysteroscopy or irrigation fluid management
system as the arthroscopy pump, an ADC board in a control "cabinet", a general IT device visibility
platform, a cell therapy lab's magnetic cell separator beside "donor"); names with another use (the
HomeChoice retailer, NICU nurses' generic "isolette", MUSE stem cells and the Muse cell analyzer, the maker
name Datex-Ohmeda on its vaporizers, monitor lines whose names stand on ventilators (CARESCAPE R860,
Infinity V500), the mass spectrometer's nebulizer, a physical-security operations analyst, clinicians'
"plasmapheresis" for therapeutic plasma exchange, EDTA plasma collection tubes, the blood bank's apheresis
plasma units); and filing (citrate toxicity is not only a donor reaction, an elastomeric pump is a kind of
ambulatory pump and not its name, CentriMag is run as a temporary VAD too, dental air and vacuum sourced to
what they are, CVE is a standard like CVSS, and the MCS+ models share their family's track).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Collected plasma in EDTA plasma collection tubes", "plasmapheresis", False),
    ("Platelet-rich plasma collection for the orthopedic clinic", "plasmapheresis", False),
    ("Performed plasmapheresis for TTP and myasthenia gravis patients", "plasmapheresis", False),
    ("Plasma collection center phlebotomist screening donors", "plasmapheresis", True),
    ("Screened donors for plasmapheresis at the plasma centre", "plasmapheresis", True),
    ("Thawed and issued apheresis plasma units", "plasmapheresis", False),
    ("Staffed plasma apheresis collections at the donor centre", "plasmapheresis", True),
    ("Johns Hopkins telescope programme for students", "storz-hopkins-telescope", False),
    ("Hopkins telescopes for the ENT service", "storz-hopkins-telescope", True),
    ("Monitored CISA advisories for network devices and firewalls", "cisa-ics-medical-advisories", False),
    ("Tracked CISA advisories for infusion pumps", "cisa-ics-medical-advisories", True),
    ("Replaced legacy devices such as old laptops for the patient portal", "legacy-medical-devices", False),
    ("Segmented legacy devices such as infusion pumps", "legacy-medical-devices", True),
    (
        "Used a device visibility platform for the enterprise network",
        "medical-device-security-platform",
        False,
    ),
    ("Rolled out a device visibility platform for IoMT", "medical-device-security-platform", True),
    (
        "Security operations analyst at the global security operations center monitoring CCTV",
        "soc-analyst",
        False,
    ),
    ("Security operations analyst triaging SIEM alerts", "soc-analyst", True),
    (
        "Conducted vulnerability assessments of the facility's physical security",
        "vulnerability-management",
        False,
    ),
    (
        "Completed vulnerability assessments for at-risk adults in the community",
        "vulnerability-management",
        False,
    ),
    ("Vulnerability assessment of the clinical network with Nessus", "vulnerability-management", True),
    ("Built customer micro-segmentation models for the marketing team", "microsegmentation", False),
    ("Microsegmentation of the retail customer base", "microsegmentation", False),
    ("Deployed microsegmentation with Illumio for the hospital network", "microsegmentation", True),
    ("Replaced CV-180 control valves at the refinery", "olympus-evis-exera-ii", False),
    ("Swapped the CV-180 for a CLV-180 light source", "olympus-evis-exera-ii", True),
    ("Replaced CV-190 valves on the boiler", "olympus-evis-exera-iii", False),
    ("Serviced CV-190 Plus processors", "olympus-evis-exera-iii", False),
    ("Olympus CV-190 video processors", "olympus-evis-exera-iii", True),
    ("Ordered the CV-1500 check valve", "olympus-evis-x1", False),
    ("Installed the CV1500 in endoscopy suite 3", "olympus-evis-x1", True),
    ("Rigid scope mounts for hunting rifles", "rigid-endoscope", False),
    ("Repaired rigid scopes and light cables for the OR", "rigid-endoscope", True),
    ("Elastomeric pump for post-op pain", "ambulatory-infusion-pump", False),
    ("Elastomeric pump for post-op pain", "elastomeric-pump", True),
    ("Programmed CADD ambulatory pumps", "ambulatory-infusion-pump", True),
    ("Hysteroscopy fluid management system for the gynecology suite", "arthroscopy-pump", False),
    ("Irrigation fluid management system for the golf course", "arthroscopy-pump", False),
    ("Serviced arthroscopy fluid management systems and shavers", "arthroscopy-pump", True),
    ("Event monitor for the substation power quality", "cardiac-event-monitor", False),
    ("Installed a power quality event monitor", "cardiac-event-monitor", False),
    ("Patients on 30-day event monitors", "cardiac-event-monitor", True),
    ("Replaced the ADC board in the control cabinet", "medication-dispensing-cabinet", False),
    ("Restocked Pyxis ADC cabinets on the med-surg unit", "medication-dispensing-cabinet", True),
    ("Sales associate at HomeChoice furniture store", "baxter-homechoice", False),
    ("Trained patients on the Baxter HomeChoice cycler", "baxter-homechoice", True),
    ("Delivered medical gas cylinders to hospitals and clinics", "medical-gas-system", False),
    ("Medical gas sales representative for the regional supplier", "medical-gas-system", False),
    ("Medical gas testing and certification per NFPA 99", "medical-gas-system", True),
    ("Adjusted the ESI nebulizer gas pressure on the LC-MS/MS", "nebulizer", False),
    ("Cleaned the nebulizer of the ICP-MS", "nebulizer", False),
    ("Cleaned and tested patient nebulizers", "nebulizer", True),
    ("Serviced Datex-Ohmeda Tec 7 vaporizers", "ge-datex-ohmeda-anesthesia", False),
    ("Serviced Datex-Ohmeda, Drager and Mindray equipment", "ge-datex-ohmeda-anesthesia", False),
    ("Serviced Datex-Ohmeda anesthesia machines", "ge-datex-ohmeda-anesthesia", True),
    ("Isolated MUSE cells from bone marrow aspirates", "ge-muse", False),
    ("Ran cell counts on the MUSE cell analyzer", "ge-muse", False),
    ("Interfaced the ECG carts to MUSE", "ge-muse", True),
    (
        "Vaporized hydrogen peroxide sterilization of isolators in the fill-finish suite",
        "hydrogen-peroxide-sterilizer",
        False,
    ),
    ("Ran STERRAD hydrogen peroxide sterilization cycles", "hydrogen-peroxide-sterilizer", True),
    ("CliniMACS magnetic cell separator for CD34 selection of donor products", "apheresis-system", False),
    ("Sepax cell separator for cord blood processing from donors", "apheresis-system", False),
    ("Operated the Spectra Optia cell separator for plasma exchange", "apheresis-system", True),
    ("Cared for premature infants in isolettes", "draeger-isolette", False),
    ("Serviced Isolette C2000 incubators", "draeger-isolette", True),
    ("PMs on Isolettes and Giraffe warmers", "draeger-isolette", True),
    ("Serviced CARESCAPE R860 ventilators", "ge-carescape", False),
    ("Serviced GE CARESCAPE B450 monitors", "ge-carescape", True),
    ("Calibrated Dräger Infinity V500 ventilators", "draeger-infinity", False),
    ("Installed Dräger Infinity monitors in the ICU", "draeger-infinity", True),
    (
        "Life support technician running the hyperbaric chamber for saturation diving offshore",
        "hyperbaric-chamber",
        False,
    ),
    ("Treated divers with decompression sickness in the hyperbaric chamber", "hyperbaric-chamber", True),
    ("Replaced the VP-7000 valve positioner", "fujifilm-eluxeo-7000", False),
    ("Installed the VP-7000 processor with the new colonoscopes", "fujifilm-eluxeo-7000", True),
]


def test_pass14_1_concepts_are_filed_as_what_they_are(vocabulary):
    assert "donor-reactions" not in vocabulary.ancestors("citrate-reaction")
    assert "ambulatory-infusion-pump" in vocabulary.ancestors("elastomeric-pump")
    centrimag = vocabulary.ancestors("centrimag")
    assert "vad" in centrimag and "ecmo" in centrimag
    assert "NFPA 99" in vocabulary.concepts["dental-compressor"].source
    assert "NFPA 99" in vocabulary.concepts["dental-vacuum"].source
    assert vocabulary.concepts["cve"].category.value == "standard"
    for model in ("haemonetics-mcs-plus-8150", "haemonetics-mcs-plus-9000"):
        assert vocabulary.concepts[model].track.value == "both"


def test_pass14_1_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
