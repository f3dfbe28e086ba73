#!/usr/bin/env python3
"""Build resume.docx for heldout25-dosimetrist-cmd.

Layout that troubles an ATS: contact line in the page header, and the whole body in a
two-column table (section label on the left, content on the right).
Run with /work/main/.venv/bin/python build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Renata L. Vukovich, CMD, RT(T)  |  Grand Haven, MI 49417  |  (616) 555-0163  |  renata.vukovich@example.com"),
    ("name", "RENATA L. VUKOVICH"),
    ("table", [
        ("PROFILE",
         "Certified medical dosimetrist with 9 years of treatment planning in community radiation oncology, after "
         "4 years as a radiation therapist. I plan EBRT and brachytherapy cases across all major sites in Eclipse "
         "(and earlier in Pinnacle³), with a focus on thoracic and CNS stereotactic work: SABR and cranial SRS. "
         "Known for clean, deliverable RapidArc plans, same-day turnaround on palliative cases, and small scripts "
         "that take the tedium out of plan checks."),
        ("CREDENTIALS",
         "Certified Medical Dosimetrist (CMD) - Medical Dosimetrist Certification Board, 2017; CE current through 2027\n"
         "Registered Radiation Therapist, RT(T) - ARRT, 2012\n"
         "BLS Provider - American Heart Association, expires 03/2027"),
        ("PLANNING SYSTEMS",
         "Varian Eclipse 15.6 / 16.1 (AAA and Acuros XB); RapidPlan model building; Eclipse scripting in C#\n"
         "Philips Pinnacle³ 9.10 (2016-2019)\n"
         "Elekta Oncentra Brachy 4.6 with Flexitron afterloader\n"
         "MIM 7 - rigid and deformable registration, contour propagation\n"
         "RadCalc 7 for second-check MU calculations\n"
         "ARIA 16 and MOSAIQ 2.6 R&V; DICOM RT import/export"),
        ("TECHNIQUES",
         "3D-CRT, IMRT (sliding window and step-and-shoot), RapidArc, electron boosts and en face electron fields\n"
         "SABR (lung, spine, liver, adrenal); linac-based cranial SRS and fractionated SRT\n"
         "High-dose-rate brachytherapy: T&O and vaginal cylinder\n"
         "4D-CT, RPM respiratory gating, deep inspiration breath hold, AlignRT"),
        ("IMAGING AND SIMULATION",
         "CT sim on Philips Brilliance Big Bore; MR and PET-CT registration; target and OAR contouring; "
         "kV/CBCT image-guided radiotherapy review; custom immobilization (Vac-Lok, thermoplastic masks)"),
        ("QA AND STANDARDS",
         "Pre-treatment plan QA (ArcCHECK, Varian portal dosimetry); weekly chart checks; in vivo OSLD measurements\n"
         "DVH review against QUANTEC and AAPM TG-101 constraints\n"
         "RTOG protocol credentialing and benchmark cases\n"
         "10 CFR Part 35 written directives; annual radiation safety training"),
        ("EXPERIENCE",
         "Medical Dosimetrist II - Lakeshore Regional Cancer Center, Muskegon, MI - Aug 2019 to Present\n"
         "• Plan 10-14 new cases a week for two TrueBeam linacs; about 40% RapidArc and 25% SABR or SRS.\n"
         "• Built and validated three RapidPlan models (prostate, head and neck, lung) with physics; cut average "
         "prostate planning time from 3.5 to 1.2 hours.\n"
         "• Wrote C# plan-check tools with Eclipse scripting that flag structure naming, prescription and couch "
         "errors before physics review; adopted by all five dosimetrists.\n"
         "• Plan about 120 high-dose-rate fractions a year (T&O and vaginal cylinder) in Oncentra Brachy.\n"
         "• Attend CT sim for left-breast breath-hold and 4D-CT lung patients and coach therapists on setup.\n"
         "• Dosimetry lead for the 2023 ASTRO APEx survey; no dosimetry findings.\n"
         "Medical Dosimetrist - Halcyon Cancer Care, Toledo, OH - Jun 2017 to Jul 2019\n"
         "• Planned 3D-CRT, IMRT and electron cases in Pinnacle³ for two Elekta Versa HD linacs; exported plans to MOSAIQ.\n"
         "• Completed RTOG benchmark cases so the clinic could enroll lung trial patients.\n"
         "• Covered weekly chart checks and MU calculations during physicist leave.\n"
         "Radiation Therapist - Halcyon Cancer Care, Toledo, OH - Jul 2012 to Jun 2016\n"
         "• Treated 35-45 patients a day; kV and CBCT image-guided setups; built immobilization devices at simulation."),
        ("EDUCATION",
         "M.S., Medical Dosimetry - Lakeland State University (online), in progress, expected December 2026\n"
         "Certificate, Medical Dosimetry - Northwest Ohio School of Medical Dosimetry (JRCERT-accredited), 2017\n"
         "B.S., Radiation Therapy - Maumee Valley University, 2012"),
        ("AFFILIATIONS",
         "American Association of Medical Dosimetrists (AAMD), member since 2016"),
    ]),
]

if __name__ == "__main__":
    out = HERE / "resume.docx"
    write_docx(RESUME, out, header_contact=True)
    print(f"wrote {out}")
