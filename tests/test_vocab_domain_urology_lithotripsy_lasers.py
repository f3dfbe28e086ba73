"""Urology equipment, mobile lithotripsy and surgical lasers (vocab/urology-lithotripsy-lasers.yaml): each
concept read in a line of its own sense, each guarded form refused in a line of another trade (aircraft,
print shops, telecom fiber splicing, aesthetic lasers, validation documents, excipients, HRSA reporting,
events), and the filing that matters (ESWL and intracorporeal lithotripters under the generic lithotripter,
the laser product lines under their laser types, the urology scopes under the endoscopes; flexible
ureteroscopes and cystoscopes stay wordings of the ureteroscope and cystoscope, as test_vocab_kinds_imaging
wants)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # makers
    ("Dornier lithotripter PMs on the mobile route", "dornier-medtech", True),
    ("Flew the Dornier 328 on regional routes", "dornier-medtech", False),
    ("Service training at Storz Medical on the Modulith", "storz-medical", True),
    ("Karl Storz camera heads and light sources", "storz-medical", False),
    ("Medispec Econolith lithotripters", "medispec", True),
    ("Richard Wolf semi-rigid ureteroscopes and nephroscopes", "richard-wolf", True),
    ("Reference: Richard Wolf, plant manager", "richard-wolf", False),
    ("Laser technician on Lumenis holmium systems", "lumenis", True),
    ("EDAP Sonolith lithotripter service", "edap-tms", True),
    ("Completed the EDAP employee development program", "edap-tms", False),
    ("Urodynamics on Laborie systems", "laborie", True),
    ("Letter of reference from Laborie, my supervisor", "laborie", False),
    ("TRUS probes from BK Medical", "bk-medical", True),
    # extracorporeal lithotripters
    ("Operated extracorporeal shock wave lithotripters", "eswl-lithotripter", True),
    ("Drove the mobile lithotripter between hospitals", "mobile-lithotripter", True),
    ("Mobile lithotripsy services across the region", "mobile-lithotripsy", True),
    ("Dornier lithotripters", "dornier-lithotripter", True),
    ("Compact Delta II lithotripter treatments", "dornier-compact-delta", True),
    ("Programmed a compact delta robot for pick and place", "dornier-compact-delta", False),
    ("Ran the Delta III lithotripter on the truck", "dornier-delta-iii", True),
    ("Watched the Delta III rocket launch", "dornier-delta-iii", False),
    ("Treated patients on the Dornier Gemini", "dornier-gemini", True),
    ("Compact Sigma lithotripsy treatments", "dornier-compact-sigma", True),
    ("Shipped the Compact Sigma camera bodies", "dornier-compact-sigma", False),
    ("Dornier HM3 lithotripter", "dornier-hm3", True),
    ("HM3 lithotripsy treatments", "dornier-hm3", True),
    ("Assembled the HM3 helmets", "dornier-hm3", False),
    ("Storz Modulith lithotripters", "storz-modulith", True),
    ("SLX-F2 lithotripsy treatments", "storz-modulith-slx-f2", True),
    ("SLX-F2 gearbox repair", "storz-modulith-slx-f2", False),
    ("Medispec Econolith lithotripters", "medispec-econolith", True),
    ("Sonolith i-move setups", "edap-sonolith", True),
    ("Richard Wolf Piezolith 3000", "wolf-piezolith", True),
    ("Degas the water cushion before each treatment", "water-cushion-degassing", True),
    ("Degas the lithotripter therapy head daily", "water-cushion-degassing", True),
    ("Degas HPLC solvents before the run", "water-cushion-degassing", False),
    ("Vacuum degassing of the epoxy resin", "water-cushion-degassing", False),
    # intracorporeal lithotripsy
    ("Intracorporeal lithotripsy cases", "intracorporeal-lithotripsy", True),
    ("Laser lithotripsy during ureteroscopy", "laser-lithotripsy", True),
    ("Ballistic lithotripsy for large stones", "pneumatic-lithotripsy", True),
    ("Ultrasonic lithotripsy during PCNL", "ultrasonic-lithotripsy", True),
    ("Intracorporeal lithotripters", "intracorporeal-lithotripter", True),
    ("Pneumatic lithotripter probes", "pneumatic-lithotripter", True),
    ("Ultrasonic lithotripter probes", "ultrasonic-lithotripter", True),
    ("Electrohydraulic lithotripter", "electrohydraulic-lithotripter", True),
    ("EHL probes for biliary stones with SpyGlass", "electrohydraulic-lithotripter", True),
    ("EHL hose repair on the loader", "electrohydraulic-lithotripter", False),
    ("Swiss LithoClast Master", "swiss-lithoclast", True),
    ("LithoClast Trilogy setups for PCNL", "lithoclast-trilogy", True),
    ("Olympus ShockPulse-SE", "olympus-shockpulse", True),
    # lasers
    ("Lumenis Pulse holmium laser", "lumenis-pulse", True),
    ("Pulse 120H laser cases", "lumenis-pulse-120h", True),
    ("Pulse 100H laser cases", "lumenis-pulse-100h", True),
    ("VersaPulse PowerSuite holmium laser", "lumenis-versapulse", True),
    ("MOSES technology for HoLEP", "lumenis-moses", True),
    ("Ran MOSES on the Pulse 120H", "lumenis-moses", True),
    ("Volunteer at Moses Taylor Hospital", "lumenis-moses", False),
    ("MOSES LAKE FIELD OFFICE", "lumenis-moses", False),
    ("Thulium laser for urology", "thulium-laser", True),
    ("Thulium laser for metal cutting", "thulium-laser", False),
    ("Thulium fiber laser for stone dusting", "thulium-fiber-laser", True),
    ("Thulium fiber laser for metal cutting", "thulium-fiber-laser", False),
    ("TFL for stone dusting", "thulium-fiber-laser", True),
    ("TFL Bank branch operations", "thulium-fiber-laser", False),
    ("Tm:YAG laser for HoLEP", "thulium-yag-laser", True),
    ("Olympus Soltive SuperPulsed Laser System", "olympus-soltive", True),
    ("GreenLight laser for BPH", "greenlight-laser", True),
    ("GreenLight cases for PVP", "greenlight-laser", True),
    ("Leadership gave the project the GreenLight", "greenlight-laser", False),
    ("GreenLight XPS", "greenlight-xps", True),
    ("GreenLight HPS", "greenlight-hps", True),
    ("Laser fibers for holmium cases", "surgical-laser-fiber", True),
    ("Laser fiber optic transmitters for telecom", "surgical-laser-fiber", False),
    ("SlimLine fibers for holmium lithotripsy", "surgical-laser-fiber", True),
    ("SlimLine fiber patch panels in the data center", "surgical-laser-fiber", False),
    ("Strip and cleave reusable holmium fibers", "laser-fiber-preparation", True),
    ("Spliced fiber, fiber stripping and cleaving, OTDR testing", "laser-fiber-preparation", False),
    ("Wore laser safety glasses in the OR", "laser-safety-eyewear", True),
    ("Laser program per ANSI Z136.1", "ansi-z136-1", True),
    ("Laser safety per ANSI Z136.3", "ansi-z136-3", True),
    # procedures
    ("Ureteroscopy and laser lithotripsy cases", "ureteroscopy", True),
    ("URS and PCNL cases", "ureteroscopy", True),
    ("Wrote URS and FRS documents for the validation", "ureteroscopy", False),
    ("RIRS for stones in the lower pole", "ureteroscopy", True),
    ("Filed the RIRS report for the audit", "ureteroscopy", False),
    ("Percutaneous nephrolithotomy", "pcnl", True),
    ("PNL for large renal stones", "pcnl", True),
    ("PNL statement review for the finance team", "pcnl", False),
    ("HoLEP cases with the holmium laser", "holep", True),
    ("Transurethral resection of the prostate", "turp", True),
    ("TURBT with the bipolar resectoscope", "turbt", True),
    ("PVP with the GreenLight laser", "pvp", True),
    ("PVP K30 excipient in tablet formulation", "pvp", False),
    ("Flexible cystoscopy clinic", "cystoscopy", True),
    ("Set up the cysto room for TURP", "cystoscopy", True),
    ("Performed cysto on cats for urine samples", "cystoscopy", False),
    ("Urodynamic studies", "urodynamics", True),
    ("UDS for incontinence patients", "urodynamics", True),
    ("UDS reporting for the FQHC", "urodynamics", False),
    ("Urodynamics systems", "urodynamics-system", True),
    ("Aquarius XT", "laborie-aquarius", True),
    ("Aquarius urodynamics system", "laborie-aquarius", True),
    ("Aquarius members of the zodiac", "laborie-aquarius", False),
    ("TRUS imaging", "trus", True),
    ("Transperineal prostate biopsy", "prostate-biopsy", True),
    ("MRI fusion biopsy with UroNav", "fusion-prostate-biopsy", True),
    ("Fusion biopsy for prostate cancer", "fusion-prostate-biopsy", True),
    ("Fusion biopsy of the spine", "fusion-prostate-biopsy", False),
    # scopes and accessories
    ("Semi-rigid ureteroscope", "semi-rigid-ureteroscope", True),
    ("Single-use ureteroscopes", "single-use-ureteroscope", True),
    ("LithoVue", "lithovue", True),
    ("Olympus URF-V3 repair", "olympus-urf-v3", True),
    ("Karl Storz FLEX-X2S", "storz-flex-x2s", True),
    ("Resectoscopes", "resectoscope", True),
    ("Nephroscopes", "nephroscope", True),
    ("Nitinol stone baskets", "stone-retrieval-basket", True),
    # people and mobile work
    ("Lithotripsy technician", "lithotripsy-technician", True),
    ("Litho tech running mobile lithotripsy routes", "lithotripsy-technician", True),
    ("Litho tech in a commercial print shop", "lithotripsy-technician", False),
    ("Mobile laser technician for urology cases", "surgical-laser-technician", True),
    ("Laser technician for surgical cases", "surgical-laser-technician", True),
    ("Laser technician for laser hair removal at a med spa", "surgical-laser-technician", False),
    ("Laser tech for HoLEP and ureteroscopy cases", "surgical-laser-technician", True),
    ("Laser tech on the fiber laser cutting line", "surgical-laser-technician", False),
    ("Urology technician", "urology-technician", True),
    ("Provided intraoperative support on holmium laser cases", "intraoperative-equipment-support", True),
    ("Intraoperative support of the patient's temperature", "intraoperative-equipment-support", False),
    (
        "Setup and breakdown of the laser and lithotripter for each case",
        "surgical-equipment-setup-breakdown",
        True,
    ),
    ("Setup and breakdown for weddings and events", "surgical-equipment-setup-breakdown", False),
    ("Setup and breakdown of AV equipment for events", "surgical-equipment-setup-breakdown", False),
    ("Current DOT medical card", "dot-medical-card", True),
    ("Medical card kept current for the CDL", "dot-medical-card", True),
    ("Verified the insurance medical card at registration", "dot-medical-card", False),
    ("Signed the medical examiner's certificate of death", "dot-medical-card", False),
]


def test_urology_concepts_are_filed_as_what_they_are(vocabulary):
    assert "lithotripter" in vocabulary.ancestors("dornier-delta-iii")
    assert "eswl-lithotripter" in vocabulary.ancestors("storz-modulith-slx-f2")
    assert "eswl-lithotripter" in vocabulary.ancestors("mobile-lithotripter")
    assert "eswl-lithotripter" not in vocabulary.ancestors("lithoclast-trilogy")
    assert "intracorporeal-lithotripter" in vocabulary.ancestors("lithoclast-trilogy")
    assert "lithotripter" in vocabulary.ancestors("electrohydraulic-lithotripter")
    assert "intracorporeal-lithotripsy" in vocabulary.ancestors("laser-lithotripsy")
    pulse = vocabulary.ancestors("lumenis-pulse-120h")
    assert {"lumenis-pulse", "lumenis-laser", "holmium-laser", "surgical-laser"} <= pulse
    assert "lumenis" not in pulse
    assert "holmium-laser" in vocabulary.ancestors("lumenis-moses")
    assert {"thulium-fiber-laser", "thulium-laser", "surgical-laser"} <= vocabulary.ancestors(
        "olympus-soltive"
    )
    assert "holmium-laser" not in vocabulary.ancestors("olympus-soltive")
    assert "surgical-laser" in vocabulary.ancestors("greenlight-xps")
    assert "surgical-laser" not in vocabulary.ancestors("surgical-laser-fiber")
    assert {"single-use-ureteroscope", "ureteroscope", "flexible-endoscope"} <= vocabulary.ancestors(
        "lithovue"
    )
    assert "flexible-endoscope" in vocabulary.ancestors("olympus-urf-v3")
    assert "single-use-ureteroscope" not in vocabulary.ancestors("semi-rigid-ureteroscope")
    assert "rigid-endoscope" in vocabulary.ancestors("resectoscope")
    assert "prostate-biopsy" in vocabulary.ancestors("fusion-prostate-biopsy")
    assert "equipment-installation" in vocabulary.ancestors("surgical-equipment-setup-breakdown")
    assert vocabulary.concepts["dot-medical-card"].category.value == "license"
    assert vocabulary.concepts["ansi-z136-3"].category.value == "standard"
    assert vocabulary.concepts["lithotripsy-technician"].category.value == "title"
    assert vocabulary.concepts["storz-medical"].category.value == "manufacturer"


def test_urology_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
