"""Build resume.pdf for heldout45-cannabis-testing-lab-analyst.

Layout quirks: a Licenses & Certifications block straight after the contact line (with a state
licence still pending), skills in two columns, a part-time student job abbreviated "PT".
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Tomás R. Whitfield"),
    ("contact", "1840 N. Dayton St, Unit 6, Aurora, CO 80010  |  (720) 555-0163  |  tomas.whitfield@example.com  |  "
                "relocated to the Denver area, September 2026"),
    ("h", "Licenses & Certifications"),
    ("b", "Colorado MED Support License: application submitted September 2026, fingerprinting complete, badge pending"),
    ("b", "Oregon OLCC Laboratory Worker Permit, 2022-2026 (lapsed on relocation)"),
    ("b", "OSHA 40-hour HAZWOPER, 2019 (8-hour refresher 2025)"),
    ("b", "Good Laboratory Practice and data integrity training (21 CFR Part 58, ALCOA+), 2023"),
    ("h", "Summary"),
    ("p", "Analytical chemist with seven years in accredited testing laboratories: four on the potency, solvents, "
          "pesticide and microbiology benches of an Oregon cannabis and hemp lab, and three running trace metals for an "
          "environmental lab. Comfortable owning an instrument from daily maintenance to method validation, and used to "
          "working under ISO 17025 and a state track-and-trace system."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Chromatography and mass spec:", "Metals, micro and physical tests:"),
        ("Shimadzu Nexera HPLC-PDA (LabSolutions)", "Agilent 7900 ICP-MS (MassHunter)"),
        ("Agilent 8890 GC-FID, 7697A headspace", "CEM MARS 6 microwave digestion"),
        ("SCIEX QTRAP 6500+ LC-MS/MS (SCIEX OS)", "Heavy metals: As, Cd, Pb, Hg"),
        ("QuEChERS, dispersive SPE cleanup", "Real-time PCR: PathoSEEK on Bio-Rad CFX96"),
        ("Cryogenic grinding: SPEX 6875 Freezer/Mill", "Neogen Petrifilm (TYM, aerobic count)"),
        ("Quality:", "AquaLab 4TE water activity"),
        ("ISO 17025, good documentation practice", "Systems:"),
        ("Method blanks, LCS, MS/MSD", "Confident Cannabis LIMS, METRC"),
        ("NCRs, root cause analysis, CAPA", "Excel (pivot tables, VBA)"),
    ]),
    ("h", "Experience"),
    ("job", "Analytical Chemist I, promoted to Chemist II (2024) - Cascade Botanical Testing, Portland, OR - "
            "Jun 2022 to Aug 2026"),
    ("b", "Ran cannabinoid potency on two Shimadzu Nexera HPLC-PDA systems, about 110 flower, concentrate and edible "
          "samples a day; reported 11 cannabinoids and total THC, including hemp pre-harvest samples under the USDA "
          "Domestic Hemp Production Program."),
    ("b", "Ran residual solvents (butane, propane, ethanol and 17 other listed solvents) by headspace GC on an "
          "Agilent 8890 GC-FID."),
    ("b", "Extracted pesticides by QuEChERS and ran the 59-analyte state pesticide list plus aflatoxins B1, B2, G1, G2 "
          "and ochratoxin A on the SCIEX QTRAP 6500+; cut pesticide batch time 30% by splitting positive and "
          "negative mode runs."),
    ("b", "Screened for Salmonella and Shiga toxin-producing E. coli with PathoSEEK assays and read TYM plates on "
          "the weekend microbiology rotation."),
    ("b", "Measured water activity and moisture by LOD on an Ohaus MB120 analyzer for about 400 flower lots a month."),
    ("b", "Prepared calibration standards from CRMs and reviewed batch QC for every batch of 20 samples; kept chain "
          "of custody records for about 2,600 samples a month."),
    ("b", "Completed data review in the LIMS and uploaded released results to METRC; average turnaround 2.8 days."),
    ("b", "Owned instrument maintenance and troubleshooting for the LC-MS/MS and both HPLCs (source cleaning, "
          "column changes, pump seals); kept unplanned downtime under 3%. Ran weekly checks on six analytical balances."),
    ("b", "Led method validation for a 17-cannabinoid HPLC method (linearity, accuracy, precision, measurement "
          "uncertainty) and transferred it to a second Nexera in 2025."),
    ("b", "Ran Emerald Test inter-laboratory rounds for potency, solvents and pesticides (all z-scores within 2.0 for "
          "three years); supported the 2025 ISO 17025 reassessment by Perry Johnson Laboratory Accreditation with no "
          "major findings. Opened and closed 40+ NCRs and revised 14 SOPs."),
    ("job", "Environmental Chemist, Metals - Willamette Environmental Laboratories, Tigard, OR - Jul 2019 to May 2022"),
    ("b", "Digested soils and sludges by microwave digestion and ran trace metals in drinking waters and wastewaters "
          "by EPA Method 200.8 on an Agilent 7900 ICP-MS, about 60 samples a day."),
    ("b", "Kept bench records to good documentation practice and packed RCRA hazardous waste for disposal under "
          "OSHA rules."),
    ("job", "Laboratory Assistant (PT, 20 h/week) - Chemistry Stockroom, Columbia Gorge State University - 2017 to 2019"),
    ("b", "Prepared reagents for 1,200 general chemistry students a term."),
    ("h", "Education"),
    ("p", "B.S., Chemistry (ACS-approved program) - Columbia Gorge State University, The Dalles, OR, 2019"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
