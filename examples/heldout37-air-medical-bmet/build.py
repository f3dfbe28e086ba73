"""Build resume.pdf for heldout37-air-medical-bmet (plain single-column PDF)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "ANTHONY R. MIRELES"),
    ("contact", "8104 Hickory Knoll Dr, Ooltewah, TN 37363  |  (423) 555-0138  |  anthony.mireles@example.com  |  "
                "U.S. Army veteran"),
    ("h", "Summary"),
    ("p", "Biomedical equipment technician with 6 years of hospital experience on critical care and life-support "
          "devices, after 6 years of Army aviation maintenance as an avionics technician on HH-60M MEDEVAC and UH-60M "
          "Black Hawk helicopters. I know both halves of a medical aircraft: the 28 VDC bus, NVIS lighting and EMI "
          "checks, and the ventilators, defibrillators and IV pumps the crew depends on."),
    ("h", "Certifications & Training"),
    ("b", "CBET (AAMI Credentials Institute) - exam scheduled February 2027"),
    ("b", "Avionic Mechanic course (MOS 15N), U.S. Army Aviation Logistics School - 2014"),
    ("b", "Factory service training: Physio-Control LIFEPAK 15 (2021); BD Alaris System (2022)"),
    ("b", "Fluke Biomedical test equipment user course - 2022"),
    ("h", "Technical Skills"),
    ("b", "Critical care: ventilators (Puritan Bennett 980, Servo-u, CareFusion LTV 1200); defibrillators (LIFEPAK 15, "
          "ZOLL R Series); IV pumps (BD Alaris 8015 with 8100 and 8110 modules); intra-aortic balloon pumps "
          "(Datascope CS300); Maquet Cardiohelp with perfusion; Laerdal LSU; O2 regulators and flowmeters for "
          "E-cylinders"),
    ("b", "Test equipment: Fluke ESA620, Impulse 7000DP, IDA-5, VT900A, ProSim 8; Cadex C7400ER for battery capacity checks"),
    ("b", "Avionics: 28 VDC and 115 VAC/400 Hz power, static inverters, wiring harness repair, NVIS lighting, EMI/EMC "
          "checks to MIL-STD-461, MIL-STD-1553 data bus, AN/ARC-201D and AN/ARC-231 radios"),
    ("b", "Systems and standards: AIMS (CMMS), NFPA 99, TJC EC standards, AAMI EQ56, ECRI alerts, FDA recall notices"),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II - Hamilton County Regional Medical Center, Chattanooga, TN - Mar 2022 to Present"),
    ("b", "Support the ICU, ED, cath lab and the hospital's ground critical care transport team at a 480-bed Level I "
          "trauma center; about 3,600 devices."),
    ("b", "Complete 80-100 PMs and performance checks a month on ventilators, defibrillators, IV pumps and the "
          "Datascope CS300 intra-aortic balloon pumps, 97% on time."),
    ("b", "Built the department's battery maintenance program: 1,150 Alaris, LIFEPAK and transport monitor batteries "
          "tracked in AIMS with Cadex capacity testing, rotation dates and Li-ion end-of-life replacement."),
    ("b", "Perform electrical safety testing on incoming and repaired equipment with the Fluke ESA620 per NFPA 99."),
    ("b", "Delivered in-service training to ICU nurses and respiratory therapists on LTV 1200 and Cardiohelp pre-use checks."),
    ("b", "Cover the 6 PM to 6 AM on-call shift one week in four for the ED, ICU and transport team."),
    ("job", "Biomedical Equipment Technician I - Hamilton County Regional Medical Center, Chattanooga, TN - Aug 2020 to Feb 2022"),
    ("b", "PMs and repairs on patient monitors, pumps, suction regulators and beds; processed ECRI alerts and FDA recall notices."),
    ("job", "Avionic Mechanic (15N), Sergeant - U.S. Army, MEDEVAC company, General Support Aviation Battalion, "
            "Fort Campbell, KY - 2014 to 2020"),
    ("b", "Troubleshot and repaired avionics on HH-60M MEDEVAC and UH-60M aircraft: communication, navigation, flight "
          "control and aircraft power systems, to the LRU and wiring harness level."),
    ("b", "Installed and checked the HH-60M medical interior: onboard oxygen generating system (OBOGS), medical "
          "suction, litter lift and medical power outlets."),
    ("b", "Ran ground EMI checks and NVIS lighting checks after every avionics or mission equipment change; recorded "
          "work in ULLS-A(E) and on DA Form 2408-13-1."),
    ("b", "Additional duty as company ALSE NCO: inspected aviation life support equipment, survival radios and "
          "aircrew helmets."),
    ("b", "Led FOD walks and tool control on every shift; two deployments with 100% tool accountability."),
    ("h", "Education"),
    ("p", "Associate of Applied Science, Biomedical Electronics Technology - Signal Ridge Community College, "
          "Clarksville, TN - 2020 (completed evenings on active duty, GI Bill)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
