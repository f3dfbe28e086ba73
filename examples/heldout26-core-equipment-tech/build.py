#!/usr/bin/env python3
"""Build resume.pdf for the heldout26-core-equipment-tech pair (letter-spaced headings, two-column skills block)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "ANNELISE M. DROUIN"),
    ("contact", "Senior Research Equipment Specialist\n"
                "88 Orchard Terrace, Apt 3, Kessington, PA 16803  |  (814) 555-0138  |  annelise.drouin@example.com"),
    ("h", "P R O F I L E"),
    ("p", "Research laboratory equipment specialist with 17 years keeping shared equipment running in university core "
          "facilities and biotech manufacturing. Lead technician for about 1,100 assets across four cores: centrifuges "
          "and the rotor program, biosafety cabinets, steam sterilizers, -80 °C freezers and LN2 storage, plate readers "
          "and incubators. I write the SOPs, train the users, and answer the freezer alarms at 3 a.m."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "EPA 608 Universal certification (ESCO Institute), 2015"),
    ("b", "NSF/ANSI 49 Accredited Biosafety Cabinet Field Certifier - written exam passed Sept 2026; practical exam "
          "scheduled March 2027"),
    ("b", "OSHA 30-Hour General Industry, 2022"),
    ("b", "Beckman Coulter Optima XPN service training (level 1), 2019"),
    ("b", "Biosafety Level 2 (BSL-2) practices, Bloodborne Pathogens (BBP) and cryogen safety - renewed annually through "
          "university Environmental Health & Safety"),
    ("h", "E Q U I P M E N T   &   S K I L L S"),
    ("cols", [
        ("Centrifuges:", "Cold storage & cryo:"),
        ("Optima XPN-100, L-90K ultracentrifuges", "-80 °C freezers (Thermo TSX, PHCbi)"),
        ("Avanti J-26XPI, Sorvall Lynx 6000", "MVE vapor-phase LN2 freezers, dewars"),
        ("Eppendorf 5810R, 5424R", "LN2 bulk tank, O2 monitors"),
        ("Rotor program, derating, imbalance", "Lab refrigeration, sealed-system work"),
        ("Containment & sterilization:", "Analytical:"),
        ("Class II A2 biosafety cabinets", "BioTek Synergy H1, SpectraMax M5"),
        ("Fume hoods (face velocity checks)", "qPCR: QuantStudio 7, Bio-Rad CFX96"),
        ("STERIS AMSCO steam sterilizers", "Milli-Q IQ 7000 water systems"),
        ("Miele and Getinge glassware washers", "Mettler Toledo analytical balances"),
        ("Incubation:", "Systems & tools:"),
        ("CO2 incubators (Heracell VIOS)", "IBM Maximo (work orders, PMs)"),
        ("Innova 44 incubator shakers", "iLab Solutions, Rees Centron alarms"),
        ("Flow: BD LSRFortessa fluidics PM", "DMM, megger, schematics, IQ/OQ/PQ"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Research Equipment Specialist II (Lead) - Kessington University, Core Research Laboratories, Kessington, PA - "
            "2016 to Present"),
    ("b", "Lead technician for shared laboratory equipment in the Genomics, Cell Culture, Proteomics and Central "
          "Instrumentation cores; supervise one technician and three student workers."),
    ("b", "Perform preventive maintenance, repairs and performance verifications on about 1,100 assets and keep every "
          "asset, PM and work order in IBM Maximo; 97% of scheduled PMs done on time in FY2025."),
    ("b", "Own the rotor program for 140 centrifuges: rotor logbooks, run counts, derating and retirement per Beckman and "
          "Sorvall guidance; investigated two rotor imbalance events and rewrote the user SOP afterward."),
    ("b", "Coordinate annual BSC certification to NSF/ANSI 49 for 96 cabinets and arrange VHP decontamination before moves "
          "and HEPA changes; assist the campus safety office with fume hood face velocity checks."),
    ("b", "Run weekly spore testing (G. stearothermophilus BIs) on 11 steam sterilizers, review cycle printouts, replace "
          "door gaskets, steam traps and solenoid valves, and host the state pressure vessel inspections."),
    ("b", "Keep 210 -80 °C freezers and 14 LN2 vapor-phase freezers alive: condenser cleaning, alarm tests, bulk tank "
          "and O2 monitor checks; configure the continuous monitoring system (Rees Centron) and carry the on-call "
          "phone one week in four."),
    ("b", "Verify plate readers quarterly with absorbance and fluorescence validation plates."),
    ("b", "Install and run IQ/OQ/PQ on new equipment; manage decommissioning, decontamination sign-off and surplus."),
    ("b", "Manage service contracts with 19 vendors; cut contract spend 18% by bringing centrifuge and BSC-adjacent work "
          "in-house."),
    ("b", "Set up equipment booking and user training records in iLab Solutions for three cores."),
    ("b", "Serve as the cores' contact for the IBC, OSHA walk-throughs and lockout/tagout; issue PPE and train users on "
          "cryogen handling."),
    ("b", "Co-wrote the equipment and facilities section of a funded NSF MRI proposal for a shared cryo-storage "
          "suite."),
    ("job", "Instrument Technician - Kessington University, Materials Characterization Laboratory, Kessington, PA - "
            "2012 to 2016"),
    ("b", "Maintained the Quantum Design PPMS and its helium recovery and reliquefaction system; handled liquid helium "
          "and LN2 transfers."),
    ("b", "Supported vacuum pumps, chillers and glove boxes; kept SOPs and user logs."),
    ("job", "Laboratory Technician, Facilities and Equipment - Tidewater BioLogics, Saint John, NB - 2008 to 2012"),
    ("b", "Maintained Getinge sterilizers, WFI and purified water systems and environmental chambers in a GMP plant."),
    ("b", "Did electrical/mechanical troubleshooting of laboratory equipment with the plant maintenance team."),
    ("h", "E D U C A T I O N"),
    ("p", "B.Sc., Biology - Fundy Coast University, Saint John, NB, 2008"),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")


if __name__ == "__main__":
    main()
