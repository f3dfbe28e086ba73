"""Build resume.pdf for heldout32-brachy-afterloader-fse."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DANIEL J. PRZYBYLSKI"),
    ("contact", "88 Wethersfield Avenue, Apt 3, Hartford, CT 06114  |  (860) 555-0137  |  dan.przybylski@example.com"),
    ("h", "Summary"),
    ("p", "Radiation therapy service engineer with 10 years of in-house service on radiation therapy equipment at two "
          "cancer centers, after four years servicing semiconductor tools. First-line engineer for three Elekta linacs and a "
          "Flexitron HDR afterloader at a regional cancer center. Comfortable with radiation safety, R&V and TPS "
          "connectivity, and working shoulder to shoulder with physics. Looking to move into OEM field service in "
          "brachytherapy."),
    ("h", "Certifications & Training"),
    ("b", "CRES (Certified Radiology Equipment Specialist), AAMI Credentials Institute - exam scheduled January 2027"),
    ("b", "RSO training, 40 hr - Northeast Radiation Safety Academy, 2021"),
    ("b", "Elekta Versa HD / Agility service training, Levels 1 and 2 - 2019, 2020"),
    ("b", "Elekta Flexitron HDR first-line service training - 2022"),
    ("b", "CompTIA Network+ - 2020"),
    ("h", "Technical Skills"),
    ("b", "Linacs: Elekta Versa HD (Agility MLC, XVI CBCT, iViewGT), Elekta Synergy; Varian Clinac iX and Trilogy (OBI)"),
    ("b", "Brachytherapy: Elekta Flexitron HDR afterloader (iridium-192), Varian GammaMedplus iX; transfer tubes and "
          "applicators; BK Medical Flex Focus 800 (TRUS) for prostate HDR"),
    ("b", "Radiation safety instruments: Fluke Biomedical 451P ion chamber survey meter, Ludlum Model 3 with 44-9 pancake "
          "probe, Standard Imaging HDR 1000 Plus well chamber with MAX 4000 electrometer; Landauer Luxel+ OSL badges"),
    ("b", "Test equipment: Fluke 87V, Tektronix TBS2000 oscilloscope, Fluke ESA612, RTI Piranha"),
    ("b", "Software & networking: MOSAIQ 2.x/3.x, Monaco and Oncentra Brachy TPS, BrachyVision (Eclipse), DICOM-RT, "
          "HL7 ADT/SIU feeds, TCP/IP, VLANs, Windows 10 / Windows Server 2019, SQL Server queries"),
    ("b", "Regulatory & QA: NRC 10 CFR 35 and 10 CFR 20, ALARA, AAPM TG-142 and TG-56, TJC, NFPA 99"),
    ("h", "Professional Experience"),
    ("job", "Radiation Oncology Service Engineer - St. Brendan Regional Cancer Center, New Britain, CT - Apr 2019 to Present"),
    ("b", "First-line service for three Elekta Versa HD linacs and one Flexitron HDR afterloader (two vaults plus an HDR "
          "suite); 99.1% treatment uptime in FY2025."),
    ("b", "Run PMs on the linacs and the afterloader to Elekta schedules; board-level fault finding from schematics and "
          "interconnect diagrams; electro-mechanical troubleshooting of MLC leaf drives, gantry and couch motors."),
    ("b", "Flexitron: daily source position verification with the check cable, timer accuracy and door interlock checks; "
          "swap FRUs (drive unit, indexer) under Elekta remote guidance."),
    ("b", "Assisted the Elekta FSE on 14 quarterly iridium-192 source exchanges: received and returned Type A packages, "
          "ran wipe tests on the new source and post-exchange surveys of the HDR suite, and filed results for the RAM license."),
    ("b", "Assisted physics with source calibration (air kerma strength) on the well chamber after each exchange."),
    ("b", "Co-wrote the HDR emergency procedure with chief physicist Aria Lindqvist, MS, DABR; run semiannual emergency "
          "drills covering emergency retraction and applicator removal."),
    ("b", "Maintain DICOM and HL7 interfaces between MOSAIQ R&V, Monaco, Oncentra Brachy and the Flexitron treatment "
          "control station; moved the vault network onto its own VLAN with hospital IT."),
    ("b", "Part of the install team for the 2023 Versa HD replacement: rigging, leveling, acceptance testing with Elekta "
          "and commissioning support for physics."),
    ("b", "Ship failed PCBs back to Elekta on RMA via UPS Ground and track returns in Nuvolo."),
    ("b", "On call one week in four, 5 PM to 7 AM on weekdays and all weekend."),
    ("job", "Radiation Therapy Equipment Technician - Pioneer Valley Oncology Associates, Springfield, MA - Jun 2016 to Mar 2019"),
    ("b", "Maintained two Varian Clinac iX linacs (OBI kV imaging, CBCT) and a Varian GammaMedplus iX HDR unit for a "
          "freestanding oncology practice."),
    ("b", "Morning QA support for the therapists; monthly mechanical QA with physics per TG-142."),
    ("b", "Supported BrachyVision planning workstations and the MOSAIQ interfaces."),
    ("job", "Field Technician - Ridgeline Semiconductor Services, East Hartford, CT - Aug 2012 to May 2016"),
    ("b", "Serviced ion implanters and X-ray inspection systems at customer fabs: high-voltage supplies, vacuum systems, "
          "stepper motor drives."),
    ("b", "Ran radiation surveys and interlock verification after every X-ray tube or shielding repair."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Farmington River Technical College, Farmington, CT, 2012"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
