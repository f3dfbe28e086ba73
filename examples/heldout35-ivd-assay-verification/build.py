#!/usr/bin/env python3
"""Build resume.docx for heldout35-ivd-assay-verification.

Layout quirks: contact line only in the page header, letter-spaced section headings,
technical skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Renée M. Abbott, MLS(ASCP)CM  |  2214 Pinehaven Drive, Jackson, MS 39211  |  (601) 555-0137  |  renee.abbott@example.com"),
    ("name", "RENÉE M. ABBOTT"),
    ("h", "S U M M A R Y"),
    ("p", "Medical Laboratory Scientist with 8 years in the core laboratory of a 640-bed academic medical center, the last "
          "4 as chemistry/immunoassay method validation lead. Planned, ran and wrote up verification studies for 60+ "
          "assays across two analyzer conversions, using CLSI study designs and EP Evaluator statistics, and defended "
          "them at CAP inspections. Looking to move from the hospital bench into IVD assay development."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2018 (CMP current)"),
    ("b", "Lean Six Sigma Yellow Belt - Magnolia Regional Medical Center Performance Excellence Office, 2023"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Immunoassay", "Roche cobas e 602 / e 801 (ECL): hs-cTnT, NT-proBNP, TSH, FT4, hCG, ferritin; "
                        "Beckman Coulter DxI 800: vitamin B12, folate, estradiol, testosterone; manual ELISA (HIT PF4 IgG)"),
        ("Clinical Chemistry", "Roche cobas 8000 (c 702 spectrophotometric and immunoturbidimetric assays, ISE 1800); "
                               "serum, Li-hep plasma, random and 24-hour urine, body fluids"),
        ("Method Evaluation", "Precision (EP15-A3), linearity and AMR verification (EP6), correlation studies (EP9-A3, "
                              "Deming regression, difference plots), LoB/LoD (EP17-A2), functional sensitivity (20% CV), "
                              "carryover, recovery experiments, HIL interference, reference range transference (C28-A3)"),
        ("Quality & Compliance", "QC (Westgard multirules, L-J charts, Bio-Rad Unity peer data), calibration and cal "
                                 "verification, CAP checklists (COM/CHM), CLIA '88, RCA (fishbone, 5 Whys), corrective "
                                 "action, SOPs, OSHA bloodborne pathogens"),
        ("Software", "EP Evaluator 12, Excel (pivot tables, LINEST), Epic Beaker, Data Innovations Instrument Manager, "
                     "Bio-Rad Unity Real Time"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Medical Laboratory Scientist III, Chemistry/Immunoassay Method Validation Lead - Magnolia Regional Medical "
            "Center, Jackson, MS - Jun 2022 to Present"),
    ("b", "Led method verification for 42 chemistry and immunoassay tests when the core lab moved to a Roche cobas 8000 "
          "line; wrote study plans, ran precision, linearity and correlation studies and assembled the sign-off packets "
          "for the medical director before go-live."),
    ("b", "Verified the hs-cTnT 0/1-hour pathway with the ED: LoB, LoD and functional sensitivity with patient pools, "
          "sex-specific 99th percentile URLs checked on 240 residual patient samples."),
    ("b", "Ran HIL interference checks against the manufacturer's serum index claims and rewrote our specimen rejection "
          "limits for 18 analytes."),
    ("b", "Caught a hook effect on a quantitative hCG in a molar pregnancy patient; added a 1:100 dilution protocol for "
          "results above the AMR."),
    ("b", "Work up 15-20 suspected heterophile antibody cases a year using blocking tubes, PEG precipitation and serial "
          "dilutions; write the interpretive comment for the pathologist."),
    ("b", "Perform new reagent lot-to-lot comparisons and shipment crossovers with patient samples; keep calibration and QC "
          "records inspection-ready."),
    ("b", "Led the RCA and corrective action when a mislabeled calibrator lot shifted TSH results; 0 repeat events in 18 months."),
    ("b", "Chemistry lead for the 2023 and 2025 CAP inspections (zero chemistry deficiencies); keep SOPs current under CLIA '88."),
    ("job", "Medical Laboratory Scientist - Pearl River Reference Laboratory, Flowood, MS - Jul 2018 to May 2022"),
    ("b", "Ran endocrine and anemia immunoassays on two Beckman Coulter DxI 800s, about 1,100 tests per shift."),
    ("b", "Performed manual ELISA for HIT (PF4 IgG) and kept the plate washer and reader maintenance logs."),
    ("b", "Ran reference range transference and recovery experiments for the testosterone and estradiol reformulation."),
    ("b", "Processed serum, Li-hep plasma and 24-hour urine specimens from 60 client clinics."),
    ("h", "E D U C A T I O N"),
    ("p", "M.S., Clinical Chemistry (online, part-time) - Gulf Coast University of Health Sciences - in progress, "
          "expected May 2027. Coursework: analytical method evaluation, immunochemistry, laboratory statistics."),
    ("p", "B.S., Medical Laboratory Science - Natchez Trace University, 2018 (NAACLS-accredited program)"),
    ("h", "P R O F E S S I O N A L   A F F I L I A T I O N S"),
    ("b", "ADLM (Association for Diagnostics & Laboratory Medicine, formerly AACC), member since 2019"),
    ("b", "ASCLS Mississippi, 2018 to present"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
