"""Medical equipment planning for healthcare facility projects (deliverables, responsibility codes, design
phases, group purchasing, planning software, imaging site planning, FGI/EDAC/LEED) and patient handling and
support equipment (support surfaces, specialty beds, slings, makers' beds, lifts and chairs): each concept
read in its own sense, and each guarded form not read in another trade's sense (a database's RDS, a Windows
GPO, an SD card, a PCB's schematic design and RF shielding, a rigger's sling inspection, a hospital's bed
count).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # --- planning work, title and deliverables
    ("Medical equipment planning for a 300-bed replacement hospital", "medical-equipment-planning", True),
    ("Senior Medical Equipment Planner, healthcare architecture firm", "medical-equipment-planner", True),
    ("Equipment planner for the new hospital tower", "medical-equipment-planner", True),
    ("Equipment planner for the mine's haul truck fleet", "medical-equipment-planner", False),
    ("Built the medical equipment list for the surgery department", "medical-equipment-list", True),
    ("Maintained equipment lists with OFCI and CFCI codes in Attainia", "medical-equipment-list", True),
    ("Kept the equipment list for the restaurant kitchen", "medical-equipment-list", False),
    ("Prepared room data sheets for the ED and ICU", "room-data-sheet", True),
    ("Updated the RDS for each room in dRofus", "room-data-sheet", True),
    ("Migrated the reporting database to Amazon RDS instances", "room-data-sheet", False),
    ("Deployed RDS session hosts for remote users", "room-data-sheet", False),
    ("Owned the equipment responsibility matrix for the project", "equipment-responsibility-matrix", True),
    ("Wrote the responsibility matrix of OFCI and CFCI items", "equipment-responsibility-matrix", True),
    ("Built a RACI responsibility matrix for the call center", "equipment-responsibility-matrix", False),
    ("Coded items OFCI, CFCI or OFOI", "ofci", True),
    ("Owner furnished, contractor installed equipment", "ofci", True),
    ("Coded items OFCI, CFCI or OFOI", "cfci", True),
    ("Coded items OFCI, CFCI or OFOI", "ofoi", True),
    ("Tracked CFOI and OFOI items on the responsibility matrix", "cfoi", True),
    ("Census of Fatal Occupational Injuries (CFOI) data analyst", "cfoi", False),
    ("VFVI imaging equipment coordinated with the vendors", "vfvi", True),
    ("FF&E planning and procurement for the new tower", "ffe", True),
    ("Managed FFE budgets for furniture and equipment", "ffe", True),
    ("Ran the transfer vs new analysis for 2,000 devices", "existing-equipment-survey", True),
    ("Existing equipment inventory before the move", "existing-equipment-survey", True),
    # --- design phases
    ("Space programming for the new cancer center", "space-programming", True),
    ("Wrote the functional program for the hospital expansion", "space-programming", True),
    ("Functional programming in Haskell and OCaml", "space-programming", False),
    ("Equipment planning through the schematic design phase", "schematic-design", True),
    ("Led the SD, DD and CD phases with the architect", "schematic-design", True),
    ("Schematic design of PCB circuits in Altium", "schematic-design", False),
    ("Bought a CD player and an SD card", "schematic-design", False),
    ("Updated equipment lists through design development and CDs", "design-development", True),
    ("Led the SD, DD and CD phases with the architect", "design-development", True),
    ("Filed the DD Form 214 with the VA", "design-development", False),
    ("Reviewed construction documents for equipment coordination", "construction-documents", True),
    ("Led the SD, DD and CD phases with the architect", "construction-documents", True),
    ("Bought a CD player and an SD card", "construction-documents", False),
    ("Construction administration: submittals and site visits", "construction-administration", True),
    ("Project closeout with as-builts and warranties", "project-closeout", True),
    ("Month-end close-out of the ledgers", "project-closeout", False),
    ("Facility activation for the new hospital tower", "facility-activation", True),
    ("Transition planning for students with an IEP", "facility-activation", False),
    ("Planned the patient move into the new tower", "move-planning", True),
    # --- buying
    ("Medical equipment procurement for the new tower", "equipment-procurement", True),
    ("Issued RFQs for beds and stretchers", "rfq-process", True),
    ("Presented new products to the value analysis committee", "value-analysis", True),
    ("Value analysis of the circuit's cost", "value-analysis", False),
    ("Negotiated GPO contracts with Vizient and Premier", "group-purchasing-organization", True),
    ("Configured GPO settings in Active Directory for Windows PCs", "group-purchasing-organization", False),
    ("Negotiated GPO contracts with Vizient and Premier", "vizient", True),
    ("Negotiated the novation of the lease contract", "vizient", False),
    ("Negotiated GPO contracts with Vizient and Premier", "premier-inc", True),
    ("Premier League football coach", "premier-inc", False),
    ("Ran blood gases on the GEM Premier 4000", "premier-inc", False),
    ("HealthTrust contracts for HCA hospitals", "healthtrust", True),
    # --- software
    ("Equipment lists and budgets in Attainia", "attainia", True),
    ("Room data and equipment in dRofus", "drofus", True),
    ("Room data sheets in Codebook linked to Revit", "codebook", True),
    ("Wrote the survey Codebook for the SPSS dataset", "codebook", False),
    ("Revit families for BIM equipment coordination", "autodesk-revit", True),
    ("Revit families for BIM equipment coordination", "bim", True),
    ("Equipment layouts in AutoCAD", "autodesk-autocad", True),
    # --- imaging site planning
    ("Wrote the NCRP 147 shielding report with the physicist", "ncrp-147", True),
    ("Wrote the NCRP 147 shielding report with the physicist", "radiation-shielding-design", True),
    ("Lead shielding of the CT room walls", "radiation-shielding-design", True),
    ("Shielding design for EMI on the PCB enclosure", "radiation-shielding-design", False),
    ("MRI site planning: RF shielding and the 5 gauss line", "mri-rf-shielding", True),
    ("Designed RF shielding for PCB layouts", "mri-rf-shielding", False),
    ("Passive magnetic shielding for the 3T MRI suite", "mri-magnetic-shielding", True),
    ("Magnetic shielding of the transformer with mu-metal", "mri-magnetic-shielding", False),
    ("MRI site planning: RF shielding and the 5 gauss line", "five-gauss-line", True),
    ("Deployed 5G lines for the cellular network", "five-gauss-line", False),
    ("Heat load of the CT scanner for the HVAC engineer", "equipment-heat-load", True),
    ("Heat dissipation of the power amplifier PCB", "equipment-heat-load", False),
    ("Floor loading review for the MRI magnet", "floor-loading", True),
    ("Floor loading of the warehouse racking", "floor-loading", False),
    # --- codes, guidelines, credentials
    ("FGI Guidelines for Design and Construction of Hospitals", "fgi-guidelines", True),
    ("Applied ASHRAE 170 and FGI guidelines to the OR design", "fgi-guidelines", True),
    ("Evidence-based design for patient rooms", "evidence-based-design", True),
    ("EDAC certified healthcare planner", "edac", True),
    ("LEED AP BD+C, EDAC certified", "leed-ap-bdc", True),
    ("LEED AP since 2012", "leed-ap", True),
    ("Project certified LEED Gold", "leed", True),
    ("LEED Green Associate", "leed-green-associate", True),
    ("Travelled to Leeds for training", "leed", False),
    ("ICRA permits and barriers for the renovation", "icra", True),
    # --- patient handling and support surfaces
    ("Serviced patient handling equipment across three hospitals", "patient-handling-equipment", True),
    ("Safe patient handling program coordinator", "safe-patient-handling", True),
    ("Inspected lift slings and repositioning slings", "patient-lift-sling", True),
    ("Replaced transfer slings on the Liko lifts", "patient-lift-sling", True),
    ("Quarterly sling inspection of the Liko ceiling lifts", "sling-inspection", True),
    ("Sling inspection per OSHA 1910.184 for the rigging crew", "sling-inspection", False),
    ("Repaired support surfaces and low air loss mattresses", "support-surface", True),
    ("Prepared the support surface for the concrete pour", "support-surface", False),
    ("Serviced alternating pressure mattresses and pumps", "alternating-pressure-mattress", True),
    ("Air-fluidized beds for burn patients", "air-fluidized-bed", True),
    ("Kinetic therapy beds in the trauma ICU", "kinetic-therapy-bed", True),
    ("Serviced med-surg beds and bed scales", "med-surg-bed", True),
    ("PM on 150 medical-surgical beds from Hillrom", "med-surg-bed", True),
    ("A 320-bed hospital with 200 med-surg beds and 40 ICU beds", "med-surg-bed", False),
    ("Med-surg bed occupancy rose to 95%", "med-surg-bed", False),
    ("Repaired patient transport chairs", "transport-chair", True),
    ("Tested bed exit alarms on the Progressa beds", "bed-exit-alarm", True),
    ("Replaced bed actuators and linear actuators on stretchers", "linear-actuator", True),
    # --- makers and their products
    ("Arjo and Invacare lifts, Linet beds", "arjo", True),
    ("Serviced ArjoHuntleigh hoists", "arjo", True),
    ("Arjo and Invacare lifts, Linet beds", "invacare", True),
    ("Arjo and Invacare lifts, Linet beds", "linet", True),
    ("Stryker GoBed II beds on the med-surg floors", "stryker-gobed", True),
    ("Stryker Isolibrium surfaces", "stryker-isolibrium", True),
    ("Stryker Prime stretchers and Prime TC transport chairs", "stryker-prime-stretcher", True),
    ("Stryker Prime stretchers and Prime TC transport chairs", "stryker-prime-tc", True),
    ("Amazon Prime and Prime Video subscriptions", "stryker-prime-stretcher", False),
    ("Hillrom Envella and Clinitron beds", "hillrom-envella", True),
    ("Hillrom Envella and Clinitron beds", "hillrom-clinitron", True),
    ("Liko Golvo, LikoGuard and Multirall lifts", "liko-golvo", True),
    ("Liko Golvo, LikoGuard and Multirall lifts", "likoguard", True),
    ("Liko Golvo, LikoGuard and Multirall lifts", "liko-multirall", True),
    # --- other trades' and other roles' senses of the guarded forms
    ("Performed patient moves and transfers with the CNA team", "move-planning", False),
    ("Responded to bed alarms and call lights", "bed-exit-alarm", False),
    ("Inspected chain hoist slings for the crane crew", "patient-lift-sling", False),
    ("Replaced hoist slings on the Arjo Maxi Move", "patient-lift-sling", True),
    ("Repaired scissor lift actuators", "linear-actuator", False),
    ("Read construction drawings and blueprints as an electrician", "construction-documents", False),
    ("Led design development of new medical equipment products", "design-development", False),
    ("Worked on NASA's space program design reviews", "space-programming", False),
    ("Developed the space program for the hospital expansion", "space-programming", True),
    ("Applied VAC therapy units to wounds in the hospital", "value-analysis", False),
    ("Printed by the U.S. GPO under contract", "group-purchasing-organization", False),
    ("Boston University SPH, patient outcomes research", "safe-patient-handling", False),
    ("APM tools for application monitoring of pumps", "alternating-pressure-mattress", False),
    ("Premier Foods supply chain contracts", "premier-inc", False),
    ("Brand activation planning for the retail launch", "facility-activation", False),
    ("Lead shielding aprons inspected in radiology", "radiation-shielding-design", False),
    ("Maquet Alphastar and Yuno tables", "maquet-alphastar", True),
    ("Maquet Alphastar and Yuno tables", "maquet-yuno", True),
    ("ICRA permits for the renovation", "icra", True),
    ("Rated AA by ICRA Limited", "icra", False),
    ("Reconciled the existing equipment inventory in the CMMS", "existing-equipment-survey", False),
    ("Kept the equipment list for the radio tower crew", "medical-equipment-list", False),
    ("Floor loading review for the cobas 8000 installation", "floor-loading", True),
    ("Raised FFE levels in the cattle herd", "ffe", False),
    ("HPG lattice structures in materials research", "healthtrust", False),
    ("Hitting the Prime X sale on Amazon", "stryker-prime-stretcher", False),
    ("Alphastar played StarCraft II at grandmaster level", "maquet-alphastar", False),
    ("Yuno delivery app onboarding", "maquet-yuno", False),
    ("Linet Cohen, Tel Aviv office manager", "linet", False),
    ("Arjo Klamer, economist, guest lecture", "arjo", False),
    ("Built a Faraday cage for the physics lab demo", "mri-rf-shielding", False),
    ("Evidence-based design of the math curriculum", "evidence-based-design", False),
    ("Transfer equipment for the electrical switchgear", "existing-equipment-survey", False),
    ("Paid VAT on all invoices", "value-analysis", False),
    ("Steel shielding of the reactor", "mri-magnetic-shielding", False),
    ("Fringe field effects in parallel-plate capacitors", "five-gauss-line", False),
    ("Heat load calculations for the office building", "equipment-heat-load", False),
    ("FGI Inc. staffing contract", "fgi-guidelines", False),
    ("Construction documentation of the software build", "construction-documents", False),
    ("Activation of the new user accounts", "facility-activation", False),
    ("Move planning for the household relocation", "move-planning", False),
    ("Therapy surface for the horse arena", "support-surface", False),
    ("Room datasheets for the hotel fit-out", "room-data-sheet", False),
    ("Equipment planners for the oil rig", "medical-equipment-planner", False),
    ("Codebook vectors in speech coding", "codebook", False),
    ("Closeout of the sales quarter", "project-closeout", False),
    ("Repositioning sling for the boat engine", "patient-lift-sling", False),
    ("Transfer slings for the crane", "patient-lift-sling", False),
    ("CA phase of the hospital project", "construction-administration", True),
    ("SD card reader", "schematic-design", False),
]


def test_facility_planning_patient_handling_filing(vocabulary):
    assert "hospital-bed" in vocabulary.ancestors("med-surg-bed")
    assert "stryker-beds" in vocabulary.ancestors("stryker-gobed")
    assert "med-surg-bed" in vocabulary.ancestors("stryker-gobed")
    assert "specialty-bed" in vocabulary.ancestors("hillrom-envella")
    assert "air-fluidized-bed" in vocabulary.ancestors("hillrom-clinitron")
    assert "support-surface" in vocabulary.ancestors("alternating-pressure-mattress")
    assert "ceiling-lift" in vocabulary.ancestors("likoguard")
    assert "floor-lift" in vocabulary.ancestors("liko-golvo")
    assert "liko-lift" in vocabulary.ancestors("liko-multirall")
    assert "wheelchair" in vocabulary.ancestors("stryker-prime-tc")
    assert "stretcher" in vocabulary.ancestors("stryker-prime-stretcher")
    assert "group-purchasing-organization" in vocabulary.ancestors("vizient")
    assert "leed-ap" in vocabulary.ancestors("leed-ap-bdc")
    assert "surgical-table" in vocabulary.ancestors("maquet-yuno")
    assert "patient-handling-equipment" in vocabulary.ancestors("patient-lift-sling")
    # a maker is never filed above its products, and a code is not a kind of the matrix
    assert "arjo" not in vocabulary.ancestors("arjo-maxi-move")
    assert "site-planning" in vocabulary.concepts["five-gauss-line"].related
    assert "equipment-responsibility-matrix" not in vocabulary.ancestors("ofci")
    assert vocabulary.concepts["arjo"].category.value == "manufacturer"
    assert vocabulary.concepts["fgi-guidelines"].category.value == "standard"


def test_facility_planning_patient_handling_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_the_curators_proposals_for_existing_concepts(vocabulary):
    """Lifts are patient handling equipment, a low air loss bed's mattress a support surface; LOLER's thorough
    examination covers slings; capital planning is related to a facility project's equipment planning."""
    assert "patient-handling-equipment" in vocabulary.ancestors("patient-lift")
    assert "support-surface" in vocabulary.ancestors("low-air-loss-bed")
    assert "sling-inspection" in vocabulary.concepts["loler"].related
    assert "medical-equipment-planning" in vocabulary.concepts["capital-planning"].related
