#!/usr/bin/env python3
"""Build the resume (PDF) of the heldout17-pharma-qc-micro pair.

Layout that troubles an ATS: letter-spaced section headings (S U M M A R Y), so a parser
that looks for heading words sees single letters. The posting (posting.txt) is written by hand.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402


def spaced(title: str) -> str:
    """Letter-space a heading the way some resume templates do: 'Skills' -> 'S K I L L S'."""
    return "   ".join(" ".join(word) for word in title.split())


RESUME = [
    ("name", "DANIELLE R. OKAFOR, MLS(ASCP)CM"),
    ("contact", "Fayetteville, NC 28303  |  (910) 555-0154  |  danielle.okafor@example.com  |  linkedin.com/in/danielle-okafor-example"),
    ("h", spaced("Summary")),
    ("p", "Medical laboratory scientist with 2.5 years on the clinical microbiology bench of a 480-bed regional hospital, "
          "looking to move into QC microbiology for sterile pharmaceutical manufacturing. Strong aseptic technique, "
          "hands-on with environmental monitoring plates from our pharmacy cleanroom, dialysis water cultures and LAL "
          "endotoxin testing, and used to working under CAP and CLIA documentation rules."),
    ("h", spaced("Licenses & Certifications")),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2023"),
    ("b", "Registered Microbiologist, RM(NRCM), Pharmaceutical and Medical Device Microbiology - exam scheduled March 2026"),
    ("h", spaced("Skills")),
    ("b", "Microbiology: Gram stain, culture set-up and workup, organism identification, AST (VITEK 2, Kirby-Bauer), "
          "AFB and fungal cultures, aseptic technique"),
    ("b", "Instruments: Bruker MALDI Biotyper, VITEK 2 XL, BacT/ALERT VIRTUO, BioFire FilmArray, Cepheid GeneXpert, "
          "Charles River Endosafe PTS, MAS-100 NT air sampler"),
    ("b", "Environmental and water: TSA contact plates, active air sampling, gloved fingertip and thumb sampling, "
          "HPC on R2A, membrane filtration, LAL"),
    ("b", "Lab support: culture media, incubators, autoclave, BSC, temperature logs"),
    ("b", "Quality: SOPs, method validation, CAPA, root cause analysis, CAP and CLIA inspections"),
    ("b", "Software: Epic Beaker, Microsoft Office (Excel, Word, PowerPoint)"),
    ("h", spaced("Experience")),
    ("job", "Medical Laboratory Scientist - Microbiology, Longleaf Regional Medical Center, Fayetteville, NC - Jul 2023 to Present"),
    ("b", "Process and work up about 120 cultures a shift across blood, urine, wound, respiratory and stool benches; "
          "read Gram stains on positive BacT/ALERT bottles and call critical results."),
    ("b", "Identify organisms on the Bruker MALDI Biotyper and VITEK 2 XL; run susceptibility testing and review "
          "results before release in Epic Beaker."),
    ("b", "Run rapid molecular methods (BioFire FilmArray BCID2, Cepheid GeneXpert MRSA and C. difficile) on positive "
          "blood cultures and stool specimens, cutting time to targeted therapy by about 20 hours."),
    ("b", "Incubate and read environmental monitoring samples for the inpatient pharmacy cleanroom (USP <797>): TSA "
          "contact plates for surface sampling, active air sampling plates from the MAS-100 NT, and gloved fingertip "
          "and thumb sampling of compounding staff; compare counts with action levels for the ISO Class 5 PECs and "
          "ISO Class 7 buffer room."),
    ("b", "Trended monthly EM results for Pharmacy and flagged two action-level excursions, both traced to a worn "
          "door seal on the buffer room."),
    ("b", "Perform monthly dialysis water cultures for the outpatient hemodialysis unit: HPC on R2A by membrane "
          "filtration, and LAL endotoxin testing on Endosafe PTS cartridges, reported against AAMI limits."),
    ("b", "Set up sterility cultures on autologous stem cell products and compounded pharmacy preparations in "
          "BacT/ALERT bottles, with Gram stain and identification of any positives."),
    ("b", "Perform media QC on incoming lots of culture media (CLSI M22), including TSA, Sabouraud dextrose agar and "
          "thioglycollate broth; maintain incubators, the autoclave and BSC certification records."),
    ("b", "Performed primary isolation and subculture of AFB in the BSL-3 suite."),
    ("b", "Joined the root cause analysis and CAPA for a blood culture contamination spike (3.4% to 1.9% in six months)."),
    ("b", "Wrote or revised six bench SOPs and completed method validation for a MALDI Biotyper library update and "
          "a VITEK 2 AST card change."),
    ("job", "Clinical Microbiology Rotation (student), Longleaf Regional Medical Center - Jan 2023 to Apr 2023"),
    ("b", "Eight-week microbiology rotation; ran daily QC on stains and media and shadowed the blood culture bench."),
    ("job", "Undergraduate Research Assistant, Department of Biology, Coastal Plain State University - 2021 to 2022"),
    ("b", "Isolated and counted soil bacteria, made buffers and agar plates, and kept the lab notebook for a faculty "
          "project on antibiotic-resistant Pseudomonas."),
    ("h", spaced("Education")),
    ("p", "B.S., Clinical Laboratory Science (minor in Biology) - Coastal Plain State University, Greenville, NC, 2023. "
          "NAACLS-accredited program."),
    ("h", spaced("Professional Development")),
    ("b", "GMP Fundamentals and Good Documentation Practice - ISPE online course, 2025"),
    ("b", "ASM Microbe 2024, attendee"),
    ("b", "Member, American Society for Microbiology (ASM)"),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")


if __name__ == "__main__":
    main()
