"""Forms that read another trade's sense, and context words too general to tell the senses apart.

An ambulatory surgery center's CMS Conditions for Coverage (the word CMS met its own context); a person named
Shandon, Baxter or Helmer, Baxter Regional Medical Center and the Beckman Institute; DNV's offshore standards
and its ISO 9001 audits of any company; EMC testing of automotive devices and to IEC 61000; Title 17 of the
U.S. Code (copyright); Adobe's HTML Template Language (HTL); the EPA and CARB formaldehyde emission standard
for wood panels; a $510k seed round; an invoice total of 1020.31; the de novo pathway of purine synthesis;
Thermo King reefer units and a Thermo II class; Nikkiso's cryogenic LNG pumps; a business development (BD)
manager; an Indian software company named Hitech; a materials testing lab's technical supervisor; oil spill
cleanup; the FAA's 14 CFR Part 11; decontamination and decommissioning of a reactor and soil decontamination;
software test complexity; the SentinelLabs threat research team; and a Tech+ bootcamp no longer read as the
CMS ESRD Conditions for Coverage, Epredia, Baxter, Helmer Scientific, Beckman Coulter, DNV Healthcare, IEC
60601-1-2, the California laboratory regulations, HTL(ASCP), the OSHA Formaldehyde Standard, FDA 510(k), 21
CFR 1020.31, FDA De Novo, Thermo Fisher Scientific, Nikkiso, Becton Dickinson, the HITECH Act, the CLIA
technical supervisor, spill response, 21 CFR Part 11, infection-control decontamination, CLIA test complexity,
the LRN sentinel laboratory and CompTIA IT Fundamentals. The makers Baxter and Nikkiso are now named Baxter
International and Nikkiso Medical, the bare names guarded forms. The second table checks each guarded form
still counts in its own sense.

Also: an environmental Phase II site assessment and a plant survey (the CAP deficiency forms had context words
such as inspection and survey); a UPS parcel handler and backup driver; an emergency operations center (EOC)
and its committee; medical gas zone valves (valves told nothing about pneumatics); museum specimen storage;
people named Mortara, Bracco or Streck; the Copan ruins; an IT company named Netech; other trades' V-tags; an
insurance policy's conditions for coverage (water and kidney were context words); and European Commission (EC)
standards near the word hospital no longer read as ours. Bracco and Streck are now named Bracco Imaging and
Streck Inc, the bare names guarded forms; the Bracco source no longer names ACIST, a maker of its own.

Then: skin puncture wounds, lockout equipment tagging, Storz fire hose couplings, a reactor operator's NRC
license, the ITIL framework without its certificate, Cepheid variable stars, NEC projectors, Hamilton Medical
Center (a hospital), Alcon Entertainment and a person named Stockert no longer read as capillary puncture,
equipment asset tagging, Karl Storz, a radioactive materials license, the ITIL Foundation certificate, Cepheid
(now named Cepheid Inc), NFPA 70, Hamilton Medical (now Hamilton Medical AG), Alcon (now Alcon Inc) and
LivaNova (whose former Stockert brand keeps a perfusion word nearby).

Linac output: the output calibration, output constancy and output check forms took dose, chamber, beam,
electrometer and physicist as context, words of diagnostic x-ray and nuclear medicine output work too; they
now need a linac or radiotherapy word.

Facts: wireless networking is a kind of computer networking, not of networked medical devices (now related);
the Eckert & Ziegler concept's source named its former brachytherapy business instead of the company; and the
FDA cybersecurity concept is named for the section 524B requirements as well as the guidance its forms name.

Broader and narrower: the five parts of ANSI/AAMI/ISO 23500 were forms of the series; each part is now its own
concept under it, with the ISO standard it replaced (13959, 13958, 11663, 26722) as its former name, so a
resume naming one part no longer answers as the whole series. Parts 1 and 2 of ISO 11137 likewise. Single CAP
requirements (COM.40350, GEN.54400) are no longer forms of their whole checklists.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS11_6 = [
    # cms-esrd-cfc: an ambulatory surgery center's Conditions for Coverage
    (
        "Prepared the surgery center for CMS Conditions for Coverage surveys (42 CFR 416)",
        "cms-esrd-cfc",
        False,
    ),
    # epredia: a person named Shandon
    ("Shandon Miller, Field Service Engineer", "epredia", False),
    # baxter: a person and a hospital named Baxter
    ("Reference: Mark Baxter, Director of Facilities", "baxter", False),
    (
        "Registered nurse, Baxter Regional Medical Center, Mountain Home, AR",
        "baxter",
        False,
    ),
    # helmer: a person
    ("Helmer Olsen, Laboratory Manager", "helmer", False),
    # beckman-coulter: the Beckman Institute
    ("Postdoc at the Beckman Institute for Advanced Science", "beckman-coulter", False),
    # dnv: ship classification and ISO 9001 certification
    ("Designed offshore structures to DNV standards", "dnv", False),
    ("Managed the ISO 9001 certification audit with DNV", "dnv", False),
    # iec-60601-1-2: EMC testing of other products
    ("Performed EMC testing on automotive electronic devices", "iec-60601-1-2", False),
    ("EMC testing per IEC 61000-4 for industrial drives", "iec-60601-1-2", False),
    # state-lab-regulations: the copyright title of the U.S. Code
    ("Advised on Title 17 of the U.S. Code copyright issues", "state-lab-regulations", False),
    # htl-ascp: Adobe's HTML Template Language
    ("Adobe AEM developer, certified in HTL and Sling models", "htl-ascp", False),
    # osha-formaldehyde: the emission standard for composite wood
    (
        "Met the CARB and EPA formaldehyde standard for composite wood panels",
        "osha-formaldehyde",
        False,
    ),
    # fda-510k: money
    ("Raised a seed round of $510k for the startup", "fda-510k", False),
    # fda-21-cfr-1020-31: a number
    ("Invoice total 1020.31 paid", "fda-21-cfr-1020-31", False),
    # fda-de-novo: biochemistry
    ("Studied the de novo pathway of purine synthesis", "fda-de-novo", False),
    # thermo-fisher: truck refrigeration and thermodynamics
    ("Thermo King reefer unit technician", "thermo-fisher", False),
    ("Passed Thermo II and fluid mechanics", "thermo-fisher", False),
    # nikkiso: the cryogenic pump business
    ("Installed Nikkiso cryogenic pumps at the LNG terminal", "nikkiso", False),
    # becton-dickinson: business development
    ("Senior BD manager for the Midwest region", "becton-dickinson", False),
    # hitech-act: a company name
    ("Hitech Solutions Pvt Ltd, software tester", "hitech-act", False),
    # clia-technical-supervisor: another trade's laboratory
    (
        "Technical supervisor, concrete materials testing lab",
        "clia-technical-supervisor",
        False,
    ),
    # spill-response: oil spills
    ("Oil spill cleanup crew member on the Gulf coast", "spill-response", False),
    # fda-21-cfr-part-11: the FAA's rulemaking part
    (
        "Filed comments under 14 CFR Part 11 rulemaking procedures",
        "fda-21-cfr-part-11",
        False,
    ),
    # decontamination: nuclear and environmental
    (
        "Decontamination and decommissioning of the reactor building",
        "decontamination",
        False,
    ),
    ("Soil decontamination at the Superfund site", "decontamination", False),
    # test-complexity: software testing
    ("Reduced test complexity for the regression suite", "test-complexity", False),
    # lrn-sentinel-laboratory: a security research team
    ("Threat researcher at Sentinel Labs", "lrn-sentinel-laboratory", False),
    # comptia-itf: a bootcamp
    ("Completed the Tech+ bootcamp", "comptia-itf", False),
    # cap-deficiencies: an environmental Phase II site assessment and a plant survey
    ("Reported Phase II findings from the environmental site inspection", "cap-deficiencies", False),
    ("Closed Phase I deficiencies from the last survey of the plant", "cap-deficiencies", False),
    # uninterruptible-power-supply: the parcel carrier
    ("UPS package handler and backup driver", "uninterruptible-power-supply", False),
    # tjc-environment-of-care: an emergency operations center
    (
        "Staffed the EOC during hurricane activations; briefed the emergency management committee",
        "tjc-environment-of-care",
        False,
    ),
    # pneumatics-hydraulics: medical gas piping
    ("Brazed medical gas systems and replaced zone valves", "pneumatics-hydraulics", False),
    # specimen-integrity: museum specimens
    (
        "Managed specimen storage for the natural history museum insect collection",
        "specimen-integrity",
        False,
    ),
    # mortara, bracco, streck: people
    ("Dr. Anna Mortara, postdoctoral mentor", "mortara", False),
    ("Lorraine Bracco, reference", "bracco", False),
    ("Carl Streck, plant manager", "streck", False),
    # copan: the Maya site
    ("Guided tours of the Copan ruins in Honduras", "copan", False),
    # netech: an IT company
    ("Owned Netech IT services company", "netech", False),
    # cms-esrd-cfc: an insurance policy's conditions for coverage
    (
        "Explained conditions for coverage on water damage claims to policyholders",
        "cms-esrd-cfc",
        False,
    ),
    (
        "Reviewed conditions for coverage for kidney transplant benefits under the member plan",
        "cms-esrd-cfc",
        False,
    ),
    # tjc-environment-of-care: European Commission standards
    (
        "Used EC standards for CE marking of industrial machinery in the hospital project",
        "tjc-environment-of-care",
        False,
    ),
    # cms-esrd-cfc: other V-tags
    ("Oil and gas V-tags inspection", "cms-esrd-cfc", False),
    # capillary-puncture: a wound
    ("Treated skin puncture wounds and lacerations as an EMT", "capillary-puncture", False),
    # asset-tagging: lockout tags
    ("Performed lockout and equipment tagging on the production line", "asset-tagging", False),
    # karl-storz: fire hose couplings
    ("Installed Storz couplings on the fire engine hose lines", "karl-storz", False),
    # linac-output-calibration, linac-output-constancy: diagnostic x-ray and nuclear medicine output work
    (
        "Performed kVp and output calibration on the x-ray generator with a dose meter and ion chamber",
        "linac-output-calibration",
        False,
    ),
    (
        "Ran daily output checks on the dose calibrator with a Cs-137 source",
        "linac-output-constancy",
        False,
    ),
    (
        "Output constancy of the CT scanner checked with a pencil chamber",
        "linac-output-constancy",
        False,
    ),
    # livanova: a person named Stockert
    ("Dr. Ellen Stockert, reference", "livanova", False),
    # hamilton-medical: a hospital; alcon: a film company
    ("Staff nurse, Hamilton Medical Center, Dalton, GA", "hamilton-medical", False),
    ("Alcon Entertainment film production assistant", "alcon", False),
    # radioactive-materials-license: a reactor operator's licence
    (
        "Held an NRC license as a senior reactor operator at the nuclear plant",
        "radioactive-materials-license",
        False,
    ),
    # itil: the framework, not the certificate
    ("Applied ITIL incident and change management processes", "itil", False),
    # cepheid: variable stars
    ("Studied Cepheid variable stars with the campus telescope", "cepheid", False),
    # nfpa-70: NEC the electronics company
    (
        "Installed NEC projectors and displays in the conference rooms, electrical rough-in",
        "nfpa-70",
        False,
    ),
]

_FORMS_GUARDED_IN_PASS11_6_STILL_COUNT_PASS11_6 = [
    (
        "Kept the dialysis unit compliant with the CMS Conditions for Coverage",
        "cms-esrd-cfc",
        True,
    ),
    ("Maintained Shandon Cytospin 4 cytocentrifuges", "epredia", True),
    ("Repaired Baxter Sigma Spectrum infusion pumps", "baxter", True),
    ("Maintained Helmer blood bank refrigerators", "helmer", True),
    ("Ran Beckman AU5800 chemistry analyzers", "beckman-coulter", True),
    ("Prepared the hospital for its DNV survey", "dnv", True),
    (
        "Supported EMC testing of the medical device to IEC 60601-1-2",
        "iec-60601-1-2",
        True,
    ),
    (
        "Working knowledge of Title 17 CCR requirements for clinical laboratories",
        "state-lab-regulations",
        True,
    ),
    ("HT, HTL certified histotech with IHC experience", "htl-ascp", True),
    (
        "Performed formaldehyde monitoring with badges in the histology grossing room",
        "osha-formaldehyde",
        True,
    ),
    ("Prepared the 510k submission for a Class II device", "fda-510k", True),
    (
        "Verified compliance with FDA 1020.31 on radiographic systems",
        "fda-21-cfr-1020-31",
        True,
    ),
    ("Supported an FDA De Novo pathway submission", "fda-de-novo", True),
    ("Operated Thermo centrifuges and biosafety cabinets", "thermo-fisher", True),
    ("Serviced Nikkiso DBB-EXA dialysis machines", "nikkiso", True),
    ("Maintained BD Alaris infusion pumps", "becton-dickinson", True),
    ("Experience in BD FACSCanto flow cytometers", "becton-dickinson", True),
    ("Trained staff on HIPAA and HITECH requirements", "hitech-act", True),
    (
        "Served as CLIA technical supervisor for the hematology laboratory",
        "clia-technical-supervisor",
        True,
    ),
    (
        "General supervisor, clinical laboratory, night shift",
        "clia-general-supervisor",
        True,
    ),
    (
        "Performed spill cleanup of formalin in the histology lab",
        "spill-response",
        True,
    ),
    ("Validated the LIS for FDA Part 11 compliance", "fda-21-cfr-part-11", True),
    ("Decontamination of reusable instruments in SPD", "decontamination", True),
    (
        "Reviewed FDA test complexity categorization for new assays",
        "test-complexity",
        True,
    ),
    (
        "Trained the sentinel lab staff on LRN rule-out protocols",
        "lrn-sentinel-laboratory",
        True,
    ),
    ("Earned CompTIA Tech+ and A+", "comptia-itf", True),
    ("Resolved Phase II deficiencies before the CAP inspection", "cap-deficiencies", True),
    ("Replaced UPS batteries in the server closet", "uninterruptible-power-supply", True),
    ("Led EOC rounds with the safety officer", "tjc-environment-of-care", True),
    ("Maintained vacuum systems and pneumatic actuators", "pneumatics-hydraulics", True),
    (
        "Handled specimen storage and aliquots of serum for send-outs",
        "specimen-integrity",
        True,
    ),
    ("Repaired Mortara ELI 250 ECG carts", "mortara", True),
    ("Installed Bracco ACIST CVi contrast injectors", "bracco", True),
    ("Ran Streck hematology controls daily", "streck", True),
    ("Loaded Copan ESwab transport tubes on the WASP", "copan", True),
    ("Calibrated Netech MiniSim patient simulators", "netech", True),
    ("Corrected V-tags cited in the ESRD survey", "cms-esrd-cfc", True),
    (
        "Kept the hemodialysis clinic ready for Conditions for Coverage surveys",
        "cms-esrd-cfc",
        True,
    ),
    ("Prepared for TJC surveys of the EC standards", "tjc-environment-of-care", True),
    ("Performed skin puncture on infants and adults", "capillary-puncture", True),
    ("Completed equipment tagging for the new ICU inventory", "asset-tagging", True),
    ("Repaired Storz laparoscopes and camera heads", "karl-storz", True),
    ("Serviced Storz medical video towers", "karl-storz", True),
    (
        "Maintained the NRC license for the nuclear medicine department",
        "radioactive-materials-license",
        True,
    ),
    ("ITIL v4 Foundation certified", "itil", True),
    ("Ran Cepheid GeneXpert assays for MRSA", "cepheid", True),
    ("Wired the ICU per NEC Article 517", "nfpa-70", True),
    ("Serviced Hamilton Medical C6 ventilators", "hamilton-medical", True),
    ("Serviced Alcon Centurion phaco systems", "alcon", True),
    ("Maintained Stockert heater-cooler units", "livanova", True),
    ("Performed output calibration of the linac per TG-51", "linac-output-calibration", True),
    ("Daily output checks on the TrueBeam with the physicist", "linac-output-constancy", True),
    ("Monthly output constancy on the Elekta Versa HD", "linac-output-constancy", True),
]

_RENAMED_IN_PASS11_6 = {
    "bracco": "Bracco Imaging",
    "streck": "Streck Inc",
    "cepheid": "Cepheid Inc",
    "hamilton-medical": "Hamilton Medical AG",
    "alcon": "Alcon Inc",
    "baxter": "Baxter International",
    "nikkiso": "Nikkiso Medical",
    "medical-device-cybersecurity-standards": "FDA medical device cybersecurity requirements",
}


_PARTS_ARE_NOT_THE_WHOLE_PASS11_6 = [
    # a part of the ISO 23500 series, or one requirement of a CAP checklist, is not the whole
    ("Tested product water to ISO 23500-3 limits", "iso-23500", False),
    ("Tested product water to ISO 23500-3 limits", "iso-23500-3", True),
    ("Followed ISO 13959 for water quality", "iso-23500-3", True),
    ("Verified dialysis fluid to ANSI/AAMI/ISO 23500-5", "iso-23500", False),
    ("Knowledge of ANSI/AAMI/ISO 23500 and AAMI RD52", "iso-23500", True),
    ("Ran dose audits per ISO 11137-2", "iso-11137", False),
    ("Ran dose audits per ISO 11137-2", "iso-11137-2", True),
    ("Validated gamma sterilization to ISO 11137", "iso-11137", True),
    ("Cited COM.40350 during the inspection", "cap-com-checklist", False),
    ("Answered GEN.54400 in the inspection", "cap-gen-checklist", False),
]

_PARENTS_PASS11_6 = [
    ("iso-23500-1", "iso-23500", True),
    ("iso-23500-2", "iso-23500", True),
    ("iso-23500-3", "iso-23500", True),
    ("iso-23500-4", "iso-23500", True),
    ("iso-23500-5", "iso-23500", True),
    ("iso-11137-1", "iso-11137", True),
    ("iso-11137-2", "iso-11137", True),
    ("wireless-networking", "networked-medical-devices", False),
    ("wireless-networking", "computer-networking", True),
]


def test_parts_are_not_the_whole_pass11_6(checker):
    each_case(_PARTS_ARE_NOT_THE_WHOLE_PASS11_6, line_check(checker))


def test_parents_pass11_6(vocabulary):
    each_case(_PARENTS_PASS11_6, parent_check(vocabulary))


def test_other_trades_no_longer_read_as_ours_pass11_6(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS11_6, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass11_6(checker):
    each_case(_FORMS_GUARDED_IN_PASS11_6_STILL_COUNT_PASS11_6, line_check(checker))


def test_names_that_read_another_sense_are_renamed_pass11_6(vocabulary):
    wrong = {
        c: vocabulary.concepts[c].name
        for c, n in _RENAMED_IN_PASS11_6.items()
        if vocabulary.concepts[c].name != n
    }
    assert not wrong, wrong


def test_facts_corrected_pass11_6(vocabulary):
    wifi = vocabulary.concepts["wireless-networking"]
    assert "networked-medical-devices" not in wifi.broader
    assert "networked-medical-devices" in wifi.related
    assert "computer-networking" in wifi.broader
    assert "BEBIG" not in vocabulary.concepts["eckert-ziegler"].source.split("(")[0]
