"""Build resume.pdf for heldout52-pipette-calibration-technician.

Layout quirks: PDF, short summary, skills in two columns (labels ending ':') before experience,
certifications (one of them pending) at the very end after education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "JOCELYN M. OKAFOR"),
    ("contact", "212 Orange Street, New Haven, CT 06510  |  (203) 555-0162  |  jocelyn.okafor@example.com"),
    ("h", "Summary"),
    ("p", "Field pipette calibration technician with six years of on-site calibration, PM and repair of pipettes "
          "and volumetric instruments for hospital, university and biopharma customers in Connecticut, Rhode "
          "Island and Westchester County. Works to ISO 8655 inside an A2LA-accredited ISO 17025 lab; about "
          "9,000 pipettes a year, mostly gravimetric, with photometric checks on multichannels."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Methods and standards:", "Pipettes and liquid handling:"),
        ("Gravimetric, ISO 8655-2 and ISO 8655-6", "Eppendorf Research plus, Xplorer"),
        ("Photometric (Artel PCS)", "Rainin Pipet-Lite XLS+, Rainin E4 XLS"),
        ("Z correction factor, evaporation trap", "Gilson PIPETMAN, Gilson Microman"),
        ("Inaccuracy and imprecision (CV)", "Finnpipette F1, Biohit mLINE"),
        ("MU, uncertainty budgets (JCGM 100)", "Single channel, 8- and 12-channel"),
        ("USP <41>, ISO 17025, A2LA", "Eppendorf Multipette E3"),
        ("Balances and weights:", "Bottle-top dispensers"),
        ("Mettler Toledo XPR and XS series", "Software:"),
        ("5-place analytical balances", "Calibry, Artel PCS software"),
        ("Microbalances, balance calibration", "Fluke MET/TEAM, Excel, Word"),
        ("NIST-traceable ASTM Class 1 mass set", "Salesforce Field Service app"),
    ]),
    ("h", "Experience"),
    ("job", "Field Pipette Calibration Technician - Harborline Calibration Services, North Haven, CT - "
            "Mar 2021 to Present"),
    ("b", "Run a mobile calibration van route of 70+ accounts, about 9,000 pipettes a year; same-day on-site "
          "calibration for hospital core labs, university research cores and two cGMP manufacturing sites."),
    ("b", "Calibrate by the gravimetric method on Mettler Toledo XPR microbalances with an evaporation trap, "
          "recording as-found/as-left data and Z correction factor per run; photometric checks on 8- and "
          "12-channel pipettes with the Artel PCS."),
    ("b", "PM on every unit: decon, seal and O-ring replacement, piston greasing, leak test; about 1,100 "
          "repairs a year, 85% completed on site."),
    ("b", "Flag OOT results to customers the same day and write the as-found impact note for their QA; "
          "OOT rate on my route fell from 7.8% to 4.1% after moving heavy users to 6-month intervals."),
    ("b", "Issue calibration certificates from Calibry; 99.6% of certificates passed technical review first time "
          "in 2025."),
    ("b", "On-site balance calibration of 5-place analytical balances and microbalances (about 350 a year) to "
          "USP <41> using NIST-traceable weights; logged temperature, humidity and barometric pressure with a "
          "Vaisala PTU300."),
    ("b", "Work in BSL-2 labs and CAP/CLIA hospital laboratories; annual BBP training and site-specific "
          "safety inductions."),
    ("b", "Took part in two PT rounds a year and internal audits; wrote three CAPA responses after the 2024 "
          "A2LA reassessment, all closed without follow-up visits."),
    ("b", "Helped the quality manager extend our accreditation scope to photometric calibration (2023) and "
          "built the uncertainty budgets for the 0.1-10 uL range in Excel."),
    ("job", "Laboratory Technician II - Quinnipiac Valley BioSciences, Wallingford, CT - Jun 2018 to Feb 2021"),
    ("b", "Plate-based ELISA and cell culture support; heavy liquid handling with manual and Eppendorf "
          "Multipette E3 dispensing (300+ plates a month)."),
    ("b", "Kept the lab's 140 pipettes on their calibration schedule and did in-house gravimetric checks between "
          "vendor visits; maintained the QMS equipment log."),
    ("b", "Looked after 4 analytical balances and the daily balance checks."),
    ("h", "Education"),
    ("p", "A.A.S., Biotechnology - Gateway Community College, New Haven, CT, 2018"),
    ("p", "Metrology coursework: Fundamentals of Measurement Uncertainty (A2LA online), 2022"),
    ("h", "Certifications and Training"),
    ("b", "ASQ Certified Calibration Technician (CCT) - exam scheduled March 2027"),
    ("b", "Rainin Pipette Service Technician certification, 2022"),
    ("b", "Artel PCS operator training, 2023"),
    ("b", "Connecticut driver's license, clean record"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
