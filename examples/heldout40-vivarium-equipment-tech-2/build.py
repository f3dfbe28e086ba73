"""Build resume.pdf for heldout40-vivarium-equipment-tech-2.

Layout quirks: one-to-two-page PDF; the skills block is a two-column grid (mechanical/facilities on the left,
sterilization on the right, read across rows by a naive extractor); certifications and licenses come after
Experience, not near the top; the same employer appears twice (internal transfer from facilities to the
sterile processing department); the employer's city is Allentown, PA.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Tomasz (Tom) Wierzbicki, CRCST"),
    ("contact", "Easton, PA 18042  |  (610) 555-0163  |  tom.wierzbicki@example.com  |  Willing to relocate within NJ"),
    ("h", "Summary"),
    ("p", "Maintenance and sterilization technician with 13 years across commercial HVAC service, hospital facilities "
          "engineering and, since 2021, a hospital sterile processing department, where I am the go-to person for our "
          "sterilizers and washers. Comfortable reading electrical schematics and P&IDs, chasing steam and water "
          "problems, and documenting work so it stands up to a Joint Commission survey. Ready to move into vivarium "
          "equipment support and learn the animal care side from the ground up."),
    ("h", "Core Skills"),
    ("cols", [
        ("Mechanical / facilities:", "Sterilization / decontamination:"),
        ("HVAC and refrigeration (RTUs, AHUs, chillers)", "STERIS AMSCO 400 steam sterilizers"),
        ("Steam traps, PRVs, condensate return", "STERIS V-PRO maX low-temp sterilizers"),
        ("Pneumatics and DDC controls", "Getinge 88 Turbo tunnel washer"),
        ("VFDs, pumps, motors, 480 V 3-phase", "Washer-disinfectors, detergent dosing"),
        ("Electrical troubleshooting, ladder diagrams", "Bowie-Dick tests, Attest BIs, CIs"),
        ("HEPA filters, air changes per hour", "Clean-Trace ATP testing"),
        ("Plumbing: copper, PEX, PVC", "RO water conductivity logs"),
        ("Tools and systems:", "Safety and quality:"),
        ("Fluke 87V DMM, clamp meter, manometer", "LOTO, confined space entry"),
        ("Accruent TMS, Censitrac", "PPE, N95 fit-tested"),
        ("Johnson Controls Metasys EMS", "SOPs, CAPA, IQ/OQ/PQ support"),
        ("Microsoft Excel, Outlook, Teams", "Legionella water management"),
    ]),
    ("h", "Experience"),
    ("job", "Sterile Processing Technician II / SPD Equipment Lead - Lehigh Gateway Medical Center, Allentown, PA - "
            "Jun 2021 to Present"),
    ("b", "Run and monitor six STERIS AMSCO 400 prevacuum steam sterilizers and two V-PRO maX low-temperature "
          "sterilizers for a 480-bed hospital (about 1,100 trays a day)."),
    ("b", "Run the daily Bowie-Dick test on every prevac chamber, incubate Attest BIs with each implant load and "
          "review cycle printouts before release; lead wet-pack and BI-failure investigations and write the CAPA."),
    ("b", "Point person for the Getinge 88 Turbo tunnel washer and four washer-disinfectors: clear PLC fault codes, "
          "change pump seals and spray-arm bearings, set up detergent dosing pumps, and log final rinse temperature "
          "and RO water conductivity per AAMI ST108."),
    ("b", "Carry out daily and weekly preventative maintenance checks between STERIS and Getinge service visits; "
          "supported IQ/OQ/PQ of two replacement AMSCO 400 sterilizers in 2023."),
    ("b", "Verify cleaning with Clean-Trace ATP testing on about 40 instrument sets a week."),
    ("b", "Wrote or revised 11 SOPs for sterilizer and washer operation; trained 20+ SPD technicians on them."),
    ("b", "Work in full PPE in decontamination; N95 fit-tested annually."),
    ("job", "HVAC Technician, Facilities Engineering - Lehigh Gateway Medical Center, Allentown, PA - "
            "Mar 2017 to May 2021"),
    ("b", "Maintained air handlers, rooftop units, chillers and steam-to-hot-water converters; verified air changes "
          "per hour and room pressurization for ORs, airborne isolation rooms and the pharmacy clean room."),
    ("b", "Replaced HEPA filters and coordinated the annual NSF 49 certification of 14 Class II BSCs in the "
          "clinical laboratory and pharmacy."),
    ("b", "Answered TempTrak temperature and humidity alarms for laboratory and pharmacy refrigerators, freezers and "
          "storage rooms, 24/7 on-call one week in four."),
    ("b", "Tested and rebuilt steam traps, PRVs and condensate pumps; replaced VFDs and motors on supply and "
          "exhaust fans; troubleshot 480 V 3-phase equipment under LOTO."),
    ("b", "Carried out hyperchlorination of domestic hot-water risers and weekly free chlorine residual checks "
          "under the hospital's Legionella water management plan."),
    ("b", "Traced steam and condensate lines from P&IDs during the 2019 boiler plant upgrade; assisted the "
          "licensed boiler operators with blowdowns and annual inspections."),
    ("b", "Closed 8-12 work orders a day in Accruent TMS; set schedules and alarms in the Metasys EMS."),
    ("job", "HVAC/R Service Technician - Keystone Comfort Mechanical, Easton, PA - Jun 2013 to Feb 2017"),
    ("b", "Serviced commercial rooftop units, split systems, walk-in coolers and ice machines; refrigerant recovery "
          "and charging under EPA 608."),
    ("b", "Electrical troubleshooting of contactors, relays, control boards and pneumatic and DDC controls from "
          "wiring and ladder diagrams."),
    ("b", "Repaired condensate drains and light commercial plumbing; kept a 96% first-visit fix rate."),
    ("h", "Certifications and Licenses"),
    ("b", "CRCST - Certified Registered Central Service Technician, HSPA, 2021 (current)"),
    ("b", "EPA 608 Universal Technician certification, 2013"),
    ("b", "New Jersey Black Seal boiler operator license - exam scheduled January 2027"),
    ("b", "OSHA 10-Hour General Industry, 2018"),
    ("h", "Education"),
    ("p", "Certificate, HVAC/R Technology (1,200 clock hours) - Lehigh Valley Technical Institute, Bethlehem, PA, 2013"),
    ("p", "Sterile processing technician course (HSPA-approved) - Northampton Community College, 2021"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
