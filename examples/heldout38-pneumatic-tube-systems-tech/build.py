"""Build resume.docx for heldout38-pneumatic-tube-systems-tech.

Layout quirks: contact line only in the page header, letter-spaced section headings,
skills in a two-column table. Applicant comes from elevator and industrial controls maintenance,
with three years covering a hospital tube system.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Tomas R. Valdivia  |  1460 Station Ave NE, Keizer, OR 97303  |  (503) 555-0137  |  "
                "tomas.valdivia@example.com"),
    ("name", "TOMAS R. VALDIVIA"),
    ("h", "S U M M A R Y"),
    ("p", "Controls technician with 12 years maintaining electromechanical systems: elevators, packaging-line "
          "conveyors and, since 2022, a hospital PTS. I keep a 38-station TransLogic tube system (now Swisslog) and six "
          "traction elevators running at a 190-bed acute care hospital, and I am comfortable on PLC ladder logic, "
          "VFDs and 480V 3-phase motors. Looking to make tube system and specimen transport work my full-time trade."),
    ("h", "S K I L L S"),
    ("table", [
        ("Tube system", "TransLogic blowers, air shifter, diverters and TUs, 4-inch stations and station drops; "
                        "TransLogic SCC workstation, alarm history and transaction reports; zones, stuck carriers, "
                        "carrier liners and wear bands; secure-send deliveries for pharmacy; reduced carrier speed "
                        "for lab tubes"),
        ("Controls", "Allen-Bradley SLC 500 and ControlLogix PLC, RSLogix 500 / RSLogix 5000, I/O modules, "
                     "ladder logic; relay logic, motor starters, Yaskawa and ABB ACS580 VFDs; "
                     "photoelectric sensors and limit switches; reading electrical prints"),
        ("Mechanical", "Blower belts and bearings, door operators, hoist machines, roller and belt conveyors, "
                       "4-inch PVC tube runs, couplings and long-radius bends"),
        ("Test equipment", "Fluke 87V, Fluke 376 FC, Megger MIT420, Dwyer Magnehelic, laser tachometer"),
        ("Safety / compliance", "LOTO, NFPA 70E arc flash PPE, fall protection, MEWP (scissor and boom), ICRA "
                                "permits, above-ceiling permits, Hilti CP 606 at rated penetrations, BBP, "
                                "Life Safety Code, TJC and EOC rounds"),
        ("Systems", "IBM Maximo work orders, Windows 10, TCP/IP addressing for station network switches, "
                    "Excel downtime tracking"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Facilities Mechanic II (PTS / Vertical Transport) - Santiam General Hospital, Albany, OR - "
            "Mar 2022 to Present"),
    ("b", "Own the hospital's PTS: 38 stations, 9 blowers, 21 diverters and 3 TUs on 7 zones; system uptime "
          "went from 97.1% to 99.6% in 2024 after I rebuilt the blower PM program."),
    ("b", "Complete about 45 PMs and 30 corrective maintenance work orders a month across the tube system and six "
          "traction elevators; PM compliance 100% for eight straight quarters."),
    ("b", "Clear stuck carriers and reset zones from the TransLogic SCC; cut average time-to-clear from 41 to "
          "14 minutes by mapping every diverter and TU in the alarm history."),
    ("b", "Worked with Lab leadership on a run of potassium hemolysis complaints: set reduced carrier speed on the "
          "ED-to-Lab route and added foam inserts; hemolyzed STAT chemistry samples fell 38%."),
    ("b", "Handle leaking-specimen calls: shut down the zone, decon carriers and tube runs with Super Sani-Cloth "
          "and return to service in under 2 hours; follow BBP procedures with Infection Prevention."),
    ("b", "Wrote the PTS unplanned downtime procedures with the Lab and Pharmacy managers, including runner "
          "coverage, a call tree and overhead paging; used them for 3 planned and 2 unplanned outages."),
    ("b", "Rerouted 600 ft of 4-inch tube runs for an ED remodel under ICRA permits and above-ceiling permits; "
          "sealed every rated penetration with Hilti CP 606."),
    ("b", "Wrote RCA reports for two repeat blower motor failures (bad bearings from belt over-tension); no repeats "
          "in 18 months. Walk EOC rounds and supported the 2024 TJC survey with zero PTS findings."),
    ("job", "Elevator Service Mechanic - Brammer Lift Services (U.S. arm of Brammer Lift plc), Salem, OR - "
            "Jun 2016 to Feb 2022"),
    ("b", "Maintained a 120-unit route of hydraulic and traction elevators, including two hospitals and a "
          "medical office campus; callback rate 0.8 per unit per year against a 1.4 branch average."),
    ("b", "Troubleshot relay logic and microprocessor controllers, door operators and hoist machines; replaced "
          "VFDs on 14 modernized traction units."),
    ("b", "Worked under LOTO and NFPA 70E on 480V machine rooms; trained four apprentices on meter safety."),
    ("job", "Industrial Maintenance Technician - Northfield Packaging, Salem, OR - Aug 2012 to May 2016"),
    ("b", "Kept 9 case-packing lines and 1.2 miles of roller and belt conveyors running on Allen-Bradley SLC 500 "
          "and ControlLogix PLCs; edited ladder logic in RSLogix 500 / RSLogix 5000 under management of change."),
    ("b", "Serviced 3-phase motors, motor starters and photoelectric sensors; megged motors with a Megger MIT420 "
          "during quarterly shutdowns."),
    ("b", "Helped the HVAC contractor with two Carrier 19XR chillers and the plant air handlers; logged all work "
          "in IBM Maximo."),
    ("h", "L I C E N S E S   &   C E R T I F I C A T I O N S"),
    ("b", "Oregon LME (Limited Maintenance Electrician): 4,000 supervised hours logged, exam scheduled February 2027"),
    ("b", "OSHA 30 Construction, 2019"),
    ("b", "NFPA 70E arc flash training, renewed 2025"),
    ("b", "MEWP operator training (ANSI A92), 2024"),
    ("b", "NAEC CET (Certified Elevator Technician), 2019"),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Industrial Maintenance Technology - Mill Creek Community College, Salem, OR, 2012"),
    ("p", "High School Diploma - North Keizer High School, 2010"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
