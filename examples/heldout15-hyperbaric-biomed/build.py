#!/usr/bin/env python3
"""Build resume.pdf of the heldout15-hyperbaric-biomed pair with the PDF writer of build_examples.py.

A former Navy diver / corpsman turned hospital BMET; skills are labelled bullet lines.
Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "Marcus T. Delacroix, CBET"),
    (
        "contact",
        "1407 Magnolia Bayou Dr, Ocean Springs, MS 39564  |  (228) 555-0142  |  marcus.delacroix@example.com",
    ),
    ("h", "Profile"),
    (
        "p",
        "Biomedical equipment technician and former U.S. Navy diver / Hospital Corpsman (HM1, 12 years). "
        "Ran and maintained recompression chambers for the Navy, then moved to the hospital side: almost five years as a "
        "civilian BMET plus PRN work running monoplace dives at a wound center. Comfortable with O2 systems, "
        "pneumatics and the paperwork that keeps a chamber legal. Looking for a role where the chambers are the "
        "main job, not a side account.",
    ),
    ("h", "Certifications"),
    ("b", "CBET - Certified Biomedical Equipment Technician (AAMI), 2023"),
    ("b", "Certified Hyperbaric Technologist (CHT), NBDHMT - 40-hr intro course done, exam scheduled Feb 2027"),
    ("b", "BLS for Healthcare Providers (American Heart Association), current through 08/2027"),
    ("b", "U.S. Navy Diving Medical Technician (NEC 8493), Naval Diving and Salvage Training Center, 2011"),
    ("b", "Navy Second Class Diver (NEC 5342), 2010"),
    ("b", "Navy Biomedical Equipment Technician (NEC 8478), METC, Fort Sam Houston, TX, 2018"),
    ("h", "Skills"),
    (
        "b",
        "Chambers: Sechrist 3300H and Perry Sigma 34 monoplace; Standard Navy Double Lock (SNDL) and FARCC "
        "recompression chambers; chamber operator, inside tender, dive log",
    ),
    (
        "b",
        "Chamber systems: O2 supply manifolds and H-cylinder banks, regulators, relief valves, depth gauges, "
        "gas analysis (O2/CO2), LP air compressors, acrylic viewport inspection, fire suppression handline tests",
    ),
    (
        "b",
        "In-chamber devices: Sechrist 500A vent, TCOM (Radiometer TCM400), pass-through ECG and BP monitoring, "
        "fingerstick glucose checks before dives",
    ),
    (
        "b",
        "Hospital equipment: Alaris infusion pumps, GE Carescape monitors, PB 980 and Hamilton C3 vents, "
        "defibs, ESUs, beds and stretchers",
    ),
    (
        "b",
        "Test equipment: Fluke ESA620 electrical safety analyzer, Fluke VT900A, IDA-5, SPO2 simulator, "
        "calibrated test gauges",
    ),
    ("b", "Standards / docs: NFPA 99, U.S. Navy Diving Manual Rev 7, MIL-STD-1330 O2 cleaning, TJC EC chapter"),
    ("b", "Software: Accruent TMS work orders, DMLSS, MS Office"),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II - Bayou Ridge Medical Center, Biloxi, MS - Mar 2022 to Present"),
    (
        "b",
        "PMs, repairs and electrical safety checks on ~1,900 devices across med/surg, ICU and the outpatient "
        "wound center; average 60 work orders a month closed in TMS.",
    ),
    (
        "b",
        "Own the two Sechrist 3300H monoplace chambers at the wound center: monthly PMs, gauge and relief valve "
        "checks, acrylic inspections, and working the annual with the Sechrist field engineer.",
    ),
    (
        "b",
        "Screen every device before it goes near the chamber (no battery packs, no spark sources) and wrote the "
        "shop's checklist for approving equipment for the chamber room.",
    ),
    (
        "b",
        "Work with the plant ops team on the bulk O2 tank, zone valves and the quarterly generator load test.",
    ),
    (
        "b",
        "Prepped the department for the 2024 Joint Commission survey (EC and EM chapters); zero findings on "
        "medical equipment.",
    ),
    ("job", "Hyperbaric Technician (PRN) - Gulf Coast Wound & Hyperbaric Center, Mobile, AL - Jun 2021 to Dec 2023"),
    (
        "b",
        "Ran treatments on two Perry Sigma 34 chambers, 4-6 patients a day on weekends and holidays: safety "
        "checklists, patient grounding, 100% cotton gowns, prohibited item checks.",
    ),
    (
        "b",
        "Watched patients through the dive for O2 toxicity, claustrophobia and ear squeeze; pulled patients early "
        "when the physician called it.",
    ),
    ("b", "Ran TCOM studies on wound patients for the physicians' HBO candidacy reviews."),
    (
        "b",
        "Helped the center through its UHMS facility accreditation site visit in 2022.",
    ),
    ("job", "U.S. Navy - Hospital Corpsman / Navy Diver, HM1 (DSW/FMF) - Aug 2008 to Feb 2021"),
    (
        "p",
        "Naval Hospital Pensacola, FL - Medical Equipment Repair (BMET), 2018-2021: PMs and repairs on "
        "monitors, vents, suction and anesthesia support gear; tracked work in DMLSS.",
    ),
    (
        "p",
        "Mobile Diving and Salvage Unit TWO, Norfolk, VA - Diving Medical Technician, 2011-2018; earlier "
        "tours at Naval Submarine Base New London, Groton, CT.",
    ),
    (
        "b",
        "Chamber supervisor and inside tender for recompression treatments (TT5, TT6) of DCS and AGE cases, "
        "including two Navy Treatment Table 6 extensions at 3 AM on a salvage job.",
    ),
    (
        "b",
        "Maintained the unit's SNDL and FARCC chambers under Navy PMS: O2 cleaning per MIL-STD-1330, gas "
        "sampling, relief valve and hydro testing, viewport inspections, air compressor upkeep.",
    ),
    (
        "b",
        "Ran emergency and fire drills for the dive side before every evolution; qualified Diving Supervisor "
        "for air dives.",
    ),
    ("h", "Education"),
    (
        "p",
        "A.A.S., Biomedical Equipment Technology - Coastal Plains Technical College, 2020 (military credit from "
        "METC)",
    ),
    ("p", "Hospital Corps School, Great Lakes, IL, 2008"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
