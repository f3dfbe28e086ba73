"""Build resume.pdf for heldout57-us-ivd-reagent-manufacturing-qc-technician.

Layout quirks: PDF with skills in two columns (labels ending ':'), certifications before the skills,
a pursued ASCP certification listed beside the held one.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Daria K. Fenstermacher, MLT(ASCP)"),
    ("contact", "Burnsville, MN 55337  |  (952) 555-0187  |  daria.fenstermacher@example.com"),
    ("h", "Summary"),
    ("p", "Quality control associate with six years of bench work: four years as a hospital MLT in chemistry and "
          "two-plus years testing and releasing IVD control materials under cGMP. Known for clean batch records, "
          "fast turnaround on stability pulls, and investigations that hold up in an audit."),
    ("h", "Certifications"),
    ("b", "MLT(ASCP), ASCP Board of Certification, 2017 - current"),
    ("b", "MLS(ASCP) - eligible via Route 2; exam scheduled March 2027"),
    ("b", "ASQ Certified Quality Improvement Associate (CQIA), 2024"),
    ("b", "ISO 14971 awareness training (internal, 8 h), 2024"),
    ("h", "Skills"),
    ("cols", [
        ("Chemistry and immunoassay analyzers:", "Quality systems and regulations:"),
        ("Roche cobas c 501 and e 601", "FDA QSR (21 CFR 820), ISO 13485"),
        ("Beckman AU5800, AU680, Access 2", "cGMP, GDocP, Part 11 audit trails"),
        ("Siemens ADVIA Centaur XP", "NCMRs, OOS, deviations, CAPA"),
        ("Bench instruments:", "Batch records, CoAs, SOPs"),
        ("UV-Vis spectrophotometer (Genesys 180)", "Testing and statistics:"),
        ("Analytical balances (Mettler XPR)", "CLSI EP5-A3, EP6-A, EP7-A2, EP25-A"),
        ("pH meters, conductivity meter", "Westgard multirules, L-J charts, %CV"),
        ("Osmometer (osmolality), Rainin pipettes", "Value assignment, traceability"),
        ("Software:", "Stability: real-time, accelerated, open-vial"),
        ("SAP QM, LabVantage LIMS", "Fishbone and 5 Whys investigations"),
        ("TrackWise, Veeva Vault QualityDocs", ""),
        ("Minitab, MS Excel, EP Evaluator", ""),
    ]),
    ("h", "Experience"),
    ("job", "Quality Control Associate - Lindgren Biologics, Inc., Shoreview, MN - Aug 2023 to Present"),
    ("p", "Manufacturer of assayed and unassayed chemistry and immunoassay quality control materials (IVD, FDA Class I)."),
    ("b", "Perform batch release testing on 35-45 control lots a month on Roche cobas c 501 / e 601, Beckman AU5800 and "
          "Siemens ADVIA Centaur XP; 98.6% right-first-time in 2025."),
    ("b", "Carry out value assignment for new control lots across six analyzer platforms, with traceability to NIST "
          "SRM 965b and 909c where the analyte allows."),
    ("b", "Run real-time, accelerated and open-vial stability studies; wrote 14 stability reports that supported "
          "24-month shelf-life claims on four product lines."),
    ("b", "Ran precision, linearity and interference studies (CLSI EP5-A3, EP6-A, EP7-A2) for two line extensions."),
    ("b", "Incoming inspection of raw materials (human serum pools, BSA, stabilizers): pH, conductivity, osmolality "
          "and absorbance on a UV-Vis spectrophotometer."),
    ("b", "Enter results and lot dispositions in SAP QM and LabVantage LIMS; issue CoAs for released lots (about 500 "
          "in 2025)."),
    ("b", "Review batch records for GDocP before QA release; cut review returns from 11% to 3% with a checklist I wrote."),
    ("b", "Opened and investigated 23 NCMRs and 9 OOS results in TrackWise using fishbone and 5 Whys; owned three "
          "CAPAs to effectiveness check. Raised change requests for seven SOPs in Veeva Vault QualityDocs."),
    ("b", "Gravimetric checks on 60 Rainin pipettes and daily checks of analytical balances and pH meters."),
    ("b", "Work with human-source materials under biosafety level 2 practices; annual bloodborne pathogens training."),
    ("b", "Front-room support for one FDA inspection (no 483) and two internal audits."),
    ("job", "Medical Laboratory Technician, Chemistry - Riverbend Regional Hospital, Mankato, MN - Jun 2019 to Jul 2023"),
    ("p", "300-bed hospital; CAP-accredited, CLIA-certified clinical laboratory."),
    ("b", "Ran and maintained automated analyzers (Beckman AU680, Access 2); handled first-line troubleshooting and "
          "service calls for a 2,400-test-a-day chemistry section."),
    ("b", "Reviewed daily QC with Westgard multirules and L-J charts; tracked monthly %CV and peer data."),
    ("b", "Performed method verification for two new assays with EP Evaluator (precision, accuracy, reportable range)."),
    ("b", "Completed CAP proficiency surveys with 100% acceptable results for three years."),
    ("h", "Education"),
    ("p", "B.S., Biology - Minnesota River State University, Mankato, MN, 2021 (completed part-time while working)"),
    ("p", "A.A.S., Medical Laboratory Technician - Prairie Ridge Community College, Worthington, MN, 2017"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
