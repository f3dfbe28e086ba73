"""Faults the seventeenth pass found in lot 5, each with the line that showed it and one of the concept's own
sense: another trade's phrase on an unguarded form (a phone system's "Voice over Internet Protocol" and PBX
trunk ports read as networking skills; a person named "Dr. Alan B. Braun" read as the maker; a wastewater
plant's or a pool's chemical disinfection read as the dialysis-water skill; a utility's "water supply
management" read as stock keeping); a family reading its own models' lines (the Alifax Roller 20 read on
"Roller 20 PN" and "Roller 20-LC", whose spaced and hyphenated spellings were missed; the ZEISS Group read
inside "Carl Zeiss Meditec"); and a resume's own wording of a concept missed ("Extracted DNA", "Collected
blood cultures", "Subnetted", "Masson's trichrome", "Class II, Type B2", "ID-MTS gel").
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Installed IP phones and Voice over Internet Protocol handsets", "internet-protocol", False),
    ("Set up Internet Protocol television for the patient rooms", "internet-protocol", False),
    ("Troubleshot Internet Protocol routing between PACS and the modalities", "internet-protocol", True),
    ("Configured IPv4 subnets on the imaging network", "internet-protocol", True),
    ("Configured PRI trunk ports on the Avaya PBX for the call center", "trunk-ports", False),
    ("Configured trunk ports between the core and closet switches", "trunk-ports", True),
    ("References available: Dr. Alan B. Braun", "b-braun", False),
    ("Supervisor: Karen B. Braun, Lab Manager", "b-braun", False),
    ("Serviced B. Braun Infusomat Space pumps", "b-braun", True),
    ("Vendors: Baxter, B. Braun, Fresenius", "b-braun", True),
    ("Ran ESR on the Alifax Roller 20 PN", "alifax-roller-20", False),
    ("Ran ESR on the Alifax Roller 20 PN", "alifax-roller-20pn", True),
    ("Maintained the Roller 20-LC", "alifax-roller-20", False),
    ("Maintained the Roller 20-LC", "alifax-roller-20lc", True),
    ("Alifax Roller 20 LC ESR analyzer", "alifax-roller-20lc", True),
    ("Roller 20PN", "alifax-roller-20pn", True),
    ("Alifax Roller 20 ESR analyzer in hematology", "alifax-roller-20", True),
    ("Extracted DNA from whole blood with QIAamp kits", "dna-extraction", True),
    ("Extracted viral RNA for SARS-CoV-2 PCR", "viral-rna-extraction", True),
    ("Chemically disinfected the RO loop monthly", "chemical-disinfection", True),
    ("Collected blood cultures from central lines", "blood-culture-collection", True),
    ("Performed Masson's trichrome stains on liver biopsies", "masson-trichrome", True),
    ("Certified Class II, Type B2 cabinets", "class-ii-b2-biosafety-cabinet", True),
    ("Certified a Class II B1 BSC", "class-ii-biosafety-cabinet", True),
    ("Certified a Class II B1 BSC", "class-ii-b2-biosafety-cabinet", False),
    ("Antibody screens on ID-MTS gel cards", "mts-gel", True),
    ("H5N1 subtyping and H5 subtyping by rRT-PCR", "h5-subtyping", True),
    ("Wastewater plant operator: chemical disinfection of the effluent", "chemical-disinfection", False),
    ("Pool operator: chemical sanitization and water balance", "chemical-disinfection", False),
    ("Ran the monthly chemical disinfection of the dialysis RO loop", "chemical-disinfection", True),
    ("Tested mosquito pools for West Nile virus", "mosquito-pool-testing", True),
    ("Collected urine specimens for drug screens", "urine-specimen-collection", True),
    ("Captured packets with Wireshark to find the DICOM failure", "packet-capture", True),
    ("Subnetted the imaging network", "ip-addressing", True),
    ("Serviced Carl Zeiss Meditec IOLMaster units", "zeiss-group", False),
    ("Serviced Carl Zeiss Meditec IOLMaster units", "zeiss", True),
    ("Field engineer for ZEISS Meditec OCT systems", "zeiss", True),
    ("Maintained Zeiss microscopes in the core lab", "zeiss-group", True),
    ("Water supply management for the municipal utility", "inventory-management", False),
    ("Power supply management on the linac modulator", "inventory-management", False),
    ("Supply management and reagent ordering for the core lab", "inventory-management", True),
]


def test_pass17_5_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
