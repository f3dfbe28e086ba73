"""Build resume.pdf for heldout42-biomarker-immunoassay-scientist.

Layout quirks: one-column PDF with the skills in two columns (label cells end in ':'), a
Certifications & Training block near the bottom after Education, and a References block that
names a former director.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "PRIYANKA S. ROWE, M.S."),
    ("contact", "3319 Quince Orchard Blvd, Apt 210, Gaithersburg, MD 20878  |  (301) 555-0173  |  "
                "priyanka.rowe@example.com  |  linkedin.com/in/priyanka-rowe-example"),
    ("h", "Summary"),
    ("p", "Immunoassay scientist with six years of hands-on LBA work, the last three in a CLIA-certified biomarker "
          "laboratory at a specialty CRO running sponsor clinical trial samples under Good Clinical Laboratory "
          "Practice. Daily user of MSD, Quanterix Simoa and Luminex platforms for multiplex and ultra-sensitive "
          "measurements; has written fit-for-purpose assay validation plans and reports from scratch and automated "
          "plate setup to cut hands-on time."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Platforms:", "Validation and QC:"),
        ("MSD QuickPlex SQ 120 (V-PLEX, S-PLEX)", "FDA BMV guidance (2018), ICH M10"),
        ("Quanterix Simoa HD-X and SR-X", "CLSI EP17-A2 (LoB, LoD, LoQ)"),
        ("Luminex 200 and MAGPIX", "Parallelism, linearity of dilution"),
        ("Sandwich and competitive ELISA", "Spike-and-recovery, MRD, LLOQ/ULOQ"),
        ("ADA bridging assays", "Inter-run %CV, F/T stability"),
        ("Automation and lab:", "L-J charts, Westgard rules"),
        ("Tecan Freedom EVO 150", "Critical reagents, reagent lot bridging"),
        ("BioTek 405 TS washer", "ALCOA, 21 CFR Part 11, SOPs"),
        ("Multichannel pipetting (Rainin)", "Software and data:"),
        ("BSL-2, OSHA BBP, IATA DGR", "Discovery Workbench 4.0"),
        ("Chain of custody, aliquoting", "GraphPad Prism 10, 4PL/5PL fits"),
        ("-80 C biorepository (Freezerworks)", "Watson LIMS, ELN (IDBS E-WorkBook)"),
        ("", "Python (pandas) for plate maps"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Research Associate II, Biomarker Services - Tidewater Clinical Analytics, Rockville, MD - Jul 2022 to Present"),
    ("b", "Run 40-60 plates a month of cytokine panels and neurofilament light (NfL) on the MSD QuickPlex SQ 120 and "
          "Simoa HD-X for 11 sponsor studies (oncology, immunology, neurology); 98.6% of runs passed acceptance on the "
          "first attempt in 2025."),
    ("b", "Led fit-for-purpose assay validation for 9 biomarker assays, covering inter-run precision, parallelism, "
          "linearity of dilution, spike-and-recovery, MRD and F/T stability; wrote 9 validation reports accepted by "
          "sponsors without rework."),
    ("b", "Programmed Tecan Freedom EVO 150 methods for standard curves and sample dilutions, cutting hands-on time "
          "per Simoa run by 45 minutes and pipetting-related reruns by 70%."),
    ("b", "Trended QC on L-J charts with Westgard rules and ran reagent lot bridging for 14 critical reagent lots; "
          "caught a drifting S-PLEX calibrator lot before study use."),
    ("b", "Received, aliquoted and logged about 6,000 clinical trial specimens a year in Watson LIMS with full chain of "
          "custody; packed dry-ice shipments to IATA DGR."),
    ("b", "Documented 23 deviations and wrote 6 SOPs; kept ELN entries ALCOA-compliant through two sponsor audits "
          "and one CLIA inspection with no findings for the group."),
    ("job", "Research Technician II, Immunology Core Laboratory - Chesapeake University School of Medicine, "
            "Baltimore, MD - Jun 2019 to Jun 2022"),
    ("b", "Ran Luminex 200 and MAGPIX multiplex panels (up to 38-plex) and ELISA for 25 investigator groups, about "
          "9,000 samples a year."),
    ("b", "Measured serum NfL and GFAP in a 600-subject Parkinson's disease (PD) cohort on the Simoa SR-X."),
    ("b", "Developed a sandwich ELISA for active GLP-1 in mouse plasma for the diabetes group (LLOQ 0.8 pM)."),
    ("b", "Set up ADA bridging assays for two investigator-sponsored biologic studies; trained 12 graduate students."),
    ("h", "Education"),
    ("p", "M.S., Immunology - Chesapeake University, Baltimore, MD, 2019. Thesis: multiplex cytokine signatures in "
          "early rheumatoid arthritis."),
    ("p", "B.S., Biochemistry - University of Northern Delaware, Newark, DE, 2017"),
    ("h", "Certifications & Training"),
    ("b", "IATA Dangerous Goods Regulations, Division 6.2 shipper training - 2025 (renewed every 2 years)"),
    ("b", "Good Clinical Laboratory Practice refresher course - 2024 (annual, internal)"),
    ("b", "OSHA BBP and biosafety training - annual, current"),
    ("b", "Quanterix Simoa HD-X operator certification - 2023; MSD S-PLEX hands-on workshop - 2022"),
    ("h", "References"),
    ("p", "Dr. Ella Whitfield, Director, Immunology Core Laboratory, Chesapeake University - contact on request"),
    ("p", "Marcus Oyelaran, Associate Director, Biomarker Services, Tidewater Clinical Analytics - contact on request"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
