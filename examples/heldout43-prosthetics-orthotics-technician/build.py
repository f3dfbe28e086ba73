"""Build resume.docx for heldout43-prosthetics-orthotics-technician.

Layout quirks: contact details in the DOCX page header (header_contact=True), a Credentials & Training
block straight after the summary, fabrication skills in a two-column table (label, content).
The applicant is eligible for the ABC technician exam and has it scheduled (not yet registered).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Caleb J. Nystrom  |  2217 Ottawa Beach Rd, Holland, MI 49424  |  (616) 555-0138  |  "
                "caleb.nystrom@example.com"),
    ("name", "CALEB J. NYSTROM"),
    ("h", "Summary"),
    ("p", "Orthotic and prosthetic fabrication technician with 5 years of O&P fabrication experience in a central "
          "lab producing about 1,900 custom devices a year, after 4 years laminating fiberglass and carbon fiber "
          "parts in a marine composites shop. Strong at vacuum forming, laminating and bench alignment, and runs "
          "the scan-to-mill CAD/CAM workflow day to day. Moved to West Michigan in August 2026."),
    ("h", "Credentials & Training"),
    ("b", "ABC Registered Technician, Prosthetics-Orthotics (RTPO) - eligibility approved September 2026; "
          "exam scheduled March 2027"),
    ("b", "OSHA 10-Hour General Industry card, 2022"),
    ("b", "Otto Bock C-Leg 4 fabrication and alignment workshop, Minneapolis, 2024"),
    ("b", "Annual respirator fit test (3M 6500 half-face, OV/P100 cartridges), current"),
    ("b", "First Aid/CPR/AED, American Red Cross, 2025"),
    ("h", "Fabrication Skills"),
    ("table", [
        ("Plastics", "Vacuum forming and drape forming of polypro, co-poly and HDPE; clear Vivak diagnostic sockets; "
                     "EVA foam, Pelite and Aliplast liners; convection oven and vacuum pump set-up"),
        ("Lamination", "Orthocryl lamination resin with carbon fiber, fiberglass and nyglass layups; PVA bags; "
                       "single and double pours"),
        ("Orthotics", "AFOs (solid, posterior leaf spring, articulated AFOs with Tamarack Flexure Joints), KAFOs, "
                      "thoracolumbosacral orthoses, custom foot orthotics"),
        ("Prosthetics", "BK and AK sockets; bench alignment with LASAR Posture; modular components from Otto Bock, "
                        "Ossur and Freedom Innovations; pin-lock and elevated-vacuum suspension"),
        ("CAD/CAM", "3D scanning with Structure Sensor (iPad); Rodin4D NEO digital model modification; "
                    "5-axis foam mill carving PU foam blanks"),
        ("Shop & safety", "Band saw, trim router, belt sander, Juki walking-foot sewing machine, digital calipers; "
                          "HazCom, PPE, downdraft table"),
        ("Software", "OPIE (work orders, time and materials), Microsoft Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Fabrication Technician II - North Star Orthotic & Prosthetic Lab, Carver, MN - Mar 2021 to Jul 2026"),
    ("b", "Fabricated 35-40 devices a week for 11 clinics: AFOs, KAFOs, thoracolumbosacral orthoses and BK/AK "
          "prostheses, with a 2.1% remake rate against a lab target of 4%."),
    ("b", "Poured and modified 1,000+ plaster positives from negative casts to the practitioner's notes."),
    ("b", "Ran the scan-to-mill workflow: imported 600+ Structure Sensor scans a year into Rodin4D NEO, did the "
          "digital model modification and carved PU foam blanks on the 5-axis foam mill, cutting foot orthotic "
          "turnaround from 6 days to 3."),
    ("b", "Laminated 300+ definitive BK and AK sockets in Orthocryl lamination resin with carbon fiber and "
          "nyglass under PVA bags; vacuum formed 500+ Vivak diagnostic sockets."),
    ("b", "Bench aligned and assembled 250+ prostheses with LASAR Posture, including C-Leg 4 and Harmony "
          "elevated-vacuum builds."),
    ("b", "Built about 120 pediatric AFOs a year for children with CP or spina bifida, many of them articulated "
          "AFOs with Tamarack Flexure Joints."),
    ("b", "Did the final QC inspection on every device before shipping and logged time and materials against "
          "work orders in OPIE."),
    ("b", "Kept the weekly PM log for ovens, vacuum pumps, the foam mill and dust collection; led the shop's "
          "HazCom training and MSDS binder updates; no lost-time injuries in 5 years."),
    ("b", "Helped prepare the lab for its 2024 ABC accreditation survey, which closed with no fabrication findings."),
    ("b", "Trained 3 new fabrication assistants in vacuum forming, trimming and strap finishing."),
    ("job", "Laminator / Composite Technician - Lakeside Marine Composites, Annapolis, MD - Jun 2017 to Feb 2021"),
    ("b", "Hand-laid and vacuum-bagged fiberglass and carbon fiber parts for 22-32 ft sport boats; no reworked "
          "layups in 4 years of QA audits."),
    ("b", "Worked with polyester and vinyl ester resins on downdraft tables under the company respirator and "
          "PPE program."),
    ("h", "Education"),
    ("p", "Certificate, Composites Manufacturing Technology - Patuxent Community College, College Park, MD, 2017"),
    ("p", "High school diploma - Westfield Regional High School, Laurel, MD, 2015"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
