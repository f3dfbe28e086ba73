"""Build resume.docx for heldout40-lab-water-systems-tech.

Layout quirks: Word resume with the contact line in the DOCX page header (not in the body); the name
follows as a plain body paragraph; Licenses & Certifications come first, before the Summary; skills sit
in a two-column table placed after Experience; the current employer is a water-treatment dealer whose
trading name happens to match a lab water manufacturer named in the posting.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Marisol D. Ferreira  |  2710 Shroyer Road, Kettering, OH 45419  |  (937) 555-0128  |  "
                "marisol.ferreira@example.com"),
    ("name", "MARISOL D. FERREIRA, CCHT"),
    ("h", "Licenses & Certifications"),
    ("b", "CCHT - Certified Clinical Hemodialysis Technician, NNCC, 2015 (recertified 2024)"),
    ("b", "WQA Certified Water Specialist (CWS) - coursework complete, exam scheduled November 2026"),
    ("b", "Backflow Prevention Assembly Tester, ASSE 5110 - State of Ohio registration, 2022"),
    ("b", "OSHA 10-Hour General Industry, 2019"),
    ("b", "Ohio driver's license, clean MVR"),
    ("h", "Summary"),
    ("p", "Water technician with ten years on treated and high-purity water: five years running the water room "
          "of an in-center dialysis unit, then five years in the field for a water treatment dealer with "
          "residential, commercial and laboratory accounts. At home with RO, DI, softening, GAC and UV, heat and "
          "chemical disinfection of distribution loops, and the daily logs that auditors ask for. Looking to "
          "specialize in laboratory and clinical water."),
    ("h", "Experience"),
    ("job", "Field Service Technician - Aqua Solutions Water Conditioning, Inc., Dayton, OH - Jul 2021 to Present"),
    ("b", "Install and service water softeners, sediment filters, GAC tanks, UV sterilizers and commercial "
          "reverse osmosis systems (1,000-20,000 gpd) for homes, restaurants, clinics and light industry; "
          "5-7 calls a day."),
    ("b", "Run SDI testing of well and surface feed water before RO start-ups; check TDS, percent rejection "
          "and hardness at every service visit."),
    ("b", "Swap portable exchange DI tanks (Type II and 18-megohm ultrapure polishing grades) for 30+ lab, "
          "hospital and university accounts; keep the tank route and resistivity alarm log current."),
    ("b", "Maintain the RO/DI feed for a hospital lab's two Beckman Coulter AU5800 chemistry analyzers, "
          "including pre-filter changes and monthly 0.2-micron POU filter changes."),
    ("b", "Replace cartridges and calibrate conductivity sensors on a 40 gpm RO with Ionpure CEDI modules at "
          "a contract electronics plant."),
    ("b", "Trace faults in controllers, float switches and solenoid valves with a multimeter and the "
          "manufacturer's electrical schematics."),
    ("b", "Test backflow preventers on commercial installs; plumb in PVC, PEX and copper."),
    ("b", "Log every call, part and photo in ServiceTitan from the truck tablet; top-rated technician in "
          "customer surveys for 2023 and 2024."),
    ("job", "Water Treatment Technician - Riverbend Kidney Centers, Dayton, OH - Aug 2016 to Jun 2021"),
    ("b", "Ran the dialysis water treatment system for a 32-station in-center unit and home training program: "
          "Mar Cor central RO, worker/polisher GAC tanks, duplex softeners and backup DI tanks."),
    ("b", "Tested total chlorine after the worker GAC tank before every shift (0.1 mg/L limit) and hardness at "
          "the softener outlet; logged product water conductivity and percent rejection daily."),
    ("b", "Performed monthly heat disinfection and quarterly Minncare chemical disinfection of the PVC "
          "distribution loop and RO, with residual checks before patients went back on."),
    ("b", "Drew monthly bacteria cultures and endotoxin (LAL) samples from the loop and machines; kept results "
          "under AAMI RD52/RD62 action levels through four state surveys."),
    ("b", "Replaced endotoxin-retentive ultrafilters on the loop and on Fresenius 2008T machines; "
          "calibrated the resistivity monitors on the backup DI tanks."),
    ("b", "Carried out preventive maintenance on RO pumps, UV units and softener valves under lockout/tagout."),
    ("job", "Patient Care Technician - Riverbend Kidney Centers, Dayton, OH - Jun 2014 to Aug 2016"),
    ("b", "Cannulation, treatment monitoring and machine set-up for 12-14 patients a shift; earned CCHT in 2015."),
    ("h", "Technical Skills"),
    ("table", [
        ("Treatment", "Reverse osmosis, DI (portable exchange and backup tanks), Ionpure CEDI, softeners, GAC, "
                      "sediment filters, UV, ultrafilters"),
        ("Testing", "Total chlorine, hardness, TDS, SDI, conductivity and resistivity, percent rejection, "
                    "water chemistry trending, bacteria and endotoxin sampling"),
        ("Disinfection", "Heat disinfection, Minncare, bleach"),
        ("Field work", "Electrical troubleshooting, multimeter, plumbing (PVC, PEX, copper), ServiceTitan, "
                       "Microsoft Excel"),
        ("Standards", "AAMI RD52/RD62, CMS ESRD Conditions for Coverage"),
    ]),
    ("h", "Education"),
    ("p", "High school diploma - Belmont High School, Dayton, OH, 2012"),
    ("p", "WQA Water Treatment Fundamentals and Reverse Osmosis modules (online), 2023-2025"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
