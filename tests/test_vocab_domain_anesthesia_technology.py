"""The anesthesia technology domain (vocab/anesthesia-technology.yaml): the anesthesia technician's titles and
ASATT credentials, workstation models, agent-specific vaporizers, CO2 absorbents, airway equipment,
neuromuscular and depth monitoring, rapid infusers and warmers, cell salvage machines, pulmonary artery
catheters and transducer set-up, scavenging and the pre-use checkout; each concept read in its own sense, each
guarded form refused in another trade's."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # people and credentials
    ("Anesthesia Tech II in a Level 1 trauma center", "anesthesia-technician", True),
    ("Anesthesia Technologist, cardiac OR", "anesthesia-technologist", True),
    ("Cer.A.T. certified anesthesia technician", "cer-at", True),
    ("CerAT since 2015", "cer-at", True),
    ("Cer.A.T.T. (ASATT)", "cer-att", True),
    ("Cer.A.T.T. (ASATT)", "cer-at", False),
    ("ASATT certification required within one year", "asatt-certification", True),
    # makers
    ("Single-use scopes from Ambu and airway products from Intersurgical", "ambu", True),
    ("Single-use scopes from Ambu and airway products from Intersurgical", "intersurgical", True),
    ("Ambu bag ventilation during codes", "ambu", False),
    ("Ambu bagging the patient", "ambu", False),
    ("Belmont Medical Technologies service training", "belmont-medical", True),
    ("Penlon Prima SP2 anaesthetic machines", "penlon", True),
    # workstations
    ("Maquet Flow-i and Flow-c anesthesia systems", "maquet-flow-i", True),
    ("Maquet Flow-i and Flow-c anesthesia systems", "maquet-flow-c", True),
    ("Maquet Flow-i and Flow-c anesthesia systems", "getinge-flow-anesthesia", False),
    ("Getinge Flow family anesthesia machines", "getinge-flow-anesthesia", True),
    ("Measured Flow-i data in the hydraulics lab", "maquet-flow-i", False),
    ("Zeus anesthesia workstation PMs", "draeger-zeus", True),
    ("Zeus backup software for the servers", "draeger-zeus", False),
    ("Dräger Fabius GS premium and Fabius Tiro", "draeger-fabius-gs", True),
    ("Dräger Fabius GS premium and Fabius Tiro", "draeger-fabius-tiro", True),
    ("Penlon Prima SP2", "penlon-prima-sp2", True),
    ("Penlon Prima 450 workstations", "penlon-prima-450", True),
    # vaporizers
    ("Filled sevo vaporizers between cases", "sevoflurane-vaporizer", True),
    ("Serviced Dräger D-Vapor and des vaporizers", "desflurane-vaporizer", True),
    ("Serviced Dräger D-Vapor and des vaporizers", "draeger-d-vapor", True),
    ("Swapped iso vaporizers for the cardiac rooms", "isoflurane-vaporizer", True),
    ("Ohmeda Tec 5 vaporizers", "ge-tec-5", True),
    ("Embedded blocks on the Tissue-Tek TEC 5", "ge-tec-5", False),
    # absorbents, circuits, scavenging, checkout
    ("Changed soda lime and Amsorb Plus canisters", "co2-absorbent", True),
    ("Changed soda lime and Amsorb Plus canisters", "amsorb-plus", True),
    ("Soda lime glass slides for the histology lab", "co2-absorbent", False),
    ("Soda lime in the drying tube of the desiccator", "co2-absorbent", False),
    ("Drägersorb 800+ CO2 absorbent", "draegersorb-800-plus", True),
    ("Drägersorb Free CO2 absorbent", "draegersorb-free", True),
    ("Drägersorb Free CO2 absorbent", "draegersorb-800-plus", False),
    ("LithoLyme and Medisorb absorbent stock", "litholyme", True),
    ("LithoLyme and Medisorb absorbent stock", "medisorb", True),
    ("Sodasorb and Sofnolime", "sodasorb", True),
    ("Sodasorb and Sofnolime", "sofnolime", True),
    ("Stocked Amsorb for the ORs", "amsorb-plus", True),
    ("Set up the circle system and Bain circuit", "anesthesia-breathing-circuit", True),
    ("Checked the scavenging system on each machine", "anesthetic-gas-scavenging", True),
    ("Radical scavenging assays for antioxidant capacity", "anesthetic-gas-scavenging", False),
    ("WAGD inspections per NFPA 99", "anesthetic-gas-scavenging", True),
    ("AGSS testing on anesthesia machines", "anesthetic-gas-scavenging", True),
    ("AGSS annual report", "anesthetic-gas-scavenging", False),
    ("Waste anesthetic gas surveys of the OR suites", "waste-anesthetic-gas-monitoring", True),
    (
        "Daily anesthesia machine checkout and negative pressure leak test",
        "anesthesia-machine-checkout",
        True,
    ),
    ("Stocked anesthesia carts between cases", "anesthesia-cart", True),
    ("Loaded the Pyxis Anesthesia Station", "pyxis-anesthesia-station", True),
    ("Loaded the Pyxis Anesthesia Station", "pyxis-medstation", False),
    # airway
    ("Cleaned laryngoscope handles and blades", "laryngoscope", True),
    ("Stocked video laryngoscopes for the ORs", "video-laryngoscope", True),
    ("VL and DL blades for intubation", "video-laryngoscope", True),
    ("VL 2 lab section schedule", "video-laryngoscope", False),
    ("GlideScope Go, GlideScope Core, GlideScope AVL and GlideScope Titanium", "glidescope-go", True),
    ("GlideScope Go, GlideScope Core, GlideScope AVL and GlideScope Titanium", "glidescope-core", True),
    ("GlideScope Go, GlideScope Core, GlideScope AVL and GlideScope Titanium", "glidescope-avl", True),
    ("GlideScope Go, GlideScope Core, GlideScope AVL and GlideScope Titanium", "glidescope-titanium", True),
    ("C-MAC blades for difficult intubation", "storz-c-mac", True),
    ("Implemented C-MAC authentication in the firmware", "storz-c-mac", False),
    ("Storz C-MAC Pocket Monitor", "storz-c-mac-pocket-monitor", True),
    ("McGRATH MAC video laryngoscopes", "mcgrath-mac", True),
    ("McGrath laryngoscopes and blades", "mcgrath-mac", True),
    ("Reported to John McGrath, OR manager", "mcgrath-mac", False),
    ("King Vision and Airtraq for difficult airway", "king-vision", True),
    ("King Vision and Airtraq for difficult airway", "airtraq", True),
    ("King Vision Ministries volunteer", "king-vision", False),
    ("Supraglottic airways and SGA sizing", "supraglottic-airway", True),
    ("SGA infants in the NICU", "supraglottic-airway", False),
    ("LMA sizes 3-5 and airway adjuncts", "laryngeal-mask-airway", True),
    ("LMA Supreme, LMA ProSeal and LMA Fastrach", "lma-supreme", True),
    ("LMA Supreme, LMA ProSeal and LMA Fastrach", "lma-proseal", True),
    ("LMA Supreme, LMA ProSeal and LMA Fastrach", "lma-fastrach", True),
    ("i-gel airway for the ambulances", "i-gel", True),
    ("Deployed IGEL thin clients on the nursing units", "i-gel", False),
    ("Ambu AuraGain laryngeal masks", "ambu-auragain", True),
    ("King LT airways for EMS", "king-lt", True),
    ("Fiberoptic intubating scope for awake intubation", "flexible-intubation-scope", True),
    ("Fiberoptic scope repair for the GI suite", "flexible-intubation-scope", False),
    ("Ambu aScope 4 Broncho monitors", "ambu-ascope-4-broncho", True),
    ("Ambu aScope 4 Broncho monitors", "ambu-ascope-5-broncho", False),
    ("aScope 5 Broncho HD scopes", "ambu-ascope-5-broncho", True),
    ("aScope single-use scopes", "ambu-ascope", True),
    ("Gum elastic bougie and bougies for intubation", "intubating-bougie", True),
    ("Esophageal bougie dilation in endoscopy", "intubating-bougie", False),
    ("Restocked the difficult airway cart monthly", "difficult-airway-cart", True),
    ("Checked the MH cart and dantrolene stock", "mh-cart", True),
    ("Restocked nerve block carts for the block room", "regional-block-cart", True),
    # monitoring
    ("Quantitative neuromuscular monitoring with TwitchView", "neuromuscular-monitor", True),
    ("Quantitative neuromuscular monitoring with TwitchView", "twitchview", True),
    ("TOF-Watch SX acceleromyography", "tof-watch", True),
    ("Peripheral nerve stimulator for train-of-four", "neuromuscular-monitor", True),
    ("Peripheral nerve stimulator implants for chronic pain", "neuromuscular-monitor", False),
    ("Stimpod NMS450", "stimpod", True),
    ("Depth of anesthesia monitoring with Masimo SedLine", "depth-of-anesthesia-monitor", True),
    ("Depth of anesthesia monitoring with Masimo SedLine", "masimo-sedline", True),
    ("pEEG monitoring during sedation", "depth-of-anesthesia-monitor", True),
    ("GE Entropy module on the Carescape monitors", "ge-entropy", True),
    ("Shannon entropy of the signal", "ge-entropy", False),
    # fluids, warming, salvage, ACT
    ("Belmont Rapid Infuser RI-2 for trauma", "belmont-rapid-infuser", True),
    ("RI-2 lab room booking", "belmont-rapid-infuser", False),
    ("Belmont buddy lite warmers for transport", "belmont-buddy-lite", True),
    ("Buddy Lite beer at the team picnic", "belmont-buddy-lite", False),
    ("enFlow fluid warmers", "enflow-warmer", True),
    ("Ran the Cell Saver Elite+ in cardiac cases", "haemonetics-cell-saver-elite", True),
    ("Ran the Cell Saver 5 in ortho cases", "haemonetics-cell-saver-5", True),
    ("LivaNova XTRA and Fresenius CATSmart", "livanova-xtra", True),
    ("LivaNova XTRA and Fresenius CATSmart", "fresenius-catsmart", True),
    ("LivaNova XTRA and Fresenius CATSmart", "fresenius-cats", False),
    ("Fresenius C.A.T.S in the cardiac OR", "fresenius-cats", True),
    ("XTRA large sizes in the uniform room", "livanova-xtra", False),
    ("Medtronic HMS Plus heparin dose response", "medtronic-hms-plus", True),
    ("HMS Plus host loyalty program", "medtronic-hms-plus", False),
    # invasive lines
    ("Set up Swan-Ganz catheters and PA catheters", "pulmonary-artery-catheter", True),
    ("PAC placement through the introducer", "pulmonary-artery-catheter", True),
    ("PAC donations for the campaign", "pulmonary-artery-catheter", False),
    ("TruWave transducers", "truwave-transducer", True),
    ("Arterial line setup, transducer zeroing and leveling", "transducer-setup", True),
]


def test_anesthesia_technology_concepts_are_filed_as_what_they_are(vocabulary):
    assert "asatt-certification" in vocabulary.ancestors("cer-at")
    assert "asatt-certification" in vocabulary.ancestors("cer-att")
    assert "cer-at" not in vocabulary.ancestors("cer-att")
    assert "anesthesia-vaporizer" in vocabulary.ancestors("draeger-d-vapor")
    assert "desflurane-vaporizer" in vocabulary.ancestors("draeger-d-vapor")
    assert "anesthesia-machine" in vocabulary.ancestors("maquet-flow-i")
    assert "draeger-anesthesia" in vocabulary.ancestors("draeger-zeus")
    assert "draeger-fabius" in vocabulary.ancestors("draeger-fabius-tiro")
    assert "co2-absorbent" in vocabulary.ancestors("draegersorb-free")
    assert "laryngoscope" in vocabulary.ancestors("storz-c-mac-pocket-monitor")
    assert "verathon-glidescope" in vocabulary.ancestors("glidescope-go")
    assert "supraglottic-airway" in vocabulary.ancestors("lma-fastrach")
    assert "bronchoscope" in vocabulary.ancestors("flexible-intubation-scope")
    assert "bronchoscope" in vocabulary.ancestors("ambu-ascope-4-broncho")
    assert "ambu-ascope" in vocabulary.ancestors("ambu-ascope-5-broncho")
    assert "anesthesia-machine" in vocabulary.ancestors("penlon-prima-sp2")
    assert "bronchoscope" not in vocabulary.ancestors("ambu-ascope")
    assert "patient-monitor" in vocabulary.ancestors("twitchview")
    assert "depth-of-anesthesia-monitor" in vocabulary.ancestors("masimo-sedline")
    assert "rapid-infuser" in vocabulary.ancestors("belmont-rapid-infuser")
    assert "cell-saver" in vocabulary.ancestors("fresenius-catsmart")
    assert "fresenius-cats" not in vocabulary.ancestors("fresenius-catsmart")
    assert "act-analyzer" in vocabulary.ancestors("medtronic-hms-plus")
    assert "pressure-transducer" in vocabulary.ancestors("truwave-transducer")
    assert "medication-dispensing-cabinet" in vocabulary.ancestors("pyxis-anesthesia-station")
    assert vocabulary.concepts["cer-at"].category.value == "credential"
    assert vocabulary.concepts["anesthesia-technician"].category.value == "title"
    assert vocabulary.concepts["ambu"].category.value == "manufacturer"


def test_anesthesia_technology_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
