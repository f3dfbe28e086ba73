#!/usr/bin/env python3
"""Build resume.pdf for the heldout-spd-bmet pair, with the shared writers of examples/build_examples.py."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

BLOCKS = [
    ("name", "LUIS ECHEVARRIA-BRANDT"),
    ("contact", "Wyoming, MI 49509 | (616) 555-0173 | luis.eb@example.com"),
    ("h", "Summary"),
    ("p", "BMET with 5 years of hospital and sterilizer field service experience. Known for keeping SPD running: "
          "steam sterilizers, washer/disinfectors, V-PRO units and AERs, plus general OR equipment."),
    ("h", "Certifications"),
    ("p", "Certified Registered Central Service Technician (HSPA), 2021"),
    ("p", "STERIS factory training: AMSCO 400 series steam sterilizers and V-PRO maX, 2022"),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II | Harbor Point Regional Medical Center, Muskegon, MI | 2021 - Present"),
    ("b", "Maintain 14 steam sterilizers (STERIS AMSCO 400/600, Getinge 88 series) and 3 V-PRO maX units; "
          "sterilizer downtime cut from 6% to 2% in 2024."),
    ("b", "Repair washer/disinfectors (STERIS Reliance 444), a cart washer and sonic cleaners."),
    ("b", "Service Medivators Advantage Plus AERs per the manufacturer's instructions for use."),
    ("b", "Rebuilt steam traps and solenoid valves; chased wet packs back to steam quality testing (dryness, "
          "non-condensable gases) with Facilities."),
    ("b", "Troubleshoot programmable logic controllers and pneumatic valves on sterilizers and washers."),
    ("b", "After major repairs, run Bowie-Dick and BI challenge loads with SPD before release; follow ST79."),
    ("b", "PM and repair OR tables (Skytron, STERIS CMAX), surgical lights, Valleylab FT10 generators, Zimmer ATS "
          "4000 tourniquet and blanket warmers."),
    ("b", "Lockout/tagout for steam and electrical isolation; Joint Commission survey prep for SPD."),
    ("b", "Work orders and PM scheduling in Accruent Connectiv; bi-weekly rounds in the OR."),
    ("job", "Field Service Technician | Great Lakes Sterilizer Services (ISO), Lansing, MI | 2019 - 2021"),
    ("b", "Covered 20 hospitals and surgery centers for sterilizer and washer PMs and repairs."),
    ("b", "Read chemical indicators and printouts with customers; handled other service calls as needed."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - West Michigan Technical College, 2019"),
]


if __name__ == "__main__":
    write_pdf(BLOCKS, HERE / "resume.pdf")
