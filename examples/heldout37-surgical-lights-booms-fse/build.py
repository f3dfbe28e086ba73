"""Build resume.docx for heldout37-surgical-lights-booms-fse.

Layout quirks: contact line only in the page header, letter-spaced section headings,
skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Darnell K. Whitcomb  |  2745 Orchard Heights Rd NW, Salem, OR 97304  |  (503) 555-0163  |  "
                "darnell.whitcomb@example.com"),
    ("name", "DARNELL K. WHITCOMB"),
    ("h", "P R O F I L E"),
    ("p", "Biomedical Equipment Technician II with 7 years in hospital HTM, the last 5 as the primary technician for "
          "surgical services at a 410-bed regional medical center (24 ORs, 2 hybrid ORs, 6 cath/IR suites). Before "
          "biomed I spent two years in plant operations doing electrical, med gas and construction support. Led the "
          "2024 light and boom replacement for the new 8-suite Stryker Pavilion and keep about 1,100 surgical "
          "services devices on schedule."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "Certified Biomedical Equipment Technician - AAMI Credentials Institute, 2022"),
    ("b", "Medical Gas Maintenance Personnel, ASSE/IAPMO 6040 - 2018, renewed 2023"),
    ("b", "NFPA 70E arc flash qualified electrical worker training - 2024"),
    ("b", "OSHA 30-Hour Construction - in progress, expected February 2027 (OSHA 10-Hour Construction, 2017)"),
    ("b", "Factory service training: STERIS Harmony LED lights and Amsco 3085 SP tables (2022); Maquet Moduevo "
          "pendants (2023)"),
    ("b", "MEWP operator card, Genie GS-1930 and GS-3246 - 2022"),
    ("h", "S K I L L S"),
    ("table", [
        ("Surgical lights", "STERIS Harmony LED 585/785, Maquet Volista, Skytron Aurora; legacy halogen (Berchtold "
                            "Chromophare); lux meter checks of illuminance and CCT after module swaps"),
        ("Booms / pendants", "Maquet Moduevo equipment pendants, Draeger Ponta anesthesia pendants, Skytron ICU booms; "
                             "boom brake adjustment (pneumatic and electromagnetic); display arms and in-light cameras"),
        ("Surgical tables", "STERIS Amsco 3085 SP, Maquet Alphamaxx, Skytron 6500 Hercules, Mizuho OSI Hana; table "
                            "hydraulics (pumps, cylinders, valves, fluid service), linear actuators, hand controls, "
                            "battery packs"),
        ("OR video", "KARL STORZ OR1 integration; HDMI/DVI and SDI routing to boom-mounted displays"),
        ("Electrical", "Electrical safety testing per NFPA 99 with Fluke ESA615; Fluke 87V; AC/DC power distribution; "
                       "schematics and wiring diagrams; LOTO"),
        ("Construction", "Unistrut and above-ceiling structure; Infection Control Risk Assessment (Class III/IV) "
                         "barriers; med gas outlets (Ohmeda, Chemetron, DISS); fall protection"),
        ("Software", "Accruent TMS work orders, Microsoft Excel, Bluebeam for as-built drawings"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician II - Willamette Valley Regional Medical Center, Salem, OR - Aug 2021 to Present"),
    ("b", "Primary HTM technician for surgical services: 24 ORs, 2 hybrid ORs and 6 cath/IR suites, about 1,100 devices "
          "including 58 surgical light systems, 71 booms and 40 surgical tables."),
    ("b", "Led removal and installation of 16 light heads and 22 equipment pendants in the new Stryker Pavilion with the "
          "GC, the electrical sub and the structural engineer; proof-loaded every ceiling mount before sign-off."),
    ("b", "Complete 95-110 PMs a month at 98% on time; rebuilt hydraulic pumps and replaced lift cylinders on Amsco 3085 "
          "SP tables in-house instead of sending them out, saving about $38,000 in 2023."),
    ("b", "Adjust and repair boom brake systems and arm drift on Moduevo and Ponta pendants; replaced electromagnetic "
          "brake coils and pneumatic brake valves."),
    ("b", "Perform electrical safety testing on incoming and repaired equipment per NFPA 99 and TJC EC standards; "
          "verify light output with a lux meter after every LED module swap."),
    ("b", "Use calibrated torque wrench settings for all mounting hardware and keep a torque log with each install record."),
    ("b", "Give in-services to OR nursing and anesthesia techs on table positioning, battery care and light controls."),
    ("b", "On call one week in five, 24/7, for surgical services and the cath lab."),
    ("job", "Biomedical Equipment Technician I - Willamette Valley Regional Medical Center, Salem, OR - Jun 2019 to Jul 2021"),
    ("b", "PMs and repairs on infusion pumps, patient monitors, ESUs and beds; first-line calls on surgical table hand "
          "controls, light heads and boom arms."),
    ("job", "Plant Operations Technician - Cascade Crest Hospital, Corvallis, OR - May 2017 to May 2019"),
    ("b", "Maintained med gas outlets, zone valves and alarm panels under the ASSE/IAPMO 6040 program; built "
          "infection control barriers and pulled low-voltage cable for renovation projects."),
    ("b", "Replaced electrical receptacles, lighting ballasts and motors; followed LOTO and fall protection procedures "
          "on ladders and lifts."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Engineering Technology - Mid-Willamette Technical College, Salem, OR - 2019"),
    ("p", "Electro-mechanical Maintenance Certificate - Mid-Willamette Technical College - 2016"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
