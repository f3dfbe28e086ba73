#!/usr/bin/env python3
"""Build resume.pdf for heldout21-mobile-lithotripsy-tech (plain single-column PDF resume)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "KYLE BRANDVOLD, CST"),
    ("contact", "1406 W 31st St, Kearney, NE 68847  |  (308) 555-0172  |  kyle.brandvold@example.com"),
    ("h", "Summary"),
    ("p", "Surgical laser technician and former scrub tech with 5 years in urology ORs. I run Ho:YAG lasers for URS, "
          "PCNL and HoLEP cases at 14 hospitals and surgery centers in central Nebraska and northern Kansas, drive my "
          "own route in a 16-ft box truck, and set up and tear down without holding up the first case. Looking to move "
          "into lithotripsy and full urology equipment support."),
    ("h", "Certifications & Licenses"),
    ("b", "CST, NBSTSA (2019, current)"),
    ("b", "Basic Life Support provider, American Heart Association (expires 08/2027)"),
    ("b", "Laser Safety Officer course (ANSI Z136.3 basis), 2024"),
    ("b", "CMLSO, Board of Laser Safety - exam scheduled January 2027"),
    ("b", "Nebraska driver's license, clean MVR; DOT medical examiner's certificate (expires 2027)"),
    ("b", "BBP training (annual); HIPAA training (annual)"),
    ("h", "Skills"),
    ("b", "Lasers: Lumenis Pulse 100H and Pulse 30H (Ho:YAG); Olympus Soltive SuperPulsed; laser fibers 200-1000 "
          "micron, single-use and reusable; fiber prep, power calibration, laser safety set-up (signage, eyewear, "
          "key control)"),
    ("b", "Endoscopy: Stryker 1788 camera towers; Karl Storz and Olympus flexible ureteroscopes; Boston Scientific "
          "LithoVue"),
    ("b", "Imaging: OEC 9900 Elite and Ziehm Vision RFD C-arms (set-up, draping, positioning; fluoro operated by a "
          "licensed RT)"),
    ("b", "Sterile processing: HLD of flexible scopes per manufacturer IFU (Cidex OPA, Medivators); STERIS System 1E"),
    ("b", "OR: aseptic technique, infection control, patient positioning, room turnover"),
    ("b", "Radiation safety: ALARA, lead aprons and thyroid shields, monthly dosimeter badge exchange"),
    ("b", "Field: pre-trip inspections, load securement, lift-gate operation, first-line troubleshooting, "
          "Salesforce Field Service tickets"),
    ("h", "Experience"),
    ("job", "Surgical Laser Technician - Prairie Surgical Laser Rentals, Kearney, NE  |  Mar 2024 - Present"),
    ("b", "Drive a 16-ft box truck on a two-state route (Mon-Fri, 6 AM-4 PM scheduled window) delivering Ho:YAG and "
          "SuperPulsed lasers to 14 hospitals and ASCs; complete pre-trip inspections and keep the truck log."),
    ("b", "Provide intraoperative support for about 35 laser cases a month: URS with laser lithotripsy, percutaneous "
          "nephrolithotomy and HoLEP, plus occasional soft-tissue cases."),
    ("b", "Set up and test each laser and its laser fibers before the case, run power calibration, and act as "
          "the laser operator under the urologist's direction."),
    ("b", "First-line troubleshooting of fiber faults and fault codes; swap failed units from the truck spare so no "
          "case has been cancelled for equipment since I started."),
    ("b", "Keep laser safety set-up and documentation in line with facility policy and ANSI Z136.3."),
    ("job", "Certified Surgical Technologist - Platte Valley Regional Medical Center, Kearney, NE  |  Jun 2019 - Feb 2024"),
    ("b", "Primary scrub for urology, general and orthopedic cases; urology block three days a week (cystoscopy, TURBT, "
          "TURP, URS and PCNL)."),
    ("b", "Scrubbed ESWL days when the mobile vendor brought in the Dornier Compact Delta II; helped with patient "
          "positioning and C-arm set-up."),
    ("b", "Ran Stryker camera towers and handled flexible ureteroscopes, including HLD and leak testing."),
    ("b", "Part of the OR team for two TJC surveys with no findings for surgical services."),
    ("job", "Delivery Driver / Equipment Technician - Sandhills Home Medical Supply, North Platte, NE  |  2016 - 2019"),
    ("b", "Delivered and set up hospital beds, oxygen concentrators and patient lifts; taught patients and families "
          "basic use."),
    ("h", "Education"),
    ("p", "A.A.S., Surgical Technology - Central Plains Community College, Grand Island, NE, 2019"),
]


if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")
