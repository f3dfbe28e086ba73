"""Build resume.pdf for heldout54-uk-radiotherapy-engineering-clinical-technologist.

Layout quirks: PDF with a registration block under the profile, technical skills in two columns (labels
ending ':'), British spelling, professional membership section at the end. The posting is posting.html.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "OWEN R. TREHARNE"),
    ("contact", "14 Quarry Lane, Kingsworth, KW3 7PL  |  07700 555-0162  |  owen.treharne@example.com"),
    ("h", "Profile"),
    ("p", "Clinical technologist with four years in radiotherapy engineering and three years before that in EBME. "
          "I look after Elekta linacs day to day, from planned preventative maintenance to fault-finding down to "
          "board and component level, and I have helped install and commission a Versa HD. Looking for a Band 6 post "
          "in a larger department with a mixed fleet."),
    ("h", "Registration and Certificates"),
    ("b", "Registered with the Register of Clinical Technologists (Radiotherapy Engineering), 2022"),
    ("b", "Elekta Level 1 and Level 2 service training, Versa HD with Agility (Crawley, 2022 and 2023)"),
    ("b", "Radiation Protection Supervisor (RPS) course booked for May 2026"),
    ("b", "City & Guilds 2391-52 Inspection and Testing of Electrical Installations, 2019"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Treatment and imaging equipment:", "Test equipment:"),
        ("Elekta Versa HD, Elekta Synergy linacs", "Tektronix TBS2000 oscilloscope"),
        ("Agility 160-leaf multi-leaf collimator", "Fluke 87V, Fluke 1587 insulation tester"),
        ("XVI CBCT, iViewGT portal imager", "Rigel 288+, Fluke ESA615"),
        ("Philips Big Bore CT simulator", "Farmer ion chamber (with physics)"),
        ("Xstrahl 150 superficial therapy unit", "Regulations and quality:"),
        ("microSelectron HDR afterloader", "IRR17 local rules, IRMER"),
        ("Linac subsystems:", "IEC 62353, BS EN ISO 9001 QMS"),
        ("Magnetron, waveguide, HV modulator", "Q-Pulse, MOSAIQ, FSNs"),
        ("Sulphur hexafluoride gas system, chiller", "Permit to work, isolation and lock-off"),
    ]),
    ("h", "Experience"),
    ("job", "Clinical Technologist (Band 5), Radiotherapy Engineering - Trentmoor University Hospitals NHS Trust, "
            "Kingsworth - Oct 2021 to Present"),
    ("b", "One of six engineers keeping three Elekta Versa HD linacs and one Elekta Synergy (decommissioned 2024) "
          "running for about 34,000 fractions a year; unplanned downtime cut from 2.9% to 1.6% over two years."),
    ("b", "Carry out planned preventative maintenance to the Elekta schedule and respond to breakdowns, logging "
          "every call and part in the fault log and handing over to physics for output checks."),
    ("b", "Replaced 60+ Agility leaf motors and two leaf guidance encoders; recalibrated the multi-leaf collimator "
          "and MLC leaf positions with the physicists after each head intervention."),
    ("b", "Fault-finding on the magnetron, HV modulator, waveguide and sulphur hexafluoride gas system; changed "
          "four magnetrons and two thyratrons, and traced an intermittent arcing fault to a cracked waveguide window."),
    ("b", "Look after XVI CBCT and iViewGT imaging: panel calibrations, flex-map checks with physics, and kV tube "
          "replacement on two machines."),
    ("b", "Worked alongside Elekta engineers on the acceptance testing and commissioning of a new Versa HD in a "
          "rebuilt bunker (2023), including door interlocks and warning lights."),
    ("b", "Also maintain the Philips Big Bore CT simulator (first-line), the Xstrahl 150 superficial therapy unit and "
          "the microSelectron HDR afterloader with the brachytherapy physicists."),
    ("b", "Work under IRR17 and the department's local rules; co-wrote the engineering section of the IRMER "
          "procedures for equipment hand-back after repair."),
    ("b", "Keep engineering procedures in Q-Pulse as part of the department's BS EN ISO 9001 QMS and check FSNs "
          "against our fleet within five working days."),
    ("b", "Use MOSAIQ to check machine bookings and treatment status before taking a linac out of clinical use."),
    ("job", "Medical Engineering Technician (Band 4), EBME - Calderbrook Hospitals NHS Trust - Aug 2018 to Sep 2021"),
    ("b", "Electrical safety testing to IEC 62353 with a Rigel 288+ on about 2,500 devices a year: infusion pumps, "
          "patient monitors, defibrillators and ultrasound scanners."),
    ("b", "Fault-finding with an oscilloscope and a Fluke 87V down to component level on PCBs, power supplies and "
          "motor drives; 92% first-time fix rate on workshop jobs."),
    ("b", "Followed permit to work, isolation and lock-off procedures for work on fixed X-ray and theatre equipment."),
    ("h", "Education"),
    ("b", "MSc Clinical Engineering (part-time), Westmarch University - year 2 of 3, completion expected September 2026"),
    ("b", "BEng (Hons) Electronic Engineering, 2:1 - University of Kingsworth, 2018"),
    ("h", "Professional Membership"),
    ("b", "Associate Member, Institute of Physics and Engineering in Medicine, since 2022"),
    ("b", "Radiation protection: Ionising Radiations Regulations 2017 awareness course, 2021"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
