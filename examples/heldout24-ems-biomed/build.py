#!/usr/bin/env python3
"""Build resume.docx for heldout24-ems-biomed (the posting is plain text, written by hand).

Layout: name and contact line in the Word page header, a full-width profile, then a borderless
two-column table (left sidebar: certifications, skills, education; right: experience), the way
many downloaded Word resume templates are built.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

SIDEBAR = "\n".join([
    "CERTIFICATIONS & LICENSES",
    "Pennsylvania Paramedic (PA DOH), active through 06/2028",
    "NRP, National Registry of EMTs, 2011-2021 (lapsed)",
    "CBET, AAMI Credentials Institute - exam scheduled March 2027",
    "AHA BLS Provider, exp. 04/2027",
    "CEVO 4 Ambulance, 2019",
    "ZOLL X Series / R Series factory service training, 2022",
    "Stryker Power-PRO and Power-LOAD factory service training, 2023",
    "PA driver's license, Class C",
    "",
    "TECHNICAL SKILLS",
    "Monitor/defibs: ZOLL X Series, LIFEPAK 15; 12-lead EKG, SpO2, NIBP, IBP, EtCO2; LIFENET and ZOLL 12-lead transmission",
    "AEDs: ZOLL AED Plus, Philips HeartStart FRx",
    "Mechanical chest compression devices: LUCAS 2, LUCAS 3.1, ZOLL AutoPulse",
    "Breathing: ZOLL EMV+ and Z Vent transport vents; CPAP (Pulmodyne O2-MAX); suction units (Laerdal LCSU 4, SSCOR)",
    "Cots: Stryker Power-PRO XT, Power-PRO 2, Power-LOAD, Stair-PRO 6252",
    "O2: onboard O2 systems (M and H cylinders), regulators, flow meters, hydro testing schedule",
    "Vehicle: 12V DC, inverter and shore power troubleshooting; J3043 equipment mounts; Triple K (KKK-A-1822) and CAAS GVS",
    "Test equipment: Fluke ESA615, Impulse 7000DP, ProSim 8, VT900A, Fluke 87V",
    "Software: Operative IQ, Nuvolo, ImageTrend Elite ePCR, Excel",
    "Bench: schematics, soldering, board-level repair, calibration",
    "",
    "EDUCATION",
    "A.A.S., Biomedical Engineering Technology",
    "Cumberland Valley Technical College, 2020 (evening program)",
    "Paramedic Certificate",
    "Maumee Valley Community College, Toledo, OH, 2011",
])

MAIN = "\n".join([
    "EXPERIENCE",
    "Biomedical Equipment Technician II",
    "Keystone Valley Health, Chambersburg, PA  |  Jan 2023 - Present",
    "• Maintain about 2,600 devices for the ED, two ICUs and the system's critical care transport (CCT) team.",
    "• Electrical safety testing and performance checks on monitors, vents and BD Alaris 8100 pump modules; 97% of high-risk PMs done on time in 2025.",
    "• Own the CCT gear: LIFEPAK 15s, Z Vents, pump modules and the transport O2 setup.",
    "• Run RCA on equipment-related safety events and present findings at the QI committee.",
    "• Track FDA recalls and safety notices in Nuvolo and close them out with vendors.",
    "EMS Equipment & Fleet Technician",
    "Patriot Medical Transport, York, PA  |  Mar 2019 - Dec 2022",
    "• Built the PM program for 40 Type III ambulances and 1,100 assets, moving it from Excel to Operative IQ; on-time PMs went from 61% to 98%.",
    "• Closed about 2,300 work orders a year on power cots, Power-LOAD units, Stair-PROs, LUCAS devices, monitors and suction.",
    "• Ran inventory control and battery management for 180 monitor, vent and suction batteries.",
    "• Prepared units for PA DOH ambulance licensing inspections; zero equipment deficiencies in three cycles.",
    "• Installed vehicle-mounted equipment (monitor brackets, LUCAS and O2 regulator mounts) with the remounter and chased 12V DC and shore power faults.",
    "• Wrote the equipment decon SOP with the infection control nurse in 2020.",
    "Paramedic / Field Training Officer",
    "Lucas County EMS, Toledo, OH  |  Jul 2011 - Feb 2019",
    "• ALS response in a busy urban system, about 1,800 patient contacts a year; charted in ImageTrend.",
    "• Station equipment officer: daily rig checks and first-line troubleshooting of LIFEPAK 15s and LUCAS devices; liaison to the county biomed shop.",
    "• FTO for 14 new medics; sat on the QI committee for three years.",
])

RESUME = [
    ("contact", "ELIAS J. BRANDVOLD  |  Shippensburg, PA 17257  |  (717) 555-0158  |  elias.brandvold@example.com"),
    ("name", "ELIAS J. BRANDVOLD"),
    ("p", "Biomedical Equipment Technician  |  Former Paramedic"),
    ("h", "Profile"),
    ("p", "Biomedical equipment technician with 6 years in EMS fleet equipment and hospital biomed, after 8 years on "
          "the street as a paramedic and field training officer. I know this gear from the patient side and the bench "
          "side: monitor/defibs, mechanical chest compression devices, transport vents, power cots and onboard O2 "
          "systems. Built the PM program for a 40-ambulance private fleet, from a spreadsheet to Operative IQ."),
    ("table", [(SIDEBAR, MAIN)]),
]

HEADINGS = {"CERTIFICATIONS & LICENSES", "TECHNICAL SKILLS", "EDUCATION", "EXPERIENCE"}
JOB_TITLES = {"Biomedical Equipment Technician II", "EMS Equipment & Fleet Technician", "Paramedic / Field Training Officer"}


def _fill(cell, text, size):
    """Rewrite a table cell as separate paragraphs: bold headings and job titles, plain lines."""
    from docx.shared import Pt

    for para in list(cell.paragraphs)[1:]:
        para._element.getparent().remove(para._element)
    first = cell.paragraphs[0]
    for run in list(first.runs):
        run._element.getparent().remove(run._element)
    para = first
    for i, line in enumerate(text.split("\n")):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.font.size = Pt(size)
        if line in HEADINGS:
            run.bold = True
            run.font.size = Pt(size + 1.5)
        elif line in JOB_TITLES:
            run.bold = True


def _two_columns(path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Inches

    doc = Document(str(path))
    table = doc.tables[0]
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    if borders is not None:
        table._tbl.tblPr.remove(borders)
    table.style = None
    left, right = table.rows[0].cells
    _fill(left, SIDEBAR, 9)
    _fill(right, MAIN, 10)
    left.width, right.width = Inches(2.4), Inches(4.6)
    doc.save(str(path))


def main() -> None:
    target = HERE / "resume.docx"
    write_docx(RESUME, target, header_contact=True)
    _two_columns(target)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
