"""Faults the eighteenth pass found in lot 2 (bedside and OR equipment, sterilizers, dialysis, imaging,
radiation therapy and injectors), each with the line that showed it and one of the concept's own sense.
Mostly spellings of the concept's own sense that were missed: spaced or joined brand names (Mobile DaRt,
Combi Diagnost, Easy Diagnost, Portal Vision, CS8100, Pro Max, Blue Star, Empower CT, Mark7 Arterion), a
lower-case letter after the full stop in "go.open Pro", "GE AMX", "Braun Dialog", the nurses' "bili
blanket", "pre-vac sterilizer", the 6D / 6-DOF couch. Other trades' lines on an unguarded form: a
paramedic's EZ-IO "bone drill" read as the surgical drill; low-dose-rate seed, eye plaque and Y-90
brachytherapy read as the afterloader (the guard was case-sensitive and looked only at the word before).
A general class carried its narrower concepts' names (dental imaging held "panoramic x ray").
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import _concepts_in, line_check

_CASES = [
    ("Established IO access with the EZ-IO bone drill", "surgical-drill", False),
    ("Used the bone drill for intraosseous access in the field", "surgical-drill", False),
    ("Serviced Stryker bone drills and sternal saws", "surgical-drill", True),
    ("Loaded the pre-vac sterilizer for the 4-minute cycle", "prevacuum-sterilizer", True),
    ("Ran Bowie-Dick tests on the pre vac sterilizers", "prevacuum-sterilizer", True),
    ("Fresenius 2008T Blue Star machines in the outpatient unit", "fresenius-2008t-bluestar", True),
    ("PM on Braun Dialog hemodialysis machines", "braun-dialog-family", True),
    ("Placed the infant on a bili blanket", "biliblanket", True),
    ("Repaired bili-blanket light sources", "biliblanket", True),
    ("Shimadzu Mobile DaRt Evolution portable units", "shimadzu-mobiledart", True),
    ("Serviced GE AMX portables on the inpatient floors", "ge-amx", True),
    ("GE Optima XR220 AMX mobile X-ray", "ge-optima-xr220amx", True),
    ("Combi Diagnost R/F room installs", "philips-combidiagnost", True),
    ("Easy Diagnost Eleva fluoroscopy room", "philips-easydiagnost", True),
    ("Siemens SOMATOM go.open Pro CT simulator", "siemens-somatom-go-open-pro", True),
    ("SOMATOM go Open Pro acceptance testing", "siemens-somatom-go-open-pro", True),
    ("Calibrated the 6D couch on the Versa HD", "six-dof-couch", True),
    ("6-DOF couch QA each morning", "six-dof-couch", True),
    ("Varian Portal Vision imager calibration", "varian-portalvision", True),
    ("Ordered I-125 seeds for eye plaque brachytherapy", "brachytherapy", False),
    ("Low dose rate brachytherapy of the prostate", "brachytherapy", False),
    ("Y-90 microsphere brachytherapy for liver tumors", "brachytherapy", False),
    ("Brachytherapy with Cs-131 seeds", "brachytherapy", False),
    ("Brachytherapy: Ir-192 source exchanges on the afterloader", "brachytherapy", True),
    ("Gynecologic brachytherapy with tandem and ovoid applicators", "brachytherapy", True),
    ("Took panoramic x rays and bitewings", "dental-panoramic-xray", True),
    ("Dental x-ray sensors and generators", "dental-imaging", True),
    ("Carestream CS8100 panoramic unit", "carestream-cs-8100", True),
    ("Planmeca Pro Max panoramic repairs", "planmeca-promax", True),
    ("Bracco Empower CT injector", "bracco-empowerct", True),
    ("EmpowerCTA+ injectors in the ED scanner", "bracco-empowerct", True),
    ("Empower CT techs to lead the protocol review", "bracco-empowerct", False),
    ("Bracco Empower MR injector", "bracco-empowermr", True),
    ("MEDRAD Arterion injector in the cath lab", "medrad-mark-7-arterion", True),
    ("Mark7 Arterion preventive maintenance", "medrad-mark-7-arterion", True),
]


def test_pass18_2_general_class_does_not_hold_narrower_names(checker):
    found = _concepts_in(checker, "Took panoramic x rays and intraoral x rays")
    assert "dental-imaging" not in found
    assert {"dental-panoramic-xray", "intraoral-xray"} <= found


def test_pass18_2_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
