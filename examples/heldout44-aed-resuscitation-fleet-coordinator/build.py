"""Build resume.pdf for heldout44-aed-resuscitation-fleet-coordinator.

Layout quirks: certifications block straight under the contact line (with a pending CBET exam),
skills in two columns, US Air Force training listed under Education with its AFSC code.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Marcus T. Lindqvist"),
    ("contact", "2207 Grand Avenue, Billings, MT 59102  |  (406) 555-0163  |  marcus.lindqvist@example.com  |  "
                "Willing to relocate to Sioux Falls"),
    ("h", "Certifications"),
    ("b", "BLS Provider, American Heart Association - current through 11/2027"),
    ("b", "CBET (AAMI Certified Biomedical Equipment Technician) - eligible; exam scheduled March 2027"),
    ("b", "ZOLL R Series / X Series and Physio-Control LIFEPAK 15 factory service training, 2022-2024"),
    ("b", "Emergency Medical Technician, Montana (2013-2017, not renewed)"),
    ("h", "Summary"),
    ("p", "Biomedical equipment technician with nine years of hands-on service, the last four running a 300-device "
          "resuscitation fleet for a 280-bed regional hospital and its outpatient clinics. Former USAF BMET and "
          "volunteer EMS responder, so I know what a failed defibrillator means at the bedside. Looking for a "
          "fleet-level role with more sites and more devices."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Resuscitation equipment:", "Test equipment and methods:"),
        ("ZOLL R Series Plus, ZOLL X Series", "Fluke Impulse 7000DP defib analyzer"),
        ("Physio-Control LIFEPAK 15", "Fluke ESA615, NFPA 99 leakage tests"),
        ("Philips HeartStart FRx, ZOLL AED Plus", "Fluke ProSim 8 vital signs simulator"),
        ("Laerdal LSU suction, code carts", "12-lead EKG, SpO2, NIBP, capnography"),
        ("Software and data:", "Compliance:"),
        ("Medimizer CMMS, MS Excel (pivots)", "TJC EOC standards, MEMP"),
        ("ZOLL RescueNet Code Review", "FDA recalls, SMDA reporting"),
        ("HeartStart Event Review Pro", "ECRI Health Devices Alerts"),
    ]),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II - Clinical Engineering, Lucas Valley Regional Health, Billings, MT - "
            "Aug 2021 to present"),
    ("b", "Own PMs and performance assurance inspections for 212 manual defibrillator/monitors and 96 AEDs across "
          "the hospital and 11 clinics; 100% on-time completion for three straight fiscal years."),
    ("b", "Verify energy delivery, sync cardioversion and external pacing with a Fluke Impulse 7000DP; check "
          "12-lead EKG, SpO2, NIBP and capnography channels against a Fluke ProSim 8."),
    ("b", "Perform electrical safety testing to NFPA 99 on every resuscitation device with a Fluke ESA615 and "
          "record results in the Medimizer CMMS."),
    ("b", "Audit daily readiness checks on 74 code carts; raised check compliance from 81% to 98% by sending "
          "weekly missed-check reports to charge nurses."),
    ("b", "Set up battery rotation for 430 ZOLL SurePower and LIFEPAK batteries and a pad expiration tracker in "
          "MS Excel; battery-related user-test failures fell 63% in the first year."),
    ("b", "Loaded firmware and software updates on 118 ZOLL X Series monitors and pushed standard configuration "
          "settings (energy protocols, alarm limits) to every unit in one weekend."),
    ("b", "Worked 14 FDA recalls and field safety notices plus ECRI Health Devices Alerts: located serial "
          "numbers, pulled devices and closed corrective actions, averaging 6 days per notice."),
    ("b", "Download cases with ZOLL RescueNet Code Review for the code debrief nurse (about 25 events a month)."),
    ("b", "Manage the public access defibrillation (PAD) program - 31 AEDs in clinics, parking garages and the "
          "administration building; program aims for every cabinet checked monthly."),
    ("b", "Arrange depot repair, loaners and vendor service agreements with ZOLL, Stryker and Philips; "
          "cut out-of-service days per repair from 19 to 8."),
    ("b", "Led the RCA after a LIFEPAK 15 failed to pace during a code in 2023 (cable wear); the fix became a "
          "quarterly cable inspection across the fleet."),
    ("b", "Taught 40+ in-services on new ZOLL X Series monitors to nursing, RT and transport teams; prepared "
          "EOC and MEMP documentation for the 2024 TJC survey with no findings on resuscitation equipment."),
    ("b", "Also cover general biomed work: infusion pumps, patient monitors and the psychiatry TMS "
          "(transcranial magnetic stimulation) system."),
    ("job", "Biomedical Equipment Technician (AFSC 4A2X1), U.S. Air Force - 341st Medical Group, Malmstrom AFB, "
            "MT - Jun 2017 to Jul 2021"),
    ("b", "Maintained 1,100 medical devices, including 48 defibrillators and AEDs; Senior Airman, honorable "
          "discharge."),
    ("b", "Ran monthly checks on Laerdal LSU suction units and the clinic's code carts; kept the section's "
          "records at 100% during the 2020 Health Services Inspection."),
    ("h", "Education and Training"),
    ("p", "A.A.S. Biomedical Equipment Technology - Community College of the Air Force, 2019"),
    ("p", "Biomedical Equipment Technician course (AFSC 4A2X1) - METC, Joint Base San Antonio-Fort Sam Houston, 2018"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
