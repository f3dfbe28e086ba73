#!/usr/bin/env python3
"""Build resume.docx for heldout29-imaging-install-pm (contact in the page header, competencies in a 2-column table)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Denise M. Harrow, PMP  |  Marietta, GA 30062  |  (770) 555-0138  |  denise.harrow@example.com  |  linkedin.com/in/deniseharrow-example"),
    ("name", "DENISE M. HARROW, PMP"),
    ("p", "Imaging Installation Project Manager  |  CT  |  MR  |  Cardiac Cath  |  Hybrid OR"),
    ("h", "Summary"),
    ("p", "Imaging installation project manager with 16 years in diagnostic imaging: 5 as a CT/MR field service engineer "
          "and 11 in healthcare construction project management, running turnkey CT, MR and cardiac catheterization lab "
          "projects for hospitals and outpatient imaging centers across the Southeast. 140+ rooms delivered, from "
          "single-room rip-and-replace jobs to a six-room imaging pavilion with a hybrid OR. Known for clean handovers: "
          "the room is shielded, powered, cooled, connected and accepted before the first patient is booked."),
    ("h", "Core Competencies"),
    ("table", [
        ("Modalities", "CT (Canon Aquilion ONE, GE Revolution); 1.5T and 3T MR (Siemens MAGNETOM, GE SIGNA); "
                       "cardiac catheterization labs and biplane angio (Philips Azurion); hybrid OR; PET-CT"),
        ("Site planning", "Site surveys and site planning; floor loading and vibration studies; RF enclosures; "
                          "steel magnetic shielding; lead shielding review with the physicist; quench vent routing"),
        ("MEP", "Electrical requirements, PDU and EPO; HVAC and BTU heat loads; chilled water and chiller sizing; MEP drawing review"),
        ("Construction", "Construction coordination with architects and GCs; RFIs, submittals, change orders, punch-list; "
                         "ICRA Class IV barriers; LOTO"),
        ("Codes & accreditation", "NEC, FGI Guidelines, ACR accreditation, OSHA, state X-ray registration"),
        ("Software", "MS Project, Smartsheet, Bluebeam Revu, Procore, Salesforce, Microsoft Office"),
    ]),
    ("h", "Certifications"),
    ("b", "Project Management Professional (PMP), Project Management Institute, 2015 (renewed 2024)"),
    ("b", "OSHA 30 (Construction), 2019"),
    ("b", "Lean Six Sigma Green Belt - coursework complete, certification project due March 2027"),
    ("b", "GE Healthcare CT and MR factory service schools, 2009-2011"),
    ("h", "Professional Experience"),
    ("job", "Senior Installation Project Manager - Piedmont Imaging Construction Group, Atlanta, GA - Jun 2017 to Present"),
    ("b", "Run 14-20 concurrent imaging projects (CT, MR, cardiac cath and IR) for OEMs and health systems in GA, AL and the Carolinas; $38M in equipment and construction delivered in 2025."),
    ("b", "Perform site surveys and write site planning packages: floor loading and vibration studies, RF enclosure and steel magnetic shielding layouts, lead shielding reports, electrical requirements, HVAC heat loads and chilled water."),
    ("b", "Plan MR magnet move-ins end to end: rigging plans and crane picks, quench vent installation, helium fill and magnet ramp-up with the OEM install engineers. 31 magnets set with no damage claims."),
    ("b", "Chair weekly construction coordination meetings with architects, GCs and subs; track RFIs, submittals and change orders and close punch-list items before turnover."),
    ("b", "Build baseline and working project schedules in MS Project with critical-path tracking; publish customer-facing dashboards in Smartsheet."),
    ("b", "Schedule medical physicist acceptance testing and ACR phantom scans, and file state X-ray registrations so rooms open on the planned first-patient date."),
    ("b", "Coordinate DICOM/HL7 interface testing with hospital IT: PACS routing, MWL and AE title setup on every new scanner."),
    ("b", "Track project budgets and rev rec milestones in Salesforce; hold change-order exposure under 4% of contract value."),
    ("b", "Own site EH&S: ICRA permits and Class IV barriers, LOTO on shutdowns, and MR Zone IV access control from magnet delivery to handover."),
    ("job", "Imaging Project Manager - Southern Health Imaging Partners, Alpharetta, GA - Mar 2014 to May 2017"),
    ("b", "Managed 22 outpatient imaging center build-outs and equipment replacements (CT, MR, mammography, X-ray) from lease signing to opening."),
    ("b", "Reviewed architectural and MEP drawings and OEM final drawings; caught a slab-loading conflict that saved a 6-week redesign."),
    ("b", "Booked LTL shipments of RF doors, PDUs and shielding panels through UPS Freight and the OEM logistics desk."),
    ("job", "CT/MR Field Service Engineer - Meridian Imaging Services, Hartford, CT - Jul 2009 to Feb 2014"),
    ("b", "Performed PMs, repairs and installs on GE and Siemens CT and MR systems for 30 hospitals and imaging centers in New England."),
    ("b", "Replaced CT tubes and detectors, cold heads and compressors; managed helium deliveries and magnet rundowns."),
    ("h", "Education"),
    ("p", "MBA - Etowah University, Kennesaw, GA - evening program, in progress, expected December 2027"),
    ("p", "B.S., Construction Management, minor in Physics - Chattahoochee State University, 2008"),
    ("h", "Affiliations"),
    ("p", "Project Management Institute (PMI), Atlanta Chapter; AHRA: The Association for Medical Imaging Management"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
