#!/usr/bin/env python3
"""Build resume.docx for the heldout2-mls-nights pair, with the shared writers of examples/build_examples.py."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

BLOCKS = [
    ("name", "PRIYA NATARAJAN-OLSEN, MLS (ASCP)"),
    ("contact", "Meridian, ID 83642 · (208) 555-0126 · priya.no@example.com"),
    ("h", "Summary"),
    ("p", "Night-shift generalist with 4 years covering Chem, Heme, Coag, UA and BB as the only tech in-house "
          "at a critical access hospital and then a 140-bed regional hospital. Calm with a full ED board at 3 AM."),
    ("h", "Certification"),
    ("b", "MLS (ASCP), ASCP Board of Certification, 2020"),
    ("h", "Skills"),
    ("b", "Chemistry: Beckman AU680, Roche cobas c 311 and e 411"),
    ("b", "Immunoassay: Abbott ARCHITECT i1000SR (troponin, BNP, hCG)"),
    ("b", "Heme: Sysmex XN-1000, manual diffs, slide reviews, body fluid counts"),
    ("b", "Coag: Stago STA Compact Max (PT/INR, PTT, fibrinogen, D-dimer)"),
    ("b", "Urinalysis: Siemens CLINITEK Advantus, urine microscopics"),
    ("b", "Blood gas: ABGs on the Radiometer ABL90 FLEX"),
    ("b", "LIS: Cerner PathNet; Epic orders"),
    ("h", "Experience"),
    ("job", "Medical Laboratory Scientist (Nights) - Gem Valley Regional Hospital, Nampa, ID (2022 - Present)"),
    ("b", "Cover chemistry, Heme, Coag, UA and BB on nights with one other MLS; about 350 tests per shift."),
    ("b", "Run and review QC; apply Westgard multi-rules; write corrective action and patient look-backs."),
    ("b", "Perform cal verifs and linearity/AMR studies every 6 months on the AU680 and cobas."),
    ("b", "Call criticals to nursing and providers and document read-back in Cerner."),
    ("b", "Complete daily, weekly and monthly maintenance on all core lab analyzers; first call for analyzer "
          "errors overnight before paging the lead."),
    ("b", "Handle CAP surveys for chemistry and coag; helped prepare for the 2023 CAP inspection."),
    ("b", "Back up POCT for the ED and ICU: i-STAT cartridges and glucometer QC lockouts."),
    ("b", "Cross-trained in BB: type and screen, antibody screens and crossmatch on the ORTHO VISION."),
    ("job", "Medical Laboratory Scientist - Owyhee Critical Access Hospital, Homedale, ID (2020 - 2022)"),
    ("b", "Sole night tech: specimen processing, STATs, chemistry and hematology, UA and send-outs."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Idaho Basin State University, 2020"),
]


if __name__ == "__main__":
    write_docx(BLOCKS, HERE / "resume.docx")
