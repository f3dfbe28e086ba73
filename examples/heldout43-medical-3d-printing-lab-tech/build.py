"""Build resume.docx for heldout43-medical-3d-printing-lab-tech.

Layout quirks: contact line in the DOCX page header (header_contact=True), a Certifications block near the top
that includes an exam not yet taken, and a two-column table of technical skills (label, content).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Tobias R. Lindqvist  |  2781 Larpenteur Ave W, Roseville, MN 55113  |  (651) 555-0162  |  "
                "tobias.lindqvist@example.com"),
    ("name", "Tobias R. Lindqvist"),
    ("p", "Anatomic Modeling Technician  |  Point-of-Care 3D Printing"),
    ("h", "Summary"),
    ("p", "Anatomic modeling technician with four years in an academic hospital's point-of-care 3D printing lab and two "
          "years of CAD/CAM and additive manufacturing work in a digital dental laboratory. I turn CT and MR studies into "
          "printed anatomic models and sterilizable surgical guides for orthopaedic, CMF and congenital heart teams, and I "
          "keep the printers running and the paperwork audit-ready under an ISO 13485 QMS."),
    ("h", "Certifications & Training"),
    ("b", "ASQ Certified Quality Technician (CQT) - exam scheduled March 2027"),
    ("b", "Stratasys Digital Anatomy Printer operator and maintenance training - Stratasys, Eden Prairie, MN, 2023"),
    ("b", "Synopsys Simpleware ScanIP Medical user training, Level 2 - 2022"),
    ("b", "Certified SOLIDWORKS Associate (CSWA) - Dassault Systemes, 2019"),
    ("h", "Technical Skills"),
    ("table", [
        ("Imaging & segmentation", "DICOM import from Visage 7 PACS; Synopsys Simpleware ScanIP Medical (FDA 510(k)-cleared); "
                                   "3D Slicer for research cases; bone, vessel and cardiac blood-pool segmentation"),
        ("Design & file prep", "Geomagic Freeform Plus (haptic), SOLIDWORKS, Autodesk Meshmixer, Materialise Magics; STL repair "
                               "and export"),
        ("Printers", "Stratasys J750 Digital Anatomy Printer and Objet260 Connex3 (PolyJet) with GrabCAD Print; Formlabs Form 3B+ "
                     "and Form 3BL (stereolithography) with PreForm; Prusa MK4 (FFF, PLA and PETG)"),
        ("Post-processing", "Waterjet support removal for PolyJet; IPA wash and UV cure in Form Wash and Form Cure; sanding and "
                            "clear-coating of display models"),
        ("Sterilization", "Steam sterilization (132 C prevacuum) and STERRAD 100NX compatibility review; sterilization pouches; "
                          "SPD hand-off with labeled traveler"),
        ("Quality", "ISO 13485:2016, device history records, NCRs, CAPA, document control, lot traceability, ISO 14971 risk "
                    "files, first-article inspection"),
        ("Maintenance & metrology", "Printer maintenance, PMs and calibration; Mitutoyo Absolute Digimatic calipers; Artec Space Spider "
                                    "scanner with Geomagic Control X"),
    ]),
    ("h", "Experience"),
    ("job", "Anatomic Modeling Technician - 3D Printing Lab, Department of Radiology, Northstar University Hospital, "
            "St. Paul, MN - Aug 2022 to Present"),
    ("b", "Segment about 260 cases a year from CT, CTA and cardiac MR in Simpleware ScanIP Medical (pelvis, mandible and "
          "fibula, congenital heart, renal tumors) with a median turnaround of 3.1 business days."),
    ("b", "Met the 72-hour SLA for 96% of trauma and oncology cases in FY2025 by queuing PolyJet builds overnight."),
    ("b", "Design cutting and drilling guides for mandible and fibula reconstruction in VSP sessions with oral and "
          "maxillofacial surgeons; 140 guide sets delivered without a fit-related return."),
    ("b", "Run a J750 Digital Anatomy, an Objet260 Connex3, three Form 3B+ units and two Prusa MK4s: daily print-head "
          "pattern tests, weekly wiper cleaning, resin tank inspection and quarterly print-head alignment; 98.4% printer "
          "uptime in 2025."),
    ("b", "Post-process every build (waterjet, IPA wash, UV cure) and carry out dimensional verification of each guide "
          "with calipers and Artec scans; reject threshold 0.5 mm."),
    ("b", "Check each guide's resin and cycle against the maker's validated sterilization data (Surgical Guide Resin and "
          "MED610 for steam sterilization, BioMed Clear for STERRAD), seal in sterilization pouches and hand off to SPD."),
    ("b", "Keep device history records and resin lot traceability under the lab's ISO 13485 QMS; opened 23 NCRs and "
          "led 5 CAPAs (two resin lots, one wrong layer height, two segmentation review misses)."),
    ("b", "Log PMs and 11 Stratasys field service visits in the lab's maintenance tracker."),
    ("b", "Presented a poster on fibula guide accuracy at RSNA 2025 (3D Printing Special Interest Group session)."),
    ("b", "Trained 6 radiology residents and 2 new technicians on segmentation and printer operation."),
    ("job", "Dental CAD/CAM Technician - Mimic Dental Studio, LLC, Bloomington, MN - Jun 2020 to Jul 2022"),
    ("b", "Designed 30-40 crowns, implant guides and night guards a day in 3Shape Dental System and exocad from intraoral "
          "scans and CBCT."),
    ("b", "Printed models and guides on Asiga MAX UV and Formlabs Form 3B printers; wrote the ISO 9001 work "
          "instructions for printing, washing and post-cure."),
    ("h", "Education"),
    ("p", "B.S., Biomedical Engineering - University of the Upper Midwest, Duluth, MN, 2020. Coursework in human anatomy, "
          "medical imaging and biomaterials; senior design: a patient-specific fracture-reduction guide."),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
