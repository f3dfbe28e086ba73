#!/usr/bin/env python3
"""Build resume.pdf for heldout30-autopsy-morgue-tech.

Layout: letter-spaced section headings ("S U M M A R Y") and a two-column skills block
(text laid out side by side, so extraction may interleave the columns).
Run with a Python that has fpdf2:  python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "KEENAN R. ABERNATHY"),
    ("contact", "New Haven, CT 06511  |  (203) 555-0138  |  keenan.abernathy@example.com  |  Willing to relocate to the Hudson Valley"),
    ("h", "S U M M A R Y"),
    ("p", "Biology graduate with two years as an apprentice embalmer and removal technician at a family funeral home and "
          "18 months as a hospital laboratory assistant in specimen processing, including morgue attendant duties and "
          "hospital autopsy assists. Comfortable with decedents of every condition, including decomposed and trauma cases, "
          "and careful with identification, paperwork and chain of custody. Looking for a full-time role in a medical "
          "examiner's morgue."),
    ("h", "S K I L L S"),
    ("cols", [
        ("Decedent care:", "Laboratory:"),
        ("Removals and transfers (home, hospital, ME)", "Specimen processing and accessioning"),
        ("Embalming, incl. autopsied and donor cases", "Centrifuging and aliquoting"),
        ("Restorative art and incision closure", "Phlebotomy (venipuncture, 600+ draws)"),
        ("Body lift, Ferno cot, walk-in cooler", "Chain of custody for drug screens"),
        ("Toe tags, ID bands, personal effects", "10% NBF and formaldehyde handling"),
        ("Tools & systems:", "Safety:"),
        ("Passare funeral case management", "PPE: N95 (fit-tested 2025), PAPR"),
        ("Epic Beaker (specimen receipt)", "Hep B vaccinated; annual TB test"),
        ("Nikon D5600 DSLR (coursework)", "Universal precautions"),
        ("Stryker saw, rib shears, scalpels", "Biohazard waste segregation"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Apprentice Embalmer / Removal Technician - Whitlock & Sons Funeral Home, Hamden, CT - Aug 2024 to Present"),
    ("b", "Embalm about 15 cases a month under a licensed embalmer, including autopsied, organ-donor and decomposed remains."),
    ("b", "Make first calls and removals from homes, hospitals and the Office of the Chief Medical Examiner in Farmington; "
          "on call 6 PM to 6 AM two nights a week."),
    ("b", "Check identity against toe tags, wristbands and release paperwork at every pickup; inventory and bag personal "
          "effects for families."),
    ("b", "Coordinate release timing with the OPO on tissue-donor cases."),
    ("b", "Open cases and track decedents in Passare, including the cremation chain of custody."),
    ("b", "Clean and disinfect the prep room, cots and instruments; keep the walk-in cooler temperature log."),
    ("job", "Laboratory Assistant, Pathology & Specimen Processing - Elm City Regional Hospital, New Haven, CT - Jan 2023 to Jul 2024"),
    ("b", "Processed and accessioned 300+ specimens a shift in Epic Beaker; centrifuged and aliquoted for chemistry, "
          "hematology and send-outs."),
    ("b", "Worked the 3 PM to 11:30 PM shift; drew inpatient and outpatient phlebotomy when the draw team was short."),
    ("b", "Covered morgue attendant duties on evenings and weekends. Logged body intake and body release in the hospital "
          "morgue log and released decedents to funeral homes."),
    ("b", "Assisted the pathologists' assistant with about 45 hospital autopsies: setting up autopsy instruments, skull cap "
          "removal with the Stryker saw, organ block removal, organ weights, body closure and suite cleanup."),
    ("b", "Placed tissue in 10% NBF for histology; sent postmortem femoral blood (gray-top tubes) and vitreous fluid to "
          "the reference lab for toxicology with chain-of-custody forms."),
    ("b", "Collected urine for employee drug screens under chain of custody."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Biology - Quinnipoint State University, New Haven, CT, 2022"),
    ("p", "Relevant coursework: Human Anatomy & Physiology I-II, Forensic Science, Forensic Photography, Microbiology, "
          "Genetics, Medical Terminology"),
    ("p", "Funeral Service program (18 credits: embalming, restorative art, funeral service law) - Naugatuck River "
          "Community College, 2023-2024"),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "OSHA Bloodborne Pathogens training (29 CFR 1910.1030), annual; most recent March 2026"),
    ("b", "Connecticut Embalmer license - in progress: registered apprentice since 2024; National Board Exam Sciences "
          "section passed 2025, Arts section scheduled January 2027"),
    ("b", "American Red Cross Adult CPR/AED, 2025"),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", (HERE / "resume.pdf").name)


if __name__ == "__main__":
    main()
