#!/usr/bin/env python3
"""Build resume.docx for heldout33-biochemical-genetics-technologist.

Layout quirks: contact line only in the page header, letter-spaced section headings,
technical skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402


def spaced(text: str) -> str:
    """'Skills' -> 'S K I L L S' (words separated by three spaces)."""
    return "   ".join(" ".join(word.upper()) for word in text.split())


RESUME = [
    ("contact", "Simone R. Hatcher, MLS(ASCP)CM  |  2214 Northview Drive, Jackson, MS 39211  |  (601) 555-0138  |  "
                "simone.hatcher@example.com  |  Relocating to Memphis, TN in January 2027"),
    ("name", "SIMONE R. HATCHER"),
    ("h", spaced("Summary")),
    ("p", "Clinical chemistry Medical Laboratory Scientist with seven years in hospital laboratories, the last four on "
          "the special chemistry and toxicology bench of a 720-bed academic medical center. Daily hands-on work with "
          "GC-MS and LC-MS/MS: sample prep, tandem mass spectrometry data review, method validation and "
          "troubleshooting. Looking to bring my separation-science and mass spectrometry skills to inherited "
          "metabolic disease testing."),
    ("h", spaced("Certifications & Licensure")),
    ("b", "MLS(ASCP)CM - Medical Laboratory Scientist, ASCP Board of Certification, 2019 (CMP current through 2028)"),
    ("b", "Tennessee Medical Laboratory Professional license (Medical Laboratory Scientist, general) - application "
          "submitted to the Tennessee Medical Laboratory Board in August 2026; approval expected December 2026"),
    ("h", spaced("Technical Skills")),
    ("table", [
        ("Mass spectrometry",
         "Agilent 7890B GC / 5977B MSD (GC-MS) with MassHunter Quantitative Analysis\n"
         "SCIEX Triple Quad 4500 LC-MS/MS with Analyst and MultiQuant\n"
         "Source cleans, liner and septum changes, column trimming, autotune, tuning and calibration checks"),
        ("Sample preparation",
         "Solid-phase and liquid-liquid extraction; protein precipitation; TMS derivatization (BSTFA); "
         "Tecan Freedom EVO 150 for immunosuppressant prep"),
        ("Separations",
         "Bio-Rad VARIANT II TURBO (cation-exchange HPLC) for HbA1c and hemoglobin variants; "
         "Sebia CAPILLARYS 2 FLEX-PIERCING and HYDRASYS 2 (SPEP, UPEP, IFE)"),
        ("Core and special chemistry",
         "Roche cobas 8000 (c 702, e 801, ISE); Abbott ARCHITECT i2000SR; homocysteine; quantitative G6PD by "
         "manual UV-Vis spectrophotometry (Beckman DU 730); sweat chloride (Macroduct collection, ChloroChek)"),
        ("Specimens",
         "Serum, plasma, whole blood, random and 24-hour urine, cerebrospinal fluid, sweat, oral fluid"),
        ("Quality",
         "Daily quality control review in Bio-Rad Unity Real Time; Westgard multirules; L-J charts; corrective "
         "action; proficiency testing (CAP surveys); alternative performance assessment; method validation in EP "
         "Evaluator (precision, accuracy, AMR, carryover, reference range verification)"),
        ("Systems",
         "Epic Beaker CP (laboratory information system, 2021 go-live team); Sunquest (legacy); "
         "Data Innovations Instrument Manager"),
    ]),
    ("h", spaced("Professional Experience")),
    ("job", "Medical Laboratory Scientist II, Special Chemistry & Toxicology - Magnolia University Medical Center, "
            "Jackson, MS - Aug 2022 to Present"),
    ("b", "Run about 60 GC-MS confirmations a week for urine drug screens (opiates, amphetamines, benzodiazepines, "
          "THC-COOH) on two Agilent 7890B/5977B systems: solid-phase extraction, TMS derivatization, ion ratio and "
          "retention time review."),
    ("b", "Operate the SCIEX Triple Quad 4500 for tacrolimus, cyclosporine, sirolimus, everolimus and 25-OH vitamin D; "
          "review peak integration in MultiQuant and release results to Epic Beaker."),
    ("b", "Perform routine PMs, source cleans and autotune on both GC-MS systems; cut unplanned MS downtime from 11 "
          "days to 3 days a year."),
    ("b", "Validated the everolimus LC-MS/MS assay with the chemistry medical director (precision, accuracy, AMR, "
          "carryover, reference range verification); the assay now supports the kidney and liver transplant programs."),
    ("b", "Coordinate proficiency testing for special chemistry: submit CAP surveys, investigate unacceptable results, "
          "and run twice-yearly alternative performance assessment by split-sample exchange for analytes with no PT "
          "program."),
    ("b", "Review quality control with Westgard multirules and L-J charts; write corrective action for every rejected "
          "run. Kept the bench CAP/CLIA inspection-ready through the 2023 and 2025 CAP inspections (no special "
          "chemistry deficiencies)."),
    ("b", "Call critical values to providers with read-back; precept MLS students on their special chemistry rotation."),
    ("job", "Medical Laboratory Scientist, Core Laboratory (Evenings) - Pearl River Regional Hospital, Brandon, MS - "
            "Jun 2019 to Jul 2022"),
    ("b", "Generalist evening bench for a 240-bed hospital: chemistry on the cobas 8000, hematology, UA and CT/GC NAAT "
          "on the Hologic Panther."),
    ("b", "Ran quantitative G6PD and homocysteine; backup for sweat chloride testing for the pediatric clinic."),
    ("b", "Logged and shipped repeat Guthrie cards from the nursery to the state NBS laboratory and tracked each one "
          "until receipt was confirmed."),
    ("b", "Performed daily maintenance and monthly PMs on the cobas 8000 and ARCHITECT analyzers."),
    ("h", spaced("Education")),
    ("p", "Medical Laboratory Science Certificate (NAACLS-accredited, 12-month post-baccalaureate program) - Magnolia "
          "University School of Health Related Professions, Jackson, MS - 2019"),
    ("p", "B.S., Biochemistry - Delta Bluff College, Greenville, MS - 2018. Senior research with Dr. Paul Waters: HPLC "
          "separation of flavonoids in muscadine grape skins."),
    ("h", spaced("Continuing Education")),
    ("b", "SIMD Metabolic Academy online modules, IEM Basics for Laboratorians, 2025 (6 contact hours)"),
    ("b", "ADLM (formerly AACC) certificate program: Mass Spectrometry in the Clinical Laboratory, 2024"),
    ("h", spaced("Affiliations")),
    ("p", "ADLM - Association for Diagnostics & Laboratory Medicine; ASCLS Mississippi"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
