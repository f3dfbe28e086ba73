"""Faults the fifteenth pass found in lot 1 (apheresis, device security, endoscopy and equipment concepts),
each with the line that showed it and one of the concept's own sense: a maker's other products read as the
one concept (QRadar SOAR and EDR as the SIEM, NaviCare Patient Flow and Voalte Nurse Call, BeneVision
central stations, PIIC iX, HeartStart Event Review, Compumedics Profusion EEG, Omnicell central pharmacy
robots, AeroScout temperature monitoring, ClearPass Device Insight); a maker named as the employer on a
resume's job line read as its product (Aerogen, AccuVein, Enthermics, Omnicell, Compumedics, Armis, Asimily,
Cynerio); numbers next to model codes ("5008s and 4008s" as several machines, "2008 K2" as a year and a
mountain); guards or forms too narrow for the concept's own lines (Hamilton ventilators, Nihon Kohden
monitors, Trilogy 100, PageWriter, Claroty in a health system, ILRs); a fabrication shop's bending section
read as the endoscope's; and a source that named another product.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Administered IBM QRadar SOAR playbooks", "ibm-qradar", False),
    ("Deployed QRadar EDR agents on the lab workstations", "ibm-qradar", False),
    ("Tuned IBM QRadar offenses for the biomed VLAN", "ibm-qradar", True),
    ("Managed QRadar SIEM correlation rules", "ibm-qradar", True),
    ("Hillrom NaviCare Patient Flow rollout", "hillrom-navicare", False),
    ("Installed Hillrom NaviCare across six units", "hillrom-navicare", True),
    ("NaviCare nurse call upgrades", "hillrom-navicare", True),
    ("Hillrom Voalte Nurse Call installation", "hillrom-voalte", False),
    ("Hillrom Voalte Nurse Call installation", "hillrom-voalte-nurse-call", True),
    ("Voalte phones for nurses on 5 East", "hillrom-voalte", True),
    ("Rolled out Hillrom Voalte smartphones", "hillrom-voalte", True),
    ("Mindray BeneVision CMS central station", "mindray-benevision-n", False),
    ("Mindray BeneVision TMS telemetry", "mindray-benevision-n", False),
    ("Serviced Mindray BeneVision monitors in the ICU", "mindray-benevision-n", True),
    ("Philips PIIC iX central stations", "philips-piic", False),
    ("Supported the PIIC central station", "philips-piic", True),
    ("HeartStart Event Review software", "philips-heartstart", False),
    ("Serviced HeartStart MRx and XL defibrillators", "philips-heartstart", True),
    ("Compumedics Profusion EEG software", "compumedics-psg", False),
    ("Compumedics Profusion sleep software", "compumedics-psg", True),
    ("Compumedics, Charlotte, NC - Field Engineer", "compumedics-psg", False),
    ("Compumedics Grael PSG amplifiers", "compumedics-psg", True),
    ("Omnicell XR2 central pharmacy automation", "omnicell-cabinet", False),
    ("Field Service Engineer | Omnicell | 2019-2023", "omnicell-cabinet", False),
    ("Technician at Omnicell for four years", "omnicell-cabinet", False),
    ("Replaced Omnicell drawers and locks", "omnicell-cabinet", True),
    ("Cleaned Omnicell, Pyxis, and Alaris equipment", "omnicell-cabinet", True),
    ("Aerogen, Galway - Test Engineer, 2018-2021", "aerogen", False),
    ("Maintained Aerogen nebulizers on the ICU", "aerogen", True),
    ("AeroScout temperature monitoring tags", "aeroscout", False),
    ("AeroScout tags on infusion pumps", "aeroscout", True),
    ("Security Engineer | Armis | 2020-2023", "armis", False),
    ("Deployed Armis to profile infusion pumps", "armis", True),
    ("Joined Cynerio in 2021", "cynerio", False),
    ("Cynerio deployment across three hospitals", "cynerio", True),
    ("Asimily, Pleasanton, CA - Sales Engineer", "asimily", False),
    ("Asimily Insight risk scores for imaging devices", "asimily", True),
    ("Serviced Fresenius 5008s and 4008s", "fresenius-5008s", False),
    ("Repaired Fresenius 5008S machines", "fresenius-5008s", True),
    ("Trained on the 5008S CorDiax", "fresenius-5008s", True),
    ("Summited K2 in 2008 K2 base camp", "fresenius-2008k2", False),
    ("Fresenius 2008 K2 machines", "fresenius-2008k2", True),
    ("Serviced Hamilton ventilators", "hamilton-ventilator", True),
    ("Serviced Nihon Kohden monitors", "nihon-kohden-monitor", True),
    ("Trilogy 100 ventilators for home patients", "philips-trilogy", True),
    ("Philips Trilogy Evo ventilators", "philips-trilogy", False),
    ("PageWriter TC cardiographs", "philips-pagewriter", True),
    ("Claroty xDome for asset inventory of infusion pumps", "claroty-medigate", True),
    ("Deployed Claroty across the health system", "claroty-medigate", True),
    ("Claroty for OT networks at a refinery", "claroty-medigate", False),
    ("Interrogated ILRs and pacemakers", "implantable-cardiac-monitor", True),
    ("ILR School alumni", "implantable-cardiac-monitor", False),
    ("AccuVein Inc. - Field Service Rep, 2017-2020", "accuvein", False),
    ("Used AccuVein for difficult sticks", "accuvein", True),
    ("Enthermics Medical Systems | Technician | 2015-2018", "enthermics-warming-cabinet", False),
    ("Enthermics cabinets in the OR core", "enthermics-warming-cabinet", True),
    ("ClearPass Device Insight profiling", "aruba-clearpass", False),
    ("Aruba ClearPass profiling of infusion pumps", "aruba-clearpass", True),
    ("Serviced Miele washer-disinfectors in SPD", "miele-washer-disinfector", True),
    ("Repaired Miele washers and dryers in homes", "miele-washer-disinfector", False),
    ("PMs on Dräger anesthesia machines", "draeger-anesthesia", True),
    ("Gambro AK machines in the satellite unit", "gambro-ak", True),
    ("Replaced the Erbe VIO 300D footswitch", "erbe-vio-300d", True),
    ("Volunteer Heartstart CPR instructor", "philips-heartstart", False),
    ("HEARTSTART FR3 battery checks", "philips-heartstart", True),
    ("Medigate | Sales Engineer | 2019-2022", "claroty-medigate", False),
    ("Medigate alerts on infusion pumps", "claroty-medigate", True),
    ("AeroScout, Redwood City, CA - RF Engineer", "aeroscout", False),
    ("Supervised the tube bending section of the fabrication shop", "bending-section", False),
    ("Replaced bending sections on Olympus gastroscopes", "bending-section", True),
    ("Bending section repairs after failed leak tests", "bending-section", True),
    ("Insertion tube for the cable pulling rig", "insertion-tube", False),
    ("Insertion tube crush damage on a colonoscope", "insertion-tube", True),
    ("Compumedics DWL transcranial Doppler", "compumedics-psg", False),
    ("Compumedics Somfit home sleep tests", "compumedics-psg", True),
    ("Philips Trilogy EV300 ventilators", "philips-trilogy", False),
    ("Philips Trilogy 100 alarms", "philips-trilogy", True),
]


def test_pass15_1_concepts_are_filed_as_what_they_are(vocabulary):
    assert "nurse-call-system" in vocabulary.ancestors("hillrom-voalte-nurse-call")
    assert "nurse-call-system" not in vocabulary.ancestors("hillrom-voalte")
    assert "Security Center" not in vocabulary.concepts["tenable-vm"].source


def test_pass15_1_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_a_tee_probes_bending_section_is_the_bending_section(checker):
    line = "Repair TEE articulation and bending sections, and replace worn control knobs."
    each_case([(line, "bending-section", True)], line_check(checker))
