#!/usr/bin/env python3
"""Build resume.pdf for heldout31-complaint-investigation-engineer.

Layout that troubles an ATS: a two-column "Core Competencies" block (text laid out side by
side, so a naive extractor interleaves the two columns line by line), and a Military Training
section read as education before the Education section.
Run:  /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DESMOND K. ABERNATHY, CBET"),
    ("contact", "8127 Nicollet Court, Bloomington, MN 55420  |  (952) 555-0162  |  desmond.abernathy@example.com"),
    ("h", "Summary"),
    ("p", "Senior biomedical equipment technician with 10 years in hospital HTM and 6 years as an Army biomedical "
          "equipment specialist. For the last 7 years I have been the infusion and patient monitoring lead for a "
          "five-hospital health system: when a pump or monitor is involved in an event, I sequester it, pull the event "
          "logs, do the bench failure analysis and work the case with the manufacturer's complaint team. I troubleshoot "
          "electromechanical devices down to the failed part and write findings that hold up in front of a patient "
          "safety committee. I want to do this work full time on the manufacturer side."),
    ("h", "Core Competencies"),
    ("cols", [
        ("Infusion and monitoring:", "Test and measurement:"),
        ("BD Alaris 8015 PC, 8100 LVP, 8110 syringe", "Fluke IDA-5 and IDA 4 Plus"),
        ("Baxter Sigma Spectrum and Spectrum IQ", "Fluke ProSim 8, SPOT Light SpO2"),
        ("Philips IntelliVue MX450 / MX800", "Fluke ESA620 electrical safety analyzer"),
        ("GE CARESCAPE B650, Dash 4000", "Fluke 87V multimeter"),
        ("Event log download and review", "Tektronix TBS2000 oscilloscope"),
        ("Pump Wi-Fi and drug library issues", "ESD-safe bench, SMD rework"),
        ("Investigation and quality:", "Systems:"),
        ("Root cause analysis, fishbone, 5 Whys", "Nuvolo CMMS; TMS (legacy)"),
        ("FMEA (TJC proactive risk assessment)", "BD Alaris Systems Manager"),
        ("Trending and Pareto charts", "Epic pump-EHR integration"),
        ("FDA recalls, SMDA user-facility reports", "Excel (pivot tables), Power BI"),
    ]),
    ("h", "Certifications"),
    ("b", "Certified Biomedical Equipment Technician (CBET), AAMI Credentials Institute - 2017, current"),
    ("b", "ASQ Certified Quality Technician (CQT) - exam scheduled March 2027"),
    ("b", "Lean Six Sigma Yellow Belt - North Star Health Performance Improvement, 2023"),
    ("b", "OSHA Bloodborne Pathogens training - annual, current"),
    ("b", "Factory service training: BD Alaris System (2019), Philips IntelliVue MX series (2020)"),
    ("h", "Professional Experience"),
    ("job", "Biomedical Equipment Technician III, Infusion and Monitoring Lead - North Star Health, Minneapolis, MN - Aug 2019 to Present"),
    ("b", "Lead technician for 4,100 infusion pump channels (LVP and syringe pumps) and 900 patient monitors across five "
          "hospitals; own the PM schedule, firmware upgrades and drug library releases with pharmacy."),
    ("b", "Investigate 60+ device-related events a year with Risk Management: sequester the device, download and read "
          "event logs, and bench-test flow accuracy, occlusion pressure and air-in-line sensors before the device goes "
          "back to the OEM."),
    ("b", "Returned 140+ failed pumps and monitors to OEMs under RMA after decontamination, each with a written product "
          "complaint; followed every OEM investigation to closure and challenged no fault found results that did not "
          "match our bench data."),
    ("b", "Filed SMDA user-facility reports (FDA Form 3500A) with Risk Management for device-related deaths and serious "
          "injuries."),
    ("b", "Led root cause analyses (fishbone, 5 Whys) for nine serious safety events and the FMEA for our 2022 Spectrum IQ "
          "conversion."),
    ("b", "Built a Power BI dashboard of repeat failures by model and failure mode from Nuvolo work orders; the trending "
          "found a door-latch defect that led to an OEM field correction on 600 pumps."),
    ("b", "Processed FDA recalls and ECRI alerts; quarantined and tracked 1,100 affected devices to closure."),
    ("b", "Performed electrical safety testing to IEC 62353 and NFPA 99 with the Fluke ESA620, including leakage current "
          "and ground resistance."),
    ("b", "Board- and component-level repair of pump mechanism boards, keypad flex circuits and SpO2 modules with an "
          "oscilloscope, ESD-safe bench and SMD rework station."),
    ("b", "Built a bench test jig for Alaris door-latch and air-in-line sensors that cut bench time per pump by 15 minutes."),
    ("b", "Worked with IT and Epic analysts on pump-EHR integration and troubleshot pump Wi-Fi drop-outs after access "
          "point changes."),
    ("job", "Biomedical Equipment Technician II - Lakeview Regional Medical Center, St. Cloud, MN - Jun 2016 to Aug 2019"),
    ("b", "PM, repair and performance and functional checks on infusion pumps, patient monitors, defibrillators and "
          "ventilators for a 320-bed hospital."),
    ("b", "Verified SpO2, NIBP and EKG channels on Philips and GE monitors with the ProSim 8 after every repair."),
    ("b", "Coordinated depot repairs with OEM and ISO vendors and kept the loaner pools stocked."),
    ("b", "Read schematics and OEM service manuals to isolate power supply faults on GE Dash 4000 monitors down to the "
          "failed component, using a FLIR ONE Pro to find overheating regulators."),
    ("job", "Biomedical Equipment Specialist (68A) - U.S. Army, Fort Carson, CO and Camp Arifjan, Kuwait - 2010 to 2016"),
    ("b", "Maintained and repaired patient monitors, infusion pumps, field X-ray and lab equipment for a combat support "
          "hospital; NCOIC of the medical maintenance section for 2 years."),
    ("h", "Military Training"),
    ("p", "Biomedical Equipment Specialist Course (68A) - Medical Education and Training Campus (METC), Fort Sam Houston, "
          "TX, 2010"),
    ("h", "Education"),
    ("p", "B.S., Biomedical Engineering Technology - Northland State University (online) - in progress, expected May 2027"),
    ("p", "A.A.S., Electronics Technology - Hennepin Valley Technical College, 2018"),
    ("h", "Professional Affiliations"),
    ("p", "AAMI member; Minnesota Healthcare Technology Association"),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")


if __name__ == "__main__":
    main()
