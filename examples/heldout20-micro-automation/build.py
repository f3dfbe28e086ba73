#!/usr/bin/env python3
"""Build resume.pdf for heldout20-micro-automation (letter-spaced section headings)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402


def spaced(text: str) -> str:
    """Letter-space a heading the way designer templates do: 'SKILLS' -> 'S K I L L S'."""
    return "   ".join(" ".join(word) for word in text.upper().split())


RESUME = [
    ("name", "RENATA L. OYELARAN, MT(ASCP)"),
    ("contact", "Franklin, TN 37064  |  (615) 555-0148  |  renata.oyelaran@example.com"),
    ("h", spaced("Professional Summary")),
    ("p", "Senior microbiology technologist and application specialist with 18 years in clinical microbiology, 9 of "
          "them implementing and running TLA. Led the Copan WASPLab go-live at a 600-bed academic medical center and "
          "have since supported 11 WASPLab implementations across the Southeast from the vendor side: workflow design, "
          "validation, middleware and LIS interface testing, and staff training. Still happiest at the bench reading plates."),
    ("h", spaced("Core Skills")),
    ("b", "Automation: Copan WASP and WASPLab (specimen processor, smart incubators, conveyor); Copan Colibrí; "
          "PhenoMATRIX; digital plate reading; LBM collection (ESwab, UriSwab)"),
    ("b", "ID/AST: VITEK MS (MALDI-TOF), VITEK 2 XL, MicroScan WalkAway 96 Plus, Etest, disk diffusion, CLSI M100 breakpoints"),
    ("b", "Blood culture and molecular: BacT/ALERT VIRTUO, BACTEC 9240, BioFire FilmArray BCID2 panel"),
    ("b", "Media: CHROMagar MRSA and CHROMagar Orientation; selective and differential media"),
    ("b", "Informatics: LIS and middleware rules, HL7 interface testing, auto-verification of negative cultures; "
          "Cerner PathNet Microbiology, Sunquest; Power BI dashboards"),
    ("b", "Quality: IQ/OQ/PQ, correlation studies, concordance, CLSI M52 verification, Individualized Quality Control Plan, "
          "CAP MIC checklist, CLIA, QC"),
    ("b", "Bench: bacteriology, Gram stain, anaerobic cultures, AFB smears, mycology, specimen processing, urine cultures"),
    ("h", spaced("Experience")),
    ("job", "Application Specialist, Microbiology Automation - Halvorsen Lab Solutions (Copan WASPLab implementation partner), "
            "Southeast US (remote) - Apr 2021 to Present"),
    ("b", "Lead customer implementations of WASP, WASPLab and Colibrí at 11 hospital and reference labs in TN, GA, AL and "
          "the Carolinas, from workflow mapping to go-live."),
    ("b", "Write and run customer validation protocols: IQ/OQ/PQ, correlation studies against manual plating, and "
          "concordance of PhenoMATRIX screening with technologist reads; most packages signed by the medical director "
          "within 6 weeks."),
    ("b", "Build middleware rules and test HL7 orders and results with customer LIS teams; set up auto-verification of "
          "no-growth urine cultures at 7 sites."),
    ("b", "Train bench techs and leads on digital plate reading, WASP troubleshooting and PMs; write site standard "
          "operating procedures and competency assessment checklists."),
    ("b", "Track post-go-live TAT and productivity KPIs in Power BI; median urine culture TAT fell 9-14 hours at most sites."),
    ("job", "Senior Microbiology Technologist / Automation Lead - Saguaro University Medical Center, Phoenix, AZ - "
            "Jul 2012 to Mar 2021"),
    ("b", "Technical lead for the 2017 WASPLab go-live (2 WASPs, 6 smart incubators; Colibrí added 2019); ran daily "
          "operations and downtime procedures for a lab plating 900 cultures a day."),
    ("b", "Moved wound, throat and genital specimens to LBM (ESwab) and MRSA surveillance screens to CHROMagar MRSA."),
    ("b", "Brought up VITEK MS identifications and verified VITEK 2 XL AST cards per CLSI M52; wrote the Individualized "
          "Quality Control Plan for ID/AST."),
    ("b", "Kept QC and PM records for the automation and prepared the section for three CAP inspections (MIC checklist) "
          "with no automation deficiencies."),
    ("b", "Put CLSI M100 breakpoint updates for Enterobacterales and Pseudomonas into practice with the antimicrobial "
          "stewardship team."),
    ("b", "Worked the bacteriology bench: blood culture workups, anaerobic cultures and Gram stain review; trained 22 "
          "technologists and students."),
    ("job", "Microbiology Technologist - Mesa Verde Community Hospital, Tucson, AZ - Jun 2008 to Jun 2012"),
    ("b", "Generalist micro bench: specimen processing, urine cultures, AFB smears and mycology; BACTEC 9240 blood "
          "cultures; MicroScan WalkAway ID/AST."),
    ("b", "Set up disk diffusion and Etest for supplemental susceptibility testing."),
    ("h", spaced("Certifications & Licensure")),
    ("b", "MT(ASCP) - ASCP Board of Certification, 2008"),
    ("b", "TN Medical Laboratory Technologist License, General - active since 2021"),
    ("b", "SM(ASCP), Specialist in Microbiology - eligible; exam scheduled February 2027"),
    ("b", "Lean Six Sigma Green Belt, 2019"),
    ("b", "Project Management Professional (PMP) - in progress; 35 contact hours complete, exam planned spring 2027"),
    ("h", spaced("Education")),
    ("p", "B.S., Microbiology - Sonoran State University, Tempe, AZ, 2007"),
    ("p", "Post-baccalaureate Certificate, Clinical Laboratory Science (NAACLS-accredited) - Desert Valley School of "
          "Medical Technology, Phoenix, AZ, 2008"),
    ("h", spaced("Presentations & Affiliations")),
    ("b", "ASM Microbe 2019 poster: Urine culture turnaround after WASPLab and PhenoMATRIX implementation"),
    ("b", "Member, American Society for Microbiology (ASM) and ASCLS"),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")


if __name__ == "__main__":
    main()
