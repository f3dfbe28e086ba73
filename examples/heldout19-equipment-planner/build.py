#!/usr/bin/env python3
"""Build resume.docx for heldout19-equipment-planner.

Layout that troubles an ATS: contact line in the Word page header, letter-spaced section
headings, and the skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "DANIEL R. OKAFOR, CBET  |  Eau Claire, WI 54701  |  (715) 555-0163  |  dan.okafor@example.com  |  linkedin.com/in/dokafor-example"),
    ("name", "Daniel R. Okafor, CBET"),
    ("p", "Clinical Engineering Project Coordinator  |  Medical Equipment Planning  |  HTM"),
    ("h", "P R O F I L E"),
    ("p", "Clinical engineer with 13 years in healthcare technology management (HTM): eight years at the bench as a BMET "
          "on imaging, lab and surgical equipment, and the last five coordinating equipment for capital projects. "
          "Planned the medical equipment for a $96M surgical services and ICU addition (6 surgical suites, 1 hybrid "
          "operating room, 32 ICU beds) from SD through activation, with hands-on knowledge of imaging, surgical services, critical care and clinical lab equipment. Now looking to move full time into medical "
          "equipment planning for large new-construction work."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET - Certified Biomedical Equipment Technician, AAMI Credentials Institute, 2015 (renewed 2024)"),
    ("b", "PMP - Project Management Institute: 35 contact hours complete, exam scheduled January 2027"),
    ("b", "GE CT (Revolution / Optima) and Siemens MAGNETOM site planning and basic service courses, 2017-2019"),
    ("h", "C O R E   S K I L L S"),
    ("table", [
        ("Planning & design", "Equipment lists, RDS, equipment responsibility matrix (OFCI / OFOI / VFVI); Attainia Capital Planning; "
                              "SD, DD and CD reviews; architectural drawings and mechanical, electrical and plumbing drawings; "
                              "Bluebeam Revu markups; Revit and BIM model viewing; AutoCAD LT"),
        ("Budget & procurement", "Capital equipment budget build and reconciliation; furniture, fixtures and equipment tracking; "
                                 "RFPs, vendor quotes, quote comparisons, TCO; group purchasing organization contracts; "
                                 "value analysis committee presenter; MS Excel (pivot tables, Power Query)"),
        ("Imaging site planning", "CT, MRI, PET-CT, fluoroscopy, DR rooms, IR suites, cardiac catheterization labs, "
                                  "Hologic 3Dimensions; RF shielding, lead shielding with the medical physicist, "
                                  "floor loading, heat dissipation, 5 gauss line, MRI safety zoning (Zones I-IV), LINAC vault coordination"),
        ("Surgical & ICU", "Surgical lights, equipment pendants, Karl Storz OR1, anesthesia workstations, Maquet Magnus tables; "
                           "Philips IntelliVue, ventilators, overhead patient lifts, headwalls"),
        ("Lab & SPD", "Chemistry analyzers, Sysmex XN-9100, Beckman Coulter DxA 5000, Helmer blood bank refrigerators, BSCs; "
                      "steam sterilizers, STERRAD 100NX; Swisslog TransLogic pneumatic tube system"),
        ("Codes & standards", "FGI Guidelines, NFPA 99, TJC, EOC rounds, AAMI EQ56, MDS2 and cybersecurity review"),
        ("Systems", "Nuvolo, Infor Lawson, Microsoft Project"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Clinical Engineering Project Coordinator - Chippewa Valley Health, Eau Claire, WI - 2021 to Present"),
    ("b", "Led medical equipment planning for the $96M Surgical Services & ICU Addition (opened 2024): 2,140 line items, "
          "$18.7M capital equipment budget, closed 3% under budget."),
    ("b", "Built the equipment lists and equipment responsibility matrix in Attainia; kept OFCI and OFOI items in step with "
          "the architect's drawings through closeout."),
    ("b", "Checked utility requirements (power, data, med gas, plumbing, HVAC) and structural supports for ceiling-mounted "
          "equipment on every drawing set; caught 41 conflicts before construction."),
    ("b", "Ran vendor site planning for a 3T MRI, two CT scanners and a hybrid operating room with Siemens Artis; worked the "
          "RF shielding and lead shielding specs with the medical physicist and the structural engineer."),
    ("b", "Wrote 9 RFPs and evaluated vendor quotes with Supply Chain; TCO models saved $1.2M over 7 years on the monitoring award."),
    ("b", "Completed the existing equipment inventory and condition assessment for 1,600 devices; the reuse vs. replace "
          "decisions cut new purchases by $2.4M."),
    ("b", "Drafted the 5-year capital replacement planning model from Nuvolo age, service history and end-of-life/end-of-support notices."),
    ("b", "Scheduled deliveries and receiving; ran incoming inspections and acceptance testing with the biomed team; "
          "wrote the move planning sequence and led day-one activation for 32 ICU beds."),
    ("job", "Senior BMET / Imaging & Lab Equipment Specialist - Chippewa Valley Health, Eau Claire, WI - 2016 to 2021"),
    ("b", "Serviced CT, fluoroscopy, DR rooms and Sysmex and Roche analyzers; supported the lab during two automation line installs."),
    ("b", "Kept 97% PM completion on high-risk imaging and lab equipment; prepared the EC binders for TJC surveys."),
    ("b", "Reviewed MDS2 forms for new connected devices with IT Security."),
    ("job", "BMET II - Baxter Valley Medical Center, Wausau, WI - 2012 to 2016"),
    ("b", "Repaired and performed PMs on general biomedical equipment, ventilators and steam sterilizers for a 210-bed hospital."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Biomedical Engineering Technology - Northwoods State University, 2012"),
    ("p", "Healthcare Design Bootcamp (equipment planning track) - regional HFM chapter, 2023"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
