"""Service of mobile C-arms, mini C-arms and fluoroscopic/radiographic X-ray equipment
(vocab/fluoroscopy-carm-service.yaml): C-arm models under the existing families, C-arm subsystems, medical
video printers, the X-ray compliance tests, X-ray test instruments and phantoms, IEC X-ray standards and the
radiation protection items of service staff; each with a line of its own sense and, for every guarded form, a
line of another trade that must not read as it.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # C-arm classes and models
    ("Serviced mini C-arms for orthopedic clinics", "mini-c-arm", True),
    ("Installed a 3D C-arm for spine surgery", "c-arm-3d", True),
    ("PMs on OEC 9800 Plus C-arms", "ge-oec-9800", True),
    ("Repaired OEC 9900 Elite image chains", "ge-oec-9900-elite", True),
    ("Repaired OEC 9900 Elite image chains", "ge-oec-elite-cfd", False),
    ("Installed the OEC Elite CFD in the hybrid suite", "ge-oec-elite-cfd", True),
    ("Calibrated the OEC 3D for intraoperative imaging", "ge-oec-3d", True),
    ("Trained on the GE OEC One", "ge-oec-one", True),
    ("Rebuilt an OEC 9600 for a surgery center", "ge-oec-9600", True),
    ("Serviced the OEC MiniView 6800 in the hand clinic", "ge-oec-miniview", True),
    ("Ziehm Vision RFD field service", "ziehm-vision-rfd", True),
    ("Ziehm Vision RFD 3D acceptance", "ziehm-vision-rfd-3d", True),
    ("Ziehm Vision FD detector replacement", "ziehm-vision-fd", True),
    ("Ziehm Solo FD installs", "ziehm-solo-fd", True),
    ("Supported legacy Ziehm 8000 units", "ziehm-8000", True),
    ("Siemens Cios Alpha and Cios Select service", "siemens-cios-alpha", True),
    ("Siemens Cios Alpha and Cios Select service", "siemens-cios-select", True),
    ("Cios Fusion PMs", "siemens-cios-fusion", True),
    ("Cios Spin 3D calibrations", "siemens-cios-spin", True),
    ("Cios Connect installs", "siemens-cios-connect", True),
    ("Repaired Arcadis Orbic C-arms", "siemens-arcadis-orbic", True),
    ("Arcadis Orbic 3D calibration", "siemens-arcadis-orbic-3d", True),
    ("Arcadis Avantic and Arcadis Varic service", "siemens-arcadis-avantic", True),
    ("Arcadis Avantic and Arcadis Varic service", "siemens-arcadis-varic", True),
    ("Philips Zenition 50 and Zenition 70 installs", "philips-zenition-50", True),
    ("Philips Zenition 50 and Zenition 70 installs", "philips-zenition-70", True),
    ("Zenition 10 applications", "philips-zenition-10", True),
    ("Hologic Fluoroscan InSight mini C-arms", "hologic-fluoroscan-insight", True),
    ("InSight FD detector service", "hologic-insight-fd", True),
    ("OrthoScan FD Pulse PMs", "orthoscan-fd-pulse", True),
    ("OrthoScan HD 1000 repairs", "orthoscan-hd-1000", True),
    ("OrthoScan TAU installs", "orthoscan-tau", True),
    ("Fujifilm Persona C mobile C-arm installs", "fujifilm-persona-c", True),
    ("Zimmer Persona C knee or hip implants", "fujifilm-persona-c", False),
    # subsystems
    ("Calibrated ABC on the OEC 9800 C-arm", "automatic-brightness-control", True),
    ("Automatic dose rate control checks on C-arms", "automatic-brightness-control", True),
    ("Learn your ABC and ABS plastic parts, x-ray of brakes", "automatic-brightness-control", False),
    ("Replaced the collimator and image intensifier on the OEC 9900", "xray-collimator", True),
    ("Beam limiting devices on radiographic tubes", "xray-collimator", True),
    ("Gamma camera collimator exchange on the SPECT", "xray-collimator", False),
    ("Linac beam limiting device and MLC service", "xray-collimator", False),
    ("Calibrated the DAP meter on the C-arm", "dap-meter", True),
    ("Repaired the C-arm monitor cart", "c-arm-workstation", True),
    ("Swapped the monitor cart cable on the OEC C-arm", "c-arm-workstation", True),
    ("Stocked monitor carts and workstations on wheels", "c-arm-workstation", False),
    # printers
    ("Used a video printer on the C-arm", "medical-video-printer", True),
    ("Video printer for the photo booth", "medical-video-printer", False),
    ("Replaced Sony UP-D898MD printers", "sony-up-d898md", True),
    ("Sony UP-D897 printers", "sony-up-d897", True),
    ("UP-X898MD on the ultrasound carts", "sony-up-x898md", True),
    ("UP-D25MD colour printer", "sony-up-d25md", True),
    ("Mitsubishi P95DW thermal printers", "mitsubishi-p95dw", True),
    # techniques
    ("Pulsed fluoroscopy dose reduction", "pulsed-fluoroscopy", True),
    ("Checked high-level control EER on C-arms", "high-level-control-fluoroscopy", True),
    ("Used a boost mode on the C-arm for obese patients", "high-level-control-fluoroscopy", True),
    ("High-level control of project budgets", "high-level-control-fluoroscopy", False),
    ("Enabled turbo boost mode on the gaming laptop", "high-level-control-fluoroscopy", False),
    ("Last image hold on the fluoroscopy monitor", "last-image-hold", True),
    ("LIH on the C-arm image", "last-image-hold", True),
    ("HLC and LIH team leads", "last-image-hold", False),
    ("HLC and LIH team leads", "high-level-control-fluoroscopy", False),
    # skills
    ("II tube replacement on the BV Pulsera", "image-intensifier-replacement", True),
    ("Image intensifier replacement on C-arms", "image-intensifier-replacement", True),
    ("Performed kV calibration on the C-arm generator", "xray-generator-calibration", True),
    ("4-20 mA calibration of transmitters", "xray-generator-calibration", False),
    ("Signal generator calibration on X-ray generators", "xray-generator-calibration", False),
    # compliance tests
    ("Timer accuracy on the C-arm generator", "timer-accuracy-test", True),
    ("PLC timer accuracy checks", "timer-accuracy-test", False),
    ("mA linearity and timer accuracy per 21 CFR 1020.31 on X-ray rooms", "mas-linearity-test", True),
    ("mA/mAs linearity", "mas-linearity-test", True),
    ("4-20 mA linearity of the pressure transmitter", "mas-linearity-test", False),
    ("Measured entrance exposure rate on the C-arm", "entrance-exposure-rate-test", True),
    ("mAs meter and EER on the C-arm", "entrance-exposure-rate-test", True),
    ("HVAC units with high EER ratings", "entrance-exposure-rate-test", False),
    ("Air kerma rate at the fluoroscopy table", "entrance-exposure-rate-test", True),
    ("Reference air kerma rate of the Ir-192 HDR source", "entrance-exposure-rate-test", False),
    ("Fluoroscopic image quality with a phantom", "fluoroscopic-image-quality-test", True),
    ("Performed X-ray compliance testing and filed FDA Form 2579", "xray-compliance-testing", True),
    ("Compliance testing of C-arms after repair", "xray-compliance-testing", True),
    ("compliance testing of HIPAA policies", "xray-compliance-testing", False),
    # test equipment
    ("Fluoroscopy phantom images", "fluoroscopy-phantom", True),
    ("Leeds test objects for image quality", "leeds-test-objects", True),
    ("Leeds TOR 18FG on the image intensifier", "leeds-tor-18fg", True),
    ("TOR CDR contrast detail", "leeds-tor-cdr", True),
    ("Line pair phantom resolution", "line-pair-phantom", True),
    ("Resolution test pattern on the fluoroscopy phantom", "line-pair-phantom", True),
    ("USAF resolution test pattern for camera lenses", "line-pair-phantom", False),
    ("HVL filters and a kVp meter", "hvl-filter-set", True),
    ("Aluminum filters for HVL", "hvl-filter-set", True),
    ("Replaced aluminum filters in the range hoods", "hvl-filter-set", False),
    ("Victoreen NERO mAx", "victoreen-nero-max", True),
    ("Victoreen 4000M+ meter", "victoreen-4000m-plus", True),
    ("Radcal 9010 with a 6 cc chamber", "radcal-9010", True),
    ("Radcal 9015 controller", "radcal-9015", True),
    # standards
    ("IEC 60601-2-43 interventional X-ray", "iec-60601-2-43", True),
    ("IEC 60601-1-3 radiation protection", "iec-60601-1-3", True),
    # radiation protection
    ("Wore lead aprons during fluoroscopy", "lead-apron", True),
    ("Wore a protective apron during fluoroscopy cases", "lead-apron", True),
    ("Wore a leather protective apron for welding", "lead-apron", False),
    ("Thyroid collar and lead apron", "thyroid-shield", True),
    ("Ring badge and body badge", "ring-dosimeter", True),
    ("RaySafe i3 real-time dosimeters", "raysafe-i3", True),
    ("Leaded glasses in the cath lab", "radiation-protective-eyewear", True),
    # titles and makers
    ("C-arm service engineer at an ISO", "c-arm-service-engineer", True),
    ("C-arm field service engineer", "c-arm-service-engineer", True),
    ("OEC Medical Systems, Salt Lake City", "oec-medical-systems", True),
    ("Landauer dosimetry service", "landauer", True),
    ("Varex tubes and panels", "varex-imaging", True),
    ("Dunlee replacement tubes", "dunlee", True),
    ("Victoreen survey meters", "victoreen", True),
]


def test_fluoroscopy_carm_concepts_are_filed_as_what_they_are(vocabulary):
    assert "c-arm" in vocabulary.ancestors("mini-c-arm")
    assert "fluoroscopy" in vocabulary.ancestors("mini-c-arm")
    oec3d = vocabulary.ancestors("ge-oec-3d")
    assert "ge-oec" in oec3d and "c-arm-3d" in oec3d and "c-arm" in oec3d
    assert "mini-c-arm" in vocabulary.ancestors("ge-oec-miniview")
    assert "ge-oec-9900-elite" not in vocabulary.ancestors("ge-oec-elite-cfd")
    assert "siemens-cios" in vocabulary.ancestors("siemens-cios-spin")
    assert "siemens-arcadis" in vocabulary.ancestors("siemens-arcadis-orbic-3d")
    assert "philips-zenition" in vocabulary.ancestors("philips-zenition-70")
    insight = vocabulary.ancestors("hologic-insight-fd")
    assert "hologic-fluoroscan" in insight and "mini-c-arm" in insight
    assert "orthoscan" in vocabulary.ancestors("orthoscan-fd-pulse")
    assert "sony-medical-video-printer" in vocabulary.ancestors("sony-up-d898md")
    assert "medical-video-printer" in vocabulary.ancestors("mitsubishi-p95dw")
    for test in ("timer-accuracy-test", "mas-linearity-test", "entrance-exposure-rate-test"):
        chain = vocabulary.ancestors(test)
        assert "xray-compliance-testing" in chain and "imaging-qa" in chain
    assert "xray-multimeter" in vocabulary.ancestors("victoreen-nero-max")
    tor = vocabulary.ancestors("leeds-tor-18fg")
    assert "leeds-test-objects" in tor and "fluoroscopy-phantom" in tor and "xray-test-equipment" in tor
    assert "personal-dosimeter" in vocabulary.ancestors("ring-dosimeter")
    assert "xray-service-engineer" in vocabulary.ancestors("c-arm-service-engineer")
    assert "iec-60601-2-x" in vocabulary.ancestors("iec-60601-2-43")
    assert "corrective-maintenance" in vocabulary.ancestors("image-intensifier-replacement")
    # parts are not kinds of the modality; makers are not broader than anything
    assert "c-arm" not in vocabulary.ancestors("xray-collimator")
    assert not vocabulary.ancestors("oec-medical-systems") - {"oec-medical-systems"}
    assert vocabulary.concepts["automatic-brightness-control"].category.value == "equipment"
    assert vocabulary.concepts["c-arm-service-engineer"].category.value == "title"


def test_fluoroscopy_carm_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
