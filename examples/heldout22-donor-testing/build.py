#!/usr/bin/env python3
"""Build resume.pdf for heldout22-donor-testing (single column, letter-spaced section headings)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "ALICIA M. FENWICK, MLS(ASCP)CM"),
    ("contact", "Wyoming, MI 49509  |  (616) 555-0148  |  alicia.fenwick@example.com"),
    ("h", "S U M M A R Y"),
    ("p", "Medical laboratory scientist with two years as a generalist in a 220-bed community hospital laboratory, "
          "including the molecular bench and infectious disease serology. Looking to move into donor testing, where the "
          "volume, the automation and the regulatory side of the work appeal to me. Steady on evenings and weekends; "
          "cross-trained on five benches."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, August 2024"),
    ("b", "Technologist in Molecular Biology, MB(ASCP) - exam scheduled November 2026"),
    ("b", "BLS - American Heart Association, 2025"),
    ("h", "L A B O R A T O R Y   S K I L L S"),
    ("b", "Molecular: Hologic Panther (Aptima Combo 2 CT/NG, Aptima HIV-1 Quant Dx, HCV Quant Dx, HBV Quant Dx); "
          "Cepheid GeneXpert real-time PCR (Xpert Xpress CoV-2/Flu/RSV, MRSA/SA BC, C. difficile); nucleic acid "
          "amplification (NAAT) workflow and contamination control"),
    ("b", "Chemistry / immunoassay: Roche cobas 8000 (c 702, e 801 immunoassay analyzer); infectious disease serology "
          "on the e 801: HBsAg, anti-HBc, anti-HCV, Elecsys HIV combi PT, syphilis, CMV IgG"),
    ("b", "Blood bank: ABO/Rh typing, antibody screens and crossmatches on Ortho Vision (BioVue); irradiated and "
          "CMV-safe product selection"),
    ("b", "Hematology / coagulation: Sysmex XN-1000, Stago STA Compact Max; body fluid counts"),
    ("b", "Quality: QC review with Levey-Jennings and Westgard rules; SeraCare ACCURUN external controls; CAP "
          "proficiency testing; method validation; instrument maintenance; pipette calibration"),
    ("b", "Systems: Epic Beaker, Data Innovations Instrument Manager, Excel"),
    ("b", "Safety: BSL-2 practices, standard precautions, chemical hygiene plan"),
    ("h", "E X P E R I E N C E"),
    ("job", "Medical Laboratory Scientist (Generalist) - Kent Valley Community Hospital, Wyoming, MI - Aug 2024 to Present"),
    ("b", "Rotate across chemistry, hematology, blood bank and the molecular bench on evenings and alternate weekends; "
          "about 900 resulted tests per shift."),
    ("b", "Run HIV-1, HCV and HBV viral loads and CT/NG on the Hologic Panther and manage the molecular testing queue "
          "for two outreach clinics."),
    ("b", "Ran Geenius HIV 1/2 confirmatory testing on repeatedly reactive HIV Ag/Ab screens and built the reflex order "
          "in Epic Beaker with the informatics team."),
    ("b", "Perform daily and weekly instrument maintenance, centrifuge speed and timer checks, and quarterly pipette "
          "calibration for the core lab."),
    ("b", "Document QC failures and corrective action in the QC log; file occurrence reports in the QA system for "
          "specimen and labeling errors."),
    ("b", "Assisted with method validation (precision, accuracy, reportable range) for two FDA-cleared assays on the "
          "cobas e 801."),
    ("b", "Completed annual competencies on five benches and CAP proficiency testing for the molecular and serology "
          "benches; wrote two SOPs for the Panther."),
    ("b", "Helped prepare for the 2025 CAP inspection and the blood bank's AABB assessment; work to CLIA, CAP and "
          "AABB Standards every shift."),
    ("job", "Specimen Processor (part-time, while in school) - Kent Valley Community Hospital, Wyoming, MI - May 2022 to Jul 2024"),
    ("b", "Received, centrifuged and aliquoted 400+ specimens per shift; resolved labeling discrepancies with nursing."),
    ("h", "C L I N I C A L   R O T A T I O N S"),
    ("b", "Blood bank and immunohematology - Mercy Lakes Medical Center, Muskegon, MI (6 weeks)"),
    ("b", "Microbiology and molecular - Mercy Lakes Medical Center, Muskegon, MI (6 weeks)"),
    ("b", "Chemistry, hematology and urinalysis - Kent Valley Community Hospital, Wyoming, MI (10 weeks)"),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Medical Laboratory Science - Western Great Lakes University, Allendale, MI, 2024"),
    ("p", "NAACLS-accredited program; 24-week clinical practicum"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
