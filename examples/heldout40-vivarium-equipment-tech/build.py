"""Build resume.docx for heldout40-vivarium-equipment-tech.

Layout quirks: contact details only in the DOCX page header (header_contact=True); certifications
first, before the summary; letter-spaced headings ("T E C H N I C A L   S K I L L S",
"W O R K   H I S T O R Y"); skills in a two-column Word table (label | content); equipment named by
brand and model or by shop-floor shorthand (BSCs, IVC, auto-water, RO, BAS, LOTO, MSDS, PRVs,
"the Guide"); "planned maintenance" for preventive maintenance, while "PM" appears only as a clock time;
"USDA-inspected" refers to a poultry plant, and "Allentown" is a town, not the rack maker; the EPA 608
exam is scheduled, not passed.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Marcus A. Delgado-Haines  |  Whitehall, PA 18052  |  (610) 555-0186  |  "
                "marcus.delgadohaines@example.com"),
    ("name", "MARCUS A. DELGADO-HAINES"),
    ("p", "Maintenance Mechanic  |  Laboratory Animal Technician (LAT)"),
    ("h", "Certifications"),
    ("b", "Laboratory Animal Technician (LAT), American Association for Laboratory Animal Science (AALAS), 2018 - "
          "current, renewed through the AALAS Technician Certification Registry"),
    ("b", "EPA Section 608 Universal Technician certification - exam scheduled November 2026 (ESCO Institute, "
          "proctored in Bethlehem, PA)"),
    ("b", "OSHA 10 (General Industry), 2021"),
    ("b", "Powered industrial truck operator (sit-down and stand-up forklift), 2022"),
    ("h", "Summary"),
    ("p", "Hands-on mechanic who knows a vivarium from the animal room out. Five years on the maintenance crew of a "
          "24/7 USDA-inspected poultry processing plant (steam, hydraulics, pneumatics, conveyors, PLC-controlled "
          "lines) and, before that, seven years in an AAALAC-accredited contract research vivarium, first in cage "
          "wash and then as a LAT and cage wash lead. I have run the rack washers and sterilizers on the clean side "
          "and fixed conveyors and boilers on the plant floor, and I would like to bring both back to a research "
          "animal facility."),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Cage wash and sterilization",
         "Getinge rack washers; continuous tunnel washer; bottle washer and filler; automatic bedding dispenser; "
         "Getinge GSS67 steam sterilizers (daily Bowie-Dick, weekly spore strips); Thermolabel strips for the "
         "180 F final rinse; chemical dosing pumps"),
        ("Housing and containment",
         "Tecniplast GM500 IVC racks with Smart Flow air handling units; HEPA filter changes; NuAire animal "
         "transfer stations; NuAire LabGard Class II BSCs (daily Magnehelic checks)"),
        ("Environment and water",
         "HVAC rooftop units and AHUs; Johnson Controls Metasys BAS; differential pressure checks; light timers "
         "(12:12); Rees Centron monitoring; Edstrom auto-water system and RO skid"),
        ("Mechanical and electrical",
         "Hydraulics, pneumatics, pumps, gearboxes; 480V three-phase motor controls; Allen-Bradley PowerFlex "
         "drives; Allen-Bradley ControlLogix PLC (RSLogix 5000 online troubleshooting); electrical schematics; "
         "steam traps, PRVs, condensate return"),
        ("Safety and records",
         "LOTO, confined space entry, MSDS/GHS labeling, PPE; Fiix CMMS work orders; Microsoft Excel"),
    ]),
    ("h", "W O R K   H I S T O R Y"),
    ("job", "Maintenance Mechanic II - Saucon Creek Poultry Co., Allentown, PA - Jun 2021 to present"),
    ("p", "Second shift, 2:30 PM to 11:00 PM; 420-employee USDA-inspected plant, two processing lines."),
    ("b", "Planned maintenance and breakdown repair on evisceration and packaging lines, spiral freezers, "
          "scalders, and the CIP skids; about 35 work orders a week logged in Fiix CMMS."),
    ("b", "Troubleshoot ControlLogix PLC faults with a laptop and RSLogix 5000, replace sensors, contactors and "
          "PowerFlex drives on 480V three-phase motors; work from electrical schematics and OEM manuals."),
    ("b", "Rebuilt hydraulic power units and pneumatic cylinders on the packaging line; replaced and tested steam "
          "traps and PRVs on the 150 psi steam header feeding the scalders and the sanitation hot-water system."),
    ("b", "Member of the plant LOTO audit team; confined space entry attendant for tank and pit work."),
    ("job", "Laboratory Animal Technician II / Cage Wash Lead - Brightwater Therapeutics, Exton, PA - "
            "Apr 2016 to May 2021"),
    ("b", "Rodent husbandry for about 4,000 mouse and rat cages in Tecniplast IVC racks in an SPF barrier facility "
          "with two ABSL2 suites; cage changes in NuAire animal transfer stations."),
    ("b", "Led a four-person cage wash crew: ran two Getinge rack washers, a continuous tunnel washer and the "
          "bottle washer; checked every run with Thermolabel strips for the 180 F final rinse; took RODAC plates "
          "and ATP swabs monthly for sanitation verification."),
    ("b", "Ran daily Bowie-Dick tests and weekly spore strips on two Getinge GSS67 steam sterilizers; kept the "
          "cycle printouts and the sterilizer logbook."),
    ("b", "First-line maintenance: changed HEPA filters and prefilters on the Smart Flow units, cleaned washer "
          "spray arms and strainers, replaced pick-up lines and check valves on the chemical dosing pumps, and "
          "called in the Getinge service technician with a clear fault description."),
    ("b", "Checked room temperature, humidity and differential pressure in Rees Centron at the start of shift "
          "and answered after-hours alarms on the on-call rotation; reset light timers after power outages."),
    ("b", "Flushed the Edstrom auto-water lines and logged RO conductivity weekly."),
    ("b", "Walked IACUC semiannual inspections with the facility manager and helped prepare for the 2019 AAALAC "
          "site visit; trained new hires on SOPs based on the Guide (8th edition)."),
    ("job", "Cage Wash Technician - Brightwater Therapeutics, Exton, PA - Mar 2014 to Mar 2016"),
    ("b", "Dirty-side and clean-side cage wash, autoclave loading, bedding change-out and restocking."),
    ("h", "Training and Education"),
    ("p", "Industrial Maintenance Mechanic Certificate (electrical, PLCs, HVAC, hydraulics and pneumatics) - "
          "Lehigh Carbon Community College, Schnecksville, PA, 2021 (evening program)"),
    ("p", "AALAS Learning Library: LAT training track; Getinge rack washer operator training (2017)"),
    ("p", "High school diploma - William Allen High School, Allentown, PA, 2013"),
    ("h", "Affiliations"),
    ("p", "AALAS member, Delaware Valley Branch (DVB-AALAS), since 2017"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
