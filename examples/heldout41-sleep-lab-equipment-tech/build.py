"""Build posting.docx and resume.pdf for heldout41-sleep-lab-equipment-tech.

Posting: DOCX from a Honolulu sleep center (times given in HST, Hawaii time), a "such as" list of PSG
systems, an either/or credential line (RPSGT, CPSGT or RST) and an either/or education line.
Resume layout quirks: one-page-plus PDF, skills in two columns, certifications and references at the
bottom, the credential spelled out instead of abbreviated, a pursued CBET with its exam date.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Sleep Lab Equipment Technician (Polysomnography)"),
    ("p", "Mālama Pacific Health  |  Sleep Disorders Center, Honolulu, HI  |  Requisition #SL-3092  |  "
          "Full time (1.0 FTE), non-exempt"),
    ("p", "Pay range: $31.50 - $44.25 per hour, depending on credentials and experience. Schedule: four 10-hour "
          "shifts, Monday to Thursday, 12:30 p.m. to 11:00 p.m. HST, so that you overlap with the evening set-up."),
    ("h", "Who we are"),
    ("p", "Mālama Pacific Health's Sleep Disorders Center runs ten attended beds and a home testing program for "
          "patients on O'ahu and the neighbor islands. Last year we completed about 3,200 in-lab studies and "
          "2,600 home studies."),
    ("h", "The role"),
    ("p", "We are adding a technician whose first job is the equipment: the polysomnography (PSG) systems in all ten "
          "beds, our fleet of home sleep apnea testing (HSAT) devices, the PAP titration equipment, and every "
          "sensor, cable and camera between the patient and the scoring station. You will work beside our "
          "registered technologists and step in to run studies when the schedule needs it."),
    ("h", "Key responsibilities"),
    ("b", "Set up, verify and troubleshoot PSG systems such as Natus Embla, Compumedics Grael or Philips Alice 6, "
          "including headboxes, amplifiers, acquisition PCs and synchronized infrared cameras."),
    ("b", "Run physiologic calibrations and impedance checks before every study. Confirm that EEG, EOG, EMG and ECG "
          "channels, respiratory inductance plethysmography belts, oronasal thermal airflow sensors, nasal "
          "pressure cannulas, snore sensors, body position sensors and pulse oximeters record to specification."),
    ("b", "Apply electrodes by the International 10-20 system, using gold cup electrodes and collodion, when the "
          "night team is short-handed."),
    ("b", "Maintain CPAP, BiPAP and ASV titration units such as the Philips Respironics OmniLab Advanced+ or "
          "ResMed AirCurve 10, and the end-tidal CO2 and transcutaneous CO2 monitors used on titrations; keep the "
          "mask fitting room stocked and organized."),
    ("b", "Prepare, download, clean and reissue HSAT devices such as WatchPAT, ApneaLink Air or Nox T3, and chase "
          "devices that are not returned. Issue and download actigraphy devices."),
    ("b", "Support the scoring software (Sleepware G3, RemLogic, ProFusion): apply software and firmware updates, "
          "manage user accounts, and export studies as EDF files for research and second reads."),
    ("b", "Carry out scheduled preventive maintenance (PM) and electrical safety inspections with an electrical "
          "safety analyzer, and log every job as a work order in the CMMS."),
    ("b", "Use basic test equipment such as a digital multimeter, oscilloscope or PSG signal simulator; repair lead "
          "wires and connectors, including soldering."),
    ("b", "Clean and disinfect sensors, cables and masks per the manufacturer's IFU and our infection control policy."),
    ("b", "Keep equipment records ready for AASM accreditation and The Joint Commission surveys; work with "
          "Healthcare Technology Management (HTM) on repairs and with DME providers on loaner PAP devices."),
    ("h", "Requirements:"),
    ("b", "Associate degree in electronics or biomedical equipment technology, OR completion of a CAAHEP-accredited "
          "polysomnographic technology program."),
    ("b", "RPSGT or CPSGT from the Board of Registered Polysomnographic Technologists (BRPT), or the RST credential "
          "from the American Board of Sleep Medicine."),
    ("b", "Current BLS (CPR) certification."),
    ("b", "Two years of hands-on work with polysomnography and HSAT equipment."),
    ("b", "Working knowledge of the AASM Scoring Manual and the International 10-20 system; comfortable with "
          "basic electronics, soldering and test equipment."),
    ("h", "Nice to have"),
    ("b", "CBET (Certified Biomedical Equipment Technician) from AAMI, or the CCSH."),
    ("b", "Experience with HL7 interfaces between the PSG software and the electronic health record."),
    ("b", "Basic networking (TCP/IP, static addressing) for acquisition PCs."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision plans; retirement plan with employer contribution; paid time off and holidays; "
          "credential exam fees reimbursed; parking at the Kapahulu garage."),
    ("p", "Face masks are required in patient care areas during respiratory virus season."),
    ("p", "Mālama Pacific Health is an equal opportunity employer and does not discriminate on the basis of race, "
          "color, religion, sex, sexual orientation, gender identity, national origin, ancestry, age, disability, "
          "veteran status or any other protected characteristic. Offers are contingent on a background check and "
          "health screening."),
]

RESUME = [
    ("name", "KAINOA R. VILLANUEVA"),
    ("contact", "Pearl City, HI 96782  |  (808) 555-0187  |  kainoa.villanueva@example.com  |  "
                "linkedin.com/in/kvillanueva-sleeptech"),
    ("h", "Summary"),
    ("p", "Registered Polysomnographic Technologist and former U.S. Navy electronics technician. Five years at the "
          "bedside on nights and three as the person who keeps a ten-bed lab's polysomnography equipment running: "
          "amplifiers, sensors, cameras, PAP titration units, home test devices and the network behind them. "
          "Comfortable with a DMM, an oscilloscope, a soldering iron and a vendor support line at 2 a.m."),
    ("h", "Technical Skills"),
    ("cols", [
        ("PSG systems and sensors:", "PAP and home testing:"),
        ("Compumedics Grael 4K, ProFusion PSG 4", "CPAP, bilevel, adaptive servo-ventilation"),
        ("Embla N7000 / Embla NDx, RemLogic", "Philips Respironics OmniLab Advanced Plus"),
        ("EEG, electrooculogram, chin/leg EMG, EKG", "EtCO2 (Capnostream 35) on titrations"),
        ("RIP belts, oral-nasal thermocouples", "HST units: WatchPAT ONE, Nox T3"),
        ("Nasal pressure cannulas, snore microphones", "Philips Actiwatch Spectrum"),
        ("Body position sensors, Nonin WristOx2 3150", "Mask fittings and desensitization"),
        ("Tools and repair:", "Standards and systems:"),
        ("Fluke ESA615, Fluke 87V DMM, oscilloscope", "AASM Manual for the Scoring of Sleep"),
        ("Soldering, lead-wire and connector repair", "MediMizer work orders"),
        ("Head boxes, IR cameras, acquisition PCs", "TCP/IP networking, European Data Format"),
    ]),
    ("h", "Experience"),
    ("job", "Sleep Lab Equipment Specialist - Ewa Plains Medical Center Sleep Lab, Kapolei, HI - Jan 2023 to present"),
    ("b", "Technical owner of 10 PSG systems (Compumedics Grael 4K with ProFusion PSG 4), head boxes, IR cameras "
          "and the acquisition and review network; supported about 2,900 attended studies in 2025."),
    ("b", "Audit set-ups with bio-cals and electrode impedance testing; keep impedances under 5 kOhm with gold cup "
          "electrodes and Ten20 paste placed by the International 10-20 system."),
    ("b", "Maintain six OmniLab Advanced Plus units for CPAP, bilevel and adaptive servo-ventilation titrations and "
          "the EtCO2 monitor used on PAP titration nights; verify delivered pressure after every repair."),
    ("b", "Prepare, download, clean and reissue 40 HST units (WatchPAT ONE and Nox T3); cut unreturned devices from "
          "9% to 2% with a text-reminder process. Issue and download Philips Actiwatch Spectrum devices."),
    ("b", "Perform preventive maintenance and electrical safety checks (leakage current, ground resistance) with a "
          "Fluke ESA615; close all work orders in MediMizer; partner with Biomedical Engineering on repairs beyond "
          "first line."),
    ("b", "Apply firmware upgrades and software patches to Grael, ProFusion and RemLogic once the vendor release "
          "notes are approved; manage user accounts and export studies in European Data Format for the research "
          "group."),
    ("b", "Clean and disinfect sensors, cables and masks per the manufacturer's instructions for use and the lab's "
          "infection control policy."),
    ("b", "Pulled equipment records for our AASM accreditation renewal (2024) and TJC survey (2025), with no "
          "equipment findings."),
    ("b", "Arrange returns and loaner PAP devices with durable medical equipment suppliers."),
    ("job", "Night Polysomnographic Technologist (7 PM - 7 AM) - Kahala Sleep Institute, Honolulu, HI - "
            "Aug 2017 to Dec 2022"),
    ("b", "Ran attended polysomnography, split-night and PAP titration studies on Embla N7000 and Embla NDx "
          "amplifiers with RemLogic; performed mask fittings."),
    ("b", "Applied EEG, electrooculogram, chin and leg EMG, EKG, RIP belts, oral-nasal thermocouples, nasal pressure "
          "cannulas, snore microphones, body position sensors and Nonin WristOx2 3150 units."),
    ("b", "Scored studies to the AASM Manual for the Scoring of Sleep and Associated Events; earned the Registered "
          "Polysomnographic Technologist credential in 2019."),
    ("b", "First-line troubleshooter on nights: fixed dropped channels with a DMM, spare harnesses and a soldering "
          "iron."),
    ("job", "Electronics Technician Second Class (ET2) - U.S. Navy, Joint Base Pearl Harbor-Hickam, HI - 2010 to 2016"),
    ("b", "Maintained shipboard radar and communications electronics; component-level troubleshooting with an "
          "oscilloscope and soldering station; ran the division's TCP/IP network."),
    ("h", "Education"),
    ("p", "A.S. in Electronics Technology - Leeward Pacific Community College, Pearl City, HI, 2017"),
    ("p", "Navy Electronics Technician 'A' School, Great Lakes, IL, 2010"),
    ("h", "Certifications"),
    ("b", "Registered Polysomnographic Technologist - BRPT, 2019 (credential no. 20731)"),
    ("b", "BLS Provider - American Heart Association, expires 08/2027"),
    ("b", "CBET (Certified Biomedical Equipment Technician), AAMI - exam scheduled April 2027"),
    ("h", "References"),
    ("p", "Alice Nakamura, Sleep Lab Manager, Ewa Plains Medical Center - available on request"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
