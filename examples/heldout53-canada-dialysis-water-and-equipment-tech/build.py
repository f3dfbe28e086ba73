"""Build resume.docx for heldout53-canada-dialysis-water-and-equipment-tech.

Layout quirks: DOCX with the contact line in the page header, skills as a two-column table (label,
content) straight under the summary, registrations after the experience, affiliations at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "ÉTIENNE MARCHAND-OKAFOR"),
    ("contact", "212 Lasalle Boulevard, Sudbury, ON P3A 1W9  |  (705) 555-0162  |  etienne.marchand@example.com"),
    ("h", "Summary"),
    ("p", "Dialysis equipment and water treatment technologist with six years in a regional renal program in "
          "northeastern Ontario. Keeps 58 HD machines, 31 home patients and two central RO plants running, and "
          "has taken the program through two Accreditation Canada surveys with no water-quality findings. "
          "Bilingual (French/English)."),
    ("h", "Technical Skills"),
    ("table", [
        ("Dialysis equipment", "Fresenius 5008S and 5008S CorDiax (in-centre HD); NxStage System One with PureFlow SL "
                               "(home HD); Baxter Claria PD cyclers; Diasafe plus filters"),
        ("Water treatment", "Mar Cor central RO plants, portable RO for home HD, water softeners, GAC vessels "
                            "(worker/polisher), distribution loop, central acid concentrate delivery system, "
                            "bicarb mixer"),
        ("Water testing", "Total chlorine and chloramine (DPD, Hach Pocket Colorimeter II), hardness, total "
                          "dissolved solids, SDI, % rejection, conductivity (Myron L Ultrameter II), HPC and "
                          "endotoxin sampling by sterile sampling technique"),
        ("Disinfection", "Heat disinfection, chemical disinfection with Minncare and Citrosteril"),
        ("Test equipment", "Fluke ESA612, Fluke 87V DMM, digital manometer, Fluke Biomedical ProSim 8"),
        ("Standards", "CAN/CSA-Z364.2.2, ISO 23500-3 and 23500-5, IEC 60601-1, OHSA, IPAC best practices"),
        ("Software", "MediMizer, MS Excel (water trending), Microsoft Teams, ORN reporting tools"),
    ]),
    ("h", "Experience"),
    ("job", "Dialysis Technologist - Nickel Basin Regional Hospital, Regional Renal Program, Sudbury, ON - "
            "Apr 2019 to Present"),
    ("b", "Complete PMs, calibration and troubleshooting on 58 Fresenius 5008S machines across one in-centre unit "
          "and three satellites; uptime 98.6% in 2024."),
    ("b", "Run the daily checks on two Mar Cor central RO plants (1,800 and 900 L/h): total chlorine before every "
          "shift, chloramine breakthrough, hardness, conductivity, % rejection and SDI; zero chlorine "
          "exceedances reached a patient in six years."),
    ("b", "Collect monthly HPC and endotoxin samples from the RO loop, machines and dialysate; trend results in "
          "MS Excel against CAN/CSA-Z364.2.2 and ISO 23500 action levels and lead the corrective action."),
    ("b", "Schedule heat disinfection of the distribution loop and quarterly chemical disinfection with Minncare; "
          "cut loop HPC from 38 to under 5 CFU/mL after rebuilding dead legs in 2022."),
    ("b", "Set up and support 31 home HD and 24 PD patients: home installs, plumbing and electrical checks, "
          "portable RO, NxStage System One training handover with the home dialysis nurses."),
    ("b", "Perform electrical safety checks (leakage current, ground resistance) with a Fluke ESA612 on every "
          "machine at PM and after repair."),
    ("b", "Log all work orders, parts and water logs in MediMizer; led 9 incident investigations and closed 14 "
          "recalls; filed 3 mandatory problem reports to Health Canada."),
    ("b", "Maintain the bicarb mixer and central acid concentrate delivery system; wrote the lockout and WHMIS "
          "procedures for the acid room under OHSA."),
    ("job", "Field Service Technician - Northern Waterworks Systems Inc., North Bay, ON - Jun 2016 to Mar 2019"),
    ("b", "Installed and serviced commercial RO, softener and UV systems for clinics, labs and food plants in an "
          "ISO 9001 registered service company."),
    ("b", "Commissioned 12 water systems, including 2 dialysis RO plants, and trained client staff."),
    ("h", "Certifications and Registration"),
    ("b", "Certified Hemodialysis Technician (BONENT), 2021"),
    ("b", "C.E.T. application with OACETT in progress; Professional Practice Exam scheduled February 2027"),
    ("b", "Fresenius Medical Care Canada 5008S factory service training, 2019; NxStage System One service course, 2020"),
    ("b", "WHMIS (GHS) refresher, 2025; Full G licence, clean abstract"),
    ("h", "Education"),
    ("p", "Advanced Diploma, Biomedical Engineering Technology (Co-op) - Cambrian Heights College, Sudbury, ON, 2016"),
    ("h", "Professional Development"),
    ("b", "AAMI dialysis water quality webinar series, 2023"),
    ("b", "CMBES National Conference, 2024 - dialysis and water treatment track"),
    ("h", "Affiliations"),
    ("b", "Canadian Association of Nephrology Nurses and Technologists - member since 2020"),
    ("b", "CMBES - member; OACETT - associate member"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
