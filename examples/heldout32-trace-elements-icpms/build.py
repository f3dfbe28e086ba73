#!/usr/bin/env python3
"""Build resume.pdf for heldout32-trace-elements-icpms (single-column PDF, headings upper-cased by the writer)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "IMOGEN HARTLEY-RUIZ, M.Sc."),
    ("contact", "1417 7th Street NW, Rochester, MN 55901  |  (507) 555-0163  |  imogen.hartleyruiz@example.com"),
    ("h", "Profile"),
    ("p", "Analytical chemist working as a clinical laboratory scientist, with 9 years of trace-element bench work: "
          "4 years of clinical ICP-MS (blood lead, heavy metals panel, serum zinc, copper and selenium) in a CLIA "
          "high-complexity toxicology laboratory, after 4 years of EPA 200.8 drinking-water and soil metals analysis "
          "in an ISO 17025 environmental laboratory. I own the instrument end to end: daily tune, PMs, troubleshooting, "
          "method validation and PT."),
    ("h", "Core Skills"),
    ("b", "ICP-MS: Agilent 7900 (ICP-MS MassHunter 4.6); PerkinElmer NexION 350D (Syngistix; DRC mode with NH3, "
          "He/KED); ESI SC-4 DX autosampler"),
    ("b", "Sample preparation: trace-metal clean technique in a Class 10,000 cleanroom with Class 100 HEPA clean "
          "benches; acid-leached labware; Milli-Q water; Optima HNO3; TMAH and ammonia/EDTA alkaline diluents; "
          "CEM MARS 6 closed-vessel digestions"),
    ("b", "Analytes: blood lead (venous and capillary), Hg, Cd, total arsenic, Se, Zn, Cu, aluminium (dialysis "
          "patients), iodine; urine results creatinine-normalised (µg/g Cr)"),
    ("b", "Maintenance: sample introduction system (nebuliser, spray chamber, torch, pump tubing), interface cones, "
          "vacuum and RF troubleshooting, weekly and monthly PMs, argon dewar changeover"),
    ("b", "Quality and validation: QC with Westgard multirules; CRMs (NIST SRM 955c, Seronorm Trace Elements Whole "
          "Blood); CLSI EP05-A3 precision, linearity, LOD/LOQ and carryover; measurement uncertainty; PT"),
    ("b", "Other methods: LC-MS/MS (Sciex 5500; urine drug confirmation, serum MMA), GFAAS for blood lead (legacy), "
          "ICP-OES"),
    ("b", "Systems: Sunquest LIS, LabVantage LIMS, Excel"),
    ("h", "Professional Experience"),
    ("job", "Clinical Laboratory Scientist II, Toxicology & Trace Metals - Zumbro Valley Clinical Laboratories, "
            "Rochester, MN - Mar 2022 to Present"),
    ("b", "Run 350-500 clinical metals samples per shift on an Agilent 7900 and a NexION 350D: blood lead, heavy "
          "metals panel (Pb, Hg, Cd, As), serum zinc, copper and selenium, and urine iodine."),
    ("b", "Prepare whole blood and serum in TMAH/Triton diluent and urine in dilute HNO3 inside the cleanroom; "
          "screen royal-blue-top tubes and reject specimens in non-trace-element containers or collected within "
          "96 hours of gadolinium contrast."),
    ("b", "Review the daily tune and internal standards (Sc, Ge, Rh, Ir, Bi) before releasing each run; hold runs "
          "when internal standard recovery falls outside 70-125%."),
    ("b", "Led validation of a TMAH dilute-and-shoot blood method for Pb, Hg and Cd that replaced the acid-digest "
          "method: precision, linearity, LOD/LOQ, carryover and a 120-sample method comparison; passed the 2024 "
          "CAP inspection without findings."),
    ("b", "Perform weekly and monthly PMs and first-line troubleshooting (cone cleaning, nebuliser blockages, "
          "detector cross-calibration); cut unplanned instrument downtime from 9 to 3 days a quarter."),
    ("b", "Report creatinine-normalised urine results (µg/g Cr) and phone critical values, including paediatric "
          "blood lead of 45 µg/dL or above, to client physicians."),
    ("b", "Process occupational and forensic urine metals under chain of custody."),
    ("b", "Review PT results (CAP; New York State Department of Health) and compute measurement uncertainty "
          "for 14 analytes each year."),
    ("b", "Team lead for 3 evening-shift technologists; train new staff on trace-metal clean technique."),
    ("job", "Analytical Chemist II, Metals Section - Lakeshore Environmental Testing Co., Duluth, MN - "
            "Jan 2018 to Feb 2022"),
    ("b", "Analysed drinking water, wastewater and soil digests by EPA Method 200.8 on a PerkinElmer NexION 350D, "
          "20+ elements per run, about 2,000 samples a month."),
    ("b", "Digested soils and sediments on a CEM MARS 6 (EPA 3051A); ran MDL studies and demonstrations of "
          "capability."),
    ("b", "Worked within an ISO 17025-accredited quality system; wrote 6 SOPs and handled corrective actions for "
          "the metals section."),
    ("job", "Laboratory Analyst, Trace Metals - Pennine Water Services, Sheffield, UK - Sep 2016 to Nov 2017"),
    ("b", "ICP-OES and GFAAS analysis of potable waters in a UKAS-accredited laboratory."),
    ("h", "Education"),
    ("p", "M.Sc., Analytical Chemistry - University of the Pennines, Sheffield, UK, 2016"),
    ("p", "B.Sc. (Hons), Chemistry - University of the Pennines, Sheffield, UK, 2015"),
    ("p", "Degrees evaluated as U.S.-equivalent B.S. and M.S. (NACES-member evaluation, 2018); qualified as CLIA "
          "high-complexity testing personnel."),
    ("h", "Certifications"),
    ("b", "Technologist in Chemistry, C(ASCP) - eligibility approved; exam scheduled December 2026"),
    ("b", "OSHA Hazard Communication and Bloodborne Pathogens training, 2026"),
    ("h", "Professional Memberships"),
    ("p", "Association for Diagnostics & Laboratory Medicine (ADLM, formerly AACC); Royal Society of Chemistry (AMRSC)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
